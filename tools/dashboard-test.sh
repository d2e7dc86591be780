#!/usr/bin/env bash
# The admin-api dashboard in a real browser: a real ZooKeeper, two gateways (embedded store) and the
# admin API on free loopback ports; headless Chromium (tools/deps/chromium.sh, driven by
# playwright-core) opens the dashboard and checks that it lists both servers with request rates,
# refreshes in place, and that a gateway stopped by SIGTERM disappears. With --fluss HOST:PORT the
# gateways share that Fluss cluster (a coherent two-node cluster) and a short YCSB load into a table
# of its own must show up as a request rate and a p99 (two embedded stores are not one cluster, so
# without Fluss there is no traffic check).
#   tools/dashboard-test.sh [--fluss HOST:PORT] Screenshots go to .cache/reports/dashboard/*.png.
# Prints one line per check and "dashboard: N passed, N failed" (JUnit XML via tools/lib/common.sh).
# GATEWAY_MAIN / ADMIN_MAIN: other builds of the apps (APP_OUTPUT_DIR).
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOG_TAG=dashboard; . "$ROOT/tools/lib/common.sh"
. "$ROOT/tools/lib/node.sh"
fluss=
[[ ${1:-} == --fluss && -n ${2:-} ]] && fluss=$2
admin_main=${ADMIN_MAIN:-$ROOT/dist/apps/admin-api/main.js}
shots=$ROOT/.cache/reports/dashboard
work=$(mktemp -d "${TMPDIR:-/tmp}/dashboard-test.XXXXXX")
zk_port=$(free_port); api_port=$(free_port)
gw_ports=("$(free_port)" "$(free_port)"); na_ports=("$(free_port)" "$(free_port)")
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  stop_gateway "$work/gw0"; stop_gateway "$work/gw1"
  bash "$ROOT/tools/zookeeper.sh" stop --port "$zk_port" --dir "$work/zk" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
checks_begin dashboard
mkdir -p "$work/steps" "$shots"; rm -f "$shots"/*.png
bash "$ROOT/tools/deps/chromium.sh" >&2 || { check 1 "Chromium installed (tools/deps/chromium.sh)"; checks_end; exit 1; }
[[ -f $admin_main ]] || (cd "$ROOT" && NX_DAEMON=false npx nx build admin-api --outputStyle=static >&2)

bash "$ROOT/tools/zookeeper.sh" start --port "$zk_port" --dir "$work/zk" >/dev/null 2>&1 || { check 1 "ZooKeeper started"; checks_end; exit 1; }
for i in 0 1; do
  start_gateway "$work/gw$i" "${gw_ports[$i]}" --hbase.zookeeper.quorum="127.0.0.1:$zk_port" --hbase.compat.nodeadmin.port="${na_ports[$i]}" \
    ${fluss:+--hbase.compat.fluss.bootstrap.servers="$fluss"} \
    || { check 1 "gateway $i started"; checks_end; exit 1; }
done
NODE_PATH=$ROOT/node_modules node "$admin_main" --hbase.compat.admin.port="$api_port" --hbase.zookeeper.quorum="127.0.0.1:$zk_port" \
  --hbase.compat.nodeadmin.addresses="127.0.0.1:${na_ports[0]},127.0.0.1:${na_ports[1]}" >"$work/admin.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 150); do curl -s -m 1 -o /dev/null "http://127.0.0.1:$api_port/api/health" && break; sleep 0.2; done
curl -s -m 1 -o /dev/null "http://127.0.0.1:$api_port/api/health"; check $? "admin API started" || { tail -20 "$work/admin.log"; checks_end; exit 1; }

# Some traffic for the rate and p99 columns: a short YCSB load through ZooKeeper.
expect_traffic=0
if [[ -n $fluss ]]; then
  expect_traffic=1
  bash "$ROOT/tools/ycsb.sh" --zk "127.0.0.1:$zk_port" --workload a --phase load --records 20000 --operations 20000 \
    --threads 2 --target 400 --max-seconds 90 --create-table 4 --table "dashboard_test_$$"  >"$shots/ycsb.log" 2>&1 &
  pids+=($!)
fi


EXPECT_TRAFFIC=$expect_traffic NODE_PATH=$ROOT/node_modules node "$ROOT/tools/dashboard/dashboard-check.cjs" \
  "http://127.0.0.1:$api_port" 2 "$shots" "$work/steps" >"$work/check.out" 2>&1 &
checker=$!
# Stop gateway 1 when the page asks (SIGTERM: it leaves ZooKeeper, drains and exits).
for _ in $(seq 1 900); do [[ -f $work/steps/stop-one ]] || ! kill -0 "$checker" 2>/dev/null && break; sleep 0.2; done
if [[ -f $work/steps/stop-one ]]; then
  stop_gateway "$work/gw1"
  touch "$work/steps/stopped"
fi
wait "$checker"
cat "$work/check.out"
checks_import "$work/check.out"
[[ -f $shots/dashboard.png ]]; check $? "screenshot saved ($shots/dashboard.png)"
checks_end
