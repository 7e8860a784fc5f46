//! Disputes: challenges within the window, on-chain re-execution of verifiable models (settled
//! in the challenging call), and the arbiter's rulings on opaque ones (recorded by `rule`,
//! carried out by the settling hook in the next block).

use crate::{
	outcome::Outcome, pallet::*, Challenge, ModelKind, SettlementRoute, TaskId, TaskStatus,
	WeightInfo, LOG_TARGET,
};
use alloc::vec::Vec;
use frame_support::{
	defensive,
	dispatch::{DispatchResultWithPostInfo, WithPostDispatchInfo},
	ensure,
	pallet_prelude::*,
	traits::fungible::MutateHold,
};
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_challenge(
		challenger: T::AccountId,
		id: TaskId,
		bond: BalanceOf<T>,
	) -> DispatchResultWithPostInfo {
		let (task, _) = Self::task_in_stage(
			id,
			|task| match task.status {
				TaskStatus::Submitted { window_end } => Some(window_end),
				_ => None,
			},
			Error::<T>::NotChallengeable,
			Error::<T>::ChallengeWindowClosed,
		)?;
		let now = frame_system::Pallet::<T>::block_number();
		let submission = Submissions::<T>::get(id).ok_or(Error::<T>::NotChallengeable)?;
		ensure!(submission.worker != challenger, Error::<T>::WorkerCannotChallenge);
		ensure!(bond >= T::MinChallengeBond::get(), Error::<T>::ChallengeBondTooLow);
		let model = Models::<T>::get(task.model).ok_or(Error::<T>::UnknownModel)?;
		// Everything that can refuse the challenge comes before re-execution, the bond's hold
		// included, so a refused challenge costs only these checks (see `challenge`).
		T::Currency::hold(&HoldReason::ChallengeBond.into(), &challenger, bond)?;
		let challenge = Challenge { challenger: challenger.clone(), bond };

		match model.kind {
			ModelKind::Verifiable { macs, .. } => {
				let reexecuted = |code_len: u32| T::WeightInfo::challenge_reexecute(code_len);
				let (expected, code_len) = Self::reexecute(task.model, &task.input)
					.map_err(|e| e.with_weight(reexecuted(T::MaxModelBytes::get())))?;
				let worker_was_right = Self::output_matches(&expected, &submission.output);

				Self::deposit_event(Event::ResultChallenged { task: id, challenger, bond });
				Self::deposit_event(Event::ResultReExecuted { task: id, worker_was_right, macs });
				Self::resolve_dispute(
					id,
					task,
					submission,
					challenge,
					worker_was_right,
					SettlementRoute::ReExecuted,
				)
				.map_err(|e| e.with_weight(reexecuted(code_len)))?;
				Ok(Some(reexecuted(code_len)).into())
			},
			ModelKind::Committed { steps, .. } => {
				Self::start_dissection(id, task, &submission, challenge, steps)?;
				Ok(Some(T::WeightInfo::challenge_dissect()).into())
			},
			ModelKind::Opaque { .. } => {
				let ruling_due = now.saturating_add(T::ArbitrationPeriod::get());

				Challenges::<T>::insert(id, challenge);
				InWindow::<T>::remove(id);
				let mut task = task;
				Self::enter_stage(id, &mut task, TaskStatus::Disputed { ruling_due });
				Tasks::<T>::insert(id, task);
				Self::deposit_event(Event::ResultChallenged { task: id, challenger, bond });
				Ok(Some(T::WeightInfo::challenge_opaque()).into())
			},
		}
	}

	/// Runs a verifiable model on an input with the shared `qmodel` evaluator; returns the
	/// output and the model's size in bytes (what the re-execution weight is measured in).
	pub(crate) fn reexecute(
		model: crate::ModelId,
		input: &[u8],
	) -> Result<(Vec<i8>, u32), DispatchError> {
		let code = ModelCode::<T>::get(model).ok_or(Error::<T>::UnknownModel)?;
		let network = qmodel::Model::parse(&code).map_err(|_| {
			defensive!("stored models are validated at registration");
			Error::<T>::InvalidModel
		})?;
		let input: Vec<i8> = input.iter().map(|b| *b as i8).collect();
		let output = network.evaluate(&input).map_err(|e| {
			log::error!(target: LOG_TARGET, "re-execution of model {model} failed: {e:?}");
			Error::<T>::InputShapeMismatch
		})?;
		Ok((output, code.len() as u32))
	}

	/// Whether a claimed output is byte for byte the model's output.
	pub(crate) fn output_matches(expected: &[i8], claimed: &[u8]) -> bool {
		expected.len() == claimed.len() && expected.iter().zip(claimed).all(|(e, o)| *e as u8 == *o)
	}

	/// Fails with `QuorumTask` for a quorum task (whose disputes take `rule_quorum`).
	pub(crate) fn ensure_single_worker(id: TaskId) -> DispatchResult {
		let task = Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		ensure!(task.replicas == 1, Error::<T>::QuorumTask);
		Ok(())
	}

	pub(crate) fn do_rule(id: TaskId, worker_was_right: bool) -> DispatchResult {
		let (mut task, _) = Self::task_in_stage(
			id,
			|task| match task.status {
				TaskStatus::Disputed { ruling_due } => Some(ruling_due),
				_ => None,
			},
			Error::<T>::NotDisputed,
			Error::<T>::ArbitrationClosed,
		)?;

		let now = frame_system::Pallet::<T>::block_number();
		let upheld = worker_was_right.then_some(0);
		Self::enter_stage(id, &mut task, TaskStatus::Ruled { at: now, upheld });
		Tasks::<T>::insert(id, task);
		Self::deposit_event(Event::DisputeRuled { task: id, worker_was_right });
		Ok(())
	}

	/// Ends a ruled single-worker dispute by the ruling. Run by the settling hook.
	pub(crate) fn settle_dispute_ruling(
		id: TaskId,
		task: TaskOf<T>,
		worker_was_right: bool,
	) -> DispatchResult {
		let submission = Submissions::<T>::get(id).ok_or(Error::<T>::NotDisputed)?;
		let challenge = Challenges::<T>::take(id).ok_or(Error::<T>::NotDisputed)?;
		Self::resolve_dispute(
			id,
			task,
			submission,
			challenge,
			worker_was_right,
			SettlementRoute::Arbitrated,
		)
	}

	/// Ends a dispute: the wrong side's bond is slashed, part of it paid to the right side.
	/// A right worker is paid the reward; a wrong worker's task refunds the requester.
	fn resolve_dispute(
		id: TaskId,
		task: TaskOf<T>,
		submission: SubmissionOf<T>,
		challenge: ChallengeOf<T>,
		worker_was_right: bool,
		route: SettlementRoute,
	) -> DispatchResult {
		let outcome = Outcome::dispute(route, submission.worker, challenge, worker_was_right);
		Self::conclude(id, task, outcome)
	}
}
