#!/usr/bin/env bash
# `docker compose up` for real, without Docker or a registry: podman + podman-compose run
# docker-compose.yml with docker-compose.local.yml (ZooKeeper and Fluss from a Debian JVM image and
# Maven Central jars; the app images from the same Dockerfiles on Debian Node.js bases), then checks:
#   images: built, size, non-root, HEALTHCHECK, production-only node_modules
#   stack: every service running; all three gateways registered (admin API /api/servers, ZooKeeper
#     /hbase/rs); each sidecar answers the Kubernetes probes' paths (deploy/k8s) and every
#     HEALTHCHECK passes; the Kubernetes manifest is schema-valid (tools/compose/k8s-validate.sh)
#   YCSB from a container on the compose network (load, then workload A) with 0 failed operations
#     while gateway-2 crashes (SIGKILL of its process: restarted by the restart policy, registers
#     again) and then gateway-3 is `podman kill`ed (a user stop: the policy leaves it down; started
#     again, registers again)
#   Prometheus: every sidecar scraped, the gateway series from all three nodes, every Grafana
#     panel's PromQL returns data (tools/metrics/check_prometheus.py)
#   the Java client from the host through the published ports and advertised names
#     (-Djdk.net.hosts.file: gateway-1..3 -> 127.0.0.1), and the trap it avoids (without it: fails)
#   the admin API's bearer token (generated per run, passed as HBASE_COMPAT_ADMIN_TOKEN): drain
#     without it or with a wrong one 401, an admin-api with no token configured 403, with it 202
#     (gateway-1 drains, exits, restarts by policy and registers again)
#   `compose down -v` leaves no container, volume, network or pod behind
#   tools/compose/check.sh [--keep]      (--keep: leave the stack running at the end)
# Needs root (podman). Ends with "compose: N passed, N failed"; reports under .cache/reports/compose/.
# Env: COMPOSE_PROJECT (default hbasecompat), the host port variables of docker-compose.yml
#   (GATEWAY1_PORT..GATEWAY3_PORT, SIDECAR1_PORT..SIDECAR3_PORT, ADMIN_HOST_PORT, ZK_HOST_PORT,
#   PROMETHEUS_HOST_PORT), all honoured here too.
# Speed: the JVM and Prometheus bases, the jars and the schema validation run while the app images
# build; each phase's seconds are in its check line, the whole in the "total" line. Measured on a
# 2-core machine at load 20-27: warm with cached images ~7 min (the stack and its checks); a source
# change adds the image build's nx build (~8 min at that load); cold (no .cache, no hbase-compat
# images) adds the four mmdebstrap bases in parallel (the slowest ~7.5 min) and one npm ci (~4 min).
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=compose; . "$ROOT/tools/lib/common.sh"
keep=0; [[ ${1:-} == --keep ]] && keep=1
readonly PROJECT=${COMPOSE_PROJECT:-hbasecompat}
readonly REPORTS=$ROOT/.cache/reports/compose
readonly JVM_IMAGE=hbase-compat/base-jvm:bookworm
readonly GW_PORTS=("${GATEWAY1_PORT:-16020}" "${GATEWAY2_PORT:-16021}" "${GATEWAY3_PORT:-16022}")
readonly SC_PORTS=("${SIDECAR1_PORT:-16030}" "${SIDECAR2_PORT:-16031}" "${SIDECAR3_PORT:-16032}")
readonly API=http://127.0.0.1:${ADMIN_HOST_PORT:-18080}
readonly PROM=http://127.0.0.1:${PROMETHEUS_HOST_PORT:-9090}
readonly ZK_HOST=127.0.0.1:${ZK_HOST_PORT:-2181}
rm -rf "$REPORTS"; mkdir -p "$REPORTS"
t_start=$SECONDS

# ---- setup: packages, bases, jars (idempotent, cached under .cache) ------------------------------
# The image build waits only for the Node.js bases; the JVM and Prometheus bases, the jars and the
# Kubernetes schema validation run in the background meanwhile (all four bases in parallel when cold).
bash "$ROOT/tools/deps/podman.sh" || die "tools/deps/podman.sh failed"
(bash "$ROOT/tools/compose/bases.sh" base-jvm base-prometheus >"$REPORTS/bases-jvm.log" 2>&1 \
  && bash "$ROOT/tools/deps/maven-jars.sh" fluss-server-0.9 >/dev/null && bash "$ROOT/tools/deps/maven-jars.sh" ycsb >/dev/null) &
side_pid=$!
bash "$ROOT/tools/compose/k8s-validate.sh" >"$REPORTS/k8s-validate.log" 2>&1 &
k8s_pid=$!
trap 'kill $side_pid $k8s_pid 2>/dev/null' EXIT # until finish() takes over
t0=$SECONDS
bash "$ROOT/tools/compose/bases.sh" base-node base-node-build >"$REPORTS/bases.log" 2>&1 || { cat "$REPORTS/bases.log" >&2; die "base images failed"; }
log "Node.js bases ready ($((SECONDS - t0)) s)"
export NODE_BUILD_IMAGE=hbase-compat/base-node-build:trixie NODE_IMAGE=hbase-compat/base-node:trixie
export PROMETHEUS_IMAGE=hbase-compat/base-prometheus:trixie
export BUILDAH_FORMAT=docker # the OCI format drops HEALTHCHECK
# The build mounts the host's CA certificates (the base trusts them through NODE_EXTRA_CA_CERTS):
# npm ci then reaches the registry through a TLS-inspecting egress proxy, as in CI. The images do
# not keep them.
compose() {
  (cd "$ROOT" && podman-compose --podman-build-args='--volume=/etc/ssl/certs:/etc/ssl/certs:ro' \
    -p "$PROJECT" -f docker-compose.yml -f docker-compose.local.yml "$@")
}
# The admin API's bearer token: generated per run, kept in a 0600 file, handed to the stack through the
# environment (docker-compose.yml passes HBASE_COMPAT_ADMIN_TOKEN through; unset, drain is refused).
(umask 077 && python3 -c 'import secrets; print(secrets.token_hex(24))' >"$REPORTS/admin-token")
HBASE_COMPAT_ADMIN_TOKEN=$(cat "$REPORTS/admin-token"); export HBASE_COMPAT_ADMIN_TOKEN
ctr() { echo "${PROJECT}_$1_1"; } # podman-compose's container name of a service
project_objects() { # what the project left: containers (compose's and ours on its network), volumes, networks, pods
  { podman ps -a --filter "label=io.podman.compose.project=$PROJECT" --format '{{.Names}}'
    podman ps -a --filter "network=${PROJECT}_default" --format '{{.Names}}'; } | sort -u
  podman volume ls --filter "label=io.podman.compose.project=$PROJECT" --format '{{.Name}}'
  podman network ls --format '{{.Name}}' | grep -x "${PROJECT}_default"
  podman pod ps --format '{{.Name}}' | grep -x "pod_$PROJECT"
  return 0
}
# Takes the stack down with everything on its network. The containers this script runs itself (YCSB,
# the token-less admin-api) carry no compose label and survive their `podman run` when the script is
# killed mid-run; `network rm -f` removes them with the network (podman-compose 1.0.3 leaves the
# network anyway, where docker compose removes it), so a later run can reuse their names.
teardown() {
  compose down -v
  podman network rm -f -t 0 "${PROJECT}_default"
}

checks_begin compose
finish() {
  local p
  for p in ${ycsb_pid:-} ${side_pid:-} ${k8s_pid:-}; do kill "$p" 2>/dev/null; done
  if [[ $keep == 0 ]]; then
    for s in zookeeper fluss-coordinator fluss-tablet-server gateway-1 gateway-2 gateway-3 sidecar-1 sidecar-2 sidecar-3 admin-api prometheus; do
      podman logs "$(ctr "$s")" >"$REPORTS/$s.log" 2>&1
    done
    teardown >"$REPORTS/down.log" 2>&1
    left=$(project_objects)
    [[ -z $left ]]; check $? "compose down -v leaves nothing behind${left:+ (left: $(tr '\n' ' ' <<<"$left"))}"
  fi
  log "total $((SECONDS - t_start)) s"
  checks_end
}
trap 'finish || exit 1' EXIT
teardown >/dev/null 2>&1 # a stack left by an interrupted run

# ---- images ------------------------------------------------------------------------------------
# One Dockerfile: one npm ci, one nx build, a target per app. compose builds one service per image
# (gateway-1, sidecar-1, admin-api; the other nodes reuse those tags): the first runs npm ci and the
# build, the other two only their own target. The context is a snapshot of the tree taken once (the
# files .dockerignore keeps), so that all three builds see the same files and hit the same cached
# layers even while the checkout changes under them.
snapshot_context() { # -> the snapshot's directory
  local dir=$ROOT/.cache/compose/context
  rm -rf "$dir" && mkdir -p "$dir"
  tar -C "$ROOT" --exclude=./node_modules --exclude=./dist --exclude=./.cache --exclude=./.nx --exclude=./tmp \
    --exclude='target*' --exclude=./data --exclude=./.git -cf - . | tar -C "$dir" -xf - && echo "$dir"
}
t0=$SECONDS
ctx=$(snapshot_context) || die "could not snapshot the build context"
# podman 4.3's multi-stage builds leave buildah working containers behind: removed after the build.
buildah_before=$(buildah containers -q 2>/dev/null | sort)
(cd "$ctx" && podman-compose --podman-build-args='--volume=/etc/ssl/certs:/etc/ssl/certs:ro' -p "$PROJECT" \
  -f docker-compose.yml -f docker-compose.local.yml build gateway-1 sidecar-1 admin-api) >"$REPORTS/build.log" 2>&1
check $? "images build from the shared Dockerfile on the Debian bases ($((SECONDS - t0)) s)" || { tail -30 "$REPORTS/build.log"; exit 1; }
for c in $(comm -13 <(echo "$buildah_before") <(buildah containers -q 2>/dev/null | sort)); do buildah rm "$c" >/dev/null 2>&1; done
rm -rf "$ctx"
t0=$SECONDS
wait "$side_pid"
check $? "JVM and Prometheus bases, Fluss and YCSB jars ready (waited $((SECONDS - t0)) s more)" || { tail -30 "$REPORTS/bases-jvm.log"; exit 1; }
for app in rpc-gateway health-sidecar admin-api; do
  img=hbase-compat/$app:dev
  size=$(podman image inspect -f '{{.Size}}' "$img")
  user=$(podman image inspect -f '{{.Config.User}}' "$img")
  health=$(podman image inspect -f '{{if .Config.Healthcheck}}{{.Config.Healthcheck.Test}}{{end}}' "$img")
  ((size < 300 * 1024 * 1024)) && [[ $user == node && $health == *fetch* ]]
  check $? "$img: $((size / 1024 / 1024)) MB (< 300), runs as '$user', HEALTHCHECK set"
  podman run --rm --no-healthcheck --entrypoint sh "$img" -c 'test -d node_modules/@nestjs/core && ! test -e node_modules/nx && ! test -e node_modules/typescript && ! test -e node_modules/jest' \
    && echo "$img $((size / 1024 / 1024)) MB node_modules $(podman run --rm --no-healthcheck --entrypoint du "$img" -sm node_modules | cut -f1) MB" >>"$REPORTS/sizes.txt"
  check $? "$img ships production node_modules only (no nx, typescript, jest)"
done

# ---- stack ---------------------------------------------------------------------------------------
t0=$SECONDS
compose up -d --no-build >"$REPORTS/up.log" 2>&1
check $? "compose up -d ($((SECONDS - t0)) s)" || { tail -30 "$REPORTS/up.log"; exit 1; }
servers() { curl -sf -m 5 "$API/api/servers" | python3 -c 'import json, sys; print("\n".join(sorted(s["serverName"] for s in json.load(sys.stdin))))' 2>/dev/null; }
registered() { # -> 0 when gateway-1..3 are all registered with their advertised ports
  local list i; list=$(servers)
  for i in 0 1 2; do grep -q "^gateway-$((i + 1)),${GW_PORTS[i]}," <<<"$list" || return 1; done
}
wait_registered() { local t=$1; for _ in $(seq 1 "$t"); do registered && return 0; sleep 1; done; return 1; }
t0=$SECONDS
wait_registered 240
check $? "all three gateways registered, advertised as gateway-N,<its port> ($((SECONDS - t0)) s): $(servers | tr '\n' ' ')"
running=$(podman ps --filter "label=io.podman.compose.project=$PROJECT" --format '{{.Names}}' | sort | tr '\n' ' ')
[[ $(wc -w <<<"$running") == 11 ]]; check $? "eleven services running: $running"
rs=$(podman exec "$(ctr zookeeper)" bash /opt/compose/zookeeper.sh ls /hbase/rs 2>/dev/null | tail -1)
[[ $(grep -o 'gateway-' <<<"$rs" | wc -l) == 3 ]]; check $? "ZooKeeper /hbase/rs lists the three nodes: $rs"

# The sidecars judge their gateway through its NodeAdmin service, which answers a little after the
# node registers: wait for every sidecar's /ready (as Kubernetes retries a readiness probe).
sidecars_ready() { local p; for p in "${SC_PORTS[@]}"; do curl -sf -m 5 -o /dev/null "http://127.0.0.1:$p/ready" || return 1; done; }
t0=$SECONDS
for _ in $(seq 1 90); do sidecars_ready && break; sleep 1; done
sidecars_ready; check $? "every sidecar /ready answers 200, $((SECONDS - t0)) s after registration"
# Probes: the paths and ports deploy/k8s declares, asked of each running sidecar.
probes=$(python3 - "$ROOT/deploy/k8s/gateway-statefulset.yaml" <<'PY'
import sys, yaml
for doc in yaml.safe_load_all(open(sys.argv[1])):
    if doc and doc["kind"] == "StatefulSet":
        for c in doc["spec"]["template"]["spec"]["containers"]:
            ports = {p["name"]: p["containerPort"] for p in c.get("ports", [])}
            for kind in ("livenessProbe", "readinessProbe", "startupProbe"):
                if kind in c:
                    g = c[kind]["httpGet"]
                    print(kind, g["path"], ports.get(g["port"], g["port"]))
PY
)
while read -r kind path port; do
  [[ $port == 16030 ]]; check $? "k8s $kind targets the sidecar's port ($port = hbase.compat.sidecar.port default)"
  for i in 0 1 2; do
    code=$(curl -s -m 5 -o "$REPORTS/probe-$kind-$i.json" -w '%{http_code}' "http://127.0.0.1:${SC_PORTS[i]}$path")
    [[ $code == 200 ]]; check $? "k8s $kind GET $path on sidecar-$((i + 1)): HTTP $code"
  done
done <<<"$probes"
# healthy_now CONTAINER: its HEALTHCHECK passes within 3 tries, 2 s apart. As Docker counts it, one failed
# probe does not make a container unhealthy (that takes `retries` failures in a row); one-shot
# probes such as ZooKeeper's `echo ruok | nc -w 2` sometimes lose the answer to nc closing first.
healthy_now() {
  local try
  for try in 1 2 3; do
    podman healthcheck run "$1" >/dev/null 2>&1 && return 0
    ((try == 3)) || sleep 2
  done
  return 1
}
for s in gateway-1 gateway-2 gateway-3 sidecar-1 sidecar-2 sidecar-3 admin-api zookeeper; do
  healthy_now "$(ctr "$s")"
  check $? "HEALTHCHECK of $s passes (3 tries at most, fewer than its retries)"
done
wait "$k8s_pid"
check $? "deploy/k8s passes a Kubernetes schema validator ($(tail -1 "$REPORTS/k8s-validate.log"))"

# ---- YCSB on the compose network, with a gateway killed mid-run --------------------------------
failures() { [[ -s $1 ]] || { echo 1; return; }; grep -cE 'Return=(ERROR|NOT_FOUND|UNEXPECTED_STATE|SERVICE_UNAVAILABLE)|FAILED' "$1"; } # no report: failed
max_latency() { grep -E '^\[(READ|UPDATE|INSERT)\], MaxLatency\(us\)' "$1" | awk -F', ' '{ if ($3 > m) m = $3 } END { printf "%.0f", m / 1000 }'; }
ops() { grep -E '^\[OVERALL\], Throughput' "$1" | awk -F', ' '{ printf "%.0f ops/s", $3 }'; }
ycsb_in_network() { # name out-file ycsb.sh-args...: YCSB in a JVM container on the project network
  local name=$1 out=$2; shift 2
  local cache; cache=$(cd "$ROOT/.cache" && pwd -P) # .cache may be a link out of the tree
  podman run --rm --name "$name" --network "${PROJECT}_default" -v "$ROOT:$ROOT" -v "$cache:$cache" -w "$ROOT" "$JVM_IMAGE" \
    bash tools/ycsb.sh --zk zookeeper:2181 --threads 8 --retries 20 --conf hbase.client.pause=100 \
    --conf hbase.rpc.timeout=10000 --prop requestdistribution=uniform "$@" --out "$out" >/dev/null 2>>"$REPORTS/ycsb-errors.log"
}
t0=$SECONDS
ycsb_in_network "${PROJECT}_ycsb_load" "$REPORTS/ycsb-load.txt" --workload a --phase load --records 5000 --operations 5000 --create-table 12
rc=$?
check $((rc != 0 || $(failures "$REPORTS/ycsb-load.txt") != 0)) "YCSB load from a container on the compose network: 5,000 records, 12 regions, 0 failed ($((SECONDS - t0)) s, $(ops "$REPORTS/ycsb-load.txt"))"


# Two failures during one YCSB A run: gateway-2 crashes (its process SIGKILLed, as the OOM killer
# would) and restarts by its restart policy; once it is back, gateway-3 is `podman kill`ed, which
# podman (like Docker) records as a stop by the user, so the policy leaves it down until it is
# started again. The clients must see no failed operation through either.
ycsb_in_network "${PROJECT}_ycsb_run" "$REPORTS/ycsb-failover.txt" --workload a --phase run --records 5000 --operations 10000000 --max-seconds 80 &
ycsb_pid=$!
t_run=$SECONDS
sleep 12
started=$(podman inspect -f '{{.State.StartedAt}}' "$(ctr gateway-2)")
kill -KILL "$(podman inspect -f '{{.State.Pid}}' "$(ctr gateway-2)")"
t0=$SECONDS
while [[ $(podman inspect -f '{{.State.Running}} {{.State.StartedAt}}' "$(ctr gateway-2)") == "true $started" ]] && ((SECONDS - t0 < 20)); do sleep 0.5; done
wait_registered 45
back=$?
now=$(podman inspect -f '{{.State.Running}} restarts={{.RestartCount}}' "$(ctr gateway-2)")
[[ $back == 0 && $now == true* && $(podman inspect -f '{{.State.StartedAt}}' "$(ctr gateway-2)") != "$started" ]]
check $? "gateway-2 crashed (SIGKILL) during YCSB, restarted by its restart policy and registered again in $((SECONDS - t0)) s ($now)"
podman kill "$(ctr gateway-3)" >>"$REPORTS/kill.log" 2>&1
killed=$?
sleep 5
down=$(podman inspect -f '{{.State.Running}}' "$(ctr gateway-3)")
podman start "$(ctr gateway-3)" >>"$REPORTS/kill.log" 2>&1
t0=$SECONDS
wait_registered 60
check $(( killed != 0 || $? != 0 )) "podman kill gateway-3 during YCSB (at $((t0 - t_run - 5)) s into the run; left down by the policy: running=$down), podman start, registered again in $((SECONDS - t0)) s"
wait "$ycsb_pid"; rc=$?; ycsb_pid=
check $((rc != 0 || $(failures "$REPORTS/ycsb-failover.txt") != 0)) \
  "YCSB A through both failures: $(grep -E '^\[OVERALL\], Operations|^\[(READ|UPDATE)\], Operations' "$REPORTS/ycsb-failover.txt" | awk -F', ' '{ n += $3 } END { print n + 0 }') operations, $(failures "$REPORTS/ycsb-failover.txt") failed; longest stall $(max_latency "$REPORTS/ycsb-failover.txt") ms ($(ops "$REPORTS/ycsb-failover.txt"))"

# ---- the Java client from the host -------------------------------------------------------------
hosts=$REPORTS/hosts
printf '127.0.0.1 localhost gateway-1 gateway-2 gateway-3\n' >"$hosts"
host_ycsb() { # out-file extra-ycsb-args...
  local out=$1; shift
  bash "$ROOT/tools/ycsb.sh" --zk "$ZK_HOST" --workload c --phase run --records 5000 --threads 4 "$@" \
    --out "$out" >/dev/null 2>>"$REPORTS/ycsb-errors.log"
}
YCSB_JAVA_OPTS="-Djdk.net.hosts.file=$hosts" host_ycsb "$REPORTS/host-client.txt" --operations 3000 --retries 5
rc=$?
check $((rc != 0 || $(failures "$REPORTS/host-client.txt") != 0)) "Java client on the host (ZooKeeper $ZK_HOST, gateway-N resolved to 127.0.0.1): 3,000 reads over all three nodes, 0 failed"
printf '127.0.0.1 localhost\n' >"$REPORTS/hosts-trap"
YCSB_JAVA_OPTS="-Djdk.net.hosts.file=$REPORTS/hosts-trap" timeout 90 bash "$ROOT/tools/ycsb.sh" --zk "$ZK_HOST" \
  --workload c --phase run --records 5000 --operations 2 --threads 1 --retries 1 --conf hbase.client.operation.timeout=5000 \
  --out "$REPORTS/host-trap.txt" >/dev/null 2>&1
trap_rc=$?
((trap_rc != 0)); check $? "the trap: the same client, unable to resolve the advertised names, fails (exit $trap_rc) - hence the hosts entries"

# ---- Prometheus ----------------------------------------------------------------------------------
# The compose service (deploy/prometheus/prometheus.yml), after the failovers and the host client:
# every sidecar target up, the gateway series with samples from all three nodes, and every PromQL
# expression of the Grafana dashboard returning data (tools/metrics/check_prometheus.py, as
# tools/metrics-check.sh uses it). A restarted gateway has only the series of what it has served since,
# and YCSB makes no failing call: first tools/metrics/load.ts, from the host through the published
# ports, sends puts, gets, scans and one call per round that must fail (NotServingRegionException) to
# every node, so the request, region and error series and panels have data on all three.
t0=$SECONDS
timeout 120 node "$ROOT/tools/fuzz/ts-run.cjs" "$ROOT/tools/metrics/load.ts" --ports "$(IFS=,; echo "${GW_PORTS[*]}")" \
  --seconds 15 --table compose_metrics >"$REPORTS/metrics-load.json" 2>"$REPORTS/metrics-load.log"
rc=$?
load_summary() { python3 -c 'import json, sys; print(", ".join("{}: {} puts, {} gets, {} errors".format(s["port"], s["puts"], s["gets"], s["expectedErrors"]) for s in json.load(open(sys.argv[1]))))' "$1" 2>/dev/null; }
check "$rc" "metrics load on the three nodes from the host ($((SECONDS - t0)) s): $(load_summary "$REPORTS/metrics-load.json")"
# Asked again every 5 s (a scrape interval) for up to a minute until every check passes: the last
# samples need a scrape or two to arrive.
t0=$SECONDS
for _ in $(seq 1 12); do
  sleep 5
  python3 "$ROOT/tools/metrics/check_prometheus.py" --url "$PROM" \
    --nodes gateway-1,gateway-2,gateway-3 --dashboard "$ROOT/deploy/grafana/hbase-compat.json" --range 5m \
    >"$REPORTS/prometheus.txt" 2>"$REPORTS/prometheus-queries.txt" && ! grep -q '^FAILED' "$REPORTS/prometheus.txt" && break
done
log "Prometheus checks settled after $((SECONDS - t0)) s:"
cat "$REPORTS/prometheus.txt" "$REPORTS/prometheus-queries.txt" >&2
checks_import "$REPORTS/prometheus.txt"

# ---- the admin API's bearer token ---------------------------------------------------------------
# Drain is the state-changing call. Without the token, or with a wrong one: 401. An admin-api started
# with no token at all (the compose default when HBASE_COMPAT_ADMIN_TOKEN is unset): 403 even for the
# right token. With the token: 202, and the drained gateway exits, restarts by policy, registers again.
drain_code() { # server [curl-args...] -> HTTP status of POST /api/servers/SERVER/drain
  local server=$1; shift
  curl -s -m 10 -o "$REPORTS/drain-answer.json" -w '%{http_code}' -X POST "$@" "$API/api/servers/$server/drain"
}
g1=$(servers | grep '^gateway-1,')
code=$(drain_code "$g1")
[[ $code == 401 ]]; check $? "admin API: drain without a token refused (HTTP $code: $(cat "$REPORTS/drain-answer.json"))"
code=$(drain_code "$g1" -H "Authorization: Bearer not-$HBASE_COMPAT_ADMIN_TOKEN")
[[ $code == 401 ]]; check $? "admin API: drain with a wrong token refused (HTTP $code)"
code=$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$API/api/servers")
[[ $code == 200 ]]; check $? "admin API: reads need no token (GET /api/servers: HTTP $code)"
# The same image with the compose defaults but no token (HBASE_COMPAT_ADMIN_TOKEN unset), asked from
# inside its own container so that it needs no host port.
(unset HBASE_COMPAT_ADMIN_TOKEN
  podman run -d --name "${PROJECT}_admin_notoken" --network "${PROJECT}_default" -e HBASE_COMPAT_ADMIN_TOKEN \
    -e HBASE_ZOOKEEPER_QUORUM=zookeeper:2181 -e HBASE_COMPAT_NODEADMIN_ADDRESSES=gateway-1:16050 \
    -e HBASE_COMPAT_ADMIN_PORT=18080 hbase-compat/admin-api:dev >/dev/null)
code=000
for _ in $(seq 1 30); do
  code=$(podman exec -e "T=$HBASE_COMPAT_ADMIN_TOKEN" -e "S=$g1" "${PROJECT}_admin_notoken" node -e \
    "fetch('http://127.0.0.1:18080/api/servers/' + process.env.S + '/drain', { method: 'POST', headers: { authorization: 'Bearer ' + process.env.T } }).then((r) => console.log(r.status), () => console.log('000'))" 2>/dev/null)
  [[ $code == 000 || -z $code ]] || break
  sleep 1
done
podman rm -f "${PROJECT}_admin_notoken" >/dev/null 2>&1
[[ $code == 403 ]]; check $? "admin API with no token configured: drain refused even with a token (HTTP $code)"
started=$(podman inspect -f '{{.State.StartedAt}}' "$(ctr gateway-1)")
t0=$SECONDS
code=$(drain_code "$g1" -H "Authorization: Bearer $HBASE_COMPAT_ADMIN_TOKEN")
[[ $code == 202 ]]; check $? "admin API: drain $g1 with the token accepted (HTTP $code: $(cat "$REPORTS/drain-answer.json"))"
while [[ $(podman inspect -f '{{.State.StartedAt}}' "$(ctr gateway-1)") == "$started" ]] && ((SECONDS - t0 < 60)); do sleep 0.5; done
wait_registered 60
back=$?
g1_now=$(servers | grep '^gateway-1,')
[[ $back == 0 && $g1_now != "$g1" ]]
check $? "gateway-1 drained, exited, restarted by its policy and registered again as $g1_now in $((SECONDS - t0)) s"
