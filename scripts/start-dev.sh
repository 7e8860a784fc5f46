#!/usr/bin/env bash
# Builds the node (release, with its WASM runtime) and starts a single-node development chain
# with RPC on ws://127.0.0.1:9944. Extra arguments go to the node, e.g. `--tmp`.
#
# `--try-runtime` (first argument) also builds the runtime with the `try-runtime` feature, in a
# target directory of its own (TRY_RUNTIME_TARGET_DIR, default `<target>-try-runtime`), and
# runs the chain on it through `--wasm-runtime-overrides`: same spec version, same behaviour,
# plus the `TryRuntime` API that `node e2e/try-state.mjs` calls. (Its own target directory:
# the WASM builder writes every feature set's runtime to the same path, so sharing one would
# let a later normal build embed the try-runtime WASM.)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
target="${CARGO_TARGET_DIR:-$PWD/target}"
extra=()
if [ "${1:-}" = "--try-runtime" ]; then
	shift
	try_target="${TRY_RUNTIME_TARGET_DIR:-$target-try-runtime}"
	echo "==> runtime with try-runtime into $try_target"
	CARGO_TARGET_DIR="$try_target" cargo build --release --locked -p inference-market-runtime \
		--features try-runtime
	mkdir -p "$try_target/overrides"
	cp "$try_target/release/wbuild/inference-market-runtime/inference_market_runtime.compact.compressed.wasm" \
		"$try_target/overrides/"
	extra=(--wasm-runtime-overrides "$try_target/overrides")
fi
cargo build --release --locked -p inference-market-node
exec "$target/release/inference-market-node" --dev --rpc-cors all "${extra[@]}" "$@"
