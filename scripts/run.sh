#!/usr/bin/env bash
# Runs the agent on this machine against the local Docker Engine and the system journal, with no
# cluster. Installs the build dependencies (libsystemd, protoc) when missing. Extra arguments go
# to `podpulse run`, e.g. scripts/run.sh --listen 127.0.0.1:9842 --log-format json
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
for p in libsystemd-dev pkg-config protobuf-compiler; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
mkdir -p "${PODPULSE_STATE_DIR:-/var/lib/podpulse}"
exec cargo run --release --quiet -- run "$@"
