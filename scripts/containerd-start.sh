#!/usr/bin/env bash
# Starts podpulse's own standalone containerd (CRI plugin on) on /run/pp-containerd/containerd.sock,
# installs the CNI bridge conflist and imports the test images into its k8s.io namespace.
# Idempotent: a running instance is left alone (images and conflist are still ensured).
# Never touches dockerd's containerd. Env: PP_CONTAINERD_NO_IMAGES=1 skips the image import.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
STATE=/run/pp-containerd
ROOT=/var/lib/pp-containerd
SOCK=$STATE/containerd.sock
PIDFILE=$STATE/containerd.pid
LOG=$STATE/containerd.log
CTR=(ctr --connect-timeout 1s -a "$SOCK" -n k8s.io)

need_pkg() { # binary package
    command -v "$1" >/dev/null 2>&1 || [ -x "$1" ] && return 0
    apt-get install -y --no-install-recommends "$2" >/dev/null 2>&1 || {
        apt-get update >/dev/null && apt-get install -y --no-install-recommends "$2" >/dev/null; }
}
need_pkg containerd containerd
need_pkg /usr/lib/cni/bridge containernetworking-plugins
need_pkg runc runc

running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

mkdir -p "$STATE/cni/net.d" "$ROOT"
# Parallel callers (test threads) wait for one another.
exec 9>"$STATE/start.lock"
flock 9
install -m 0644 "$here/containerd/10-pp-bridge.conflist" "$STATE/cni/net.d/10-pp-bridge.conflist"

if ! running; then
    rm -f "$SOCK" "$SOCK.ttrpc"
    # setsid: our containerd must not die with the shell (or test process) that started it.
    setsid containerd --config "$here/containerd/containerd-pp.toml" >>"$LOG" 2>&1 </dev/null 9>&- &
    echo $! >"$PIDFILE"
    # ctr blocks 10 s on a socket that does not exist yet: wait for the file first.
    for _ in $(seq 1 100); do
        [ -S "$SOCK" ] && break
        running || { echo "containerd exited; see $LOG" >&2; tail -20 "$LOG" >&2; exit 1; }
        sleep 0.05
    done
    [ -S "$SOCK" ] || { echo "containerd socket $SOCK did not appear" >&2; exit 1; }
fi
for _ in $(seq 1 50); do "${CTR[@]}" version >/dev/null 2>&1 && break; sleep 0.1; done
"${CTR[@]}" version >/dev/null

if [ "${PP_CONTAINERD_NO_IMAGES:-0}" != 1 ]; then
    # Read the list first: `grep -q` closing the pipe early fails the pipeline under pipefail.
    have=$("${CTR[@]}" images ls -q)
    if ! grep -qx 'docker.io/podpulse-test/pause:1' <<<"$have" ||
       ! grep -qx 'docker.io/podpulse-test/busybox:1' <<<"$have"; then
        "$here/build-test-images.sh" >/dev/null
        docker save podpulse-test/busybox:1 podpulse-test/pause:1 | "${CTR[@]}" images import - >/dev/null
    fi
fi
echo "pp-containerd up: pid $(cat "$PIDFILE") socket $SOCK"
