//! Binary Merkle trees over 32-byte leaf hashes, with domain-separated leaves and nodes.
//!
//! A committed model's weight chunks and a traced result's states are committed to by the
//! root of such a tree, and opened one leaf at a time by a [`Proof`].
//!
//! - A leaf's hash is `H(0x00 ‖ data)` ([`leaf`]); an inner node's is `H(0x01 ‖ left ‖ right)`.
//!   The prefixes keep a leaf from ever being read as a node (second-preimage attacks).
//! - A level with an odd number of nodes promotes its last node unchanged to the next level
//!   (no duplication: a tree of `n` leaves never equals a tree of `n + 1`).
//! - The root of one leaf is that leaf's hash; a tree has at least one leaf.
//! - The root does not commit to the number of leaves: a verifier takes it from what it knows
//!   (a committed model's steps, a trace's states) and checks a proof's `leaves` against it.
//!
//! The hash function is the caller's ([`Hasher`]): the runtime passes a host call, tools and the
//! offchain worker a native implementation of the same function.

use alloc::vec::Vec;

/// A 32-byte hash function. The runtime's is BLAKE2b-256 (`sp_io::hashing::blake2_256`).
pub trait Hasher {
	/// The hash of `data`.
	fn hash(data: &[u8]) -> [u8; 32];

	/// The hash of the concatenation of `parts`.
	fn hash_parts(parts: &[&[u8]]) -> [u8; 32] {
		let len = parts.iter().map(|p| p.len()).sum();
		let mut data = Vec::with_capacity(len);
		for part in parts {
			data.extend_from_slice(part);
		}
		Self::hash(&data)
	}
}

/// Prefix of a leaf's preimage.
const LEAF: u8 = 0;
/// Prefix of an inner node's preimage.
const NODE: u8 = 1;

/// The hash of a leaf holding `data`.
pub fn leaf<H: Hasher>(data: &[u8]) -> [u8; 32] {
	H::hash_parts(&[&[LEAF], data])
}

fn node<H: Hasher>(left: &[u8; 32], right: &[u8; 32]) -> [u8; 32] {
	H::hash_parts(&[&[NODE], left, right])
}

/// The next level up of `level`: pairs hashed, an odd last node promoted.
fn parent_level<H: Hasher>(level: &[[u8; 32]]) -> Vec<[u8; 32]> {
	level
		.chunks(2)
		.map(|pair| match pair {
			[left, right] => node::<H>(left, right),
			[single] => *single,
			_ => [0u8; 32],
		})
		.collect()
}

/// The root over `leaves` (leaf hashes, in order); `None` for no leaves.
pub fn root<H: Hasher>(leaves: &[[u8; 32]]) -> Option<[u8; 32]> {
	let mut level = leaves.to_vec();
	while level.len() > 1 {
		level = parent_level::<H>(&level);
	}
	level.first().copied()
}

/// The path from one leaf to the root: the sibling hash at each level where there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proof {
	/// The leaf's position.
	pub index: u32,
	/// How many leaves the tree has.
	pub leaves: u32,
	/// Sibling hashes from the leaf's level up; a promoted node has none at that level.
	pub siblings: Vec<[u8; 32]>,
}

/// The proof of leaf `index` among `leaves`; `None` if it is out of range.
pub fn prove<H: Hasher>(leaves: &[[u8; 32]], index: u32) -> Option<Proof> {
	let count = u32::try_from(leaves.len()).ok()?;
	if index >= count {
		return None;
	}
	let mut siblings = Vec::new();
	let mut level = leaves.to_vec();
	let mut position = index as usize;
	while level.len() > 1 {
		let sibling = position ^ 1;
		if let Some(hash) = level.get(sibling) {
			siblings.push(*hash);
		}
		level = parent_level::<H>(&level);
		position /= 2;
	}
	Some(Proof { index, leaves: count, siblings })
}

/// The number of levels above the leaves of a tree of `leaves` leaves.
pub fn depth(leaves: u32) -> u32 {
	let mut width = leaves.max(1);
	let mut levels = 0;
	while width > 1 {
		width = width.div_ceil(2);
		levels += 1;
	}
	levels
}

impl Proof {
	/// The root this proof leads to from the leaf hash `leaf`, or `None` if the proof does not
	/// fit its tree's shape (an index out of range, too few or too many siblings).
	pub fn root_from<H: Hasher>(&self, leaf: [u8; 32]) -> Option<[u8; 32]> {
		if self.index >= self.leaves {
			return None;
		}
		let mut hash = leaf;
		let mut position = self.index;
		let mut width = self.leaves;
		let mut siblings = self.siblings.iter();
		while width > 1 {
			let sibling = position ^ 1;
			if sibling < width {
				let other = siblings.next()?;
				hash = if position.is_multiple_of(2) {
					node::<H>(&hash, other)
				} else {
					node::<H>(other, &hash)
				};
			}
			position /= 2;
			width = width.div_ceil(2);
		}
		siblings.next().is_none().then_some(hash)
	}

	/// Whether this proof opens leaf hash `leaf` under `root`.
	pub fn verifies<H: Hasher>(&self, leaf: [u8; 32], root: &[u8; 32]) -> bool {
		self.root_from::<H>(leaf).as_ref() == Some(root)
	}
}
