#!/usr/bin/env bash
# Runs the Java end-to-end suite (the real hbase-shaded-client against a gateway the suite starts
# itself) for one client version and registry mode:
#
#   tests/java-e2e/run.sh [--hbase-version 2.6.4-hadoop3|2.5.11-hadoop3] [--registry zk|rpc] [--test Pattern]
#                         [--fluss HOST:PORT [--fluss-sasl USER:PASSWORD]]
#
# --fluss: the gateway keeps its tables in that Fluss cluster; --fluss-sasl: that address is a SASL
# listener (tools/fluss.sh --sasl) and the gateway authenticates with these credentials.
# Builds the gateway first if dist/ lacks it (--no-build: don't; the suite then fails with
# "build the gateway first"). Each version/mode builds in its own folder, target-<version>-<mode>,
# which also keeps the gateway's and ZooKeeper's logs of the last run (e2e-*/gateway.log, e2e-*/zk/).
# Prints surefire's "Tests run: ..." lines and ends with
#   java-e2e[<version>,<mode>]: N passed, N failed
# Exits non-zero on any failure or error (or if no test ran).
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
version=2.6.4-hadoop3
registry=zk
test_filter=
fluss=
fluss_sasl=
build=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --hbase-version) version=${2:?--hbase-version needs a value}; shift 2 ;;
    --hbase-version=*) version=${1#*=}; shift ;;
    --registry) registry=${2:?--registry needs a value}; shift 2 ;;
    --registry=*) registry=${1#*=}; shift ;;
    --test) test_filter=${2:?--test needs a value}; shift 2 ;;
    --test=*) test_filter=${1#*=}; shift ;;
    --fluss) fluss=${2:?--fluss needs host:port}; shift 2 ;;
    --fluss=*) fluss=${1#*=}; shift ;;
    --fluss-sasl) fluss_sasl=${2:?--fluss-sasl needs USER:PASSWORD}; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$registry" in zk|rpc) ;; *) echo "run.sh: --registry must be zk or rpc, not '$registry'" >&2; exit 2 ;; esac
label="java-e2e[$version,$registry${fluss:+,fluss}]"

if [[ $build -eq 1 && ! -f $ROOT/dist/apps/rpc-gateway/main.js ]]; then
  echo "$label: building the gateway (npx nx build rpc-gateway)"
  (cd "$ROOT" && NX_DAEMON=false npx nx build rpc-gateway --outputStyle=static) || {
    echo "$label: 0 passed, 1 failed (the gateway did not build)"
    exit 1
  }
fi

build_dir=target-$version-$registry${fluss:+-fluss}
reports_dir=$HERE/$build_dir/surefire-reports
rm -rf "$reports_dir"
args=(-B -q -f "$HERE/pom.xml" -Dmaven.repo.local="$ROOT/.cache/m2"
  -Dhbase.version="$version" -De2e.registry="$registry" -DbuildDir="$build_dir" -Dstyle.color=never)
[[ -n $test_filter ]] && args+=(-Dtest="$test_filter")
[[ -n $fluss ]] && args+=(-De2e.fluss="$fluss")
[[ -n $fluss_sasl ]] && args+=(-De2e.fluss.sasl="$fluss_sasl")
started=$SECONDS
# Maven 3.8 still prints colour resets in batch mode: strip them.
mvn "${args[@]}" test 2>&1 | sed -u 's/\x1b\[[0-9;]*m//g'
rc=${PIPESTATUS[0]}

shopt -s nullglob
txt=("$reports_dir"/*.txt)
xml=("$reports_dir"/TEST-*.xml)
if [[ ${#xml[@]} -eq 0 ]]; then
  echo "$label: 0 passed, 1 failed (no surefire reports: the suite did not compile or did not run; mvn exit $rc)"
  exit 1
fi
# Surefire's per-class summary lines survive -q this way.
for f in "${txt[@]}"; do
  grep -m1 '^Tests run:' "$f"
done
read -r total failures errors skipped < <(
  for f in "${xml[@]}"; do
    # sed -n 1p, not head -n1: a reader that quits early would SIGPIPE grep under pipefail.
    head -c 4096 "$f" | tr '\n' ' ' | grep -o '<testsuite [^>]*>' | sed -n 1p
  done | awk '
    function attr(s, name,   m) { if (match(s, " " name "=\"[0-9]+\"")) { m = substr(s, RSTART, RLENGTH); gsub(/[^0-9]/, "", m); return m + 0 } return 0 }
    { t += attr($0, "tests"); f += attr($0, "failures"); e += attr($0, "errors"); s += attr($0, "skipped") }
    END { print t + 0, f + 0, e + 0, s + 0 }'
)
printf 'Tests run: %d, Failures: %d, Errors: %d, Skipped: %d (%s, %ds)\n' \
  "$total" "$failures" "$errors" "$skipped" "$label" "$((SECONDS - started))"
# A skipped test checked nothing: it counts as failed (the suite has no @Disabled tests).
failed=$((failures + errors + skipped))
passed=$((total - failed))
((total > 0)) || failed=$((failed + 1))
((rc == 0 || failed > 0)) || failed=1
echo
echo "$label: $passed passed, $failed failed"
[[ $rc -eq 0 && $failed -eq 0 ]]
