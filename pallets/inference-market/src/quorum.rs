//! Quorum: a task posted with `replicas = k > 1` is served by `k` workers who commit to their
//! outputs, then reveal them.
//!
//! 1. Commit: until the deadline, each worker commits `blake2_256(SCALE(output, salt, worker))`
//!    and locks the task bond. The worker's own account is part of the hash, so a commitment
//!    seen in the pool cannot be replayed by another worker (an identical one is rejected as a
//!    copy), and an output cannot be copied from a commitment. The `k`-th commitment opens the
//!    reveal period of `challenge_period` blocks. The `k` workers are drawn (see
//!    [`sortition`](crate::sortition)): only they commit, their bonds locked by the draw, each
//!    by its `answer_by` block, and a silent one forfeits `NoShowPenalty` of its bond and is
//!    replaced. Nobody can hold a seat open without being drawn to it, so a quorum short of
//!    workers at its deadline expires, returns the bonds of those that committed and refunds
//!    its requester.
//! 2. Reveal: each worker reveals output and salt; a reveal that does not hash to the
//!    commitment is rejected.
//! 3. Resolve, in the settling hook of the block after the reveal period (which `finalize`
//!    closes early once every worker revealed): an output revealed by more than half of the `k`
//!    workers wins, on a verifiable model only if no revealed output contradicts it (a majority
//!    is not proof where the chain can check: several accounts of one party would outvote an
//!    honest worker). Its workers share the reward and get their bonds back; every other
//!    worker, including those that did not reveal, loses its bond. The route is
//!    `Quorum { agreeing, of }`, unless the random audit draws the task (a verifiable model's
//!    agreement is not proof either: see [`audits`](crate::audits)), which re-executes it and
//!    ends `Audited`. Otherwise the task escalates: a verifiable model
//!    is re-executed on chain (route `ReExecuted`), an opaque one goes to the arbiter, who names
//!    the right output with `rule_quorum`; the hook settles by the ruling in the next block
//!    (route `Arbitrated`). If the arbiter stays silent the optimistic default holds: every
//!    revealer shares the reward and keeps its bond, and the route is `Unresolved`. A task
//!    nobody revealed for ends `Expired`.
//!
//! Every call here does a bounded amount of work whatever `k` is; paying and slashing the `k`
//! workers (and re-executing) is the hook's, whose work per block is bounded by
//! `MaxSettlementsPerBlock`.

use crate::{
	outcome::{Fate, Outcome},
	pallet::*,
	Commitment, ModelKind, SettlementRoute, TaskId, TaskStatus, WeightInfo,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{defensive, ensure, pallet_prelude::*};
use sp_core::H256;
use sp_runtime::traits::{CheckedAdd, Saturating};

/// How a quorum's reveals are judged.
pub(crate) enum Verdict<T: Config> {
	/// This output is right; revealers of it win.
	Output(OutputOf<T>),
	/// No output is right (or nobody can tell): every worker loses its bond.
	NoneRight,
	/// Nobody judged (the arbiter stayed silent): every revealer stands, the optimistic
	/// default, and only workers that never revealed lose their bonds.
	EveryRevealer,
}

impl<T: Config> Pallet<T> {
	/// The commitment a worker makes to `output` with `salt`.
	pub fn commitment_hash(output: &[u8], salt: &[u8; 32], worker: &T::AccountId) -> H256 {
		H256(sp_io::hashing::blake2_256(&(output, salt, worker).encode()))
	}

	pub(crate) fn do_commit_result(who: T::AccountId, id: TaskId, hash: H256) -> DispatchResult {
		let (mut task, _) = Self::task_to_serve(id)?;
		ensure!(task.replicas > 1, Error::<T>::NotQuorumTask);
		ensure!(task.requester != who, Error::<T>::RequesterCannotServe);
		let mut commitments = Commitments::<T>::get(id);
		let now = frame_system::Pallet::<T>::block_number();
		let seat = Self::seat_to_answer(&task, &who, now)?;
		ensure!(commitments.iter().all(|c| c.worker != who), Error::<T>::AlreadyCommitted);
		ensure!(commitments.iter().all(|c| c.hash != hash), Error::<T>::DuplicateCommitment);
		let deposit = Self::commitment_deposit(task.model);
		let mut worker = Self::drawn_worker(&who, deposit)?;
		worker.deposits = worker.deposits.checked_add(&deposit).ok_or(Error::<T>::Overflow)?;
		worker.stats.served = worker.stats.served.saturating_add(1);
		commitments
			.try_push(Commitment {
				worker: who.clone(),
				committed_at: now,
				hash,
				revealed: None,
				deposit,
			})
			.map_err(|_| Error::<T>::AlreadyCommitted)?;
		let count = commitments.len() as u32;

		Workers::<T>::insert(&who, worker);
		Self::record_answer(id, &mut task, &who, seat);
		Commitments::<T>::insert(id, commitments);
		Self::deposit_event(Event::ResultCommitted { task: id, worker: who, commitments: count });
		let reveal_end =
			(count == u32::from(task.replicas)).then(|| now.saturating_add(task.challenge_period));
		if let Some(reveal_end) = reveal_end {
			Self::enter_stage(id, &mut task, TaskStatus::Revealing { reveal_end });
		}
		// The answered seat is in the task record: it is stored either way.
		Tasks::<T>::insert(id, task);
		if let Some(reveal_end) = reveal_end {
			Self::deposit_event(Event::RevealStarted { task: id, reveal_end });
		}
		Ok(())
	}

	pub(crate) fn do_reveal_result(
		who: T::AccountId,
		id: TaskId,
		output: OutputOf<T>,
		salt: [u8; 32],
	) -> DispatchResult {
		let (task, _) = Self::task_in_stage(
			id,
			|task| match task.status {
				TaskStatus::Revealing { reveal_end } => Some(reveal_end),
				_ => None,
			},
			Error::<T>::NotRevealing,
			Error::<T>::RevealPeriodOver,
		)?;
		let mut commitments = Commitments::<T>::get(id);
		let commitment =
			commitments.iter_mut().find(|c| c.worker == who).ok_or(Error::<T>::NotCommitted)?;
		ensure!(commitment.revealed.is_none(), Error::<T>::AlreadyRevealed);
		Self::check_output_shape(task.model, &output)?;
		ensure!(
			Self::commitment_hash(&output, &salt, &who) == commitment.hash,
			Error::<T>::CommitmentMismatch
		);

		commitment.revealed = Some(output);
		Commitments::<T>::insert(id, commitments);
		Self::deposit_event(Event::ResultRevealed { task: id, worker: who });
		Ok(())
	}

	/// Closes the reveal period of a quorum task whose workers all revealed, so the settling
	/// hook resolves it in the next block. Fails with `NotDue` otherwise.
	pub(crate) fn do_close_reveals(id: TaskId, mut task: TaskOf<T>) -> DispatchResult {
		ensure!(matches!(task.status, TaskStatus::Revealing { .. }), Error::<T>::NotDue);
		let all_revealed = Commitments::<T>::get(id).iter().all(|c| c.revealed.is_some());
		ensure!(all_revealed, Error::<T>::NotDue);

		let now = frame_system::Pallet::<T>::block_number();
		Self::enter_stage(id, &mut task, TaskStatus::Revealing { reveal_end: now });
		Tasks::<T>::insert(id, task);
		Self::deposit_event(Event::RevealClosed { task: id, reveal_end: now });
		Ok(())
	}

	/// Resolves a quorum task whose reveal period closed. Returns the extra weight used beyond
	/// a plain settlement (re-execution, when it happened) and whether the task was audited.
	/// With `may_audit` (an audit fee escrowed, and the hook's audit budget not spent) a
	/// majority that would decide is first put to the audit draw.
	pub(crate) fn resolve_quorum(
		id: TaskId,
		mut task: TaskOf<T>,
		may_audit: bool,
	) -> Result<(Weight, bool), DispatchError> {
		let commitments = Commitments::<T>::get(id);
		let revealed: Vec<&OutputOf<T>> =
			commitments.iter().filter_map(|c| c.revealed.as_ref()).collect();
		let most_agreed = revealed
			.iter()
			.map(|o| (*o, revealed.iter().filter(|r| *r == o).count() as u32))
			.max_by_key(|(_, n)| *n);
		let Some((majority, largest)) = most_agreed else {
			// Nobody revealed: no result, every committed bond is forfeit.
			let verdict = Verdict::NoneRight;
			Self::close_quorum(id, task, &commitments, &verdict, |_| SettlementRoute::Expired)?;
			return Ok((Weight::zero(), false));
		};
		let of = task.replicas;
		let model = Models::<T>::get(task.model).ok_or(Error::<T>::UnknownModel)?;
		// The chain can tell who is right on a verifiable model, so there a majority decides
		// only when no revealed output contradicts it: k - 1 colluding accounts outvote nobody.
		// On an opaque model the majority is all there is.
		let contradicted = revealed.iter().any(|r| *r != majority);
		let majority_decides = match model.kind {
			ModelKind::Verifiable { .. } => !contradicted,
			// A quorum's reveals carry no traces, so on a committed model too the majority is
			// all there is, and without one the arbiter rules.
			ModelKind::Opaque { .. } | ModelKind::Committed { .. } => true,
		};
		if majority_decides && largest.saturating_mul(2) > u32::from(of) {
			// Agreement is not proof either: unchallenged, it is audited like a single result.
			if may_audit && Self::audit_drawn(id) {
				return Ok((Self::audit_quorum(id, task, &commitments)?, true));
			}
			let verdict = Verdict::Output(majority.clone());
			Self::close_quorum(id, task, &commitments, &verdict, |agreeing| {
				SettlementRoute::Quorum { agreeing, of }
			})?;
			return Ok((Weight::zero(), false));
		}

		Self::deposit_event(Event::QuorumEscalated {
			task: id,
			revealed: revealed.len() as u32,
			largest_agreement: largest,
		});
		match model.kind {
			ModelKind::Verifiable { macs, .. } => {
				let (expected, code_len) = Self::reexecute(task.model, &task.input)?;
				let output: Vec<u8> = expected.iter().map(|b| *b as u8).collect();
				let output: OutputOf<T> =
					output.try_into().map_err(|_| Error::<T>::OutputShapeMismatch)?;
				let worker_was_right = revealed.iter().any(|r| **r == output);
				Self::deposit_event(Event::ResultReExecuted { task: id, worker_was_right, macs });
				let verdict = Verdict::Output(output);
				Self::close_quorum(id, task, &commitments, &verdict, |_| {
					SettlementRoute::ReExecuted
				})?;
				Ok((T::WeightInfo::challenge_reexecute(code_len), false))
			},
			ModelKind::Opaque { .. } | ModelKind::Committed { .. } => {
				let ruling_due = frame_system::Pallet::<T>::block_number()
					.saturating_add(T::ArbitrationPeriod::get());
				Self::enter_stage(id, &mut task, TaskStatus::Disputed { ruling_due });
				Tasks::<T>::insert(id, task);
				Ok((Weight::zero(), false))
			},
		}
	}

	pub(crate) fn do_rule_quorum(id: TaskId, output: Option<OutputOf<T>>) -> DispatchResult {
		let (mut task, _) = Self::task_in_stage(
			id,
			|task| match task.status {
				TaskStatus::Disputed { ruling_due } if task.replicas > 1 => Some(ruling_due),
				_ => None,
			},
			Error::<T>::NotDisputed,
			Error::<T>::ArbitrationClosed,
		)?;
		let (upheld, count) = match output {
			Some(output) => {
				Self::check_output_shape(task.model, &output)?;
				let commitments = Commitments::<T>::get(id);
				let mut revealers = commitments
					.iter()
					.enumerate()
					.filter(|(_, c)| c.revealed.as_ref() == Some(&output))
					.map(|(i, _)| u8::try_from(i).map_err(|_| Error::<T>::Overflow));
				let first = revealers.next().transpose()?;
				let count = first.map_or(0, |_| 1 + revealers.count() as u32);
				(first, count)
			},
			None => (None, 0),
		};

		let now = frame_system::Pallet::<T>::block_number();
		Self::enter_stage(id, &mut task, TaskStatus::Ruled { at: now, upheld });
		Tasks::<T>::insert(id, task);
		Self::deposit_event(Event::QuorumRuled { task: id, upheld: count });
		Ok(())
	}

	/// Ends a ruled quorum task: the workers that revealed the upheld commitment's output win;
	/// without one, every worker loses its bond and the requester is refunded.
	pub(crate) fn settle_ruling(id: TaskId, task: TaskOf<T>, upheld: Option<u8>) -> DispatchResult {
		let commitments = Commitments::<T>::get(id);
		let right =
			upheld.and_then(|i| commitments.get(usize::from(i))).and_then(|c| c.revealed.clone());
		if upheld.is_some() && right.is_none() {
			defensive!("a ruling upholds a revealed commitment");
		}
		let verdict = right.map_or(Verdict::NoneRight, Verdict::Output);
		Self::close_quorum(id, task, &commitments, &verdict, |_| SettlementRoute::Arbitrated)
	}

	/// Ends a quorum task by `verdict`: winners share the reward and keep their bonds, losers are
	/// slashed (their slashed shares split among the winners), and a task without winners refunds
	/// its requester. `route` gets the number of winners.
	/// The commitments and reveals stay in storage with the ended task as its record.
	pub(crate) fn close_quorum(
		id: TaskId,
		task: TaskOf<T>,
		commitments: &CommitmentsOf<T>,
		verdict: &Verdict<T>,
		route: impl FnOnce(u8) -> SettlementRoute,
	) -> DispatchResult {
		let is_winner = |c: &CommitmentOf<T>| match verdict {
			Verdict::Output(o) => c.revealed.as_ref() == Some(o),
			Verdict::NoneRight => false,
			Verdict::EveryRevealer => c.revealed.is_some(),
		};
		let winners: Vec<T::AccountId> =
			commitments.iter().filter(|c| is_winner(c)).map(|c| c.worker.clone()).collect();
		let bonds = commitments
			.iter()
			.map(|c| {
				let fate = if is_winner(c) {
					Fate::Released
				} else {
					Fate::Slashed { winners: winners.clone() }
				};
				(c.worker.clone(), fate)
			})
			.collect();
		let route = route(winners.len() as u8);
		Self::conclude(id, task, Outcome { route, paid: winners, bonds, challenge: None })
	}
}
