//! Tasks: posting with an escrowed reward, a storage deposit, the market fee and (for a task
//! that may be audited) an audit fee, which schedules the draw of its workers two blocks on;
//! and cancellation before any worker is drawn.

use crate::{
	outcome::Outcome, pallet::*, ModelId, ModelKind, SettlementRoute, TaskId, TaskStatus, TaskTerms,
};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{Balanced, MutateHold},
		tokens::{Fortitude, Precision, Preservation},
		OnUnbalanced,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_post_task(
		requester: T::AccountId,
		model_id: ModelId,
		input: InputOf<T>,
		terms: TaskTermsOf<T>,
	) -> DispatchResult {
		let TaskTerms { reward, worker_bond, deadline, challenge_period, replicas } = terms;
		ensure!(
			replicas >= 1 && u32::from(replicas) <= T::MaxReplicas::get(),
			Error::<T>::ReplicasOutOfBounds
		);
		let model = Models::<T>::get(model_id).ok_or(Error::<T>::UnknownModel)?;
		if let Some((input_len, _)) = model.kind.shape() {
			ensure!(input.len() as u32 == input_len, Error::<T>::InputShapeMismatch);
		}
		ensure!(reward >= T::MinReward::get(), Error::<T>::RewardTooLow);
		ensure!(worker_bond >= T::MinTaskBond::get(), Error::<T>::BondTooLow);
		let audited = Self::audits_apply(&model);
		if audited {
			Self::ensure_bond_prices_detection(reward, replicas, worker_bond)?;
		}
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			deadline > now && deadline <= now.saturating_add(T::MaxTaskLifetime::get()),
			Error::<T>::DeadlineOutOfBounds
		);
		ensure!(
			challenge_period >= T::MinChallengePeriod::get()
				&& challenge_period <= T::MaxChallengePeriod::get(),
			Error::<T>::ChallengePeriodOutOfBounds
		);
		let id = NextTaskId::<T>::get();
		// Every task has its workers drawn, by the hook two blocks from now: from randomness
		// nobody knows yet.
		let draw_at = now.saturating_add(crate::sortition::DRAW_DELAY.into());
		let status = TaskStatus::Drawing { at: draw_at };
		let next = id.checked_add(1).ok_or(Error::<T>::IdOverflow)?;

		let deposit = Self::record_deposit(input.len());
		let fee = Self::market_fee(reward);
		let audit_fee = match model.kind {
			ModelKind::Verifiable { macs, .. } if audited => Self::audit_fee(macs),
			_ => Zero::zero(),
		};

		if !fee.is_zero() {
			let paid = T::Currency::withdraw(
				&requester,
				fee,
				Precision::Exact,
				Preservation::Preserve,
				Fortitude::Polite,
			)?;
			T::OnMarketFee::on_unbalanced(paid);
		}
		T::Currency::hold(&HoldReason::TaskReward.into(), &requester, reward)?;
		Self::hold_task_deposit(&requester, deposit)?;
		let audit_fee = Self::hold_audit_fee(&requester, audit_fee)?;
		let task = TaskOf::<T> {
			draw: Default::default(),
			requester: requester.clone(),
			model: model_id,
			input,
			reward,
			worker_bond,
			deadline,
			challenge_period,
			replicas,
			deposit,
			audit_fee,
			status,
		};
		Self::queue(id, &task);

		Tasks::<T>::insert(id, task);
		NextTaskId::<T>::put(next);
		Self::deposit_event(Event::TaskPosted {
			task: id,
			requester,
			model: model_id,
			reward,
			fee,
			audit_fee: audit_fee.unwrap_or_default(),
			deadline,
			replicas,
			draw_at,
		});
		Ok(())
	}

	/// The market fee on a reward: `MarketFee` of it, rounded up, so that no reward escapes a
	/// non-zero fee by being small.
	pub fn market_fee(reward: BalanceOf<T>) -> BalanceOf<T> {
		T::MarketFee::get().mul_ceil(reward)
	}

	/// Loads a task that is open for results, before its deadline.
	pub(crate) fn open_task(id: TaskId) -> Result<(TaskOf<T>, BlockNumberFor<T>), DispatchError> {
		Self::task_in_stage(
			id,
			|task| (task.status == TaskStatus::Open).then_some(task.deadline),
			Error::<T>::TaskNotOpen,
			Error::<T>::DeadlinePassed,
		)
	}

	pub(crate) fn do_cancel_task(who: T::AccountId, id: TaskId) -> DispatchResult {
		let task = Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		// Past its deadline a task expires (and refunds) by `finalize` or the hook.
		let task = match task.status {
			TaskStatus::Drawing { .. } => {
				let now = frame_system::Pallet::<T>::block_number();
				ensure!(now <= task.deadline, Error::<T>::DeadlinePassed);
				task
			},
			_ => Self::open_task(id)?.0,
		};
		ensure!(task.requester == who, Error::<T>::NotRequester);
		// Once a worker is drawn it may already be computing, and its output may be in the
		// pool: cancelling then would take the output and keep the reward.
		let drawn = !task.draw.seats.is_empty();
		ensure!(!drawn, Error::<T>::WorkersDrawn);

		Self::conclude(id, task, Outcome::refund(SettlementRoute::Cancelled))
	}
}
