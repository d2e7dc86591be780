#!/usr/bin/env bash
# A real standalone HBase 2.6 (master, region server and its own ZooKeeper in one JVM) from Maven
# Central jars, on loopback, on the local file system: the reference of the differential suite.
#   tools/reference-hbase.sh start|stop|status [--dir PATH] [--zk-port N] [--master-port N] [--rs-port N]
#                                              [--scanner-lease MS (default 60000)]
#                                              [--authorization SUPERUSER] [--tls CERTS] [--heap 768m]
# --heap is the JVM's -Xmx. 768m serves the suites and 100,000-record benchmarks; a million YCSB rows
# ran it out of heap (OutOfMemoryError in the region server's handlers, the JVM gone), so give more there.
# --authorization turns on HBase's AccessController (master, region and region server coprocessor)
# with hbase.security.authorization=true and SUPERUSER as hbase.superuser (the ACL differential check).
# --tls serves RPC over TLS only (NettyRpcServer, hbase.server.netty.tls.enabled, supportplaintext
# false, client auth NEED, keystore CERTS/server.pem, truststore CERTS/ca.pem; its region server
# reaches its master as a TLS client with the same certificate) for tools/tls-test.sh --reference; a
# plain client cannot probe it, so start returns once the region server's port listens.
# start waits until a real client (tools/reference-hbase/Probe.java) can list tables; stop is graceful
# (SIGTERM), then SIGKILL after 60 s. Both are idempotent.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOG_TAG=reference-hbase; . "$ROOT/tools/lib/common.sh"

cmd=${1:-}; shift || true
dir=$ROOT/.cache/run/reference-hbase; zk_port=2182; master_port=16100; rs_port=16120; scanner_lease=60000; acl_superuser=; tls_certs=; heap=768m
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dir) dir=$2; shift 2 ;;
    --zk-port) zk_port=$2; shift 2 ;;
    --master-port) master_port=$2; shift 2 ;;
    --rs-port) rs_port=$2; shift 2 ;;
    --scanner-lease) scanner_lease=$2; shift 2 ;;
    --authorization) acl_superuser=$2; shift 2 ;;
    --tls) tls_certs=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    *) die "unknown argument $1" ;;
  esac
done
pidfile=$dir/hbase.pid

running() { [[ -f $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

# Serving: a real client lists tables; over TLS only (no plain probe possible), the RPC port listens.
probe() {
  if [[ -n $tls_certs ]]; then
    (exec 3<>"/dev/tcp/127.0.0.1/$rs_port") 2>/dev/null
    return
  fi
  local client cp
  client=$(bash "$ROOT/tools/deps/maven-jars.sh" hbase-client-2.6)
  mkdir -p "$ROOT/.cache/reference-hbase-probe"
  if [[ ! -f $ROOT/.cache/reference-hbase-probe/Probe.class || $ROOT/tools/reference-hbase/Probe.java -nt $ROOT/.cache/reference-hbase-probe/Probe.class ]]; then
    javac -nowarn -d "$ROOT/.cache/reference-hbase-probe" -cp "$client/*" "$ROOT/tools/reference-hbase/Probe.java"
  fi
  timeout 60 java --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
    -Dorg.apache.hbase.thirdparty.io.netty.tryReflectionSetAccessible=true -Dorg.slf4j.simpleLogger.defaultLogLevel=off \
    -cp "$ROOT/.cache/reference-hbase-probe:$client/*" Probe "$zk_port" >/dev/null 2>&1
}

case "$cmd" in
  status)
    running && probe ;;
  stop)
    running || { rm -f "$pidfile"; exit 0; }
    pid=$(cat "$pidfile")
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pidfile"
    log "stopped" ;;
  start)
    if running && probe; then log "already serving (zk 127.0.0.1:$zk_port)"; exit 0; fi
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
      prop zookeeper.znode.parent /hbase
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
      prop hbase.client.scanner.timeout.period "$scanner_lease"
      if [[ -n $acl_superuser ]]; then
        prop hbase.security.authorization true
        prop hbase.superuser "$acl_superuser"
        prop hbase.coprocessor.master.classes org.apache.hadoop.hbase.security.access.AccessController
        prop hbase.coprocessor.region.classes org.apache.hadoop.hbase.security.access.AccessController
        prop hbase.coprocessor.regionserver.classes org.apache.hadoop.hbase.security.access.AccessController
      fi
      if [[ -n $tls_certs ]]; then
        prop hbase.rpc.server.impl org.apache.hadoop.hbase.ipc.NettyRpcServer
        prop hbase.server.netty.tls.enabled true
        prop hbase.server.netty.tls.supportplaintext false
        prop hbase.server.netty.tls.client.auth.mode NEED
        prop hbase.client.netty.tls.enabled true
        prop hbase.rpc.tls.keystore.location "$tls_certs/server.pem"
        prop hbase.rpc.tls.truststore.location "$tls_certs/ca.pem"
      fi
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
    log "starting HBase 2.6 (zk 127.0.0.1:$zk_port, master $master_port, region server $rs_port, heap $heap, dir $dir)"
    setsid nohup java "-Xmx$heap" -XX:+UseG1GC \
      --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.lang.reflect=ALL-UNNAMED \
      --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
      --add-opens java.base/java.util=ALL-UNNAMED --add-opens java.base/java.util.concurrent=ALL-UNNAMED \
      --add-opens java.base/java.io=ALL-UNNAMED --add-opens java.base/java.net=ALL-UNNAMED \
      --add-exports java.base/jdk.internal.misc=ALL-UNNAMED --add-exports java.security.jgss/sun.security.krb5=ALL-UNNAMED \
      -Dorg.apache.hbase.thirdparty.io.netty.tryReflectionSetAccessible=true \
      -Dlog4j2.configurationFile="$dir/conf/log4j2.properties" -Djava.net.preferIPv4Stack=true \
      -Dhbase.log.dir="$dir" -cp "$cp" org.apache.hadoop.hbase.master.HMaster start >"$dir/stdout.log" 2>&1 < /dev/null &
    echo $! >"$pidfile"
    deadline=$((SECONDS + 180))
    until probe; do
      running || { tail -30 "$dir/stdout.log" "$dir/hbase.log" >&2 2>/dev/null; die "HBase exited during start"; }
      ((SECONDS < deadline)) || { tail -30 "$dir/hbase.log" >&2 2>/dev/null; die "HBase not serving after 180 s"; }
      sleep 2
    done
    log "serving on zk 127.0.0.1:$zk_port" ;;
  *) die "usage: tools/reference-hbase.sh start|stop|status [--dir PATH] [--zk-port N] [--master-port N] [--rs-port N]" ;;
esac
