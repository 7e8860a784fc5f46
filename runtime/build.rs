fn main() {
	// With `metadata-hash`, the WASM runtime carries the hash of its metadata, which
	// `CheckMetadataHash` lets signers include in what they sign.
	#[cfg(all(feature = "std", feature = "metadata-hash"))]
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		// `TOKEN_SYMBOL` and `TOKEN_DECIMALS` of the runtime.
		.enable_metadata_hash("UNIT", 12)
		.build();
	#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}
