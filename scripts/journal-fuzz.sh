#!/bin/sh
# Fuzz the klog parser + attribution + rules (fuzz/fuzz_targets/klog.rs) with libFuzzer.
# Usage: scripts/journal-fuzz.sh [seconds]   (default 60). Needs a nightly toolchain.
# Uses `cargo fuzz` when installed; otherwise builds the target with the same flags cargo-fuzz
# passes (sanitizer coverage + ASan) and runs it over the committed corpus.
set -eu
cd "$(dirname "$0")/.."
secs="${1:-60}"
if cargo +nightly fuzz --version >/dev/null 2>&1; then
  exec cargo +nightly fuzz run klog fuzz/corpus/klog -- -max_total_time="$secs" -max_len=1048576
fi
target="$(rustc +nightly -vV | sed -n 's/^host: //p')"
cd fuzz
RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Zsanitizer=address -Cdebug-assertions" \
  cargo +nightly build --release --bin klog --target "$target"
mkdir -p artifacts
exec "target/$target/release/klog" corpus/klog -max_total_time="$secs" -max_len=1048576 -artifact_prefix=artifacts/
