#!/usr/bin/env bash
# Where a point read's CPU goes on the Fluss path, and what the ceiling is (issue 11, item 3).
# One run, on loopback:
#   1. a gateway on the Fluss engine (found through its own ZooKeeper); YCSB loads --records rows
#      (10 fields of 100 bytes, a table pre-split into --regions, one Fluss bucket per region);
#   2. YCSB workload C (reads only) for --seconds with --threads: reads/s, p99, and the CPU seconds
#      of the gateway, the Fluss servers and YCSB during the run;
#   3. the real Fluss Java client (tools/bench/FlussCeiling.java) reads the same table the same way
#      the gateway does (a prefix Lookup by row), with as many threads, for as long, and no gateway:
#      reads/s, p99, and the CPU of the Fluss servers and of the Java client.
# Prints and writes report.md (CPU ms per 1,000 reads by process, and the ceiling each path has on
# this machine's cores) under .cache/reports/bench/fluss-ceiling-<stamp>/.
#   tools/bench/fluss-ceiling.sh [--fluss HOST:PORT --fluss-dir DIR] [--records 20000] [--threads 16] [--seconds 30] [--regions 8]
# Without --fluss it starts a one-tablet-server cluster (tools/fluss.sh) and stops it at the end; with
# it, --fluss-dir is that cluster's tools/fluss.sh state folder (its servers' pids are read there).
# GATEWAY_MAIN: another build of the gateway (tools/lib/node.sh).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$ROOT/tools/lib/node.sh"
fluss=; fluss_dir=; records=20000; threads=16; seconds=30; regions=8
while [[ $# -gt 0 ]]; do
  case "$1" in
    --fluss) fluss=$2; shift 2 ;;
    --fluss-dir) fluss_dir=$2; shift 2 ;;
    --records) records=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --regions) regions=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
out=$ROOT/.cache/reports/bench/fluss-ceiling-$(date -u +%Y%m%dT%H%M%SZ)
work=$(mktemp -d "${TMPDIR:-/tmp}/fluss-ceiling.XXXXXX")
mkdir -p "$out"
zk_port=$(free_port); gw_port=$(free_port); started_fluss=0
prefix=ceil$(date +%s)_
say() { echo "[ceiling] $*" >&2; }
cleanup() {
  stop_gateway "$work/gateway"
  bash "$ROOT/tools/zookeeper.sh" stop --port "$zk_port" --dir "$work/zk" >/dev/null 2>&1 || true
  ((started_fluss == 0)) || bash "$ROOT/tools/fluss.sh" stop --dir "$work/fluss" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# cpu_seconds PID...: the CPU seconds (user + system) each live PID has used, one per line, then the
# machine's busy seconds and its capacity (all cores) so far.
cpu_seconds() { python3 "$ROOT/tools/bench/proc-cpu.py" "$@" | tr ' ' '\n'; }
# delta BEFORE AFTER: element-wise difference of two cpu_seconds outputs, space-separated.
delta() { paste <(echo "$1") <(echo "$2") | awk '{ printf "%.2f ", $2 - $1 }'; }

if [[ -z $fluss ]]; then
  say "starting a Fluss cluster (tools/fluss.sh)"
  fluss=$(bash "$ROOT/tools/fluss.sh" start --dir "$work/fluss" --zk-port "$(free_port)" --coordinator-port "$(free_port)" --tablet-port-base "$(free_port)")
  started_fluss=1
  fluss_dir=$work/fluss
fi
[[ -n $fluss_dir ]] || { echo "--fluss needs --fluss-dir (the cluster's tools/fluss.sh --dir)" >&2; exit 2; }
fluss_pids=$(cat "$fluss_dir"/coordinator/server.pid "$fluss_dir"/tablet-*/server.pid 2>/dev/null | tr '\n' ' ')
[[ -n $fluss_pids ]] || { echo "no Fluss server pids under $fluss_dir" >&2; exit 1; }
client=$(bash "$ROOT/tools/deps/maven-jars.sh" fluss-client-0.9)
classes=$ROOT/.cache/fluss-ceiling
mkdir -p "$classes"
[[ -f $classes/FlussCeiling.class && $classes/FlussCeiling.class -nt $ROOT/tools/bench/FlussCeiling.java ]] \
  || timeout 180 javac -nowarn -d "$classes" -cp "$client/*" "$ROOT/tools/bench/FlussCeiling.java"

bash "$ROOT/tools/zookeeper.sh" start --port "$zk_port" --dir "$work/zk" >&2
start_gateway "$work/gateway" "$gw_port" --hbase.zookeeper.quorum="127.0.0.1:$zk_port" --hbase.compat.fluss.bootstrap.servers="$fluss" \
  --hbase.compat.fluss.database.prefix="$prefix" --hbase.compat.fluss.buckets="$regions"
gateway_pid=$(cat "$work/gateway/gateway.pid")
ycsb=(--zk "127.0.0.1:$zk_port" --records "$records")
say "YCSB load: $records records, $threads threads, $regions regions"
bash "$ROOT/tools/ycsb.sh" "${ycsb[@]}" --workload c --phase load --operations "$records" --threads "$threads" --create-table "$regions" --max-seconds 1800 --out "$out/load.txt" >/dev/null

say "YCSB C through the gateway: $threads threads, ${seconds}s"
# shellcheck disable=SC2086 # one PID per word
before=$(cpu_seconds "$gateway_pid" $fluss_pids)
# bash's `time` gives YCSB's own CPU (its JVM is a waited-for child), start-up included.
( TIMEFORMAT='%U %S'; time bash "$ROOT/tools/ycsb.sh" "${ycsb[@]}" --workload c --phase run --operations 100000000 --threads "$threads" \
  --max-seconds "$seconds" --out "$out/ycsb-c.txt" >/dev/null 2>&1 ) 2>"$out/ycsb-cpu.txt"
# shellcheck disable=SC2086
after=$(cpu_seconds "$gateway_pid" $fluss_pids)
gateway_cpu=$(delta "$before" "$after")
stop_gateway "$work/gateway"

say "the Fluss Java client, the same reads without the gateway: $threads threads, ${seconds}s"
java -Xmx512m -XX:+UseSerialGC --add-opens=java.base/java.nio=ALL-UNNAMED -Dorg.slf4j.simpleLogger.defaultLogLevel=off \
  -cp "$classes:$client/*" FlussCeiling "$fluss" "${prefix}default" usertable "$threads" "$seconds" >"$out/java.txt" 2>"$out/java.log" &
java_pid=$!
# Only the read phase counts: the tool prints its banner to stderr when the row keys are read.
until grep -q "reading with" "$out/java.log" 2>/dev/null || ! kill -0 "$java_pid" 2>/dev/null; do sleep 0.2; done
# shellcheck disable=SC2086
before=$(cpu_seconds $fluss_pids)
wait "$java_pid" || { cat "$out/java.log" >&2; exit 1; }
# shellcheck disable=SC2086
after=$(cpu_seconds $fluss_pids)
java_cpu=$(delta "$before" "$after")

# shellcheck disable=SC2086 # count the words
python3 - "$out" "$(nproc)" "$gateway_cpu" "$java_cpu" "$(echo $fluss_pids | wc -w)" <<'PY' | tee "$out/report.md"
import json, subprocess, sys
out, cores, gw, jv, nfluss = sys.argv[1], int(sys.argv[2]), [float(x) for x in sys.argv[3].split()], [float(x) for x in sys.argv[4].split()], int(sys.argv[5])
y = json.loads(subprocess.run(["python3", "tools/ycsb-summary.py", "--json", f"{out}/ycsb-c.txt"], capture_output=True, text=True).stdout)[0]
j = dict(kv.split("=") for kv in open(f"{out}/java.txt").read().split())
ycsb_cpu = sum(float(x) for x in open(f"{out}/ycsb-cpu.txt").read().split()[-2:])
y_reads, y_rate, y_p99 = y["ops"]["READ"]["count"], y["throughput"], y["ops"]["READ"]["p99_us"] / 1000
j_reads, j_rate, j_p99 = int(j["reads"]), float(j["reads_per_s"]), float(j["p99_ms"])
per = lambda s, n: 1000 * 1000 * s / n  # CPU ms per 1,000 reads
# (path, reads/s, p99, client, gateway, Fluss, machine busy) with CPU in ms per 1,000 reads
rows = [
    ("through the gateway (YCSB C)", y_rate, y_p99, per(ycsb_cpu, y_reads), per(gw[0], y_reads), per(sum(gw[1:1 + nfluss]), y_reads), per(gw[-2], y_reads)),
    ("Fluss Java client, no gateway", j_rate, j_p99, per(float(j["client_cpu_s"]), j_reads), 0.0, per(sum(jv[:nfluss]), j_reads), per(jv[-2], j_reads)),
]
print("# Fluss point reads: where the CPU goes\n")
print(f"{cores} cores; {y_reads} reads through the gateway, {j_reads} direct; cells per read {j['cells_per_read']}.")
print("CPU in ms per 1,000 reads, by process; YCSB's includes its JVM start. Machine busy counts everything that ran, other work too.\n")
print("| path | reads/s | p99 ms | client CPU | gateway CPU | Fluss CPU | machine busy |")
print("|---|---|---|---|---|---|---|")
for name, rate, p99, c, g, f, b in rows:
    print(f"| {name} | {rate:,.0f} | {p99:.1f} | {c:,.0f} | {g:,.0f} | {f:,.0f} | {b:,.0f} |")
ceiling = lambda ms: f"{1000 * 1000 * cores / ms:,.0f}"
print(f"\nCeilings on this machine ({cores} cores, 1,000 ms of CPU per core per second), from the CPU costs above:")
print(f"- Fluss alone, at its cost per read through the gateway: {ceiling(rows[0][5])} reads/s; at its cost per direct read: {ceiling(rows[1][5])};")
print(f"- gateway + Fluss, the client elsewhere: {ceiling(rows[0][4] + rows[0][5])} reads/s;")
print(f"- client + gateway + Fluss on one machine: {ceiling(rows[0][3] + rows[0][4] + rows[0][5])} reads/s;")
print(f"- the Java client + Fluss on one machine: {ceiling(rows[1][3] + rows[1][5])} reads/s.")
PY
say "report: $out/report.md"
