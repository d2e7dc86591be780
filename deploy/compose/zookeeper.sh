#!/usr/bin/env bash
# Entrypoint of the ZooKeeper service in docker-compose.local.yml (no registry: the Debian JVM image,
# Debian's zookeeper package). Takes the upstream zookeeper image's settings that the compose file
# uses (ZOO_4LW_COMMANDS_WHITELIST; data in /data, client port 2181), standalone.
#   zookeeper.sh              run the server in the foreground
#   zookeeper.sh ls PATH      list the children of PATH (zkCli), for checks
set -euo pipefail
# zookeeper.jar's manifest Class-Path names its runtime jars; add an SLF4J binding so it logs.
cp=/usr/share/java/zookeeper.jar
for b in slf4j-simple slf4j-reload4j slf4j-log4j12; do
  [[ -f /usr/share/java/$b.jar ]] && { cp=$cp:/usr/share/java/$b.jar; break; }
done
if [[ ${1:-} == ls ]]; then
  exec java -Dorg.slf4j.simpleLogger.defaultLogLevel=error -cp "$cp" org.apache.zookeeper.ZooKeeperMain \
    -server 127.0.0.1:2181 ls "$2"
fi
mkdir -p /data /tmp/zk-conf
cat >/tmp/zk-conf/zoo.cfg <<CFG
tickTime=2000
dataDir=/data
clientPort=2181
maxClientCnxns=0
admin.enableServer=false
4lw.commands.whitelist=${ZOO_4LW_COMMANDS_WHITELIST:-srvr}
CFG
exec java -Xmx256m -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.defaultLogLevel=info -cp "$cp" \
  org.apache.zookeeper.server.ZooKeeperServerMain /tmp/zk-conf/zoo.cfg
