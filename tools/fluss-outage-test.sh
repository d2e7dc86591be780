#!/usr/bin/env bash
# A Fluss outage as an HBase application sees it: one gateway node (tools/cluster.sh --nodes 1, with
# its own Fluss cluster) takes puts from the real Java client (tests/cluster/ClusterCheck.java,
# mode outage) while the whole Fluss cluster (coordinator, tablet server and their ZooKeeper) is
# stopped, kept down, and started again. Checks: every failed put failed with a retriable error and
# in bounded time, the gateway stayed up, writes resumed by themselves, no acknowledged put is lost.
#   tools/fluss-outage-test.sh [--down SECONDS] [--dir DIR]
# Ends with "fluss-outage: N passed, N failed"; reports under .cache/reports/fluss-outage/.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
down=15; dir=$ROOT/.cache/run/fluss-outage
while [[ $# -gt 0 ]]; do
  case "$1" in
    --down) down=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
reports=$ROOT/.cache/reports/fluss-outage
rm -rf "$reports"; mkdir -p "$reports"
. "$ROOT/tools/lib/cluster-check.sh"
LOG_TAG=fluss-outage; . "$ROOT/tools/lib/common.sh"
checks_begin fluss-outage
finish() {
  bash "$ROOT/tools/cluster.sh" stop --dir "$dir" >"$reports/stop.log" 2>&1 || true
  cp "$dir/node-0/gateway.log" "$reports/gateway.log" 2>/dev/null
  checks_end
}
trap 'finish || exit 1' EXIT

rm -rf "$dir"
zk=$(bash "$ROOT/tools/cluster.sh" start --nodes 1 --dir "$dir" 2>"$reports/start.log")
check $? "a gateway node on its own Fluss cluster started ($(tail -1 "$reports/start.log"))"
[[ -n $zk ]] || exit 1
gateway_pid=$(cat "$dir/node-0/gateway.pid")
flag=$dir/fluss-is-back
rm -f "$flag"
cluster_check outage "$zk" outage "$flag" >"$reports/outage.txt" 2>&1 &
client=$!
sleep 8
bash "$ROOT/tools/cluster.sh" fluss-stop --dir "$dir" >"$reports/fluss.log" 2>&1
check $? "Fluss stopped (coordinator, tablet server, its ZooKeeper) while puts run"
sleep "$down"
kill -0 "$gateway_pid" 2>/dev/null
check $? "the gateway stayed up through ${down} s without Fluss"
bash "$ROOT/tools/cluster.sh" fluss-start --dir "$dir" >>"$reports/fluss.log" 2>&1
check $? "Fluss started again"
touch "$flag"
wait $client
# The client's own checks count one by one.
grep -m1 'failures by exception chain' "$reports/outage.txt"
grep -E '^(ok|FAILED) ' "$reports/outage.txt"
if grep -qE 'cluster-check\[outage\]: [0-9]+ passed, [0-9]+ failed' "$reports/outage.txt"; then
  checks_import "$reports/outage.txt"
else
  check 1 "the Java client finished its checks (see $reports/outage.txt)"
  tail -5 "$reports/outage.txt"
fi
