#!/usr/bin/env bash
# Installs the Kubernetes schema validators under .cache/tools (idempotent; prints the bin dir):
#   kubeconform  (Go module proxy: go install github.com/yannh/kubeconform/cmd/kubeconform@v0.6.7)
#   kubernetes-validate (PyPI, in a venv): it ships the Kubernetes JSON schemas, which kubeconform
#                 would otherwise download from GitHub (not reachable in CI); kubeconform reads them
#                 from that package's folder.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=deps-k8s; . "$ROOT/tools/lib/common.sh"
readonly BIN=$ROOT/.cache/tools/bin VENV=$ROOT/.cache/tools/k8s-venv
readonly KUBECONFORM=v0.6.7 KUBERNETES_VALIDATE=1.37.0
mkdir -p "$BIN"
# `go install` builds leave -v at "development": a marker file records the version installed.
if [[ ! -x $BIN/kubeconform || ! -f $BIN/.kubeconform-$KUBECONFORM ]]; then
  go=$(command -v go || echo /usr/local/go/bin/go)
  [[ -x $go ]] || die "go not found (needed for kubeconform)"
  log "go install kubeconform@$KUBECONFORM"
  GOBIN=$BIN GOFLAGS=-mod=mod "$go" install "github.com/yannh/kubeconform/cmd/kubeconform@$KUBECONFORM" >&2
  touch "$BIN/.kubeconform-$KUBECONFORM"
fi
if [[ ! -x $VENV/bin/kubernetes-validate || ! -f $VENV/.v$KUBERNETES_VALIDATE ]]; then
  log "pip install kubernetes-validate==$KUBERNETES_VALIDATE (venv $VENV)"
  rm -rf "$VENV"
  python3 -m venv "$VENV" >&2
  "$VENV/bin/pip" install -q "kubernetes-validate==$KUBERNETES_VALIDATE" >&2
  touch "$VENV/.v$KUBERNETES_VALIDATE"
fi
echo "$BIN"
