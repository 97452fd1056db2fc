#!/bin/sh
# Regenerates the TLS fixtures of the pod source tests (tests/data/sources/tls): a test CA, a
# server certificate for 127.0.0.1/localhost and a client certificate signed by it, and an
# unrelated CA for the "wrong CA" case. Valid for 100 years so the committed files do not expire.
# Idempotent: overwrites the files. Needs only the openssl CLI.
set -eu
D="${1:-$(dirname "$0")/../tests/data/sources/tls}"
mkdir -p "$D"
cd "$D"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

for ca in ca other-ca; do
  key "$ca.key"
  openssl req -x509 -new -key "$ca.key" -days 36500 -subj "/CN=podpulse test $ca" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$ca.crt"
done

key server.key
openssl req -new -key server.key -subj "/CN=127.0.0.1" -out "$T/server.csr"
printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes\n' > "$T/server.ext"
openssl x509 -req -in "$T/server.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days 36500 \
  -extfile "$T/server.ext" -out server.crt 2>/dev/null

key client.key
openssl req -new -key client.key -subj "/CN=system:node:n1/O=system:nodes" -out "$T/client.csr"
printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n' > "$T/client.ext"
openssl x509 -req -in "$T/client.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days 36500 \
  -extfile "$T/client.ext" -out client.crt 2>/dev/null
rm -f ca.srl ca.key other-ca.key
echo "wrote $(pwd)"
