#!/usr/bin/env bash
# Runs YCSB (site.ycsb:core 0.17.0) against an HBase-compatible endpoint found
# through ZooKeeper, using the HBase 2.6 shaded client.
#
# Usage:
#   tools/ycsb.sh --zk HOST:PORT[,HOST:PORT...] --workload a|b|c|d|e|f --phase load|run
#                 [--records N] [--operations N] [--threads N]
#                 [--znode-parent /hbase] [--table usertable] [--family family]
#                 [--max-seconds S] [--target OPS] [--out FILE]
#                 [--retries N] [--conf KEY=VALUE]... [--prop KEY=VALUE]...
#                 [--db CLASS] [--log-level LEVEL] [--allow-not-found] [--create-table REGIONS]
#
#   --zk             ZooKeeper quorum (default 127.0.0.1:2181)
#   --znode-parent   zookeeper.znode.parent (default /hbase)
#   --records        recordcount (default 1000)   --operations  operationcount (default 1000)
#   --threads        client threads (default 1)
#   --table          table (default usertable; must already exist)
#   --family         column family (default family)
#   --max-seconds    YCSB maxexecutiontime
#   --target         target ops/s (YCSB -target)
#   --out            also write the full output (stdout+stderr) to FILE
#   --retries        hbase.client.retries.number (default 3)
#   --conf K=V       extra hbase-site.xml property (repeatable)
#   --prop K=V       extra YCSB property, passed as -p K=V (repeatable)
#   --db             YCSB DB class (default tools.ycsb.HBaseDB, our HBase 2.x
#                    binding; site.ycsb.BasicDB is a no-op DB for self-tests)
#   --log-level      slf4j-simple level for the HBase client (default warn)
#   --allow-not-found  do not fail on Return=NOT_FOUND
#   --create-table N   first create the table (if missing) pre-split into N regions
#
# Env: YCSB_JAVA_OPTS  extra JVM options.
# Exit status: non-zero if YCSB fails, does not finish, or reports any
# operation that did not succeed (Return=ERROR etc., [OP-FAILED], and by
# default Return=NOT_FOUND); a summary table is printed to stderr.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOG_TAG=ycsb; . "$ROOT/tools/lib/common.sh"
readonly ROOT
readonly BINDING_SRC=$ROOT/tools/ycsb/binding/HBaseDB.java
readonly WORKLOADS=$ROOT/tools/ycsb/workloads

need() { [[ $# -ge 2 && -n $2 ]] || die "$1 needs a value"; }

zk=127.0.0.1:2181
znode_parent=/hbase
workload=
phase=
records=1000
operations=1000
threads=1
table=usertable
family=family
max_seconds=
target=
out=
retries=3
db=tools.ycsb.HBaseDB
log_level=warn
allow_not_found=0
create_regions=
declare -a confs=() props=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    --zk) need "$@"; zk=$2; shift 2 ;;
    --znode-parent) need "$@"; znode_parent=$2; shift 2 ;;
    --workload) need "$@"; workload=$2; shift 2 ;;
    --phase) need "$@"; phase=$2; shift 2 ;;
    --records) need "$@"; records=$2; shift 2 ;;
    --operations) need "$@"; operations=$2; shift 2 ;;
    --threads) need "$@"; threads=$2; shift 2 ;;
    --table) need "$@"; table=$2; shift 2 ;;
    --create-table) need "$@"; create_regions=$2; shift 2 ;;
    --family) need "$@"; family=$2; shift 2 ;;
    --max-seconds) need "$@"; max_seconds=$2; shift 2 ;;
    --target) need "$@"; target=$2; shift 2 ;;
    --out) need "$@"; out=$2; shift 2 ;;
    --retries) need "$@"; retries=$2; shift 2 ;;
    --conf) need "$@"; [[ $2 == *=* ]] || die "--conf expects KEY=VALUE"; confs+=("$2"); shift 2 ;;
    --prop) need "$@"; [[ $2 == *=* ]] || die "--prop expects KEY=VALUE"; props+=("$2"); shift 2 ;;
    --db) need "$@"; db=$2; shift 2 ;;
    --log-level) need "$@"; log_level=$2; shift 2 ;;
    --allow-not-found) allow_not_found=1; shift ;;
    -h|--help) usage ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done

[[ $workload =~ ^[a-f]$ ]] || die "--workload must be one of a..f"
[[ $phase == load || $phase == run ]] || die "--phase must be load or run"
is_uint "$records" || die "invalid --records: $records"
is_uint "$operations" || die "invalid --operations: $operations"
if ! is_uint "$threads" || ((threads == 0)); then die "invalid --threads: $threads"; fi
is_uint "$retries" || die "invalid --retries: $retries"
[[ -z $max_seconds ]] || is_uint "$max_seconds" || die "invalid --max-seconds: $max_seconds"
[[ -z $target ]] || is_uint "$target" || die "invalid --target: $target"
[[ $znode_parent == /* ]] || die "--znode-parent must start with /"
workload_file=$WORKLOADS/workload$workload
[[ -f $workload_file ]] || die "missing workload file $workload_file"

# Quorum: entries host[:port]; HBase accepts host:port entries in
# hbase.zookeeper.quorum, and clientPort is taken from the first entry.
IFS=, read -r -a zk_entries <<<"$zk"
((${#zk_entries[@]} > 0)) || die "--zk is empty"
zk_port=2181
first=${zk_entries[0]}
if [[ $first == *:* ]]; then
  zk_port=${first##*:}
fi
is_uint "$zk_port" || die "invalid port in --zk: $zk"
for e in "${zk_entries[@]}"; do
  [[ -n $e ]] || die "empty entry in --zk: $zk"
done

command -v java >/dev/null 2>&1 || die "java not found on PATH"
command -v python3 >/dev/null 2>&1 || die "python3 not found on PATH"

jars=$("$ROOT/tools/deps/maven-jars.sh" ycsb) || die "could not resolve the ycsb jar set"
[[ -d $jars ]] || die "jar folder missing: $jars"

# Compile our HBase binding once per (source, jar set) combination.
command -v javac >/dev/null 2>&1 || die "javac not found (a JDK is required to build the HBase binding)"
key=$(cat "$BINDING_SRC" "$jars/.complete" | sha256sum | cut -c1-16)
binding=$ROOT/.cache/ycsb-binding/$key
if [[ ! -f $binding/.complete ]]; then
  log "compiling HBase binding ($BINDING_SRC)"
  tmp=$ROOT/.cache/ycsb-binding/.tmp.$$
  rm -rf "$tmp"
  mkdir -p "$tmp"
  if ! javac -nowarn -Xlint:none --release 17 -cp "$jars/*" -d "$tmp" "$BINDING_SRC" >"$tmp.log" 2>&1; then
    cat "$tmp.log" >&2
    rm -rf "$tmp" "$tmp.log"
    die "javac failed for $BINDING_SRC"
  fi
  rm -f "$tmp.log"
  touch "$tmp/.complete"
  rm -rf "$binding"
  mv "$tmp" "$binding"
fi

workdir=$(mktemp -d "${TMPDIR:-/tmp}/ycsb.XXXXXX")
trap 'rm -rf "$workdir"' EXIT
confdir=$workdir/conf
mkdir -p "$confdir"

xml_escape() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' <<<"$1"; }
property() {
  printf '  <property>\n    <name>%s</name>\n    <value>%s</value>\n  </property>\n' \
    "$(xml_escape "$1")" "$(xml_escape "$2")"
}
{
  printf '<?xml version="1.0"?>\n<!-- generated by tools/ycsb.sh -->\n<configuration>\n'
  property hbase.zookeeper.quorum "$zk"
  property hbase.zookeeper.property.clientPort "$zk_port"
  property zookeeper.znode.parent "$znode_parent"
  property hbase.client.retries.number "$retries"
  for kv in "${confs[@]}"; do
    property "${kv%%=*}" "${kv#*=}"
  done
  printf '</configuration>\n'
} >"$confdir/hbase-site.xml"

java_opts=(
  -Xms256m -Xmx2g
  # JDK 17: the shaded client (hbase-thirdparty netty, protobuf, Hadoop bits)
  # reflects into these JDK internals.
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED
  --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED
  --add-exports=java.base/sun.net.dns=ALL-UNNAMED
  --add-exports=java.base/sun.net.util=ALL-UNNAMED
  --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  -Dorg.apache.hbase.thirdparty.io.netty.tryReflectionSetAccessible=true
  -Dorg.slf4j.simpleLogger.defaultLogLevel="$log_level"
  -Dorg.slf4j.simpleLogger.showDateTime=true
  -Djava.net.preferIPv4Stack=true
)
if [[ -n ${YCSB_JAVA_OPTS:-} ]]; then
  read -r -a extra_opts <<<"$YCSB_JAVA_OPTS"
  java_opts+=("${extra_opts[@]}")
fi

ycsb_args=(
  "$([[ $phase == load ]] && echo -load || echo -t)"
  -db "$db"
  -P "$workload_file"
  -p "recordcount=$records"
  -p "operationcount=$operations"
  -p "table=$table"
  -p "columnfamily=$family"
  -threads "$threads"
  -s
)
if [[ -n $max_seconds ]]; then
  ycsb_args+=(-p "maxexecutiontime=$max_seconds")
fi
if [[ -n $target ]]; then
  ycsb_args+=(-target "$target")
fi
for kv in "${props[@]}"; do
  ycsb_args+=(-p "$kv")
done

if [[ -n $create_regions ]]; then
  log "creating table $table ($family) with $create_regions regions if missing"
  java "${java_opts[@]}" -cp "$confdir:$binding:$jars/*" tools.ycsb.HBaseDB create-table "$table" "$family" "$create_regions" >&2 \
    || die "could not create table $table"
fi

output=${out:-$workdir/ycsb.out}
if [[ -n $out ]]; then
  mkdir -p "$(dirname "$out")"
fi
log "workload $workload, phase $phase: records=$records operations=$operations threads=$threads table=$table family=$family zk=$zk$znode_parent db=$db"
rc=0
{
  printf '# ycsb.sh workload=%s phase=%s db=%s threads=%s records=%s operations=%s table=%s zk=%s%s\n' \
    "$workload" "$phase" "$db" "$threads" "$records" "$operations" "$table" "$zk" "$znode_parent"
  java "${java_opts[@]}" -cp "$confdir:$binding:$jars/*" site.ycsb.Client "${ycsb_args[@]}" 2>&1
} | tee "$output" || rc=$?

summary_args=()
((allow_not_found)) || summary_args+=(--strict)
if python3 "$ROOT/tools/ycsb-summary.py" "${summary_args[@]}" "$output" >&2; then
  summary_rc=0
else
  summary_rc=$?
fi
if ((rc != 0)); then
  die "YCSB exited with status $rc"
fi
case $summary_rc in
  0) log "OK" ;;
  1) die "YCSB reported failed operations (see above)" ;;
  *) die "YCSB did not complete or executed no operation (see above)" ;;
esac
