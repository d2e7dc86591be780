#!/usr/bin/env bash
# One YCSB comparison run: the same workloads, same settings, against a reference HBase 2.6
# (tools/reference-hbase.sh) and the gateway on each engine (embedded; Fluss on a cluster
# tools/fluss.sh starts on its own ports), all found through ZooKeeper by the same binding.
# Target embedded-interval is the embedded engine with hbase.compat.data.sync=interval (commits
# flushed every second rather than each before the next; see README, Configuration).
# Workloads are interleaved across targets (load on every target, then C on every target, ...),
# so a noisy neighbour on a shared machine hits every target alike: compare ratios, not absolutes.
#
#   tools/bench/compare.sh [--records 100000] [--seconds 30] [--threads 16] [--regions 8]
#                          [--targets hbase,embedded,embedded-interval,fluss] [--workloads c,b,a,f,d,e]
#                          [--scan-lengths 1,10,1000] [--soak SECONDS] [--hbase-heap 768m]
#                          [--fluss HOST:PORT] [--profile] [--out DIR]
#
# --workloads    run-phase workloads after the load (load always runs first)
# --scan-lengths extra workload E runs with maxscanlength=N (E itself is maxscanlength=100);
#                "" skips the sweep
# --soak         last, workload A for SECONDS on each gateway target in turn, the servers' resident
#                memory sampled every 10 s (<out>/soak.tsv, soak.svg): does it stay flat under writes?
# --hbase-heap   the reference HBase's -Xmx (tools/reference-hbase.sh --heap): 768m runs out of heap
#                at a million records
# --fluss        use a running Fluss instead of starting one
# --profile      gateways run under node --cpu-prof; top functions per engine in the report folder
# Smoke: tools/bench/compare.sh --records 10000 --seconds 15 --scan-lengths ""
# (YCSB's maxexecutiontime counts its own start-up too: on a loaded machine keep --seconds >= 15.)
#
# Writes raw YCSB outputs (<out>/<target>/<run>.txt), CPU seconds per process (<out>/cpu.tsv),
# resident memory per server process after each workload (<out>/memory.tsv),
# report.md and compare.svg (throughput and p99 per workload and target) to
# .cache/reports/bench/compare-<stamp>/ (or --out). GATEWAY_MAIN picks another gateway bundle.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$ROOT/tools/lib/node.sh"
records=100000; seconds=30; threads=16; regions=8; targets=hbase,embedded,fluss
workloads=c,b,a,f,d,e; scan_lengths=1,10,1000; soak=0; hbase_heap=768m; fluss=; profile=0; out=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --records) records=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --regions) regions=$2; shift 2 ;;
    --targets) targets=$2; shift 2 ;;
    --workloads) workloads=$2; shift 2 ;;
    --scan-lengths) scan_lengths=$2; shift 2 ;;
    --soak) soak=$2; shift 2 ;;
    --hbase-heap) hbase_heap=$2; shift 2 ;;
    --fluss) fluss=$2; shift 2 ;;
    --profile) profile=1; shift ;;
    --out) out=$2; shift 2 ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
out=${out:-$ROOT/.cache/reports/bench/compare-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/compare.XXXXXX")
IFS=, read -r -a target_list <<<"$targets"
started_fluss=0; started_hbase=0; zk_port=
t0=$SECONDS
progress() { printf '[compare %4ds] %s\n' "$((SECONDS - t0))" "$*" >&2; }

cleanup() {
  for t in "${target_list[@]}"; do [[ $t == hbase ]] || stop_gateway "$work/$t"; done
  ((started_hbase == 0)) || bash "$ROOT/tools/reference-hbase.sh" stop --dir "$work/hbase" >/dev/null 2>&1 || true
  ((started_fluss == 0)) || bash "$ROOT/tools/fluss.sh" stop --dir "$work/fluss" >/dev/null 2>&1 || true
  [[ -z $zk_port ]] || bash "$ROOT/tools/zookeeper.sh" stop --port "$zk_port" --dir "$work/zk" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# Pids whose CPU a target's server side costs: "gateway:PID ... fluss:PID ... hbase:PID".
server_pids() {
  local t f
  for t in "${target_list[@]}"; do
    [[ $t == hbase ]] && { [[ -f $work/hbase/hbase.pid ]] && echo "hbase:$(cat "$work/hbase/hbase.pid")"; continue; }
    [[ -f $work/$t/gateway.pid ]] && echo "gateway-$t:$(cat "$work/$t/gateway.pid")"
  done
  if ((started_fluss)); then
    for f in "$work"/fluss/*/server.pid; do [[ -f $f ]] && echo "fluss:$(cat "$f")"; done
  fi
  return 0
}

# cpu_snapshot -> "name=seconds ..." for every server pid (utime+stime from /proc/<pid>/stat).
cpu_snapshot() {
  python3 - $(server_pids) <<'PY'
import os, sys
tick = os.sysconf("SC_CLK_TCK")
acc = {}
for arg in sys.argv[1:]:
    name, pid = arg.split(":")
    try:
        f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        acc[name] = acc.get(name, 0.0) + (int(f[11]) + int(f[12])) / tick
    except OSError:
        pass
print(" ".join(f"{k}={v:.2f}" for k, v in acc.items()))
PY
}

# rss_rows RUN TARGET: "run target process rss-mb anon-mb file-mb" rows, the resident memory of the
# target's server processes now (the gateway; Fluss's servers summed; HBase): VmRSS, and its parts
# RssAnon (the process's own heap) and RssFile (mapped files: lmdb's data file is read through one).
rss_rows() {
  python3 - "$1" "$2" $(server_pids) <<'PY'
import sys
run, target = sys.argv[1:3]
acc = {}
for arg in sys.argv[3:]:
    name, pid = arg.split(":")
    if name.startswith("gateway-"):
        if name != f"gateway-{target}":
            continue
        name = "gateway"
    elif name != target:
        continue
    try:
        fields = dict(line.split(":", 1) for line in open(f"/proc/{pid}/status") if ":" in line)
        sums = acc.setdefault(name, [0.0, 0.0, 0.0])
        for i, key in enumerate(("VmRSS", "RssAnon", "RssFile")):
            sums[i] += int(fields[key].split()[0]) / 1024
    except (OSError, KeyError):
        pass
for k, (rss, anon, file) in acc.items():
    print(f"{run}\t{target}\t{k}\t{rss:.0f}\t{anon:.0f}\t{file:.0f}")
PY
}

# run_ycsb TARGET RUN ARGS... : one YCSB process; appends "run target process cpu-seconds" rows to
# cpu.tsv and the servers' resident memory after it to memory.tsv.
run_ycsb() {
  local target=$1 run=$2 parent=/hbase before after ycsb_cpu rc=0
  shift 2
  [[ $target == hbase ]] && zk=127.0.0.1:$hbase_zk || zk=127.0.0.1:$zk_port
  [[ $target == hbase ]] || parent=/hbase-$target
  mkdir -p "$out/$target"
  before=$(cpu_snapshot)
  # The YCSB JVM's own CPU: rusage of the children python waited for.
  # The load always inserts every record (the run phases read them); runs stop after --seconds.
  local limit=(--max-seconds "${run_seconds:-$seconds}")
  [[ $run == load ]] && limit=()
  ycsb_cpu=$(python3 - "$out/$target/$run.err" bash "$ROOT/tools/ycsb.sh" --zk "$zk" --znode-parent "$parent" --records "$records" --threads "$threads" \
    "${limit[@]}" --prop hdrhistogram.percentiles=50,99,99.9 --prop status.interval=1 --out "$out/$target/$run.txt" "$@" <<'PY'
import resource, subprocess, sys
rc = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=open(sys.argv[1], "w")).returncode
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{u.ru_utime + u.ru_stime:.2f} {rc}")
PY
  ) || true
  after=$(cpu_snapshot)
  rss_rows "$run" "$target" >>"$out/memory.tsv"
  rc=${ycsb_cpu#* }
  python3 - "$run" "$target" "${ycsb_cpu% *}" "$before" "$after" >>"$out/cpu.tsv" <<'PY'
import sys
run, target, ycsb, before, after = sys.argv[1:]
parse = lambda s: {k: float(v) for k, v in (x.split("=") for x in s.split())}
b, a = parse(before), parse(after)
rows = {"ycsb": float(ycsb), "idle-targets": 0.0}
for k in a:
    spent = a[k] - b.get(k, 0.0)
    # The other targets' servers sit idle meanwhile, but their background work (compactions,
    # flushes, timers) takes CPU from this run: kept apart, so a late run's handicap shows.
    if (k.startswith("gateway-") and k != f"gateway-{target}") or (k in ("fluss", "hbase") and k != target):
        rows["idle-targets"] += spent
    else:
        rows["gateway" if k.startswith("gateway-") else k] = spent
for k, v in rows.items():
    print(f"{run}\t{target}\t{k}\t{v:.2f}")
PY
  if [[ $rc == 0 ]]; then
    progress "$run on $target: $(grep -m1 'OVERALL.*Throughput' "$out/$target/$run.txt" | awk -F', ' '{printf "%.0f ops/s", $3}')"
  else
    progress "$run on $target: YCSB FAILED (exit $rc; see $out/$target/$run.txt)"
  fi
}

main_js=${GATEWAY_MAIN:-$ROOT/dist/apps/rpc-gateway/main.js}
needs_gateway=0
for t in "${target_list[@]}"; do [[ $t == hbase ]] || needs_gateway=1; done
if ((needs_gateway)) && [[ ! -f $main_js ]]; then
  progress "building the gateway (npx nx build rpc-gateway)"
  (cd "$ROOT" && NX_DAEMON=false npx nx build rpc-gateway --outputStyle=static >/dev/null)
fi

printf 'run\ttarget\tprocess\tcpu_seconds\n' >"$out/cpu.tsv"
printf 'run\ttarget\tprocess\trss_mb\tanon_mb\tfile_mb\n' >"$out/memory.tsv"
printf 'run\ttarget\tprocess\trss_mb\tanon_mb\tfile_mb\n' >"$out/soak.tsv"
for t in "${target_list[@]}"; do
  case "$t" in
    hbase)
      hbase_zk=$(free_port)
      progress "starting reference HBase 2.6 (zk $hbase_zk)"
      started_hbase=1
      bash "$ROOT/tools/reference-hbase.sh" start --dir "$work/hbase" --zk-port "$hbase_zk" --master-port "$(free_port)" --rs-port "$(free_port)" --heap "$hbase_heap" >&2 ;;
    embedded|embedded-interval|fluss)
      if [[ -z $zk_port ]]; then
        zk_port=$(free_port)
        bash "$ROOT/tools/zookeeper.sh" start --port "$zk_port" --dir "$work/zk" >&2
      fi
      flags=()
      [[ $t == embedded-interval ]] && flags=(--hbase.compat.data.sync=interval)
      if [[ $t == fluss ]]; then
        if [[ -z $fluss ]]; then
          progress "starting Fluss 0.9.1 (tools/fluss.sh, own ports)"
          started_fluss=1
          fluss=$(bash "$ROOT/tools/fluss.sh" start --dir "$work/fluss" --zk-port "$(free_port)" --coordinator-port "$(free_port)" --tablet-port-base "$(free_port)")
        fi
        flags=(--hbase.compat.fluss.bootstrap.servers="$fluss" --hbase.compat.fluss.database.prefix="cmp$(date +%s)_" --hbase.compat.fluss.buckets="$regions")
      fi
      node_args=
      ((profile == 0)) || node_args="--cpu-prof --cpu-prof-dir=$out/$t/cpu-profile"
      progress "starting the gateway on the $t engine"
      GATEWAY_NODE_ARGS=$node_args start_gateway "$work/$t" "$(free_port)" --hbase.zookeeper.quorum="127.0.0.1:$zk_port" \
        --zookeeper.znode.parent="/hbase-$t" "${flags[@]}" ;;
    *) echo "unknown target $t (hbase, embedded, embedded-interval, fluss)" >&2; exit 2 ;;
  esac
done

progress "records=$records seconds/workload=$seconds threads=$threads regions=$regions targets=$targets"
for t in "${target_list[@]}"; do
  run_ycsb "$t" load --workload a --phase load --operations "$records" --create-table "$regions"
done
ops=$((records * 1000))
for w in ${workloads//,/ }; do
  for t in "${target_list[@]}"; do run_ycsb "$t" "workload-$w" --workload "$w" --phase run --operations "$ops"; done
done
for n in ${scan_lengths//,/ }; do
  for t in "${target_list[@]}"; do
    run_ycsb "$t" "workload-e-scan$n" --workload e --phase run --operations "$ops" --prop "maxscanlength=$n"
  done
done

# The soak: workload A for --soak seconds per gateway target, resident memory sampled every 10 s (the run
# column holds the seconds since the soak started on that target).
if ((soak > 0)); then
  for t in "${target_list[@]}"; do
    [[ $t == hbase ]] && continue
    (
      trap 'exit 0' TERM
      for ((s = 0; ; s += 10)); do rss_rows "$s" "$t" >>"$out/soak.tsv"; sleep 10; done
    ) &
    sampler=$!
    run_seconds=$soak run_ycsb "$t" soak-a --workload a --phase run --operations "$ops"
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
  done
fi

for t in "${target_list[@]}"; do
  [[ $t == hbase ]] && continue
  stop_gateway "$work/$t"
  cp "$work/$t/gateway.log" "$out/$t/gateway.log" 2>/dev/null || true
  if [[ -d $out/$t/cpu-profile ]]; then
    python3 "$ROOT/tools/bench/profile-summary.py" "$out/$t"/cpu-profile/*.cpuprofile >"$out/$t/cpu-profile-top.txt" || true
  fi
done
python3 "$ROOT/tools/bench/compare-report.py" "$out" "records=$records, $seconds s per workload, $threads threads, $regions regions/buckets" "${target_list[@]}"
progress "report: $out/report.md"
