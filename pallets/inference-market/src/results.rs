//! Results: a registered worker submits an output and locks the task's bond.

use crate::{pallet::*, ModelKind, Submission, TaskId, TaskStatus};
use frame_support::{ensure, pallet_prelude::*};
use sp_runtime::traits::{CheckedAdd, Saturating};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_submit_result(
		who: T::AccountId,
		id: TaskId,
		output: OutputOf<T>,
	) -> DispatchResult {
		let (mut task, _) = Self::open_task(id)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(task.requester != who, Error::<T>::RequesterCannotServe);
		let mut worker = Workers::<T>::get(&who).ok_or(Error::<T>::NotWorker)?;
		ensure!(worker.stake >= T::MinWorkerStake::get(), Error::<T>::StakeTooLow);
		ensure!(Self::free_stake(&worker) >= task.worker_bond, Error::<T>::InsufficientFreeStake);
		let model = Models::<T>::get(task.model).ok_or(Error::<T>::UnknownModel)?;
		if let ModelKind::Verifiable { output_len, .. } = model.kind {
			ensure!(output.len() as u32 == output_len, Error::<T>::OutputShapeMismatch);
		}
		let window_end = now.saturating_add(task.challenge_period);
		worker.bonded = worker.bonded.checked_add(&task.worker_bond).ok_or(Error::<T>::Overflow)?;
		worker.stats.served = worker.stats.served.saturating_add(1);

		Self::reschedule(id, task.deadline, window_end);
		Workers::<T>::insert(&who, worker);
		Submissions::<T>::insert(id, Submission { worker: who.clone(), output, submitted_at: now });
		task.status = TaskStatus::Submitted { window_end };
		Tasks::<T>::insert(id, task);
		Self::deposit_event(Event::ResultSubmitted { task: id, worker: who, window_end });
		Ok(())
	}
}
