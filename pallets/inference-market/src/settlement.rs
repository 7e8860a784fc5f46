//! Settlement: the due-task queue, `finalize`, the bounded settling hook, payouts, slashes and
//! the trust report.

use crate::{
	pallet::*, Payout, RouteTotal, SettlementRoute, TaskId, TaskStatus, WeightInfo, LOG_TARGET,
};
use alloc::vec::Vec;
use frame_support::traits::Imbalance;
use frame_support::{
	defensive, ensure,
	pallet_prelude::*,
	storage::with_storage_layer,
	traits::{
		fungible::{BalancedHold, MutateHold},
		tokens::{Fortitude, Precision, Restriction},
		OnUnbalanced,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{CheckedSub, One, Saturating, Zero};

/// What a task is waiting for.
enum Due {
	/// Nothing yet.
	NotYet,
	/// No result by the deadline.
	Expired,
	/// An unchallenged result after its window.
	Optimistic,
	/// A dispute the arbiter left unruled.
	Unresolved,
	/// The task has ended.
	Settled,
}

impl<T: Config> Pallet<T> {
	/// The last block in which a task's current stage can act (submit, challenge, rule);
	/// the task is due from the block after it. `None` once the task has ended.
	pub(crate) fn stage_end(task: &TaskOf<T>) -> Option<BlockNumberFor<T>> {
		match task.status {
			TaskStatus::Open => Some(task.deadline),
			TaskStatus::Submitted { window_end } => Some(window_end),
			TaskStatus::Disputed { ruling_due } => Some(ruling_due),
			TaskStatus::Settled { .. } => None,
		}
	}

	/// Loads a task in the stage `stage` recognises (it returns the stage's last block) and
	/// checks that the stage is still open in this block. A settled task fails with
	/// `TaskSettled`, a task in another stage with `wrong_stage`, a stage past its last block
	/// with `closed`.
	pub(crate) fn task_in_stage(
		id: TaskId,
		stage: impl Fn(&TaskOf<T>) -> Option<BlockNumberFor<T>>,
		wrong_stage: Error<T>,
		closed: Error<T>,
	) -> Result<(TaskOf<T>, BlockNumberFor<T>), DispatchError> {
		let task = Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		if matches!(task.status, TaskStatus::Settled { .. }) {
			return Err(Error::<T>::TaskSettled.into());
		}
		let end = stage(&task).ok_or(wrong_stage)?;
		ensure!(frame_system::Pallet::<T>::block_number() <= end, closed);
		Ok((task, end))
	}

	/// Queues a task to be settled from the block after `stage_end`.
	pub(crate) fn schedule(id: TaskId, stage_end: BlockNumberFor<T>) {
		let due = stage_end.saturating_add(One::one());
		DueAt::<T>::insert(due, id, ());
		SettleCursor::<T>::mutate(|cursor| *cursor = Some(cursor.map_or(due, |c| c.min(due))));
	}

	/// Moves a task's queue entry when it enters a new stage.
	pub(crate) fn reschedule(id: TaskId, old_end: BlockNumberFor<T>, new_end: BlockNumberFor<T>) {
		DueAt::<T>::remove(old_end.saturating_add(One::one()), id);
		Self::schedule(id, new_end);
	}

	fn due_state(task: &TaskOf<T>, now: BlockNumberFor<T>) -> Due {
		match task.status {
			TaskStatus::Open if now > task.deadline => Due::Expired,
			TaskStatus::Submitted { window_end } if now > window_end => Due::Optimistic,
			TaskStatus::Disputed { ruling_due } if now > ruling_due => Due::Unresolved,
			TaskStatus::Settled { .. } => Due::Settled,
			_ => Due::NotYet,
		}
	}

	pub(crate) fn do_finalize(id: TaskId) -> DispatchResult {
		let task = Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		let now = frame_system::Pallet::<T>::block_number();
		match Self::due_state(&task, now) {
			Due::NotYet => Err(Error::<T>::NotDue.into()),
			Due::Settled => Err(Error::<T>::TaskSettled.into()),
			due => Self::settle(id, task, due),
		}
	}

	/// Settles a task that is due.
	fn settle(id: TaskId, task: TaskOf<T>, due: Due) -> DispatchResult {
		match due {
			Due::Expired => {
				Self::end_task(id, task, SettlementRoute::Expired, Payout::RequesterRefunded)
			},
			Due::Optimistic => {
				let submission = Submissions::<T>::get(id).ok_or(Error::<T>::NotChallengeable)?;
				Self::release_worker_bond(&submission.worker, task.worker_bond, true)?;
				Self::end_task(id, task, SettlementRoute::Optimistic, Payout::WorkerPaid)
			},
			Due::Unresolved => {
				let submission = Submissions::<T>::get(id).ok_or(Error::<T>::NotDisputed)?;
				let challenge = Challenges::<T>::take(id).ok_or(Error::<T>::NotDisputed)?;
				Self::release_worker_bond(&submission.worker, task.worker_bond, false)?;
				Self::release_challenge_bond(&challenge)?;
				Self::end_task(id, task, SettlementRoute::Unresolved, Payout::RequesterRefunded)
			},
			Due::NotYet => Err(Error::<T>::NotDue.into()),
			Due::Settled => Err(Error::<T>::TaskSettled.into()),
		}
	}

	/// The settling hook: drains the due queue in block order from the cursor, at most
	/// `MaxSettlementsPerBlock` steps per block, a step being one task settled or one empty
	/// block passed. Never iterates over all tasks; what does not fit waits for the next block.
	pub(crate) fn settle_due_tasks(now: BlockNumberFor<T>) -> Weight {
		let Some(mut cursor) = SettleCursor::<T>::get() else {
			return T::WeightInfo::settle_due_tasks(0);
		};
		let limit = T::MaxSettlementsPerBlock::get();
		let mut budget = limit;
		while budget > 0 && cursor <= now {
			let due: Vec<TaskId> =
				DueAt::<T>::iter_key_prefix(cursor).take(budget as usize).collect();
			if due.is_empty() {
				budget = budget.saturating_sub(1);
				cursor = cursor.saturating_add(One::one());
				continue;
			}
			for id in due {
				budget = budget.saturating_sub(1);
				Self::settle_queued(cursor, id, now);
			}
		}
		SettleCursor::<T>::put(cursor);
		T::WeightInfo::settle_due_tasks(limit.saturating_sub(budget))
	}

	/// Settles one queued task. An entry that cannot settle is dropped so the queue keeps
	/// moving; the task can still be settled by `finalize`.
	fn settle_queued(at: BlockNumberFor<T>, id: TaskId, now: BlockNumberFor<T>) {
		let result = match Tasks::<T>::get(id) {
			Some(task) => match Self::due_state(&task, now) {
				Due::NotYet | Due::Settled => Err(Error::<T>::NotDue.into()),
				due => with_storage_layer(|| Self::settle(id, task, due)),
			},
			None => Err(Error::<T>::UnknownTask.into()),
		};
		if let Err(e) = result {
			DueAt::<T>::remove(at, id);
			defensive!("queued tasks are due and settle");
			log::error!(target: LOG_TARGET, "queued task {id} did not settle: {e:?}");
		}
	}

	/// Ends a task: pays the worker or refunds the requester, frees the model, records the
	/// route in the trust report.
	pub(crate) fn end_task(
		id: TaskId,
		mut task: TaskOf<T>,
		route: SettlementRoute,
		payout: Payout,
	) -> DispatchResult {
		if let Some(end) = Self::stage_end(&task) {
			DueAt::<T>::remove(end.saturating_add(One::one()), id);
		}
		let reason = HoldReason::TaskReward.into();
		match payout {
			Payout::WorkerPaid => {
				let worker = Submissions::<T>::get(id).ok_or(Error::<T>::NotChallengeable)?.worker;
				T::Currency::transfer_on_hold(
					&reason,
					&task.requester,
					&worker,
					task.reward,
					Precision::Exact,
					Restriction::Free,
					Fortitude::Force,
				)?;
			},
			Payout::RequesterRefunded => {
				T::Currency::release(&reason, &task.requester, task.reward, Precision::Exact)?;
			},
		}
		Self::track_model_use(task.model, false)?;
		RouteTotals::<T>::mutate(route, |total: &mut RouteTotal<BalanceOf<T>>| {
			total.tasks = total.tasks.saturating_add(1);
			total.value = total.value.saturating_add(task.reward);
		});
		let reward = task.reward;
		task.status =
			TaskStatus::Settled { route, payout, at: frame_system::Pallet::<T>::block_number() };
		Tasks::<T>::insert(id, task);
		Self::deposit_event(Event::TaskSettled { task: id, route, payout, reward });
		Ok(())
	}

	/// Unlocks a task bond in a worker's stake; `paid` counts the task as settled in its favour.
	pub(crate) fn release_worker_bond(
		who: &T::AccountId,
		bond: BalanceOf<T>,
		paid: bool,
	) -> DispatchResult {
		Workers::<T>::try_mutate(who, |worker| {
			let worker = worker.as_mut().ok_or(Error::<T>::NotWorker)?;
			worker.bonded = worker.bonded.checked_sub(&bond).ok_or(Error::<T>::Overflow)?;
			if paid {
				worker.stats.settled = worker.stats.settled.saturating_add(1);
			}
			Ok(())
		})
	}

	/// Counts a challenge the worker won.
	pub(crate) fn record_challenge_outcome(who: &T::AccountId, won: bool) {
		Workers::<T>::mutate(who, |worker| {
			if let Some(worker) = worker {
				if won {
					worker.stats.won = worker.stats.won.saturating_add(1);
				} else {
					worker.stats.lost = worker.stats.lost.saturating_add(1);
				}
			}
		});
	}

	/// Slashes a wrong worker's task bond out of its stake.
	pub(crate) fn slash_worker_bond(
		id: TaskId,
		who: &T::AccountId,
		bond: BalanceOf<T>,
		winner: &T::AccountId,
	) -> DispatchResult {
		Workers::<T>::try_mutate(who, |worker| -> DispatchResult {
			let worker = worker.as_mut().ok_or(Error::<T>::NotWorker)?;
			worker.bonded = worker.bonded.checked_sub(&bond).ok_or(Error::<T>::Overflow)?;
			worker.stake = worker.stake.checked_sub(&bond).ok_or(Error::<T>::Overflow)?;
			worker.stats.lost = worker.stats.lost.saturating_add(1);
			worker.stats.slashed = worker.stats.slashed.saturating_add(bond);
			Ok(())
		})?;
		Self::slash_hold(id, HoldReason::WorkerStake, who, bond, winner)
	}

	/// Slashes a wrong challenger's bond.
	pub(crate) fn slash_challenge_bond(
		id: TaskId,
		challenge: &ChallengeOf<T>,
		winner: &T::AccountId,
	) -> DispatchResult {
		Self::slash_hold(
			id,
			HoldReason::ChallengeBond,
			&challenge.challenger,
			challenge.bond,
			winner,
		)
	}

	/// Returns a challenger's bond.
	pub(crate) fn release_challenge_bond(challenge: &ChallengeOf<T>) -> DispatchResult {
		T::Currency::release(
			&HoldReason::ChallengeBond.into(),
			&challenge.challenger,
			challenge.bond,
			Precision::Exact,
		)
		.map(|_| ())
	}

	/// Takes `amount` out of `who`'s hold: `WinnerShare` of it to `winner`, the rest to
	/// `OnSlash`.
	fn slash_hold(
		id: TaskId,
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
		winner: &T::AccountId,
	) -> DispatchResult {
		let reason = reason.into();
		let to_winner = T::WinnerShare::get().mul_floor(amount);
		if !to_winner.is_zero() {
			T::Currency::transfer_on_hold(
				&reason,
				who,
				winner,
				to_winner,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Force,
			)?;
		}
		let rest = amount.saturating_sub(to_winner);
		let (credit, missing) = <T::Currency as BalancedHold<_>>::slash(&reason, who, rest);
		if !missing.is_zero() {
			defensive!("the pallet's records match the hold; nothing can be missing");
		}
		let slashed = to_winner.saturating_add(credit.peek());
		T::OnSlash::on_unbalanced(credit);
		Self::deposit_event(Event::Slashed {
			task: id,
			who: who.clone(),
			amount: slashed,
			to_winner,
			winner: winner.clone(),
		});
		Ok(())
	}
}
