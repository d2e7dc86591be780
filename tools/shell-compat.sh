#!/usr/bin/env bash
# HBase shell compatibility: runs the real HBase shell (hbase-shell 2.4.17, the newest on Maven
# Central, on JRuby 9.2.13.0) through the same script of commands against a real HBase 2.6
# (tools/reference-hbase.sh) and against a gateway (with its own ZooKeeper), normalizes what must
# differ between two servers (timestamps, elapsed times, server and region names; see
# tests/shell/compare.py), and compares the outputs command by command.
#   tools/shell-compat.sh [--keep]
#     --keep   keep the run directory (raw and normalized outputs, server logs) even on success;
#              it is always kept when something differs or fails.
# Files: tests/shell/script.hbsh (the commands), tests/shell/driver.rb (runs them in the shell),
#        tests/shell/compare.py (normalizes, diffs), tests/shell/log4j.properties.
# Exit 0 only if every block is identical. Progress goes to stderr; stdout carries the unified diff
# of each differing block and, as its last line, always "N passed, N failed" (one check per command
# block, plus one if a run did not get through the script). About 2 minutes on 2 cores.
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOG_TAG=shell-compat; . "$ROOT/tools/lib/common.sh"
. "$ROOT/tools/lib/node.sh"
keep=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --keep) keep=1; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2; exit 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
# A target that cannot be set up is a failure of the whole check, said loudly, still ending with
# the summary line a CI script sums.
die() { printf '[shell-compat] ERROR: %s\n' "$*" >&2; echo '0 passed, 1 failed'; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/shell-compat.XXXXXX")
ref_zk=$(free_port); ref_master=$(free_port); ref_rs=$(free_port)
gw_zk=$(free_port); gw_port=$(free_port)
ref_started=0; zk_started=0
status=1
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  stop_gateway "$work/gateway" || true
  [[ $zk_started == 0 ]] || bash "$ROOT/tools/zookeeper.sh" stop --port "$gw_zk" --dir "$work/zk" >/dev/null 2>&1 || true
  [[ $ref_started == 0 ]] || bash "$ROOT/tools/reference-hbase.sh" stop --dir "$work/reference" >/dev/null 2>&1 || true
  if [[ $keep == 1 || $status != 0 ]]; then
    log "run directory kept: $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
t0=$SECONDS
since() { echo "$((SECONDS - $1))s"; }

# Everything the servers and the shell need, before any server starts.
jars=$(timeout 900 bash "$ROOT/tools/deps/maven-jars.sh" hbase-shell-2.4) || die "could not resolve the hbase-shell-2.4 jars"
if [[ ! -f $ROOT/dist/apps/rpc-gateway/main.js ]]; then
  (cd "$ROOT" && NX_DAEMON=false timeout 900 npx nx build rpc-gateway --outputStyle=static >&2) || die "gateway build failed"
fi

t=$SECONDS
ref_started=1
timeout 400 bash "$ROOT/tools/reference-hbase.sh" start --dir "$work/reference" --zk-port "$ref_zk" \
  --master-port "$ref_master" --rs-port "$ref_rs" >&2 || die "the reference HBase did not start (logs: $work/reference)"
log "reference HBase up on zk 127.0.0.1:$ref_zk in $(since "$t")"
t=$SECONDS
zk_started=1
timeout 120 bash "$ROOT/tools/zookeeper.sh" start --port "$gw_zk" --dir "$work/zk" >&2 || die "ZooKeeper for the gateway did not start (logs: $work/zk)"
start_gateway "$work/gateway" "$gw_port" --hbase.zookeeper.quorum="127.0.0.1:$gw_zk" >&2 || die "the gateway did not start (log: $work/gateway/gateway.log)"
log "gateway up on zk 127.0.0.1:$gw_zk (rpc port $gw_port) in $(since "$t")"

# run_shell NAME ZK_PORT: the script through the shell against one target, stdout to $work/NAME.out.
run_shell() {
  local name=$1 port=$2 t=$SECONDS rc=0
  timeout 1200 java -XX:TieredStopAtLevel=1 -Xmx512m -Duser.timezone=UTC \
    --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.lang.reflect=ALL-UNNAMED \
    --add-opens java.base/java.io=ALL-UNNAMED --add-opens java.base/java.nio=ALL-UNNAMED \
    --add-opens java.base/sun.nio.ch=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED \
    -Dorg.apache.hbase.thirdparty.io.netty.tryReflectionSetAccessible=true \
    -Dlog4j.configuration="file:$ROOT/tests/shell/log4j.properties" \
    -cp "$jars/*" org.jruby.Main "$ROOT/tests/shell/driver.rb" --zk-port "$port" "$ROOT/tests/shell/script.hbsh" \
    >"$work/$name.out" 2>"$work/$name.err" </dev/null || rc=$?
  if [[ $rc != 0 ]]; then
    log "the shell run against the $name exited with status $rc after $(since "$t"); its stderr ends with:"
    tail -n 20 "$work/$name.err" >&2 || true
  else
    log "shell run against the $name: $(grep -c '^### [0-9]' "$work/$name.out") commands in $(since "$t")"
  fi
}
run_shell reference "$ref_zk"
run_shell gateway "$gw_zk"
[[ -s $work/reference.out ]] || die "the shell produced no output against the reference (see $work/reference.err)"
grep -qx '### end' "$work/reference.out" || die "the shell did not get through the script against the reference (see $work/reference.err)"

log "normalized outputs: $work/reference.normalized $work/gateway.normalized (total $(since "$t0"))"
set +e
python3 "$ROOT/tests/shell/compare.py" "$work/reference.out" "$work/gateway.out" "$work" "${JUNIT_DIR:-$ROOT/.cache/reports/junit}/shell-compat.xml"
status=$?
set -e
exit "$status"
