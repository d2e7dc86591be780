#!/usr/bin/env bash
# The differential suite: a real HBase 2.6 (tools/reference-hbase.sh) is the reference; a gateway
# on the embedded store (with its own ZooKeeper) is compared with it, scenario by scenario,
# through the HBase 2.6 Java client. Regenerates docs/compatibility.md with --doc (or the page at
# PATH with --doc-to PATH).
#   tools/differential.sh [--gateway-only] [--only ID_PREFIX] [--doc | --doc-to PATH] [--fluss HOST:PORT]
# --fluss HOST:PORT adds a second gateway, on the Fluss engine against that cluster (tables in
# databases of their own): every scenario then runs on the reference and both gateways.
# Each scenario runs on all targets at once, and up to DIFFERENTIAL_PARALLEL (default 4) scenarios
# run side by side (those that see cluster-wide state run alone; DifferentialRunner.isExclusive).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/lib/node.sh"
gateway_only=0; only=(); doc=(); fluss=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --gateway-only) gateway_only=1; shift ;;
    --only) only=(--only "$2"); shift 2 ;;
    --doc) doc=(--doc "$ROOT/docs/compatibility.md"); shift ;;
    --doc-to) doc=(--doc "$2"); shift 2 ;;
    --fluss) fluss=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
reports=$ROOT/.cache/reports/differential
work=$(mktemp -d "${TMPDIR:-/tmp}/differential.XXXXXX")
zk_port=$(free_port); gw_port=$(free_port); fluss_zk_port=$(free_port); fluss_gw_port=$(free_port)
cleanup() {
  # A reference HBase still starting: end its start script first, then stop what it started.
  [[ -z ${ref_start:-} ]] || { kill "$ref_start" 2>/dev/null; wait "$ref_start" 2>/dev/null || true; }
  stop_gateway "$work"
  [[ -z $fluss ]] || stop_gateway "$work/fluss-gateway"
  mkdir -p "$reports" && cp "$work/gateway.log" "$reports/gateway.log" 2>/dev/null || true
  [[ -z $fluss ]] || cp "$work/fluss-gateway/gateway.log" "$reports/gateway-fluss.log" 2>/dev/null || true
  bash "$ROOT/tools/zookeeper.sh" stop --port "$zk_port" --dir "$work/zk" >/dev/null 2>&1 || true
  [[ -z $fluss ]] || bash "$ROOT/tools/zookeeper.sh" stop --port "$fluss_zk_port" --dir "$work/fluss-zk" >/dev/null 2>&1 || true
  [[ $gateway_only == 1 ]] || bash "$ROOT/tools/reference-hbase.sh" stop --dir "$work/reference" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
[[ -n ${GATEWAY_MAIN:-} || -f $ROOT/dist/apps/rpc-gateway/main.js ]] || (cd "$ROOT" && NX_DAEMON=false npx nx build rpc-gateway --outputStyle=static >/dev/null)
pom=$ROOT/tests/differential/pom.xml
targets=()
# The reference HBase takes about a minute to start: it starts in the background while the runner
# compiles and the gateways start, and is waited for before the first scenario.
ref_start=
if [[ $gateway_only == 0 ]]; then
  ref_zk=$(free_port); ref_master=$(free_port); ref_rs=$(free_port)
  bash "$ROOT/tools/reference-hbase.sh" start --dir "$work/reference" --zk-port "$ref_zk" --master-port "$ref_master" --rs-port "$ref_rs" --scanner-lease 4000 >&2 &
  ref_start=$!
  targets+=(--target "reference=zk:127.0.0.1:$ref_zk")
fi
mvn -B -q -f "$pom" -Dmaven.repo.local="$ROOT/.cache/m2" compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >&2
bash "$ROOT/tools/zookeeper.sh" start --port "$zk_port" --dir "$work/zk" >&2
start_gateway "$work" "$gw_port" --hbase.zookeeper.quorum="127.0.0.1:$zk_port" --hbase.client.scanner.timeout.period=4000
targets+=(--target "gateway=zk:127.0.0.1:$zk_port")
if [[ -n $fluss ]]; then
  bash "$ROOT/tools/zookeeper.sh" start --port "$fluss_zk_port" --dir "$work/fluss-zk" >&2
  start_gateway "$work/fluss-gateway" "$fluss_gw_port" --hbase.zookeeper.quorum="127.0.0.1:$fluss_zk_port" --hbase.client.scanner.timeout.period=4000 \
    --hbase.compat.fluss.bootstrap.servers="$fluss" --hbase.compat.fluss.database.prefix="diff$(date +%s)_"
  targets+=(--target "gateway-fluss=zk:127.0.0.1:$fluss_zk_port")
fi
if [[ -n $ref_start ]]; then
  wait "$ref_start" || { echo "the reference HBase did not start" >&2; exit 1; }
  ref_start=
fi
java --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
  -Dorg.apache.hbase.thirdparty.io.netty.tryReflectionSetAccessible=true -Dorg.slf4j.simpleLogger.defaultLogLevel=off \
  -cp "$ROOT/tests/differential/target/classes:$(cat "$work/cp.txt")" hbasecompat.diff.DifferentialRunner \
  "${targets[@]}" --known "$ROOT/tests/differential/known-differences.txt" --out "$reports" "${only[@]}" "${doc[@]}" \
  --junit "${JUNIT_DIR:-$ROOT/.cache/reports/junit}/differential.xml" --parallel "${DIFFERENTIAL_PARALLEL:-4}"
