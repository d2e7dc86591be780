#!/usr/bin/env bash
# Fuzzes a real gateway over loopback sockets: mutated real client traffic (preamble, connection
# header, Get, Scan, Mutate, Multi with cell blocks) and random frames, with a canary connection
# doing Gets throughout. Checks: no crash, no hang, every response decodable with a real HBase
# exception class, canary untouched, gateway memory flat. Ends with "fuzz: N passed, N failed" and
# writes JUnit XML (tools/lib/common.sh).
#   tools/fuzz/run.sh [--ci | --full] [--frames N] [--seconds S] [--seed X] [--concurrency C]
#   --ci (default): 60,000 frames, at most 45 s of fuzzing (the whole run stays under 60 s)
#   --full: 1,000,000 frames, at most 600 s
# GATEWAY_MAIN selects the gateway bundle (default dist/apps/rpc-gateway/main.js).
# Report: .cache/reports/fuzz/summary.json and the gateway log beside it.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=fuzz; . "$ROOT/tools/lib/common.sh"
. "$ROOT/tools/lib/node.sh"
frames=60000 seconds=45 seed=$((RANDOM * 32768 + RANDOM + 1)) concurrency=48
while (($#)); do
  case $1 in
    --ci) frames=60000 seconds=45 ;;
    --full) frames=1000000 seconds=600 ;;
    --frames) frames=$2; shift ;;
    --seconds) seconds=$2; shift ;;
    --seed) seed=$2; shift ;;
    --concurrency) concurrency=$2; shift ;;
    -h|--help) usage ;;
    *) die "unknown argument $1" ;;
  esac
  shift
done
out=$ROOT/.cache/reports/fuzz
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/fuzz.XXXXXX")
port=$(free_port)
cleanup() { stop_gateway "$work"; cp "$work/gateway.log" "$out/gateway.log" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
# Short handshake/idle timeouts so that sessions whose framing leaves the server waiting for bytes
# are closed by the server within the fuzzer's session deadline.
start_gateway "$work" "$port" --hbase.compat.rpc.handshake.timeout.ms=2000 --hbase.ipc.client.connection.maxidletime=1000 \
  --hbase.client.scanner.timeout.period=5000
log "gateway pid $(cat "$work/gateway.pid") on port $port; seed $seed; $frames frames, at most $seconds s"
checks_begin fuzz
set +e
node "$ROOT/tools/fuzz/ts-run.cjs" "$ROOT/tools/fuzz/fuzz.ts" --port "$port" --pid "$(cat "$work/gateway.pid")" --frames "$frames" \
  --seconds "$seconds" --seed "$seed" --concurrency "$concurrency" --json "$out/summary.json" >"$work/checks.txt"
set -e
cat "$work/checks.txt"
checks_import "$work/checks.txt"
checks_end
