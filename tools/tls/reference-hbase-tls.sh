#!/usr/bin/env bash
# A real standalone HBase 2.6.4 (tools/deps/maven-jars.sh hbase-server-2.6) with TLS on its RPC
# ports, for tools/tls-test.sh --reference: the same client checks run against it and the gateway.
#   tools/tls/reference-hbase-tls.sh start DIR CERTS ZK_PORT MASTER_PORT RS_PORT   (returns once RPC listens)
#   tools/tls/reference-hbase-tls.sh stop DIR
# Server settings: hbase.server.netty.tls.enabled=true, supportplaintext=false, client auth NEED,
# keystore CERTS/server.pem, truststore CERTS/ca.pem. Its own region server reaches its master over
# TLS too, so it presents the server certificate as a client (hbase.client.netty.tls.enabled).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=reference-hbase-tls; . "$ROOT/tools/lib/common.sh"
cmd=${1:?start|stop}; dir=${2:?DIR}
pidfile=$dir/hbase.pid
if [[ $cmd == stop ]]; then
  [[ -f $pidfile ]] || exit 0
  pid=$(cat "$pidfile")
  kill -TERM "$pid" 2>/dev/null || exit 0
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  exit 0
fi
certs=${3:?CERTS}; zk_port=${4:?ZK_PORT}; master_port=${5:?MASTER_PORT}; rs_port=${6:?RS_PORT}
jars=$(bash "$ROOT/tools/deps/maven-jars.sh" hbase-server-2.6) || die "could not resolve the HBase server jars"
mkdir -p "$dir/conf" "$dir/root" "$dir/zk" "$dir/tmp"
prop() { printf '  <property><name>%s</name><value>%s</value></property>\n' "$1" "$2"; }
{
  echo '<?xml version="1.0"?>'; echo '<configuration>'
  prop hbase.cluster.distributed false
  prop hbase.rootdir "file://$dir/root"
  prop hbase.tmp.dir "$dir/tmp"
  prop hbase.zookeeper.quorum 127.0.0.1
  prop hbase.zookeeper.property.clientPort "$zk_port"
  prop hbase.zookeeper.property.dataDir "$dir/zk"
  prop hbase.master.port "$master_port"
  prop hbase.regionserver.port "$rs_port"
  prop hbase.master.hostname 127.0.0.1
  prop hbase.regionserver.hostname 127.0.0.1
  prop hbase.master.ipc.address 127.0.0.1
  prop hbase.regionserver.ipc.address 127.0.0.1
  prop hbase.localcluster.assign.random.ports false
  prop hbase.master.info.port -1
  prop hbase.regionserver.info.port -1
  prop hbase.unsafe.stream.capability.enforce false
  prop hbase.procedure.store.wal.use.hsync false
  prop hbase.master.wait.on.regionservers.mintostart 1
  prop hbase.master.wait.on.regionservers.timeout 1000
  prop hbase.rpc.server.impl org.apache.hadoop.hbase.ipc.NettyRpcServer
  prop hbase.server.netty.tls.enabled true
  prop hbase.server.netty.tls.supportplaintext false
  prop hbase.server.netty.tls.client.auth.mode NEED
  prop hbase.client.netty.tls.enabled true
  prop hbase.rpc.tls.keystore.location "$certs/server.pem"
  prop hbase.rpc.tls.truststore.location "$certs/ca.pem"
  echo '</configuration>'
} >"$dir/conf/hbase-site.xml"
cat >"$dir/conf/log4j2.properties" <<LOG
status = warn
appender.file.type = File
appender.file.name = file
appender.file.fileName = $dir/hbase.log
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = %d{ISO8601} %-5p [%t] %c{2}: %m%n
rootLogger = WARN,file
logger.hbase.name = org.apache.hadoop.hbase
logger.hbase.level = INFO
LOG
cp=$dir/conf
for j in "$jars"/*.jar; do
  case $(basename "$j") in slf4j-reload4j-*|reload4j-*) continue ;; esac
  cp=$cp:$j
done
log "starting HBase 2.6 with TLS (zk 127.0.0.1:$zk_port, master $master_port, region server $rs_port, dir $dir)"
setsid nohup java -Xmx512m -XX:+UseG1GC \
  --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.lang.reflect=ALL-UNNAMED \
  --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens java.base/java.util=ALL-UNNAMED --add-opens java.base/java.util.concurrent=ALL-UNNAMED \
  --add-opens java.base/java.io=ALL-UNNAMED --add-opens java.base/java.net=ALL-UNNAMED \
  --add-exports java.base/jdk.internal.misc=ALL-UNNAMED --add-exports java.security.jgss/sun.security.krb5=ALL-UNNAMED \
  -Dorg.apache.hbase.thirdparty.io.netty.tryReflectionSetAccessible=true \
  -Dlog4j2.configurationFile="$dir/conf/log4j2.properties" -Djava.net.preferIPv4Stack=true \
  -Dhbase.log.dir="$dir" -cp "$cp" org.apache.hadoop.hbase.master.HMaster start >"$dir/stdout.log" 2>&1 </dev/null &
echo $! >"$pidfile"
deadline=$((SECONDS + 180))
until (exec 3<>"/dev/tcp/127.0.0.1/$rs_port") 2>/dev/null; do
  kill -0 "$(cat "$pidfile")" 2>/dev/null || { tail -30 "$dir/hbase.log" >&2 2>/dev/null; die "HBase exited during start"; }
  ((SECONDS < deadline)) || { tail -30 "$dir/hbase.log" >&2 2>/dev/null; die "HBase RPC not listening after 180 s"; }
  sleep 1
done
