//! Sortition: the workers of a task are drawn, not self-selected.
//!
//! 1. **Opt in.** A registered worker opts in to each model it serves with `serve_model`,
//!    naming the largest task bond it accepts. It becomes one of the model's [`Candidates`],
//!    weighted by its stake. The list is bounded by [`Config::MaxCandidates`]: a worker opting
//!    in to a full list replaces the candidate with the least stake, if it has more. So an
//!    attacker filling the list with accounts must put more stake behind each of them than the
//!    honest worker it pushes out.
//! 2. **Draw.** Every task is posted `Drawing`, and drawn by the settling hook two blocks
//!    after it was posted (from the uncontested queue, where it is due then: posting writes no
//!    entry of its own). No task is open to whoever asks first: a worker that did not opt in
//!    to the model never serves it. The
//!    randomness ([`Config::Randomness`], BABE's VRF output of the block before the draw) comes
//!    from a block built after the post was included, so nobody knew it when the task was
//!    posted. Its author can only withhold that block, for one more draw at the cost of its
//!    slot. Each of the task's `replicas` seats goes to an eligible candidate with probability
//!    proportional to stake. Eligible means: it opted in (or last changed its terms) at least
//!    two blocks before the draw, so before the block whose randomness decides; it accepts the
//!    bond, is not the requester, has not been drawn for this task yet, has fewer than
//!    [`Config::MaxOpenSeats`] unanswered seats, and its free stake covers the bond. So splitting a stake
//!    over accounts gains nothing: the chance of a set of accounts is its share of the
//!    eligible stake, however it is split. A drawn worker's bond is locked at once. Its seat
//!    ([`Seat`]) records its share of the eligible stake and the last block it may answer in
//!    ([`Config::ResponsePeriod`] from the draw, never past the deadline). Seats nobody is
//!    eligible for (a model nobody serves yet) are drawn again a response period later, at most
//!    [`MAX_EMPTY_DRAWS`] draws in all that found nobody, so that posts for a model nobody serves
//!    cannot keep the hook drawing (a draw that passed over busy candidates does not count:
//!    they free up within a response period); a task with no worker by its deadline expires and its requester is
//!    refunded (it may also cancel it while no worker is drawn).
//! 3. **Only the drawn serve.** `submit_result` and `commit_result` accept only a drawn worker
//!    that has not answered, by its `answer_by` block. A copier that sees a drawn worker's
//!    output in the pool and sends it with a higher tip is refused (`NotDrawn`). Once a worker
//!    is drawn the requester cannot cancel (`WorkersDrawn`), so it cannot take an output from
//!    the pool and cancel to keep its reward.
//! 4. **No-shows.** The hook looks at the task again after the earliest `answer_by`. A drawn
//!    worker that did not answer forfeits [`Config::NoShowPenalty`] of its bond (burned, not
//!    paid to the requester: a requester must not profit from posting more tasks than a
//!    worker can answer), leaves the model's candidates (it is presumably offline), and its
//!    seat is drawn again. A task whose deadline passes with seats unanswered expires, and
//!    those workers forfeit the same share. A worker holds at most [`Config::MaxOpenSeats`]
//!    unanswered seats, which its offchain worker can answer within a response period: a
//!    flood of tasks cannot draw a live worker into no-shows.
//!
//! What a block author can bias: a VRF output is fixed by the author's key and slot, and the
//! author can compute it for its own future slots. An author that is also a candidate can so
//! tell, for a draw whose randomness its block gives, whether it would be drawn, and withhold
//! that block (one more draw, at the cost of its slot; fees are burned and there is no block
//! reward on this chain) or leave the post out of the blocks that would lead to it. It cannot
//! change the candidate list in time (opt-ins count from two blocks on) nor the stake weights.
//! So an author-worker gains at most a bias toward tasks whose draw its own slots decide, as
//! with the audits (see [`audits`](crate::audits)).
//!
//! A candidate's weight is the stake recorded when it opted in. When a draw picks a candidate
//! whose stake fell since (a slash, a withdrawal) or that is unbonding, it corrects the weight
//! to its stake less what it unbonds and draws again, so a stale weight never wins a seat, and
//! accounts that unbond their stake cannot keep the draw busy missing them. A candidate that is no longer a worker is dropped. A draw
//! makes at most [`MAX_DRAW_MISSES`] such misses beyond its seats; seats still empty are drawn
//! again after [`Config::ResponsePeriod`], until the deadline.

use crate::{
	outcome::{Fate, Outcome},
	pallet::*,
	Candidate, Seat, SettlementRoute, TaskId, TaskStatus, WeightInfo,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{ensure, pallet_prelude::*, traits::Randomness};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedAdd, One, SaturatedConversion, Saturating},
	Perbill,
};

/// Blocks from a task's post to its draw: the draw's randomness is the VRF output of the block
/// after the one that included the post.
pub const DRAW_DELAY: u32 = 2;

/// Most draws of a task that leave a seat empty with nobody eligible (a draw that passed over
/// busy candidates does not count): its first draw and two more, a response period apart. Then the empty seats wait for the deadline, when the task
/// expires (or for the requester to cancel it): a task of a model nobody serves costs the hook
/// at most three draw steps, not one every response period of its lifetime.
pub const MAX_EMPTY_DRAWS: u8 = 3;

/// Most picks a draw makes beyond the seats it fills: picks of a candidate whose stake fell,
/// that left, or whose free stake does not cover the bond.
pub const MAX_DRAW_MISSES: u32 = 4;

/// What a draw of a task's empty seats did.
struct Filled {
	/// Picks made, seats filled or not.
	picks: u32,
	/// Whether a candidate's weight was corrected or a candidate dropped.
	edited: bool,
	/// Whether a candidate was passed over only for being busy: its stake bonded, or its
	/// seats all taken.
	busy: bool,
}

impl<T: Config> Pallet<T> {
	pub(crate) fn do_serve_model(
		who: T::AccountId,
		model: crate::ModelId,
		max_bond: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(Models::<T>::contains_key(model), Error::<T>::UnknownModel);
		let worker = Workers::<T>::get(&who).ok_or(Error::<T>::NotWorker)?;
		ensure!(worker.stake >= T::MinWorkerStake::get(), Error::<T>::StakeTooLow);
		ensure!(max_bond >= T::MinTaskBond::get(), Error::<T>::BondTooLow);
		let stake = worker.stake;
		let since = frame_system::Pallet::<T>::block_number();
		let entry = Candidate { worker: who.clone(), since, max_bond, stake };
		let mut candidates = Candidates::<T>::get(model);
		let mut evicted = None;
		if let Some(known) = candidates.iter_mut().find(|c| c.worker == who) {
			*known = entry;
		} else if let Err(entry) = candidates.try_push(entry) {
			let (index, least) = candidates
				.iter()
				.enumerate()
				.min_by_key(|(_, c)| c.stake)
				.map(|(i, c)| (i, c.stake))
				.ok_or(Error::<T>::CandidateListFull)?;
			ensure!(stake > least, Error::<T>::CandidateListFull);
			let slot = candidates.get_mut(index).ok_or(Error::<T>::CandidateListFull)?;
			evicted = Some(core::mem::replace(slot, entry).worker);
		}

		Candidates::<T>::insert(model, candidates);
		if let Some(worker) = evicted {
			Self::deposit_event(Event::ServingStopped { worker, model });
		}
		Self::deposit_event(Event::ServingStarted { worker: who, model, max_bond, stake });
		Ok(())
	}

	pub(crate) fn do_stop_serving(who: T::AccountId, model: crate::ModelId) -> DispatchResult {
		let mut candidates = Candidates::<T>::get(model);
		let before = candidates.len();
		candidates.retain(|c| c.worker != who);
		ensure!(candidates.len() < before, Error::<T>::NotServing);

		Candidates::<T>::insert(model, candidates);
		Self::deposit_event(Event::ServingStopped { worker: who, model });
		Ok(())
	}

	fn queue_draw(id: TaskId, at: BlockNumberFor<T>) {
		DrawDueAt::<T>::insert(at, id, ());
		// On a running chain the hook keeps the cursor at the next block: it only moves back
		// for a queue that was never walked.
		if DrawCursor::<T>::get().is_none_or(|cursor| at < cursor) {
			DrawCursor::<T>::put(at);
		}
	}

	/// Takes a task out of the draw queue, if it waits there.
	pub(crate) fn unqueue_draw(id: TaskId, draw: &mut DrawOf<T>) {
		if let Some(at) = draw.next.take() {
			DrawDueAt::<T>::remove(at, id);
		}
	}

	/// Drops the draw queue's entry of task `id` under `at` (a defect's way out).
	pub(crate) fn drop_draw_entry(at: BlockNumberFor<T>, id: TaskId) {
		DrawDueAt::<T>::remove(at, id);
		Tasks::<T>::mutate(id, |task| {
			if let Some(task) = task {
				if task.draw.next == Some(at) {
					task.draw.next = None;
				}
			}
		});
	}

	/// Loads a task open for results for a drawn worker to serve; a task still waiting for its
	/// draw fails with `NotDrawn`.
	pub(crate) fn task_to_serve(
		id: TaskId,
	) -> Result<(TaskOf<T>, BlockNumberFor<T>), DispatchError> {
		Self::open_task(id).map_err(|e| {
			let drawing = Tasks::<T>::get(id)
				.is_some_and(|task| matches!(task.status, TaskStatus::Drawing { .. }));
			if drawing {
				Error::<T>::NotDrawn.into()
			} else {
				e
			}
		})
	}

	/// Checks that `who` holds a seat on `task` that it has not answered, and is within its
	/// time; returns the seat's position, to mark answered with [`Self::record_answer`].
	/// Writes nothing.
	pub(crate) fn seat_to_answer(
		task: &TaskOf<T>,
		who: &T::AccountId,
		now: BlockNumberFor<T>,
	) -> Result<usize, DispatchError> {
		let (seat, position) = task
			.draw
			.seats
			.iter()
			.zip(0..)
			.find(|(s, _)| &s.worker == who)
			.ok_or(Error::<T>::NotDrawn)?;
		ensure!(!seat.answered, Error::<T>::AlreadyCommitted);
		ensure!(now <= seat.answer_by, Error::<T>::AnswerPeriodOver);
		Ok(position)
	}

	/// Marks seat `position` of `task` (`id`), held by `who`, answered, for the caller to
	/// store: the seat leaves the worker's open seats, and the task leaves the draw queue once
	/// every one of its `replicas` seats answered.
	pub(crate) fn record_answer(
		id: TaskId,
		task: &mut TaskOf<T>,
		who: &T::AccountId,
		position: usize,
	) {
		Self::close_seat(who, id);
		if let Some(seat) = task.draw.seats.get_mut(position) {
			seat.answered = true;
		}
		let draw = &mut task.draw;
		if draw.seats.len() == usize::from(task.replicas) && draw.seats.iter().all(|s| s.answered) {
			Self::unqueue_draw(id, draw);
		}
	}

	/// Seat of `who` on task `id` answered or closed.
	fn close_seat(who: &T::AccountId, id: TaskId) {
		OpenSeats::<T>::mutate_exists(who, |open| {
			if let Some(tasks) = open {
				tasks.retain(|task| *task != id);
				if tasks.is_empty() {
					*open = None;
				}
			}
		});
	}

	/// The fates of the drawn workers' bonds when a task expires, their open seats closed: a
	/// worker that answered (a quorum commitment) gets its bond back, one still silent forfeits
	/// `NoShowPenalty` of it.
	pub(crate) fn expiry_bonds(id: TaskId, task: &TaskOf<T>) -> Vec<crate::outcome::BondFate<T>> {
		let penalty = T::NoShowPenalty::get().mul_floor(task.worker_bond);
		let no_show = Fate::Forfeit { penalty, to: None };
		task.draw
			.seats
			.iter()
			.cloned()
			.map(|seat| {
				if !seat.answered {
					Self::close_seat(&seat.worker, id);
				}
				let fate = if seat.answered { Fate::Released } else { no_show.clone() };
				(seat.worker, fate)
			})
			.collect()
	}

	/// The weight of a draw step that made `picks` picks and replaced `no_shows` silent
	/// workers, as benchmarked per pick and per no-show.
	pub(crate) fn draw_step_weight(picks: u32, no_shows: u32) -> Weight {
		let one = T::WeightInfo::draw_workers(1);
		let per_pick = T::WeightInfo::draw_workers(2).saturating_sub(one);
		let mut weight =
			one.saturating_add(per_pick.saturating_mul(u64::from(picks.saturating_sub(1))));
		if no_shows > 0 {
			weight = weight.saturating_add(T::WeightInfo::replace_no_shows(no_shows));
		}
		weight
	}

	/// The heaviest step of the draw queue: every seat of the largest quorum silent, and each
	/// drawn again with every miss a draw may make.
	pub(crate) fn max_draw_step_weight() -> Weight {
		let seats = T::MaxReplicas::get();
		Self::draw_step_weight(seats.saturating_add(MAX_DRAW_MISSES), seats)
	}

	/// The hook's step for a task due in the draw queue under block `at`: replaces the drawn
	/// workers whose time ran out and draws the empty seats, then queues the task again for
	/// its earliest `answer_by`. Returns the weight used.
	pub(crate) fn draw_queued(
		id: TaskId,
		at: BlockNumberFor<T>,
		now: BlockNumberFor<T>,
	) -> Result<Weight, DispatchError> {
		let mut task = Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		ensure!(task.draw.next == Some(at), Error::<T>::NotDue);
		let mut draw = core::mem::take(&mut task.draw);
		Self::unqueue_draw(id, &mut draw);
		ensure!(task.status == TaskStatus::Open, Error::<T>::TaskNotOpen);
		let used = Self::redraw(id, &task, &mut draw, now)?;
		task.draw = draw;
		Tasks::<T>::insert(id, task);
		Ok(used)
	}

	/// The hook's draw of a task waiting in `Drawing`: the task opens for its drawn workers
	/// (until its deadline) and its seats are drawn. Returns the weight used.
	pub(crate) fn draw_task(
		id: TaskId,
		mut task: TaskOf<T>,
		now: BlockNumberFor<T>,
	) -> Result<Weight, DispatchError> {
		ensure!(matches!(task.status, TaskStatus::Drawing { .. }), Error::<T>::NotDue);
		if !Models::<T>::contains_key(task.model) {
			// Its owner retired the model before the draw: nobody can serve the task.
			Self::conclude(id, task, Outcome::refund(SettlementRoute::Cancelled))?;
			return Ok(T::WeightInfo::cancel_task().max(T::WeightInfo::draw_workers(1)));
		}
		// From its draw on the task keeps its model from being retired (posting writes
		// nothing to the model).
		Self::track_model_use(task.model, true)?;
		Self::enter_stage(id, &mut task, TaskStatus::Open);
		let mut draw = DrawOf::<T>::default();
		let used = Self::redraw(id, &task, &mut draw, now)?;
		task.draw = draw;
		Tasks::<T>::insert(id, task);
		Ok(used)
	}

	/// Replaces the drawn workers of `draw` whose time ran out, draws its empty seats, and
	/// queues it for its earliest `answer_by` (or a retry). Returns the weight used.
	fn redraw(
		id: TaskId,
		task: &TaskOf<T>,
		draw: &mut DrawOf<T>,
		now: BlockNumberFor<T>,
	) -> Result<Weight, DispatchError> {
		let mut candidates = Candidates::<T>::get(task.model);
		let mut no_shows = 0u32;
		let penalty = T::NoShowPenalty::get().mul_floor(task.worker_bond);
		let no_show = Fate::Forfeit { penalty, to: None };
		let mut seats: Vec<SeatOf<T>> = Vec::new();
		for seat in core::mem::take(&mut draw.seats).into_inner() {
			if seat.answered || now <= seat.answer_by {
				seats.push(seat);
				continue;
			}
			Self::settle_worker_bond(id, &seat.worker, task.worker_bond, &no_show, false)?;
			Self::close_seat(&seat.worker, id);
			no_shows = no_shows.saturating_add(1);
			// A silent worker leaves the model's candidates: it is presumably offline.
			let before = candidates.len();
			candidates.retain(|c| c.worker != seat.worker);
			if candidates.len() < before {
				let worker = seat.worker.clone();
				Self::deposit_event(Event::ServingStopped { worker, model: task.model });
			}
			Self::deposit_event(Event::WorkerNoShow { task: id, worker: seat.worker, penalty });
		}

		let empty = usize::from(task.replicas).saturating_sub(seats.len()) as u32;
		let mut picks = 0u32;
		let mut changed = no_shows > 0;
		let mut busy = false;
		if empty > 0 && now <= task.deadline {
			let filled = Self::fill_seats(id, task, &mut seats, &mut candidates, empty, now)?;
			picks = filled.picks;
			changed |= filled.edited;
			busy = filled.busy;
		}
		if changed {
			Candidates::<T>::insert(task.model, candidates);
		}

		// Look again after the earliest time to answer, or, with seats still empty, after a
		// response period, at most `MAX_EMPTY_DRAWS` draws in all; past the deadline the task
		// expires instead.
		let pending = seats.iter().filter(|s| !s.answered).map(|s| s.answer_by).min();
		let short = seats.len() < usize::from(task.replicas);
		// A seat left empty only because its candidates were busy (all their seats taken, their
		// stake bonded) is worth drawing again as often as it takes: busy workers free up
		// within a response period, and a worker kept busy pays for it (it must serve or
		// forfeit). Only a draw that found nobody who could ever take the seat counts.
		if short && !busy {
			draw.empty_draws = draw.empty_draws.saturating_add(1);
		}
		let retry = (short && draw.empty_draws < MAX_EMPTY_DRAWS)
			.then(|| now.saturating_add(T::ResponsePeriod::get()));
		let next = match (pending.map(|by| by.saturating_add(One::one())), retry) {
			(Some(a), Some(b)) => Some(a.min(b)),
			(a, b) => a.or(b),
		};
		if short {
			let empty = usize::from(task.replicas).saturating_sub(seats.len()) as u8;
			let next_draw = retry.filter(|at| *at <= task.deadline);
			Self::deposit_event(Event::DrawFellShort { task: id, empty, next_draw });
		}
		draw.seats = BoundedVec::try_from(seats).map_err(|_| Error::<T>::ReplicasOutOfBounds)?;
		if let Some(next) = next.filter(|next| *next <= task.deadline) {
			draw.next = Some(next);
			Self::queue_draw(id, next);
		}
		Ok(Self::draw_step_weight(picks, no_shows))
	}

	/// Draws up to `empty` seats of task `id` among `candidates`, stake-weighted without
	/// replacement.
	fn fill_seats(
		id: TaskId,
		task: &TaskOf<T>,
		seats: &mut Vec<SeatOf<T>>,
		candidates: &mut CandidatesOf<T>,
		empty: u32,
		now: BlockNumberFor<T>,
	) -> Result<Filled, DispatchError> {
		let subject = (b"inference-market/draw", id).encode();
		let seed = match T::Randomness::random(&subject).0 {
			Some(random) => random.encode(),
			// No randomness (tests, benchmarks): the draw is still stake-weighted, from the
			// subject and block alone.
			None => (subject, now).encode(),
		};
		let answer_by = now.saturating_add(T::ResponsePeriod::get()).min(task.deadline);
		let bond = task.worker_bond;
		let mut eligible: Vec<usize> = candidates
			.iter()
			.enumerate()
			.filter(|(_, c)| {
				c.since.saturating_add(DRAW_DELAY.into()) <= now
					&& c.max_bond >= bond
					&& c.worker != task.requester
					&& seats.iter().all(|s| s.worker != c.worker)
			})
			.map(|(i, _)| i)
			.collect();
		let mut dropped: Vec<T::AccountId> = Vec::new();
		let mut edited = false;
		let mut busy = false;
		let (mut picks, mut filled) = (0u32, 0u32);
		while filled < empty && picks < empty.saturating_add(MAX_DRAW_MISSES) {
			let weight_of =
				|i: &usize| candidates.get(*i).map_or(0u128, |c| c.stake.saturated_into());
			let total: u128 =
				eligible.iter().map(weight_of).fold(0u128, |a, w| a.saturating_add(w));
			if total == 0 {
				break;
			}
			let point = Self::draw_point(&seed, picks) % total;
			picks = picks.saturating_add(1);
			let mut position = 0usize;
			let mut reached = 0u128;
			for (p, i) in eligible.iter().enumerate() {
				reached = reached.saturating_add(weight_of(i));
				if point < reached {
					position = p;
					break;
				}
			}
			let index = eligible[position.min(eligible.len().saturating_sub(1))];
			let Some(candidate) = candidates.get_mut(index) else { break };
			let weight: u128 = candidate.stake.saturated_into();
			match Workers::<T>::get(&candidate.worker) {
				None => {
					// No longer a worker: dropped from the list.
					dropped.push(candidate.worker.clone());
					eligible.remove(position);
				},
				Some(worker) if Self::draw_weight(&worker) < candidate.stake => {
					// Its stake fell since it opted in, or it is unbonding: the pick is redone on
					// the true weight.
					candidate.stake = Self::draw_weight(&worker);
					edited = true;
				},
				Some(worker)
					if worker.stake < T::MinWorkerStake::get()
						|| Self::free_stake(&worker) < bond
						|| OpenSeats::<T>::decode_len(&candidate.worker).unwrap_or(0) as u32
							>= T::MaxOpenSeats::get() =>
				{
					// It cannot take this seat now (its stake is bonded, or it holds as many
					// unanswered seats as it may; or it was slashed below the minimum stake):
					// passed over. Busy, unless it was slashed.
					eligible.remove(position);
					busy |= worker.stake >= T::MinWorkerStake::get();
				},
				Some(mut worker) => {
					worker.bonded = worker.bonded.checked_add(&bond).ok_or(Error::<T>::Overflow)?;
					let who = candidate.worker.clone();
					Workers::<T>::insert(&who, worker);
					OpenSeats::<T>::try_mutate(&who, |open| open.try_push(id))
						.map_err(|_| Error::<T>::Overflow)?;
					let share = Perbill::from_rational(weight, total);
					seats.push(Seat { worker: who.clone(), share, answer_by, answered: false });
					eligible.remove(position);
					filled = filled.saturating_add(1);
					Self::deposit_event(Event::WorkerDrawn {
						task: id,
						worker: who,
						share,
						answer_by,
					});
				},
			}
		}
		if !dropped.is_empty() {
			candidates.retain(|c| !dropped.contains(&c.worker));
			edited = true;
		}
		Ok(Filled { picks, edited, busy })
	}

	/// A worker's weight in a draw: its stake, less what it is unbonding (stake on its way out
	/// backs no seat).
	fn draw_weight(worker: &WorkerInfoOf<T>) -> BalanceOf<T> {
		let unbonding = worker.unbonding.as_ref().map(|u| u.amount);
		worker.stake.saturating_sub(unbonding.unwrap_or_default())
	}

	/// The `pick`-th point of a draw from `seed`: 128 uniform bits.
	fn draw_point(seed: &[u8], pick: u32) -> u128 {
		let hash = sp_io::hashing::blake2_256(&(seed, pick).encode());
		let mut bytes = [0u8; 16];
		bytes.copy_from_slice(&hash[..16]);
		u128::from_le_bytes(bytes)
	}
}
