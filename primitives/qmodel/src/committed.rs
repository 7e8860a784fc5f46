//! Committed models: a network too large to store or re-execute on chain in one piece, cut
//! into steps that each are.
//!
//! A committed model is a [`Manifest`] (its shape and a Merkle root over its weights) kept on
//! chain, and its weight *chunks* kept off chain. Each layer of the network is cut into
//! chunks of `rows_per_step` consecutive output rows; one chunk is one *step* of an evaluation,
//! at most [`MAX_STEP_MACS`] multiply-accumulates, which the runtime can re-execute in one call.
//! Steps run in order: every chunk of layer 0, then every chunk of layer 1, and so on. The
//! arithmetic of a row is the same as in a [`Model`](crate::Model) (`QMD1`): a committed model
//! cut from a `QMD1` model ([`split`]) computes the same output bit for bit.
//!
//! # Manifest format (`QMC1`)
//!
//! All multi-byte integers are little-endian.
//!
//! | field          | type       | notes                                   |
//! |----------------|------------|-----------------------------------------|
//! | `magic`        | `[u8; 4]`  | [`MANIFEST_MAGIC`], `b"QMC1"`           |
//! | `layer_count`  | `u8`       | `1..=`[`MAX_COMMITTED_LAYERS`]          |
//! | `input_len`    | `u16`      | `>= 1`                                  |
//!
//! followed by `layer_count` layers, each:
//!
//! | field           | type  | notes                                            |
//! |-----------------|-------|--------------------------------------------------|
//! | `out_len`       | `u16` | `>= 1`                                           |
//! | `shift`         | `u8`  | `0..=31`                                         |
//! | `activation`    | `u8`  | `0` = Identity, `1` = ReLU                       |
//! | `rows_per_step` | `u16` | `1..=min(out_len, MAX_STEP_ROWS)`, `rows_per_step * in_len <= MAX_STEP_MACS`, at most [`MAX_LAYER_STEPS`] steps |
//!
//! and then `weights_root: [u8; 32]`, the [Merkle root](crate::merkle) over the leaf hashes of
//! the chunks in step order. No bytes may follow.
//!
//! # Chunk format
//!
//! The chunk of step `(layer, c)` holds rows `c * rows_per_step ..` of the layer (the last chunk
//! of a layer may hold fewer): their weights (`rows * in_len` `i8`s, row-major) followed by
//! their biases (`rows` little-endian `i32`s). Its leaf is `merkle::leaf(chunk)`.
//!
//! The weights file of a committed model, as a node or a tool stores it, is the chunks
//! concatenated in step order; [`chunks`] cuts it back and checks it against the root.

use crate::{
	merkle::{self, Hasher},
	Activation, FormatError, Layer, Model, Reader, MAX_SHIFT,
};
use alloc::vec::Vec;

/// The four magic bytes every manifest starts with.
pub const MANIFEST_MAGIC: [u8; 4] = *b"QMC1";

/// Most multiply-accumulates of one step: what the runtime re-executes in one call.
pub const MAX_STEP_MACS: u64 = 65_536;

/// Most layers of a committed model.
pub const MAX_COMMITTED_LAYERS: usize = 64;

/// Most steps of one layer. The vector a layer makes is digested in as many pieces as the
/// layer has steps ([`crate::trace`]), and checking a step of the next layer digests it again:
/// this bound keeps that check within a fixed number of hashes.
pub const MAX_LAYER_STEPS: u32 = 4_096;

/// Most rows of one step: with [`MAX_STEP_MACS`] it bounds a step's chunk
/// ([`MAX_CHUNK_LEN`]) and the work per row of its check.
pub const MAX_STEP_ROWS: u16 = 4_096;

/// Size in bytes of a manifest's layer entry.
pub const MANIFEST_LAYER_LEN: usize = 2 + 1 + 1 + 2;

/// Size in bytes of the longest manifest: the header, [`MAX_COMMITTED_LAYERS`] layers and the
/// weights root.
pub const MAX_MANIFEST_LEN: usize = 4 + 1 + 2 + MAX_COMMITTED_LAYERS * MANIFEST_LAYER_LEN + 32;

/// Size in bytes of the longest chunk: [`MAX_STEP_MACS`] weights and the biases of
/// [`MAX_STEP_ROWS`] rows.
pub const MAX_CHUNK_LEN: usize = MAX_STEP_MACS as usize + 4 * MAX_STEP_ROWS as usize;

/// The shape of one layer of a committed model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayerShape {
	/// Inputs of each row: the previous layer's `out_len`, or the model's `input_len`.
	pub in_len: u16,
	/// Output rows.
	pub out_len: u16,
	/// Arithmetic right shift of the accumulator.
	pub shift: u8,
	/// Activation after the shift.
	pub activation: Activation,
	/// Rows of one step (the last step of the layer may have fewer).
	pub rows_per_step: u16,
}

impl LayerShape {
	/// Steps of this layer.
	pub fn steps(&self) -> u32 {
		u32::from(self.out_len).div_ceil(u32::from(self.rows_per_step.max(1)))
	}

	/// The rows of step `c` of this layer: `(first row, rows)`.
	pub fn rows_of(&self, c: u32) -> (u32, u32) {
		let first = c.saturating_mul(u32::from(self.rows_per_step));
		let rows = u32::from(self.rows_per_step).min(u32::from(self.out_len).saturating_sub(first));
		(first, rows)
	}

	/// Bytes of the chunk of a step of `rows` rows.
	pub fn chunk_len(&self, rows: u32) -> usize {
		(rows as usize).saturating_mul(usize::from(self.in_len).saturating_add(4))
	}

	/// Multiply-accumulates of the whole layer.
	pub fn macs(&self) -> u64 {
		u64::from(self.out_len).saturating_mul(u64::from(self.in_len))
	}
}

/// Where a step of an evaluation falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepAt {
	/// The layer it computes rows of.
	pub layer: u32,
	/// Its position among the layer's steps.
	pub chunk: u32,
	/// The layer's first row it computes.
	pub first_row: u32,
	/// How many rows it computes.
	pub rows: u32,
}

/// A validated manifest of a committed model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
	input_len: u16,
	layers: Vec<LayerShape>,
	weights_root: [u8; 32],
}

impl Manifest {
	/// Parses and validates a manifest (see the [module docs](self)).
	pub fn parse(bytes: &[u8]) -> Result<Self, FormatError> {
		let mut reader = Reader { rest: bytes };
		if reader.array::<4>()? != MANIFEST_MAGIC {
			return Err(FormatError::BadMagic);
		}
		let layer_count = reader.u8()?;
		if layer_count == 0 {
			return Err(FormatError::NoLayers);
		}
		if usize::from(layer_count) > MAX_COMMITTED_LAYERS {
			return Err(FormatError::TooManyLayers);
		}
		let input_len = reader.u16()?;
		if input_len == 0 {
			return Err(FormatError::EmptyLayer);
		}
		let mut layers = Vec::with_capacity(usize::from(layer_count));
		let mut in_len = input_len;
		for _ in 0..layer_count {
			let out_len = reader.u16()?;
			let shift = reader.u8()?;
			let activation =
				Activation::from_byte(reader.u8()?).ok_or(FormatError::BadActivation)?;
			let rows_per_step = reader.u16()?;
			let shape = LayerShape { in_len, out_len, shift, activation, rows_per_step };
			check_shape(&shape)?;
			layers.push(shape);
			in_len = out_len;
		}
		let weights_root = reader.array::<32>()?;
		if !reader.rest.is_empty() {
			return Err(FormatError::TrailingBytes);
		}
		Ok(Manifest { input_len, layers, weights_root })
	}

	/// The manifest's bytes.
	pub fn encode(&self) -> Vec<u8> {
		let mut bytes = Vec::with_capacity(
			4 + 1 + 2 + self.layers.len().saturating_mul(MANIFEST_LAYER_LEN) + 32,
		);
		bytes.extend_from_slice(&MANIFEST_MAGIC);
		bytes.push(u8::try_from(self.layers.len()).unwrap_or(u8::MAX));
		bytes.extend_from_slice(&self.input_len.to_le_bytes());
		for layer in &self.layers {
			bytes.extend_from_slice(&layer.out_len.to_le_bytes());
			bytes.push(layer.shift);
			bytes.push(layer.activation.to_byte());
			bytes.extend_from_slice(&layer.rows_per_step.to_le_bytes());
		}
		bytes.extend_from_slice(&self.weights_root);
		bytes
	}

	/// The length of the input vector.
	pub fn input_len(&self) -> u32 {
		u32::from(self.input_len)
	}

	/// The length of the output vector.
	pub fn output_len(&self) -> u32 {
		self.layers.last().map_or(0, |l| u32::from(l.out_len))
	}

	/// The layers' shapes.
	pub fn layers(&self) -> &[LayerShape] {
		&self.layers
	}

	/// The Merkle root over the weight chunks.
	pub fn weights_root(&self) -> &[u8; 32] {
		&self.weights_root
	}

	/// Steps of one evaluation: chunks of all layers.
	pub fn steps(&self) -> u32 {
		self.layers.iter().map(LayerShape::steps).fold(0u32, u32::saturating_add)
	}

	/// Multiply-accumulates of one evaluation.
	pub fn macs(&self) -> u64 {
		self.layers.iter().map(LayerShape::macs).fold(0u64, u64::saturating_add)
	}

	/// Where step `step` (`0..steps()`) falls; `None` past the last step.
	pub fn step_at(&self, step: u32) -> Option<StepAt> {
		let mut first = 0u32;
		for (layer, shape) in self.layers.iter().enumerate() {
			let steps = shape.steps();
			if step < first.saturating_add(steps) {
				let chunk = step.saturating_sub(first);
				let (first_row, rows) = shape.rows_of(chunk);
				return Some(StepAt { layer: layer as u32, chunk, first_row, rows });
			}
			first = first.saturating_add(steps);
		}
		None
	}

	/// The shape of layer `layer`.
	pub fn layer(&self, layer: u32) -> Option<&LayerShape> {
		self.layers.get(layer as usize)
	}

	/// How the vector entering layer `layer` was cut into pieces when it was made: the rows of a
	/// step of the layer before, or the whole input for layer 0 (see [`crate::trace`]).
	pub fn piece_len_into(&self, layer: u32) -> u32 {
		match layer.checked_sub(1).and_then(|before| self.layers.get(before as usize)) {
			Some(before) => u32::from(before.rows_per_step),
			None => u32::from(self.input_len),
		}
	}

	/// Bytes of the chunk of step `step`.
	pub fn chunk_len(&self, step: u32) -> Option<usize> {
		let at = self.step_at(step)?;
		Some(self.layer(at.layer)?.chunk_len(at.rows))
	}
}

fn check_shape(shape: &LayerShape) -> Result<(), FormatError> {
	if shape.out_len == 0 {
		return Err(FormatError::EmptyLayer);
	}
	if shape.shift > MAX_SHIFT {
		return Err(FormatError::BadShift);
	}
	if shape.rows_per_step == 0
		|| shape.rows_per_step > shape.out_len
		|| shape.rows_per_step > MAX_STEP_ROWS
	{
		return Err(FormatError::BadStep);
	}
	if u64::from(shape.rows_per_step).saturating_mul(u64::from(shape.in_len)) > MAX_STEP_MACS {
		return Err(FormatError::BadStep);
	}
	if shape.steps() > MAX_LAYER_STEPS {
		return Err(FormatError::BadStep);
	}
	Ok(())
}

/// The largest `rows_per_step` a layer of `in_len` inputs may have.
pub fn max_rows_per_step(in_len: u16, out_len: u16) -> u16 {
	let rows = MAX_STEP_MACS / u64::from(in_len.max(1));
	u16::try_from(rows).unwrap_or(u16::MAX).min(MAX_STEP_ROWS).clamp(1, out_len.max(1))
}

/// Cuts a `QMD1` model into a committed model: each layer into steps of as many rows as
/// [`MAX_STEP_MACS`] and [`MAX_STEP_ROWS`] allow. Returns the manifest and the chunks in step
/// order. (A layer of more than [`MAX_LAYER_STEPS`] such steps, over 268 million
/// multiply-accumulates, gives a manifest that [`Manifest::parse`] refuses.)
pub fn split<H: Hasher>(model: &Model) -> (Manifest, Vec<Vec<u8>>) {
	let mut shapes = Vec::new();
	let mut chunks = Vec::new();
	for layer in model.layers() {
		let rows_per_step = max_rows_per_step(layer.in_len, layer.out_len);
		let shape = LayerShape {
			in_len: layer.in_len,
			out_len: layer.out_len,
			shift: layer.shift,
			activation: layer.activation,
			rows_per_step,
		};
		let row_len = usize::from(layer.in_len);
		for c in 0..shape.steps() {
			let (first, rows) = shape.rows_of(c);
			let (first, rows) = (first as usize, rows as usize);
			let mut chunk = Vec::with_capacity(shape.chunk_len(rows as u32));
			let weights = layer
				.weights
				.get(
					first.saturating_mul(row_len)
						..first.saturating_add(rows).saturating_mul(row_len),
				)
				.unwrap_or(&[]);
			chunk.extend_from_slice(weights);
			for bias in layer.biases.get(first..first.saturating_add(rows)).unwrap_or(&[]) {
				chunk.extend_from_slice(bias);
			}
			chunks.push(chunk);
		}
		shapes.push(shape);
	}
	let leaves: Vec<[u8; 32]> = chunks.iter().map(|c| merkle::leaf::<H>(c)).collect();
	let weights_root = merkle::root::<H>(&leaves).unwrap_or_default();
	(Manifest { input_len: model.input_len, layers: shapes, weights_root }, chunks)
}

/// Builds a manifest from its shapes and weight chunks (tools and benchmarks), computing the
/// root: fails like [`Manifest::parse`] on a bad shape, and with [`FormatError::TooShort`] or
/// [`FormatError::TrailingBytes`] on a chunk of the wrong length or the wrong number of chunks.
pub fn commit<H: Hasher>(
	input_len: u16,
	layers: &[(u16, u8, Activation, u16)],
	chunk_leaves: impl IntoIterator<Item = [u8; 32]>,
) -> Result<Manifest, FormatError> {
	let mut shapes = Vec::with_capacity(layers.len());
	let mut in_len = input_len;
	if layers.is_empty() {
		return Err(FormatError::NoLayers);
	}
	if layers.len() > MAX_COMMITTED_LAYERS {
		return Err(FormatError::TooManyLayers);
	}
	if input_len == 0 {
		return Err(FormatError::EmptyLayer);
	}
	for &(out_len, shift, activation, rows_per_step) in layers {
		let shape = LayerShape { in_len, out_len, shift, activation, rows_per_step };
		check_shape(&shape)?;
		shapes.push(shape);
		in_len = out_len;
	}
	let manifest = Manifest { input_len, layers: shapes, weights_root: [0; 32] };
	let leaves: Vec<[u8; 32]> = chunk_leaves.into_iter().collect();
	match leaves.len().cmp(&(manifest.steps() as usize)) {
		core::cmp::Ordering::Less => return Err(FormatError::TooShort),
		core::cmp::Ordering::Greater => return Err(FormatError::TrailingBytes),
		core::cmp::Ordering::Equal => {},
	}
	let weights_root = merkle::root::<H>(&leaves).ok_or(FormatError::NoLayers)?;
	Ok(Manifest { weights_root, ..manifest })
}

/// Cuts a weights file (the chunks concatenated in step order) into its chunks and checks
/// them against the manifest's root: [`FormatError::TooShort`] or
/// [`FormatError::TrailingBytes`] if the lengths do not fit, [`FormatError::WrongRoot`] if the
/// chunks are not the committed ones.
pub fn chunks<'a, H: Hasher>(
	manifest: &Manifest,
	file: &'a [u8],
) -> Result<Vec<&'a [u8]>, FormatError> {
	let mut reader = Reader { rest: file };
	let mut chunks = Vec::with_capacity(manifest.steps() as usize);
	for step in 0..manifest.steps() {
		let len = manifest.chunk_len(step).ok_or(FormatError::TooShort)?;
		chunks.push(reader.take(len)?);
	}
	if !reader.rest.is_empty() {
		return Err(FormatError::TrailingBytes);
	}
	let leaves: Vec<[u8; 32]> = chunks.iter().map(|c| merkle::leaf::<H>(c)).collect();
	if merkle::root::<H>(&leaves).as_ref() != Some(manifest.weights_root()) {
		return Err(FormatError::WrongRoot);
	}
	Ok(chunks)
}

/// Computes the rows of one step: `input` is the layer's whole input vector, `chunk` the
/// step's weights and biases. `None` if the lengths do not fit the shape.
pub fn evaluate_step(shape: &LayerShape, rows: u32, chunk: &[u8], input: &[i8]) -> Option<Vec<i8>> {
	if input.len() != usize::from(shape.in_len) || chunk.len() != shape.chunk_len(rows) {
		return None;
	}
	let weight_len = (rows as usize).saturating_mul(usize::from(shape.in_len));
	let (weights, biases) = chunk.split_at_checked(weight_len)?;
	let (biases, rest) = biases.as_chunks::<4>();
	if !rest.is_empty() {
		return None;
	}
	let layer = Layer {
		in_len: shape.in_len,
		out_len: u16::try_from(rows).ok()?,
		shift: shape.shift,
		activation: shape.activation,
		weights,
		biases,
	};
	Some(layer.evaluate(input))
}
