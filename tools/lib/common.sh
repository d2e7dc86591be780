# Shared by the tools/ scripts. Source it after setting LOG_TAG (default: the script's name):
#   LOG_TAG=fluss; . "$ROOT/tools/lib/common.sh"
# log MSG...   one line on stderr, tagged
# die MSG...   an error line on stderr, then exit 1
# usage        the script's header comment (its lines after the shebang) on stderr, then exit 2
# is_uint S    true when S is a whole number
# apt_install PKG...  installs Debian packages (as root, or through sudo) without recommends and
#              without starting their services; refreshes the package lists only when apt knows no
#              candidate for one of them (a fresh machine); dies with the end of apt's log on failure
#
# Checks: scripts that test something record each check and end with one summary line, which is
# also written as JUnit XML (tools/test-all.sh sums those files):
#   checks_begin SUITE        start a suite (XML to $JUNIT_DIR/SUITE.xml, default .cache/reports/junit)
#   check STATUS NAME         STATUS 0 = passed; prints "ok     NAME" or "FAILED NAME", returns STATUS
#   checks_import FILE        counts the "ok     …" / "FAILED …" lines another program printed
#   checks_end                prints "SUITE: N passed, N failed", writes the XML; fails if any failed
LOG_TAG=${LOG_TAG:-$(basename "${BASH_SOURCE[1]:-$0}" .sh)}
log() { printf '[%s] %s\n' "$LOG_TAG" "$*" >&2; }
die() { printf '[%s] ERROR: %s\n' "$LOG_TAG" "$*" >&2; exit 1; }
usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[1]:-$0}" >&2
  exit 2
}
is_uint() { [[ $1 =~ ^[0-9]+$ ]]; }
as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root (or sudo) to run: $*"
  fi
}
apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found: installing $* needs a Debian-based machine"
  local apt_log pkg cand
  apt_log=$(mktemp "${TMPDIR:-/tmp}/apt.XXXXXX")
  for pkg in "$@"; do
    cand=$(apt-cache policy "$pkg" 2>/dev/null | awk '/Candidate:/ {print $2}')
    [[ -n $cand && $cand != "(none)" ]] && continue
    log "apt has no candidate for $pkg; running apt-get update"
    as_root apt-get update -q >"$apt_log" 2>&1 || { tail -n 30 "$apt_log" >&2; die "apt-get update failed"; }
    break
  done
  log "installing Debian packages $* (apt-get install --no-install-recommends)"
  # RUNLEVEL=1: invoke-rc.d starts no service the package ships (no daemon is left behind).
  if ! as_root env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -q --no-install-recommends "$@" >"$apt_log" 2>&1; then
    tail -n 30 "$apt_log" >&2
    die "apt-get install $* failed (log: $apt_log)"
  fi
  rm -f "$apt_log"
}

COMMON_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
checks_begin() {
  CHECKS_SUITE=$1
  CHECKS_PASSED=0
  CHECKS_FAILED=0
  CHECKS_STARTED=$SECONDS
  CHECKS_TSV=$(mktemp "${TMPDIR:-/tmp}/checks.XXXXXX")
}
check() {
  local status=$1 name=$2
  if [[ $status == 0 ]]; then
    CHECKS_PASSED=$((CHECKS_PASSED + 1)); echo "ok     $name"
  else
    CHECKS_FAILED=$((CHECKS_FAILED + 1)); echo "FAILED $name"
  fi
  printf '%s\t%s\n' "$status" "${name//$'\t'/ }" >>"$CHECKS_TSV"
  [[ $status == 0 ]]
}
checks_import() {
  local line name
  while IFS= read -r line; do
    name=$(sed -E 's/^(ok|FAILED) +//' <<<"$line")
    case "$line" in
      'ok '*) check 0 "$name" >/dev/null ;;
      'FAILED '*) check 1 "$name" >/dev/null ;;
    esac
  done <"$1"
}
checks_end() {
  local dir=${JUNIT_DIR:-$COMMON_ROOT/.cache/reports/junit}
  mkdir -p "$dir"
  python3 "$COMMON_ROOT/tools/junit/junit.py" write "$CHECKS_SUITE" "$((SECONDS - CHECKS_STARTED))" <"$CHECKS_TSV" >"$dir/${CHECKS_SUITE//[^A-Za-z0-9._-]/-}.xml"
  rm -f "$CHECKS_TSV"
  echo "$CHECKS_SUITE: $CHECKS_PASSED passed, $CHECKS_FAILED failed"
  [[ $CHECKS_FAILED -eq 0 && $CHECKS_PASSED -gt 0 ]]
}
