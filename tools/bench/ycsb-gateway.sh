#!/usr/bin/env bash
# YCSB against a fresh gateway (embedded store) found through a real ZooKeeper, all on loopback:
# load, then workloads C and A with 16 threads, each bounded by --operations and --max-seconds.
# Writes the raw YCSB outputs, report.md and throughput.svg to .cache/reports/bench/<stamp>/ and
# prints the summary table with the issue's target next to each figure.
#   tools/bench/ycsb-gateway.sh [--records 100000] [--operations 300000] [--threads 16] [--max-seconds 60] [--regions 8]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$ROOT/tools/lib/node.sh"
records=100000; operations=300000; threads=16; max_seconds=60; regions=8
while [[ $# -gt 0 ]]; do
  case "$1" in
    --records) records=$2; shift 2 ;;
    --operations) operations=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --max-seconds) max_seconds=$2; shift 2 ;;
    --regions) regions=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
out=$ROOT/.cache/reports/bench/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/bench.XXXXXX")
zk_port=$(free_port); gw_port=$(free_port)
cleanup() {
  stop_gateway "$work"
  bash "$ROOT/tools/zookeeper.sh" stop --port "$zk_port" --dir "$work/zk" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
[[ -f $ROOT/dist/apps/rpc-gateway/main.js ]] || (cd "$ROOT" && NX_DAEMON=false npx nx build rpc-gateway --outputStyle=static >/dev/null)
bash "$ROOT/tools/zookeeper.sh" start --port "$zk_port" --dir "$work/zk" >&2
start_gateway "$work" "$gw_port" --hbase.zookeeper.quorum="127.0.0.1:$zk_port"
common=(--zk "127.0.0.1:$zk_port" --records "$records" --max-seconds "$max_seconds")
echo "[bench] load $records records ($threads threads)" >&2
bash "$ROOT/tools/ycsb.sh" "${common[@]}" --workload a --phase load --operations "$records" --threads "$threads" --create-table "$regions" --out "$out/load.txt" >/dev/null
echo "[bench] workload C: $operations operations, $threads threads" >&2
bash "$ROOT/tools/ycsb.sh" "${common[@]}" --workload c --phase run --operations "$operations" --threads "$threads" --out "$out/workload-c.txt" >/dev/null
echo "[bench] workload A: $operations operations, $threads threads" >&2
bash "$ROOT/tools/ycsb.sh" "${common[@]}" --workload a --phase run --operations "$operations" --threads "$threads" --out "$out/workload-a.txt" >/dev/null
python3 "$ROOT/tools/bench/report.py" "$out" "$threads" "$records"
echo "[bench] report: $out/report.md" >&2
