# Shell helpers to run one gateway node (and its ZooKeeper) on loopback for tools and tests.
# Source it: `. tools/lib/node.sh`. Needs the built app (npx nx build rpc-gateway).

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# start_gateway DIR RPC_PORT [extra --key=value flags...]: starts dist/apps/rpc-gateway/main.js in
# the background, logs to DIR/gateway.log, pid in DIR/gateway.pid, waits until the port accepts.
start_gateway() {
  local dir=$1 port=$2
  shift 2
  # GATEWAY_MAIN: another build of the gateway (APP_OUTPUT_DIR, tools/webpack/node-app.cjs).
  local main=${GATEWAY_MAIN:-$ROOT/dist/apps/rpc-gateway/main.js}
  [[ -f $main ]] || { echo "build the gateway first: npx nx build rpc-gateway" >&2; return 1; }
  mkdir -p "$dir"
  # NODE_PATH: a bundle built outside the checkout still loads its external packages from ours.
  # jemalloc (when installed: tools/deps/jemalloc.sh) and GLIBC_TUNABLES as the Dockerfile sets them,
  # so what the tools measure is what runs in production; GATEWAY_MALLOC=glibc leaves jemalloc out.
  local preload=
  [[ ${GATEWAY_MALLOC:-jemalloc} == glibc ]] || preload=$(bash "$ROOT/tools/deps/jemalloc.sh" path 2>/dev/null || true)
  LD_PRELOAD=$preload GLIBC_TUNABLES=${GLIBC_TUNABLES-glibc.malloc.mmap_threshold=65536} NODE_PATH=$ROOT/node_modules node ${GATEWAY_NODE_ARGS:-} "$main" --hbase.regionserver.port="$port" --hbase.regionserver.hostname=127.0.0.1 \
    --hbase.regionserver.ipc.address=127.0.0.1 --hbase.compat.data.dir="$dir/data" \
    --hbase.compat.nodeadmin.port=0 "$@" >>"$dir/gateway.log" 2>&1 &
  echo $! >"$dir/gateway.pid"
  local deadline=$((SECONDS + 60))
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    if ! kill -0 "$(cat "$dir/gateway.pid")" 2>/dev/null; then
      tail -20 "$dir/gateway.log" >&2
      echo "gateway exited during start" >&2
      return 1
    fi
    ((SECONDS < deadline)) || { tail -20 "$dir/gateway.log" >&2; echo "gateway not listening after 60 s" >&2; return 1; }
    sleep 0.2
  done
}

# stop_gateway DIR: SIGTERM (graceful), SIGKILL after 35 s.
stop_gateway() {
  local dir=$1 pid
  [[ -f $dir/gateway.pid ]] || return 0
  pid=$(cat "$dir/gateway.pid")
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 350); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}
