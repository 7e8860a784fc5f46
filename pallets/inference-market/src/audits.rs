//! Audits: the chain re-executes a random share of unchallenged results by itself.
//!
//! Optimistic verification has a verifier's dilemma: if nobody cheats, nobody is paid to watch,
//! so nobody watches, so cheating pays. Audits close it without a watcher.
//!
//! - **Who is audited.** A task of a verifiable model posted while [`Config::AuditChance`]
//!   `p` is above zero escrows an *audit fee* with its reward (recorded in the task,
//!   held under `HoldReason::AuditFee`): the fee of the weight of auditing it, re-execution included,
//!   priced from its model's operation count ([`Pallet::audit_fee`]). When its challenge window closes unchallenged, the settling hook
//!   draws; with probability `p` it re-executes the model on the task's input. A right result is
//!   paid as usual, a wrong one is slashed like a lost challenge ([`Config::WinnerShare`] of the
//!   bond to the requester, the reward refunded). Either way the route is
//!   [`SettlementRoute::Audited`], which the trust report counts as checked on chain, and the fee
//!   goes to [`Config::OnMarketFee`] (burned in the runtime). Not drawn: route `Optimistic`, fee
//!   returned. A challenged, cancelled or expired task returns the fee too. A quorum task is
//!   drawn when its reveals agree (a majority nobody contradicts, which would otherwise settle
//!   `Quorum`): an audit pays the revealers of the model's output and slashes every other
//!   worker, the requester taking the winners' share if none was right. A disagreeing quorum
//!   is re-executed anyway (`ReExecuted`) and returns the fee.
//! - **Only the hook draws.** `finalize` refuses such a task (`SettledByHook`), so nobody picks
//!   the block the draw comes from, and no call carries a re-execution's weight.
//! - **Bounded per block.** The hook runs at most [`Config::MaxAuditsPerBlock`] audits a block.
//!   It checks the budget *before* drawing: a task it cannot afford to audit waits for the next
//!   block, undrawn, so a draw is never skipped nor taken again once seen.
//! - **Randomness after the result.** The draw hashes the task's identifier with
//!   [`Config::Randomness`], in the runtime BABE's VRF output of the parent block
//!   (`pallet_babe::ParentBlockRandomness`). The hook draws in the block after the window's last
//!   block, so the output is that of a block built after the result was included (a window
//!   lasts at least [`Config::MinChallengePeriod`] ≥ 1 block): when a worker submits, nobody
//!   knows it yet, and once it is known the worker can no longer withdraw.
//! - **What a block author can bias.** A VRF output is fixed by the author's key and the slot,
//!   so no author chooses it; an author can only *withhold* its block. The author of the block
//!   whose output decides (the window's last block, or a later one while audits wait for
//!   budget) sees the output before it publishes it. A worker that is also a validator knows
//!   its own primary slots for the epoch, can time its result so that one of them decides, and
//!   drop that block when it would audit the result; the next block (another validator's, or a
//!   secondary slot's) then draws afresh. Each withheld block gives one more draw, so such a
//!   worker escapes with probability `1 - p^(1 + w)` after withholding `w` blocks instead of
//!   `1 - p`. A withheld block costs its author what authoring it would have paid (in this
//!   project's runtime nothing: fees are burned and there is no block reward) and shows as a
//!   missed slot; the runtime has no staking, so nothing else punishes it. Neither a requester
//!   nor a worker that authors no block can bias the draw at all.
//!   Without a BABE digest (`None`, as in tests and benchmarks) every eligible task is audited:
//!   the safe side, paid by the fee already escrowed.
//! - **Bonds priced by detection.** A worker that submits a wrong output on such a task gains
//!   the reward `R` unless audited (probability at least `p`), and loses its bond `S` if audited.
//!   Its expected gain, `(1 - p) R - p S`, is negative exactly when `S > R (1 - p) / p`; a
//!   watchtower only raises the chance of detection above `p`. So `post_task` refuses a bond
//!   that is not above that price (`BondBelowDetectionPrice`), computed exactly in parts per
//!   billion; [`Pallet::min_worker_bond`] quotes the smallest bond it takes. At `p = 1/4` a
//!   bond must exceed three rewards. Staying silent earns nothing, and challenging one's own
//!   result from a second account (or racing a watchtower to it) only wins back the winner's
//!   share of one's own slash: the property test `tests/incentives.rs` plays each strategy.

use crate::{
	outcome::{Fate, Outcome},
	pallet::*,
	ModelKind, SettlementRoute, TaskId, WeightInfo,
};
use codec::Encode;
use frame_support::{
	defensive, ensure,
	pallet_prelude::*,
	traits::{
		fungible::{BalancedHold, MutateHold},
		tokens::Precision,
		OnUnbalanced, Randomness,
	},
	weights::WeightToFee,
};
use sp_runtime::{
	traits::{SaturatedConversion, Zero},
	PerThing, Perbill,
};

/// What the audit draw hashes with the task's identifier, so no other use of the same
/// randomness yields the same draws.
const AUDIT_SUBJECT: &[u8] = b"inference-market/audit";

impl<T: Config> Pallet<T> {
	/// Whether tasks posted now on `model` escrow an audit fee and may be audited: tasks of
	/// verifiable models, single or quorum, while `AuditChance` is above zero.
	pub(crate) fn audits_apply(model: &ModelInfoOf<T>) -> bool {
		model.is_verifiable() && !T::AuditChance::get().is_zero()
	}

	/// The audit fee of a verifiable model with `macs` multiply-accumulates: the fee of the
	/// weight of the hook's step that audits a task of it, for the largest network of that
	/// many operations ([`Pallet::code_len_bound`]). Priced from the model's record alone, so
	/// posting a task never reads the network's bytes.
	pub fn audit_fee(macs: u64) -> BalanceOf<T> {
		T::WeightToFee::weight_to_fee(&T::WeightInfo::settle_audited(Self::code_len_bound(macs)))
	}

	/// The most bytes a `qmodel` network with `macs` multiply-accumulates can take, capped at
	/// `MaxModelBytes`: a header, at most `MAX_LAYERS` layer headers, and per output its
	/// weights (one byte per operation, at least one per output) and a 4-byte bias.
	pub fn code_len_bound(macs: u64) -> u32 {
		let layers = (qmodel::HEADER_LEN + qmodel::MAX_LAYERS * qmodel::LAYER_HEADER_LEN) as u64;
		let bound = layers.saturating_add(macs.saturating_mul(5));
		bound.min(u64::from(T::MaxModelBytes::get())) as u32
	}

	/// Whether a bond of `bond` on a task of `reward` shared by `replicas` workers makes lying
	/// lose in expectation at the audit chance `p`: `p * bond > (1 - p) * share`, exactly, in
	/// parts per billion, where `share` is a worker's part of the reward (rounded up). A quorum
	/// whose `k` workers are one party that agrees on a wrong output gains `k` shares unless
	/// audited and loses `k` bonds if audited: the same rule. A product too large for `u128` on
	/// the reward's side refuses the bond.
	pub(crate) fn bond_prices_detection(
		reward: BalanceOf<T>,
		replicas: u8,
		bond: BalanceOf<T>,
	) -> bool {
		let (p, rest) = Self::audit_odds();
		let gain = Self::reward_share(reward, replicas).checked_mul(rest);
		let loss = bond.saturated_into::<u128>().checked_mul(p);
		match (loss, gain) {
			(Some(loss), Some(gain)) => loss > gain,
			(None, Some(_)) => true,
			(_, None) => false,
		}
	}

	/// A worker's share of a reward split `replicas` ways, rounded up.
	fn reward_share(reward: BalanceOf<T>, replicas: u8) -> u128 {
		reward.saturated_into::<u128>().div_ceil(u128::from(replicas.max(1)))
	}

	/// The audit chance `p` and `1 - p`, in parts per billion.
	fn audit_odds() -> (u128, u128) {
		let p = u128::from(T::AuditChance::get().deconstruct());
		(p, u128::from(Perbill::ACCURACY).saturating_sub(p))
	}

	/// Refuses a bond that is not above the detection price of a worker's share of `reward`.
	pub(crate) fn ensure_bond_prices_detection(
		reward: BalanceOf<T>,
		replicas: u8,
		bond: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(
			Self::bond_prices_detection(reward, replicas, bond),
			Error::<T>::BondBelowDetectionPrice
		);
		Ok(())
	}

	/// The smallest worker bond `post_task` takes for a task on `model_id` with `reward` and
	/// `replicas` workers: `MinTaskBond`, or for an audited task the smallest bond above
	/// `share * (1 - p) / p` if that is more, `share` being a worker's part of the reward.
	/// `None` for an unknown model or a bond too large to express.
	pub fn min_worker_bond(
		model_id: crate::ModelId,
		reward: BalanceOf<T>,
		replicas: u8,
	) -> Option<BalanceOf<T>> {
		let model = Models::<T>::get(model_id)?;
		let floor = T::MinTaskBond::get();
		if !Self::audits_apply(&model) {
			return Some(floor);
		}
		let (p, rest) = Self::audit_odds();
		// The smallest `S` with `S p > share (1 - p)`: `floor(share (1 - p) / p) + 1`.
		let price = Self::reward_share(reward, replicas).checked_mul(rest)?.checked_div(p)?;
		let bond = BalanceOf::<T>::saturated_from(price.checked_add(1)?);
		Self::bond_prices_detection(reward, replicas, bond).then_some(bond.max(floor))
	}

	/// Whether task `id` is drawn for an audit in this block: the first eight bytes of
	/// `hash(AUDIT_SUBJECT, id, randomness)`, reduced modulo 10^9 (a bias below 10^-10), fall
	/// under `AuditChance`. Without randomness every task is drawn. What the settling hook
	/// would draw for task `id` in this block, had it the budget.
	pub fn audit_drawn(id: TaskId) -> bool {
		let (seed, _) = T::Randomness::random(&(AUDIT_SUBJECT, id).encode());
		let Some(seed) = seed else { return true };
		let mut word = [0u8; 8];
		let bytes = seed.as_ref();
		let n = bytes.len().min(word.len());
		word[..n].copy_from_slice(&bytes[..n]);
		let draw = u64::from_le_bytes(word) % u64::from(Perbill::ACCURACY);
		draw < u64::from(T::AuditChance::get().deconstruct())
	}

	/// Settles a due, unchallenged task that escrowed an audit fee: draws, and if drawn
	/// re-executes its model and settles by the re-execution (route `Audited`), otherwise
	/// settles optimistically. Returns the weight used beyond a plain settlement and whether
	/// the task was audited. Run by the settling hook only, within its audit budget.
	pub(crate) fn settle_unchallenged(
		id: TaskId,
		task: TaskOf<T>,
	) -> Result<(Weight, bool), DispatchError> {
		let submission = Submissions::<T>::get(id).ok_or(Error::<T>::NotChallengeable)?;
		if !Self::audit_drawn(id) {
			let outcome = Outcome::worker_paid(SettlementRoute::Optimistic, submission.worker);
			Self::conclude(id, task, outcome)?;
			return Ok((Weight::zero(), false));
		}
		let model = Models::<T>::get(task.model).ok_or(Error::<T>::UnknownModel)?;
		let ModelKind::Verifiable { macs, .. } = model.kind else {
			defensive!("only verifiable tasks escrow an audit fee");
			return Err(Error::<T>::UnknownModel.into());
		};
		let (expected, code_len) = Self::reexecute(task.model, &task.input)?;
		let worker_was_right = Self::output_matches(&expected, &submission.output);
		let fee = task.audit_fee.unwrap_or_default();
		Self::deposit_event(Event::TaskAudited { task: id, worker_was_right, macs, fee });
		let outcome = Outcome::audit(submission.worker, task.requester.clone(), worker_was_right);
		Self::conclude(id, task, outcome)?;
		let used = T::WeightInfo::settle_audited(code_len)
			.saturating_sub(T::WeightInfo::settle_due_tasks(1));
		Ok((used, true))
	}

	/// Audits a quorum task whose revealed outputs agree (a majority, nobody contradicting it):
	/// re-executes the model, pays the revealers of its output and slashes every other worker,
	/// the requester taking the winners' share when no revealer was right. Returns the weight
	/// used beyond a quorum's settlement. Run by the settling hook only, within its budget,
	/// once the draw picked the task.
	pub(crate) fn audit_quorum(
		id: TaskId,
		task: TaskOf<T>,
		commitments: &CommitmentsOf<T>,
	) -> Result<Weight, DispatchError> {
		let model = Models::<T>::get(task.model).ok_or(Error::<T>::UnknownModel)?;
		let ModelKind::Verifiable { macs, .. } = model.kind else {
			defensive!("only verifiable tasks escrow an audit fee");
			return Err(Error::<T>::UnknownModel.into());
		};
		let (expected, code_len) = Self::reexecute(task.model, &task.input)?;
		let winners: alloc::vec::Vec<T::AccountId> = commitments
			.iter()
			.filter(|c| c.revealed.as_ref().is_some_and(|o| Self::output_matches(&expected, o)))
			.map(|c| c.worker.clone())
			.collect();
		let fee = task.audit_fee.unwrap_or_default();
		let worker_was_right = !winners.is_empty();
		Self::deposit_event(Event::TaskAudited { task: id, worker_was_right, macs, fee });
		let takers =
			if winners.is_empty() { alloc::vec![task.requester.clone()] } else { winners.clone() };
		let bonds = commitments
			.iter()
			.map(|c| {
				let fate = if winners.contains(&c.worker) {
					Fate::Released
				} else {
					Fate::Slashed { winners: takers.clone() }
				};
				(c.worker.clone(), fate)
			})
			.collect();
		let outcome =
			Outcome { route: SettlementRoute::Audited, paid: winners, bonds, challenge: None };
		Self::conclude(id, task, outcome)?;
		Ok(T::WeightInfo::challenge_reexecute(code_len))
	}

	/// Escrows an audit fee on a task's requester; returns the fee the task records (`None`
	/// for a task that is never audited).
	pub(crate) fn hold_audit_fee(
		requester: &T::AccountId,
		fee: BalanceOf<T>,
	) -> Result<Option<BalanceOf<T>>, DispatchError> {
		if fee.is_zero() {
			return Ok(None);
		}
		T::Currency::hold(&HoldReason::AuditFee.into(), requester, fee)?;
		Ok(Some(fee))
	}

	/// Closes the audit fee of an ending task, if it escrowed one: taken for the work if the
	/// task was audited, returned to the requester otherwise.
	pub(crate) fn close_audit_fee(task: &mut TaskOf<T>, route: SettlementRoute) -> DispatchResult {
		let Some(fee) = task.audit_fee.take() else { return Ok(()) };
		let requester = &task.requester;
		let reason = HoldReason::AuditFee.into();
		if route == SettlementRoute::Audited {
			let (credit, missing) =
				<T::Currency as BalancedHold<_>>::slash(&reason, requester, fee);
			if !missing.is_zero() {
				defensive!("an escrowed audit fee is held in full");
			}
			T::OnMarketFee::on_unbalanced(credit);
		} else {
			T::Currency::release(&reason, requester, fee, Precision::Exact)?;
		}
		Ok(())
	}
}
