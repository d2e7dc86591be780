#!/usr/bin/env bash
# Installs everything the tests need (tools/setup.sh --test) and runs every suite:
#   static checks (typecheck, lint), Jest (unit, golden bytes, properties, in-process gateway,
#   real ZooKeeper), the real HBase Java client end-to-end suites (2.6 and 2.5, ZooKeeper and
#   RPC registries, and once on the Fluss engine), the apps smoke, the differential suite against a
#   real HBase 2.6 (embedded and Fluss gateways), the HBase shell script compared against a real
#   HBase, a YCSB smoke run, and the Fluss client and engine suites against a real Fluss cluster
#   (tools/fluss.sh), each against servers the suites start themselves.
# Ends with one line "N passed, N failed" summing every suite; exits non-zero on any failure.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
REPORTS=$ROOT/.cache/reports
mkdir -p "$REPORTS"
passed=0
failed=0
started=$(date +%s)
stage() { printf '\n=== %s (%ss elapsed)\n' "$*" "$(( $(date +%s) - started ))"; }
count() { passed=$((passed + $1)); failed=$((failed + $2)); printf -- '--- %s: %s passed, %s failed\n' "$3" "$1" "$2"; }
# summary LOG LABEL REGEX: counts the last "N passed, N failed" line of LOG matching REGEX (an
# extended regex ending in that phrase). A log without one is a failure; its tail is shown.
# Returns 1 when anything failed, so the caller can show more of the log.
summary() {
  local log=$1 label=$2 line p f
  line=$(grep -oE "$3" "$log" | tail -1)
  if [[ -z $line ]]; then
    tail -40 "$log"
    count 0 1 "$label (no summary)"
    return 1
  fi
  p=$(sed -E 's/.*([^0-9]|^)([0-9]+) passed, ([0-9]+) failed.*/\2/' <<< "$line")
  f=$(sed -E 's/.*([^0-9]|^)([0-9]+) passed, ([0-9]+) failed.*/\3/' <<< "$line")
  count "$p" "$f" "$label"
  [[ $f -eq 0 ]]
}

stage "setup"
if ! bash tools/setup.sh --test; then
  echo "setup failed: nothing can be tested"
  echo "0 passed, 1 failed"
  exit 1
fi
export NX_DAEMON=false NX_NO_CLOUD=true NX_SKIP_NX_CACHE=${NX_SKIP_NX_CACHE:-false}

stage "static checks: typecheck and lint of every project"
for target in typecheck lint; do
  if npx nx run-many -t "$target" --outputStyle=static > "$REPORTS/$target.log" 2>&1; then
    count 1 0 "$target"
  else
    tail -40 "$REPORTS/$target.log"
    count 0 1 "$target"
  fi
done

stage "build the apps"
if npx nx run-many -t build --projects=rpc-gateway,health-sidecar,admin-api --outputStyle=static > "$REPORTS/build.log" 2>&1; then
  count 1 0 "build"
else
  tail -40 "$REPORTS/build.log"
  count 0 1 "build"
fi

# jest_suite LABEL REPORT CONFIG: runs a Jest config with a JSON report and counts its tests (a
# suite that failed to load counts as a failure).
jest_suite() {
  local label=$1 report=$2 config=$3
  rm -f "$REPORTS/$report.json"
  timeout 900 npx jest -c "$config" --ci --forceExit --json --outputFile="$REPORTS/$report.json" 2> "$REPORTS/$report.log"
  tail -8 "$REPORTS/$report.log"
  if [[ -f $REPORTS/$report.json ]]; then
    read -r jp jf <<< "$(node -e '
      const r = require(process.argv[1]);
      const broken = r.testResults.filter((t) => t.status === "failed" && t.assertionResults.length === 0).length;
      console.log(r.numPassedTests, r.numFailedTests + broken);' "$REPORTS/$report.json")"
    count "$jp" "$jf" "$label"
  else
    count 0 1 "$label (no report)"
  fi
}

stage "Jest: every library and app"
jest_suite jest jest jest.config.cjs

# One real Fluss 0.9.1 cluster (coordinator, tablet server, own ZooKeeper) for every Fluss suite.
FLUSS_DIR=$ROOT/.cache/run/fluss-ci
stage "start a real Fluss cluster (tools/fluss.sh)"
if fluss=$(timeout 600 bash tools/fluss.sh start --clean --dir "$FLUSS_DIR" --zk-port 2393 --coordinator-port 9133 --tablet-port-base 9134 2> "$REPORTS/fluss-start.log"); then
  count 1 0 "fluss-start"
else
  tail -40 "$REPORTS/fluss-start.log"
  count 0 1 "fluss-start"
  fluss=
fi

if [[ -x tests/java-e2e/run.sh || -f tests/java-e2e/run.sh ]]; then
  for version in 2.6.4-hadoop3 2.5.11-hadoop3; do
    for registry in zk rpc; do
      stage "HBase Java client $version, $registry registry"
      log=$REPORTS/java-e2e-$version-$registry.log
      timeout 900 bash tests/java-e2e/run.sh --hbase-version "$version" --registry "$registry" > "$log" 2>&1
      summary "$log" "java-e2e $version $registry" 'java-e2e\[[^]]*\]: [0-9]+ passed, [0-9]+ failed' || tail -60 "$log"
    done
  done
  stage "HBase Java client 2.6.4, ZooKeeper registry, gateway on the Fluss engine"
  log=$REPORTS/java-e2e-fluss.log
  if [[ -n $fluss ]]; then
    timeout 900 bash tests/java-e2e/run.sh --hbase-version 2.6.4-hadoop3 --registry zk --fluss "$fluss" > "$log" 2>&1
    summary "$log" "java-e2e 2.6.4 zk fluss" 'java-e2e\[[^]]*\]: [0-9]+ passed, [0-9]+ failed' || tail -60 "$log"
  else
    count 0 1 "java-e2e fluss (no Fluss cluster)"
  fi
fi

stage "the three apps of a node answer (sidecar, admin API)"
timeout 300 bash tools/apps-smoke.sh > "$REPORTS/apps-smoke.log" 2>&1
summary "$REPORTS/apps-smoke.log" "apps-smoke" '^apps-smoke: [0-9]+ passed, [0-9]+ failed' || cat "$REPORTS/apps-smoke.log"

stage "differential suite: the Java client against a real HBase 2.6 and the gateway"
# With a Fluss cluster, a second gateway on the Fluss engine runs every scenario too.
timeout 1800 bash tools/differential.sh ${fluss:+--fluss "$fluss"} > "$REPORTS/differential.log" 2>&1
grep -E '^(DIFFERS|documented)|^scenarios' "$REPORTS/differential.log"
summary "$REPORTS/differential.log" "differential" 'differential: [0-9]+ passed, [0-9]+ failed'

stage "HBase shell: the same script against a real HBase 2.6 and the gateway"
timeout 900 bash tools/shell-compat.sh > "$REPORTS/shell-compat.log" 2>&1
summary "$REPORTS/shell-compat.log" "shell-compat" '^[0-9]+ passed, [0-9]+ failed$' || grep -E '^(---|\+\+\+|[-+@ ])' "$REPORTS/shell-compat.log" | head -80

if [[ -f tools/ycsb-smoke.sh ]]; then
  stage "YCSB smoke (workloads A and C through ZooKeeper)"
  if timeout 600 bash tools/ycsb-smoke.sh > "$REPORTS/ycsb-smoke.log" 2>&1; then
    count 1 0 "ycsb-smoke"
  else
    tail -40 "$REPORTS/ycsb-smoke.log"
    count 0 1 "ycsb-smoke"
  fi
fi

stage "Fluss client and engine against the real cluster (interop with the Java client, tablet restart)"
if [[ -n $fluss ]]; then
  export FLUSS_BOOTSTRAP=$fluss FLUSS_DIR
  jest_suite "fluss-adapter cluster" fluss-adapter-cluster libs/fluss-adapter/jest.cluster.config.cjs
  jest_suite "storage-fluss cluster" storage-fluss-cluster libs/storage-fluss/jest.cluster.config.cjs
  unset FLUSS_BOOTSTRAP
else
  count 0 1 "fluss cluster suites (no Fluss cluster)"
fi
stage "cluster mode: three gateway nodes on ZooKeeper and Fluss (membership, spread, increments, failover, drain, rolling restart with increments)"
if [[ -n $fluss ]]; then
  timeout 1200 bash tools/cluster-test.sh --fluss "$fluss" > "$REPORTS/cluster-test.log" 2>&1
  summary "$REPORTS/cluster-test.log" "cluster-test" 'cluster-test: [0-9]+ passed, [0-9]+ failed' || tail -40 "$REPORTS/cluster-test.log"
else
  count 0 1 "cluster-test (no Fluss cluster)"
fi
timeout 120 bash tools/fluss.sh stop --dir "$FLUSS_DIR" > "$REPORTS/fluss-stop.log" 2>&1 || cat "$REPORTS/fluss-stop.log"

stage "Fluss outage through the HBase Java client (retriable errors, no hang, resumes, nothing lost)"
timeout 600 bash tools/fluss-outage-test.sh > "$REPORTS/fluss-outage.log" 2>&1
summary "$REPORTS/fluss-outage.log" "fluss-outage" 'fluss-outage: [0-9]+ passed, [0-9]+ failed' || tail -40 "$REPORTS/fluss-outage.log"

stage "done in $(( $(date +%s) - started ))s"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
