#!/usr/bin/env bash
# A first look at podpulse in one command, on one machine with no cluster:
#
#   sudo scripts/demo.sh            (Ctrl-C stops the agent and removes everything it made)
#   DEMO_ONCE=1 scripts/demo.sh     (print, clean up and exit: for CI or a quick look)
#
# It brings up dockerd and journald when they are not running (scripts/lib/services.sh, as
# scripts/setup.sh does), builds the busybox test image with no registry, and creates the pod
# primer's broken pods the way the kubelet and cri-dockerd lay them out on Docker (a pause
# sandbox plus app containers with the io.kubernetes.* labels; static pods from a manifest
# directory, the kubelet's staticPodPath):
#
#   crash-loop      exits 1 again and again; each restart is a new container, as the kubelet does
#   memory-hog      OOM-killed: allocates 64 MiB under a 16 MiB limit
#   liveness        runs, but its liveness probe (HTTP on a closed port) fails
#   offline         its image is not on the node and imagePullPolicy is Never
#   tuned           sets a sysctl the kubelet forbids (kernel.msgmax)
#   report-job      a job's pod that ran to completion
#
# Then it runs the agent, prints `podpulse pods -o wide` and `podpulse describe demo/crash-loop`.
# Needs root (dockerd, journald). PODPULSE_BIN picks the agent binary (default: the release
# build, else the debug build, else `cargo build --release`).
set -euo pipefail
cd "$(dirname "$0")/.."
here=$PWD
NS=demo
NODE=podpulse-demo
RUN=$$
# A free loopback port unless DEMO_PORT says which.
PORT=${DEMO_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
work=$(mktemp -d /tmp/podpulse-demo.XXXXXX)
agent_pid=""
started=()

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

cleanup() {
  trap - EXIT INT TERM
  say "cleaning up"
  [ -n "${looper_pid:-}" ] && kill "$looper_pid" 2>/dev/null && wait "$looper_pid" 2>/dev/null || true
  [ -n "$agent_pid" ] && kill "$agent_pid" 2>/dev/null && wait "$agent_pid" 2>/dev/null || true
  ids=$(docker ps -aq --filter "label=podpulse-demo=$RUN" 2>/dev/null || true)
  [ -n "$ids" ] && docker rm -f $ids >/dev/null 2>&1 || true
  rm -rf "$work"
  # Services this script started (and only those).
  for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ "$(id -u)" = 0 ] || { echo "demo.sh needs root (it may start dockerd and journald)" >&2; exit 1; }

. scripts/lib/services.sh
pid=$(pp_start_journald) && [ -n "$pid" ] && { started+=("$pid"); say "started systemd-journald (pid $pid)"; }
pid=$(pp_start_dockerd) && [ -n "$pid" ] && { started+=("$pid"); say "started dockerd (pid $pid)"; }
scripts/build-test-images.sh >/dev/null

bin=${PODPULSE_BIN:-}
target=${CARGO_TARGET_DIR:-$here/target}
if [ -z "$bin" ]; then
  for b in "$target/release/podpulse" "$target/debug/podpulse"; do
    [ -x "$b" ] && { bin=$b; break; }
  done
fi
if [ -z "$bin" ]; then
  say "building podpulse (cargo build --release, a few minutes the first time)"
  cargo build --release --quiet --bin podpulse
  bin="$target/release/podpulse"
fi

# ---- pods, kubelet-style -----------------------------------------------------------------
labels() { # pod uid
  echo --label "io.kubernetes.pod.name=$1" --label "io.kubernetes.pod.namespace=$NS" \
    --label "io.kubernetes.pod.uid=$2" --label "podpulse-demo=$RUN"
}
sandbox() { # pod uid -> sandbox id
  docker run -d --name "k8s_POD_$1_${NS}_$2_0" $(labels "$1" "$2") \
    --label io.kubernetes.container.name=POD --label io.kubernetes.docker.type=podsandbox \
    podpulse-test/pause:1
}
app() { # pod uid sandbox attempt [docker flags...] -- command...
  local pod=$1 uid=$2 sb=$3 attempt=$4; shift 4
  local flags=()
  while [ "$1" != -- ]; do flags+=("$1"); shift; done; shift
  docker run -d --name "k8s_app_${pod}_${NS}_${uid}_${attempt}" $(labels "$pod" "$uid") \
    --label io.kubernetes.container.name=app --label io.kubernetes.docker.type=container \
    --label "io.kubernetes.sandbox.id=$sb" \
    --label "annotation.io.kubernetes.container.restartCount=$attempt" \
    --network "container:$sb" "${flags[@]}" podpulse-test/busybox:1 "$@"
}
uid() { echo "00000000-demo-$RUN-$1"; }

manifests="$work/manifests"
mkdir -p "$manifests" "$work/state"

# Static pods first (the kubelet's staticPodPath): the agent reads their specs at start.
# Failing liveness probe: a static pod (the manifest carries the probe), its containers
# created as the kubelet would for `liveness-<node>`.
cat > "$manifests/liveness.yaml" <<YAML
apiVersion: v1
kind: Pod
metadata:
  name: liveness
  namespace: $NS
  uid: $(uid live)
spec:
  containers:
    - name: app
      image: podpulse-test/busybox:1
      command: ["httpd", "-f", "-p", "8080", "-h", "/www"]
      livenessProbe:
        httpGet:
          path: /healthz
          port: 8081
        periodSeconds: 2
        failureThreshold: 3
YAML

# An image that is not on the node, with imagePullPolicy Never.
cat > "$manifests/offline.yaml" <<YAML
apiVersion: v1
kind: Pod
metadata:
  name: offline
  namespace: $NS
spec:
  containers:
    - name: app
      image: registry.example.com/team/app:1.4.2
      imagePullPolicy: Never
YAML

# A sysctl the kubelet does not allow without --allowed-unsafe-sysctls.
cat > "$manifests/tuned.yaml" <<YAML
apiVersion: v1
kind: Pod
metadata:
  name: tuned
  namespace: $NS
spec:
  securityContext:
    sysctls:
      - name: kernel.msgmax
        value: "65536"
  containers:
    - name: app
      image: podpulse-test/busybox:1
YAML

# ---- the agent (before the containers, so it sees them start and die) -----------------------------------------------------------------------------
say "starting podpulse on 127.0.0.1:$PORT ($bin)"
"$bin" run --listen "127.0.0.1:$PORT" --runtime docker --node-name "$NODE" \
  --manifest-dir "$manifests" --state-dir "$work/state" >"$work/agent.log" 2>&1 &
agent_pid=$!
export PODPULSE_AGENT="http://127.0.0.1:$PORT"
# What the DaemonSet gives the CLI too: the node's name, for pods whose spec names none.
export PODPULSE_NODE_NAME=$NODE
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
  kill -0 "$agent_pid" 2>/dev/null || { cat "$work/agent.log" >&2; exit 1; }
  sleep 0.2
done

say "creating the demo pods in namespace $NS"
# Crash loop: the kubelet starts a new container after each exit, with a growing back-off.
sb=$(sandbox crash-loop "$(uid crash)")
( attempt=0
  while [ $attempt -lt 30 ]; do
    id=$(app crash-loop "$(uid crash)" "$sb" $attempt -- sh -c 'echo "connecting to db:5432"; echo "fatal: connection refused" >&2; exit 1')
    docker wait "$id" >/dev/null
    attempt=$((attempt + 1))
    sleep $(( attempt < 3 ? 1 : 5 ))
  done ) >/dev/null 2>&1 &
looper_pid=$!

# OOM kill.
sb=$(sandbox memory-hog "$(uid oom)")
# One process allocates (dd's 64 MiB buffer), so the kernel has one victim to choose: a shell
# with children gives it a choice, and a killed child can leave the shell running.
app memory-hog "$(uid oom)" "$sb" 0 --memory 16m --memory-swap 16m -- \
  dd if=/dev/zero of=/dev/null bs=64M count=1 >/dev/null

# Completed job.
sb=$(sandbox report-job "$(uid job)")
app report-job "$(uid job)" "$sb" 0 -- sh -c 'echo "report written"; exit 0' >/dev/null

# The static pod with the failing liveness probe, its containers created as the kubelet would
# for `liveness-<node>`.
sb=$(sandbox "liveness-$NODE" "$(uid live)")
app "liveness-$NODE" "$(uid live)" "$sb" 0 -- httpd -f -p 8080 -h /www >/dev/null

# Wait until the crash loop has been seen (a few restarts) and the probe has failed 3 times.
say "waiting for the pods to show their trouble"
for _ in $(seq 1 60); do
  out=$("$bin" pods -n "$NS" 2>/dev/null || true)
  if grep -q 'crash-loop .*CrashLoopBackOff' <<<"$out" && grep -q 'liveness' <<<"$out" \
     && "$bin" describe "$NS/liveness-$NODE" 2>/dev/null | grep -q 'Liveness .*: failing'; then
    break
  fi
  sleep 1
done

say "podpulse pods -n $NS -o wide"
"$bin" pods -n "$NS" -o wide
echo
say "podpulse describe $NS/crash-loop"
"$bin" describe "$NS/crash-loop"
echo
say "also try: podpulse describe $NS/memory-hog | $NS/liveness-$NODE | $NS/offline-$NODE | $NS/tuned-$NODE"
say "metrics: curl -s http://127.0.0.1:$PORT/metrics | grep ^podpulse_pod_status"

if [ -n "${DEMO_ONCE:-}" ]; then
  exit 0
fi
say "the agent keeps running (PODPULSE_AGENT=$PODPULSE_AGENT); Ctrl-C stops it and removes the demo"
wait "$agent_pid"
