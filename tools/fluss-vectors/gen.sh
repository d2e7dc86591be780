#!/usr/bin/env bash
# Regenerates the golden vectors of libs/fluss-adapter/src/encoding from the real Fluss Java
# classes: resolves fluss-client 0.9.1-incubating (a shaded jar that contains fluss-common) with
# tools/deps/maven-jars.sh, compiles Vectors.java into .cache/fluss-vectors/ and writes its JSON.
#
# Usage: tools/fluss-vectors/gen.sh [output.json]
#   default output: libs/fluss-adapter/src/encoding/__fixtures__/java-vectors.json
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly ROOT
readonly OUT=${1:-$ROOT/libs/fluss-adapter/src/encoding/__fixtures__/java-vectors.json}
readonly CLASSES=$ROOT/.cache/fluss-vectors

JARS=$(bash "$ROOT/tools/deps/maven-jars.sh" fluss-client-0.9)
readonly JARS
mkdir -p "$CLASSES" "$(dirname "$OUT")"
javac -nowarn -d "$CLASSES" -cp "$JARS/*" "$ROOT/tools/fluss-vectors/Vectors.java"
# Write to a temporary file first so a failing run never leaves a half-written fixture.
java -cp "$CLASSES:$JARS/*" Vectors >"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
printf '[fluss-vectors] wrote %s (%s bytes)\n' "$OUT" "$(wc -c <"$OUT")" >&2
