#!/usr/bin/env bash
# Generates throw-away TLS material for tools/tls-test.sh into DIR (openssl only):
#   ca.pem / ca.key            the test CA;  ca.p12 (certificates only, password "trustpw") its PKCS12 truststore,
#                              ca-keytool.p12 the same written by keytool (when a JDK is installed)
#   server.pem                 server key + certificate (SAN IP:127.0.0.1, DNS:localhost), signed by the CA
#   server.p12                 the same as PKCS12 (password "storepw")
#   client.pem / client.p12    a client key + certificate (CN=hbase-client, SAN IP:127.0.0.1), signed by the CA
#   rogue-ca.pem, rogue.pem / rogue.p12   a client certificate from another CA (must be refused)
#   server2.pem                a second server certificate (CN=reloaded) for the reload check
#   wronghost.pem              a client certificate from the CA naming another host (10.9.9.9)
# Usage: tools/tls/gen-certs.sh DIR
set -euo pipefail
dir=${1:?usage: gen-certs.sh DIR}
mkdir -p "$dir"
cd "$dir"
ossl() { openssl "$@" 2>/dev/null; }
ca() { # ca NAME SUBJECT
  ossl req -x509 -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.pem" -days 2 -subj "$2" \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
}
leaf() { # leaf NAME CA SUBJECT SAN USAGE
  ossl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.csr" -subj "$3"
  printf 'subjectAltName=%s\nextendedKeyUsage=%s\nbasicConstraints=CA:FALSE\n' "$4" "$5" >"$1.ext"
  ossl x509 -req -in "$1.csr" -CA "$2.pem" -CAkey "$2.key" -CAcreateserial -out "$1.crt" -days 2 -extfile "$1.ext"
  cat "$1.key" "$1.crt" >"$1.pem"
  ossl pkcs12 -export -inkey "$1.key" -in "$1.crt" -certfile "$2.pem" -out "$1.p12" -passout pass:storepw -name "$1"
  rm -f "$1.csr" "$1.ext"
}
ca ca "/CN=hbase-compat test CA"
ca rogue-ca "/CN=rogue CA"
leaf server ca "/CN=localhost" "IP:127.0.0.1,DNS:localhost" serverAuth,clientAuth
leaf server2 ca "/CN=reloaded" "IP:127.0.0.1,DNS:localhost" serverAuth
leaf client ca "/CN=hbase-client" "IP:127.0.0.1,DNS:localhost" clientAuth
leaf rogue rogue-ca "/CN=rogue-client" "IP:127.0.0.1,DNS:localhost" clientAuth
leaf wronghost ca "/CN=wronghost" "IP:10.9.9.9,DNS:elsewhere.invalid" clientAuth
ossl pkcs12 -export -nokeys -in ca.pem -out ca.p12 -passout pass:trustpw
# The same truststore as Java's keytool writes it (when a JDK is installed).
if command -v keytool >/dev/null; then
  keytool -importcert -noprompt -storetype PKCS12 -keystore ca-keytool.p12 -storepass trustpw -alias ca -file ca.pem >/dev/null 2>&1
fi
