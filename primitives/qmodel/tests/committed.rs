//! Committed models, their traces and the check of one step: a model cut into steps computes
//! what the whole model computes, every state of an honest trace is re-derived by checking its
//! step, and a wrong state, input, chunk or proof is refused.

use qmodel::{
	committed::{self, Manifest, MAX_STEP_MACS},
	merkle::{self, Hasher},
	synthetic,
	trace::{self, check_step, State, TraceError},
	Activation, FormatError, Model,
};

/// BLAKE2b-256, the runtime's hash.
struct Blake2;
impl Hasher for Blake2 {
	fn hash(data: &[u8]) -> [u8; 32] {
		sp_crypto_hashing::blake2_256(data)
	}
}

fn leaves(n: u32) -> Vec<[u8; 32]> {
	(0..n).map(|i| merkle::leaf::<Blake2>(&i.to_le_bytes())).collect()
}

#[test]
fn every_leaf_of_every_tree_size_opens_and_nothing_else_does() {
	for n in 1..=17u32 {
		let leaves = leaves(n);
		let root = merkle::root::<Blake2>(&leaves).unwrap();
		for i in 0..n {
			let proof = merkle::prove::<Blake2>(&leaves, i).unwrap();
			assert!(proof.siblings.len() as u32 <= merkle::depth(n));
			assert!(proof.verifies::<Blake2>(leaves[i as usize], &root), "leaf {i} of {n}");
			// Another leaf, another position, a tree of another size: refused.
			let other = merkle::leaf::<Blake2>(b"other");
			assert!(!proof.verifies::<Blake2>(other, &root));
			if n > 1 {
				let moved = merkle::Proof { index: (i + 1) % n, ..proof.clone() };
				assert!(!moved.verifies::<Blake2>(leaves[i as usize], &root));
			}
			// The root does not commit to the number of leaves: a verifier takes it from what
			// it knows (a model's steps, a trace's states), and an index past it is refused.
			let outside = merkle::Proof { index: n, ..proof.clone() };
			assert!(!outside.verifies::<Blake2>(leaves[i as usize], &root));
			let mut longer = proof.clone();
			longer.siblings.push([7; 32]);
			assert!(!longer.verifies::<Blake2>(leaves[i as usize], &root));
			if let Some(first) = proof.siblings.first() {
				let mut tampered = proof.clone();
				tampered.siblings[0] = [first[0] ^ 1; 32];
				assert!(!tampered.verifies::<Blake2>(leaves[i as usize], &root));
			}
		}
		assert!(merkle::prove::<Blake2>(&leaves, n).is_none());
	}
	assert_eq!(merkle::root::<Blake2>(&[]), None);
	// A tree of n leaves is not a tree of n + 1 (no duplicated last leaf).
	let three = leaves(3);
	let mut four = three.clone();
	four.push(three[2]);
	assert_ne!(merkle::root::<Blake2>(&three), merkle::root::<Blake2>(&four));
}

/// A three-layer model whose first two layers take several steps each.
#[test]
fn a_sparse_tree_is_the_tree_of_its_leaves() {
	let filler = [5u8; 32];
	for n in 1..=70u32 {
		let known: Vec<(u32, [u8; 32])> =
			[0, n / 3, n / 2, n - 1].iter().map(|i| (*i, [*i as u8 + 100; 32])).collect();
		let mut leaves = vec![filler; n as usize];
		for (i, leaf) in &known {
			leaves[*i as usize] = *leaf;
		}
		let (root, proofs) = merkle::sparse::<Blake2>(n, &known, filler).unwrap();
		assert_eq!(Some(root), merkle::root::<Blake2>(&leaves), "root of {n}");
		for ((i, leaf), proof) in known.iter().zip(proofs) {
			assert_eq!(Some(&proof), merkle::prove::<Blake2>(&leaves, *i).as_ref(), "{i} of {n}");
			assert!(proof.verifies::<Blake2>(*leaf, &root));
		}
	}
	assert!(merkle::sparse::<Blake2>(4, &[(4, filler)], filler).is_none());
	assert!(merkle::sparse::<Blake2>(0, &[], filler).is_none());
}

fn model_bytes() -> Vec<u8> {
	synthetic(700, &[300, 200], 10)
}

#[test]
fn a_committed_model_computes_what_the_whole_model_computes() {
	let bytes = model_bytes();
	let model = Model::parse(&bytes).unwrap();
	let (manifest, chunks) = committed::split::<Blake2>(&model);
	assert_eq!(manifest.macs(), model.macs());
	assert_eq!(manifest.input_len(), 700);
	assert_eq!(manifest.output_len(), 10);
	// 65,536 / 700 = 93 rows a step: 4 steps; 65,536 / 300 = 218: 1 step; 10 rows: 1 step.
	let rows: Vec<u16> = manifest.layers().iter().map(|l| l.rows_per_step).collect();
	assert_eq!(rows, vec![93, 200, 10]);
	assert_eq!(manifest.steps(), 4 + 1 + 1);
	assert_eq!(chunks.len(), 6);
	for (step, chunk) in chunks.iter().enumerate() {
		assert_eq!(manifest.chunk_len(step as u32), Some(chunk.len()));
		let at = manifest.step_at(step as u32).unwrap();
		let shape = manifest.layer(at.layer).unwrap();
		assert!(u64::from(at.rows) * u64::from(shape.in_len) <= MAX_STEP_MACS);
	}
	for seed in 0..8i32 {
		let input: Vec<i8> = (0..700).map(|i| ((i * 37 + seed * 11) % 256 - 128) as i8).collect();
		let expected = model.evaluate(&input).unwrap();
		let traced =
			trace::trace::<Blake2, _>(&manifest, |i| chunks.get(i as usize), &input).unwrap();
		assert_eq!(traced.output, expected);
		assert_eq!(traced.states.len(), 7);
		assert_eq!(
			trace::evaluate::<Blake2, _>(&manifest, |i| chunks.get(i as usize), &input).unwrap(),
			expected
		);
		// The final state's `y` is the output's digest.
		assert_eq!(traced.states[6].y, trace::output_digest::<Blake2>(&manifest, &expected));
	}
}

#[test]
fn a_manifest_round_trips_and_its_bad_forms_are_named() {
	let bytes = model_bytes();
	let (manifest, chunks) = committed::split::<Blake2>(&Model::parse(&bytes).unwrap());
	let encoded = manifest.encode();
	assert_eq!(Manifest::parse(&encoded).unwrap(), manifest);
	// Layer entries start after magic, count and input length; rows_per_step is at +4.
	let rows_at = |layer: usize| 4 + 1 + 2 + layer * committed::MANIFEST_LAYER_LEN + 4;
	let with = |at: usize, value: &[u8]| {
		let mut b = encoded.clone();
		b[at..at + value.len()].copy_from_slice(value);
		b
	};
	assert_eq!(Manifest::parse(&with(0, b"QMD1")), Err(FormatError::BadMagic));
	assert_eq!(Manifest::parse(&with(rows_at(0), &0u16.to_le_bytes())), Err(FormatError::BadStep));
	// 94 rows of 700 inputs: 65,800 multiply-accumulates, over the bound.
	assert_eq!(Manifest::parse(&with(rows_at(0), &94u16.to_le_bytes())), Err(FormatError::BadStep));
	// More rows a step than the layer has.
	assert_eq!(Manifest::parse(&with(rows_at(2), &11u16.to_le_bytes())), Err(FormatError::BadStep));
	assert_eq!(Manifest::parse(&with(rows_at(0) - 1, &[9])), Err(FormatError::BadActivation));
	assert_eq!(Manifest::parse(&with(rows_at(0) - 2, &[32])), Err(FormatError::BadShift));
	assert_eq!(Manifest::parse(&encoded[..encoded.len() - 1]), Err(FormatError::TooShort));
	let mut longer = encoded.clone();
	longer.push(0);
	assert_eq!(Manifest::parse(&longer), Err(FormatError::TrailingBytes));
	assert_eq!(Manifest::parse(&with(4, &[0])), Err(FormatError::NoLayers));
	assert_eq!(Manifest::parse(&with(4, &[65])), Err(FormatError::TooManyLayers));

	// The weights file is the chunks in step order, checked against the root.
	let file: Vec<u8> = chunks.concat();
	let cut = committed::chunks::<Blake2>(&manifest, &file).unwrap();
	assert_eq!(cut.len(), chunks.len());
	assert!(cut.iter().zip(&chunks).all(|(a, b)| *a == b.as_slice()));
	let mut tampered = file.clone();
	tampered[1234] ^= 1;
	assert_eq!(committed::chunks::<Blake2>(&manifest, &tampered), Err(FormatError::WrongRoot));
	assert_eq!(
		committed::chunks::<Blake2>(&manifest, &file[..file.len() - 1]),
		Err(FormatError::TooShort)
	);
	let mut longer = file.clone();
	longer.push(0);
	assert_eq!(committed::chunks::<Blake2>(&manifest, &longer), Err(FormatError::TrailingBytes));

	// Building a manifest from shapes and chunk leaves gives the same root.
	let shapes: Vec<_> = manifest
		.layers()
		.iter()
		.map(|l| (l.out_len, l.shift, l.activation, l.rows_per_step))
		.collect();
	let leaves: Vec<_> = chunks.iter().map(|c| merkle::leaf::<Blake2>(c)).collect();
	assert_eq!(committed::commit::<Blake2>(700, &shapes, leaves.clone()).unwrap(), manifest);
	assert_eq!(
		committed::commit::<Blake2>(700, &shapes, leaves[..5].to_vec()),
		Err(FormatError::TooShort)
	);
	assert_eq!(
		committed::commit::<Blake2>(700, &[(10, 0, Activation::Relu, 0)], [[0u8; 32]]),
		Err(FormatError::BadStep)
	);
}

#[test]
fn a_step_holds_at_most_4096_rows_and_a_layer_at_most_4096_steps() {
	let rows = committed::MAX_STEP_ROWS;
	let at_rows = |rows_per_step: u16| {
		let steps = 8_192u32.div_ceil(u32::from(rows_per_step));
		committed::commit::<Blake2>(
			1,
			&[(8_192, 0, Activation::Relu, rows_per_step)],
			(0..steps).map(|_| [0u8; 32]),
		)
	};
	assert_eq!(at_rows(rows).map(|m| m.steps()), Ok(2));
	assert_eq!(at_rows(rows + 1), Err(FormatError::BadStep));
	// 8,192 rows one at a time: 8,192 steps, twice what a layer may have.
	assert_eq!(at_rows(2).map(|m| m.steps()), Ok(committed::MAX_LAYER_STEPS));
	assert_eq!(at_rows(1), Err(FormatError::BadStep));
	// Splitting keeps to both bounds.
	assert_eq!(committed::max_rows_per_step(1, u16::MAX), rows);
	assert_eq!(committed::max_rows_per_step(64, u16::MAX), 1_024);
	assert_eq!(committed::MAX_CHUNK_LEN, committed::MAX_STEP_MACS as usize + 4 * usize::from(rows));
}

/// The vector entering each step's layer, from a plain evaluation layer by layer.
fn layer_inputs(manifest: &Manifest, chunks: &[Vec<u8>], input: &[i8]) -> Vec<Vec<i8>> {
	let mut inputs = vec![input.to_vec()];
	let mut step = 0usize;
	for shape in manifest.layers() {
		let x = inputs.last().unwrap().clone();
		let mut y = Vec::new();
		for c in 0..shape.steps() {
			let (_, rows) = shape.rows_of(c);
			y.extend(committed::evaluate_step(shape, rows, &chunks[step], &x).unwrap());
			step += 1;
		}
		inputs.push(y);
	}
	inputs
}

#[test]
fn every_step_of_an_honest_trace_checks_and_a_wrong_one_is_refused() {
	let bytes = model_bytes();
	let (manifest, chunks) = committed::split::<Blake2>(&Model::parse(&bytes).unwrap());
	let input: Vec<i8> = (0..700).map(|i| (i % 200 - 100) as i8).collect();
	let traced = trace::trace::<Blake2, _>(&manifest, |i| chunks.get(i as usize), &input).unwrap();
	let inputs = layer_inputs(&manifest, &chunks, &input);
	let chunk_leaves: Vec<_> = chunks.iter().map(|c| merkle::leaf::<Blake2>(c)).collect();
	for step in 0..manifest.steps() {
		let at = manifest.step_at(step).unwrap();
		let x = &inputs[at.layer as usize];
		let chunk = &chunks[step as usize];
		let proof = merkle::prove::<Blake2>(&chunk_leaves, step).unwrap();
		let before = &traced.states[step as usize];
		let after = check_step::<Blake2>(&manifest, step, before, x, chunk, &proof).unwrap();
		assert_eq!(after, traced.states[step as usize + 1], "step {step}");

		// A vector other than the committed one entering the layer.
		let mut wrong_x = x.clone();
		wrong_x[3] = wrong_x[3].wrapping_add(1);
		assert_eq!(
			check_step::<Blake2>(&manifest, step, before, &wrong_x, chunk, &proof),
			Err(TraceError::WrongInput)
		);
		assert_eq!(
			check_step::<Blake2>(&manifest, step, before, &x[1..], chunk, &proof),
			Err(TraceError::WrongInput)
		);
		// Weights other than the committed ones.
		let mut wrong_chunk = chunk.clone();
		wrong_chunk[0] ^= 1;
		assert_eq!(
			check_step::<Blake2>(&manifest, step, before, x, &wrong_chunk, &proof),
			Err(TraceError::WrongChunk)
		);
		assert_eq!(
			check_step::<Blake2>(&manifest, step, before, x, &chunk[1..], &proof),
			Err(TraceError::ChunkLength)
		);
		// Another step's chunk, with its own valid proof.
		let other = (step + 1) % manifest.steps();
		if manifest.chunk_len(other) == manifest.chunk_len(step) {
			let other_proof = merkle::prove::<Blake2>(&chunk_leaves, other).unwrap();
			assert_eq!(
				check_step::<Blake2>(
					&manifest,
					step,
					before,
					x,
					&chunks[other as usize],
					&other_proof
				),
				Err(TraceError::WrongChunk)
			);
		}
	}
	let proof = merkle::prove::<Blake2>(&chunk_leaves, 0).unwrap();
	assert_eq!(
		check_step::<Blake2>(
			&manifest,
			manifest.steps(),
			&traced.states[0],
			&input,
			&chunks[0],
			&proof
		),
		Err(TraceError::NoSuchStep)
	);
}

#[test]
fn a_worker_that_changes_one_row_is_caught_at_that_step() {
	let bytes = model_bytes();
	let (manifest, chunks) = committed::split::<Blake2>(&Model::parse(&bytes).unwrap());
	let input: Vec<i8> = (0..700).map(|i| (i % 51) as i8).collect();
	let honest = trace::trace::<Blake2, _>(&manifest, |i| chunks.get(i as usize), &input).unwrap();
	let inputs = layer_inputs(&manifest, &chunks, &input);
	let chunk_leaves: Vec<_> = chunks.iter().map(|c| merkle::leaf::<Blake2>(c)).collect();
	for bad_step in 0..manifest.steps() {
		// The cheater's trace agrees up to `bad_step`, then claims one row off.
		let at = manifest.step_at(bad_step).unwrap();
		let x = &inputs[at.layer as usize];
		let shape = manifest.layer(at.layer).unwrap();
		let mut rows =
			committed::evaluate_step(shape, at.rows, &chunks[bad_step as usize], x).unwrap();
		rows[0] = rows[0].wrapping_add(1);
		let claimed = honest.states[bad_step as usize].next::<Blake2>(at.chunk == 0, &rows);
		assert_ne!(claimed, honest.states[bad_step as usize + 1]);
		let proof = merkle::prove::<Blake2>(&chunk_leaves, bad_step).unwrap();
		let checked = check_step::<Blake2>(
			&manifest,
			bad_step,
			&honest.states[bad_step as usize],
			x,
			&chunks[bad_step as usize],
			&proof,
		)
		.unwrap();
		assert_ne!(checked, claimed, "the chain's step disagrees with the cheater's claim");
	}
	// The trace root commits to every state: changing any one changes the root.
	let root = honest.root::<Blake2>();
	for i in 0..honest.states.len() {
		let mut states = honest.states.clone();
		states[i].y[0] ^= 1;
		assert_ne!(trace::Trace { states, output: honest.output.clone() }.root::<Blake2>(), root);
	}
	assert_eq!(State::initial::<Blake2>(&input), honest.states[0]);
}
