//! The fuzzing harness (`inference_market_runtime::fuzzing`) replayed on fixed inputs: a whole
//! lifecycle spelled out as calls, and pseudo-random byte strings. The coverage-guided fuzzer
//! (`fuzz/`, `cargo fuzz run runtime_calls`) drives the same function.

use codec::Encode;
use inference_market_runtime::{fuzzing, Runtime, UNIT};
use pallet_inference_market::{Call, TaskTerms};

const ALICE: u8 = 0;
const BOB: u8 = 1;
const CHARLIE: u8 = 2;
const DAVE: u8 = 3;
const ROOT: u8 = 0xff;

/// One call step of a fuzz input.
fn call(input: &mut Vec<u8>, signer: u8, call: Call<Runtime>) {
	input.push(1);
	input.push(signer);
	call.encode_to(input);
}

/// One block step of a fuzz input: `1 + extra` blocks.
fn blocks(input: &mut Vec<u8>, extra: u8) {
	input.push(4 * extra);
}

#[test]
fn a_spelled_out_lifecycle_runs_through_the_harness() {
	let (digit, output) = {
		let vectors: serde_json::Value =
			serde_json::from_str(include_str!("../../models/digits-test-vectors.json")).unwrap();
		let bytes = |key: &str| -> Vec<u8> {
			vectors[0][key].as_array().unwrap().iter().map(|v| v.as_i64().unwrap() as u8).collect()
		};
		(bytes("input"), bytes("output"))
	};
	// The digit task may be audited (p = 1/4): its bond exceeds three rewards.
	let terms = |replicas| TaskTerms {
		reward: 5 * UNIT,
		worker_bond: 20 * UNIT,
		deadline: 40,
		challenge_period: 2,
		replicas,
	};
	let mut input = Vec::new();
	call(&mut input, BOB, Call::register_worker { stake: 100 * UNIT });
	call(&mut input, DAVE, Call::register_worker { stake: 100 * UNIT });
	// Bob serves the digits model, Dave the opaque one: each is drawn for its model's task.
	call(&mut input, BOB, Call::serve_model { model: 0, max_bond: 100 * UNIT });
	call(&mut input, DAVE, Call::serve_model { model: 1, max_bond: 100 * UNIT });
	call(
		&mut input,
		CHARLIE,
		Call::post_task { model: 0, input: digit.clone().try_into().unwrap(), terms: terms(1) },
	);
	call(
		&mut input,
		CHARLIE,
		Call::post_task {
			model: 1,
			input: b"prompt".to_vec().try_into().unwrap(),
			terms: terms(1),
		},
	);
	// The draws, two blocks after the posts.
	blocks(&mut input, 1);
	let mut wrong = output.clone();
	wrong[0] ^= 1;
	call(&mut input, BOB, Call::submit_result { task: 0, output: wrong.try_into().unwrap() });
	call(&mut input, ALICE, Call::challenge { task: 0, bond: UNIT });
	call(
		&mut input,
		DAVE,
		Call::submit_result { task: 1, output: b"a".to_vec().try_into().unwrap() },
	);
	call(&mut input, ALICE, Call::challenge { task: 1, bond: UNIT });
	call(&mut input, ROOT, Call::rule { task: 1, worker_was_right: true });
	blocks(&mut input, 5);
	call(&mut input, CHARLIE, Call::cancel_task { task: 0 });

	// The fuzzer's seed corpus starts from this input: `WRITE_FUZZ_SEED=1 cargo test -p
	// inference-market-runtime --test fuzz_harness` writes it to `fuzz/seeds/lifecycle`.
	if std::env::var_os("WRITE_FUZZ_SEED").is_some() {
		let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../fuzz/seeds/lifecycle");
		std::fs::write(path, &input).expect("fuzz/seeds exists");
	}
	let run = fuzzing::run(&input);
	assert_eq!(run.calls, 12);
	// Everything but the cancel of a task that already ended succeeds.
	assert_eq!(run.succeeded, 11, "{run:?}");
	assert!(run.blocks >= 8);
}

#[test]
fn pseudo_random_inputs_break_no_invariant() {
	// xorshift64*: a fixed sequence, so a failure here replays.
	let mut state = 0x9e37_79b9_7f4a_7c15u64;
	let mut next = move || {
		state ^= state >> 12;
		state ^= state << 25;
		state ^= state >> 27;
		state.wrapping_mul(0x2545_f491_4f6c_dd1d)
	};
	let mut calls = 0;
	for _ in 0..200 {
		let len = (next() % 96) as usize;
		let mut input: Vec<u8> = (0..len).map(|_| next() as u8).collect();
		// Keep call indices in range often enough to reach the pallet's checks.
		for i in (1..input.len()).step_by(7) {
			input[i] %= 18;
		}
		calls += fuzzing::run(&input).calls;
	}
	assert!(calls > 0);
}
