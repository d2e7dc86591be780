#!/usr/bin/env bash
# Table DDL under the Fluss coordinator's missed-creation race (libs/storage-fluss/src/fluss-tables.ts):
# runs libs/storage-fluss/test/ddl-race.cluster.ts with 500 creates (each right after another table's
# deletion), 200 truncates and 200 drop/create cycles of one name, each DDL followed by a write and a
# read. Prints the suite's summary line (DDL count, failures, leaderless creations recovered, slowest
# DDLs). Needs a running Fluss cluster; start a private one with
#   tools/fluss.sh start --clean --dir /tmp/ddl-fluss --zk-port 2593 --coordinator-port 9333 --tablet-port-base 9334
#
#   tools/fluss-ddl-stress.sh --bootstrap 127.0.0.1:9333 [--creates N] [--truncates N] [--recreates N]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bootstrap=${FLUSS_BOOTSTRAP:-} creates=500 truncates=200 recreates=200
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bootstrap) bootstrap=$2; shift 2 ;;
    --creates) creates=$2; shift 2 ;;
    --truncates) truncates=$2; shift 2 ;;
    --recreates) recreates=$2; shift 2 ;;
    *) echo "fluss-ddl-stress: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -n $bootstrap ]] || { echo "fluss-ddl-stress: --bootstrap HOST:PORT (or FLUSS_BOOTSTRAP) is required" >&2; exit 2; }
for n in "$creates" "$truncates" "$recreates"; do [[ $n =~ ^[0-9]+$ ]] || { echo "fluss-ddl-stress: counts are whole numbers" >&2; exit 2; }; done
cd "$ROOT"
FLUSS_BOOTSTRAP=$bootstrap FLUSS_DDL_CREATES=$creates FLUSS_DDL_TRUNCATES=$truncates FLUSS_DDL_RECREATES=$recreates \
  exec npx jest -c libs/storage-fluss/jest.cluster.config.cjs --testTimeout=7200000 libs/storage-fluss/test/ddl-race.cluster.ts
