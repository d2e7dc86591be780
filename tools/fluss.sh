#!/usr/bin/env bash
# Runs a real local Apache Fluss 0.9.1 cluster (one coordinator, K tablet servers, our own ZooKeeper)
# from Maven Central jars, on 127.0.0.1 only, without Docker: for development and CI.
#
# Usage:
#   tools/fluss.sh start|stop|status|restart-tablet [options]
#
# Commands:
#   start           resolve the jars (tools/deps/maven-jars.sh fluss-server-0.9), start or reuse
#                   ZooKeeper (tools/zookeeper.sh, state in <dir>/zk), write one server.yaml per
#                   server, start the coordinator then the tablet servers (processes that are
#                   already running are kept), and wait until a real client
#                   (tools/fluss/Probe.java) sees K tablet servers, creates probe_db.probe
#                   (primary-key table), upserts a row and looks it up. Prints the bootstrap
#                   servers (127.0.0.1:<coordinator port>) on stdout; everything else goes to stderr.
#   stop            SIGTERM the tablet servers, then the coordinator, then our ZooKeeper (each
#                   SIGKILLed after --stop-timeout). Idempotent. Ports and counts come from
#                   <dir>/cluster.env, so `stop --dir D` is enough.
#   status          exit 0 if every process is alive and the probe lists the K tablet servers
#                   (--full: also the upsert/lookup round trip), else 1.
#   restart-tablet  --id I: stop tablet server I (--signal TERM, the default, or KILL), keep it
#                   down --down S seconds, start it again with the same server.yaml and wait
#                   until the cluster reports K tablet servers again.
#
# Options:
#   --dir PATH               state dir (default $ROOT/.cache/run/fluss): cluster.env, log4j2.properties,
#                            zk/, remote/ (remote.data.dir), coordinator/, tablet-<i>/ (conf/server.yaml,
#                            data/, server.log, stdout.log, server.pid)
#   --zk-port N              ZooKeeper client port (default 2183)
#   --zk-root PATH           zookeeper.path.root (default /fluss)
#   --coordinator-port N     coordinator port, the bootstrap server (default 9123)
#   --tablet-servers K       number of tablet servers, ids 0..K-1 (default 1)
#   --tablet-port-base N     tablet server i listens on N+i (default 9124)
#   --replication-factor R   default.replication.factor (default min(K,3))
#   --zk-session-timeout MS  zookeeper.client.session-timeout of the servers (default 10000): how long a
#                            SIGKILLed tablet server stays registered
#   --clean                  (start) stop whatever runs from <dir>, wipe its data and ZooKeeper state
#   --timeout S              start/restart-tablet readiness budget (default 180)
#   --stop-timeout S         grace period after SIGTERM before SIGKILL (default 30)
#   --id I                   (restart-tablet) tablet server id
#   --signal TERM|KILL       (restart-tablet) how to stop it (default TERM)
#   --down S                 (restart-tablet) seconds to stay down before the restart (default 0)
#   --full                   (status) run the full write/lookup probe
#   --sasl USER:PASSWORD     (start) every server also listens on its port + 1000 as listener CLIENT with
#                            security.protocol.map CLIENT:SASL (SASL/PLAIN, this one user); the FLUSS
#                            listener stays PLAINTEXT and internal. The probe then also runs through the
#                            SASL bootstrap 127.0.0.1:<coordinator port + 1000> with these credentials.
#
# Environment: FLUSS_COORDINATOR_HEAP (default 384m), FLUSS_TABLET_HEAP (default 512m),
# FLUSS_JAVA_OPTS (extra server JVM options), JAVA (default java; Java 17 is fine).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOG_TAG=fluss; . "$ROOT/tools/lib/common.sh"
readonly ROOT


cmd=${1:-}
[[ -n $cmd ]] || usage
shift
case "$cmd" in
  start|stop|status|restart-tablet) ;;
  -h|--help|help) usage ;;
  *) printf '[fluss] unknown command: %s\n' "$cmd" >&2; usage ;;
esac

# Unset options fall back to <dir>/cluster.env (stop/status/restart-tablet), then to the defaults.
dir='' zk_port='' zk_root='' coord_port='' tablets='' tablet_base='' rf='' zk_session=''
clean=0 timeout_s=180 stop_timeout=30 ts_id='' sig=TERM down=0 full=0 sasl=''
need() { [[ $2 -ge 2 ]] || die "$1 needs a value"; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dir) need "$1" $#; dir=$2; shift 2 ;;
    --zk-port) need "$1" $#; zk_port=$2; shift 2 ;;
    --zk-root) need "$1" $#; zk_root=$2; shift 2 ;;
    --coordinator-port) need "$1" $#; coord_port=$2; shift 2 ;;
    --tablet-servers) need "$1" $#; tablets=$2; shift 2 ;;
    --tablet-port-base) need "$1" $#; tablet_base=$2; shift 2 ;;
    --replication-factor) need "$1" $#; rf=$2; shift 2 ;;
    --zk-session-timeout) need "$1" $#; zk_session=$2; shift 2 ;;
    --timeout) need "$1" $#; timeout_s=$2; shift 2 ;;
    --stop-timeout) need "$1" $#; stop_timeout=$2; shift 2 ;;
    --id) need "$1" $#; ts_id=$2; shift 2 ;;
    --signal) need "$1" $#; sig=${2#SIG}; shift 2 ;;
    --down) need "$1" $#; down=$2; shift 2 ;;
    --clean) clean=1; shift ;;
    --full) full=1; shift ;;
    --sasl) need "$1" $#; sasl=$2; shift 2 ;;
    -h|--help) usage ;;
    *) die "unknown option: $1 (see --help)" ;;
  esac
done

[[ -n $dir ]] || dir=$ROOT/.cache/run/fluss
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
readonly ENV_FILE=$dir/cluster.env

# Settings of the cluster last started from $dir.
declare -A saved=()
if [[ -f $ENV_FILE ]]; then
  while IFS='=' read -r k v; do
    [[ $k =~ ^[a-z_]+$ ]] && saved[$k]=$v
  done <"$ENV_FILE"
fi
if [[ $cmd != start ]]; then
  : "${zk_port:=${saved[zk_port]:-}}" "${zk_root:=${saved[zk_root]:-}}" "${coord_port:=${saved[coord_port]:-}}"
  : "${tablets:=${saved[tablets]:-}}" "${tablet_base:=${saved[tablet_base]:-}}" "${sasl:=${saved[sasl]:-}}"
fi
: "${zk_port:=2183}" "${zk_root:=/fluss}" "${coord_port:=9123}" "${tablets:=1}" "${tablet_base:=9124}" "${zk_session:=10000}"
if [[ -z $rf ]]; then rf=$tablets; ((rf <= 3)) || rf=3; fi

for p in zk_port coord_port tablet_base; do
  if ! is_uint "${!p}" || ((${!p} == 0 || ${!p} > 65535)); then die "invalid ${p//_/-}: ${!p}"; fi
done
if ! is_uint "$tablets" || ((tablets < 1 || tablets > 32)); then die "invalid --tablet-servers: $tablets (1..32)"; fi
((tablet_base + tablets - 1 <= 65535)) || die "--tablet-port-base too high for $tablets tablet servers"
if ((coord_port >= tablet_base && coord_port < tablet_base + tablets)) || ((zk_port >= tablet_base && zk_port < tablet_base + tablets)) \
  || ((zk_port == coord_port)); then
  die "port clash: zk $zk_port, coordinator $coord_port, tablet servers $tablet_base..$((tablet_base + tablets - 1))"
fi
if ! is_uint "$rf" || ((rf < 1 || rf > tablets)); then die "invalid --replication-factor: $rf (1..$tablets)"; fi
[[ $zk_root =~ ^/[A-Za-z0-9_./-]*[A-Za-z0-9_-]$ ]] || die "invalid --zk-root: $zk_root"
if ! is_uint "$zk_session" || ((zk_session < 2000)); then die "invalid --zk-session-timeout: $zk_session (>= 2000)"; fi
for v in timeout_s stop_timeout down; do is_uint "${!v}" || die "invalid ${v//_/-}: ${!v}"; done
case "$sig" in TERM|KILL) ;; *) die "invalid --signal: $sig (TERM or KILL)" ;; esac

[[ -z $sasl || $sasl =~ ^[A-Za-z0-9_-]+:[^\"[:space:]]+$ ]] || die "invalid --sasl: USER:PASSWORD (user of letters, digits, _ and -; no quotes or spaces)"
readonly SASL_PORT_OFFSET=1000
((tablet_base + tablets - 1 + SASL_PORT_OFFSET <= 65535)) || die "--tablet-port-base too high for --sasl"
readonly BOOTSTRAP=127.0.0.1:$coord_port
readonly JAVA=${JAVA:-java}
readonly PROBE_DIR=$ROOT/.cache/fluss-probe
# Arrow (ARROW log format) needs java.nio opened on JDK >= 17, as the Fluss dist does (Arrow is on the
# class path here, so ALL-UNNAMED is the module).
readonly OPENS=--add-opens=java.base/java.nio=ALL-UNNAMED

# ---- processes ---------------------------------------------------------------------------------

server_dirs() { # every server dir that exists under $dir, tablet servers first
  local d
  for d in "$dir"/tablet-*; do [[ -d $d ]] && printf '%s\n' "$d"; done
  [[ -d $dir/coordinator ]] && printf '%s\n' "$dir/coordinator"
  return 0
}

# Prints the pid of the server run from server dir $1, if alive (guards against recycled pids).
our_pid() {
  local sdir=$1 pid cmdline
  [[ -f $sdir/server.pid ]] || return 1
  pid=$(<"$sdir/server.pid")
  is_uint "$pid" || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)
  [[ $cmdline == *"--configDir $sdir/conf"* ]] || return 1
  printf '%s\n' "$pid"
}

# shellcheck disable=SC2016 # expanded by the inner bash
port_in_use() { timeout 3 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null; }

# log_has_since FILE LINE TEXT: whether TEXT occurs in FILE after its first LINE lines. One process
# reading the whole file: `tail -n +N FILE | grep -q TEXT` under pipefail fails forever once the
# output outgrows a pipe buffer (grep -q exits on its match, tail dies of SIGPIPE, status 141).
log_has_since() {
  [[ -f $1 ]] || return 1
  awk -v from="$2" -v text="$3" 'NR > from && index($0, text) { found = 1 } END { exit !found }' "$1"
}

log_tail() {
  local f
  for f in "$@"; do
    [[ -s $f ]] || continue
    printf '[fluss] ---- last 25 lines of %s ----\n' "$f" >&2
    tail -n 25 "$f" >&2
  done
}

# Sends $2 to the server of dir $1 and waits up to $3 s for it to exit (then SIGKILL).
stop_server() {
  local sdir=$1 signal=$2 grace=$3 pid name
  name=$(basename "$sdir")
  if ! pid=$(our_pid "$sdir"); then
    rm -f "$sdir/server.pid"
    return 0
  fi
  log "stopping $name (pid $pid, SIG$signal)"
  kill "-$signal" "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + grace))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name still alive after ${grace}s; SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && die "pid $pid survived SIGKILL"
  fi
  rm -f "$sdir/server.pid"
}

# Stops the servers of the given dirs in parallel (SIGTERM, SIGKILL after the grace period).
stop_servers() {
  local sdir pids=() rc=0
  for sdir in "$@"; do
    stop_server "$sdir" TERM "$stop_timeout" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || rc=1; done
  return $rc
}

server_jars() {
  local jars
  jars=$(bash "$ROOT/tools/deps/maven-jars.sh" fluss-server-0.9) || die "could not resolve the Fluss server jars"
  compgen -G "$jars/fluss-server-*.jar" >/dev/null || die "no fluss-server jar in $jars"
  printf '%s\n' "$jars"
}

write_log_config() {
  cat >"$dir/log4j2.properties" <<'EOF'
# Generated by tools/fluss.sh; rewritten on every start. One file per server: -Dlog.file.
status = warn
appender.file.type = File
appender.file.name = file
appender.file.fileName = ${sys:log.file}
appender.file.append = true
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = %d{ISO8601} %-5p [%t] %c{1}: %m%n
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = file
logger.zk.name = org.apache.fluss.shaded.zookeeper3
logger.zk.level = WARN
logger.curator.name = org.apache.fluss.shaded.curator5
logger.curator.level = WARN
logger.netty.name = org.apache.fluss.shaded.netty4
logger.netty.level = WARN
EOF
}

# server.yaml: flat `key: value` lines (no `#` inside values).
write_server_config() {
  local sdir=$1 role=$2 id=${3:-} port
  mkdir -p "$sdir/conf" "$sdir/data" "$sdir/tmp"
  if [[ $role == coordinator ]]; then port=$coord_port; else port=$((tablet_base + id)); fi
  {
    echo "# Generated by tools/fluss.sh for the $role${id:+ $id}; rewritten when it is started by 'start'."
    echo "zookeeper.address: 127.0.0.1:$zk_port"
    echo "zookeeper.path.root: $zk_root"
    echo "zookeeper.client.session-timeout: ${zk_session}ms"
    echo "zookeeper.client.connection-timeout: ${zk_session}ms"
    if [[ -n $sasl ]]; then
      echo "bind.listeners: FLUSS://127.0.0.1:$port, CLIENT://127.0.0.1:$((port + SASL_PORT_OFFSET))"
      echo "internal.listener.name: FLUSS"
      echo "security.protocol.map: CLIENT:SASL, FLUSS:PLAINTEXT"
      echo "security.sasl.enabled.mechanisms: PLAIN"
      echo "security.sasl.plain.jaas.config: org.apache.fluss.security.auth.sasl.plain.PlainLoginModule required user_${sasl%%:*}=\"${sasl#*:}\";"
    else
      echo "bind.listeners: FLUSS://127.0.0.1:$port"
    fi
    echo "remote.data.dir: $dir/remote"
    echo "data.dir: $sdir/data"
    echo "default.bucket.number: 1"
    echo "default.replication.factor: $rf"
    echo "netty.server.num-network-threads: 1"
    echo "netty.server.num-worker-threads: 2"
    echo "server.io-pool.size: 2"
    echo "server.background.threads: 2"
    if [[ $role == coordinator ]]; then
      echo "coordinator.io-pool.size: 2"
    else
      echo "tablet-server.id: $id"
      echo "tablet-server.controlled-shutdown.max-retries: 2"
      echo "tablet-server.controlled-shutdown.retry-interval: 500ms"
      echo "server.buffer.memory-size: 64mb"
      echo "log.segment.file-size: 16mb"
      echo "log.index.file-size: 1mb"
      echo "log.replica.max-lag-time: 10s"
      echo "kv.snapshot.interval: 60s"
      echo "kv.rocksdb.thread.num: 1"
      echo "kv.rocksdb.writebuffer.size: 8mb"
      echo "kv.rocksdb.block.cache-size: 8mb"
    fi
  } >"$sdir/conf/server.yaml"
}

# Starts the server of dir $1 (conf/server.yaml written) in the background.
launch() {
  local sdir=$1 class=$2 heap=$3 port=$4 jars=$5 name pid
  name=$(basename "$sdir")
  if port_in_use "$port"; then die "port $port on 127.0.0.1 is already in use (wanted by $name)"; fi
  rm -f "$sdir/server.pid"
  rm -rf "$sdir/tmp" && mkdir -p "$sdir/tmp" # RocksDB unpacks its native library there on every start
  printf '==== %s tools/fluss.sh: starting %s on 127.0.0.1:%s ====\n' "$(date -u +%FT%TZ)" "$name" "$port" >>"$sdir/stdout.log"
  log "starting $name on 127.0.0.1:$port (heap $heap, log $sdir/server.log)"
  # The child writes its own pid (exec keeps it); setsid detaches it from our session. The
  # background subshell execs too, so nothing keeps our stdout open: `$(tools/fluss.sh start)`
  # returns once the cluster is ready.
  # shellcheck disable=SC2016,SC2086 # $FLUSS_JAVA_OPTS is split on purpose
  (cd "$sdir" && FLUSS_PLUGINS_DIR=$dir/plugins exec setsid nohup bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$sdir/server.pid" \
    "$JAVA" -Xms64m "-Xmx$heap" -XX:MaxDirectMemorySize=256m -XX:+UseSerialGC -XX:-UsePerfData \
    -XX:+ExitOnOutOfMemoryError -XX:+IgnoreUnrecognizedVMOptions "$OPENS" ${FLUSS_JAVA_OPTS:-} \
    -Djava.net.preferIPv4Stack=true -Djava.io.tmpdir="$sdir/tmp" \
    -Dlog.file="$sdir/server.log" -Dlog4j.configurationFile="file:$dir/log4j2.properties" -Dlog4j.shutdownHookEnabled=false \
    -cp "$jars/*" "$class" --configDir "$sdir/conf" >>"$sdir/stdout.log" 2>&1 </dev/null &)
  for _ in $(seq 1 50); do
    [[ -s $sdir/server.pid ]] && break
    sleep 0.1
  done
  pid=$(our_pid "$sdir") || { log_tail "$sdir/stdout.log" "$sdir/server.log"; die "$name did not start"; }
  log "$name pid $pid"
}

start_coordinator() {
  write_server_config "$dir/coordinator" coordinator
  launch "$dir/coordinator" org.apache.fluss.server.coordinator.CoordinatorServer "${FLUSS_COORDINATOR_HEAP:-384m}" "$coord_port" "$1"
}

start_tablet() { # id jars [keep-config]
  local sdir=$dir/tablet-$1
  [[ ${3:-} == keep && -f $sdir/conf/server.yaml ]] || write_server_config "$sdir" tablet "$1"
  launch "$sdir" org.apache.fluss.server.tablet.TabletServer "${FLUSS_TABLET_HEAP:-512m}" "$((tablet_base + $1))" "$2"
}

# ---- probe -------------------------------------------------------------------------------------

compile_probe() {
  local client
  client=$(bash "$ROOT/tools/deps/maven-jars.sh" fluss-client-0.9) || die "could not resolve the Fluss client jars"
  mkdir -p "$PROBE_DIR"
  (
    exec 8>"$PROBE_DIR/.lock"
    command -v flock >/dev/null 2>&1 && flock 8
    if [[ ! -f $PROBE_DIR/Probe.class || $ROOT/tools/fluss/Probe.java -nt $PROBE_DIR/Probe.class ]]; then
      timeout 120 javac -nowarn -d "$PROBE_DIR" -cp "$client/*" "$ROOT/tools/fluss/Probe.java" || exit 1
    fi
  ) || die "could not compile tools/fluss/Probe.java"
  printf '%s\n' "$client"
}

# probe servers|full WAIT_S [watch [USER:PASSWORD BOOTSTRAP]]: runs the Java probe (output to stderr and
# <dir>/probe.log), through BOOTSTRAP with SASL/PLAIN when given. With `watch`, fails early when one of
# our servers dies while it waits.
probe() {
  local mode=$1 wait_s=$2 watch=${3:-} client ppid rc=0 sdir
  client=$(compile_probe)
  : >"$dir/probe.log"
  timeout $((wait_s + 30)) "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData \
    "$OPENS" -Djava.net.preferIPv4Stack=true \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=off -Dorg.slf4j.simpleLogger.logFile=System.out \
    ${4:+"-Dprobe.sasl=$4"} -cp "$PROBE_DIR:$client/*" Probe "${5:-$BOOTSTRAP}" "$tablets" "$mode" "$wait_s" >"$dir/probe.log" 2>&1 &
  ppid=$!
  if [[ -n $watch ]]; then
    while kill -0 "$ppid" 2>/dev/null; do
      for sdir in "$dir/coordinator" $(for ((i = 0; i < tablets; i++)); do echo "$dir/tablet-$i"; done); do
        if ! our_pid "$sdir" >/dev/null; then
          kill "$ppid" 2>/dev/null || true
          wait "$ppid" 2>/dev/null || true
          log_tail "$sdir/stdout.log" "$sdir/server.log"
          die "$(basename "$sdir") exited while waiting for the cluster (logs: $sdir)"
        fi
      done
      sleep 0.5
    done
  fi
  wait "$ppid" || rc=$?
  sed 's/^/[fluss] probe: /' "$dir/probe.log" >&2
  return $rc
}

all_alive() {
  local i
  our_pid "$dir/coordinator" >/dev/null || return 1
  for ((i = 0; i < tablets; i++)); do our_pid "$dir/tablet-$i" >/dev/null || return 1; done
}

any_alive() {
  local sdir
  while IFS= read -r sdir; do our_pid "$sdir" >/dev/null && return 0; done < <(server_dirs)
  return 1
}

# ---- commands ----------------------------------------------------------------------------------

do_stop() {
  local sdir tablet_dirs=()
  for sdir in "$dir"/tablet-*; do [[ -d $sdir ]] && tablet_dirs+=("$sdir"); done
  if ((${#tablet_dirs[@]} > 0)); then stop_servers "${tablet_dirs[@]}" || die "could not stop the tablet servers"; fi
  if [[ -d $dir/coordinator ]]; then stop_servers "$dir/coordinator" || die "could not stop the coordinator"; fi
  if [[ -d $dir/zk ]]; then
    bash "$ROOT/tools/zookeeper.sh" stop --port "$zk_port" --dir "$dir/zk" || die "could not stop ZooKeeper"
  fi
  log "stopped (dir $dir)"
}

do_start() {
  local t0=$SECONDS jars i sdir
  if ((clean)); then
    log "--clean: stopping anything running from $dir and wiping its state"
    do_stop
    rm -rf "$dir/coordinator" "$dir"/tablet-* "$dir/remote" "$dir/zk/data" "$ENV_FILE" "$dir/probe.log"
    saved=()
  elif any_alive && [[ -f $ENV_FILE ]]; then
    # Servers are running: they must have been started with the same settings.
    local now k
    now=$(env_content)
    if [[ $now != "$(<"$ENV_FILE")" ]]; then
      for k in "${!saved[@]}"; do log "running with $k=${saved[$k]}"; done
      die "a cluster with other settings runs from $dir; stop it first (tools/fluss.sh stop --dir $dir)"
    fi
  fi
  if all_alive && bash "$ROOT/tools/zookeeper.sh" status --port "$zk_port" --dir "$dir/zk" 2>/dev/null; then
    log "already running from $dir; probing"
    if probe full "$timeout_s" watch; then
      log "ready: bootstrap $BOOTSTRAP"
      printf '%s\n' "$BOOTSTRAP"
      return 0
    fi
    die "the running cluster does not pass the probe (logs under $dir); try: tools/fluss.sh start --clean --dir $dir"
  fi

  command -v "$JAVA" >/dev/null 2>&1 || die "java not found on PATH"
  jars=$(server_jars)
  # Compile the probe while ZooKeeper starts.
  compile_probe >/dev/null &
  local compile_pid=$!

  local zk_ours=1
  bash "$ROOT/tools/zookeeper.sh" start --port "$zk_port" --dir "$dir/zk" || die "could not start ZooKeeper on port $zk_port"
  [[ -f $dir/zk/zookeeper.pid ]] || zk_ours=0
  if ((clean && !zk_ours)); then
    log "--clean: ZooKeeper on $zk_port is not ours; deleting $zk_root in it"
    timeout 60 "$JAVA" -cp "$(bash "$ROOT/tools/deps/zookeeper.sh" classpath)" -Dzookeeper.log.threshold=WARN \
      org.apache.zookeeper.ZooKeeperMain -server "127.0.0.1:$zk_port" deleteall "$zk_root" >/dev/null 2>&1 \
      || die "could not delete $zk_root in ZooKeeper 127.0.0.1:$zk_port"
  fi

  mkdir -p "$dir/remote" "$dir/plugins"
  env_content >"$ENV_FILE"
  write_log_config
  our_pid "$dir/coordinator" >/dev/null || start_coordinator "$jars"
  for ((i = 0; i < tablets; i++)); do
    our_pid "$dir/tablet-$i" >/dev/null || start_tablet "$i" "$jars"
  done
  for sdir in "$dir"/tablet-*; do
    i=${sdir##*/tablet-}
    if is_uint "$i" && ((i >= tablets)) && our_pid "$sdir" >/dev/null; then
      log "warning: tablet-$i (beyond --tablet-servers $tablets) is still running"
    fi
  done
  wait "$compile_pid" || die "could not compile the probe"

  log "waiting for $tablets tablet server(s) and a write/lookup round trip (up to ${timeout_s}s)"
  probe full "$timeout_s" watch || die "cluster not ready after ${timeout_s}s (logs under $dir)"
  if [[ -n $sasl ]]; then
    log "the same round trip through the SASL listeners (bootstrap 127.0.0.1:$((coord_port + SASL_PORT_OFFSET)), user ${sasl%%:*})"
    probe full 60 watch "$sasl" "127.0.0.1:$((coord_port + SASL_PORT_OFFSET))" || die "the SASL listeners do not serve (logs under $dir)"
  fi
  log "ready in $((SECONDS - t0))s: bootstrap $BOOTSTRAP"
  printf '%s\n' "$BOOTSTRAP"
}

env_content() {
  printf '%s\n' "zk_port=$zk_port" "zk_root=$zk_root" "coord_port=$coord_port" "tablets=$tablets" "tablet_base=$tablet_base"
  [[ -z $sasl ]] || printf '%s\n' "sasl=$sasl"
}

do_status() {
  local ok=1 i pid
  if bash "$ROOT/tools/zookeeper.sh" status --port "$zk_port" --dir "$dir/zk"; then :; else ok=0; fi
  if pid=$(our_pid "$dir/coordinator"); then log "coordinator pid $pid on 127.0.0.1:$coord_port"; else log "coordinator not running"; ok=0; fi
  for ((i = 0; i < tablets; i++)); do
    if pid=$(our_pid "$dir/tablet-$i"); then log "tablet-$i pid $pid on 127.0.0.1:$((tablet_base + i))"; else log "tablet-$i not running"; ok=0; fi
  done
  ((ok)) || return 1
  local mode=servers
  ((full)) && mode=full
  probe "$mode" 20 || return 1
  log "healthy: bootstrap $BOOTSTRAP"
}

do_restart_tablet() {
  [[ -n $ts_id ]] || die "restart-tablet needs --id I"
  is_uint "$ts_id" || die "invalid --id: $ts_id"
  local sdir=$dir/tablet-$ts_id t0=$SECONDS jars
  [[ -f $sdir/conf/server.yaml ]] || die "no tablet server $ts_id under $dir (start the cluster first)"
  ((ts_id < tablets)) || die "tablet server $ts_id is beyond --tablet-servers $tablets"
  jars=$(server_jars)
  stop_server "$sdir" "$sig" "$stop_timeout"
  ((down == 0)) || { log "tablet-$ts_id down for ${down}s"; sleep "$down"; }
  local from=0
  [[ -f $sdir/server.log ]] && from=$(wc -l <"$sdir/server.log")
  start_tablet "$ts_id" "$jars" keep
  # After a SIGKILL the coordinator still lists the old registration until its ZooKeeper session
  # expires, so first wait for the new process to register itself.
  log "waiting for tablet-$ts_id to register in ZooKeeper (up to ${timeout_s}s)"
  local deadline=$((SECONDS + timeout_s))
  until log_has_since "$sdir/server.log" "$from" "Registered tablet server $ts_id "; do
    our_pid "$sdir" >/dev/null || { log_tail "$sdir/stdout.log" "$sdir/server.log"; die "tablet-$ts_id exited during its restart"; }
    ((SECONDS < deadline)) || die "tablet-$ts_id did not register within ${timeout_s}s (log $sdir/server.log)"
    sleep 0.5
  done
  log "waiting for $tablets tablet server(s) (up to ${timeout_s}s)"
  probe servers "$timeout_s" watch || die "tablet-$ts_id did not come back within ${timeout_s}s (log $sdir/server.log)"
  log "tablet-$ts_id restarted in $((SECONDS - t0))s"
}

case "$cmd" in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  restart-tablet) do_restart_tablet ;;
esac
