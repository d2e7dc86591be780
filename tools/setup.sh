#!/usr/bin/env bash
# Installs what this repository needs on a fresh machine, idempotently:
#   npm packages (npm ci, skipped when node_modules matches package-lock.json),
#   and with --test also ZooKeeper (Debian's zookeeper package), jemalloc (libjemalloc2) and the Maven Central jars
#   the test suites use (HBase Java clients 2.5/2.6, YCSB core, HBase 2.6 server as the reference),
#   cached under .cache/.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOG_TAG=setup; . "$ROOT/tools/lib/common.sh"
cd "$ROOT"

stamp=node_modules/.package-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -f $stamp && $(cat "$stamp") == "$want" ]]; then
  log "npm packages up to date"
else
  # npm ci installs exactly the lock. package.json pins sass-embedded (an unused optional peer of
  # @nx/webpack's sass-loader) to 1.93.2 under "overrides": from 1.93.3 on, its catch-all platform
  # packages make npm write locks that npm ci then rejects as out of sync (npm/cli#4828).
  log "installing npm packages (npm ci from package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

if [[ ${1:-} == --test ]]; then
  log "ZooKeeper (Debian package)"
  bash tools/deps/zookeeper.sh install >/dev/null
  log "jemalloc (Debian package; the gateway runs on it, as in its image)"
  bash tools/deps/jemalloc.sh install >/dev/null
  for set in hbase-client-2.6 hbase-client-2.5 ycsb hbase-server-2.6 hbase-shell-2.4 fluss-server-0.9 fluss-client-0.9; do
    log "Maven jars: $set"
    bash tools/deps/maven-jars.sh "$set" >/dev/null
  done
  log "independent HBase clients (hbase-driver, hbase-rpc-client, asynchbase, Java 2.6/3.0 programs)"; bash tools/deps/client-clients.sh >/dev/null
  log "Chromium (Debian package, for the dashboard test)"; bash tools/deps/chromium.sh >/dev/null
fi
log "done"
