//! Results: the worker drawn for a single-worker task (or, on a model nobody opted in to, any
//! registered worker, locking the task's bond) submits its output and locks its storage
//! deposit (quorum tasks take commitments instead, see [`quorum`](crate::quorum)).

use crate::{pallet::*, ModelKind, Submission, TaskId, TaskStatus};
use frame_support::{ensure, pallet_prelude::*};
use sp_runtime::traits::{CheckedAdd, Saturating};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_submit_result(
		who: T::AccountId,
		id: TaskId,
		output: OutputOf<T>,
	) -> DispatchResult {
		let (mut task, _) = Self::task_to_serve(id)?;
		ensure!(task.replicas == 1, Error::<T>::QuorumTask);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(task.requester != who, Error::<T>::RequesterCannotServe);
		let draw = Self::drawn_answer(id, task.replicas, &who, now)?;
		let deposit = Self::record_deposit(output.len());
		let mut worker = Self::worker_to_serve(&who, &task, deposit, draw.is_some())?;
		Self::check_output_shape(task.model, &output)?;
		let window_end = now.saturating_add(task.challenge_period);
		worker.deposits = worker.deposits.checked_add(&deposit).ok_or(Error::<T>::Overflow)?;
		worker.stats.served = worker.stats.served.saturating_add(1);

		OpenTasks::<T>::remove(id);
		InWindow::<T>::insert(id, ());
		Workers::<T>::insert(&who, worker);
		if let Some(draw) = draw {
			Draws::<T>::insert(id, draw);
		}
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

	/// Loads the worker about to serve a task with its bond locked: a drawn worker's was locked
	/// by the draw and only the record's deposit must fit its free stake; a worker serving a
	/// task open to any worker locks the bond now.
	pub(crate) fn worker_to_serve(
		who: &T::AccountId,
		task: &TaskOf<T>,
		deposit: BalanceOf<T>,
		drawn: bool,
	) -> Result<WorkerInfoOf<T>, DispatchError> {
		if drawn {
			let worker = Workers::<T>::get(who).ok_or(Error::<T>::NotWorker)?;
			ensure!(Self::free_stake(&worker) >= deposit, Error::<T>::InsufficientFreeStake);
			return Ok(worker);
		}
		let mut worker = Self::worker_able_to_bond(who, task, deposit)?;
		worker.bonded = worker.bonded.checked_add(&task.worker_bond).ok_or(Error::<T>::Overflow)?;
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
