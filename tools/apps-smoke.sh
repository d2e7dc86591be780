#!/usr/bin/env bash
# Starts the three apps of one node as their containers would (real ZooKeeper, rpc-gateway,
# health-sidecar, admin-api; built under dist/) on free loopback ports and checks each answers:
# sidecar /health /ready /metrics, admin-api /api/servers /api/health /api/tables /api/openapi.json
# the dashboard and the hbase-compat-admin command line, a drain through POST /api/servers/{server}/drain (the gateway leaves ZooKeeper
# and exits 0), then that /ready turns 503 once the gateway is gone. The admin API runs with a bearer
# token: drain without it is 401, bad requests get JSON 4xx bodies, /api/metrics has rates.
# Prints one line per check and "apps-smoke: N passed, N failed".
# ADMIN_MAIN / SIDECAR_MAIN / GATEWAY_MAIN: other builds of the apps (APP_OUTPUT_DIR).
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/tools/lib/node.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/apps-smoke.XXXXXX")
zk_port=$(free_port); gw_port=$(free_port); na_port=$(free_port); sc_port=$(free_port); api_port=$(free_port)
pids=()
admin_main=${ADMIN_MAIN:-$ROOT/dist/apps/admin-api/main.js}
sidecar_main=${SIDECAR_MAIN:-$ROOT/dist/apps/health-sidecar/main.js}
export HBASE_COMPAT_ADMIN_MAIN=$admin_main
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  stop_gateway "$work"
  bash "$ROOT/tools/zookeeper.sh" stop --port "$zk_port" --dir "$work/zk" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
. "$ROOT/tools/lib/common.sh"
checks_begin apps-smoke
http_check() { # http_check NAME EXPECTED_STATUS URL GREP_PATTERN [METHOD [CURL ARGS...]]
  local body status
  body=$(curl -s -m 10 -X "${5:-GET}" "${@:6}" -o - -w '\n%{http_code}' "$3") || true
  status=${body##*$'\n'}
  body=${body%$'\n'*}
  [[ $status == "$2" ]] && grep -q -- "$4" <<<"$body"
  check $? "$1" || echo "       HTTP $status, expected $2 and /$4/; body: ${body:0:300}"
}
cli_check() { # cli_check NAME EXPECTED_EXIT GREP_PATTERN COMMAND...: tools/hbase-compat-admin against the admin API
  local name=$1 want=$2 pattern=$3 out rc
  shift 3
  out=$(HBASE_COMPAT_ADMIN_TOKEN_FILE=$work/admin.token bash "$ROOT/tools/hbase-compat-admin" --url "http://127.0.0.1:$api_port" "$@" 2>&1); rc=$?
  [[ $rc == "$want" ]] && grep -q -- "$pattern" <<<"$out"
  check $? "$name" || echo "       exit $rc, expected $want and /$pattern/; output: ${out:0:300}"
}
wait_http() { for _ in $(seq 1 150); do curl -s -m 1 -o /dev/null "$1" && return 0; sleep 0.2; done; echo "no answer from $1" >&2; return 1; }

bash "$ROOT/tools/zookeeper.sh" start --port "$zk_port" --dir "$work/zk" >/dev/null 2>&1 || { check 1 "ZooKeeper started"; checks_end; exit 1; }
start_gateway "$work" "$gw_port" --hbase.zookeeper.quorum="127.0.0.1:$zk_port" --hbase.compat.nodeadmin.port="$na_port" \
  || { check 1 "gateway started"; checks_end; exit 1; }
NODE_PATH=$ROOT/node_modules node "$sidecar_main" --hbase.compat.sidecar.port="$sc_port" \
  --hbase.compat.nodeadmin.addresses="127.0.0.1:$na_port" --hbase.compat.rpc.address="127.0.0.1:$gw_port" >"$work/sidecar.log" 2>&1 &
pids+=($!)
echo "smoke-$RANDOM-$RANDOM" >"$work/admin.token"
bearer=(-H "Authorization: Bearer $(cat "$work/admin.token")")
NODE_PATH=$ROOT/node_modules node "$admin_main" --hbase.compat.admin.port="$api_port" --hbase.compat.admin.token.file="$work/admin.token" \
  --hbase.compat.nodeadmin.addresses="127.0.0.1:$na_port" --hbase.zookeeper.quorum="127.0.0.1:$zk_port" >"$work/admin.log" 2>&1 &
pids+=($!)
wait_http "http://127.0.0.1:$sc_port/health" && wait_http "http://127.0.0.1:$api_port/api/health" || { tail "$work"/*.log; }

# Both bind to loopback by default (hbase.compat.sidecar.address, hbase.compat.admin.address).
for pair in "sidecar:$sc_port" "admin API:$api_port"; do
  ss -ltnH "( sport = :${pair##*:} )" | awk '{print $4}' | grep -qx "127.0.0.1:${pair##*:}"
  check $? "${pair%:*} listens on loopback only by default"
done
http_check "sidecar /health" 200 "http://127.0.0.1:$sc_port/health" '"status":"ok"'
http_check "sidecar /ready" 200 "http://127.0.0.1:$sc_port/ready" '"zookeeper":{"state":"connected","status":"up"}'
http_check "sidecar /metrics" 200 "http://127.0.0.1:$sc_port/metrics" 'hbase_rpc_connections_open'
http_check "admin /api/servers" 200 "http://127.0.0.1:$api_port/api/servers" "\"serverName\":\"127.0.0.1,$gw_port,"
http_check "admin /api/health" 200 "http://127.0.0.1:$api_port/api/health" '"status":"ok"'
http_check "admin /api/tables" 200 "http://127.0.0.1:$api_port/api/tables" '^\['
http_check "admin OpenAPI" 200 "http://127.0.0.1:$api_port/api/openapi.json" '"/api/servers"'
http_check "admin dashboard" 200 "http://127.0.0.1:$api_port/" 'hbase-compat cluster'
cli_check "hbase-compat-admin list-servers" 0 "1 server(s)" list-servers
cli_check "hbase-compat-admin check-health" 0 "cluster ok" check-health
cli_check "hbase-compat-admin drain of an unknown server" 1 "HTTP 404" drain 127.0.0.1,1,1
cli_check "hbase-compat-admin usage error" 2 "usage: hbase-compat-admin" regions
cli_check "hbase-compat-admin --json list-servers" 0 '"serverName": "127.0.0.1,' --json list-servers
cli_check "hbase-compat-admin metrics" 0 "REQ/S" metrics
http_check "admin GET /api/metrics" 200 "http://127.0.0.1:$api_port/api/metrics" '"requestsPerSecond":'
http_check "admin unknown route: 404 JSON" 404 "http://127.0.0.1:$api_port/api/nope" '"statusCode":404'
http_check "admin drain of a malformed server name: 400 JSON" 400 "http://127.0.0.1:$api_port/api/servers/nonsense/drain" '"statusCode":400' POST "${bearer[@]}"
http_check "admin drain without the token: 401 JSON" 401 "http://127.0.0.1:$api_port/api/servers/127.0.0.1,1,1/drain" '"statusCode":401' POST
http_check "admin drain with a wrong token: 401" 401 "http://127.0.0.1:$api_port/api/servers/127.0.0.1,1,1/drain" 'wrong bearer token' POST -H 'Authorization: Bearer nope'
http_check "admin OpenAPI documents the bearer scheme" 200 "http://127.0.0.1:$api_port/api/openapi.json" '"bearer"'
# Drain through the REST API: the node answers 202, leaves ZooKeeper, and its process exits 0.
sn=$(curl -s -m 10 "http://127.0.0.1:$api_port/api/servers" | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["serverName"])')
http_check "admin POST /api/servers/{server}/drain" 202 "http://127.0.0.1:$api_port/api/servers/$sn/drain" '"draining":true' POST "${bearer[@]}"
gw_pid=$(cat "$work/gateway.pid")
timeout 40 tail --pid="$gw_pid" -f /dev/null
wait "$gw_pid"; rc=$?
[[ $rc == 0 ]]; check $? "drained gateway exited 0 (exit status $rc)"
http_check "admin /api/servers after the drain" 200 "http://127.0.0.1:$api_port/api/servers" '^\[\]$'
http_check "admin POST drain of an unknown server" 404 "http://127.0.0.1:$api_port/api/servers/127.0.0.1,1,1/drain" 'no reachable NodeAdmin' POST "${bearer[@]}"
cli_check "hbase-compat-admin check-health without gateway" 1 "cluster degraded" check-health
http_check "sidecar /ready without gateway" 503 "http://127.0.0.1:$sc_port/ready" '"status":"error"'
http_check "admin /api/health without gateway" 200 "http://127.0.0.1:$api_port/api/health" '"status":"degraded"'
checks_end
