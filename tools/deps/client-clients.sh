#!/usr/bin/env bash
# Installs the independent HBase clients that tools/client-compat.sh drives, idempotently, under
# .cache/client-compat/ (nothing in the repository's package.json or the system Python):
#   venv/   a Python venv with hbase-driver 1.1.1 (PyPI, a pure-Python native HBase RPC client)
#   npm/    a private npm prefix with hbase-rpc-client 0.1.15 (npm, CoffeeScript native client)
#   classes/ the Java programs of tests/clients/java, compiled against the hbase-client-2.6,
#           hbase-client-3.0 and asynchbase-1.8 jar sets of tools/deps/maven-jars.sh
#   tools/deps/client-clients.sh        # install what is missing; prints the cache folder
# A stamp per part records the versions it holds; a part is redone only when they change.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=client-clients; . "$ROOT/tools/lib/common.sh"
readonly ROOT
readonly DIR=$ROOT/.cache/client-compat
readonly HBASE_DRIVER=1.1.1
readonly RPC_CLIENT=0.1.15

stamped() { [[ -f $1 && "$(<"$1")" == "$2" ]]; }

python_clients() {
  local want="hbase-driver==$HBASE_DRIVER"
  stamped "$DIR/venv/.stamp" "$want" && return 0
  log "Python venv with $want"
  rm -rf "$DIR/venv"
  python3 -m venv "$DIR/venv"
  "$DIR/venv/bin/pip" install -q --disable-pip-version-check "$want" >&2
  printf '%s' "$want" >"$DIR/venv/.stamp"
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
  want=$(cat "${sources[@]}" | sha256sum | cut -d' ' -f1)
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
