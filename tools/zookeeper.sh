#!/usr/bin/env bash
# Runs a private, standalone ZooKeeper server bound to 127.0.0.1.
#
# Usage:
#   tools/zookeeper.sh start|stop|status|wait [options]
#
# Commands:
#   start    install deps if needed, write <dir>/zoo.cfg, start the server in
#            the background and wait until it answers `ruok` with `imok`.
#            A no-op success if a server already answers on that port.
#   stop     SIGTERM the server started from <dir>, SIGKILL after 10 s.
#            A no-op if it is not running.
#   status   exit 0 if a ZooKeeper answers `imok` on 127.0.0.1:<port>, else 1.
#   wait     wait (up to --timeout) until the server answers `imok`.
#
# Options:
#   --port N            client port (default 2181)
#   --dir PATH          state dir (default $ROOT/.cache/run/zookeeper-<port>);
#                       holds zoo.cfg, log4j.properties, data/, zookeeper.log,
#                       zookeeper.pid
#   --tick MS           tickTime (default 500); minSessionTimeout = 2*tick
#   --max-session MS    maxSessionTimeout (default: max(20*tick, 60000))
#   --timeout S         start/wait readiness timeout in seconds (default 30)
#   --clean             (start) wipe <dir>/data before starting
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT

log() { printf '[zookeeper] %s\n' "$*" >&2; }
die() { printf '[zookeeper] ERROR: %s\n' "$*" >&2; exit 1; }
usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2
  exit 2
}

is_uint() { [[ $1 =~ ^[0-9]+$ ]]; }

cmd=${1:-}
[[ -n $cmd ]] || usage
shift
case "$cmd" in
  start|stop|status|wait) ;;
  -h|--help|help) usage ;;
  *) printf '[zookeeper] unknown command: %s\n' "$cmd" >&2; usage ;;
esac

port=2181
dir=
tick=500
max_session=
timeout_s=30
clean=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) [[ $# -ge 2 ]] || die "--port needs a value"; port=$2; shift 2 ;;
    --port=*) port=${1#*=}; shift ;;
    --dir) [[ $# -ge 2 ]] || die "--dir needs a value"; dir=$2; shift 2 ;;
    --dir=*) dir=${1#*=}; shift ;;
    --tick) [[ $# -ge 2 ]] || die "--tick needs a value"; tick=$2; shift 2 ;;
    --tick=*) tick=${1#*=}; shift ;;
    --max-session) [[ $# -ge 2 ]] || die "--max-session needs a value"; max_session=$2; shift 2 ;;
    --max-session=*) max_session=${1#*=}; shift ;;
    --timeout) [[ $# -ge 2 ]] || die "--timeout needs a value"; timeout_s=$2; shift 2 ;;
    --timeout=*) timeout_s=${1#*=}; shift ;;
    --clean) clean=1; shift ;;
    -h|--help) usage ;;
    *) die "unknown option: $1 (see --help)" ;;
  esac
done

if ! is_uint "$port" || ((port == 0 || port > 65535)); then die "invalid --port: $port"; fi
if ! is_uint "$tick" || ((tick == 0)); then die "invalid --tick: $tick"; fi
is_uint "$timeout_s" || die "invalid --timeout: $timeout_s"
if [[ -z $max_session ]]; then
  max_session=$((20 * tick))
  ((max_session >= 60000)) || max_session=60000
fi
if ! is_uint "$max_session" || ((max_session < 2 * tick)); then
  die "invalid --max-session: $max_session (must be >= 2*tick)"
fi
[[ -n $dir ]] || dir=$ROOT/.cache/run/zookeeper-$port
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

readonly CFG=$dir/zoo.cfg
readonly LOG4J=$dir/log4j.properties
readonly LOGFILE=$dir/zookeeper.log
readonly PIDFILE=$dir/zookeeper.pid

# Sends a four-letter word to 127.0.0.1:$port and prints the reply (empty on failure).
four_letter() {
  # shellcheck disable=SC2016 # expanded by the inner bash
  timeout 3 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "%s" "$2" >&3
    cat <&3
  ' _ "$port" "$1" 2>/dev/null || true
}

is_serving() { [[ "$(four_letter ruok)" == imok ]]; }

# shellcheck disable=SC2016 # expanded by the inner bash
port_in_use() { timeout 3 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$port" 2>/dev/null; }

# Prints the pid of the server started from $dir, if it is alive.
our_pid() {
  [[ -f $PIDFILE ]] || return 1
  local pid
  pid=$(<"$PIDFILE")
  is_uint "$pid" || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  # Guard against a recycled pid: the process must be our QuorumPeerMain on our cfg.
  local cmdline
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)
  [[ $cmdline == *QuorumPeerMain*"$CFG"* ]] || return 1
  printf '%s\n' "$pid"
}

log_tail() {
  if [[ -f $LOGFILE ]]; then
    printf '[zookeeper] ---- last 40 lines of %s ----\n' "$LOGFILE" >&2
    tail -n 40 "$LOGFILE" >&2
    printf '[zookeeper] ----\n' >&2
  fi
}

# Waits until the server answers imok; fails early if our process died.
wait_ready() {
  local deadline=$((SECONDS + timeout_s)) pid
  while ((SECONDS < deadline)); do
    if is_serving; then
      return 0
    fi
    if [[ -f $PIDFILE ]] && ! our_pid >/dev/null; then
      pid=$(<"$PIDFILE")
      log "server process ${pid:-?} exited before becoming ready"
      log_tail
      return 1
    fi
    sleep 0.2
  done
  log "timed out after ${timeout_s}s waiting for imok on 127.0.0.1:$port"
  log_tail
  return 1
}

write_config() {
  mkdir -p "$dir/data"
  cat >"$CFG" <<EOF
# Generated by tools/zookeeper.sh; rewritten on every start.
tickTime=$tick
initLimit=10
syncLimit=5
dataDir=$dir/data
clientPort=$port
clientPortAddress=127.0.0.1
maxClientCnxns=0
minSessionTimeout=$((2 * tick))
maxSessionTimeout=$max_session
admin.enableServer=false
4lw.commands.whitelist=ruok,srvr,stat,mntr
autopurge.purgeInterval=0
EOF
  cat >"$LOG4J" <<'EOF'
# Generated by tools/zookeeper.sh. Everything goes to stdout, which the
# launcher redirects to <dir>/zookeeper.log.
log4j.rootLogger=INFO, CONSOLE
log4j.appender.CONSOLE=org.apache.log4j.ConsoleAppender
log4j.appender.CONSOLE.Target=System.out
log4j.appender.CONSOLE.Threshold=INFO
log4j.appender.CONSOLE.layout=org.apache.log4j.PatternLayout
log4j.appender.CONSOLE.layout.ConversionPattern=%d{ISO8601} %-5p [%t:%C{1}@%L] - %m%n
EOF
}

do_start() {
  local pid
  if pid=$(our_pid); then
    log "already running from $dir (pid $pid); checking it serves"
    wait_ready || die "server pid $pid is running but not serving on port $port"
    log "ready on 127.0.0.1:$port"
    return 0
  fi
  if is_serving; then
    log "a ZooKeeper already answers imok on 127.0.0.1:$port (not started from $dir); nothing to do"
    return 0
  fi
  if port_in_use; then
    die "port $port on 127.0.0.1 is in use by something that is not a serving ZooKeeper"
  fi

  command -v java >/dev/null 2>&1 || die "java not found on PATH"
  local cp
  cp=$("$ROOT/tools/deps/zookeeper.sh" install) || die "tools/deps/zookeeper.sh install failed"
  [[ -n $cp ]] || die "empty ZooKeeper classpath"

  if ((clean)); then
    log "--clean: wiping $dir/data"
    rm -rf "$dir/data"
  fi
  write_config
  rm -f "$PIDFILE"
  printf '==== %s tools/zookeeper.sh start (port %s, tick %s) ====\n' "$(date -u +%FT%TZ)" "$port" "$tick" >>"$LOGFILE"

  log "starting ZooKeeper on 127.0.0.1:$port (dir $dir)"
  # The child writes its own pid (exec keeps it), which stays right even if setsid forks.
  # shellcheck disable=SC2016 # expanded by the inner bash
  setsid nohup bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$PIDFILE" \
    java -Xmx256m -Xms32m -XX:+UseSerialGC -XX:-UsePerfData \
    -Djava.net.preferIPv4Stack=true \
    -Dzookeeper.log.dir="$dir" \
    -Dzookeeper.root.logger=INFO,CONSOLE \
    -Dlog4j.configuration="file:$LOG4J" \
    -Dzookeeper.jmx.log4j.disable=true \
    -cp "$cp" org.apache.zookeeper.server.quorum.QuorumPeerMain "$CFG" \
    >>"$LOGFILE" 2>&1 </dev/null &
  # Give the wrapper a moment to write the pid file.
  for _ in $(seq 1 50); do
    [[ -s $PIDFILE ]] && break
    sleep 0.1
  done
  [[ -s $PIDFILE ]] || die "launcher did not write $PIDFILE"

  if ! wait_ready; then
    if pid=$(our_pid); then
      log "killing unready server pid $pid"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$PIDFILE"
    die "ZooKeeper failed to start on port $port (log: $LOGFILE)"
  fi
  log "ready on 127.0.0.1:$port (pid $(<"$PIDFILE"), log $LOGFILE)"
}

do_stop() {
  local pid
  if ! pid=$(our_pid); then
    rm -f "$PIDFILE"
    if is_serving; then
      log "not running from $dir (but something else serves port $port; left alone)"
    else
      log "not running (dir $dir)"
    fi
    return 0
  fi
  log "stopping pid $pid (SIGTERM)"
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + 10))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "still alive after 10s; SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    for _ in $(seq 1 25); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    kill -0 "$pid" 2>/dev/null && die "pid $pid survived SIGKILL"
  fi
  rm -f "$PIDFILE"
  log "stopped"
}

do_status() {
  local pid
  if is_serving; then
    if pid=$(our_pid); then
      log "serving on 127.0.0.1:$port (pid $pid, dir $dir)"
    else
      log "serving on 127.0.0.1:$port (not started from $dir)"
    fi
    return 0
  fi
  if pid=$(our_pid); then
    log "pid $pid is running from $dir but not answering imok on port $port"
  else
    log "not serving on 127.0.0.1:$port"
  fi
  return 1
}

do_wait() {
  if wait_ready; then
    log "ready on 127.0.0.1:$port"
  else
    die "not ready on port $port"
  fi
}

case "$cmd" in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  wait) do_wait ;;
esac
