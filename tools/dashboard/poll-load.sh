#!/usr/bin/env bash
# Does polling the admin API slow the RPC path? ZooKeeper, one gateway (embedded store) and the
# admin API on free loopback ports; YCSB loads RECORDS rows, then runs workload A for SECONDS
# seconds ROUNDS times, alternating: without polling, then with a poller that asks the admin API
# what the dashboard asks every second (/api/health, /api/servers, /api/metrics; /api/tables and
# each table's regions every fifth second). Prints each run's throughput and update/read p99 and
# the mean of each mode; raw YCSB output in .cache/reports/dashboard/poll-load/.
#   tools/dashboard/poll-load.sh [--seconds 30] [--rounds 2] [--threads 8] [--records 20000] [--interval 1]
# GATEWAY_MAIN / ADMIN_MAIN: other builds of the apps (APP_OUTPUT_DIR).
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=poll-load; . "$ROOT/tools/lib/common.sh"
. "$ROOT/tools/lib/node.sh"
seconds=30 rounds=2 threads=8 records=20000 interval=1
while (($#)); do
  case $1 in
    --seconds) seconds=$2; shift ;;
    --rounds) rounds=$2; shift ;;
    --threads) threads=$2; shift ;;
    --records) records=$2; shift ;;
    --interval) interval=$2; shift ;;
    *) usage ;;
  esac
  shift
done
admin_main=${ADMIN_MAIN:-$ROOT/dist/apps/admin-api/main.js}
out=$ROOT/.cache/reports/dashboard/poll-load
work=$(mktemp -d "${TMPDIR:-/tmp}/poll-load.XXXXXX")
zk_port=$(free_port); gw_port=$(free_port); na_port=$(free_port); api_port=$(free_port)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  stop_gateway "$work"
  bash "$ROOT/tools/zookeeper.sh" stop --port "$zk_port" --dir "$work/zk" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$out"
bash "$ROOT/tools/zookeeper.sh" start --port "$zk_port" --dir "$work/zk" >/dev/null 2>&1 || die "ZooKeeper did not start"
start_gateway "$work" "$gw_port" --hbase.zookeeper.quorum="127.0.0.1:$zk_port" --hbase.compat.nodeadmin.port="$na_port" || die "gateway did not start"
NODE_PATH=$ROOT/node_modules node "$admin_main" --hbase.compat.admin.port="$api_port" --hbase.zookeeper.quorum="127.0.0.1:$zk_port" \
  --hbase.compat.nodeadmin.addresses="127.0.0.1:$na_port" >"$work/admin.log" 2>&1 &
pids+=($!)
api=http://127.0.0.1:$api_port
for _ in $(seq 1 150); do curl -s -m 1 -o /dev/null "$api/api/health" && break; sleep 0.2; done

# The dashboard's requests, once per interval (and counted, to prove the poller ran).
poll() {
  local n=0
  while :; do
    curl -s -m 5 -o /dev/null "$api/api/health" & curl -s -m 5 -o /dev/null "$api/api/servers" & curl -s -m 5 -o /dev/null "$api/api/metrics" &
    if ((n % 5 == 0)); then
      curl -s -m 5 -o /dev/null "$api/api/tables"; curl -s -m 5 -o /dev/null "$api/api/tables/usertable/regions"
    fi
    wait; n=$((n + 1)); echo "$n" >"$work/polls"
    sleep "$interval"
  done
}

common=(--zk "127.0.0.1:$zk_port" --records "$records" --threads "$threads")
log "loading $records records"
bash "$ROOT/tools/ycsb.sh" "${common[@]}" --workload a --phase load --operations "$records" --create-table 4 --max-seconds 120 >"$out/load.txt" 2>&1 || die "YCSB load failed ($out/load.txt)"
summary() { # FILE: "THROUGHPUT UPDATE_P99_US READ_P99_US"
  awk -F', ' '/^\[OVERALL\], Throughput/ {t=$3} /^\[UPDATE\], 99thPercentileLatency/ {u=$3} /^\[READ\], 99thPercentileLatency/ {r=$3} END {printf "%.0f %s %s\n", t, u, r}' "$1"
}
declare -A sum=([off]=0 [on]=0)
for ((r = 1; r <= rounds; r++)); do
  for mode in off on; do
    poller=
    if [[ $mode == on ]]; then poll & poller=$!; fi
    file=$out/run-$r-polling-$mode.txt
    bash "$ROOT/tools/ycsb.sh" "${common[@]}" --workload a --phase run --operations 100000000 --max-seconds "$seconds" >"$file" 2>&1
    [[ -n $poller ]] && { kill "$poller"; wait "$poller" 2>/dev/null; }
    read -r tput upd rd < <(summary "$file")
    polls=$([[ $mode == on ]] && cat "$work/polls" 2>/dev/null || echo 0)
    printf 'round %d polling %-3s  %6s ops/s  update p99 %6s us  read p99 %6s us  (%s polls)\n' "$r" "$mode" "$tput" "$upd" "$rd" "$polls"
    sum[$mode]=$((sum[$mode] + tput))
  done
done
printf 'mean throughput: without polling %d ops/s, with polling every %ss %d ops/s\n' $((sum[off] / rounds)) "$interval" $((sum[on] / rounds))
