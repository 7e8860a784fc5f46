#!/usr/bin/env bash
# Installs what building and testing the chain needs, skipping what is already there:
# protoc, clang and mold (apt), the WASM targets and rust-src (rustup), and with `--e2e` the
# end-to-end suite's npm packages and `cargo fuzz`.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v protoc >/dev/null || missing+=(protobuf-compiler)
command -v clang >/dev/null || missing+=(clang libclang-dev)
command -v mold >/dev/null || missing+=(mold)
if [ ${#missing[@]} -gt 0 ]; then
	echo "==> apt-get install ${missing[*]}"
	sudo=""
	[ "$(id -u)" -ne 0 ] && sudo="sudo"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

installed_targets=$(rustup target list --installed)
for target in wasm32-unknown-unknown wasm32v1-none; do
	grep -qx "$target" <<<"$installed_targets" || rustup target add "$target"
done
rustup component list --installed | grep -q '^rust-src' || rustup component add rust-src
for component in rustfmt clippy; do
	rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

# The coverage-guided fuzzer's driver (`cargo fuzz`, stable in its `--sanitizer none` mode).
if [ "${1:-}" = "--e2e" ] && ! cargo fuzz --version >/dev/null 2>&1; then
	echo "==> cargo install cargo-fuzz"
	cargo install cargo-fuzz --locked --quiet
fi

if [ "${1:-}" = "--e2e" ]; then
	command -v npm >/dev/null || {
		echo "npm is needed for the end-to-end tests (apt-get install nodejs npm)" >&2
		exit 1
	}
	(cd e2e && npm ci --no-audit --no-fund --silent)
fi
