#!/usr/bin/env bash
# Makes the base images of the compose stack from Debian packages, for hosts where no image
# registry is reachable (CI): mmdebstrap --variant=minbase trixie, then `podman import`. Each root
# file system is cached as .cache/compose/bases/<name>-<key>.tar (key: the package list and hook), so
# a warm run only imports it again when the image is missing. The bases asked for build in parallel.
#   hbase-compat/base-node:trixie        nodejs (Node.js 20), libjemalloc2 and a `node` user (uid 1000), as the
#                                        upstream node:20-bookworm-slim has: the runtime stage
#   hbase-compat/base-node-build:trixie  + npm, ca-certificates: the build stage (npm ci, nx build);
#                                        Node.js also trusts the system CA bundle in it
#                                        (NODE_EXTRA_CA_CERTS), so that a build which mounts the
#                                        host's /etc/ssl/certs reaches npm through a TLS-inspecting
#                                        egress proxy, as in CI (tools/compose/check.sh)
#   hbase-compat/base-jvm:bookworm       JDK 17 headless, ZooKeeper, netcat, python3: ZooKeeper,
#                                        Fluss (jars from .cache) and the YCSB client. Bookworm, not
#                                        trixie: trixie's JDK 21 loads the InetAddressResolverProvider
#                                        that hbase-shaded-client 2.6.4 names in META-INF/services
#                                        but does not ship (ServiceConfigurationError on the first
#                                        connection); JDK 17 has no such SPI
#   hbase-compat/base-prometheus:trixie  Debian's prometheus package (the binary on PATH, as in the
#                                        upstream prom/prometheus image the compose file names)
# tools/compose/bases.sh [--force]   prints the image names; needs root (tools/deps/podman.sh first).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=compose-bases; . "$ROOT/tools/lib/common.sh"
readonly CACHE=$ROOT/.cache/compose/bases
readonly SUITE=trixie
declare -A SUITES=([base-jvm]=bookworm) # the others: $SUITE
force=0
[[ ${1:-} == --force ]] && force=1

# Leaves out documentation and translations: they are most of a minbase tree's size.
readonly DPKG_OPTS=(--dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/doc/*'
  --dpkgopt='path-include=/usr/share/doc/*/copyright' --dpkgopt='path-exclude=/usr/share/locale/*'
  --dpkgopt='path-exclude=/usr/share/info/*')
readonly NODE_USER='chroot "$1" useradd --uid 1000 --user-group --create-home --shell /bin/sh node'

# update-alternatives (the JDK's postinst) links man pages, so their folder must exist when man pages
# are left out.
declare -A HOOKS=(
  [base-jvm]='mkdir -p "$1/usr/share/man/man1"'
)
declare -A CHANGES=(
  [base-node-build]='ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt'
)
declare -A PACKAGES=(
  [base-node]=nodejs,libjemalloc2
  [base-node-build]=nodejs,npm,ca-certificates
  [base-jvm]=default-jdk-headless,zookeeper,netcat-openbsd,python3,ca-certificates,procps
  [base-prometheus]=prometheus
)

build_base() { # name -> image name on stdout
  local name=$1 suite=${SUITES[$1]:-$SUITE} key tar
  local image=hbase-compat/$name:$suite
  local hooks=(--customize-hook="$NODE_USER")
  [[ -n ${HOOKS[$name]:-} ]] && hooks+=(--essential-hook="${HOOKS[$name]}")
  key=$(printf '%s\n' "$suite" "${PACKAGES[$name]}" "$NODE_USER" "${DPKG_OPTS[@]}" ${HOOKS[$name]:+"${HOOKS[$name]}"} | sha256sum | cut -c1-12)
  tar=$CACHE/$name-$key.tar
  if [[ ! -f $tar || $force == 1 ]]; then
    mkdir -p "$CACHE"
    log "mmdebstrap $suite for $name (${PACKAGES[$name]})"
    local old_tar # this base's older trees only ("base-node-*" would match base-node-build's too)
    for old_tar in "$CACHE/$name"-*.tar; do [[ ${old_tar##*/} =~ ^$name-[0-9a-f]{12}\.tar$ ]] && rm -f "$old_tar"; done
    mmdebstrap --variant=minbase --format=tar --include="${PACKAGES[$name]}" "${DPKG_OPTS[@]}" \
      "${hooks[@]}" "$suite" "$tar.tmp" >&2
    mv "$tar.tmp" "$tar"
  fi
  local changes=(--change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' --change 'CMD ["/bin/sh"]')
  [[ -n ${CHANGES[$name]:-} ]] && changes+=(--change "${CHANGES[$name]}")
  key=$(printf '%s\n' "$key" "${changes[@]}" | sha256sum | cut -c1-12) # the image's: root fs and settings
  if [[ $force == 1 ]] || [[ $(podman image inspect -f '{{index .Labels "base.key"}}' "$image" 2>/dev/null) != "$key" ]]; then
    log "importing $image"
    local old; old=$(podman image inspect -f '{{.Id}}' "$image" 2>/dev/null || true)
    podman import -q --change "LABEL base.key=$key" "${changes[@]}" "$tar" "$image" >/dev/null
    [[ -z $old ]] || podman rmi "$old" >/dev/null 2>&1 || true # the replaced one, unless still in use
  fi
  echo "$image"
}

names=("$@"); [[ ${names[0]:-} == --force ]] && names=("${names[@]:1}")
((${#names[@]})) || names=(base-node base-node-build base-jvm base-prometheus)
# The bases build in parallel (a cold mmdebstrap is minutes of downloads and dpkg runs each); the
# names come out in the order asked.
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
pids=()
for n in "${names[@]}"; do build_base "$n" >"$out/$n" & pids+=($!); done
rc=0
for p in "${pids[@]}"; do wait "$p" || rc=1; done
for n in "${names[@]}"; do cat "$out/$n"; done
exit $rc
