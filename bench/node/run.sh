#!/bin/bash
# Whole-agent benchmark (benches/node.rs): the `podpulse run` process measured from /proc beside
# Debian's prometheus-blackbox-exporter in the same run. Needs dockerd, the test images and, for
# `realistic_cri`, the test containerd (scripts/setup.sh starts them all). Results: one JSON line
# per phase in bench/node/results/$RESULTS.jsonl (default latest).
#
# Usage: bench/node/run.sh
#   env: WINDOW=30 PHASES=per_probe,realistic,synthetic,churn,realistic_cri RESULTS=latest
#   e.g. PHASES=realistic_cri RESULTS=cri bench/node/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-bench/node/results}
RESULTS=${RESULTS:-latest}
mkdir -p "$OUT"
dpkg -s prometheus-blackbox-exporter >/dev/null 2>&1 ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends prometheus-blackbox-exporter >/dev/null
# Build first (quiet: only errors show), then run with the bench's own stderr visible, so a
# phase that fails (e.g. containerd not running) says why.
cargo bench --offline --bench node --no-run -q
cargo bench --offline --bench node -q | tee "$OUT/$RESULTS.jsonl"
