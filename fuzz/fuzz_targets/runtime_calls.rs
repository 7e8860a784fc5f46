//! Coverage-guided fuzzing of the whole runtime: each input is a sequence of market calls
//! from the dev accounts and Root with blocks in between; see
//! `inference_market_runtime::fuzzing` for the layout and the checks run after every block.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
	inference_market_runtime::fuzzing::run(data);
});
