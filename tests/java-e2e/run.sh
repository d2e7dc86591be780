#!/usr/bin/env bash
# Runs the Java end-to-end suite for one client version and registry mode:
#   tests/java-e2e/run.sh [--hbase-version 2.6.4-hadoop3|2.5.11-hadoop3] [--registry zk|rpc] [--test Pattern]
# Builds the gateway first if dist/ lacks it. Ends with "java-e2e[<version>,<mode>]: N passed, N failed".
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
version=2.6.4-hadoop3
registry=zk
test_filter=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --hbase-version) version=$2; shift 2 ;;
    --registry) registry=$2; shift 2 ;;
    --test) test_filter=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
if [[ ! -f $ROOT/dist/apps/rpc-gateway/main.js ]]; then
  (cd "$ROOT" && NX_DAEMON=false npx nx build rpc-gateway --outputStyle=static) || exit 1
fi
build_dir=target-$version-$registry
rm -rf "$HERE/$build_dir/surefire-reports"
args=(-B -q -f "$HERE/pom.xml" -Dmaven.repo.local="$ROOT/.cache/m2" -Dhbase.version="$version" -De2e.registry="$registry" -DbuildDir="$build_dir")
[[ -n $test_filter ]] && args+=(-Dtest="$test_filter")
mvn "${args[@]}" test
rc=$?
reports=("$HERE/$build_dir"/surefire-reports/TEST-*.xml)
if [[ ! -f ${reports[0]} ]]; then
  echo "java-e2e[$version,$registry]: 0 passed, 1 failed (no test reports: the suite did not run)"
  exit 1
fi
read -r total failures errors skipped <<<"$(python3 - "${reports[@]}" <<'PY'
import sys, xml.etree.ElementTree as ET
t = f = e = s = 0
for p in sys.argv[1:]:
    r = ET.parse(p).getroot()
    t += int(r.get('tests', 0)); f += int(r.get('failures', 0)); e += int(r.get('errors', 0)); s += int(r.get('skipped', 0))
print(t, f, e, s)
PY
)"
failed=$((failures + errors + skipped))
passed=$((total - failed))
printf "\njava-e2e[%s,%s]: %s passed, %s failed\n" "$version" "$registry" "$passed" "$failed"
[[ $rc -eq 0 && $failed -eq 0 ]]
