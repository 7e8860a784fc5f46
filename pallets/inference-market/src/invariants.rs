//! Invariants checked by `try_state` and after every unit test.
//!
//! - Funds are conserved: on every account the pallet knows, the balance held under each
//!   [`HoldReason`] equals what the pallet records: model deposits, worker stakes, escrowed
//!   rewards of tasks that have not ended, open challenge bonds, and the deposits of stored
//!   tasks.
//! - Deposits: a worker's locked deposits equal those of its stored results and commitments;
//!   results and commitments belong to stored tasks; a worker record has a stake, unless a
//!   slash took all of it (its record keeps the slash).
//! - Bonds: a worker's bonded amount equals the bonds of the tasks that have not ended it was
//!   drawn for, and bonded plus unbonding never exceeds the stake.
//! - Sortition: a drawn task's drawn workers are distinct, at most `replicas`, and those that
//!   answered are exactly its result's or commitments' workers; a
//!   task waits in the draw queue exactly when its draw says so, under that block, and only
//!   while open; every open task was drawn; a worker's open seats are exactly the tasks it
//!   was drawn for and has not answered. Each model's candidates are distinct and the model
//!   exists.
//! - Quorum: only quorum tasks hold commitments (and no single result); a revealing or
//!   escalated quorum has all its commitments.
//! - Indexes: exactly the tasks in a challenge window are in the watchtowers' index.
//! - Status consistency: a submitted or disputed task has a submission, a disputed task has a
//!   challenge and nothing else does, an open task has no submission, and every model's count
//!   of open tasks matches the tasks that use it.
//! - Scheduling: every stored task has exactly one entry in the queue of its stage (`DueAt` or
//!   `ContestedDueAt`), in the block after its current stage (for an ended task, after its
//!   retention period), not before that queue's cursor; nothing else is queued.
//! - Audit fees: only tasks of verifiable models that have not ended escrow one,
//!   and each is held on its requester.
//! - Holds are checked on every account of the chain, so a hold the pallet forgot is found.

use crate::{pallet::*, settlement::Queue, TaskId, TaskStatus};
use alloc::collections::btree_map::BTreeMap;
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_runtime::{
	traits::{Saturating, Zero},
	TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet; see the module docs.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut expected: BTreeMap<(T::AccountId, u8), BalanceOf<T>> = BTreeMap::new();
		let mut add = |who: &T::AccountId, reason: HoldReason, amount: BalanceOf<T>| {
			let entry = expected.entry((who.clone(), reason as u8)).or_insert_with(Zero::zero);
			*entry = entry.saturating_add(amount);
		};

		let mut model_use: BTreeMap<crate::ModelId, u32> = BTreeMap::new();
		let mut bonded: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut queued = 0usize;
		let mut in_window = 0usize;
		let mut drawing = 0usize;
		let mut dissecting = 0usize;
		let mut open_seats: BTreeMap<T::AccountId, alloc::vec::Vec<TaskId>> = BTreeMap::new();

		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, task) in Tasks::<T>::iter() {
			let submission = Submissions::<T>::get(id);
			let challenge = Challenges::<T>::get(id);
			let commitments = Commitments::<T>::get(id);
			// Every stored record's deposit, until the task is removed.
			add(&task.requester, HoldReason::TaskDeposit, task.deposit);
			let records = submission.iter().map(|s| (&s.worker, s.deposit));
			for (worker, deposit) in
				records.chain(commitments.iter().map(|c| (&c.worker, c.deposit)))
			{
				let entry = deposits.entry(worker.clone()).or_insert_with(Zero::zero);
				*entry = entry.saturating_add(deposit);
			}
			// Every stored task is queued once: to settle when its stage ends, or once ended,
			// to be removed after its retention period.
			if let Some(end) = Self::stage_end(&task) {
				let due = end.saturating_add(sp_runtime::traits::One::one());
				let queue = Queue::of(&task.status);
				ensure!(queue.contains::<T>(due, id), "a stored task is queued when due");
				ensure!(
					queue.cursor::<T>().is_some_and(|c| c <= due),
					"the cursor is not past a queued task"
				);
				queued += 1;
			}
			let draw = &task.draw;
			if let Some(at) = draw.next {
				ensure!(task.status == TaskStatus::Open, "only open tasks wait for a draw");
				ensure!(DrawDueAt::<T>::contains_key(at, id), "a due draw is queued");
				ensure!(
					DrawCursor::<T>::get().is_some_and(|c| c <= at),
					"the draw cursor is not past a queued draw"
				);
				drawing += 1;
			}
			let serving: alloc::vec::Vec<T::AccountId> = submission
				.iter()
				.map(|s| s.worker.clone())
				.chain(commitments.iter().map(|c| c.worker.clone()))
				.collect();
			let seats = &draw.seats;
			ensure!(seats.len() <= usize::from(task.replicas), "at most replicas are drawn");
			let mut answered: alloc::vec::Vec<&T::AccountId> =
				seats.iter().filter(|s| s.answered).map(|s| &s.worker).collect();
			let mut seated: alloc::vec::Vec<&T::AccountId> =
				seats.iter().map(|s| &s.worker).collect();
			seated.sort();
			seated.dedup();
			ensure!(seated.len() == seats.len(), "a worker is drawn once per task");
			let mut served: alloc::vec::Vec<&T::AccountId> = serving.iter().collect();
			answered.sort();
			served.sort();
			ensure!(answered == served, "the drawn workers that answered are those that served");
			let bonded_workers: alloc::vec::Vec<T::AccountId> =
				seats.iter().map(|s| s.worker.clone()).collect();
			ensure!(
				task.replicas > 1 || commitments.is_empty(),
				"only quorum tasks take commitments"
			);
			ensure!(
				task.replicas == 1 || (submission.is_none() && challenge.is_none()),
				"quorum tasks take no single result nor challenge"
			);
			match task.status {
				TaskStatus::Settled { .. } => {
					ensure!(challenge.is_none(), "an ended task has no open challenge");
					ensure!(task.audit_fee.is_none(), "an ended task has no audit fee");
					continue;
				},
				TaskStatus::Drawing { .. } => {
					ensure!(
						draw.seats.is_empty() && draw.next.is_none() && draw.empty_draws == 0,
						"a task waiting for its draw has no seats"
					);
					ensure!(
						commitments.is_empty(),
						"a task waiting for its draw has no commitments"
					);
					ensure!(submission.is_none(), "a task waiting for its draw has no submission");
					ensure!(challenge.is_none(), "a task waiting for its draw has no challenge");
				},
				// Only the draw opens a task: an open task was drawn, its seats filled or not.
				TaskStatus::Open => {
					ensure!(submission.is_none(), "an open task has no submission");
					ensure!(challenge.is_none(), "an open task has no challenge");
				},
				TaskStatus::Revealing { .. } => {
					ensure!(task.replicas > 1, "only quorum tasks reveal");
					ensure!(
						commitments.len() == usize::from(task.replicas),
						"a revealing quorum has all its commitments"
					);
				},
				TaskStatus::Submitted { .. } => {
					ensure!(InWindow::<T>::contains_key(id), "a task in its window is indexed");
					in_window += 1;
					ensure!(submission.is_some(), "a submitted task has a submission");
					ensure!(challenge.is_none(), "an unchallenged task has no challenge");
				},
				TaskStatus::Disputed { .. } if task.replicas > 1 => {
					ensure!(
						commitments.len() == usize::from(task.replicas),
						"an escalated quorum has all its commitments"
					);
				},
				TaskStatus::Ruled { upheld, .. } if task.replicas == 1 => {
					ensure!(submission.is_some(), "a ruled task has a submission");
					ensure!(challenge.is_some(), "a ruled task has a challenge");
					ensure!(upheld.is_none_or(|i| i == 0), "a ruling upholds the only result");
				},
				TaskStatus::Ruled { upheld, .. } => {
					ensure!(
						commitments.len() == usize::from(task.replicas),
						"a ruled quorum has all its commitments"
					);
					ensure!(
						upheld.is_none_or(|i| commitments
							.get(usize::from(i))
							.is_some_and(|c| c.revealed.is_some())),
						"a ruling upholds a revealed commitment"
					);
				},
				TaskStatus::Disputed { .. } => {
					ensure!(submission.is_some(), "a disputed task has a submission");
					ensure!(challenge.is_some(), "a disputed task has a challenge");
				},
				TaskStatus::Dissecting { .. } => {
					ensure!(
						submission.as_ref().is_some_and(|s| s.trace.is_some()),
						"a task being dissected has a traced submission"
					);
					ensure!(challenge.is_some(), "a task being dissected has a challenge");
					let game = Games::<T>::get(id).ok_or("a task being dissected has a game")?;
					ensure!(
						game.agreed.0 < game.disputed.0 && game.disputed.0 <= game.steps,
						"a game's range lies inside its trace"
					);
					ensure!(
						(game.turn == crate::Turn::Step) == (game.disputed.0 - game.agreed.0 == 1),
						"a game checks its step exactly when its range is one step"
					);
					dissecting += 1;
				},
			}
			add(&task.requester, HoldReason::TaskReward, task.reward);
			let drawing = matches!(task.status, TaskStatus::Drawing { .. });
			if let Some(fee) = task.audit_fee {
				// (A task waiting for its draw may have lost its model to a retirement.)
				ensure!(
					drawing || Models::<T>::get(task.model).is_some_and(|m| m.is_verifiable()),
					"only tasks of verifiable models are audited"
				);
				add(&task.requester, HoldReason::AuditFee, fee);
			}
			if !drawing {
				*model_use.entry(task.model).or_default() += 1;
			}
			for seat in draw.seats.iter().filter(|s| !s.answered) {
				open_seats.entry(seat.worker.clone()).or_default().push(id);
			}
			for worker in bonded_workers {
				let entry = bonded.entry(worker).or_insert_with(Zero::zero);
				*entry = entry.saturating_add(task.worker_bond);
			}
			if let Some(challenge) = challenge {
				add(&challenge.challenger, HoldReason::ChallengeBond, challenge.bond);
			}
		}
		ensure!(
			DueAt::<T>::iter_keys().count() + ContestedDueAt::<T>::iter_keys().count() == queued,
			"only stored tasks are queued"
		);
		ensure!(DrawDueAt::<T>::iter_keys().count() == drawing, "only due draws are queued");
		for (who, open) in OpenSeats::<T>::iter() {
			ensure!(!open.is_empty(), "a worker without open seats has no entry");
			let mut open = open.into_inner();
			open.sort();
			let mut expected = open_seats.remove(&who).unwrap_or_default();
			expected.sort();
			ensure!(
				open == expected,
				"a worker's open seats are its unanswered seats on tasks that have not ended"
			);
		}
		ensure!(open_seats.is_empty(), "every unanswered seat is counted");
		for (model, candidates) in Candidates::<T>::iter() {
			ensure!(Models::<T>::contains_key(model), "candidates serve a registered model");
			let mut workers: alloc::vec::Vec<_> = candidates.iter().map(|c| &c.worker).collect();
			workers.sort();
			workers.dedup();
			ensure!(workers.len() == candidates.len(), "a worker is a model's candidate once");
		}
		ensure!(
			InWindow::<T>::iter_keys().count() == in_window,
			"only tasks in a window are indexed"
		);
		for (id, _) in Challenges::<T>::iter() {
			ensure!(Tasks::<T>::contains_key(id), "a challenge belongs to a task");
		}
		ensure!(Games::<T>::iter_keys().count() == dissecting, "only games being played are kept");
		for id in Submissions::<T>::iter_keys().chain(Commitments::<T>::iter_keys()) {
			ensure!(Tasks::<T>::contains_key(id), "results belong to a stored task");
		}

		for (id, model) in Models::<T>::iter() {
			add(&model.owner, HoldReason::ModelDeposit, model.deposit);
			ensure!(
				model.open_tasks == model_use.get(&id).copied().unwrap_or(0),
				"a model counts the open tasks that use it"
			);
			ensure!(
				model.is_verifiable() == ModelCode::<T>::contains_key(id),
				"exactly the verifiable models store code"
			);
			ensure!(
				model.is_committed() == Manifests::<T>::contains_key(id),
				"exactly the committed models store a manifest"
			);
		}

		for (who, worker) in Workers::<T>::iter() {
			add(&who, HoldReason::WorkerStake, worker.stake);
			ensure!(
				worker.bonded == bonded.remove(&who).unwrap_or_else(Zero::zero),
				"a worker's bonded amount equals the bonds of its open tasks"
			);
			ensure!(
				worker.deposits == deposits.remove(&who).unwrap_or_else(Zero::zero),
				"a worker's locked deposits equal those of its stored results and commitments"
			);
			let unbonding = worker.unbonding.as_ref().map_or_else(Zero::zero, |u| u.amount);
			ensure!(
				worker.bonded.saturating_add(worker.deposits).saturating_add(unbonding)
					<= worker.stake,
				"bonded, locked and unbonding stake fit in the stake"
			);
			// Withdrawing the whole stake removes the record; a slash of the whole stake keeps
			// it, with the slash on its reputation.
			ensure!(
				!worker.stake.is_zero() || !worker.stats.slashed.is_zero(),
				"a worker without stake was slashed to zero"
			);
		}
		ensure!(bonded.is_empty(), "every bonded worker is registered");
		ensure!(deposits.is_empty(), "every worker with a stored record is registered");

		let reasons = [
			HoldReason::ModelDeposit,
			HoldReason::WorkerStake,
			HoldReason::TaskReward,
			HoldReason::ChallengeBond,
			HoldReason::TaskDeposit,
			HoldReason::AuditFee,
		];
		for who in frame_system::Account::<T>::iter_keys() {
			for reason in reasons {
				let recorded = expected.remove(&(who.clone(), reason as u8)).unwrap_or_default();
				let held = T::Currency::balance_on_hold(&reason.into(), &who);
				ensure!(held == recorded, "held funds equal the pallet's records");
			}
		}
		ensure!(
			expected.values().all(|v| v.is_zero()),
			"every recorded amount is held on an existing account"
		);
		Ok(())
	}
}
