#!/bin/bash
# Probe benchmark: podpulse's scheduler vs Debian's prometheus-blackbox-exporter, side by side in
# one run, against the same local targets on loopback. For each prober and each of HTTP and TCP:
# TARGETS probe targets each probed every second (podpulse: TARGETS synthetic targets in its
# scheduler; blackbox: /probe requests at TARGETS per second from a small client), CPU seconds
# of the prober process over the window (from /proc), and its RSS.
#
# Usage: bench/probe/run.sh            (env: TARGETS=1000 WARMUP=3 WINDOW=15)
set -euo pipefail
cd "$(dirname "$0")/../.."
TARGETS=${TARGETS:-1000}
WARMUP=${WARMUP:-3}
WINDOW=${WINDOW:-15}
HTTP_PORT=${HTTP_PORT:-18481}
TCP_PORT=${TCP_PORT:-18482}
BB_PORT=${BB_PORT:-19115}
OUT=${OUT:-bench/probe/results}
mkdir -p "$OUT"

dpkg -s prometheus-blackbox-exporter >/dev/null 2>&1 ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends prometheus-blackbox-exporter >/dev/null

BIN=$(cargo bench --offline --bench probe_bench --no-run 2>&1 |
    sed -n 's/.*Executable .*(\(.*probe_bench-[0-9a-f]*\)).*/\1/p' | tail -1)
[ -x "$BIN" ] || { echo "bench binary not found" >&2; exit 1; }

TMP=$(mktemp -d /tmp/pp-pr-bench.XXXXXX)
SERVE_PID=""; BB_PID=""
cleanup() {
    [ -n "$SERVE_PID" ] && kill "$SERVE_PID" 2>/dev/null || true
    [ -n "$BB_PID" ] && kill "$BB_PID" 2>/dev/null || true
    rm -rf "$TMP"
}
trap cleanup EXIT

"$BIN" serve "$HTTP_PORT" "$TCP_PORT" & SERVE_PID=$!
cat > "$TMP/blackbox.yml" <<YML
modules:
  http_2xx:
    prober: http
    timeout: 1s
    http:
      method: GET
      preferred_ip_protocol: ip4
  tcp_connect:
    prober: tcp
    timeout: 1s
    tcp:
      preferred_ip_protocol: ip4
YML
prometheus-blackbox-exporter --config.file="$TMP/blackbox.yml" \
    --web.listen-address="127.0.0.1:$BB_PORT" --log.level=warn >"$TMP/blackbox.log" 2>&1 & BB_PID=$!
for _ in $(seq 50); do
    (exec 3<>/dev/tcp/127.0.0.1/$BB_PORT) 2>/dev/null && break
    sleep 0.1
done

: > "$OUT/latest.jsonl"
for kind in http tcp; do
    port=$HTTP_PORT; [ $kind = tcp ] && port=$TCP_PORT
    echo "podpulse $kind: $TARGETS targets, ${WINDOW}s" >&2
    "$BIN" podpulse $kind "$port" "$TARGETS" "$WARMUP" "$WINDOW" | tee -a "$OUT/latest.jsonl"
    echo "blackbox_exporter $kind: $TARGETS probes/s, ${WINDOW}s" >&2
    "$BIN" blackbox $kind "$port" "$TARGETS" "$WARMUP" "$WINDOW" "127.0.0.1:$BB_PORT" "$BB_PID" |
        tee -a "$OUT/latest.jsonl"
done

python3 - "$OUT/latest.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
by = {(r["prober"], r["kind"]): r for r in rows}
print()
print(f'{"prober":<18}{"kind":<6}{"probes/s":>10}{"failed":>8}{"CPU s/1000":>12}{"probes/CPU-s":>14}{"RSS MiB":>9}{"peak MiB":>10}')
for r in rows:
    print(f'{r["prober"]:<18}{r["kind"]:<6}{r["probes_per_s"]:>10.0f}{r["failed"]:>8}{r["cpu_s_per_1000"]:>12.3f}{r["probes_per_cpu_s"]:>14.0f}{r["rss_mib"]:>9.1f}{r["peak_rss_mib"]:>10.1f}')
for kind in ("http", "tcp"):
    p, b = by.get(("podpulse", kind)), by.get(("blackbox_exporter", kind))
    if p and b and b["probes_per_cpu_s"] > 0:
        print(f'{kind}: podpulse does {p["probes_per_cpu_s"] / b["probes_per_cpu_s"]:.1f}x the probes per CPU-second of blackbox_exporter')
PY
