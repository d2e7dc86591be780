#!/usr/bin/env bash
# Installs what tools/compose/ needs to run the compose file without Docker, idempotently, from
# Debian's own packages (nothing else is reachable in CI): podman (API-compatible with Docker for
# what compose uses), runc, podman-compose, mmdebstrap (builds base images from Debian packages,
# since no image registry is reachable). Then configures podman for this kind of host:
#   - runc with cgroupfs: crun and the systemd cgroup manager refuse a hybrid cgroup v1 layout;
#   - default_ulimits = []: the runtime's setrlimit of the default nofile limit is refused;
#   - file event logger and no systemd health timers (there is no systemd in CI containers).
#   tools/deps/podman.sh        (needs root; prints nothing on success when all is in place)
set -euo pipefail
LOG_TAG=deps-podman; . "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib/common.sh"

# iptables: netavark 1.4 (bookworm) sets up container networks with it and fails with a bare
# "netavark: No such file or directory" when it is absent (no package depends on it; some machines
# have it, a fresh one here did not).
readonly PACKAGES=(podman runc mmdebstrap podman-compose netavark aardvark-dns uidmap iptables)
readonly CONF=/etc/containers/containers.conf
readonly MARK='# written by hbase-compat tools/deps/podman.sh'

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  [[ $(id -u) == 0 ]] || die "need root to install: ${missing[*]}"
  log "installing ${missing[*]} (apt-get)"
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi

# Our settings replace a containers.conf we wrote earlier, never someone else's.
if [[ ! -f $CONF ]] || head -1 "$CONF" | grep -qF "$MARK"; then
  want=$(cat <<CONFEOF
$MARK
[containers]
default_ulimits = []
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
[engine.runtimes]
runc = ["/usr/sbin/runc", "/usr/bin/runc"]
[network]
network_backend = "netavark"
CONFEOF
)
  if [[ ! -f $CONF || $(cat "$CONF") != "$want" ]]; then
    printf '%s\n' "$want" >"$CONF"
    log "wrote $CONF"
  fi
else
  grep -q 'default_ulimits *= *\[\]' "$CONF" || log "warning: $CONF is not ours and lacks default_ulimits = []"
fi
