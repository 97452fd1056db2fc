#!/bin/bash
# Whole-agent benchmark (benches/node.rs): the `podpulse run` process measured from /proc beside
# Debian's prometheus-blackbox-exporter in the same run. Needs dockerd and the test images
# (scripts/setup.sh). Results: one JSON line per phase in bench/node/results/latest.jsonl.
#
# Usage: bench/node/run.sh          (env: WINDOW=30 PHASES=per_probe,realistic,synthetic,churn)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-bench/node/results}
mkdir -p "$OUT"
dpkg -s prometheus-blackbox-exporter >/dev/null 2>&1 ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends prometheus-blackbox-exporter >/dev/null
cargo bench --offline --bench node 2>/dev/null | tee "$OUT/latest.jsonl"
