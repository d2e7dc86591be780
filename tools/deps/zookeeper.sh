#!/usr/bin/env bash
# Ensures a ZooKeeper server runtime is present (Debian's `zookeeper` package)
# and prints the Java classpath needed to run
# org.apache.zookeeper.server.quorum.QuorumPeerMain.
#
# Usage:
#   tools/deps/zookeeper.sh install     # install if missing, print classpath on stdout
#   tools/deps/zookeeper.sh classpath   # print classpath; fail if not installed
#
# Only the jars are used: the Debian system service/config (/etc/zookeeper,
# /var/lib/zookeeper) is never touched; tools/zookeeper.sh runs private instances.
#
# How the classpath is built: Debian's zkEnv.sh uses just
# "/usr/share/java/zookeeper.jar"; that jar's MANIFEST Class-Path lists the
# runtime jars (jute, netty, slf4j-api, metrics, snappy, commons-*, jackson,
# jetty, ...). We expand that list explicitly (keeping the jars that exist) and
# append an SLF4J binding (slf4j-log4j12 + log4j 1.2, both Debian
# dependencies of libzookeeper-java) so the server actually logs.
set -euo pipefail

# shellcheck disable=SC2034 # repo root, kept for consistency with the other tools
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=deps/zookeeper; . "$ROOT/tools/lib/common.sh"
readonly JAVA_DIR=/usr/share/java
readonly ZK_JAR=$JAVA_DIR/zookeeper.jar



is_installed() {
  [[ "$(dpkg-query -W -f='${Status}' zookeeper 2>/dev/null || true)" == "install ok installed" ]] \
    && [[ -f $ZK_JAR ]]
}

install_pkg() {
  if is_installed; then
    log "zookeeper package already installed ($(dpkg-query -W -f='${Version}' zookeeper))"
    return 0
  fi
  apt_install zookeeper
  is_installed || die "zookeeper package still not installed after apt-get install"
  log "installed zookeeper $(dpkg-query -W -f='${Version}' zookeeper)"
}

# Prints the Class-Path entries of a jar's manifest, one per line.
manifest_classpath() {
  python3 - "$1" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    text = z.read("META-INF/MANIFEST.MF").decode("utf-8", "replace")
# Manifest continuation lines start with a single space.
text = text.replace("\r\n", "\n").replace("\n ", "")
for line in text.split("\n"):
    if line.startswith("Class-Path:"):
        for entry in line[len("Class-Path:"):].split():
            print(entry)
PY
}

print_classpath() {
  is_installed || die "zookeeper package not installed; run: tools/deps/zookeeper.sh install"
  command -v python3 >/dev/null 2>&1 || die "python3 is required"
  local -a cp=("$ZK_JAR")
  local entry
  while IFS= read -r entry; do
    entry=${entry#file:}
    [[ $entry == /* ]] || entry=$JAVA_DIR/$entry
    if [[ -e $entry ]]; then
      cp+=("$entry")
    elif [[ $entry != */jline*.jar ]]; then
      # jline (absent on Debian) is only used by the CLI (zkCli), not the server.
      log "note: manifest entry not present, skipped: $entry"
    fi
  done < <(manifest_classpath "$ZK_JAR")
  # SLF4J binding -> log4j 1.2 (configured by tools/zookeeper.sh via -Dlog4j.configuration).
  local extra
  for extra in slf4j-log4j12.jar log4j-1.2.jar; do
    [[ -e $JAVA_DIR/$extra ]] || die "missing $JAVA_DIR/$extra (expected from libslf4j-java / liblog4j1.2-java)"
    cp+=("$JAVA_DIR/$extra")
  done
  local IFS=:
  printf '%s\n' "${cp[*]}"
}

[[ $# -eq 1 ]] || usage
case "$1" in
  install) install_pkg; print_classpath ;;
  classpath) print_classpath ;;
  -h|--help|help) usage ;;
  *) usage ;;
esac
