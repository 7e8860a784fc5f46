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

/// The hash of an inner node over `left` and `right`.
pub fn node<H: Hasher>(left: &[u8; 32], right: &[u8; 32]) -> [u8; 32] {
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

/// The root of a tree of `leaves` leaves, all `filler` but the `known` ones (`(index, leaf
/// hash)`), and the proofs of the known ones, in their order; `None` if a known index is out of
/// range. It costs hashes in the depth times the known leaves, not in the leaves: it builds
/// proofs in trees too large to hash whole (benchmarks of a game over 2^18 states).
///
/// The tree is the one [`root`] builds: pairing a level and promoting its odd last node
/// splits `n` leaves into a left subtree of the largest power of two below `n` and a right
/// subtree of the rest.
pub fn sparse<H: Hasher>(
	leaves: u32,
	known: &[(u32, [u8; 32])],
	filler: [u8; 32],
) -> Option<([u8; 32], Vec<Proof>)> {
	if leaves == 0 || known.iter().any(|(i, _)| *i >= leaves) {
		return None;
	}
	// `full[k]`: the root of 2^k filler leaves.
	let mut full = alloc::vec![filler];
	let mut below = filler;
	for _ in 0..depth(leaves) {
		below = node::<H>(&below, &below);
		full.push(below);
	}
	let tree = Sparse::<H> { known, full, hasher: core::marker::PhantomData };
	let root = tree.hash(0, leaves);
	let proofs = known
		.iter()
		.map(|(index, _)| {
			let mut siblings = Vec::new();
			let (mut first, mut n) = (0u32, leaves);
			while n > 1 {
				let left = split(n);
				if *index < first + left {
					siblings.push(tree.hash(first + left, n - left));
					n = left;
				} else {
					siblings.push(tree.hash(first, left));
					first += left;
					n -= left;
				}
			}
			siblings.reverse();
			Proof { index: *index, leaves, siblings }
		})
		.collect();
	Some((root, proofs))
}

/// The size of the left subtree of a tree of `n > 1` leaves: the largest power of two below
/// `n`.
fn split(n: u32) -> u32 {
	let below = n - 1;
	1 << (31 - below.leading_zeros())
}

struct Sparse<'a, H> {
	known: &'a [(u32, [u8; 32])],
	full: Vec<[u8; 32]>,
	hasher: core::marker::PhantomData<H>,
}

impl<H: Hasher> Sparse<'_, H> {
	/// The root of 2^`k` filler leaves (`k` never exceeds the tree's depth).
	fn filler(&self, k: u32) -> [u8; 32] {
		self.full.get(k as usize).copied().unwrap_or_default()
	}

	/// The root of the `n` leaves from `first`.
	fn hash(&self, first: u32, n: u32) -> [u8; 32] {
		let end = first + n;
		let mut inside = self.known.iter().filter(|(i, _)| (first..end).contains(i));
		if n == 1 {
			return inside.next().map_or(self.filler(0), |(_, leaf)| *leaf);
		}
		if inside.next().is_none() && n.is_power_of_two() {
			return self.filler(n.trailing_zeros());
		}
		let left = split(n);
		node::<H>(&self.hash(first, left), &self.hash(first + left, n - left))
	}
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
