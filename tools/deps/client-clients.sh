#!/usr/bin/env bash
# Installs the independent HBase clients that tools/client-compat.sh drives, idempotently, under
# .cache/client-compat/ (nothing in the repository's package.json or the system Python):
#   venv/   a Python venv with hbase-driver 1.1.1 (PyPI, a pure-Python native HBase RPC client)
#   happybase-venv/ a Python venv with happybase 1.3.0 (PyPI, the Thrift1 client; its own venv so
#           its thriftpy2 never meets hbase-driver's dependencies)
#   npm/    a private npm prefix with hbase-rpc-client 0.1.15 (npm, CoffeeScript native client)
#   classes/ the Java programs of tests/clients/java, compiled against the hbase-client-2.6,
#           hbase-client-3.0 (shaded 3.0.0-alpha-3) and asynchbase-1.8 jar sets of tools/deps/maven-jars.sh
#   tools/deps/client-clients.sh        # install what is missing; prints the cache folder
# A stamp per part records the versions it holds; a part is redone only when they change.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=client-clients; . "$ROOT/tools/lib/common.sh"
readonly ROOT
readonly DIR=$ROOT/.cache/client-compat
readonly HBASE_DRIVER=1.1.1
readonly RPC_CLIENT=0.1.15
readonly HAPPYBASE=1.3.0

stamped() { [[ -f $1 && "$(<"$1")" == "$2" ]]; }

# python_venv NAME REQUIREMENT: a venv under $DIR/NAME holding REQUIREMENT (pip from PyPI).
python_venv() {
  local venv=$DIR/$1 want=$2
  stamped "$venv/.stamp" "$want" && return 0
  log "Python venv $1 with $want"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "$want" >&2
  printf '%s' "$want" >"$venv/.stamp"
}

python_clients() {
  python_venv venv "hbase-driver==$HBASE_DRIVER"
  python_venv happybase-venv "happybase==$HAPPYBASE"
}

npm_clients() {
  local want="hbase-rpc-client@$RPC_CLIENT"
  stamped "$DIR/npm/.stamp" "$want" && return 0
  log "npm prefix with $want"
  rm -rf "$DIR/npm"
  mkdir -p "$DIR/npm"
  # --prefix keeps it out of the repository's node_modules and package-lock.json.
  npm install --prefix "$DIR/npm" --no-audit --no-fund --no-save --loglevel=error "$want" >&2
  printf '%s' "$want" >"$DIR/npm/.stamp"
}

java_programs() {
  local hbase hbase3 async sources want
  hbase=$(bash "$ROOT/tools/deps/maven-jars.sh" hbase-client-2.6)
  hbase3=$(bash "$ROOT/tools/deps/maven-jars.sh" hbase-client-3.0)
  async=$(bash "$ROOT/tools/deps/maven-jars.sh" asynchbase-1.8)
  sources=("$ROOT"/tests/clients/java/*.java)
  # The sources and the coordinates of the jar sets they compile against.
  want=$(cat "${sources[@]}" "$hbase/.complete" "$hbase3/.complete" "$async/.complete" | sha256sum | cut -d' ' -f1)
  stamped "$DIR/classes/.stamp" "$want" && return 0
  log "compiling tests/clients/java"
  rm -rf "$DIR/classes"
  mkdir -p "$DIR/classes/hbase" "$DIR/classes/hbase-3.0" "$DIR/classes/asynchbase"
  javac -nowarn -d "$DIR/classes/hbase" -cp "$hbase/*" "$ROOT/tests/clients/java/Obs.java" "$ROOT/tests/clients/java/CreateTables.java" "$ROOT/tests/clients/java/AsyncConnectionClient.java"
  javac -nowarn -d "$DIR/classes/hbase-3.0" -cp "$hbase3/*" "$ROOT/tests/clients/java/Obs.java" "$ROOT/tests/clients/java/AsyncConnectionClient.java"
  javac -nowarn -d "$DIR/classes/asynchbase" -cp "$async/*" "$ROOT/tests/clients/java/Obs.java" "$ROOT/tests/clients/java/AsynchbaseClient.java"
  printf '%s' "$want" >"$DIR/classes/.stamp"
}

mkdir -p "$DIR"
exec 9>"$DIR/.lock"
command -v flock >/dev/null 2>&1 && flock 9
python_clients
npm_clients
java_programs
printf '%s\n' "$DIR"
