#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium (/usr/bin/chromium) for the dashboard test
# (tools/dashboard-test.sh drives it with playwright-core; no browser download by Playwright).
# Idempotent: does nothing when /usr/bin/chromium already runs.
set -euo pipefail
LOG_TAG=chromium; . "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib/common.sh"
if /usr/bin/chromium --version >/dev/null 2>&1; then exit 0; fi
sudo=; [[ $(id -u) == 0 ]] || sudo=sudo
log "installing chromium (apt)"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version >&2
