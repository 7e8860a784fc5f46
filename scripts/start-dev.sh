#!/usr/bin/env bash
# Builds the node (release, with its WASM runtime) and starts a single-node development chain
# with RPC on ws://127.0.0.1:9944. Extra arguments go to the node, e.g. `--tmp`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo build --release -p inference-market-node
exec "${CARGO_TARGET_DIR:-target}/release/inference-market-node" --dev --rpc-cors all "$@"
