#!/usr/bin/env bash
# The whole test suite, from a fresh machine: install and start what the tests need, then run
# every test. CI calls exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# The tests' own containerd is theirs to stop: leave nothing running behind the suite.
trap 'scripts/containerd-stop.sh --daemon-only >/dev/null 2>&1 || true' EXIT
export CI="${CI:-true}"   # tests that need a service fail rather than skip
cargo fmt --all -- --check
cargo clippy --all-targets --quiet -- -D warnings
if cargo nextest --version >/dev/null 2>&1; then
  cargo nextest run --no-fail-fast
else
  cargo test --no-fail-fast
fi
