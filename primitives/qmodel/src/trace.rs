//! Execution traces of committed models: the state after every step, committed to by one
//! Merkle root, and the check of one step that a dispute ends at.
//!
//! # States
//!
//! The state between two steps is two digests ([`State`]): `x`, of the vector entering the
//! current layer, and `y`, of the rows of the current layer computed so far. A vector is
//! digested as a chain over the *pieces* it was made in ([`digest_vector`]): `d = H(0x02 ‖ d ‖
//! piece)` from [`EMPTY`], a piece being the rows of one step (the model's input is one piece).
//! So a step extends `y` by hashing only its own rows, and tracing costs two small hashes a step
//! whatever the width of the layer.
//!
//! - Before step 0: `x = EMPTY`, `y = digest(input)`.
//! - A step that starts a layer takes the finished `y` as its `x`, and starts `y` afresh:
//!   `(x, y) → (y, chain(EMPTY, rows))`.
//! - Any other step of the layer: `(x, y) → (x, chain(y, rows))`.
//! - After the last step, `y` is the digest of the output, cut in the last layer's steps.
//!
//! The trace root is the [Merkle root](crate::merkle) over the leaves
//! `merkle::leaf(index ‖ x ‖ y)` of the states `0..=steps`: a worker's traced result commits
//! to every intermediate state at once, so any of them can be opened later with a proof.
//!
//! # One step, checked
//!
//! [`check_step`] recomputes step `i` from the state before it, the whole vector entering the
//! layer (checked against the state's digest) and the step's chunk (checked against the
//! manifest's weights root), and returns the state after it: at most [`MAX_STEP_MACS`]
//! (crate::committed::MAX_STEP_MACS) multiply-accumulates and hashes over one vector and one
//! chunk, whatever the size of the model.

use crate::{
	committed::{evaluate_step, Manifest},
	merkle::{self, Hasher, Proof},
};
use alloc::vec::Vec;

/// The digest of nothing: the start of every chain.
pub const EMPTY: [u8; 32] = [0; 32];

/// Prefix of a piece's preimage in a vector's chain.
const PIECE: u8 = 2;

/// The state between two steps of an evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct State {
	/// Digest of the vector entering the current layer.
	pub x: [u8; 32],
	/// Digest of the current layer's rows computed so far.
	pub y: [u8; 32],
}

impl State {
	/// The state before step 0 on `input`.
	pub fn initial<H: Hasher>(input: &[i8]) -> Self {
		State { x: EMPTY, y: chain::<H>(&EMPTY, input) }
	}

	/// The trace's leaf of this state as state number `index`.
	pub fn leaf<H: Hasher>(&self, index: u32) -> [u8; 32] {
		let mut data = Vec::with_capacity(4 + 32 + 32);
		data.extend_from_slice(&index.to_le_bytes());
		data.extend_from_slice(&self.x);
		data.extend_from_slice(&self.y);
		merkle::leaf::<H>(&data)
	}

	/// The state after a step at the start of a layer (`starts_layer`) or within one, that
	/// computed `rows`.
	pub fn next<H: Hasher>(&self, starts_layer: bool, rows: &[i8]) -> Self {
		if starts_layer {
			State { x: self.y, y: chain::<H>(&EMPTY, rows) }
		} else {
			State { x: self.x, y: chain::<H>(&self.y, rows) }
		}
	}
}

/// The chain digest `d` extended by `piece`.
pub fn chain<H: Hasher>(d: &[u8; 32], piece: &[i8]) -> [u8; 32] {
	let bytes: Vec<u8> = piece.iter().map(|v| v.to_le_bytes()[0]).collect();
	H::hash_parts(&[&[PIECE], d, &bytes])
}

/// The digest of `vector` made in pieces of `piece_len` values (the last one shorter).
pub fn digest_vector<H: Hasher>(vector: &[i8], piece_len: u32) -> [u8; 32] {
	vector.chunks((piece_len as usize).max(1)).fold(EMPTY, |d, piece| chain::<H>(&d, piece))
}

/// A traced evaluation: the output, and the state before each step and after the last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trace {
	/// The output vector.
	pub output: Vec<i8>,
	/// `steps + 1` states: `states[i]` is the state before step `i`.
	pub states: Vec<State>,
}

impl Trace {
	/// The leaves of the trace's states, in order.
	pub fn leaves<H: Hasher>(&self) -> Vec<[u8; 32]> {
		self.states.iter().enumerate().map(|(i, s)| s.leaf::<H>(i as u32)).collect()
	}

	/// The trace root a worker commits to.
	pub fn root<H: Hasher>(&self) -> [u8; 32] {
		merkle::root::<H>(&self.leaves::<H>()).unwrap_or_default()
	}
}

/// Why a traced evaluation or a step's check failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TraceError {
	/// The input's length is not the model's `input_len`.
	InputLength,
	/// The step index is past the model's last step.
	NoSuchStep,
	/// A chunk's length does not fit its step, or it was not supplied.
	ChunkLength,
	/// The chunk is not the one the model's weights root commits to at this step.
	WrongChunk,
	/// The vector entering the layer is not the one the state's digest commits to.
	WrongInput,
}

/// Evaluates a committed model on `input` step by step, keeping every state. `chunk(i)`
/// supplies the chunk of step `i` (from a weights file, or generated); it is trusted: check a
/// file with [`chunks`](crate::committed::chunks) first.
pub fn trace<H: Hasher, C: AsRef<[u8]>>(
	manifest: &Manifest,
	mut chunk: impl FnMut(u32) -> Option<C>,
	input: &[i8],
) -> Result<Trace, TraceError> {
	evaluate_with::<H, C>(manifest, &mut chunk, input, true)
}

/// Evaluates a committed model on `input` without keeping states: the honest inference that
/// tracing is measured against. Its output equals [`trace`]'s.
pub fn evaluate<H: Hasher, C: AsRef<[u8]>>(
	manifest: &Manifest,
	mut chunk: impl FnMut(u32) -> Option<C>,
	input: &[i8],
) -> Result<Vec<i8>, TraceError> {
	evaluate_with::<H, C>(manifest, &mut chunk, input, false).map(|t| t.output)
}

fn evaluate_with<H: Hasher, C: AsRef<[u8]>>(
	manifest: &Manifest,
	chunk: &mut impl FnMut(u32) -> Option<C>,
	input: &[i8],
	keep_states: bool,
) -> Result<Trace, TraceError> {
	if input.len() != manifest.input_len() as usize {
		return Err(TraceError::InputLength);
	}
	let mut states = Vec::new();
	let mut state = State::default();
	if keep_states {
		state = State::initial::<H>(input);
		states.reserve(manifest.steps() as usize + 1);
		states.push(state);
	}
	let mut x = input.to_vec();
	let mut step = 0u32;
	for shape in manifest.layers() {
		let mut y = Vec::with_capacity(usize::from(shape.out_len));
		for c in 0..shape.steps() {
			let (_, rows) = shape.rows_of(c);
			let bytes = chunk(step).ok_or(TraceError::ChunkLength)?;
			let out =
				evaluate_step(shape, rows, bytes.as_ref(), &x).ok_or(TraceError::ChunkLength)?;
			if keep_states {
				state = state.next::<H>(c == 0, &out);
				states.push(state);
			}
			y.extend_from_slice(&out);
			step = step.saturating_add(1);
		}
		x = y;
	}
	Ok(Trace { output: x, states })
}

/// Checks step `step` of an evaluation: from the agreed state `before` it, the whole vector
/// `input` entering the step's layer and the step's `chunk` with its `proof` against the
/// manifest's weights root, recomputes the step and returns the state after it.
pub fn check_step<H: Hasher>(
	manifest: &Manifest,
	step: u32,
	before: &State,
	input: &[i8],
	chunk: &[u8],
	proof: &Proof,
) -> Result<State, TraceError> {
	let at = manifest.step_at(step).ok_or(TraceError::NoSuchStep)?;
	let shape = manifest.layer(at.layer).ok_or(TraceError::NoSuchStep)?;
	if chunk.len() != shape.chunk_len(at.rows) {
		return Err(TraceError::ChunkLength);
	}
	if proof.index != step
		|| proof.leaves != manifest.steps()
		|| !proof.verifies::<H>(merkle::leaf::<H>(chunk), manifest.weights_root())
	{
		return Err(TraceError::WrongChunk);
	}
	let starts_layer = at.chunk == 0;
	let input_digest = if starts_layer { before.y } else { before.x };
	if input.len() != usize::from(shape.in_len)
		|| digest_vector::<H>(input, manifest.piece_len_into(at.layer)) != input_digest
	{
		return Err(TraceError::WrongInput);
	}
	let rows = evaluate_step(shape, at.rows, chunk, input).ok_or(TraceError::ChunkLength)?;
	Ok(before.next::<H>(starts_layer, &rows))
}

/// The digest an output must have as the `y` of the final state of a traced evaluation.
pub fn output_digest<H: Hasher>(manifest: &Manifest, output: &[i8]) -> [u8; 32] {
	let last = manifest.layers().last().map_or(1, |l| u32::from(l.rows_per_step));
	digest_vector::<H>(output, last)
}
