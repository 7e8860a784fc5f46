#!/usr/bin/env bash
# Fuzzes the whole runtime with libFuzzer for SECONDS seconds (default 600): sequences of
# market calls from several funded accounts with blocks in between, checking issuance, holds
# and the market's invariants after every block (`runtime/src/fuzzing.rs`). Extra arguments
# go to libFuzzer, e.g. `scripts/fuzz.sh 3600 -jobs=2`. Prints libFuzzer's statistics; a crash
# leaves its input in fuzz/artifacts/runtime_calls/ and fails the run.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="${1:-600}"
shift || true
# The harness runs the runtime natively: no WASM build, and no sanitizer (stable toolchain).
export SKIP_WASM_BUILD=1
mkdir -p corpus/runtime_calls
cp -n seeds/* corpus/runtime_calls/ 2>/dev/null || true
cargo fuzz run runtime_calls --sanitizer none --release corpus/runtime_calls -- \
	-max_total_time="$seconds" -max_len=4096 -rss_limit_mb=4096 -print_final_stats=1 "$@"
