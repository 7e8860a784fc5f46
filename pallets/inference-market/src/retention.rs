//! Retention: every record a user makes the chain keep carries a storage deposit, and an ended
//! task is removed with its records `RetentionPeriod` blocks after it ended.
//!
//! - A task's deposit is held on its requester (`HoldReason::TaskDeposit`); a result's or a
//!   quorum commitment's is locked out of its worker's stake (`WorkerInfo::deposits`), so
//!   serving pays no extra hold. Each is `RecordDepositBase` plus `RecordDepositPerByte` for
//!   every byte of input or output the record keeps (for a commitment, the longest output the
//!   model gives, which its reveal may store).
//! - When a task ends it stays readable for `RetentionPeriod` blocks, queued for removal in the
//!   uncontested queue; then the settling hook removes the task, its result and its
//!   commitments and returns every deposit (event `TaskRemoved`). Anyone may remove a
//!   single-worker task earlier in that block with `finalize`; a quorum's `k` records are
//!   the hook's (a hook step is budgeted for them, a call would weigh more than 3 transfers).
//!   The trust report and the events keep the history.
//!
//! So state the market keeps is paid for while it is kept, and returns to where it was once
//! the tasks that made it are gone.

use crate::{pallet::*, TaskId};
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use sp_runtime::traits::{CheckedSub, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// The storage deposit of a record that keeps `bytes` bytes of input or output.
	pub(crate) fn record_deposit(bytes: usize) -> BalanceOf<T> {
		let bytes: BalanceOf<T> = (bytes as u32).into();
		T::RecordDepositBase::get()
			.saturating_add(T::RecordDepositPerByte::get().saturating_mul(bytes))
	}

	/// The deposit of a quorum commitment to a task of `model`: for the longest output the
	/// model gives (any output up to `MaxOutputLen` for an opaque model).
	pub(crate) fn commitment_deposit(model: crate::ModelId) -> BalanceOf<T> {
		let longest = match Models::<T>::get(model).map(|m| m.kind) {
			Some(kind) => kind.shape().map_or(T::MaxOutputLen::get(), |(_, output_len)| output_len),
			None => T::MaxOutputLen::get(),
		};
		Self::record_deposit(longest as usize)
	}

	/// Holds a task's deposit on its requester.
	pub(crate) fn hold_task_deposit(who: &T::AccountId, deposit: BalanceOf<T>) -> DispatchResult {
		if deposit.is_zero() {
			return Ok(());
		}
		T::Currency::hold(&HoldReason::TaskDeposit.into(), who, deposit)
	}

	/// Removes an ended task past its retention period with its result and commitments, and
	/// returns their deposits.
	pub(crate) fn remove_task(id: TaskId, task: TaskOf<T>) -> DispatchResult {
		let mut deposits = task.deposit;
		if !task.deposit.is_zero() {
			let reason = HoldReason::TaskDeposit.into();
			T::Currency::release(&reason, &task.requester, task.deposit, Precision::Exact)?;
		}
		let workers = Submissions::<T>::take(id)
			.map(|s| (s.worker, s.deposit))
			.into_iter()
			.chain(Commitments::<T>::take(id).into_iter().map(|c| (c.worker, c.deposit)));
		for (worker, deposit) in workers {
			Self::unlock_deposit(&worker, deposit)?;
			deposits = deposits.saturating_add(deposit);
		}
		Self::unqueue(id, &task);
		Tasks::<T>::remove(id);
		Self::deposit_event(Event::TaskRemoved { task: id, deposits });
		Ok(())
	}

	/// Unlocks a record's deposit in a worker's stake.
	fn unlock_deposit(who: &T::AccountId, deposit: BalanceOf<T>) -> DispatchResult {
		Workers::<T>::try_mutate(who, |worker| {
			let worker = worker.as_mut().ok_or(Error::<T>::NotWorker)?;
			worker.deposits = worker.deposits.checked_sub(&deposit).ok_or(Error::<T>::Overflow)?;
			Ok(())
		})
	}
}
