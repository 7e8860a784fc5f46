//! Results: the worker drawn for a single-worker task, whose bond the draw locked, submits its
//! output and locks its storage deposit (quorum tasks take commitments instead, see
//! [`quorum`](crate::quorum)). A result of a committed model carries the commitment to its
//! execution trace that a dissection game holds it to (see [`dissection`](crate::dissection)).

use crate::{pallet::*, ModelKind, Submission, TaskId, TaskStatus, TraceCommitment};
use frame_support::{ensure, pallet_prelude::*};
use sp_runtime::traits::{CheckedAdd, Saturating};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_submit_result(
		who: T::AccountId,
		id: TaskId,
		output: OutputOf<T>,
		trace: Option<TraceCommitment>,
	) -> DispatchResult {
		let (mut task, _) = Self::task_to_serve(id)?;
		ensure!(task.replicas == 1, Error::<T>::QuorumTask);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(task.requester != who, Error::<T>::RequesterCannotServe);
		let seat = Self::seat_to_answer(&task, &who, now)?;
		let deposit = Self::record_deposit(output.len());
		let mut worker = Self::drawn_worker(&who, deposit)?;
		let kind = Self::check_output_shape(task.model, &output)?;
		let committed = matches!(kind, ModelKind::Committed { .. });
		match trace {
			None => ensure!(!committed, Error::<T>::TraceRequired),
			Some(_) => ensure!(committed, Error::<T>::NotCommittedModel),
		}
		let window_end = now.saturating_add(task.challenge_period);
		worker.deposits = worker.deposits.checked_add(&deposit).ok_or(Error::<T>::Overflow)?;
		worker.stats.served = worker.stats.served.saturating_add(1);

		InWindow::<T>::insert(id, ());
		Workers::<T>::insert(&who, worker);
		Self::record_answer(id, &mut task, &who, seat);
		Submissions::<T>::insert(
			id,
			Submission { worker: who.clone(), output, submitted_at: now, deposit, trace },
		);
		Self::enter_stage(id, &mut task, TaskStatus::Submitted { window_end });
		Tasks::<T>::insert(id, task);
		Self::deposit_event(Event::ResultSubmitted { task: id, worker: who, window_end });
		Ok(())
	}

	/// Loads a drawn worker about to answer its seat: the draw locked its bond, so only the
	/// deposit of the record it makes must fit its free stake.
	pub(crate) fn drawn_worker(
		who: &T::AccountId,
		deposit: BalanceOf<T>,
	) -> Result<WorkerInfoOf<T>, DispatchError> {
		let worker = Workers::<T>::get(who).ok_or(Error::<T>::NotWorker)?;
		ensure!(Self::free_stake(&worker) >= deposit, Error::<T>::InsufficientFreeStake);
		Ok(worker)
	}

	/// Checks that an output is shaped like the model's output (models whose shape the chain
	/// knows: verifiable and committed), and returns the model's kind.
	pub(crate) fn check_output_shape(
		model: crate::ModelId,
		output: &[u8],
	) -> Result<ModelKind, DispatchError> {
		let model = Models::<T>::get(model).ok_or(Error::<T>::UnknownModel)?;
		if let Some((_, output_len)) = model.kind.shape() {
			ensure!(output.len() as u32 == output_len, Error::<T>::OutputShapeMismatch);
		}
		Ok(model.kind)
	}
}
