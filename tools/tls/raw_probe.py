#!/usr/bin/env python3
"""Raw-socket probes of the gateway's TLS port for tools/tls-test.sh (loopback only).

  isolation      a good TLS connection stays open while garbage, a broken TLS handshake and plain
                 junk on other connections are each closed by the server
  plain-refused  an HBase preamble sent in clear text to a TLS-only port gets no HBase answer
                 (at most a TLS alert) and the connection is closed
  subject        prints the CN of the certificate the server presents now
Exit 0 when the probe holds.
"""
import argparse
import os
import socket
import ssl
import sys
import time

PREAMBLE = b"HBas\x00\x50"


def tls_connect(port, ca):
    ctx = ssl.create_default_context(cafile=ca)
    ctx.check_hostname = False
    raw = socket.create_connection(("127.0.0.1", port), timeout=10)
    return ctx.wrap_socket(raw, server_hostname="127.0.0.1")


def closed_by_server(sock, payload, within=15.0):
    """Sends payload; True when the server closes (EOF or reset) within `within` seconds."""
    received = b""
    try:
        sock.sendall(payload)
        deadline = time.time() + within
        while time.time() < deadline:
            sock.settimeout(max(0.1, deadline - time.time()))
            chunk = sock.recv(4096)
            if not chunk:
                return True, received
            received += chunk
    except (ConnectionResetError, BrokenPipeError):
        return True, received
    except socket.timeout:
        return False, received
    return False, received


def still_open(sock):
    sock.settimeout(0.5)
    try:
        return sock.recv(1) != b""
    except socket.timeout:
        return True
    except OSError:
        return False


def isolation(port, ca):
    good = tls_connect(port, ca)
    ok = True
    cases = {
        "random garbage": os.urandom(2048),
        "broken TLS handshake": b"\x16\x03\x01\x00\x40" + os.urandom(64),
        "plain junk": b"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
    }
    for name, payload in cases.items():
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        closed, _ = closed_by_server(s, payload)
        s.close()
        print(f"{name}: {'closed' if closed else 'NOT closed'}")
        ok = ok and closed
    alive = still_open(good)
    print(f"good TLS connection still open: {alive}")
    good.close()
    return ok and alive


def plain_refused(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    closed, received = closed_by_server(s, PREAMBLE + b"\x00\x00\x00\x10" + b"\x0a\x04user" + b"\x00" * 10)
    s.close()
    alert_only = received == b"" or received[0] == 0x15
    print(f"closed: {closed}; answer: {received[:16].hex() or 'none'}")
    return closed and alert_only


def subject(port, ca):
    s = tls_connect(port, ca)
    cert = s.getpeercert()
    s.close()
    cn = [v for rdn in cert.get("subject", ()) for (k, v) in rdn if k == "commonName"]
    print(cn[0] if cn else "?")
    return True


def main():
    p = argparse.ArgumentParser()
    p.add_argument("probe", choices=["isolation", "plain-refused", "subject"])
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--ca", required=True)
    a = p.parse_args()
    if a.probe == "isolation":
        ok = isolation(a.port, a.ca)
    elif a.probe == "plain-refused":
        ok = plain_refused(a.port)
    else:
        ok = subject(a.port, a.ca)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
