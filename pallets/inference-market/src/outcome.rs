//! Outcome: the one place where a task ends.
//!
//! Every way a task ends (a result unchallenged or re-executed, a ruling, a quorum's verdict, a
//! silent arbiter, an expiry, a cancellation) builds one [`Outcome`]: the route, who is paid the
//! reward, and what becomes of every bond the task holds. [`Pallet::conclude`] carries it out:
//! it releases, slashes or forfeits each bond, counts each worker's reputation, pays the reward
//! or refunds the requester, frees the model, records the route in the trust report and marks
//! the task settled, and closes its audit fee (taken if the route is `Audited`, returned
//! otherwise). So who gains and who loses is decided where the route is chosen, and paid
//! out by one function.

use crate::{pallet::*, Payout, RouteTotal, SettlementRoute, TaskId, TaskStatus};
use alloc::vec::Vec;
use frame_support::{
	defensive,
	pallet_prelude::*,
	traits::{
		fungible::{BalancedHold, MutateHold},
		tokens::{Fortitude, Precision, Restriction},
		Imbalance, OnUnbalanced,
	},
};
use sp_runtime::{
	traits::{CheckedSub, One, Saturating, Zero},
	Perbill,
};

/// What becomes of one bond when its task ends.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) enum Fate<AccountId, Balance> {
	/// Returned whole.
	Released,
	/// Taken whole: `WinnerShare` of it split equally among `winners`, the rest to `OnSlash`.
	Slashed {
		/// Who proved the bond's owner wrong.
		winners: Vec<AccountId>,
	},
	/// `penalty` of it taken, all to `to` (or to `OnSlash` without one); the rest returned.
	Forfeit {
		/// The part taken.
		penalty: Balance,
		/// Who receives it.
		to: Option<AccountId>,
	},
}

/// A worker's bond and what becomes of it.
pub(crate) type BondFate<T> = (<T as frame_system::Config>::AccountId, FateOf<T>);
/// A bond's fate in this runtime.
pub(crate) type FateOf<T> = Fate<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// How a task ends: built by each settlement route, carried out by [`Pallet::conclude`].
pub(crate) struct Outcome<T: Config> {
	/// The route the trust report counts.
	pub route: SettlementRoute,
	/// Workers paid the reward in equal parts (the first also takes what does not divide);
	/// empty: the requester is refunded.
	pub paid: Vec<T::AccountId>,
	/// Every worker bond the task holds, with its fate.
	pub bonds: Vec<BondFate<T>>,
	/// The open challenge's bond, with its fate.
	pub challenge: Option<(ChallengeOf<T>, FateOf<T>)>,
}

impl<T: Config> Outcome<T> {
	/// An outcome that pays nobody and touches no bond: the requester is refunded.
	pub(crate) fn refund(route: SettlementRoute) -> Self {
		Self { route, paid: Vec::new(), bonds: Vec::new(), challenge: None }
	}

	/// The outcome of a single result that stood unchallenged (or by default): its worker is
	/// paid and keeps its bond.
	pub(crate) fn worker_paid(route: SettlementRoute, worker: T::AccountId) -> Self {
		Self {
			route,
			paid: alloc::vec![worker.clone()],
			bonds: alloc::vec![(worker, Fate::Released)],
			challenge: None,
		}
	}

	/// The outcome of a dispute decided for one side: the wrong side's bond is slashed to the
	/// right side, a right worker is paid, a wrong worker's task refunds the requester.
	pub(crate) fn dispute(
		route: SettlementRoute,
		worker: T::AccountId,
		challenge: ChallengeOf<T>,
		worker_was_right: bool,
	) -> Self {
		if worker_was_right {
			let fate = Fate::Slashed { winners: alloc::vec![worker.clone()] };
			Self { challenge: Some((challenge, fate)), ..Self::worker_paid(route, worker) }
		} else {
			let fate = Fate::Slashed { winners: alloc::vec![challenge.challenger.clone()] };
			Self {
				route,
				paid: Vec::new(),
				bonds: alloc::vec![(worker, fate)],
				challenge: Some((challenge, Fate::Released)),
			}
		}
	}

	/// The outcome of a random audit: a right worker is paid; a wrong worker's bond is slashed
	/// to the requester, whose reward is refunded (as if the requester had challenged).
	pub(crate) fn audit(
		worker: T::AccountId,
		requester: T::AccountId,
		worker_was_right: bool,
	) -> Self {
		if worker_was_right {
			return Self::worker_paid(SettlementRoute::Audited, worker);
		}
		Self {
			route: SettlementRoute::Audited,
			paid: Vec::new(),
			bonds: alloc::vec![(worker, Fate::Slashed { winners: alloc::vec![requester] })],
			challenge: None,
		}
	}

	/// Whether anybody loses a whole bond: the task was contested and decided.
	fn decided_against_someone(&self) -> bool {
		let slashed = |fate: &FateOf<T>| matches!(fate, Fate::Slashed { .. });
		self.bonds.iter().any(|(_, fate)| slashed(fate))
			|| self.challenge.as_ref().is_some_and(|(_, fate)| slashed(fate))
	}
}

impl<T: Config> Pallet<T> {
	/// Ends task `id` by `outcome`; see the module docs. Each worker's record counts the task:
	/// `settled` when paid, and `won` when paid in a task decided against someone (a lost
	/// challenge, an outvoted or re-executed quorum worker); `lost` when its bond is slashed.
	pub(crate) fn conclude(id: TaskId, task: TaskOf<T>, outcome: Outcome<T>) -> DispatchResult {
		let decided = outcome.decided_against_someone();
		for (worker, fate) in &outcome.bonds {
			let paid = outcome.paid.contains(worker);
			Self::settle_worker_bond(id, worker, task.worker_bond, fate, paid && decided)?;
			if paid {
				Workers::<T>::mutate(worker, |w| {
					if let Some(w) = w {
						w.stats.settled = w.stats.settled.saturating_add(1);
					}
				});
			}
		}
		if let Some((challenge, fate)) = &outcome.challenge {
			let (reason, who) = (HoldReason::ChallengeBond, &challenge.challenger);
			let rest = Self::take(id, reason, who, challenge.bond, fate)?;
			if !rest.is_zero() {
				T::Currency::release(&reason.into(), who, rest, Precision::Exact)?;
			}
		}
		Self::end_task(id, task, outcome.route, &outcome.paid)
	}

	/// Carries out the fate of a worker's bond on its record and its stake: what the fate
	/// takes leaves the stake's hold, the rest of the bond is unlocked in the stake.
	pub(crate) fn settle_worker_bond(
		id: TaskId,
		who: &T::AccountId,
		bond: BalanceOf<T>,
		fate: &FateOf<T>,
		won: bool,
	) -> DispatchResult {
		let kept = Self::take(id, HoldReason::WorkerStake, who, bond, fate)?;
		let taken = bond.saturating_sub(kept);
		Workers::<T>::try_mutate(who, |worker| -> DispatchResult {
			let worker = worker.as_mut().ok_or(Error::<T>::NotWorker)?;
			worker.bonded = worker.bonded.checked_sub(&bond).ok_or(Error::<T>::Overflow)?;
			worker.stake = worker.stake.checked_sub(&taken).ok_or(Error::<T>::Overflow)?;
			worker.stats.slashed = worker.stats.slashed.saturating_add(taken);
			if matches!(fate, Fate::Slashed { .. }) {
				worker.stats.lost = worker.stats.lost.saturating_add(1);
			}
			if won {
				worker.stats.won = worker.stats.won.saturating_add(1);
			}
			Ok(())
		})
	}

	/// Takes out of `who`'s hold for `reason` what `fate` takes of a bond of `bond`, and
	/// returns what is left of the bond (still held).
	fn take(
		id: TaskId,
		reason: HoldReason,
		who: &T::AccountId,
		bond: BalanceOf<T>,
		fate: &FateOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		match fate {
			Fate::Released => Ok(bond),
			Fate::Slashed { winners } => {
				Self::slash_hold(id, reason, who, bond, winners, T::WinnerShare::get())?;
				Ok(Zero::zero())
			},
			Fate::Forfeit { penalty, to } => {
				let taken = (*penalty).min(bond);
				if !taken.is_zero() {
					let to: Vec<T::AccountId> = to.iter().cloned().collect();
					Self::slash_hold(id, reason, who, taken, &to, Perbill::one())?;
				}
				Ok(bond.saturating_sub(taken))
			},
		}
	}

	/// Ends a task: pays the reward to `winners` in equal parts (the first also gets what does
	/// not divide) or, without winners, refunds the requester; frees the model; records the
	/// route in the trust report.
	fn end_task(
		id: TaskId,
		mut task: TaskOf<T>,
		route: SettlementRoute,
		winners: &[T::AccountId],
	) -> DispatchResult {
		Self::unqueue(id, &task);
		// Only an open drawn task (expiring, or cancelled with no one drawn) can still wait in
		// the draw queue: once every seat answered it left it.
		if task.status == TaskStatus::Open {
			Self::unqueue_draw(id, &mut task.draw);
		}
		// Only a task in its window is watched: touch no other index entry (each removal is
		// a storage write the weight pays for).
		if let TaskStatus::Submitted { .. } = task.status {
			InWindow::<T>::remove(id);
		}
		let reason = HoldReason::TaskReward.into();
		let payout = if winners.is_empty() {
			T::Currency::release(&reason, &task.requester, task.reward, Precision::Exact)?;
			Payout::RequesterRefunded
		} else {
			let (each, first) = Self::split(task.reward, winners.len());
			for (i, winner) in winners.iter().enumerate() {
				let amount = if i == 0 { first } else { each };
				if amount.is_zero() {
					continue;
				}
				T::Currency::transfer_on_hold(
					&reason,
					&task.requester,
					winner,
					amount,
					Precision::Exact,
					Restriction::Free,
					Fortitude::Force,
				)?;
			}
			Payout::WorkerPaid
		};
		Self::close_audit_fee(&mut task, route)?;
		// A task counts toward its model's use from its draw on.
		if !matches!(task.status, TaskStatus::Drawing { .. }) {
			Self::track_model_use(task.model, false)?;
		}
		RouteTotals::<T>::mutate(route, |total: &mut RouteTotal<BalanceOf<T>>| {
			total.tasks = total.tasks.saturating_add(1);
			total.value = total.value.saturating_add(task.reward);
		});
		let reward = task.reward;
		task.status =
			TaskStatus::Settled { route, payout, at: frame_system::Pallet::<T>::block_number() };
		// Queued for removal after the retention period.
		Self::queue(id, &task);
		Tasks::<T>::insert(id, task);
		Self::deposit_event(Event::TaskSettled { task: id, route, payout, reward });
		Ok(())
	}

	/// Splits `amount` into `n` equal parts: returns one part, and the first part, which also
	/// takes what does not divide.
	fn split(amount: BalanceOf<T>, n: usize) -> (BalanceOf<T>, BalanceOf<T>) {
		let n: BalanceOf<T> = (n as u32).max(1).into();
		let each = amount / n;
		let first = amount.saturating_sub(each.saturating_mul(n.saturating_sub(One::one())));
		(each, first)
	}

	/// Takes `amount` out of `who`'s hold: `share` of it split equally among `winners`, the
	/// rest (with what does not divide) to `OnSlash`.
	fn slash_hold(
		id: TaskId,
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
		winners: &[T::AccountId],
		share: Perbill,
	) -> DispatchResult {
		let reason = reason.into();
		let each = if winners.is_empty() {
			Zero::zero()
		} else {
			let count: BalanceOf<T> = (winners.len() as u32).into();
			share.mul_floor(amount) / count
		};
		let mut to_winner: BalanceOf<T> = Zero::zero();
		if !each.is_zero() {
			for winner in winners {
				T::Currency::transfer_on_hold(
					&reason,
					who,
					winner,
					each,
					Precision::Exact,
					Restriction::Free,
					Fortitude::Force,
				)?;
				to_winner = to_winner.saturating_add(each);
			}
		}
		let rest = amount.saturating_sub(to_winner);
		let (credit, missing) = <T::Currency as BalancedHold<_>>::slash(&reason, who, rest);
		if !missing.is_zero() {
			defensive!("the pallet's records match the hold; nothing can be missing");
		}
		let slashed = to_winner.saturating_add(credit.peek());
		T::OnSlash::on_unbalanced(credit);
		let winner = match winners {
			[winner] => Some(winner.clone()),
			_ => None,
		};
		Self::deposit_event(Event::Slashed {
			task: id,
			who: who.clone(),
			amount: slashed,
			to_winner,
			winner,
		});
		Ok(())
	}
}
