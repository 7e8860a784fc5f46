#!/usr/bin/env bash
# Runs every check and test of the project, installing what is missing first:
#   1. rustfmt and clippy (-D warnings) on the project's crates,
#   2. every cargo test (pallet unit tests, benchmark tests, runtime integration tests, qmodel),
#   3. a smoke run of the coverage-guided runtime fuzzer (`scripts/fuzz.sh`),
#   4. the end-to-end suite: Polkadot.js against the release node binary.
# Everything is built once, in the release profile, so the node and the tests share artifacts.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --e2e

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy on the pallet crates (-D warnings)"
cargo clippy --release -p pallet-inference-market -p qmodel -p inference-market-runtime-api \
	--all-targets --features pallet-inference-market/runtime-benchmarks -- -D warnings

step "build the node"
cargo build --release --workspace --locked

step "cargo test (workspace)"
cargo test --release --workspace --locked

step "benchmark tests of the market pallet"
cargo test --release -p pallet-inference-market --features runtime-benchmarks --locked benchmark

step "fuzzing smoke: the runtime under coverage-guided fuzzing for ${FUZZ_SECONDS:-120} s"
scripts/fuzz.sh "${FUZZ_SECONDS:-120}"

step "end-to-end tests (Polkadot.js against the node)"
export NODE_BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/inference-market-node"
(cd e2e && npm test)
