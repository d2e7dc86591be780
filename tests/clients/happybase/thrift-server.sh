#!/usr/bin/env bash
# The stock HBase Thrift server (org.apache.hbase:hbase-thrift 2.6.1, Thrift1 API, the one happybase
# speaks), run unmodified in front of one HBase: a real HBase or a gateway, named only by the
# ZooKeeper quorum in its hbase-site.xml.
#   thrift-server.sh start --dir DIR --port THRIFT_PORT --zk-port ZK_PORT
#   thrift-server.sh stop --dir DIR
# Transport and protocol are the server's defaults, which are happybase's defaults too: buffered
# (not framed) transport, binary protocol, thread-pool server. No info (HTTP) server. start waits
# until the port accepts; stop is SIGTERM, then SIGKILL after 30 s. Log: DIR/thrift.log.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
LOG_TAG=thrift-server; . "$ROOT/tools/lib/common.sh"

cmd=${1:-}; shift || true
dir=; port=; zk_port=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dir) dir=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --zk-port) zk_port=$2; shift 2 ;;
    *) die "unknown argument $1" ;;
  esac
done
[[ -n $dir ]] || die "--dir is required"
pidfile=$dir/thrift.pid

stop() {
  [[ -f $pidfile ]] || return 0
  local pid
  pid=$(cat "$pidfile")
  kill -TERM "$pid" 2>/dev/null || { rm -f "$pidfile"; return 0; }
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

write_site() {
  prop() { printf '  <property><name>%s</name><value>%s</value></property>\n' "$1" "$2"; }
  {
    echo '<?xml version="1.0"?>'; echo '<configuration>'
    prop hbase.zookeeper.quorum 127.0.0.1
    prop hbase.zookeeper.property.clientPort "$zk_port"
    prop zookeeper.znode.parent /hbase
    prop hbase.regionserver.thrift.port "$port"
    prop hbase.regionserver.thrift.ipaddress 127.0.0.1
    prop hbase.thrift.info.port -1
    echo '</configuration>'
  } >"$dir/conf/hbase-site.xml"
}

start() {
  [[ -n $port && -n $zk_port ]] || die "--port and --zk-port are required"
  local jars pid deadline
  jars=$(bash "$ROOT/tools/deps/maven-jars.sh" hbase-thrift-2.6) || die "could not resolve hbase-thrift"
  mkdir -p "$dir/conf" "$dir/tmp"
  write_site
  # Hadoop 2.10 and HBase 2.6 on a current JDK need these opens, as HBase's own bin/hbase adds.
  java -Xmx384m -XX:TieredStopAtLevel=1 -Djava.io.tmpdir="$dir/tmp" -Dlog4j2.level=warn \
    --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.nio=ALL-UNNAMED \
    --add-opens java.base/sun.nio.ch=ALL-UNNAMED -Dorg.apache.hbase.thirdparty.io.netty.tryReflectionSetAccessible=true \
    -cp "$dir/conf:$jars/*" org.apache.hadoop.hbase.thrift.ThriftServer start >>"$dir/thrift.log" 2>&1 &
  pid=$!
  echo "$pid" >"$pidfile"
  deadline=$((SECONDS + 90))
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$dir/thrift.log" >&2; die "the Thrift server exited during start"; }
    ((SECONDS < deadline)) || { tail -20 "$dir/thrift.log" >&2; die "the Thrift server is not listening after 90 s"; }
    sleep 0.3
  done
  log "Thrift server on 127.0.0.1:$port (ZooKeeper 127.0.0.1:$zk_port)"
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  *) die "usage: thrift-server.sh start|stop --dir DIR [--port N --zk-port N]" ;;
esac
