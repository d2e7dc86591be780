#!/usr/bin/env bash
# TLS on the HBase RPC port, proved with the real HBase 2.6.4 Java client and its own TLS keys
# (hbase.client.netty.tls.enabled, hbase.rpc.tls.truststore.*, hbase.rpc.tls.keystore.*), through
# the ZooKeeper registry and the RPC registry. Generates a CA, server and client certificates with
# openssl (tools/tls/gen-certs.sh), starts a real ZooKeeper and, one after another, gateways on the
# embedded store configured as:
#   A  PEM keystore, plaintext also accepted, client auth NONE: TLS and plain clients both work;
#      garbage and broken handshakes close only their own connection
#   B  PKCS12 keystore + PKCS12 truststore, plaintext off, client auth NEED: plain clients, clients
#      without a certificate and with an untrusted one are refused; trusted PEM and PKCS12 ones work
#   C  client auth WANT: with and without a certificate both work
#   D  certReload: the server certificate replaced on disk is served to new connections, no restart
#   M  hbase.compat.rpc.tls.client.identity=cn: the user is the client certificate's CN; a header
#      claiming another user is refused with AccessDeniedException
#   E  a JKS keystore is refused at start with a clear error
#   F  (--ycsb) YCSB load + workload C against a TLS-only gateway and a plain one, side by side
#   R  (--reference) the B checks against a real HBase 2.6.4 configured the same way
#      (tools/reference-hbase.sh --tls): the same clients are refused and served
# Usage: tools/tls-test.sh [--ycsb] [--reference]
# Needs the built gateway (npx nx build rpc-gateway, or GATEWAY_MAIN=...), java/javac, openssl,
# python3. Writes JUnit XML (suite "tls") to .cache/reports/junit/tls.xml. About 2-3 minutes.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOG_TAG=tls-test
. "$ROOT/tools/lib/common.sh"
. "$ROOT/tools/lib/node.sh"
ycsb=0
reference=0
for arg in "$@"; do
  case "$arg" in
    --ycsb) ycsb=1 ;;
    --reference) reference=1 ;;
    *) usage ;;
  esac
done

work=$(mktemp -d "${TMPDIR:-/tmp}/tls-test.XXXXXX")
C=$work/certs
zk_port=$(free_port)
gateways=()
cleanup() {
  for g in "${gateways[@]}"; do stop_gateway "$g"; done
  bash "$ROOT/tools/reference-hbase.sh" stop --dir "$work/ref" >/dev/null 2>&1 || true
  bash "$ROOT/tools/zookeeper.sh" stop --port "$zk_port" --dir "$work/zk" >/dev/null 2>&1 || true
  [[ -n ${KEEP_WORK:-} ]] || rm -rf "$work"
}
trap cleanup EXIT

jars=$("$ROOT/tools/deps/maven-jars.sh" hbase-client-2.6) || die "could not resolve the HBase 2.6 client jars"
mkdir -p "$work/classes"
javac -nowarn --release 17 -cp "$jars/*" -d "$work/classes" "$ROOT/tools/tls/TlsClient.java" || die "javac TlsClient.java failed"
bash "$ROOT/tools/tls/gen-certs.sh" "$C" || die "certificate generation failed"
bash "$ROOT/tools/zookeeper.sh" start --port "$zk_port" --dir "$work/zk" >/dev/null || die "ZooKeeper did not start"

checks_begin tls

# gateway NAME [flags...]: a gateway on a fresh port under znode parent /NAME; sets $port.
gateway() {
  local name=$1
  shift
  port=$(free_port)
  gateways+=("$work/gw-$name")
  start_gateway "$work/gw-$name" "$port" --hbase.zookeeper.quorum="127.0.0.1:$zk_port" --zookeeper.znode.parent="/$name" \
    --hbase.server.netty.tls.enabled=true --hbase.rpc.tls.truststore.location="$C/ca.pem" "$@"
}

# client OUT_LABEL REGISTRY(zk|rpc) key=value...: runs TlsClient against the current gateway.
client() {
  local registry=$1
  shift
  local reg=(hbase.zookeeper.quorum=127.0.0.1 hbase.zookeeper.property.clientPort="${client_zk_port:-$zk_port}" zookeeper.znode.parent="${client_parent:-/$current}")
  [[ $registry == rpc ]] && reg+=(hbase.client.registry.impl=org.apache.hadoop.hbase.client.RpcConnectionRegistry hbase.client.bootstrap.servers="127.0.0.1:$port")
  timeout 60 java -cp "$work/classes:$jars/*" -Djava.net.preferIPv4Stack=true -Dorg.slf4j.simpleLogger.defaultLogLevel=off \
    TlsClient "${reg[@]}" tls.test.tag="$registry$RANDOM" "$@" 2>"$work/client.err" | tail -1
}
tls=(hbase.client.netty.tls.enabled=true hbase.rpc.tls.truststore.location="$C/ca.pem")
cert_pem=(hbase.rpc.tls.keystore.location="$C/client.pem")
cert_p12=(hbase.rpc.tls.keystore.location="$C/client.p12" hbase.rpc.tls.keystore.password=storepw)
rogue=(hbase.rpc.tls.keystore.location="$C/rogue.pem")

expect() { # PASS|FAIL NAME REGISTRY args...: the client's outcome must start with the first word
  local want=$1 name=$2 out
  shift 2
  out=$(client "$@")
  [[ $out == "$want"* ]] || log "$name: expected $want, got: $out"
  check "$([[ $out == "$want"* ]] && echo 0 || echo 1)" "$name"
}
expect_pass() { expect PASS "$@"; }
expect_refused() { expect FAIL "$@"; }
raw() { python3 "$ROOT/tools/tls/raw_probe.py" "$@" --port "$port" --ca "$C/ca.pem"; }

# --- A: PEM keystore, plaintext also accepted, client auth NONE -------------------------------
current=a
gateway a --hbase.rpc.tls.keystore.location="$C/server.pem" --hbase.server.netty.tls.client.auth.mode=NONE || die "gateway A did not start"
expect_pass "A zk registry: put/get/scan over TLS (PEM keystore)" zk "${tls[@]}"
expect_pass "A rpc registry: put/get/scan over TLS (PEM keystore)" rpc "${tls[@]}"
expect_pass "A zk registry: plain client on the same port (supportplaintext=true)" zk
expect_pass "A rpc registry: plain client on the same port (supportplaintext=true)" rpc
check "$(raw isolation >"$work/raw.out" 2>&1 && echo 0 || echo 1)" "A garbage, a broken handshake and plain junk close only their own connections" || cat "$work/raw.out" >&2
expect_pass "A after the garbage: TLS client still served" rpc "${tls[@]}"

# --- B: PKCS12 keystore and truststore, plaintext off, client auth NEED ------------------------
current=b
gateway b --hbase.rpc.tls.keystore.location="$C/server.p12" --hbase.rpc.tls.keystore.password=storepw \
  --hbase.rpc.tls.truststore.location="$C/ca.p12" --hbase.rpc.tls.truststore.password=trustpw \
  --hbase.server.netty.tls.supportplaintext=false --hbase.server.netty.tls.client.auth.mode=NEED || die "gateway B did not start"
expect_refused "B zk registry: plain client refused (supportplaintext=false)" zk
expect_refused "B rpc registry: plain client refused (supportplaintext=false)" rpc
check "$(raw plain-refused >"$work/raw.out" 2>&1 && echo 0 || echo 1)" "B plain bytes to the TLS-only port: connection closed, no answer" || cat "$work/raw.out" >&2
expect_refused "B NEED: TLS client without a certificate refused" rpc "${tls[@]}"
expect_refused "B NEED: TLS client with an untrusted certificate refused" rpc "${tls[@]}" "${rogue[@]}"
expect_pass "B NEED zk registry: trusted client certificate (PEM) works" zk "${tls[@]}" "${cert_pem[@]}"
expect_pass "B NEED rpc registry: trusted client certificate (PKCS12) works" rpc "${tls[@]}" "${cert_p12[@]}"

# --- C: client auth WANT ----------------------------------------------------------------------
current=c
gateway c --hbase.rpc.tls.keystore.location="$C/server.pem" --hbase.server.netty.tls.client.auth.mode=WANT \
  --hbase.server.netty.tls.supportplaintext=false || die "gateway C did not start"
expect_pass "C WANT: TLS client without a certificate works" rpc "${tls[@]}"
expect_pass "C WANT: TLS client with a trusted certificate works" zk "${tls[@]}" "${cert_pem[@]}"
# The Java client offers only a certificate issued by a CA the server names in its request, so with
# an untrusted one it connects without a certificate, which WANT accepts (as HBase's JSSE server
# would). A certificate that is sent anyway but untrusted is refused: libs/gateway-core/src/rpc/tls.spec.ts.
expect_pass "C WANT: a client holding only an untrusted certificate connects without it" rpc "${tls[@]}" "${rogue[@]}"

# --- D: certificate reload without restart ----------------------------------------------------
current=d
cp "$C/server.pem" "$work/live.pem"
gateway d --hbase.rpc.tls.keystore.location="$work/live.pem" --hbase.server.netty.tls.client.auth.mode=NONE \
  --hbase.rpc.tls.certReload=true --hbase.rpc.tls.filepoll.interval.millis=200 || die "gateway D did not start"
pid_before=$(cat "$work/gw-d/gateway.pid")
before=$(raw subject 2>&1)
cat "$C/server2.pem" >"$work/live.pem.tmp" && mv "$work/live.pem.tmp" "$work/live.pem"
after=
for _ in $(seq 1 50); do
  after=$(raw subject 2>&1)
  [[ $after == *reloaded* ]] && break
  sleep 0.2
done
log "served certificate before: $before; after replacing the file: $after"
check "$([[ $before == *localhost* && $after == *reloaded* && $(cat "$work/gw-d/gateway.pid") == "$pid_before" ]] && echo 0 || echo 1)" \
  "D certReload: new connections get the replaced certificate, same process"
expect_pass "D after the reload: Java TLS client works" rpc "${tls[@]}"

# --- M: the user is the client certificate's CN (hbase.compat.rpc.tls.client.identity=cn) -------
# client.pem says CN=hbase-client; the Java client's header names its login user (HADOOP_USER_NAME).
current=m
gateway m --hbase.rpc.tls.keystore.location="$C/server.pem" --hbase.server.netty.tls.client.auth.mode=NEED \
  --hbase.compat.rpc.tls.client.identity=cn || die "gateway M did not start"
HADOOP_USER_NAME=hbase-client expect_pass "M identity=cn: a client whose user is its certificate's CN is served" rpc "${tls[@]}" "${cert_pem[@]}"
# As HBase answers a connection it does not authorize (AccessDeniedException with call id -1, then
# close), the Java client reports only the closed connection; the gateway logs the refusal.
HADOOP_USER_NAME=mallory expect_refused "M identity=cn: the same certificate claiming another user is refused" rpc "${tls[@]}" "${cert_pem[@]}"
grep -q "refused connection .*Connection header user 'mallory' is not the client certificate's cn 'hbase-client'" "$work/gw-m/gateway.log"
check $? "M the gateway logs the refusal (AccessDeniedException to the client)"

# --- E: JKS refused at start ------------------------------------------------------------------
port=$(free_port)
if NODE_PATH=$ROOT/node_modules timeout 30 node "${GATEWAY_MAIN:-$ROOT/dist/apps/rpc-gateway/main.js}" --hbase.regionserver.port="$port" \
  --hbase.compat.data.dir="$work/gw-e" --hbase.compat.nodeadmin.port=0 --hbase.server.netty.tls.enabled=true \
  --hbase.rpc.tls.keystore.location="$C/server.jks" >"$work/jks.log" 2>&1; then
  check 1 "E JKS keystore refused at start with a clear error"
else
  grep -q 'JKS stores cannot be read' "$work/jks.log"
  check $? "E JKS keystore refused at start with a clear error" || tail -5 "$work/jks.log" >&2
fi

# --- F: YCSB over TLS (optional) --------------------------------------------------------------
# The same load and workload C against a TLS-only gateway (so YCSB cannot fall back to plain text)
# and against a gateway without TLS; YCSB's binding reads the client keys from hbase-site.xml.
if ((ycsb)); then
  for mode in tls plain; do
    current=f$mode
    if [[ $mode == tls ]]; then
      gateway "$current" --hbase.rpc.tls.keystore.location="$C/server.pem" --hbase.server.netty.tls.client.auth.mode=NONE \
        --hbase.server.netty.tls.supportplaintext=false || die "gateway F ($mode) did not start"
      confs=(--conf hbase.client.netty.tls.enabled=true --conf hbase.rpc.tls.truststore.location="$C/ca.pem")
    else
      gateway "$current" --hbase.server.netty.tls.enabled=false || die "gateway F ($mode) did not start"
      confs=()
    fi
    ycsb_args=(--zk "127.0.0.1:$zk_port" --znode-parent "/$current" --records 2000 --threads 4 --max-seconds 60 "${confs[@]}")
    bash "$ROOT/tools/ycsb.sh" "${ycsb_args[@]}" --workload c --phase load --operations 2000 --create-table 2 >"$work/ycsb-load-$mode.out" 2>&1
    check $? "F YCSB load ($mode)" || tail -20 "$work/ycsb-load-$mode.out" >&2
    bash "$ROOT/tools/ycsb.sh" "${ycsb_args[@]}" --workload c --phase run --operations 20000 >"$work/ycsb-$mode.out" 2>&1
    check $? "F YCSB workload C ($mode)" || tail -20 "$work/ycsb-$mode.out" >&2
    log "YCSB C $mode: $(grep -E '^\[OVERALL\], Throughput|^\[READ\], 99thPercentileLatency' "$work/ycsb-$mode.out" | tr '\n' ' ')"
    stop_gateway "$work/gw-$current"
  done
fi

# --- R: the same checks against a real HBase 2.6.4 with TLS (optional) ------------------------
if ((reference)); then
  client_zk_port=$(free_port)
  client_parent=/hbase
  port=$(free_port)
  if bash "$ROOT/tools/reference-hbase.sh" start --dir "$work/ref" --tls "$C" --zk-port "$client_zk_port" --master-port "$(free_port)" --rs-port "$port"; then
    # The first table operations wait for hbase:meta to be assigned.
    out=
    for _ in $(seq 1 12); do
      out=$(client zk "${tls[@]}" "${cert_pem[@]}")
      [[ $out == PASS* ]] && break
      sleep 5
    done
    check "$([[ $out == PASS* ]] && echo 0 || echo 1)" "R HBase 2.6.4 NEED zk registry: trusted client certificate (PEM) works" || log "$out"
    expect_pass "R HBase 2.6.4 NEED rpc registry: trusted client certificate (PKCS12) works" rpc "${tls[@]}" "${cert_p12[@]}"
    expect_refused "R HBase 2.6.4 zk registry: plain client refused (supportplaintext=false)" zk
    expect_refused "R HBase 2.6.4 rpc registry: plain client refused (supportplaintext=false)" rpc
    check "$(raw plain-refused >"$work/raw.out" 2>&1 && echo 0 || echo 1)" "R HBase 2.6.4 plain bytes to the TLS-only port: connection closed, no answer" || cat "$work/raw.out" >&2
    expect_refused "R HBase 2.6.4 NEED: TLS client without a certificate refused" rpc "${tls[@]}"
    expect_refused "R HBase 2.6.4 NEED: TLS client with an untrusted certificate refused" rpc "${tls[@]}" "${rogue[@]}"
  else
    check 1 "R HBase 2.6.4 with TLS started"
  fi
fi

checks_end
