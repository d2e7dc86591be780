#!/usr/bin/env bash
# Ensures jemalloc (Debian's libjemalloc2) is installed and prints the library's path, which the
# tools preload into the gateway as the Dockerfile does (tools/lib/node.sh start_gateway).
#   tools/deps/jemalloc.sh install   # install if missing, print the path
#   tools/deps/jemalloc.sh path      # print the path; fail if not installed
set -euo pipefail
LOG_TAG=deps/jemalloc; . "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib/common.sh"

library() {
  local lib
  for lib in /usr/lib/*-linux-gnu/libjemalloc.so.2 /usr/lib64/libjemalloc.so.2; do
    [[ -f $lib ]] && { echo "$lib"; return 0; }
  done
  return 1
}

case ${1:-} in
  install)
    library || { apt_install libjemalloc2 && library; } || die "libjemalloc.so.2 not found after installing libjemalloc2"
    ;;
  path) library || die "jemalloc is not installed: run tools/deps/jemalloc.sh install" ;;
  *) usage ;;
esac
