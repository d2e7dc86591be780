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

as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root (or sudo) to run: $*"
  fi
}

installed() { command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1; }

install_pkg() {
  if installed; then
    log "prometheus already installed ($(prometheus --version 2>&1 | head -1))"
    return 0
  fi
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found: this script needs a Debian-based machine"
  local cand apt_log
  apt_log=$(mktemp "${TMPDIR:-/tmp}/prometheus-apt.XXXXXX")
  # Refresh the package lists only when apt knows no candidate (a fresh machine).
  cand=$(apt-cache policy prometheus 2>/dev/null | awk '/Candidate:/ {print $2}')
  if [[ -z $cand || $cand == "(none)" ]]; then
    log "apt has no candidate for prometheus; running apt-get update"
    as_root apt-get update -q >"$apt_log" 2>&1 || { tail -n 30 "$apt_log" >&2; die "apt-get update failed"; }
  fi
  log "installing Debian package prometheus (apt-get install --no-install-recommends)"
  # RUNLEVEL=1: invoke-rc.d does not start the package's service (no daemon is left on :9090).
  if ! as_root env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -q --no-install-recommends prometheus >"$apt_log" 2>&1; then
    tail -n 30 "$apt_log" >&2
    die "apt-get install prometheus failed (log: $apt_log)"
  fi
  rm -f "$apt_log"
  installed || die "prometheus still not installed after apt-get install"
  log "installed $(prometheus --version 2>&1 | head -1)"
}

case "${1:-}" in
  install) install_pkg; command -v prometheus ;;
  *) usage ;;
esac
