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
# Probe journald by writing to it: a socket file can outlive the daemon (a machine handed over
# with its processes ended keeps /run), and then only a real write tells.
journald_ok() { systemd-cat -t podpulse-setup true >/dev/null 2>&1; }
if ! journald_ok; then
  log "starting systemd-journald"
  /usr/lib/systemd/systemd-journald >/var/log/pp-journald.log 2>&1 &
  for _ in $(seq 1 100); do journald_ok && break; sleep 0.05; done
  journald_ok || { log "journald did not start; see /var/log/pp-journald.log"; exit 1; }
fi

# dockerd
if ! docker version >/dev/null 2>&1; then
  # A pidfile left by a daemon that was ended with the previous session would stop dockerd.
  if [ -f /var/run/docker.pid ]; then
    pid=$(cat /var/run/docker.pid 2>/dev/null || true)
    state=$(awk '/^State:/{print $2}' "/proc/$pid/status" 2>/dev/null || true)
    if [ -z "$pid" ] || [ -z "$state" ] || [ "$state" = Z ]; then rm -f /var/run/docker.pid; fi
  fi
  log "starting dockerd"
  dockerd >/var/log/pp-dockerd.log 2>&1 &
  for _ in $(seq 1 150); do docker version >/dev/null 2>&1 && break; sleep 0.2; done
  docker version >/dev/null 2>&1 || { log "dockerd did not start; see /var/log/pp-dockerd.log"; exit 1; }
fi

scripts/build-test-images.sh

# Optional parts contributed by other components.
for extra in scripts/containerd-start.sh scripts/deploy-tools.sh; do
  if [ -x "$extra" ]; then
    log "running $extra"
    "$extra"
  fi
done
log "ready"
