#!/usr/bin/env bash
# Installs everything the tests need (tools/setup.sh --test) and runs every suite:
#   static checks (typecheck, lint), Jest (unit, golden bytes, properties, in-process gateway,
#   real ZooKeeper), the real HBase Java client end-to-end suites (2.6 and 2.5, ZooKeeper and
#   RPC registries), the apps smoke, the differential suite against a real HBase 2.6, and a YCSB
#   smoke run, and the HBase shell script compared against a real HBase, each against servers the suites start themselves.
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

stage "Jest: every library and app"
rm -f "$REPORTS/jest.json"
timeout 900 npx jest -c jest.config.cjs --ci --forceExit --json --outputFile="$REPORTS/jest.json" 2> "$REPORTS/jest.log"
tail -8 "$REPORTS/jest.log"
if [[ -f $REPORTS/jest.json ]]; then
  read -r jp jf <<< "$(node -e '
    const r = require(process.argv[1]);
    const broken = r.testResults.filter((t) => t.status === "failed" && t.assertionResults.length === 0).length;
    console.log(r.numPassedTests, r.numFailedTests + broken);' "$REPORTS/jest.json")"
  count "$jp" "$jf" "jest"
else
  count 0 1 "jest (no report)"
fi

if [[ -x tests/java-e2e/run.sh || -f tests/java-e2e/run.sh ]]; then
  for version in 2.6.4-hadoop3 2.5.11-hadoop3; do
    for registry in zk rpc; do
      stage "HBase Java client $version, $registry registry"
      log=$REPORTS/java-e2e-$version-$registry.log
      timeout 900 bash tests/java-e2e/run.sh --hbase-version "$version" --registry "$registry" > "$log" 2>&1
      line=$(grep -oE 'java-e2e\[[^]]*\]: [0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
      if [[ -n $line ]]; then
        p=$(sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed.*/\1/' <<< "$line")
        f=$(sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed.*/\2/' <<< "$line")
        [[ $f -gt 0 ]] && tail -60 "$log"
        count "$p" "$f" "java-e2e $version $registry"
      else
        tail -60 "$log"
        count 0 1 "java-e2e $version $registry (no summary)"
      fi
    done
  done
fi

stage "the three apps of a node answer (sidecar, admin API)"
timeout 300 bash tools/apps-smoke.sh > "$REPORTS/apps-smoke.log" 2>&1
line=$(grep -E '^apps-smoke: [0-9]+ passed, [0-9]+ failed' "$REPORTS/apps-smoke.log" | tail -1)
if [[ -n $line ]]; then
  p=$(sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed.*/\1/' <<< "$line")
  f=$(sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed.*/\2/' <<< "$line")
  [[ $f -gt 0 ]] && cat "$REPORTS/apps-smoke.log"
  count "$p" "$f" "apps-smoke"
else
  tail -30 "$REPORTS/apps-smoke.log"
  count 0 1 "apps-smoke (no summary)"
fi

stage "differential suite: the Java client against a real HBase 2.6 and the gateway"
timeout 1500 bash tools/differential.sh > "$REPORTS/differential.log" 2>&1
line=$(grep -oE 'differential: [0-9]+ passed, [0-9]+ failed' "$REPORTS/differential.log" | tail -1)
if [[ -n $line ]]; then
  p=$(sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed.*/\1/' <<< "$line")
  f=$(sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed.*/\2/' <<< "$line")
  grep -E '^(DIFFERS|documented)|^scenarios' "$REPORTS/differential.log"
  count "$p" "$f" "differential"
else
  tail -40 "$REPORTS/differential.log"
  count 0 1 "differential (no summary)"
fi

stage "HBase shell: the same script against a real HBase 2.6 and the gateway"
timeout 900 bash tools/shell-compat.sh > "$REPORTS/shell-compat.log" 2>&1
line=$(grep -oE '^[0-9]+ passed, [0-9]+ failed$' "$REPORTS/shell-compat.log" | tail -1)
if [[ -n $line ]]; then
  p=$(sed -E 's/([0-9]+) passed, ([0-9]+) failed/\1/' <<< "$line")
  f=$(sed -E 's/([0-9]+) passed, ([0-9]+) failed/\2/' <<< "$line")
  [[ $f == 0 ]] || grep -E '^(---|\+\+\+|[-+@ ])' "$REPORTS/shell-compat.log" | head -80
  count "$p" "$f" "shell-compat"
else
  tail -40 "$REPORTS/shell-compat.log"
  count 0 1 "shell-compat (no summary)"
fi

if [[ -f tools/ycsb-smoke.sh ]]; then
  stage "YCSB smoke (workloads A and C through ZooKeeper)"
  if timeout 600 bash tools/ycsb-smoke.sh > "$REPORTS/ycsb-smoke.log" 2>&1; then
    count 1 0 "ycsb-smoke"
  else
    tail -40 "$REPORTS/ycsb-smoke.log"
    count 0 1 "ycsb-smoke"
  fi
fi

stage "done in $(( $(date +%s) - started ))s"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
