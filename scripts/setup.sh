#!/usr/bin/env bash
# Installs (apt) and starts what podpulse's tests need, when missing: dockerd, a standalone
# systemd-journald, Prometheus/promtool, containerd (with CRI, on its own socket), and the test
# images. Idempotent; safe to run on a machine where everything already runs. Needs root.
set -euo pipefail
cd "$(dirname "$0")/.."
log() { echo "setup: $*" >&2; }

PACKAGES=(docker.io containerd busybox-static containernetworking-plugins protobuf-compiler
  systemd-journal-remote libsystemd-dev pkg-config prometheus curl jq iproute2)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # A new machine has no package lists yet: update once before installing anything.
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# journald: standalone (there is no systemd as PID 1 here). It creates its own directories.
# Without systemd every writer shares one cgroup, so journald's per-service rate limit would
# drop test lines whenever several tests write at once: switch it off for this test journald.
mkdir -p /etc/systemd/journald.conf.d
printf '[Journal]\nRateLimitIntervalSec=0\nRateLimitBurst=0\n' > /etc/systemd/journald.conf.d/podpulse-tests.conf
. scripts/lib/services.sh
pp_journald_ok || log "starting systemd-journald"
pp_start_journald >/dev/null
docker version >/dev/null 2>&1 || log "starting dockerd"
pp_start_dockerd >/dev/null

scripts/build-test-images.sh

# Optional parts contributed by other components.
for extra in scripts/containerd-start.sh scripts/deploy-tools.sh; do
  if [ -x "$extra" ]; then
    log "running $extra"
    "$extra"
  fi
done
log "ready"
