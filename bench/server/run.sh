#!/usr/bin/env bash
# Server benchmark (issue 12 item 4, issue 14 item 5's gzip): a release `podpulse run` on
# loopback watching 110 pods of 2 app containers each on the local dockerd (kubelet-shaped
# labels, the same shape as benches/agent.rs), then bench/server/slowclients.py: 400 clients
# trickling endless headers for 25 s beside a gzip scraper. Figures are the `podpulse run`
# process's own (/proc/<pid>). Removes every container it made (prefix ppsrvbench).
#
#   bench/server/run.sh [CLIENTS] [DURATION]      (needs dockerd: scripts/setup.sh)
#   PODPULSE_BIN=/path/to/other/podpulse bench/server/run.sh   (the peer: e.g. a build of main)
#   INTERVAL=0.1 LINE_BYTES=1000 bench/server/run.sh           (a faster trickle: 10 KB/s each)
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS=${1:-400}
DURATION=${2:-25}
PODS=${PODS:-110}
BIN=${PODPULSE_BIN:-${CARGO_TARGET_DIR:-target}/release/podpulse}
[ -x "$BIN" ] || cargo build --release --bin podpulse
PREFIX=ppsrvbench
WORK=$(mktemp -d)
PID=
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null || true
  docker ps -aq --filter "label=pp-srv-bench=1" | xargs -r docker rm -f >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
bash scripts/build-test-images.sh >/dev/null

pod() {
  local i=$1 name="$PREFIX-$1" ns=ppsrvbench uid
  uid=$(printf '%08d-0000-4000-8000-%012d' "$i" "$i")
  local labels=(--label pp-srv-bench=1 --label "io.kubernetes.pod.name=$name"
    --label "io.kubernetes.pod.namespace=$ns" --label "io.kubernetes.pod.uid=$uid")
  local sb
  sb=$(docker run -d --name "k8s_POD_${name}_${ns}_${uid}_0" "${labels[@]}" \
    --label io.kubernetes.container.name=POD --label io.kubernetes.docker.type=podsandbox \
    --network none podpulse-test/busybox:1 sleep 86400)
  for c in app sidecar; do
    docker run -d --name "k8s_${c}_${name}_${ns}_${uid}_0" "${labels[@]}" \
      --label "io.kubernetes.container.name=$c" --label io.kubernetes.docker.type=container \
      --label "io.kubernetes.sandbox.id=$sb" --label annotation.io.kubernetes.container.restartCount=0 \
      --network "container:$sb" podpulse-test/busybox:1 sleep 86400 >/dev/null
  done
}
export -f pod
export PREFIX
seq 1 "$PODS" | xargs -P 6 -I{} bash -c 'pod {}'

# A build without the detail endpoints (e.g. main before them, as the peer) takes no such flags.
DETAIL=()
if "$BIN" run --help 2>/dev/null | grep -q -- --detail-socket; then
  DETAIL=(--detail-socket "$WORK/podpulse.sock" --detail-listen none)
fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$BIN" run --listen "127.0.0.1:$PORT" --runtime docker --no-journal --no-probes \
  "${DETAIL[@]}" --state-dir "$WORK" \
  --log-level warn 2>"$WORK/agent.log" &
PID=$!
for _ in $(seq 1 100); do
  n=$(curl -s "http://127.0.0.1:$PORT/metrics" | grep -c '^podpulse_pod_info{' || true)
  [ "${n:-0}" -ge "$PODS" ] && break
  sleep 0.3
done
echo "agent pid $PID on 127.0.0.1:$PORT sees ${n:-0} pods" >&2
ulimit -n 4096
python3 bench/server/slowclients.py --port "$PORT" --pid "$PID" --clients "$CLIENTS" --duration "$DURATION" \
  --interval "${INTERVAL:-1.0}" --line-bytes "${LINE_BYTES:-16}"
grep -c "connection cap reached" "$WORK/agent.log" | sed 's/^/cap warnings in the agent log: /' >&2 || true
