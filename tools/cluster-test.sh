#!/usr/bin/env bash
# Cluster mode against real peers: three gateway nodes (tools/cluster.sh) on a real ZooKeeper and a
# real Fluss, driven by the real HBase Java client (tests/cluster/ClusterCheck.java) and YCSB:
#   membership, region layout, load spread (YCSB A on 24 regions, per-node request counts from each
#   node's metrics), exact concurrent increments through all nodes, failover (SIGKILL during YCSB),
#   drain (REST request during YCSB), rolling restart during YCSB and increments (each node drained
#   by SIGTERM).
#   tools/cluster-test.sh [--fluss HOST:PORT] [--dir DIR]
# Ends with "cluster-test: N passed, N failed"; reports under .cache/reports/cluster/.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fluss=; dir=$ROOT/.cache/run/cluster-test
while [[ $# -gt 0 ]]; do
  case "$1" in
    --fluss) fluss=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
reports=$ROOT/.cache/reports/cluster
rm -rf "$reports"; mkdir -p "$reports"
. "$ROOT/tools/lib/common.sh"
checks_begin cluster-test
finish() {
  bash "$ROOT/tools/cluster.sh" stop --dir "$dir" >"$reports/stop.log" 2>&1 || true
  for d in "$dir"/node-*; do [[ -d $d ]] && cp "$d/gateway.log" "$reports/$(basename "$d").log" 2>/dev/null; done
  checks_end
}
trap 'finish || exit 1' EXIT
cluster() { bash "$ROOT/tools/cluster.sh" "$@" --dir "$dir"; }

rm -rf "$dir"
zk=$(cluster start --nodes 3 ${fluss:+--fluss "$fluss"} 2>"$reports/start.log")
check $? "three nodes, ZooKeeper and Fluss started ($(tail -1 "$reports/start.log"))"
[[ -n $zk ]] || exit 1
members=$(cluster rs 2>/dev/null | grep -c '^127.0.0.1,')
[[ $members == 3 ]]; check $? "all three nodes under /hbase/rs ($members)"

. "$ROOT/tools/lib/cluster-check.sh"

ycsb() { # out-file extra-args...
  local out=$1; shift
  bash "$ROOT/tools/ycsb.sh" --zk "$zk" --records 20000 --threads 16 --retries 20 --conf hbase.client.pause=100 \
    --conf hbase.rpc.timeout=10000 --prop requestdistribution=uniform "$@" --out "$out" >/dev/null 2>>"$reports/ycsb-errors.log"
}
# The longest single operation of a YCSB run, ms: how long the worst stall held a client.
max_latency() { grep -E '^\[(READ|UPDATE|INSERT)\], MaxLatency\(us\)' "$1" | awk -F', ' '{ if ($3 > m) m = $3 } END { printf "%.0f", m / 1000 }'; }
failures() { grep -cE 'Return=(ERROR|NOT_FOUND|UNEXPECTED_STATE|SERVICE_UNAVAILABLE)|FAILED' "$1"; }

# The first failure (or the summary when none), so a failing run says why.
detail() { grep -m1 -E '^FAILED' "$1" || grep -m1 -E "$2" "$1" || tail -1 "$1"; }

ycsb "$reports/load.txt" --workload a --phase load --operations 20000 --create-table 24
check $? "YCSB load of 20,000 records into usertable pre-split into 24 regions"
cluster_check layout "$zk" usertable 3 >"$reports/layout.txt" 2>&1
check $? "regions spread evenly and every node answers ($(detail "$reports/layout.txt" 'regions,' | sed 's/^ok *//'))"

# Load spread: request counts per node from each node's Prometheus metrics, around one YCSB A run.
requests() { # node -> ClientService Get/Mutate/Multi calls so far
  curl -sf "http://127.0.0.1:$((16030 + $1))/metrics" | awk '/^hbase_rpc_requests_total\{/ && /service="ClientService"/ && /method="(Get|Mutate|Multi)"/ { s += $NF } END { printf "%d", s }'
}
declare -a before after
for i in 0 1 2; do before[i]=$(requests "$i"); done
ycsb "$reports/workload-a.txt" --workload a --phase run --operations 60000 --max-seconds 60
check $? "YCSB A: 60,000 operations, none failed"
for i in 0 1 2; do after[i]=$(requests "$i"); done
spread=$(python3 - "${before[@]}" "${after[@]}" <<'PY'
import sys
v = [int(x) for x in sys.argv[1:]]
d = [v[3 + i] - v[i] for i in range(3)]
mean = sum(d) / 3
worst = max(abs(x - mean) / mean for x in d) if mean else 1
print(f"{'ok' if worst <= 0.2 else 'bad'} per-node requests {d}, mean {mean:.0f}, worst deviation {100 * worst:.1f}%")
PY
)
[[ $spread == ok* ]]; check $? "load spread within ±20% of the mean: ${spread#* }"

cluster_check increments "$zk" counters >"$reports/increments.txt" 2>&1
check $? "3 clients x 8 threads x 1,000 increments on 10 rows end exact ($(detail "$reports/increments.txt" acknowledged | sed 's/^ok *//'))"

# Failover: SIGKILL node 2 in the middle of a YCSB run.
ycsb "$reports/failover.txt" --workload a --phase run --operations 1000000 --max-seconds 30 &
pid=$!
sleep 10
cluster kill --node 2 2>>"$reports/cluster.log"
wait $pid; rc=$?
check $(( rc != 0 || $(failures "$reports/failover.txt") != 0 )) "failover: node 2 SIGKILLed during YCSB A, zero failed operations; longest stall $(max_latency "$reports/failover.txt") ms"
cluster start-node --node 2 2>>"$reports/cluster.log"
check $? "node 2 starts again and registers"

# Drain: node 1 asked through the admin REST API in the middle of a run (it leaves ZooKeeper,
# finishes in-flight calls, exits); the rolling restart below drains by SIGTERM.
ycsb "$reports/drain.txt" --workload a --phase run --operations 1000000 --max-seconds 25 &
pid=$!
sleep 8
t0=$SECONDS
node1=$(curl -sf http://127.0.0.1:18080/api/servers | python3 -c 'import json, sys; print(next(s["serverName"] for s in json.load(sys.stdin) if ",16021," in s["serverName"]))')
curl -sf -X POST -H "Authorization: Bearer $(cat "$dir/admin.token")" "http://127.0.0.1:18080/api/servers/$node1/drain" >"$reports/drain-request.json"
requested=$?
while kill -0 "$(cat "$dir/node-1/gateway.pid")" 2>/dev/null && ((SECONDS - t0 < 60)); do sleep 0.2; done
drained=$((SECONDS - t0))
wait $pid; rc=$?
check $(( requested != 0 || rc != 0 || $(failures "$reports/drain.txt") != 0 )) "drain: node 1 drained through POST /api/servers/{server}/drain during YCSB A (exited in ${drained}s), zero failed operations; longest stall $(max_latency "$reports/drain.txt") ms"
cluster start-node --node 1 2>>"$reports/cluster.log"

# Rolling restart of all three nodes during a YCSB run and, through the same nodes, the increment
# load again: region owners change under it, so it ends exact only if no two nodes ever served one
# region's atomic operations at once.
ycsb "$reports/rolling.txt" --workload a --phase run --operations 3000000 --max-seconds 120 &
pid=$!
cluster_check increments "$zk" counters_rolling >"$reports/increments-rolling.txt" 2>&1 &
incr_pid=$!
sleep 5
cluster rolling-restart 2>>"$reports/cluster.log"
check $? "rolling restart of the three nodes"
wait $incr_pid
check $? "increments during the rolling restart end exact ($(detail "$reports/increments-rolling.txt" acknowledged | sed 's/^ok *//'))"
kill -INT $pid 2>/dev/null # the run may still have minutes to go: YCSB stops and reports on SIGINT
wait $pid; rc=$?
ops=$(grep -E '^\[(READ|UPDATE)\], Operations' "$reports/rolling.txt" 2>/dev/null | awk -F', ' '{ s += $3 } END { print s + 0 }')
check $(( $(failures "$reports/rolling.txt") != 0 || ${ops:-0} == 0 )) "rolling restart during YCSB A: ${ops:-0} operations, zero failed; longest stall $(max_latency "$reports/rolling.txt") ms"
