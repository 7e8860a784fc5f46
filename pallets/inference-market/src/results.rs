//! Results: a registered worker submits an output to a single-worker task and locks the task's
//! bond (quorum tasks take commitments instead, see [`quorum`](crate::quorum)).

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
		ensure!(task.replicas == 1, Error::<T>::QuorumTask);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(task.requester != who, Error::<T>::RequesterCannotServe);
		let deposit = Self::record_deposit(output.len());
		let mut worker = Self::worker_able_to_bond(&who, &task, deposit)?;
		Self::check_output_shape(task.model, &output)?;
		let window_end = now.saturating_add(task.challenge_period);
		worker.bonded = worker.bonded.checked_add(&task.worker_bond).ok_or(Error::<T>::Overflow)?;
		worker.deposits = worker.deposits.checked_add(&deposit).ok_or(Error::<T>::Overflow)?;
		worker.stats.served = worker.stats.served.saturating_add(1);

		OpenTasks::<T>::remove(id);
		InWindow::<T>::insert(id, ());
		Workers::<T>::insert(&who, worker);
		Submissions::<T>::insert(
			id,
			Submission { worker: who.clone(), output, submitted_at: now, deposit },
		);
		Self::enter_stage(id, &mut task, TaskStatus::Submitted { window_end });
		Tasks::<T>::insert(id, task);
		Self::deposit_event(Event::ResultSubmitted { task: id, worker: who, window_end });
		Ok(())
	}

	/// Loads a registered worker whose free stake covers the task's bond and the deposit of
	/// the record it makes.
	pub(crate) fn worker_able_to_bond(
		who: &T::AccountId,
		task: &TaskOf<T>,
		deposit: BalanceOf<T>,
	) -> Result<WorkerInfoOf<T>, DispatchError> {
		let worker = Workers::<T>::get(who).ok_or(Error::<T>::NotWorker)?;
		ensure!(worker.stake >= T::MinWorkerStake::get(), Error::<T>::StakeTooLow);
		let needed = task.worker_bond.saturating_add(deposit);
		ensure!(Self::free_stake(&worker) >= needed, Error::<T>::InsufficientFreeStake);
		Ok(worker)
	}

	/// Checks that an output is shaped like the model's output (verifiable models only).
	pub(crate) fn check_output_shape(model: crate::ModelId, output: &[u8]) -> DispatchResult {
		let model = Models::<T>::get(model).ok_or(Error::<T>::UnknownModel)?;
		if let ModelKind::Verifiable { output_len, .. } = model.kind {
			ensure!(output.len() as u32 == output_len, Error::<T>::OutputShapeMismatch);
		}
		Ok(())
	}
}
