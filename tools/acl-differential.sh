#!/usr/bin/env bash
# The authorization differential check (issue 12, item 5): the same grants, revokes, permission
# listings and allowed/denied reads, writes and DDL (tests/differential/.../AclCheck.java, ids "acl-")
# against a real HBase 2.6.4 running its AccessController (tools/reference-hbase.sh --authorization)
# and against a gateway with hbase.security.authorization=true; every step's outcome, the exception
# class and message included, must be identical.
#   tools/acl-differential.sh [--gateway-only] [--fluss HOST:PORT] [--shell]
# --shell also runs tests/shell/acl.hbsh (grant, revoke, user_permission) through the HBase shell
# (tools/shell-compat.sh's driver) on both and compares the outputs block by block
# (JUnit: $JUNIT_DIR/acl-shell.xml, acl-shell-fluss.xml with --fluss).
# --fluss HOST:PORT runs the gateway on the Fluss engine against that cluster (a database prefix of
# its own). The process user is the superuser on both sides. JUnit: $JUNIT_DIR/acl-differential.xml
# (acl-differential-fluss.xml with --fluss).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/lib/node.sh"
gateway_only=0; fluss=; shell=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --gateway-only) gateway_only=1; shift ;;
    --fluss) fluss=$2; shift 2 ;;
    --shell) shell=1; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
me=$(id -un)
reports=$ROOT/.cache/reports/acl-differential
suffix=; [[ -z $fluss ]] || suffix=-fluss
junit=${JUNIT_DIR:-$ROOT/.cache/reports/junit}/acl-differential$suffix.xml
work=$(mktemp -d "${TMPDIR:-/tmp}/acl-differential.XXXXXX")
zk_port=$(free_port); gw_port=$(free_port)
cleanup() {
  stop_gateway "$work"
  mkdir -p "$reports" && cp "$work/gateway.log" "$reports/gateway.log" 2>/dev/null || true
  bash "$ROOT/tools/zookeeper.sh" stop --port "$zk_port" --dir "$work/zk" >/dev/null 2>&1 || true
  [[ $gateway_only == 1 ]] || bash "$ROOT/tools/reference-hbase.sh" stop --dir "$work/reference" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
[[ -n ${GATEWAY_MAIN:-} || -f $ROOT/dist/apps/rpc-gateway/main.js ]] || (cd "$ROOT" && NX_DAEMON=false npx nx build rpc-gateway --outputStyle=static >/dev/null)
mvn -B -q -f "$ROOT/tests/differential/pom.xml" -Dmaven.repo.local="$ROOT/.cache/m2" compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >&2
run_check() { # run_check ZK_HOST:PORT OUT
  java --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
    -Dorg.apache.hbase.thirdparty.io.netty.tryReflectionSetAccessible=true -Dorg.slf4j.simpleLogger.defaultLogLevel=off \
    -cp "$ROOT/tests/differential/target/classes:$(cat "$work/cp.txt")" hbasecompat.diff.AclCheck "$1" "$2" 2>>"$reports/client.log"
}
# run_shell ZK_PORT OUT: tests/shell/acl.hbsh through the HBase shell (driver as in tools/shell-compat.sh).
run_shell() {
  [[ $shell == 1 ]] || return 0
  local jars
  jars=$(timeout 900 bash "$ROOT/tools/deps/maven-jars.sh" hbase-shell-2.4)
  timeout 600 java -XX:TieredStopAtLevel=1 -Xmx512m -Duser.timezone=UTC \
    --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.lang.reflect=ALL-UNNAMED \
    --add-opens java.base/java.io=ALL-UNNAMED --add-opens java.base/java.nio=ALL-UNNAMED \
    --add-opens java.base/sun.nio.ch=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED \
    -Dorg.apache.hbase.thirdparty.io.netty.tryReflectionSetAccessible=true \
    -Dlog4j.configuration="file:$ROOT/tests/shell/log4j.properties" \
    -cp "$jars/*" org.jruby.Main "$ROOT/tests/shell/driver.rb" --zk-port "$1" "$ROOT/tests/shell/acl.hbsh" >"$2" 2>>"$reports/shell.log" </dev/null
}
mkdir -p "$reports" "$(dirname "$junit")"
if [[ $gateway_only == 0 ]]; then
  ref_zk=$(free_port); ref_master=$(free_port); ref_rs=$(free_port)
  bash "$ROOT/tools/reference-hbase.sh" start --dir "$work/reference" --zk-port "$ref_zk" --master-port "$ref_master" --rs-port "$ref_rs" --authorization "$me" >&2
  run_check "127.0.0.1:$ref_zk" "$reports/reference.txt"
  run_shell "$ref_zk" "$reports/reference.shell.out"
fi
bash "$ROOT/tools/zookeeper.sh" start --port "$zk_port" --dir "$work/zk" >&2
extra=()
[[ -z $fluss ]] || extra=(--hbase.compat.fluss.bootstrap.servers="$fluss" --hbase.compat.fluss.database.prefix="acl$(date +%s)_")
target=gateway; [[ -z $fluss ]] || target=gateway-fluss
start_gateway "$work" "$gw_port" --hbase.zookeeper.quorum="127.0.0.1:$zk_port" --hbase.security.authorization=true --hbase.superuser="$me" "${extra[@]}"
run_check "127.0.0.1:$zk_port" "$reports/$target.txt"
run_shell "$zk_port" "$reports/$target.shell.out"
shell_status=0
if [[ $shell == 1 ]]; then
  mkdir -p "$reports/shell-$target"
  python3 "$ROOT/tests/shell/compare.py" "$reports/reference.shell.out" "$reports/$target.shell.out" "$reports/shell-$target" \
    "$(dirname "$junit")/acl-shell$suffix.xml" || shell_status=1
fi
[[ -f $reports/reference.txt ]] || { echo "no reference output in $reports (run once without --gateway-only)" >&2; exit 1; }
# One JUnit case per step: identical lines pass, any other outcome fails with both lines.
python3 - "$reports/reference.txt" "$reports/$target.txt" "$junit" "$target" <<'PY'
import sys, xml.sax.saxutils as x
ref_path, got_path, junit, target = sys.argv[1:]
def steps(path):
    out = {}
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        out[line.split(' ', 1)[0]] = line
    return out
ref, got = steps(ref_path), steps(got_path)
cases, failed = [], 0
for sid, line in ref.items():
    other = got.get(sid, '(missing)')
    ok = other == line
    failed += 0 if ok else 1
    body = '' if ok else '<failure message="differs">%s</failure>' % x.escape('reference: %s\n%s: %s' % (line, target, other))
    cases.append('<testcase classname="acl-differential.%s" name="%s">%s</testcase>' % (target, x.escape(sid), body))
    if not ok: print('DIFF %s\n  reference: %s\n  %s: %s' % (sid, line, target, other))
with open(junit, 'w', encoding='utf-8') as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="acl-differential-%s" tests="%d" failures="%d">%s</testsuite>\n' % (target, len(ref), failed, ''.join(cases)))
print('%s: %d of %d steps identical to HBase 2.6.4' % (target, len(ref) - failed, len(ref)))
sys.exit(1 if failed else 0)
PY
exit "$shell_status"
