#!/usr/bin/env bash
# Installs everything the tests need (tools/setup.sh --test) and runs every suite:
#   static checks (typecheck, lint), Jest (unit, golden bytes, properties, in-process gateway,
#   real ZooKeeper), the real HBase Java client end-to-end suites (2.6 and 2.5, ZooKeeper and
#   RPC registries, and once on the Fluss engine), the apps smoke, the differential suite against a
#   real HBase 2.6 (embedded and Fluss gateways), the HBase shell script compared against a real
#   HBase, TLS on the RPC port with the Java client, independent clients and happybase over the
#   stock Thrift server, a YCSB smoke run, the Fluss client and engine suites (with the storage
#   conformance suite) against a real Fluss cluster (tools/fluss.sh), metrics through a private
#   Prometheus, the three-node cluster and a Fluss outage, each against servers the suites start, and
#   last docker-compose.yml on podman (tools/compose/check.sh).
# Every suite writes JUnit XML under .cache/reports/junit; the run ends with one line "N passed,
# N failed" summing those files (tools/junit/junit.py), and exits non-zero on any failure.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
REPORTS=$ROOT/.cache/reports
# Every suite leaves JUnit XML here; the closing count is their sum (tools/junit/junit.py).
export JUNIT_DIR=$REPORTS/junit
rm -rf "$JUNIT_DIR"
mkdir -p "$REPORTS" "$JUNIT_DIR"
LOG_TAG=test-all; . "$ROOT/tools/lib/common.sh"
started=$(date +%s)
stage() { printf '\n=== %s (%ss elapsed)\n' "$*" "$(( $(date +%s) - started ))"; }
# outcome NAME STATUS [LOG]: a one-check suite for a step that passes by its exit status; a failed
# step shows the tail of its log.
outcome() {
  checks_begin "$1"
  check "$2" "$1" >/dev/null || { [[ -z ${3:-} ]] || tail -40 "$3"; }
  checks_end
}
# reported SUITE LOG FILE...: what a suite's JUnit XML says, or, when it left none, a failure that
# shows the end of its log (a suite that did not run must not look green).
reported() {
  local suite=$1 log=$2
  shift 2
  if [[ $# -gt 0 && -s $1 ]]; then
    python3 tools/junit/junit.py sum "$@" | sed '$d' | sed 's/^/--- /'
  else
    tail -40 "$log"
    outcome "$suite (left no JUnit report)" 1
  fi
}

# script_suite SUITE SECONDS SCRIPT ARGS...: a tools/ check that writes $JUNIT_DIR/SUITE.xml, run with a
# deadline, its output in $REPORTS/SUITE.log; the end of that log is shown when a check failed.
script_suite() {
  local suite=$1 seconds=$2 log=$REPORTS/$1.log
  shift 2
  timeout "$seconds" bash "$@" > "$log" 2>&1
  reported "$suite" "$log" "$JUNIT_DIR/$suite.xml"
  if grep -q '^FAILED' "$log"; then tail -40 "$log"; fi
}

stage "setup"
if ! bash tools/setup.sh --test; then
  echo "setup failed: nothing can be tested"
  echo "0 passed, 1 failed"
  exit 1
fi
export NX_DAEMON=false NX_NO_CLOUD=true NX_SKIP_NX_CACHE=${NX_SKIP_NX_CACHE:-false}

stage "static checks: typecheck, lint and formatting of every project"
for target in typecheck lint; do
  npx nx run-many -t "$target" --outputStyle=static > "$REPORTS/$target.log" 2>&1
  outcome "$target" $? "$REPORTS/$target.log"
done
npm run -s format:check > "$REPORTS/format.log" 2>&1
outcome format $? "$REPORTS/format.log"

stage "build the apps"
npx nx run-many -t build --projects=rpc-gateway,health-sidecar,admin-api --outputStyle=static > "$REPORTS/build.log" 2>&1
outcome build $? "$REPORTS/build.log"

# jest_suite SUITE CONFIG: runs a Jest config and converts its JSON report to JUnit XML (a test
# file that failed to load counts as a failed test).
jest_suite() {
  local suite=$1 config=$2
  rm -f "$REPORTS/$suite.json"
  timeout 900 npx jest -c "$config" --ci --forceExit --json --outputFile="$REPORTS/$suite.json" 2> "$REPORTS/$suite.log"
  tail -8 "$REPORTS/$suite.log"
  [[ -f $REPORTS/$suite.json ]] && python3 tools/junit/junit.py from-jest "$suite" "$REPORTS/$suite.json" > "$JUNIT_DIR/$suite.xml"
  reported "$suite" "$REPORTS/$suite.log" "$JUNIT_DIR/$suite.xml"
}

stage "Jest: every library and app"
jest_suite jest jest.config.cjs

# One real Fluss 0.9.1 cluster (coordinator, tablet server, own ZooKeeper) for every Fluss suite.
FLUSS_DIR=$ROOT/.cache/run/fluss-ci
stage "start a real Fluss cluster (tools/fluss.sh)"
# Its servers also listen with SASL/PLAIN on port + 1000 (tools/fluss.sh --sasl), for one user with a
# password made for this run: the Java client e2e on Fluss and the adapter's SASL tests go through them.
FLUSS_SASL_CREDENTIALS=hbase:$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
FLUSS_SASL_BOOTSTRAP=127.0.0.1:10133
fluss=$(timeout 600 bash tools/fluss.sh start --clean --dir "$FLUSS_DIR" --zk-port 2393 --coordinator-port 9133 --tablet-port-base 9134 \
  --sasl "$FLUSS_SASL_CREDENTIALS" 2> "$REPORTS/fluss-start.log")
outcome fluss-start $? "$REPORTS/fluss-start.log" || fluss=

# surefire SUITE LOG: the Maven Surefire reports of tests/java-e2e/target-<SUITE minus java-e2e->.
surefire() {
  local dir=tests/java-e2e/target-${1#java-e2e-}/surefire-reports
  mkdir -p "$JUNIT_DIR/$1"
  cp "$dir"/TEST-*.xml "$JUNIT_DIR/$1/" 2>/dev/null
  reported "$1" "$2" "$JUNIT_DIR/$1"/TEST-*.xml
}
if [[ -f tests/java-e2e/run.sh ]]; then
  for version in 2.6.4-hadoop3 2.5.11-hadoop3; do
    for registry in zk rpc; do
      stage "HBase Java client $version, $registry registry"
      log=$REPORTS/java-e2e-$version-$registry.log
      timeout 900 bash tests/java-e2e/run.sh --hbase-version "$version" --registry "$registry" > "$log" 2>&1
      surefire java-e2e-$version-$registry "$log"
    done
  done
  stage "HBase Java client 2.6.4, ZooKeeper registry, gateway on the Fluss engine through its SASL/PLAIN listener"
  log=$REPORTS/java-e2e-fluss.log
  if [[ -n $fluss ]]; then
    timeout 900 bash tests/java-e2e/run.sh --hbase-version 2.6.4-hadoop3 --registry zk --fluss "$FLUSS_SASL_BOOTSTRAP" \
      --fluss-sasl "$FLUSS_SASL_CREDENTIALS" > "$log" 2>&1
    surefire java-e2e-2.6.4-hadoop3-zk-fluss "$log"
  else
    outcome "java-e2e fluss (no Fluss cluster)" 1
  fi
fi

stage "the three apps of a node answer (sidecar, admin API)"
timeout 300 bash tools/apps-smoke.sh > "$REPORTS/apps-smoke.log" 2>&1
reported apps-smoke "$REPORTS/apps-smoke.log" "$JUNIT_DIR/apps-smoke.xml" || cat "$REPORTS/apps-smoke.log"
grep -q '^FAILED' "$REPORTS/apps-smoke.log" && cat "$REPORTS/apps-smoke.log"

stage "the admin dashboard in headless Chromium (servers with rates, a stopped one disappears)"
timeout 600 bash tools/dashboard-test.sh ${fluss:+--fluss "$fluss"} > "$REPORTS/dashboard.log" 2>&1
reported dashboard "$REPORTS/dashboard.log" "$JUNIT_DIR/dashboard.xml" || cat "$REPORTS/dashboard.log"

stage "fuzzing: mutated client traffic and random frames through a real gateway (CI variant, fixed seed)"
timeout 300 bash tools/fuzz/run.sh --ci --seed 20261201 > "$REPORTS/fuzz.log" 2>&1
reported fuzz "$REPORTS/fuzz.log" "$JUNIT_DIR/fuzz.xml" || tail -40 "$REPORTS/fuzz.log"

stage "TLS on the RPC port: the HBase 2.6 Java client's own TLS settings, both registries, mutual TLS, reload, and a real HBase 2.6 configured the same"
script_suite tls 600 tools/tls-test.sh --reference

stage "authorization: grants, revokes and denials through the Java client and the shell, against HBase 2.6.4 with its AccessController"
timeout 900 bash tools/acl-differential.sh --shell > "$REPORTS/acl-differential.log" 2>&1 || tail -40 "$REPORTS/acl-differential.log"
reported acl-differential "$REPORTS/acl-differential.log" "$JUNIT_DIR/acl-differential.xml" "$JUNIT_DIR/acl-shell.xml"

stage "differential suite: the Java client against a real HBase 2.6 and the gateway"
# With a Fluss cluster, a second gateway on the Fluss engine runs every scenario too.
# The compatibility page this run shows is kept beside the reports (docs/compatibility.md is that page
# from a run that passed).
timeout 1800 bash tools/differential.sh ${fluss:+--fluss "$fluss"} --doc-to "$REPORTS/compatibility.md" > "$REPORTS/differential.log" 2>&1
grep -E '^(DIFFERS|documented)|^scenarios' "$REPORTS/differential.log"
reported differential "$REPORTS/differential.log" "$JUNIT_DIR/differential.xml"

stage "HBase shell: the same script against a real HBase 2.6 and the gateway"
timeout 900 bash tools/shell-compat.sh > "$REPORTS/shell-compat.log" 2>&1
reported shell-compat "$REPORTS/shell-compat.log" "$JUNIT_DIR/shell-compat.xml"
grep -E '^(---|\+\+\+|[-+@ ])' "$REPORTS/shell-compat.log" | sed -n '1,80p'

stage "independent HBase clients (hbase-driver, hbase-rpc-client, asynchbase, Java AsyncConnection 2.6 and 3.0) against a real HBase 2.6 and the gateway"
timeout 1500 bash tools/client-compat.sh > "$REPORTS/client-compat.log" 2>&1
reported client-compat "$REPORTS/client-compat.log" "$JUNIT_DIR/client-compat.xml"

if [[ -f tools/ycsb-smoke.sh ]]; then
  stage "YCSB smoke (workloads A and C through ZooKeeper)"
  timeout 600 bash tools/ycsb-smoke.sh > "$REPORTS/ycsb-smoke.log" 2>&1
  outcome ycsb-smoke $? "$REPORTS/ycsb-smoke.log"
fi

stage "Fluss client and engine against the real cluster (interop with the Java client, tablet restart)"
if [[ -n $fluss ]]; then
  export FLUSS_BOOTSTRAP=$fluss FLUSS_DIR FLUSS_SASL_BOOTSTRAP FLUSS_SASL_CREDENTIALS
  jest_suite fluss-adapter-cluster libs/fluss-adapter/jest.cluster.config.cjs
  jest_suite storage-fluss-cluster libs/storage-fluss/jest.cluster.config.cjs
  unset FLUSS_BOOTSTRAP FLUSS_SASL_BOOTSTRAP FLUSS_SASL_CREDENTIALS
else
  outcome "fluss cluster suites (no Fluss cluster)" 1
fi
stage "metrics: three nodes under load, a private Prometheus, every series from every node, exact counters, every Grafana panel's PromQL"
if [[ -n $fluss ]]; then script_suite metrics-check 600 tools/metrics-check.sh --fluss "$fluss"; else outcome "metrics-check (no Fluss cluster)" 1; fi
stage "cluster mode: three gateway nodes on ZooKeeper and Fluss (membership, spread, increments, failover, drain, rolling restart with increments)"
if [[ -n $fluss ]]; then script_suite cluster-test 1200 tools/cluster-test.sh --fluss "$fluss"; else outcome "cluster-test (no Fluss cluster)" 1; fi
timeout 120 bash tools/fluss.sh stop --dir "$FLUSS_DIR" > "$REPORTS/fluss-stop.log" 2>&1 || cat "$REPORTS/fluss-stop.log"

stage "Fluss outage through the HBase Java client (retriable errors, no hang, resumes, nothing lost)"
script_suite fluss-outage 600 tools/fluss-outage-test.sh

# Last, as it is the longest: docker-compose.yml for real on podman (Debian-built bases, no registry),
# its host ports moved off the ones the suites above use.
stage "compose: docker-compose.yml on podman (3 gateway + sidecar pairs, admin API, ZooKeeper, Fluss, Prometheus), YCSB through a crash and a kill, the host Java client, the admin token, down -v"
(export COMPOSE_PROJECT=hbasecompat-ci GATEWAY1_PORT=36020 GATEWAY2_PORT=36021 GATEWAY3_PORT=36022 SIDECAR1_PORT=36030 \
   SIDECAR2_PORT=36031 SIDECAR3_PORT=36032 ADMIN_HOST_PORT=38080 ZK_HOST_PORT=32181 PROMETHEUS_HOST_PORT=39090
 script_suite compose 2400 tools/compose/check.sh)

stage "done in $(( $(date +%s) - started ))s: every suite's JUnit XML under $JUNIT_DIR"
python3 tools/junit/junit.py sum "$JUNIT_DIR"
