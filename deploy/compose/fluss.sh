#!/usr/bin/env bash
# Entrypoint of the Fluss services in docker-compose.local.yml (no registry: the Debian JVM image
# with the Maven Central jars of tools/deps/maven-jars.sh fluss-server-0.9 mounted at /opt/fluss/lib).
# Takes the upstream apache/fluss image's interface: the command coordinatorServer|tabletServer,
# and FLUSS_PROPERTIES holding server.yaml lines.
set -euo pipefail
case "${1:-}" in
  coordinatorServer) class=org.apache.fluss.server.coordinator.CoordinatorServer heap=${FLUSS_HEAP:-384m} ;;
  tabletServer) class=org.apache.fluss.server.tablet.TabletServer heap=${FLUSS_HEAP:-512m} ;;
  *) echo "usage: fluss.sh coordinatorServer|tabletServer" >&2; exit 2 ;;
esac
conf=/tmp/fluss-conf
mkdir -p "$conf" /tmp/fluss/tmp
printf '%s\n' "${FLUSS_PROPERTIES:-}" >"$conf/server.yaml"
cat >"$conf/log4j2.properties" <<'LOG'
status = warn
appender.console.type = Console
appender.console.name = console
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{ISO8601} %-5p [%t] %c{1}: %m%n
rootLogger.level = INFO
rootLogger.appenderRef.console.ref = console
logger.zk.name = org.apache.fluss.shaded.zookeeper3
logger.zk.level = WARN
logger.curator.name = org.apache.fluss.shaded.curator5
logger.curator.level = WARN
LOG
# Arrow needs java.nio opened on JDK >= 17, as the Fluss distribution's scripts do.
exec java -Xms64m "-Xmx$heap" -XX:MaxDirectMemorySize=256m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError \
  --add-opens=java.base/java.nio=ALL-UNNAMED -Djava.net.preferIPv4Stack=true -Djava.io.tmpdir=/tmp/fluss/tmp \
  -Dlog4j.configurationFile="file:$conf/log4j2.properties" -cp "/opt/fluss/lib/*" "$class" --configDir "$conf"
