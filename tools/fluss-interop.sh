#!/usr/bin/env bash
# Runs tools/fluss-interop/Interop.java (the real Fluss Java client, fluss-client 0.9.1) against a
# Fluss cluster: compiles it once into .cache/fluss-interop, then passes the arguments through.
#   tools/fluss-interop.sh read|write|catalog <bootstrap> <database> <table> ...
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
client=$(bash "$ROOT/tools/deps/maven-jars.sh" fluss-client-0.9)
out=$ROOT/.cache/fluss-interop
mkdir -p "$out"
if [[ ! -f $out/Interop.class || $ROOT/tools/fluss-interop/Interop.java -nt $out/Interop.class ]]; then
  timeout 180 javac -nowarn -d "$out" -cp "$client/*" "$ROOT/tools/fluss-interop/Interop.java"
fi
exec timeout 300 java -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 --add-opens=java.base/java.nio=ALL-UNNAMED \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=off -cp "$out:$client/*" Interop "$@"
