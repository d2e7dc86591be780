#!/usr/bin/env bash
# A local N-node gateway cluster on loopback, without Docker: the topology of docker-compose.yml.
# One ZooKeeper, one Fluss cluster (tools/fluss.sh; coordinator + tablet server), N gateway nodes
# (rpc-gateway + health-sidecar each) sharing them, and one admin-api.
#
# Usage:
#   tools/cluster.sh start [--nodes N] [--dir DIR] [--fluss HOST:PORT]
#   tools/cluster.sh stop [--dir DIR]
#   tools/cluster.sh status [--dir DIR]
#   tools/cluster.sh rolling-restart [--dir DIR]     one node at a time: SIGTERM (the node leaves
#                                                    ZooKeeper, drains, exits), start, wait ready
#   tools/cluster.sh kill --node I [--dir DIR]       SIGKILL node I (failover tests)
#   tools/cluster.sh rs [--dir DIR]                  the servers registered under /hbase/rs
#   tools/cluster.sh start-node --node I [--dir DIR] start node I again
#   tools/cluster.sh fluss-stop|fluss-start [--dir DIR]  stop or start again the cluster's own Fluss
#                                                    (outage tests; data kept)
# ZK_SESSION_MS (default 6000): the nodes' ZooKeeper session timeout. A SIGKILLed node is removed
# sooner (its peers see its RPC port refuse connections); a node cut off without a refusal stays
# a member until then.
#
# Ports (loopback): ZooKeeper 2481, Fluss 9143-9144, node i (0..9): RPC 16020+i, sidecar 16030+i,
# NodeAdmin 16050+i; admin-api 18080. State and logs under DIR (default .cache/run/cluster);
# DIR/cluster.env records them for the other commands. Prints the ZooKeeper quorum on start.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOG_TAG=cluster; . "$ROOT/tools/lib/common.sh"

cmd=${1:-}; shift || true
nodes=3; dir=$ROOT/.cache/run/cluster; fluss=; node=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --nodes) nodes=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --fluss) fluss=$2; shift 2 ;;
    --node) node=$2; shift 2 ;;
    *) die "unknown argument $1" ;;
  esac
done
[[ $nodes =~ ^([1-9]|10)$ ]] || die "--nodes must be 1..10"
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
ZK_PORT=2481
ADMIN_PORT=18080
[[ -f $dir/cluster.env ]] && [[ $cmd != start ]] && . "$dir/cluster.env"
rpc_port() { echo $((16020 + $1)); }
sidecar_port() { echo $((16030 + $1)); }
nodeadmin_port() { echo $((16050 + $1)); }

for app in rpc-gateway health-sidecar admin-api; do
  [[ -f $ROOT/dist/apps/$app/main.js ]] || (cd "$ROOT" && NX_DAEMON=false npx nx run-many -t build --projects=rpc-gateway,health-sidecar,admin-api --outputStyle=static >&2)
done

# The cluster's own Fluss (when no --fluss was given), with its fixed loopback ports.
own_fluss() { bash "$ROOT/tools/fluss.sh" "$1" --dir "$dir/fluss" --zk-port 2482 --coordinator-port 9143 --tablet-port-base 9144; }
alive() { [[ -f $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }
wait_port() { # port seconds pidfile
  local deadline=$((SECONDS + $2))
  until (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; do
    alive "$3" || return 1
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
}
# zk_ls PATH: children of a znode, one per line (node-zookeeper-client, as the gateway uses).
zk_ls() {
  (cd "$ROOT" && timeout 20 node -e '
    const zk = require("node-zookeeper-client").createClient(process.argv[1], { sessionTimeout: 5000 });
    zk.once("connected", () => zk.getChildren(process.argv[2], (e, c) => { if (e) { console.error(String(e)); process.exit(1); } console.log(c.sort().join("\n")); zk.close(); }));
    zk.connect();' "127.0.0.1:$ZK_PORT" "$1")
}
wait_registered() { # node seconds: the node's znode under /hbase/rs
  local deadline=$((SECONDS + $2)) port children
  port=$(rpc_port "$1")
  # The listing is taken whole before grep looks at it: `producer | grep -q` under pipefail fails
  # when grep exits on its match before the producer has written everything (SIGPIPE, 141).
  until children=$(zk_ls /hbase/rs 2>/dev/null) && grep -q "^127\.0\.0\.1,$port," <<<"$children"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.3
  done
}

start_node() {
  local i=$1
  local d=$dir/node-$i
  mkdir -p "$d"
  if alive "$d/gateway.pid"; then log "node $i already running"; return 0; fi
  node "$ROOT/dist/apps/rpc-gateway/main.js" --hbase.regionserver.port="$(rpc_port "$i")" \
    --hbase.regionserver.hostname=127.0.0.1 --hbase.regionserver.ipc.address=127.0.0.1 \
    --hbase.regionserver.info.port="$(sidecar_port "$i")" --hbase.compat.nodeadmin.port="$(nodeadmin_port "$i")" \
    --hbase.zookeeper.quorum="127.0.0.1:$ZK_PORT" --hbase.compat.data.dir="$d/data" \
    --hbase.compat.fluss.bootstrap.servers="$FLUSS" --zookeeper.session.timeout="${ZK_SESSION_MS:-6000}" >>"$d/gateway.log" 2>&1 &
  echo $! >"$d/gateway.pid"
  if ! alive "$d/sidecar.pid"; then
    node "$ROOT/dist/apps/health-sidecar/main.js" --hbase.compat.sidecar.port="$(sidecar_port "$i")" \
      --hbase.compat.nodeadmin.addresses="127.0.0.1:$(nodeadmin_port "$i")" --hbase.compat.rpc.address="127.0.0.1:$(rpc_port "$i")" >>"$d/sidecar.log" 2>&1 &
    echo $! >"$d/sidecar.pid"
  fi
  wait_port "$(rpc_port "$i")" 90 "$d/gateway.pid" || { tail -20 "$d/gateway.log" >&2; die "node $i did not start (log $d/gateway.log)"; }
  wait_registered "$i" 60 || die "node $i did not register in ZooKeeper"
  log "node $i serving on 127.0.0.1:$(rpc_port "$i") (sidecar :$(sidecar_port "$i"))"
}

stop_pid() { # pidfile grace
  local pidfile=$1 grace=$2 pid
  alive "$pidfile" || { rm -f "$pidfile"; return 0; }
  pid=$(cat "$pidfile")
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + grace))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && { log "pid $pid ignored SIGTERM for ${grace}s; SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; }
  rm -f "$pidfile"
}

case "$cmd" in
  start)
    bash "$ROOT/tools/zookeeper.sh" start --port "$ZK_PORT" --dir "$dir/zk" >&2
    if [[ -z $fluss ]]; then
      fluss=$(own_fluss start)
      own_fluss=1
    else
      own_fluss=0
    fi
    printf 'NODES=%s\nFLUSS=%s\nOWN_FLUSS=%s\n' "$nodes" "$fluss" "$own_fluss" >"$dir/cluster.env"
    FLUSS=$fluss NODES=$nodes
    for ((i = 0; i < nodes; i++)); do start_node "$i"; done
    if ! alive "$dir/admin.pid"; then
      addresses=$(for ((i = 0; i < nodes; i++)); do printf '127.0.0.1:%s,' "$(nodeadmin_port "$i")"; done)
      # Drain needs a bearer token: one per cluster dir, owner-only; the CLI reads it and the URL
      # through the files tools/hbase-compat-admin points at (DIR/admin.token, DIR/admin.url).
      [[ -s $dir/admin.token ]] || (umask 077 && od -An -N24 -tx1 /dev/urandom | tr -d ' \n' >"$dir/admin.token")
      node "$ROOT/dist/apps/admin-api/main.js" --hbase.compat.admin.port="$ADMIN_PORT" --hbase.compat.admin.token.file="$dir/admin.token" \
        --hbase.compat.nodeadmin.addresses="${addresses%,}" --hbase.zookeeper.quorum="127.0.0.1:$ZK_PORT" >>"$dir/admin.log" 2>&1 &
      echo $! >"$dir/admin.pid"
      wait_port "$ADMIN_PORT" 60 "$dir/admin.pid" || die "admin-api did not start (log $dir/admin.log)"
      echo "http://127.0.0.1:$ADMIN_PORT" >"$dir/admin.url"
    fi
    log "cluster of $nodes node(s) up: ZooKeeper 127.0.0.1:$ZK_PORT, Fluss $fluss, admin API http://127.0.0.1:$ADMIN_PORT/api/servers (tools/hbase-compat-admin finds it via $dir/admin.url; token in $dir/admin.token)"
    echo "127.0.0.1:$ZK_PORT"
    ;;
  stop)
    stop_pid "$dir/admin.pid" 10
    rm -f "$dir/admin.url"
    for d in "$dir"/node-*; do [[ -d $d ]] || continue; stop_pid "$d/gateway.pid" 45; stop_pid "$d/sidecar.pid" 10; done
    [[ ${OWN_FLUSS:-1} == 0 ]] || own_fluss stop >&2 || true
    bash "$ROOT/tools/zookeeper.sh" stop --port "$ZK_PORT" --dir "$dir/zk" >&2 || true
    log "stopped"
    ;;
  status)
    ok=0
    for ((i = 0; i < NODES; i++)); do
      if alive "$dir/node-$i/gateway.pid"; then log "node $i up (pid $(cat "$dir/node-$i/gateway.pid"))"; else log "node $i DOWN"; ok=1; fi
    done
    log "under /hbase/rs:"; zk_ls /hbase/rs >&2 || ok=1
    exit $ok
    ;;
  rolling-restart)
    for ((i = 0; i < NODES; i++)); do
      log "node $i: SIGTERM (leaves ZooKeeper, drains in-flight calls, exits)"
      t0=$SECONDS
      stop_pid "$dir/node-$i/gateway.pid" 45
      start_node "$i"
      log "node $i back in $((SECONDS - t0))s"
    done
    ;;
  rs)
    zk_ls /hbase/rs
    ;;
  kill)
    [[ -n $node ]] || die "kill needs --node I"
    alive "$dir/node-$node/gateway.pid" || die "node $node is not running"
    kill -KILL "$(cat "$dir/node-$node/gateway.pid")"
    rm -f "$dir/node-$node/gateway.pid"
    log "node $node SIGKILLed"
    ;;
  start-node)
    [[ -n $node ]] || die "start-node needs --node I"
    start_node "$node"
    ;;
  fluss-stop | fluss-start)
    [[ ${OWN_FLUSS:-0} == 1 ]] || die "this cluster uses an outside Fluss ($FLUSS); stop it where it was started"
    own_fluss "${cmd#fluss-}" >&2
    log "own Fluss: ${cmd#fluss-} done"
    ;;
  *) sed -n '2,23p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
