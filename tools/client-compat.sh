#!/usr/bin/env bash
# Independent HBase clients side by side: each client is driven by a small program of ours
# (tests/clients) that prints deterministic observations, run against a real HBase 2.6
# (tools/reference-hbase.sh) and against a gateway (its own ZooKeeper); the outputs are compared
# operation by operation (tests/clients/compare.py).
#   tools/client-compat.sh [--fluss HOST:PORT] [--only CLIENT] [--keep]
#     --fluss HOST:PORT  also a gateway on the Fluss engine against that cluster (tables in
#                        databases of their own): every client runs on all three targets
#     --only CLIENT      one client: hbase-driver | hbase-rpc-client | asynchbase | hbase-async-2.6 |
#                        hbase-async-3.0 | happybase
#     --keep             keep the run directory (server logs) even on success
# Clients: hbase-driver 1.1.1 (PyPI), hbase-rpc-client 0.1.15 (npm), asynchbase 1.8.2 (Maven
# Central), the AsyncConnection API of the HBase Java client 2.6.4 (shaded, ZooKeeper registry) and
# of the shaded HBase 3.0.0-alpha-3 client (RPC registry, its default), installed by
# tools/deps/client-clients.sh under .cache/client-compat/; and happybase 1.3.0 (PyPI) through the
# stock HBase Thrift server (hbase-thrift 2.6.1, tests/clients/happybase/thrift-server.sh), one
# unmodified Thrift server in front of each target, configured only with that target's ZooKeeper.
# One check per client, per gateway target, per operation: identical lines to the reference's.
# What fails on the real HBase too is the client's own limit, recorded identically on both.
# Reports: .cache/reports/client-compat/ (raw outputs, operations.md, diff.txt) and JUnit XML
# ($JUNIT_DIR or .cache/reports/junit, client-compat.xml, one case per check). The last stdout
# line is always `client-compat: N passed, N failed`. About 5 minutes on 2 cores.
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOG_TAG=client-compat; . "$ROOT/tools/lib/common.sh"
. "$ROOT/tools/lib/node.sh"
fluss=; only=; keep=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --fluss) fluss=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2; exit 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
# A target that cannot be set up fails the whole check, loudly, still with the summary line.
die() { printf '[client-compat] ERROR: %s\n' "$*" >&2; echo 'client-compat: 0 passed, 1 failed'; exit 1; }

clients=(hbase-driver hbase-rpc-client asynchbase hbase-async-2.6 hbase-async-3.0 happybase)
if [[ -n $only ]]; then
  [[ " ${clients[*]} " == *" $only "* ]] || die "unknown client $only (known: ${clients[*]})"
  clients=("$only")
fi
reports=$ROOT/.cache/reports/client-compat
work=$(mktemp -d "${TMPDIR:-/tmp}/client-compat.XXXXXX")
ref_zk=$(free_port); ref_master=$(free_port); ref_rs=$(free_port)
gw_zk=$(free_port); gw_port=$(free_port); fl_zk=$(free_port); fl_port=$(free_port)
# One stock Thrift server per target (happybase), named like the target.
declare -A thrift_port=([reference]=$(free_port) [gateway]=$(free_port) [gateway-fluss]=$(free_port))
thrift=0
[[ " ${clients[*]} " == *" happybase "* ]] && thrift=1
status=1
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  local t
  for t in "${!thrift_port[@]}"; do
    bash "$ROOT/tests/clients/happybase/thrift-server.sh" stop --dir "$work/thrift-$t" >/dev/null 2>&1 || true
    cp "$work/thrift-$t/thrift.log" "$reports/thrift-$t.log" 2>/dev/null || true
  done
  stop_gateway "$work/gateway" || true
  [[ -z $fluss ]] || stop_gateway "$work/fluss-gateway" || true
  cp "$work/gateway/gateway.log" "$reports/gateway.log" 2>/dev/null || true
  [[ -z $fluss ]] || cp "$work/fluss-gateway/gateway.log" "$reports/gateway-fluss.log" 2>/dev/null || true
  bash "$ROOT/tools/zookeeper.sh" stop --port "$gw_zk" --dir "$work/zk" >/dev/null 2>&1 || true
  [[ -z $fluss ]] || bash "$ROOT/tools/zookeeper.sh" stop --port "$fl_zk" --dir "$work/fluss-zk" >/dev/null 2>&1 || true
  bash "$ROOT/tools/reference-hbase.sh" stop --dir "$work/reference" >/dev/null 2>&1 || true
  if [[ $keep == 1 || $status != 0 ]]; then log "run directory kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
junit=${JUNIT_DIR:-$ROOT/.cache/reports/junit}/client-compat.xml
rm -rf "$reports" "$junit"; mkdir -p "$reports"

# Everything the clients need, before any server starts.
cache=$(timeout 900 bash "$ROOT/tools/deps/client-clients.sh") || die "could not install the clients"
hbase_jars=$(bash "$ROOT/tools/deps/maven-jars.sh" hbase-client-2.6)
hbase3_jars=$(bash "$ROOT/tools/deps/maven-jars.sh" hbase-client-3.0)
async_jars=$(bash "$ROOT/tools/deps/maven-jars.sh" asynchbase-1.8)
((thrift == 0)) || bash "$ROOT/tools/deps/maven-jars.sh" hbase-thrift-2.6 >/dev/null || die "could not resolve hbase-thrift"
if [[ -z ${GATEWAY_MAIN:-} && ! -f $ROOT/dist/apps/rpc-gateway/main.js ]]; then
  (cd "$ROOT" && NX_DAEMON=false timeout 900 npx nx build rpc-gateway --outputStyle=static >&2) || die "gateway build failed"
fi

t0=$SECONDS
timeout 400 bash "$ROOT/tools/reference-hbase.sh" start --dir "$work/reference" --zk-port "$ref_zk" \
  --master-port "$ref_master" --rs-port "$ref_rs" >&2 || die "the reference HBase did not start (logs: $work/reference)"
timeout 120 bash "$ROOT/tools/zookeeper.sh" start --port "$gw_zk" --dir "$work/zk" >&2 || die "ZooKeeper for the gateway did not start"
start_gateway "$work/gateway" "$gw_port" --hbase.zookeeper.quorum="127.0.0.1:$gw_zk" >&2 || die "the gateway did not start"
# NAME=ZK_PORT=RPC_PORT (the RPC port is the bootstrap server of the RPC registry).
targets=("reference=$ref_zk=$ref_rs" "gateway=$gw_zk=$gw_port")
if [[ -n $fluss ]]; then
  timeout 120 bash "$ROOT/tools/zookeeper.sh" start --port "$fl_zk" --dir "$work/fluss-zk" >&2 || die "ZooKeeper for the Fluss gateway did not start"
  start_gateway "$work/fluss-gateway" "$fl_port" --hbase.zookeeper.quorum="127.0.0.1:$fl_zk" \
    --hbase.compat.fluss.bootstrap.servers="$fluss" --hbase.compat.fluss.database.prefix="cc$(date +%s)_" >&2 \
    || die "the Fluss gateway did not start"
  targets+=("gateway-fluss=$fl_zk=$fl_port")
fi
# The Thrift servers start side by side (each is a JVM that takes ~20 s on 2 cores).
if ((thrift)); then
  pids=()
  for target in "${targets[@]}"; do
    IFS== read -r name zk _ <<<"$target"
    timeout 150 bash "$ROOT/tests/clients/happybase/thrift-server.sh" start --dir "$work/thrift-$name" \
      --port "${thrift_port[$name]}" --zk-port "$zk" >&2 &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || die "a Thrift server did not start (logs: $work/thrift-*)"; done
fi
log "servers up in $((SECONDS - t0))s"

java_opts=(--add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.nio=ALL-UNNAMED
  --add-opens java.base/sun.nio.ch=ALL-UNNAMED -Dorg.apache.hbase.thirdparty.io.netty.tryReflectionSetAccessible=true
  -Dorg.slf4j.simpleLogger.defaultLogLevel=off -Xmx512m -XX:TieredStopAtLevel=1)

# run_client CLIENT ZK_PORT RPC_PORT THRIFT_PORT: the client's program against one target,
# observations on stdout.
run_client() {
  local zk=$2 rpc=$3 thrift=$4
  case "$1" in
    hbase-driver)
      (cd "$ROOT/tests/clients/python" && "$cache/venv/bin/python" hbase_driver_client.py "127.0.0.1:$zk") ;;
    hbase-rpc-client)
      NODE_PATH=$cache/npm/node_modules node "$ROOT/tests/clients/npm/hbase-rpc-client.js" "127.0.0.1:$zk" ;;
    asynchbase)
      # asynchbase's Netty 3.9 ahead of the Netty 3.2 that ZooKeeper 3.4 drags in.
      java -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
        -cp "$cache/classes/asynchbase:$async_jars/asynchbase-1.8.2.jar:$async_jars/netty-3.9.4.Final.jar:$async_jars/*" AsynchbaseClient "$zk" ;;
    hbase-async-2.6)
      java "${java_opts[@]}" -cp "$cache/classes/hbase:$hbase_jars/*" AsyncConnectionClient "$zk" async ;;
    hbase-async-3.0)
      java "${java_opts[@]}" -cp "$cache/classes/hbase-3.0:$hbase3_jars/*" AsyncConnectionClient "rpc:127.0.0.1:$rpc" async3 ;;
    happybase)
      "$cache/happybase-venv/bin/python" "$ROOT/tests/clients/happybase/happybase_client.py" "$thrift" ;;
  esac
}

for target in "${targets[@]}"; do
  IFS== read -r name zk rpc <<<"$target"
  # Tables for the clients without an admin API (names apart: see tests/clients/npm).
  timeout 300 java "${java_opts[@]}" -cp "$cache/classes/hbase:$hbase_jars/*" CreateTables "$zk" \
    npm_a npm_c=g,n,t asyn_a asyn_c=g,n,t hb_c=g,n,t >"$reports/create-tables.$name.txt" 2>&1 \
    || log "creating the tables on $name failed (see $reports/create-tables.$name.txt)"
  for client in "${clients[@]}"; do
    t=$SECONDS
    rc=0
    timeout 420 bash -c "$(declare -f run_client); $(declare -p cache async_jars hbase_jars hbase3_jars java_opts ROOT); run_client $client $zk $rpc ${thrift_port[$name]}" \
      >"$reports/$client.$name.txt" 2>"$reports/$client.$name.err" </dev/null || rc=$?
    log "$client on $name: $(grep -c . "$reports/$client.$name.txt") observations, exit $rc, $((SECONDS - t))s"
  done
done

names=$(IFS=,; for t in "${targets[@]}"; do printf '%s,' "${t%%=*}"; done)
rc=0
python3 "$ROOT/tests/clients/compare.py" "$reports" "${clients[@]}" --targets "${names%,}" --junit "$junit" || rc=$?
status=$rc
# compare.py printed the summary line last.
exit $rc
