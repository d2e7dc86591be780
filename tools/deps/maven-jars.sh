#!/usr/bin/env bash
# Resolves a named set of Maven Central artifacts, with all their runtime
# transitive dependencies, into a flat folder of jars and prints its path.
#
# Usage:
#   tools/deps/maven-jars.sh <set>      # resolve (if needed); print folder on stdout
#   tools/deps/maven-jars.sh --list     # list the known sets
#
# Sets:
#   hbase-client-2.5   org.apache.hbase:hbase-shaded-client:2.5.11-hadoop3 + slf4j-simple
#   hbase-client-2.6   org.apache.hbase:hbase-shaded-client:2.6.4-hadoop3  + slf4j-simple
#   hbase-server-2.6   org.apache.hbase:hbase-server:2.6.4-hadoop3 (+ hbase-zookeeper, log4j2): a reference HBase
#   fluss-server-0.9   org.apache.fluss:fluss-server:0.9.1-incubating (+ log4j2): a real Fluss cluster
#   fluss-client-0.9   org.apache.fluss:fluss-client:0.9.1-incubating + slf4j-simple: interop checks
#   hbase-shell-2.4    org.apache.hbase:hbase-shell:2.4.17 + jruby-complete (newest shell on Central)
#   ycsb               site.ycsb:core:0.17.0 + hbase-shaded-client 2.6.4-hadoop3
#                      + slf4j-simple (the HBase binding is ours, compiled by
#                      tools/ycsb.sh: YCSB publishes no binding jars to Central)
#   asynchbase-1.8     org.hbase:asynchbase:1.8.2 + slf4j-simple: tests/clients (OpenTSDB's client)
#   hbase-client-3.0   org.apache.hbase:hbase-shaded-client:3.0.0-alpha-3 + slf4j-simple: tests/clients
#                      (the newest shaded 3.0 client on Central)
#   hbase-thrift-2.6   org.apache.hbase:hbase-thrift:2.6.1 (+ log4j2): the stock Thrift server
#                      (org.apache.hadoop.hbase.thrift.ThriftServer) for happybase in tests/clients
#
# Output:  $ROOT/.cache/jars/<set>/*.jar   (throw-away pom: $ROOT/.cache/poms/<set>/pom.xml,
#          local repo: $ROOT/.cache/m2). Idempotent: nothing is done when
#          <set>/.complete records the same coordinates.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=maven-jars; . "$ROOT/tools/lib/common.sh"
readonly ROOT
readonly CACHE=$ROOT/.cache
readonly M2=$CACHE/m2
readonly DEP_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1


# Versions (checked against Central's maven-metadata.xml for hbase-shaded-client:
# 2.5.11-hadoop3 and 2.6.4-hadoop3 are the newest of their lines).
readonly HBASE_25=2.5.11-hadoop3
readonly HBASE_26=2.6.4-hadoop3
# Both shaded clients depend on slf4j-api 1.7.33; use the matching binding.
readonly SLF4J=1.7.33
readonly YCSB=0.17.0
# Newest Fluss release on Central (maven-metadata.xml, 2026-11-25).
readonly FLUSS=0.9.1-incubating

# One coordinate per line: group:artifact:version[:type] [exclude=g:a,g:a,...]
set_coords() {
  case "$1" in
    hbase-client-2.5)
      printf '%s\n' "org.apache.hbase:hbase-shaded-client:$HBASE_25" "org.slf4j:slf4j-simple:$SLF4J" ;;
    hbase-client-2.6)
      printf '%s\n' "org.apache.hbase:hbase-shaded-client:$HBASE_26" "org.slf4j:slf4j-simple:$SLF4J" ;;
    ycsb)
      printf '%s\n' "site.ycsb:core:$YCSB" "org.apache.hbase:hbase-shaded-client:$HBASE_26" "org.slf4j:slf4j-simple:$SLF4J" ;;
    hbase-server-2.6)
      # A standalone HMaster (master + region server + embedded ZooKeeper in one JVM): the
      # reference HBase of the differential suite. Logging through log4j2, as HBase 2.6 ships.
      printf '%s\n' "org.apache.hbase:hbase-server:$HBASE_26" "org.apache.hbase:hbase-zookeeper:$HBASE_26" \
        "org.apache.logging.log4j:log4j-slf4j-impl:2.17.2" "org.apache.logging.log4j:log4j-core:2.17.2" "org.apache.logging.log4j:log4j-1.2-api:2.17.2" ;;
    fluss-server-0.9)
      # Coordinator and tablet server main classes live in fluss-server; logging via log4j2.
      printf '%s\n' "org.apache.fluss:fluss-server:$FLUSS" \
        "org.apache.logging.log4j:log4j-slf4j-impl:2.17.2" "org.apache.logging.log4j:log4j-core:2.17.2" ;;
    fluss-client-0.9)
      printf '%s\n' "org.apache.fluss:fluss-client:$FLUSS" "org.slf4j:slf4j-simple:1.7.36" ;;
    hbase-shell-2.4)
      # hbase-shell 2.4.17 is the newest shell Maven Central serves (2.5/2.6 are not published), with
      # the JRuby HBase 2.4.17 pins. It brings log4j 1.2 + slf4j-log4j12 itself: no second slf4j
      # binding (tools/shell-compat.sh configures log4j).
      printf '%s\n' "org.apache.hbase:hbase-shell:2.4.17" "org.jruby:jruby-complete:9.2.13.0" ;;
    asynchbase-1.8)
      # OpenTSDB's HBase client (its own Netty 3 RPC stack); used by tests/clients/asynchbase.
      printf '%s\n' "org.hbase:asynchbase:1.8.2" "org.slf4j:slf4j-simple:1.7.36" ;;
    hbase-client-3.0)
      printf '%s\n' "org.apache.hbase:hbase-shaded-client:3.0.0-alpha-3 exclude=org.slf4j:slf4j-reload4j,ch.qos.reload4j:reload4j" "org.slf4j:slf4j-simple:1.7.36" ;;
    hbase-thrift-2.6)
      # The stock HBase Thrift server (newest hbase-thrift on Central: 2.6.1), run unmodified in
      # front of either side; logging through log4j2 as HBase 2.6 ships.
      printf '%s\n' "org.apache.hbase:hbase-thrift:2.6.1 exclude=org.slf4j:slf4j-reload4j,ch.qos.reload4j:reload4j" \
        "org.apache.logging.log4j:log4j-slf4j-impl:2.17.2" "org.apache.logging.log4j:log4j-core:2.17.2" "org.apache.logging.log4j:log4j-1.2-api:2.17.2" ;;
    *) return 1 ;;
  esac
}
readonly KNOWN_SETS=(hbase-client-2.5 hbase-client-2.6 ycsb hbase-server-2.6 fluss-server-0.9 fluss-client-0.9 hbase-shell-2.4 asynchbase-1.8 hbase-client-3.0 hbase-thrift-2.6)

xml_escape() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' <<<"$1"; }

write_pom() {
  local set=$1 coords=$2 pom=$3
  {
    cat <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by tools/deps/maven-jars.sh for set '$(xml_escape "$set")'; throw-away. -->
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.tools.jars</groupId>
  <artifactId>$(xml_escape "$set")</artifactId>
  <version>0</version>
  <packaging>pom</packaging>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
EOF
    local line gav excl g a v t e eg ea
    while IFS= read -r line; do
      [[ -n $line ]] || continue
      gav=${line%% *}
      excl=
      [[ $line == *" exclude="* ]] && excl=${line#* exclude=}
      IFS=: read -r g a v t <<<"$gav"
      [[ -n $g && -n $a && -n $v ]] || die "bad coordinate: $line"
      printf '    <dependency>\n      <groupId>%s</groupId>\n      <artifactId>%s</artifactId>\n      <version>%s</version>\n' \
        "$(xml_escape "$g")" "$(xml_escape "$a")" "$(xml_escape "$v")"
      [[ -n $t ]] && printf '      <type>%s</type>\n' "$(xml_escape "$t")"
      if [[ -n $excl ]]; then
        printf '      <exclusions>\n'
        local -a ex
        IFS=, read -r -a ex <<<"$excl"
        for e in "${ex[@]}"; do
          IFS=: read -r eg ea <<<"$e"
          printf '        <exclusion><groupId>%s</groupId><artifactId>%s</artifactId></exclusion>\n' \
            "$(xml_escape "$eg")" "$(xml_escape "${ea:-*}")"
        done
        printf '      </exclusions>\n'
      fi
      printf '    </dependency>\n'
    done <<<"$coords"
    cat <<EOF
  </dependencies>
</project>
EOF
  } >"$pom"
}

[[ $# -eq 1 ]] || usage
case "$1" in
  -h|--help|help) usage ;;
  --list) printf '%s\n' "${KNOWN_SETS[@]}"; exit 0 ;;
esac
set_name=$1
coords=$(set_coords "$set_name") || die "unknown set '$set_name' (known: ${KNOWN_SETS[*]})"

out=$CACHE/jars/$set_name
pomdir=$CACHE/poms/$set_name
stamp_content=$(printf 'plugin=%s\n%s\n' "$DEP_PLUGIN" "$coords")

is_complete() {
  [[ -f $out/.complete ]] && [[ "$(<"$out/.complete")" == "$stamp_content" ]] \
    && compgen -G "$out/*.jar" >/dev/null
}

if is_complete; then
  printf '%s\n' "$out"
  exit 0
fi

mkdir -p "$CACHE/jars" "$pomdir" "$M2"
# Serialise concurrent resolutions of the same set.
exec 9>"$CACHE/jars/.$set_name.lock"
if command -v flock >/dev/null 2>&1; then
  flock 9
fi
if is_complete; then # another process finished it while we waited
  printf '%s\n' "$out"
  exit 0
fi

command -v mvn >/dev/null 2>&1 || die "mvn not found (apt-get install maven)"
write_pom "$set_name" "$coords" "$pomdir/pom.xml"

tmp=$CACHE/jars/.$set_name.tmp.$$
rm -rf "$tmp"
trap 'rm -rf "$tmp"' EXIT
log "resolving set '$set_name' ($(tr '\n' ' ' <<<"$coords"))"
start=$SECONDS
if ! mvn -q -B -Dmaven.repo.local="$M2" -f "$pomdir/pom.xml" \
    "$DEP_PLUGIN:copy-dependencies" \
    -DoutputDirectory="$tmp" -DincludeScope=runtime >"$pomdir/mvn.log" 2>&1; then
  tail -n 40 "$pomdir/mvn.log" >&2 || true
  die "maven failed to resolve set '$set_name' (full log: $pomdir/mvn.log)"
fi
compgen -G "$tmp/*.jar" >/dev/null || die "maven produced no jars for set '$set_name'"
printf '%s\n' "$stamp_content" >"$tmp/.complete"
rm -rf "$out"
mv "$tmp" "$out"
trap - EXIT
log "set '$set_name': $(find "$out" -name '*.jar' | wc -l) jars, $(du -sh "$out" | cut -f1), $((SECONDS - start))s"
printf '%s\n' "$out"
