"""Observation printing shared by the Python client programs of tests/clients.

Every program prints one line per observation, `operation<TAB>text`, in a fixed order, and nothing
that differs between two correct servers (no timestamps, server names or exception messages).
tools/client-compat.sh diffs the lines of a run against the reference HBase with those of a run
against the gateway, operation by operation.
"""
import hashlib
import signal
import sys


def show(value):
    """Bytes as text: printable ASCII kept, everything else as \\xNN (None as <none>)."""
    if value is None:
        return "<none>"
    if isinstance(value, str):
        value = value.encode()
    if isinstance(value, int):
        return str(value)
    if len(value) > 64:
        return "<%d bytes sha256:%s>" % (len(value), hashlib.sha256(value).hexdigest()[:16])
    return "".join(chr(b) if 0x20 <= b < 0x7F and b != 0x5C else "\\x%02x" % b for b in value)


def emit(op, text):
    print("%s\t%s" % (op, text), flush=True)


class _Timeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise _Timeout()


def error_name(e):
    """The exception's class, plus the server-side class a client carries in its first argument
    (hbase-driver's RemoteException('org.apache...DoNotRetryIOException')), never the message."""
    name = type(e).__name__
    first = e.args[0] if e.args else None
    if isinstance(first, str) and first.startswith(("org.apache.", "java.")) and " " not in first:
        name += "(%s)" % first
    return name


def run(op, fn, seconds=30, describe=error_name, on_timeout=None):
    """Runs one operation, prints what it returned (fn returns text or a list of texts) or
    `ERROR` + describe(exception) (the class by default); a hung call becomes `ERROR timeout`, then
    on_timeout() runs, so a later operation still runs."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        out = fn()
        lines = out if isinstance(out, list) else [out]
        if not lines:
            emit(op, "<empty>")
        for line in lines:
            emit(op, line)
    except _Timeout:
        emit(op, "ERROR timeout")
        if on_timeout:
            on_timeout()
    except Exception as e:  # noqa: BLE001 - the class is the observation
        emit(op, "ERROR %s" % describe(e))
        print("[%s] %s: %r" % (op, type(e).__name__, e), file=sys.stderr)
    finally:
        signal.alarm(0)
