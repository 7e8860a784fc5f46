//! Deterministic integer-quantized neural networks.
//!
//! This crate defines a tiny binary format for fully connected networks with
//! `i8` weights and activations, `i32` biases and accumulators, a per-layer
//! arithmetic right shift and an optional ReLU. Evaluation uses integer
//! arithmetic only, so every implementation (the runtime, the offchain worker,
//! the tools) produces the same output bit for bit. The crate is `no_std`
//! (it needs `alloc`) and has no dependencies.
//!
//! A model too large to store or re-execute on chain in one piece is a
//! [committed model](committed): its shape and a [Merkle root](merkle) over
//! its weight chunks on chain, the chunks off chain, each chunk one step of at
//! most [`committed::MAX_STEP_MACS`] multiply-accumulates. An evaluation of it
//! can be [traced](trace): the state after every step, committed to by one
//! root, so that a dispute can be narrowed to one step by a
//! [dissection game](dissection) and that step checked on chain from one chunk
//! and one vector.
//!
//! # Binary format
//!
//! All multi-byte integers are little-endian.
//!
//! | field         | type          | notes                                  |
//! |---------------|---------------|----------------------------------------|
//! | `magic`       | `[u8; 4]`     | [`MAGIC`], `b"QMD1"`                   |
//! | `layer_count` | `u8`          | `1..=`[`MAX_LAYERS`]                   |
//! | `input_len`   | `u16`         | `>= 1`                                 |
//!
//! followed by `layer_count` layers, each:
//!
//! | field        | type                   | notes                            |
//! |--------------|------------------------|----------------------------------|
//! | `out_len`    | `u16`                  | `>= 1`                           |
//! | `shift`      | `u8`                   | `0..=31`                         |
//! | `activation` | `u8`                   | `0` = Identity, `1` = ReLU       |
//! | `weights`    | `[i8; out_len*in_len]` | row-major: row `o` = output `o`  |
//! | `biases`     | `[i32; out_len]`       |                                  |
//!
//! The `in_len` of layer 0 is `input_len`; the `in_len` of layer `k` is the
//! `out_len` of layer `k - 1`. No bytes may follow the last layer.
//!
//! # Evaluation
//!
//! For each output `o` of a layer with input `x`:
//!
//! ```text
//! acc = bias[o] + Σ_i (w[o][i] as i32) * (x[i] as i32)     // i32
//! y   = acc >> shift                                      // arithmetic, rounds toward -inf
//! y   = max(y, 0)                                         // ReLU layers only
//! out = clamp(y, -128, 127) as i8                         // saturate
//! ```
//!
//! The output of the network is the `i8` vector of the last layer.
//!
//! # Overflow freedom
//!
//! [`Model::parse`] rejects any row where
//! `|bias| + 128 * Σ_i |w[o][i]|` exceeds `i32::MAX`. Since every input and
//! activation is an `i8` (magnitude at most 128), neither the final
//! accumulator nor any partial sum can overflow `i32`. The evaluator still
//! uses wrapping arithmetic, so it cannot panic even in principle.
//!
//! # Example
//!
//! ```
//! use qmodel::{argmax, encode, Activation, LayerSpec, Model};
//!
//! // One layer, 2 inputs -> 2 outputs: y0 = x0 + x1, y1 = x0 - x1.
//! let bytes = encode(
//!     2,
//!     &[LayerSpec {
//!         weights: vec![1, 1, 1, -1],
//!         biases: vec![0, 0],
//!         shift: 0,
//!         activation: Activation::Identity,
//!     }],
//! )
//! .unwrap();
//! let model = Model::parse(&bytes).unwrap();
//! assert_eq!(model.macs(), 4);
//! let out = model.evaluate(&[3, 5]).unwrap();
//! assert_eq!(out, vec![8, -2]);
//! assert_eq!(argmax(&out), Some(0));
//! ```

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![cfg_attr(test, allow(clippy::indexing_slicing, clippy::unwrap_used))]

extern crate alloc;

pub mod committed;
pub mod dissection;
pub mod merkle;
pub mod trace;

use alloc::vec::Vec;
use core::fmt;

/// The four magic bytes every model starts with.
pub const MAGIC: [u8; 4] = *b"QMD1";

/// The maximum number of layers of a model.
pub const MAX_LAYERS: usize = 8;

/// The largest valid right shift of a layer.
pub const MAX_SHIFT: u8 = 31;

/// Size in bytes of the model header (magic, layer count, input length).
pub const HEADER_LEN: usize = 4 + 1 + 2;

/// Size in bytes of a layer header (output length, shift, activation).
pub const LAYER_HEADER_LEN: usize = 2 + 1 + 1;

/// The activation function applied after the shift of a layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activation {
	/// No activation: the shifted accumulator is only saturated.
	Identity,
	/// Rectified linear unit: negative values become zero.
	Relu,
}

impl Activation {
	/// The byte encoding of this activation.
	pub const fn to_byte(self) -> u8 {
		match self {
			Activation::Identity => 0,
			Activation::Relu => 1,
		}
	}

	/// Decodes an activation byte.
	pub const fn from_byte(byte: u8) -> Option<Self> {
		match byte {
			0 => Some(Activation::Identity),
			1 => Some(Activation::Relu),
			_ => None,
		}
	}
}

/// Why a byte string is not a valid model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatError {
	/// The bytes end before the header or a layer is complete.
	TooShort,
	/// The bytes do not start with [`MAGIC`].
	BadMagic,
	/// The layer count is zero.
	NoLayers,
	/// The layer count exceeds [`MAX_LAYERS`].
	TooManyLayers,
	/// The input length or a layer's output length is zero.
	EmptyLayer,
	/// A layer's shift exceeds [`MAX_SHIFT`].
	BadShift,
	/// A layer's activation byte is not a known [`Activation`].
	BadActivation,
	/// A row's `|bias| + 128 * Σ|w|` exceeds `i32::MAX`, so its accumulator
	/// could overflow.
	MayOverflow,
	/// Bytes follow the last layer.
	TrailingBytes,
	/// A committed layer's `rows_per_step` is zero, exceeds its `out_len` or
	/// [`committed::MAX_STEP_ROWS`], makes a step of more than [`committed::MAX_STEP_MACS`]
	/// multiply-accumulates or the layer of more than [`committed::MAX_LAYER_STEPS`] steps.
	BadStep,
	/// A committed model's weight chunks do not have the manifest's root.
	WrongRoot,
}

impl fmt::Display for FormatError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		let msg = match self {
			FormatError::TooShort => "model bytes end early",
			FormatError::BadMagic => "bad model magic",
			FormatError::NoLayers => "model has no layers",
			FormatError::TooManyLayers => "model has too many layers",
			FormatError::EmptyLayer => "model has a zero-length input or layer",
			FormatError::BadShift => "layer shift out of range",
			FormatError::BadActivation => "unknown layer activation",
			FormatError::MayOverflow => "layer accumulator may overflow",
			FormatError::TrailingBytes => "trailing bytes after the last layer",
			FormatError::BadStep => "committed layer's step size out of range",
			FormatError::WrongRoot => "weight chunks do not match the committed root",
		};
		f.write_str(msg)
	}
}

impl core::error::Error for FormatError {}

/// Why a valid model could not be evaluated on an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvalError {
	/// The input does not have the model's input length.
	InputLength {
		/// The model's input length.
		expected: u32,
		/// The length of the given input (saturated to `u32::MAX`).
		got: u32,
	},
}

impl fmt::Display for EvalError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			EvalError::InputLength { expected, got } => {
				write!(f, "input length {got}, model expects {expected}")
			},
		}
	}
}

impl core::error::Error for EvalError {}

/// One validated layer, borrowing its weights and biases from the model bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Layer<'a> {
	in_len: u16,
	out_len: u16,
	shift: u8,
	activation: Activation,
	/// `out_len * in_len` bytes, each an `i8`, row-major.
	weights: &'a [u8],
	/// `out_len` little-endian `i32`s.
	biases: &'a [[u8; 4]],
}

impl Layer<'_> {
	const EMPTY: Layer<'static> = Layer {
		in_len: 0,
		out_len: 0,
		shift: 0,
		activation: Activation::Identity,
		weights: &[],
		biases: &[],
	};

	/// The rows of the layer: `(weights of output o, bias of output o)`.
	fn rows(&self) -> impl Iterator<Item = (&[u8], i32)> {
		// `in_len >= 1` is guaranteed by `parse`; `max(1)` only keeps
		// `chunks_exact` panic-free by construction.
		let row_len = usize::from(self.in_len).max(1);
		self.weights.chunks_exact(row_len).zip(self.biases.iter().map(|b| i32::from_le_bytes(*b)))
	}

	fn macs(&self) -> u64 {
		u64::from(self.out_len).saturating_mul(u64::from(self.in_len))
	}

	/// Evaluates the layer on `input` (whose length is `in_len`).
	fn evaluate(&self, input: &[i8]) -> Vec<i8> {
		let shift = u32::from(self.shift);
		self.rows()
			.map(|(row, bias)| {
				let acc = row.iter().zip(input).fold(bias, |acc, (&w, &x)| {
					let w = i32::from(i8::from_le_bytes([w]));
					acc.wrapping_add(w.wrapping_mul(i32::from(x)))
				});
				let mut y = acc.wrapping_shr(shift);
				if self.activation == Activation::Relu {
					y = y.max(0);
				}
				saturate(y)
			})
			.collect()
	}
}

/// Clamps an `i32` to the `i8` range.
fn saturate(value: i32) -> i8 {
	let clamped = value.clamp(i32::from(i8::MIN), i32::from(i8::MAX));
	i8::try_from(clamped).unwrap_or(if value < 0 { i8::MIN } else { i8::MAX })
}

/// A cursor over the model bytes that never reads out of bounds.
struct Reader<'a> {
	rest: &'a [u8],
}

impl<'a> Reader<'a> {
	fn take(&mut self, n: usize) -> Result<&'a [u8], FormatError> {
		let (head, tail) = self.rest.split_at_checked(n).ok_or(FormatError::TooShort)?;
		self.rest = tail;
		Ok(head)
	}

	fn array<const N: usize>(&mut self) -> Result<[u8; N], FormatError> {
		let (head, tail) = self.rest.split_first_chunk::<N>().ok_or(FormatError::TooShort)?;
		self.rest = tail;
		Ok(*head)
	}

	fn u8(&mut self) -> Result<u8, FormatError> {
		self.array::<1>().map(u8::from_le_bytes)
	}

	fn u16(&mut self) -> Result<u16, FormatError> {
		self.array::<2>().map(u16::from_le_bytes)
	}
}

/// Whether a row can overflow: `|bias| + 128 * Σ|w| > i32::MAX`.
fn row_may_overflow(row: &[u8], bias: i32) -> bool {
	let abs_sum: u64 = row
		.iter()
		.map(|&w| u64::from(i8::from_le_bytes([w]).unsigned_abs()))
		.fold(0u64, u64::saturating_add);
	let bound = abs_sum.saturating_mul(128).saturating_add(u64::from(bias.unsigned_abs()));
	bound > i32::MAX as u64
}

/// A validated, zero-copy view of a model's bytes.
///
/// Obtained with [`Model::parse`]; every `Model` is well formed and can be
/// evaluated without overflow or panic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Model<'a> {
	input_len: u16,
	layer_count: u8,
	layers: [Layer<'a>; MAX_LAYERS],
}

impl<'a> Model<'a> {
	/// Parses and validates a model. See the [crate docs](crate) for the
	/// format and the checks.
	///
	/// A zero `input_len` is reported as [`FormatError::EmptyLayer`].
	pub fn parse(bytes: &'a [u8]) -> Result<Self, FormatError> {
		let mut reader = Reader { rest: bytes };
		if reader.array::<4>()? != MAGIC {
			return Err(FormatError::BadMagic);
		}
		let layer_count = reader.u8()?;
		if layer_count == 0 {
			return Err(FormatError::NoLayers);
		}
		if usize::from(layer_count) > MAX_LAYERS {
			return Err(FormatError::TooManyLayers);
		}
		let input_len = reader.u16()?;
		if input_len == 0 {
			return Err(FormatError::EmptyLayer);
		}

		let mut layers = [Layer::EMPTY; MAX_LAYERS];
		let mut in_len = input_len;
		for slot in layers.iter_mut().take(usize::from(layer_count)) {
			let out_len = reader.u16()?;
			if out_len == 0 {
				return Err(FormatError::EmptyLayer);
			}
			let shift = reader.u8()?;
			if shift > MAX_SHIFT {
				return Err(FormatError::BadShift);
			}
			let activation =
				Activation::from_byte(reader.u8()?).ok_or(FormatError::BadActivation)?;
			let weight_len = usize::from(out_len)
				.checked_mul(usize::from(in_len))
				.ok_or(FormatError::TooShort)?;
			let weights = reader.take(weight_len)?;
			let bias_len = usize::from(out_len).checked_mul(4).ok_or(FormatError::TooShort)?;
			let (biases, _) = reader.take(bias_len)?.as_chunks::<4>();

			let layer = Layer { in_len, out_len, shift, activation, weights, biases };
			if layer.rows().any(|(row, bias)| row_may_overflow(row, bias)) {
				return Err(FormatError::MayOverflow);
			}
			*slot = layer;
			in_len = out_len;
		}
		if !reader.rest.is_empty() {
			return Err(FormatError::TrailingBytes);
		}
		Ok(Model { input_len, layer_count, layers })
	}

	/// The validated layers.
	fn layers(&self) -> &[Layer<'a>] {
		self.layers.get(..usize::from(self.layer_count)).unwrap_or(&[])
	}

	/// The length of the input vector.
	pub fn input_len(&self) -> u32 {
		u32::from(self.input_len)
	}

	/// The length of the output vector (the last layer's `out_len`).
	pub fn output_len(&self) -> u32 {
		self.layers().last().map_or(0, |layer| u32::from(layer.out_len))
	}

	/// The number of layers.
	pub fn layer_count(&self) -> u32 {
		u32::from(self.layer_count)
	}

	/// Multiply-accumulate operations of one evaluation: Σ out_len * in_len.
	pub fn macs(&self) -> u64 {
		self.layers().iter().map(Layer::macs).fold(0u64, u64::saturating_add)
	}

	/// Evaluates the model on `input`, returning the last layer's output.
	///
	/// Fails only if `input.len()` differs from [`Model::input_len`].
	pub fn evaluate(&self, input: &[i8]) -> Result<Vec<i8>, EvalError> {
		if input.len() != usize::from(self.input_len) {
			return Err(EvalError::InputLength {
				expected: self.input_len(),
				got: u32::try_from(input.len()).unwrap_or(u32::MAX),
			});
		}
		let mut activations = input.to_vec();
		for layer in self.layers() {
			activations = layer.evaluate(&activations);
		}
		Ok(activations)
	}
}

/// Index of the first maximum (the predicted class); None for empty.
pub fn argmax(output: &[i8]) -> Option<u32> {
	let mut best: Option<(usize, i8)> = None;
	for (index, &value) in output.iter().enumerate() {
		match best {
			Some((_, max)) if value <= max => {},
			_ => best = Some((index, value)),
		}
	}
	best.and_then(|(index, _)| u32::try_from(index).ok())
}

/// The parameters of one layer, for building models with [`encode`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayerSpec {
	/// Row-major `out_len x in_len` weights: row `o` holds the weights of
	/// output `o` over all inputs.
	pub weights: Vec<i8>,
	/// One bias per output; its length is the layer's `out_len`.
	pub biases: Vec<i32>,
	/// Arithmetic right shift applied to the accumulator (`0..=31`).
	pub shift: u8,
	/// Activation applied after the shift.
	pub activation: Activation,
}

/// Encodes a model and validates it by parsing the result.
///
/// Besides the errors of [`Model::parse`], shape mismatches are reported as:
/// no layers as [`FormatError::NoLayers`], more than [`MAX_LAYERS`] as
/// [`FormatError::TooManyLayers`], no biases (or more than `u16::MAX`) as
/// [`FormatError::EmptyLayer`], fewer weights than `out_len * in_len` as
/// [`FormatError::TooShort`] and more as [`FormatError::TrailingBytes`].
pub fn encode(input_len: u16, layers: &[LayerSpec]) -> Result<Vec<u8>, FormatError> {
	if layers.is_empty() {
		return Err(FormatError::NoLayers);
	}
	let layer_count = u8::try_from(layers.len())
		.ok()
		.filter(|&n| usize::from(n) <= MAX_LAYERS)
		.ok_or(FormatError::TooManyLayers)?;

	let mut bytes = Vec::new();
	bytes.extend_from_slice(&MAGIC);
	bytes.push(layer_count);
	bytes.extend_from_slice(&input_len.to_le_bytes());

	let mut in_len = usize::from(input_len);
	for layer in layers {
		let out_len = u16::try_from(layer.biases.len())
			.ok()
			.filter(|&n| n > 0)
			.ok_or(FormatError::EmptyLayer)?;
		let expected = usize::from(out_len).checked_mul(in_len).ok_or(FormatError::TooShort)?;
		match layer.weights.len().cmp(&expected) {
			core::cmp::Ordering::Less => return Err(FormatError::TooShort),
			core::cmp::Ordering::Greater => return Err(FormatError::TrailingBytes),
			core::cmp::Ordering::Equal => {},
		}
		bytes.extend_from_slice(&out_len.to_le_bytes());
		bytes.push(layer.shift);
		bytes.push(layer.activation.to_byte());
		bytes.extend(layer.weights.iter().map(|w| w.to_le_bytes()[0]));
		for bias in &layer.biases {
			bytes.extend_from_slice(&bias.to_le_bytes());
		}
		in_len = usize::from(out_len);
	}

	Model::parse(&bytes)?;
	Ok(bytes)
}

/// Builds a valid, deterministic model of the given shape, for benchmarks
/// and tests only (its outputs are meaningless).
///
/// The layers are `input_len -> hidden[0] -> .. -> output_len`; hidden
/// layers use ReLU and the last layer Identity, every layer a shift of 7.
/// Weights follow a fixed integer hash pattern over the full `i8` range and
/// biases are small; any `i8` weights pass the overflow check since
/// `128 * 128 * u16::MAX < i32::MAX / 2`. To always return a valid model,
/// zero lengths are raised to 1 and `hidden` is truncated to
/// `MAX_LAYERS - 1` layers.
pub fn synthetic(input_len: u16, hidden: &[u16], output_len: u16) -> Vec<u8> {
	let input_len = input_len.max(1);
	let hidden = hidden.get(..MAX_LAYERS - 1).unwrap_or(hidden);
	let out_lens = || hidden.iter().copied().chain(core::iter::once(output_len)).map(|n| n.max(1));

	let mut capacity = HEADER_LEN;
	let mut in_len = usize::from(input_len);
	for out_len in out_lens() {
		let out_len = usize::from(out_len);
		let layer_len =
			out_len.saturating_mul(in_len.saturating_add(4)).saturating_add(LAYER_HEADER_LEN);
		capacity = capacity.saturating_add(layer_len);
		in_len = out_len;
	}

	let mut bytes = Vec::with_capacity(capacity);
	bytes.extend_from_slice(&MAGIC);
	// At most MAX_LAYERS layers, so the count fits a u8.
	bytes.push(u8::try_from(hidden.len().saturating_add(1)).unwrap_or(u8::MAX));
	bytes.extend_from_slice(&input_len.to_le_bytes());

	let layer_count = hidden.len().saturating_add(1);
	let mut in_len = u32::from(input_len);
	for (k, out_len) in out_lens().enumerate() {
		let last = k.saturating_add(1) == layer_count;
		let activation = if last { Activation::Identity } else { Activation::Relu };
		let k = u32::try_from(k).unwrap_or(0);
		bytes.extend_from_slice(&out_len.to_le_bytes());
		bytes.push(7);
		bytes.push(activation.to_byte());
		for o in 0..u32::from(out_len) {
			for i in 0..in_len {
				bytes.push(pattern(k, o, i).to_le_bytes()[0]);
			}
		}
		for o in 0..u32::from(out_len) {
			let bias = i32::from(pattern(k, o, u32::MAX).to_le_bytes()[0] as i8);
			bytes.extend_from_slice(&bias.to_le_bytes());
		}
		in_len = u32::from(out_len);
	}
	bytes
}

/// A fixed integer hash of a weight position, used by [`synthetic`].
fn pattern(layer: u32, row: u32, col: u32) -> u32 {
	let mut h = layer
		.wrapping_mul(0x9E37_79B9)
		.wrapping_add(row.wrapping_mul(0x85EB_CA6B))
		.wrapping_add(col.wrapping_mul(0xC2B2_AE35));
	h ^= h >> 16;
	h = h.wrapping_mul(0x7FEB_352D);
	h ^= h >> 15;
	h
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::vec;

	fn layer(weights: Vec<i8>, biases: Vec<i32>, shift: u8, activation: Activation) -> LayerSpec {
		LayerSpec { weights, biases, shift, activation }
	}

	fn single(
		input_len: u16,
		weights: Vec<i8>,
		biases: Vec<i32>,
		shift: u8,
		activation: Activation,
	) -> Vec<u8> {
		encode(input_len, &[layer(weights, biases, shift, activation)]).unwrap()
	}

	fn eval(bytes: &[u8], input: &[i8]) -> Vec<i8> {
		Model::parse(bytes).unwrap().evaluate(input).unwrap()
	}

	/// A hand-written valid model: 2 inputs -> 1 output, weights [1, 2], bias 3.
	fn tiny_bytes() -> Vec<u8> {
		let mut b = Vec::new();
		b.extend_from_slice(b"QMD1");
		b.push(1); // layer_count
		b.extend_from_slice(&2u16.to_le_bytes()); // input_len
		b.extend_from_slice(&1u16.to_le_bytes()); // out_len
		b.push(0); // shift
		b.push(0); // identity
		b.extend_from_slice(&[1, 2]); // weights
		b.extend_from_slice(&3i32.to_le_bytes()); // bias
		b
	}

	#[test]
	fn hand_written_bytes_parse_and_match_encode() {
		let bytes = tiny_bytes();
		let model = Model::parse(&bytes).unwrap();
		assert_eq!(model.input_len(), 2);
		assert_eq!(model.output_len(), 1);
		assert_eq!(model.layer_count(), 1);
		assert_eq!(model.evaluate(&[10, -4]).unwrap(), vec![3 + 10 - 8]);
		assert_eq!(single(2, vec![1, 2], vec![3], 0, Activation::Identity), bytes);
	}

	#[test]
	fn identity_layer() {
		// y0 = 2*x0 - x1 + 1, y1 = x1 - 5, y2 = -x0
		let bytes = single(2, vec![2, -1, 0, 1, -1, 0], vec![1, -5, 0], 0, Activation::Identity);
		assert_eq!(eval(&bytes, &[3, 4]), vec![3, -1, -3]);
		assert_eq!(eval(&bytes, &[-10, 7]), vec![-26, 2, 10]);
	}

	#[test]
	fn relu_clamps_negatives_only() {
		let bytes = single(2, vec![1, 1, 1, -1], vec![0, 0], 0, Activation::Relu);
		assert_eq!(eval(&bytes, &[3, 5]), vec![8, 0]);
		assert_eq!(eval(&bytes, &[5, 3]), vec![8, 2]);
		assert_eq!(eval(&bytes, &[-5, -3]), vec![0, 0]);
	}

	#[test]
	fn shift_divides_and_rounds_toward_negative_infinity() {
		// y = (x + bias) >> 2
		let bytes = single(1, vec![1, 1, 1, 1], vec![0, 1, 2, 3], 2, Activation::Identity);
		assert_eq!(eval(&bytes, &[8]), vec![2, 2, 2, 2]); // 8, 9, 10, 11 >> 2
		assert_eq!(eval(&bytes, &[-5]), vec![-2, -1, -1, -1]); // -5, -4, -3, -2 >> 2
		assert_eq!(eval(&bytes, &[-1]), vec![-1, 0, 0, 0]); // -1, 0, 1, 2 >> 2
													  // A shift of 31 keeps only the sign.
		let bytes = single(1, vec![1], vec![1000], 31, Activation::Identity);
		assert_eq!(eval(&bytes, &[0]), vec![0]);
		let bytes = single(1, vec![1], vec![-1000], 31, Activation::Identity);
		assert_eq!(eval(&bytes, &[0]), vec![-1]);
	}

	#[test]
	fn saturates_at_both_ends() {
		let bytes =
			single(1, vec![127, -127, 1, 1], vec![0, 0, 200, -200], 0, Activation::Identity);
		assert_eq!(eval(&bytes, &[127]), vec![127, -128, 127, -73]);
		assert_eq!(eval(&bytes, &[-128]), vec![-128, 127, 72, -128]);
		// Saturation happens after the shift and after ReLU.
		let bytes = single(1, vec![127], vec![0], 1, Activation::Relu);
		assert_eq!(eval(&bytes, &[127]), vec![127]); // 16129 >> 1 = 8064
		assert_eq!(eval(&bytes, &[-128]), vec![0]);
	}

	#[test]
	fn multi_layer_network() {
		// Layer 1 (ReLU): h0 = x0 - x1, h1 = x1 - x0. Layer 2: y = 3*h0 + h1 - 1, >> 1.
		let bytes = encode(
			2,
			&[
				layer(vec![1, -1, -1, 1], vec![0, 0], 0, Activation::Relu),
				layer(vec![3, 1], vec![-1], 1, Activation::Identity),
			],
		)
		.unwrap();
		let model = Model::parse(&bytes).unwrap();
		assert_eq!(model.layer_count(), 2);
		assert_eq!(model.output_len(), 1);
		assert_eq!(model.macs(), 4 + 2);
		assert_eq!(model.evaluate(&[10, 4]).unwrap(), vec![8]); // (18 - 1) >> 1
		assert_eq!(model.evaluate(&[4, 10]).unwrap(), vec![2]); // (6 - 1) >> 1
		assert_eq!(model.evaluate(&[4, 4]).unwrap(), vec![-1]); // -1 >> 1
	}

	#[test]
	fn input_length_error() {
		let bytes = tiny_bytes();
		let model = Model::parse(&bytes).unwrap();
		assert_eq!(model.evaluate(&[1]), Err(EvalError::InputLength { expected: 2, got: 1 }));
		assert_eq!(model.evaluate(&[1, 2, 3]), Err(EvalError::InputLength { expected: 2, got: 3 }));
		assert_eq!(model.evaluate(&[]), Err(EvalError::InputLength { expected: 2, got: 0 }));
	}

	#[test]
	fn format_errors() {
		let good = tiny_bytes();
		let with = |at: usize, byte: u8| {
			let mut b = good.clone();
			b[at] = byte;
			b
		};

		// Every truncation is too short.
		for len in 0..good.len() {
			assert_eq!(Model::parse(&good[..len]), Err(FormatError::TooShort), "len {len}");
		}
		assert_eq!(Model::parse(&with(0, b'X')), Err(FormatError::BadMagic));
		assert_eq!(Model::parse(&with(4, 0)), Err(FormatError::NoLayers));
		assert_eq!(Model::parse(&with(4, 9)), Err(FormatError::TooManyLayers));
		// A second layer is announced but missing.
		assert_eq!(Model::parse(&with(4, 2)), Err(FormatError::TooShort));
		// input_len = 0 and out_len = 0.
		assert_eq!(Model::parse(&with(5, 0)), Err(FormatError::EmptyLayer));
		assert_eq!(Model::parse(&with(7, 0)), Err(FormatError::EmptyLayer));
		assert_eq!(Model::parse(&with(9, 32)), Err(FormatError::BadShift));
		assert!(Model::parse(&with(9, 31)).is_ok());
		assert_eq!(Model::parse(&with(10, 2)), Err(FormatError::BadActivation));
		assert_eq!(Model::parse(&with(10, 1)).unwrap().layers()[0].activation, Activation::Relu);
		let mut trailing = good.clone();
		trailing.push(0);
		assert_eq!(Model::parse(&trailing), Err(FormatError::TrailingBytes));
	}

	#[test]
	fn overflow_check_is_exact() {
		// 128 * 127 * n + |bias| <= i32::MAX, with n = 4 inputs.
		let max_bias = i32::MAX - 128 * 127 * 4;
		let ok = single(4, vec![127, -127, 127, -127], vec![max_bias], 0, Activation::Identity);
		let model = Model::parse(&ok).unwrap();
		assert_eq!(model.evaluate(&[-128, 127, -128, 127]).unwrap(), vec![127]);
		assert_eq!(
			encode(
				4,
				&[layer(vec![127, -127, 127, -127], vec![max_bias + 1], 0, Activation::Identity)]
			),
			Err(FormatError::MayOverflow)
		);
		assert_eq!(
			encode(
				4,
				&[layer(vec![127, -127, 127, -127], vec![-max_bias - 1], 0, Activation::Identity)]
			),
			Err(FormatError::MayOverflow)
		);
		assert_eq!(
			encode(1, &[layer(vec![0], vec![i32::MIN], 0, Activation::Identity)]),
			Err(FormatError::MayOverflow)
		);
		// The largest valid accumulator values are reached without overflow.
		let most_negative =
			single(1, vec![-128], vec![-(i32::MAX - 128 * 128)], 0, Activation::Identity);
		assert_eq!(eval(&most_negative, &[127]), vec![-128]);
		assert_eq!(eval(&most_negative, &[-128]), vec![-128]);
		// The check applies to every layer, not only the first.
		assert_eq!(
			encode(
				1,
				&[
					layer(vec![1], vec![0], 0, Activation::Relu),
					layer(vec![1], vec![i32::MAX], 0, Activation::Identity),
				]
			),
			Err(FormatError::MayOverflow)
		);
	}

	#[test]
	fn encode_shape_errors() {
		let ok = || layer(vec![1, 2], vec![3], 0, Activation::Identity);
		assert_eq!(encode(2, &[]), Err(FormatError::NoLayers));
		assert_eq!(encode(2, &[ok()]), Ok(tiny_bytes()));
		let too_many: Vec<LayerSpec> = core::iter::once(ok())
			.chain((0..MAX_LAYERS).map(|_| layer(vec![1], vec![0], 0, Activation::Relu)))
			.collect();
		assert_eq!(encode(2, &too_many), Err(FormatError::TooManyLayers));
		assert!(encode(2, &too_many[..MAX_LAYERS]).is_ok());
		assert_eq!(
			encode(0, &[layer(vec![], vec![0], 0, Activation::Identity)]),
			Err(FormatError::EmptyLayer)
		);
		assert_eq!(
			encode(2, &[layer(vec![], vec![], 0, Activation::Identity)]),
			Err(FormatError::EmptyLayer)
		);
		assert_eq!(
			encode(2, &[layer(vec![1], vec![0], 0, Activation::Identity)]),
			Err(FormatError::TooShort)
		);
		assert_eq!(
			encode(2, &[layer(vec![1, 2, 3], vec![0], 0, Activation::Identity)]),
			Err(FormatError::TrailingBytes)
		);
		assert_eq!(
			encode(2, &[layer(vec![1, 2], vec![0], 32, Activation::Identity)]),
			Err(FormatError::BadShift)
		);
	}

	#[test]
	fn encode_parse_roundtrip() {
		let specs = vec![
			layer(
				(0..12).map(|i| (i * 23 % 255 - 127) as i8).collect(),
				vec![5, -7, 1000],
				3,
				Activation::Relu,
			),
			layer(
				vec![-128, 127, 0, 1, -1, 2],
				vec![i32::from(i16::MIN), 0],
				0,
				Activation::Identity,
			),
		];
		let bytes = encode(4, &specs).unwrap();
		assert_eq!(
			bytes.len(),
			HEADER_LEN + (LAYER_HEADER_LEN + 12 + 12) + (LAYER_HEADER_LEN + 6 + 8)
		);
		let model = Model::parse(&bytes).unwrap();
		assert_eq!((model.input_len(), model.output_len(), model.layer_count()), (4, 2, 2));
		for (parsed, spec) in model.layers().iter().zip(&specs) {
			assert_eq!(usize::from(parsed.out_len), spec.biases.len());
			assert_eq!(parsed.shift, spec.shift);
			assert_eq!(parsed.activation, spec.activation);
			let weights: Vec<i8> = parsed.weights.iter().map(|&w| w as i8).collect();
			assert_eq!(weights, spec.weights);
			let biases: Vec<i32> = parsed.biases.iter().map(|b| i32::from_le_bytes(*b)).collect();
			assert_eq!(biases, spec.biases);
		}
	}

	#[test]
	fn macs_count() {
		let model_bytes = synthetic(64, &[32], 10);
		assert_eq!(Model::parse(&model_bytes).unwrap().macs(), 64 * 32 + 32 * 10);
		let model_bytes = synthetic(3, &[5, 7, 2], 4);
		assert_eq!(Model::parse(&model_bytes).unwrap().macs(), 3 * 5 + 5 * 7 + 7 * 2 + 2 * 4);
	}

	#[test]
	fn argmax_picks_first_maximum() {
		assert_eq!(argmax(&[]), None);
		assert_eq!(argmax(&[-128]), Some(0));
		assert_eq!(argmax(&[1, 5, 3, 5, 5]), Some(1));
		assert_eq!(argmax(&[-128, -128, -128]), Some(0));
		assert_eq!(argmax(&[-3, -1, -2, -1]), Some(1));
		assert_eq!(argmax(&[0, 0, 127]), Some(2));
	}

	#[test]
	fn synthetic_models_are_valid_and_deterministic() {
		let bytes = synthetic(64, &[32], 10);
		assert_eq!(bytes, synthetic(64, &[32], 10));
		let model = Model::parse(&bytes).unwrap();
		assert_eq!((model.input_len(), model.output_len(), model.layer_count()), (64, 10, 2));
		assert_eq!(
			bytes.len(),
			HEADER_LEN
				+ (LAYER_HEADER_LEN + 64 * 32 + 4 * 32)
				+ (LAYER_HEADER_LEN + 32 * 10 + 4 * 10)
		);
		let input: Vec<i8> = (0..64).map(|i| (i * 4 - 128) as i8).collect();
		let out = model.evaluate(&input).unwrap();
		assert_eq!(out.len(), 10);
		assert_eq!(out, model.evaluate(&input).unwrap());
		// The weights are not all equal.
		assert!(model.layers()[0].weights.windows(2).any(|w| w[0] != w[1]));

		// Degenerate shapes are repaired into valid models.
		let model_bytes = synthetic(0, &[0, 3], 0);
		let model = Model::parse(&model_bytes).unwrap();
		assert_eq!((model.input_len(), model.output_len(), model.layer_count()), (1, 1, 3));
		let model_bytes = synthetic(2, &[2; 20], 2);
		assert_eq!(Model::parse(&model_bytes).unwrap().layer_count(), MAX_LAYERS as u32);
		// Wide rows with extreme weights still pass the overflow check.
		let model_bytes = synthetic(u16::MAX, &[], 2);
		let model = Model::parse(&model_bytes).unwrap();
		assert_eq!(model.macs(), u64::from(u16::MAX) * 2);
		assert_eq!(model.evaluate(&vec![-128; usize::from(u16::MAX)]).unwrap().len(), 2);
	}
}
