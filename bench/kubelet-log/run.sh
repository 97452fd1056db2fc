#!/bin/bash
# `podpulse kubelet-log -o json` throughput on 500,000 real kubelet and runtime lines: the
# journal table's lines (tests/data/journal/real_lines.jsonl, mean 319 bytes, every line from a
# public source) repeated in order. Prints lines/s of each of RUNS runs of the release build, and
# of a second binary beside it in the same run when BEFORE=<path to another podpulse> is given.
#
# Usage: bench/kubelet-log/run.sh   env: LINES=500000 RUNS=3 BEFORE=
set -euo pipefail
cd "$(dirname "$0")/../.."
LINES=${LINES:-500000}
RUNS=${RUNS:-3}
cargo build --offline --release -q
data=$(mktemp /tmp/pp-kubelet-log.XXXXXX)
trap 'rm -f "$data"' EXIT
python3 - "$data" "$LINES" <<'PY'
import json, sys
out, n = sys.argv[1], int(sys.argv[2])
lines = [json.loads(l)["line"].replace("\n", " ") for l in open("tests/data/journal/real_lines.jsonl")]
with open(out, "w") as f:
    for i in range(n):
        f.write(lines[i % len(lines)] + "\n")
PY
echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD), $LINES lines, $(stat -c %s "$data") bytes, load $(cut -d' ' -f1-3 /proc/loadavg)"
bins=(target/release/podpulse)
[ -n "${BEFORE:-}" ] && bins+=("$BEFORE")
for _ in $(seq "$RUNS"); do
  for b in "${bins[@]}"; do
    start=$(date +%s.%N)
    "$b" kubelet-log -f "$data" -o json >/dev/null
    end=$(date +%s.%N)
    python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'{sys.argv[3]}: {s:.2f} s, {int(sys.argv[4])/s:,.0f} lines/s')" "$start" "$end" "$b" "$LINES"
  done
done
