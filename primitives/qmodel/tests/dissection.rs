//! The dissection game's rules, played out: against a worker whose trace goes wrong at any
//! step an honest challenger ends the game at that step and the chain's check of it convicts
//! the worker; against an honest worker a challenger naming any parts ends at a step that
//! checks, and loses.

use qmodel::{
	committed::{self, Manifest},
	dissection::{self, Range, ARITY},
	merkle::{self, Hasher},
	trace::{self, check_step, State},
	Activation,
};

struct Blake2;
impl Hasher for Blake2 {
	fn hash(data: &[u8]) -> [u8; 32] {
		sp_crypto_hashing::blake2_256(data)
	}
}

#[test]
fn points_cut_a_range_into_at_most_arity_parts_and_narrowing_keeps_one() {
	for len in 1..=300u32 {
		for agreed in [0u32, 7] {
			let range = Range { agreed, disputed: agreed + len };
			let points = range.points(ARITY);
			assert_eq!(points.len() as u32, len.min(ARITY) - 1);
			let mut ends = vec![range.agreed];
			ends.extend(&points);
			ends.push(range.disputed);
			assert!(ends.windows(2).all(|w| w[0] < w[1]), "strictly inside, in order");
			for part in 0..=points.len() as u32 {
				let narrowed = range.narrow(ARITY, part).unwrap();
				assert_eq!(
					(narrowed.agreed, narrowed.disputed),
					(ends[part as usize], ends[part as usize + 1])
				);
			}
			assert_eq!(range.narrow(ARITY, points.len() as u32 + 1), None);
		}
	}
}

#[test]
fn rounds_are_the_logarithm_of_the_steps_in_the_arity() {
	assert_eq!(dissection::rounds(1, ARITY), 0);
	assert_eq!(dissection::rounds(8, ARITY), 1);
	assert_eq!(dissection::rounds(9, ARITY), 2);
	assert_eq!(dissection::rounds(4096, ARITY), 4);
	// 10^9 multiply-accumulates in steps of 65,536: 15,259 steps, or 16,384 for four
	// 16,384-wide layers.
	assert_eq!(dissection::rounds(15_259, ARITY), 5);
	assert_eq!(dissection::rounds(16_384, ARITY), 5);
	assert_eq!(dissection::rounds(32_768, ARITY), 5);
	assert_eq!(dissection::rounds(32_769, ARITY), 6);
	// Whatever parts are named, no game takes more rounds.
	let mut seed = 1u64;
	for steps in 1..=700u32 {
		let mut range = Range::whole(steps);
		let mut played = 0;
		while !range.is_one_step() {
			seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
			let parts = range.points(ARITY).len() as u32 + 1;
			range = range.narrow(ARITY, (seed >> 33) as u32 % parts).unwrap();
			played += 1;
		}
		assert!(played <= dissection::rounds(steps, ARITY), "{steps} steps: {played} rounds");
	}
}

/// A model of 64 inputs, a layer of 300 rows cut one row a step and a layer of 10 rows in one
/// step: 301 steps, so a game takes three rounds.
fn model() -> (Manifest, Vec<Vec<u8>>) {
	let shapes = [(300u16, 8u8, Activation::Relu, 1u16), (10, 8, Activation::Identity, 10)];
	let mut chunks = Vec::new();
	let mut seed = 7u32;
	let mut byte = || {
		seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
		// Small weights (-8..=7), so that activations do not saturate.
		(((seed >> 16) % 16) as i8 - 8) as u8
	};
	for _ in 0..300 {
		let mut chunk: Vec<u8> = (0..64).map(|_| byte()).collect();
		chunk.extend_from_slice(&i32::from(byte() as i8).to_le_bytes());
		chunks.push(chunk);
	}
	let mut last: Vec<u8> = (0..10 * 300).map(|_| byte()).collect();
	for _ in 0..10 {
		last.extend_from_slice(&i32::from(byte() as i8).to_le_bytes());
	}
	chunks.push(last);
	let leaves = chunks.iter().map(|c| merkle::leaf::<Blake2>(c));
	(committed::commit::<Blake2>(64, &shapes, leaves).unwrap(), chunks)
}

/// The vector entering each layer.
fn layer_inputs(manifest: &Manifest, chunks: &[Vec<u8>], input: &[i8]) -> Vec<Vec<i8>> {
	let mut inputs = vec![input.to_vec()];
	let mut step = 0;
	for shape in manifest.layers() {
		let x = inputs.last().unwrap().clone();
		let mut y = Vec::new();
		for c in 0..shape.steps() {
			y.extend(
				committed::evaluate_step(shape, shape.rows_of(c).1, &chunks[step], &x).unwrap(),
			);
			step += 1;
		}
		inputs.push(y);
	}
	inputs
}

/// Plays a game against the `defender`'s trace; the challenger names parts with `choose`
/// (given the opened states with their indexes). Returns the rounds played and whether the
/// chain's check of the last step agrees with the defender.
fn play(
	manifest: &Manifest,
	chunks: &[Vec<u8>],
	input: &[i8],
	defender: &trace::Trace,
	mut choose: impl FnMut(&[(u32, State)], u32) -> u32,
) -> (u32, bool) {
	let root = defender.root::<Blake2>();
	let leaves = defender.leaves::<Blake2>();
	let count = defender.states.len() as u32;
	let mut range = Range::whole(manifest.steps());
	let mut rounds = 0;
	while !range.is_one_step() {
		// The defender opens its states at the points, each proved against its root.
		let opened: Vec<(u32, State)> = range
			.points(ARITY)
			.into_iter()
			.map(|i| {
				let state = defender.states[i as usize];
				let proof = merkle::prove::<Blake2>(&leaves, i).unwrap();
				assert!(dissection::opens::<Blake2>(&root, count, i, &state, &proof));
				// A state it did not commit to does not open.
				let mut other = state;
				other.x[0] ^= 1;
				assert!(!dissection::opens::<Blake2>(&root, count, i, &other, &proof));
				(i, state)
			})
			.collect();
		let part = choose(&opened, opened.len() as u32 + 1);
		range = range.narrow(ARITY, part).unwrap();
		rounds += 1;
	}
	// The chain checks the one step from the agreed state with the vector entering its layer
	// and its chunk, both proved.
	let step = range.agreed;
	let at = manifest.step_at(step).unwrap();
	let inputs = layer_inputs(manifest, chunks, input);
	let chunk_leaves: Vec<_> = chunks.iter().map(|c| merkle::leaf::<Blake2>(c)).collect();
	let proof = merkle::prove::<Blake2>(&chunk_leaves, step).unwrap();
	let before = defender.states[step as usize];
	let checked = check_step::<Blake2>(
		manifest,
		step,
		&before,
		&inputs[at.layer as usize],
		&chunks[step as usize],
		&proof,
	)
	.expect("the agreed state is the honest one here");
	(rounds, checked == defender.states[range.disputed as usize])
}

#[test]
fn an_honest_challenger_convicts_a_worker_wrong_at_any_step() {
	let (manifest, chunks) = model();
	assert_eq!(manifest.steps(), 301);
	let input: Vec<i8> = (0..64).map(|i| (i * 5 % 200 - 100) as i8).collect();
	let honest = trace::trace::<Blake2, _>(&manifest, |i| chunks.get(i as usize), &input).unwrap();
	let mut convicted = 0;
	for wrong_at in [0u32, 1, 37, 150, 299, 300] {
		// The worker computed step `wrong_at` with a wrong bias, and everything after it from
		// there: a consistent trace of a wrong output.
		let mut bad = chunks.clone();
		let at = manifest.step_at(wrong_at).unwrap();
		let bias = (at.rows * u32::from(manifest.layer(at.layer).unwrap().in_len)) as usize;
		bad[wrong_at as usize][bias..bias + 4].copy_from_slice(&20_000i32.to_le_bytes());
		let cheat = trace::trace::<Blake2, _>(&manifest, |i| bad.get(i as usize), &input).unwrap();
		// Its trace is wrong from the step on (a ReLU may hide a wrong weight: then the
		// step's rows, and so its trace, are right, and there is nothing to catch).
		if cheat.states[wrong_at as usize + 1] == honest.states[wrong_at as usize + 1] {
			continue;
		}
		assert_ne!(cheat.states.last(), honest.states.last(), "a wrong state carries to the end");
		let (rounds, worker_right) = play(&manifest, &chunks, &input, &cheat, |opened, parts| {
			// The first opened state that differs from the honest one ends the part named.
			opened
				.iter()
				.position(|(i, s)| *s != honest.states[*i as usize])
				.map_or(parts - 1, |p| p as u32)
		});
		assert!(rounds <= dissection::rounds(301, ARITY));
		assert!(!worker_right, "the wrong step at {wrong_at} is caught");
		convicted += 1;
	}
	assert!(convicted >= 4, "only {convicted} wrong traces played");
}

#[test]
fn a_false_challenger_loses_whatever_parts_it_names() {
	let (manifest, chunks) = model();
	let input: Vec<i8> = (0..64).map(|i| (i % 9) as i8).collect();
	let honest = trace::trace::<Blake2, _>(&manifest, |i| chunks.get(i as usize), &input).unwrap();
	let mut seed = 3u64;
	for _ in 0..20 {
		let (rounds, worker_right) = play(&manifest, &chunks, &input, &honest, |_, parts| {
			seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
			(seed >> 33) as u32 % parts
		});
		assert!(rounds <= dissection::rounds(301, ARITY));
		assert!(worker_right, "every step of an honest trace checks");
	}
}
