#!/usr/bin/env bash
# Stops podpulse's standalone containerd (see containerd-start.sh). Idempotent.
#   containerd-stop.sh              remove every sandbox/container it runs, then stop it and clean up
#                                   its dirs, netns, the pp-cni0 bridge, kubepods cgroups and pod logs
#   containerd-stop.sh --daemon-only  stop only the daemon (SIGTERM), leaving shims and containers
#                                   running: a runtime restart as a node would see it
# Containers go first, through containerd: killed containerd leaves shims running, and the sandbox's
# `sleep` is PID 1 of its pid namespace, so it ignores SIGTERM.
set -uo pipefail

STATE=/run/pp-containerd
ROOT=/var/lib/pp-containerd
SOCK=$STATE/containerd.sock
PIDFILE=$STATE/containerd.pid
CTR=(ctr --connect-timeout 1s -a "$SOCK" -n k8s.io)

pid=""
[ -f "$PIDFILE" ] && pid=$(cat "$PIDFILE")
alive() { [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

stop_daemon() {
    alive || return 0
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 100); do alive || break; sleep 0.05; done
    alive && kill -KILL "$pid" 2>/dev/null
    for _ in $(seq 1 40); do alive || break; sleep 0.05; done
    rm -f "$SOCK" "$SOCK.ttrpc"
}

if [ "${1:-}" = "--daemon-only" ]; then
    stop_daemon
    echo "pp-containerd daemon stopped (containers left running)"
    exit 0
fi

netns=()
if alive && [ -S "$SOCK" ]; then
    for id in $("${CTR[@]}" containers ls -q 2>/dev/null); do
        ns=$("${CTR[@]}" containers info "$id" 2>/dev/null |
             jq -r '.Spec.linux.namespaces[]? | select(.type=="network") | .path // empty' 2>/dev/null)
        case "$ns" in */netns/cni-*) netns+=("$ns") ;; esac
        "${CTR[@]}" tasks kill -s SIGKILL "$id" >/dev/null 2>&1
    done
    for id in $("${CTR[@]}" containers ls -q 2>/dev/null); do
        for _ in $(seq 1 20); do
            "${CTR[@]}" tasks delete "$id" >/dev/null 2>&1 && break
            "${CTR[@]}" tasks ls -q 2>/dev/null | grep -qx "$id" || break
            sleep 0.1
        done
        "${CTR[@]}" containers delete "$id" >/dev/null 2>&1
    done
fi
stop_daemon

# Shims of ours that outlived the daemon (their -address names our socket), by PID only. Their
# children (each pod's sandbox and containers) go first: a killed shim would leave them orphaned.
for p in $(pgrep -f "containerd-shim-runc-v2 .*-address $SOCK" 2>/dev/null); do
    pkill -KILL -P "$p" 2>/dev/null
    kill -KILL "$p" 2>/dev/null
done

for ns in "${netns[@]}" $(ls -d $STATE/netns/cni-* 2>/dev/null); do
    umount "$ns" 2>/dev/null; rm -f "$ns"
done
ip link show pp-cni0 >/dev/null 2>&1 && ip link delete pp-cni0
# Sandbox shm/rootfs mounts under our state and root dirs.
grep -E " ($STATE|$ROOT)/" /proc/self/mounts | awk '{print $2}' | sort -r | while read -r m; do umount -l "$m" 2>/dev/null; done
# kubepods cgroups our tests made (empty ones only: rmdir fails on a busy cgroup).
for c in /sys/fs/cgroup/*/kubepods /sys/fs/cgroup/unified/kubepods; do
    [ -d "$c" ] && find "$c" -depth -type d -exec rmdir {} \; 2>/dev/null
done
rm -rf /var/log/pods/pp-cri-*_* /var/log/pods/*_pp-cri-*_* 2>/dev/null
rm -rf "$STATE" "$ROOT"
echo "pp-containerd stopped and cleaned"
