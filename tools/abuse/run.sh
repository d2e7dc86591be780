#!/usr/bin/env bash
# Load and abuse harness (loopback only, bounded: about 3.5 minutes). Starts ZooKeeper and one
# gateway, loads YCSB data, runs YCSB workload A alone (baseline), then again while
# tools/abuse/abuse.ts attacks the gateway (200 never-reading connections pipelining Gets and Scans,
# 500 connections sending a byte a second, bursts of 5,000 pipelined calls on one connection, 100
# clients opening scanners and never closing them), then lets it recover. Samples the gateway's
# VmRSS throughout and writes .cache/reports/abuse/report.md, rss.svg and the raw data.
#   tools/abuse/run.sh [--abuse-seconds 40] [--ycsb-seconds 25] [--recover-seconds 75] [--threads 8]
#                      [--deaf 200] [--slowloris 500] [--burst 5000] [--scanners 100] [--target gateway|hbase]
# --target hbase runs the same against a real HBase 2.6.4 standalone (tools/reference-hbase.sh; its
# one JVM's RSS is sampled) for the side-by-side figures; reports go to .cache/reports/abuse[-hbase].
# GATEWAY_MAIN selects the gateway bundle (default dist/apps/rpc-gateway/main.js); extra gateway
# flags go in ABUSE_GATEWAY_FLAGS.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=abuse; . "$ROOT/tools/lib/common.sh"
. "$ROOT/tools/lib/node.sh"
# The recovery outlasts the scanner lease (hbase.client.scanner.timeout.period, 60 s): the scanners
# the attack left open hold their memory, as in HBase, until their leases end.
abuse_seconds=40 ycsb_seconds=25 recover_seconds=75 threads=8 target=gateway
attack=()
while (($#)); do
  case $1 in
    --abuse-seconds) abuse_seconds=$2; shift ;;
    --ycsb-seconds) ycsb_seconds=$2; shift ;;
    --recover-seconds) recover_seconds=$2; shift ;;
    --threads) threads=$2; shift ;;
    --target) target=$2; shift ;;
    --deaf|--slowloris|--burst|--scanners) attack+=("$1" "$2"); shift ;;
    -h|--help) usage ;;
    *) die "unknown argument $1" ;;
  esac
  shift
done
[[ $target == gateway || $target == hbase ]] || die "--target is gateway or hbase"
out=$ROOT/.cache/reports/abuse
if [[ $target == hbase ]]; then out+=-hbase; fi
mkdir -p "$out"
rm -f "$out"/*.txt "$out"/*.tsv "$out"/*.json
work=$(mktemp -d "${TMPDIR:-/tmp}/abuse.XXXXXX")
zk_port=$(free_port)
gw_port=$(free_port)
sampler=
cleanup() {
  [[ -n $sampler ]] && kill "$sampler" 2>/dev/null || true
  if [[ $target == hbase ]]; then
    bash "$ROOT/tools/reference-hbase.sh" stop --dir "$work/hbase" >/dev/null 2>&1 || true
  else
    stop_gateway "$work"
    cp "$work/gateway.log" "$out/gateway.log" 2>/dev/null || true
    bash "$ROOT/tools/zookeeper.sh" stop --port "$zk_port" --dir "$work/zk" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
event() { printf '%s\t%s\n' "$(date +%s.%N)" "$1" >>"$out/events.tsv"; log "$1"; }

if [[ $target == hbase ]]; then
  # HBase runs its own ZooKeeper; its region server (where the attack goes) listens on gw_port.
  bash "$ROOT/tools/reference-hbase.sh" start --dir "$work/hbase" --zk-port "$zk_port" --master-port "$(free_port)" --rs-port "$gw_port" >/dev/null
  pid=$(cat "$work/hbase/hbase.pid")
else
  bash "$ROOT/tools/zookeeper.sh" start --port "$zk_port" --dir "$work/zk" >/dev/null
  # shellcheck disable=SC2086
  start_gateway "$work" "$gw_port" --hbase.zookeeper.quorum="127.0.0.1:$zk_port" ${ABUSE_GATEWAY_FLAGS:-}
  pid=$(cat "$work/gateway.pid")
  # Which malloc the gateway runs on (start_gateway preloads jemalloc when installed) shows in RSS.
  if grep -q libjemalloc "/proc/$pid/maps"; then echo jemalloc; else echo "glibc malloc"; fi >"$out/allocator.txt"
fi
(while kill -0 "$pid" 2>/dev/null; do
  now=$(date +%s.%N)
  printf '%s\t%s\n' "$now" "$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null)" >>"$out/rss.tsv"
  # The split: anonymous (heap, buffers) and file-backed (mapped files such as the embedded store's) kB.
  printf '%s\t%s\n' "$now" "$(awk '/RssAnon|RssFile/ {printf "%s ", $2}' "/proc/$pid/status" 2>/dev/null)" >>"$out/rss-split.tsv"
  sleep 0.5
done) &
sampler=$!
event start
ycsb=(--zk "127.0.0.1:$zk_port" --records 5000 --threads "$threads" --retries 15)
bash "$ROOT/tools/ycsb.sh" "${ycsb[@]}" --workload a --phase load --operations 5000 --create-table 4 --max-seconds 60 >/dev/null 2>"$out/ycsb-load.txt"
event baseline
bash "$ROOT/tools/ycsb.sh" "${ycsb[@]}" --workload a --phase run --operations 100000000 --max-seconds "$ycsb_seconds" \
  --out "$out/ycsb-baseline.txt" >/dev/null 2>&1 || log "baseline YCSB exited non-zero (see ycsb-baseline.txt)"
event settle
sleep 5
event abuse
node "$ROOT/tools/fuzz/ts-run.cjs" "$ROOT/tools/abuse/abuse.ts" --port "$gw_port" --seconds "$abuse_seconds" --json "$out/abuse.json" "${attack[@]}" \
  2>"$out/abuse-log.txt" &
abuser=$!
sleep 5
event ycsb-under-abuse
# A YCSB thread stuck in client retries would keep the JVM past --max-seconds: a hard cap.
timeout $((ycsb_seconds + 40)) bash "$ROOT/tools/ycsb.sh" "${ycsb[@]}" --workload a --phase run --operations 100000000 --max-seconds "$ycsb_seconds" \
  --out "$out/ycsb-abuse.txt" >/dev/null 2>&1 || log "YCSB under abuse exited non-zero (see ycsb-abuse.txt)"
wait "$abuser" || log "abuse script exited non-zero (see abuse-log.txt)"
event recover
sleep "$recover_seconds"
event end
alive=1
kill -0 "$pid" 2>/dev/null || alive=0
python3 "$ROOT/tools/abuse/report.py" "$out" "$alive" "$target"
