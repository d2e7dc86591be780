#!/usr/bin/env bash
# CI smoke: a real ZooKeeper, one gateway on the embedded store, and YCSB through the ZooKeeper
# registry: load, then workloads A and C. Then a second gateway whose store is flushed on an
# interval (hbase.compat.data.sync=interval) takes a load, is killed with SIGKILL the moment YCSB
# has its acknowledgements, and once restarted must return every record (C reading each key once,
# in order). Fails on any failed or missing operation. Bounded in count (5,000 records, 20,000
# operations per workload) and time (60 s per phase).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/lib/node.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/ycsb-smoke.XXXXXX")
zk_port=$(free_port)
gw_port=$(free_port)
cleanup() {
  stop_gateway "$work"
  stop_gateway "$work/interval"
  bash "$ROOT/tools/zookeeper.sh" stop --port "$zk_port" --dir "$work/zk" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
bash "$ROOT/tools/zookeeper.sh" start --port "$zk_port" --dir "$work/zk"
start_gateway "$work" "$gw_port" --hbase.zookeeper.quorum="127.0.0.1:$zk_port"
common=(--zk "127.0.0.1:$zk_port" --records 5000 --threads 8 --max-seconds 60)
bash "$ROOT/tools/ycsb.sh" "${common[@]}" --workload a --phase load --operations 5000 --create-table 4
bash "$ROOT/tools/ycsb.sh" "${common[@]}" --workload a --phase run --operations 20000
bash "$ROOT/tools/ycsb.sh" "${common[@]}" --workload c --phase run --operations 20000

interval=(--hbase.zookeeper.quorum="127.0.0.1:$zk_port" --zookeeper.znode.parent=/hbase-interval --hbase.compat.data.sync=interval)
iv_common=("${common[@]}" --znode-parent /hbase-interval)
start_gateway "$work/interval" "$(free_port)" "${interval[@]}"
bash "$ROOT/tools/ycsb.sh" "${iv_common[@]}" --workload a --phase load --operations 5000 --create-table 4
kill -KILL "$(cat "$work/interval/gateway.pid")"
echo "ycsb smoke: killed the interval-synced gateway after the load; restarting it on the same store"
start_gateway "$work/interval" "$(free_port)" "${interval[@]}"
bash "$ROOT/tools/ycsb.sh" "${iv_common[@]}" --workload c --phase run --operations 5000 --prop requestdistribution=sequential
echo "ycsb smoke: OK"
