//! The rules of a dissection game over a traced result: which states the defending worker
//! opens in each round, which part the challenger may name, and when the game is down to the
//! one step the chain checks itself.
//!
//! A worker's traced result commits, by its trace root, to the `steps + 1` states of its
//! evaluation ([`trace`](crate::trace)). State 0 follows from the task's input alone, so both
//! sides agree on it; the worker's last state carries its output, which the challenger
//! disputes. A game narrows this [`Range`] of states, agreed at one end and disputed at the
//! other:
//!
//! 1. The defender opens the states at the range's [`points`](Range::points), at most
//!    `arity - 1` of them, each with its proof against the trace root
//!    ([`opens`]): it cannot answer with states it did not commit to.
//! 2. The challenger names the first part whose end state it disputes
//!    ([`narrow`](Range::narrow)): the part's start becomes the agreed end.
//! 3. When the range is one step, the chain recomputes that step from the agreed state
//!    ([`check_step`](crate::trace::check_step)) and compares it with the defender's disputed
//!    state: the side whose claim is wrong loses.
//!
//! An honest challenger always disputes a part whose end differs from the honest state while
//! its start is honest, so against a wrong result the game ends at a step the worker computed
//! wrongly; an honest worker's every step checks, so a false challenger loses at whichever
//! step it picks. A game of `s` steps takes [`rounds`]`(s, arity)` rounds: with [`ARITY`] 8, a
//! 10^9-multiply-accumulate model of 16,384 steps takes 5.
//!
//! The pallet keeps the game's range, the opened states, the deadlines of the moves and the
//! bonds; this module only says what a move must hold and what it leads to.

use crate::{
	merkle::{Hasher, Proof},
	trace::State,
};
use alloc::vec::Vec;

/// Parts a range is cut into in one round.
pub const ARITY: u32 = 8;

/// A range of states in dispute: the state at `agreed` is accepted by both sides, the state at
/// `disputed` is not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
	/// The state both sides accept.
	pub agreed: u32,
	/// The state the challenger disputes; always after `agreed`.
	pub disputed: u32,
}

impl Range {
	/// The whole evaluation of `steps` steps: agreed at the input, disputed at the output.
	pub fn whole(steps: u32) -> Self {
		Range { agreed: 0, disputed: steps.max(1) }
	}

	/// Steps between the two ends.
	pub fn len(&self) -> u32 {
		self.disputed.saturating_sub(self.agreed)
	}

	/// Whether the range is empty (never true of a range a game holds).
	pub fn is_empty(&self) -> bool {
		self.len() == 0
	}

	/// Whether the range is down to the one step the chain checks.
	pub fn is_one_step(&self) -> bool {
		self.len() == 1
	}

	/// The states inside the range the defender opens next, cutting it into at most `arity`
	/// parts of as equal length as integers allow; none once it is one step.
	pub fn points(&self, arity: u32) -> Vec<u32> {
		let len = self.len();
		let parts = arity.max(2).min(len);
		(1..parts)
			.map(|j| {
				let offset = u64::from(len).saturating_mul(u64::from(j)) / u64::from(parts);
				self.agreed.saturating_add(offset as u32)
			})
			.collect()
	}

	/// The range after the challenger names `part` (`0..=points.len()`) of the cut at
	/// [`points`](Self::points): the part's start is agreed, its end disputed. `None` for a part
	/// that does not exist.
	pub fn narrow(&self, arity: u32, part: u32) -> Option<Range> {
		let points = self.points(arity);
		let start = match part.checked_sub(1) {
			None => self.agreed,
			Some(before) => *points.get(before as usize)?,
		};
		let end = match points.get(part as usize) {
			Some(end) => *end,
			None if part as usize == points.len() => self.disputed,
			None => return None,
		};
		Some(Range { agreed: start, disputed: end })
	}
}

/// Rounds a game over `steps` steps takes to reach one step, cutting into `arity` parts a
/// round: the worst case, whichever parts are named.
pub fn rounds(steps: u32, arity: u32) -> u32 {
	let mut range = Range::whole(steps);
	let mut rounds = 0;
	while !range.is_one_step() {
		// The longest part is the first one cut at the largest offset; the last part is never
		// shorter than the others.
		let parts = range.points(arity).len() as u32;
		range = range.narrow(arity, parts).unwrap_or(Range { agreed: 0, disputed: 1 });
		rounds += 1;
	}
	rounds
}

/// Whether `proof` opens `state` as state number `index` of the trace of `states` states
/// committed to by `root`.
pub fn opens<H: Hasher>(
	root: &[u8; 32],
	states: u32,
	index: u32,
	state: &State,
	proof: &Proof,
) -> bool {
	proof.index == index
		&& proof.leaves == states
		&& proof.verifies::<H>(state.leaf::<H>(index), root)
}
