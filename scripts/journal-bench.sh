#!/bin/sh
# Journal pipeline benchmark (see benches/journal.rs): builds a journal of N kubelet entries with
# systemd-journal-remote, then reads it with podpulse's reader and with journalctl -o json/-o cat.
# Usage: scripts/journal-bench.sh [N]   (default 500000)
# LTO is switched off only to keep the one-off build short on a shared machine; pass
# PP_JR_BENCH_LTO=1 to build with the release profile's thin LTO.
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/lib/systemd/systemd-journal-remote ] || { echo "needs systemd-journal-remote" >&2; exit 1; }
if [ "${PP_JR_BENCH_LTO:-0}" = 0 ]; then
  export CARGO_PROFILE_BENCH_LTO=false CARGO_PROFILE_BENCH_CODEGEN_UNITS=16
fi
PP_JR_BENCH_ENTRIES="${1:-500000}" exec cargo bench --bench journal
