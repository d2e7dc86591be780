#!/usr/bin/env bash
# Ensures Prometheus and promtool are present (Debian's `prometheus` package) and prints the path
# of the prometheus binary. Idempotent: nothing is installed when both binaries are there.
#
# Usage:
#   tools/deps/prometheus.sh install
#
# Only the binaries are used: the package's system service and /etc/prometheus are never touched;
# tools/metrics-check.sh runs a private Prometheus on loopback with its own config and data dir.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=deps/prometheus; . "$ROOT/tools/lib/common.sh"

installed() { command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1; }

install_pkg() {
  if installed; then
    log "prometheus already installed ($(prometheus --version 2>&1 | head -1))"
    return 0
  fi
  apt_install prometheus
  installed || die "prometheus still not installed after apt-get install"
  log "installed $(prometheus --version 2>&1 | head -1)"
}

case "${1:-}" in
  install) install_pkg; command -v prometheus ;;
  *) usage ;;
esac
