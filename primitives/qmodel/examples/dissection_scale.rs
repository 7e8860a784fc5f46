//! A dissection game on a committed model of about 10^9 multiply-accumulates, natively:
//!
//! ```sh
//! cargo run --release -p qmodel --example dissection_scale
//! ```
//!
//! The model: 16,384 inputs, four ReLU layers of 16,384 rows and a last layer of 10, its weights
//! generated (small integers from a fixed generator), cut in steps of 4 rows of 16,384 inputs
//! (65,536 multiply-accumulates). It prints the model's size and steps, the native time of an
//! honest inference with and without tracing, and a game against a worker wrong at one step:
//! its rounds, the bytes of each move and of the final step, and the time of the final check.

use qmodel::{
	committed::{self, Manifest},
	dissection::{self, Range, ARITY},
	merkle::{self, Hasher},
	trace::{self, check_step},
	Activation,
};
use std::time::Instant;

struct Blake2;
impl Hasher for Blake2 {
	fn hash(data: &[u8]) -> [u8; 32] {
		sp_crypto_hashing::blake2_256(data)
	}
}

const WIDTH: u16 = 16_384;
const ROWS: u16 = 4;

/// The chunk of `step`: weights in -8..=7 from a xorshift generator seeded by the step, zero
/// biases.
fn chunk(manifest: &Manifest, step: u32) -> Vec<u8> {
	let len = manifest.chunk_len(step).expect("a step of the model");
	let at = manifest.step_at(step).expect("a step of the model");
	let weights =
		at.rows as usize * usize::from(manifest.layer(at.layer).expect("its layer").in_len);
	let mut state = 0x9E37_79B9_7F4A_7C15u64 ^ u64::from(step).wrapping_mul(0xD1B5_4A32_D192_ED03);
	let mut bytes = Vec::with_capacity(len);
	while bytes.len() < weights {
		state ^= state << 13;
		state ^= state >> 7;
		state ^= state << 17;
		bytes.extend(state.to_le_bytes().iter().map(|b| ((b & 15) as i8 - 8) as u8));
	}
	bytes.truncate(weights);
	bytes.resize(len, 0);
	bytes
}

fn main() {
	let layers = [
		(WIDTH, 9, Activation::Relu, ROWS),
		(WIDTH, 9, Activation::Relu, ROWS),
		(WIDTH, 9, Activation::Relu, ROWS),
		(WIDTH, 9, Activation::Relu, ROWS),
		(10, 9, Activation::Identity, ROWS),
	];
	// The manifest's shape first (a zero root), to cut the chunks by it.
	let shape = committed::commit::<Blake2>(
		WIDTH,
		&layers,
		std::iter::repeat_n([0u8; 32], (4 * u32::from(WIDTH / ROWS) + 3) as usize),
	)
	.expect("a valid shape");
	let steps = shape.steps();
	let start = Instant::now();
	let chunks: Vec<Vec<u8>> = (0..steps).map(|s| chunk(&shape, s)).collect();
	let generated = start.elapsed();
	let start = Instant::now();
	let leaves: Vec<[u8; 32]> = chunks.iter().map(|c| merkle::leaf::<Blake2>(c)).collect();
	let manifest =
		committed::commit::<Blake2>(WIDTH, &layers, leaves.iter().copied()).expect("valid");
	let rooted = start.elapsed();
	let bytes: usize = chunks.iter().map(Vec::len).sum();
	println!(
		"model: {} multiply-accumulates, {steps} steps, {bytes} bytes of weights (generated in {:.2} s, \
		 root in {:.2} s), manifest {} bytes",
		manifest.macs(),
		generated.as_secs_f64(),
		rooted.as_secs_f64(),
		manifest.encode().len()
	);

	let input: Vec<i8> = (0..WIDTH as i32).map(|i| (i * 7 % 255 - 127) as i8).collect();
	let get = |i: u32| chunks.get(i as usize);
	let (mut plain, mut traced) = (Vec::new(), Vec::new());
	let mut honest = None;
	for _ in 0..5 {
		let t = Instant::now();
		let out = trace::evaluate::<Blake2, _>(&manifest, get, &input).expect("evaluates");
		plain.push(t.elapsed());
		let t = Instant::now();
		let tr = trace::trace::<Blake2, _>(&manifest, get, &input).expect("traces");
		let _root = tr.root::<Blake2>();
		traced.push(t.elapsed());
		assert_eq!(tr.output, out);
		honest = Some(tr);
	}
	plain.sort();
	traced.sort();
	let honest = honest.expect("traced");
	println!(
		"DISSECTION_SCALE plain_ms={:.1} traced_ms={:.1} ratio={:.3} ns_per_mac={:.3}",
		plain[2].as_secs_f64() * 1e3,
		traced[2].as_secs_f64() * 1e3,
		traced[2].as_secs_f64() / plain[2].as_secs_f64(),
		plain[2].as_nanos() as f64 / manifest.macs() as f64
	);

	// A worker wrong at one step of the third layer: a large bias on its first row.
	let wrong_at = 2 * u32::from(WIDTH / ROWS) + 1_234;
	let mut bad = chunks[wrong_at as usize].clone();
	let bias = ROWS as usize * WIDTH as usize;
	bad[bias..bias + 4].copy_from_slice(&1_000_000i32.to_le_bytes());
	let cheat = trace::trace::<Blake2, _>(
		&manifest,
		|i| if i == wrong_at { Some(&bad) } else { chunks.get(i as usize) },
		&input,
	)
	.expect("traces");
	let root = cheat.root::<Blake2>();
	let cheat_leaves = cheat.leaves::<Blake2>();
	let count = cheat.states.len() as u32;
	let mut range = Range::whole(steps);
	let (mut rounds, mut move_bytes) = (0, 0usize);
	while !range.is_one_step() {
		let points = range.points(ARITY);
		let mut bytes = 0;
		let mut part = points.len() as u32;
		for (p, &i) in points.iter().enumerate() {
			let state = cheat.states[i as usize];
			let proof = merkle::prove::<Blake2>(&cheat_leaves, i).expect("in range");
			assert!(dissection::opens::<Blake2>(&root, count, i, &state, &proof));
			bytes += 4 + 64 + 32 * proof.siblings.len();
			if part == points.len() as u32 && state != honest.states[i as usize] {
				part = p as u32;
			}
		}
		move_bytes = move_bytes.max(bytes);
		range = range.narrow(ARITY, part).expect("a part of the cut");
		rounds += 1;
	}
	assert_eq!(range.agreed, wrong_at, "the game ends at the wrong step");
	let at = manifest.step_at(range.agreed).expect("a step");
	// The vector entering the step's layer, as the challenger computed it honestly.
	let mut x = input.clone();
	let mut step = 0u32;
	for l in 0..at.layer {
		let shape = *manifest.layer(l).expect("a layer");
		let mut y = Vec::new();
		for c in 0..shape.steps() {
			y.extend(
				committed::evaluate_step(&shape, shape.rows_of(c).1, &chunks[step as usize], &x)
					.expect("fits"),
			);
			step += 1;
		}
		x = y;
	}
	let proof = merkle::prove::<Blake2>(&leaves, range.agreed).expect("in range");
	let t = Instant::now();
	let checked = check_step::<Blake2>(
		&manifest,
		range.agreed,
		&cheat.states[range.agreed as usize],
		&x,
		&chunks[range.agreed as usize],
		&proof,
	)
	.expect("the agreed state is honest");
	let check_time = t.elapsed();
	assert_ne!(checked, cheat.states[range.disputed as usize], "the worker's step is wrong");
	let final_bytes =
		x.len() + chunks[range.agreed as usize].len() + 32 * proof.siblings.len() + 2 * 64;
	println!(
		"DISSECTION_GAME steps={steps} rounds={rounds} (bound {}) largest_move_bytes={move_bytes} \
		 final_step_bytes={final_bytes} final_check_us={:.0}",
		dissection::rounds(steps, ARITY),
		check_time.as_secs_f64() * 1e6
	);
}
