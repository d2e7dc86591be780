#!/usr/bin/env bash
# Checks the metrics, the Prometheus config and the Grafana dashboard against a real cluster:
# ZooKeeper, Fluss (its own, or --fluss), three gateway nodes with their health sidecars, all on
# loopback, a bounded load over the three (tools/metrics/load.ts), and a private Prometheus running
# deploy/prometheus/prometheus.yml with each sidecar target replaced by its loopback address. Then,
# through Prometheus' HTTP API (tools/metrics/check_prometheus.py): every node is scraped, each gateway
# series has samples from all three nodes, the request counters equal what the load sent to each node,
# and every PromQL expression of every panel of deploy/grafana/hbase-compat.json returns data. Also
# `promtool check config` on the committed file. Installs Debian's prometheus package if missing.
# Everything it starts is stopped at the end; JUnit XML in .cache/reports/junit/metrics-check.xml.
#
# Usage:
#   tools/metrics-check.sh [--fluss HOST:PORT] [--seconds N]
#
#   --fluss     use this Fluss cluster instead of starting one (tables go to a fresh database prefix)
#   --seconds   how long the load runs (default 30)
# Env: GATEWAY_MAIN, SIDECAR_MAIN: other builds of the apps (default dist/apps/*/main.js, built when
# missing). Logs of a failed run stay in .cache/reports/metrics-check/.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOG_TAG=metrics-check; . "$ROOT/tools/lib/common.sh"
. "$ROOT/tools/lib/node.sh"

fluss='' seconds=30
while [[ $# -gt 0 ]]; do
  case "$1" in
    --fluss) fluss=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    *) usage ;;
  esac
done
is_uint "$seconds" || die "--seconds must be a whole number"
NODES=3
GATEWAY_MAIN=${GATEWAY_MAIN:-$ROOT/dist/apps/rpc-gateway/main.js}
SIDECAR_MAIN=${SIDECAR_MAIN:-$ROOT/dist/apps/health-sidecar/main.js}
if [[ ! -f $GATEWAY_MAIN || ! -f $SIDECAR_MAIN ]]; then
  (cd "$ROOT" && NX_DAEMON=false npx nx run-many -t build --projects=rpc-gateway,health-sidecar --outputStyle=static >&2)
fi
PROMETHEUS=$(bash "$ROOT/tools/deps/prometheus.sh" install)

work=$(mktemp -d "${TMPDIR:-/tmp}/metrics-check.XXXXXX")
reports=$ROOT/.cache/reports/metrics-check
pids=()
own_fluss=0
zk_port=$(free_port)
prom_port=$(free_port)
declare -a rpc sidecar nodeadmin
for ((i = 0; i < NODES; i++)); do rpc[i]=$(free_port); sidecar[i]=$(free_port); nodeadmin[i]=$(free_port); done

cleanup() {
  local status=$?
  set +e
  # Reverse order of start: Prometheus and the sidecars, then the gateways (SIGTERM: they leave ZooKeeper), then the stores.
  for ((k = ${#pids[@]} - 1; k >= 0; k--)); do kill -TERM "${pids[k]}" 2>/dev/null; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null
  done
  ((own_fluss)) && bash "$ROOT/tools/fluss.sh" stop --dir "$work/fluss" >/dev/null 2>&1
  bash "$ROOT/tools/zookeeper.sh" stop --port "$zk_port" --dir "$work/zk" >/dev/null 2>&1
  if [[ $status != 0 ]]; then
    rm -rf "$reports" && mkdir -p "$reports"
    find "$work" -maxdepth 3 -name '*.log' -size -20M -exec cp --parents {} "$reports" \; 2>/dev/null
    log "logs of the failed run in $reports"
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

wait_http() { # url seconds: until it answers 200
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; do
    ((SECONDS < deadline)) || return 1
    sleep 0.5
  done
}

# must STATUS NAME: a check the rest depends on; failing it ends the run (with its JUnit XML).
must() {
  check "$1" "$2" && return 0
  checks_end || true
  exit 1
}

checks_begin metrics-check

# promtool on the file as committed (compose targets) and as run here.
status=0; promtool check config "$ROOT/deploy/prometheus/prometheus.yml" >"$work/promtool.out" 2>&1 || status=$?
check $status 'promtool check config deploy/prometheus/prometheus.yml' || cat "$work/promtool.out" >&2

status=0; bash "$ROOT/tools/zookeeper.sh" start --port "$zk_port" --dir "$work/zk" >&2 || status=$?
must $status "ZooKeeper started on 127.0.0.1:$zk_port"
if [[ -z $fluss ]]; then
  own_fluss=1
  coord=$(free_port) tablet=$(free_port) fzk=$(free_port)
  status=0; fluss=$(bash "$ROOT/tools/fluss.sh" start --dir "$work/fluss" --zk-port "$fzk" --coordinator-port "$coord" --tablet-port-base "$tablet") || status=$?
  must $status "Fluss started (coordinator 127.0.0.1:$coord)"
fi
prefix="mc$(date +%s)_"
log "ZooKeeper 127.0.0.1:$zk_port, Fluss $fluss (databases $prefix*), RPC ports ${rpc[*]}, sidecars ${sidecar[*]}"

for ((i = 0; i < NODES; i++)); do
  d=$work/node-$i
  mkdir -p "$d"
  NODE_PATH=$ROOT/node_modules node "$GATEWAY_MAIN" --hbase.regionserver.port="${rpc[i]}" --hbase.regionserver.hostname=127.0.0.1 \
    --hbase.regionserver.ipc.address=127.0.0.1 --hbase.regionserver.info.port="${sidecar[i]}" --hbase.compat.nodeadmin.port="${nodeadmin[i]}" \
    --hbase.zookeeper.quorum="127.0.0.1:$zk_port" --hbase.compat.data.dir="$d/data" --hbase.compat.fluss.bootstrap.servers="$fluss" \
    --hbase.compat.fluss.database.prefix="$prefix" >"$d/gateway.log" 2>&1 &
  pids+=($!)
  NODE_PATH=$ROOT/node_modules node "$SIDECAR_MAIN" --hbase.compat.sidecar.port="${sidecar[i]}" \
    --hbase.compat.nodeadmin.addresses="127.0.0.1:${nodeadmin[i]}" --hbase.compat.rpc.address="127.0.0.1:${rpc[i]}" >"$d/sidecar.log" 2>&1 &
  pids+=($!)
done
ready=0
for ((i = 0; i < NODES; i++)); do wait_http "http://127.0.0.1:${sidecar[i]}/ready" 120 && ready=$((ready + 1)); done
must $((ready == NODES ? 0 : 1)) "all $NODES nodes ready (sidecar /ready: serving, RPC port open, ZooKeeper connected, Fluss reachable)"

# The committed config with each compose target (sidecar-N:16030) pointed at node N's loopback sidecar.
subst=()
for ((i = 0; i < NODES; i++)); do subst+=(-e "s/sidecar-$((i + 1)):16030/127.0.0.1:${sidecar[i]}/"); done
sed "${subst[@]}" "$ROOT/deploy/prometheus/prometheus.yml" >"$work/prometheus.yml"
status=0; promtool check config "$work/prometheus.yml" >"$work/promtool.out" 2>&1 || status=$?
check $status 'promtool check config (loopback targets)' || cat "$work/promtool.out" >&2
"$PROMETHEUS" --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/prom" --web.listen-address="127.0.0.1:$prom_port" \
  --log.level=warn >"$work/prometheus.log" 2>&1 &
pids+=($!)
status=0; wait_http "http://127.0.0.1:$prom_port/-/ready" 60 || status=$?
must $status "Prometheus ready on 127.0.0.1:$prom_port"

ports=$(IFS=,; echo "${rpc[*]}")
t0=$SECONDS
status=0
timeout $((seconds + 120)) node "$ROOT/tools/fuzz/ts-run.cjs" "$ROOT/tools/metrics/load.ts" --ports "$ports" --seconds "$seconds" --table metrics_check \
  >"$work/sent.json" 2>"$work/load.log" || status=$?
((status == 0)) || cat "$work/load.log" >&2
must $status "load over the $NODES nodes for ${seconds}s ($(cat "$work/sent.json"))"
log "load done in $((SECONDS - t0))s; waiting two scrape intervals"
sleep 11
at=$(date +%s)

nodes=$(for ((i = 1; i <= NODES; i++)); do printf 'gateway-%s,' "$i"; done)
python3 "$ROOT/tools/metrics/check_prometheus.py" --url "http://127.0.0.1:$prom_port" --nodes "${nodes%,}" \
  --dashboard "$ROOT/deploy/grafana/hbase-compat.json" --sent "$work/sent.json" --at "$at" --range 1m >"$work/checks.out" || true
cat "$work/checks.out"
checks_import "$work/checks.out"
checks_end
