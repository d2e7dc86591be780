#!/usr/bin/env bash
# YCSB against a fresh gateway found through a real ZooKeeper, all on loopback: load, then
# workloads C, A and E with 16 threads, each bounded by --operations and --max-seconds.
# --engines embedded,fluss runs the same on a gateway per engine, one after the other, in one run
# (the Fluss one against --fluss HOST:PORT, or a Fluss cluster tools/fluss.sh starts and stops).
# Writes the raw YCSB outputs (one folder per engine), report.md and throughput.svg to
# .cache/reports/bench/<stamp>/ and prints the engines side by side with the issues' targets.
#   tools/bench/ycsb-gateway.sh [--records 100000] [--operations 300000] [--threads 16] [--max-seconds 60]
#                               [--regions 8] [--engines embedded] [--fluss HOST:PORT] [--workloads c,a,e] [--profile]
#                               [--prop KEY=VALUE]...
# --prop: a YCSB property for the run phases (e.g. maxscanlength=1 for one-row scans), repeatable.
# --profile: the gateway runs under `node --cpu-prof` (profile and its top functions in the report
# folder), and each workload's CPU seconds are split by process (gateway, Fluss servers, the rest).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$ROOT/tools/lib/node.sh"
records=100000; operations=300000; threads=16; max_seconds=60; regions=8; engines=embedded; fluss=; workloads=c,a,e; profile=0
props=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --records) records=$2; shift 2 ;;
    --operations) operations=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --max-seconds) max_seconds=$2; shift 2 ;;
    --regions) regions=$2; shift 2 ;;
    --engines) engines=$2; shift 2 ;;
    --fluss) fluss=$2; shift 2 ;;
    --workloads) workloads=$2; shift 2 ;;
    --profile) profile=1; shift ;;
    --prop) props+=(--prop "$2"); shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
out=$ROOT/.cache/reports/bench/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/bench.XXXXXX")
zk_port=$(free_port)
started_fluss=0
# cpu_split GATEWAY_PIDFILE -> "gateway fluss total-busy total-capacity" CPU seconds so far.
cpu_split() {
  # shellcheck disable=SC2046
  python3 "$ROOT/tools/bench/proc-cpu.py" "$(cat "$1" 2>/dev/null || echo none)" $(pgrep -f 'org.apache.fluss.server') |
    awk '{ fluss = 0; for (i = 2; i <= NF - 2; i++) fluss += $i; print $1, fluss, $(NF - 1), $NF }'
}
# monotonic_us: CLOCK_MONOTONIC in microseconds, the clock V8 stamps profile samples with.
monotonic_us() { python3 -c 'import time; print(time.monotonic_ns() // 1000)'; }
cleanup() {
  for e in ${engines//,/ }; do stop_gateway "$work/$e"; done
  bash "$ROOT/tools/zookeeper.sh" stop --port "$zk_port" --dir "$work/zk" >/dev/null 2>&1 || true
  ((started_fluss == 0)) || bash "$ROOT/tools/fluss.sh" stop --dir "$work/fluss" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
[[ -f $ROOT/dist/apps/rpc-gateway/main.js ]] || (cd "$ROOT" && NX_DAEMON=false npx nx build rpc-gateway --outputStyle=static >/dev/null)
bash "$ROOT/tools/zookeeper.sh" start --port "$zk_port" --dir "$work/zk" >&2
for engine in ${engines//,/ }; do
  case "$engine" in
    embedded) engine_flags=() ;;
    fluss)
      if [[ -z $fluss ]]; then
        echo "[bench] starting a Fluss cluster (tools/fluss.sh)" >&2
        fluss=$(bash "$ROOT/tools/fluss.sh" start --dir "$work/fluss" --zk-port "$(free_port)" --coordinator-port "$(free_port)" --tablet-port-base "$(free_port)")
        started_fluss=1
      fi
      engine_flags=(--hbase.compat.fluss.bootstrap.servers="$fluss" --hbase.compat.fluss.database.prefix="bench$(date +%s)_" --hbase.compat.fluss.buckets="$regions") ;;
    *) echo "unknown engine $engine (embedded or fluss)" >&2; exit 2 ;;
  esac
  gw_port=$(free_port)
  mkdir -p "$out/$engine"
  # Each engine gets its own znode parent, so the clients find the gateway under test.
  node_args=
  ((profile == 0)) || node_args="--cpu-prof --cpu-prof-dir=$out/$engine/cpu-profile"
  GATEWAY_NODE_ARGS=$node_args start_gateway "$work/$engine" "$gw_port" --hbase.zookeeper.quorum="127.0.0.1:$zk_port" --zookeeper.znode.parent="/hbase-$engine" "${engine_flags[@]}"
  common=(--zk "127.0.0.1:$zk_port" --znode-parent "/hbase-$engine" --records "$records")
  # As compare.sh: the load inserts every record, bounded by their count and not by --max-seconds.
  # A load cut short on a busy machine left the run phases reading missing rows, which YCSB counts
  # as failed reads (seen: 19,709 of 20,000 records, then 3,220 NOT_FOUND reads in workload C).
  echo "[bench] $engine: load $records records ($threads threads)" >&2
  bash "$ROOT/tools/ycsb.sh" "${common[@]}" --workload a --phase load --operations "$records" --threads "$threads" --create-table "$regions" --out "$out/$engine/load.txt" >/dev/null
  for w in ${workloads//,/ }; do
    echo "[bench] $engine: workload ${w^^}: $operations operations, $threads threads" >&2
    before=$(cpu_split "$work/$engine/gateway.pid")
    monotonic_us > "$out/$engine/window-$w.txt"
    bash "$ROOT/tools/ycsb.sh" "${common[@]}" --workload "$w" --phase run --operations "$operations" --threads "$threads" --max-seconds "$max_seconds" "${props[@]}" --out "$out/$engine/workload-$w.txt" >/dev/null
    monotonic_us >> "$out/$engine/window-$w.txt"
    after=$(cpu_split "$work/$engine/gateway.pid")
    python3 -c 'import sys; b=[float(x) for x in sys.argv[1].split()]; a=[float(x) for x in sys.argv[2].split()]; d=[y-x for x,y in zip(b,a)]; print(f"CPU seconds during the run: gateway {d[0]:.1f}, Fluss servers {d[1]:.1f}, everything else (YCSB, ZooKeeper, kernel) {d[2]-d[0]-d[1]:.1f}, of {d[3]:.1f} available")' "$before" "$after" | tee "$out/$engine/cpu-$w.txt" >&2
  done
  stop_gateway "$work/$engine"
  if [[ -d $out/$engine/cpu-profile ]]; then
    python3 "$ROOT/tools/bench/profile-summary.py" "$out/$engine"/cpu-profile/*.cpuprofile > "$out/$engine/cpu-profile-top.txt" && head -30 "$out/$engine/cpu-profile-top.txt" >&2
    # The same per workload: only the samples taken while it ran (no start-up, no load phase).
    for w in ${workloads//,/ }; do
      python3 "$ROOT/tools/bench/profile-summary.py" --window "$out/$engine/window-$w.txt" "$out/$engine"/cpu-profile/*.cpuprofile > "$out/$engine/cpu-profile-$w.txt"
    done
  fi
  cp "$work/$engine/gateway.log" "$out/$engine/gateway.log" 2>/dev/null || true
done
python3 "$ROOT/tools/bench/report.py" "$out" "$threads" "$records" ${engines//,/ }
echo "[bench] report: $out/report.md" >&2
