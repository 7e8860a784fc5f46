//! Settlement: the two due-task queues, `finalize`, the bounded settling hook, and which
//! outcome each due task ends by (carried out in [`outcome`](crate::outcome)).

use crate::{
	outcome::{Fate, Outcome},
	pallet::*,
	SettlementRoute, TaskId, TaskStatus, WeightInfo, LOG_TARGET,
};
use alloc::vec::Vec;
use frame_support::{defensive, ensure, pallet_prelude::*, storage::with_storage_layer};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating};

/// Most entries of one block the hook reads at a time.
const DUE_PAGE: u32 = 64;

/// The settling hook's three queues: contested tasks are settled before the draws, and those
/// before the uncontested tasks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Queue {
	/// Tasks waiting for a result or in their challenge window (`DueAt`, `SettleCursor`):
	/// what they settle to (`Expired`, `Optimistic`) anyone may also settle with `finalize`.
	Uncontested,
	/// Quorums revealing, disputes and rulings (`ContestedDueAt`, `ContestedCursor`): only
	/// the hook settles them.
	Contested,
	/// Tasks whose workers are to be drawn, or whose drawn workers ran out of time
	/// (`DrawDueAt`, `DrawCursor`): the hook draws them (see [`sortition`](crate::sortition)).
	Draws,
}

impl Queue {
	/// The queue of a task in this stage.
	pub(crate) fn of<B>(status: &TaskStatus<B>) -> Self {
		match status {
			TaskStatus::Open
			| TaskStatus::Drawing { .. }
			| TaskStatus::Submitted { .. }
			| TaskStatus::Settled { .. } => Self::Uncontested,
			TaskStatus::Revealing { .. }
			| TaskStatus::Disputed { .. }
			| TaskStatus::Ruled { .. }
			| TaskStatus::Dissecting { .. } => Self::Contested,
		}
	}

	/// Whether the task is queued under `due`.
	pub(crate) fn contains<T: Config>(self, due: BlockNumberFor<T>, id: TaskId) -> bool {
		match self {
			Self::Uncontested => DueAt::<T>::contains_key(due, id),
			Self::Contested => ContestedDueAt::<T>::contains_key(due, id),
			Self::Draws => DrawDueAt::<T>::contains_key(due, id),
		}
	}

	fn insert<T: Config>(self, due: BlockNumberFor<T>, id: TaskId) {
		match self {
			Self::Uncontested => DueAt::<T>::insert(due, id, ()),
			Self::Contested => ContestedDueAt::<T>::insert(due, id, ()),
			Self::Draws => DrawDueAt::<T>::insert(due, id, ()),
		}
	}

	fn remove<T: Config>(self, due: BlockNumberFor<T>, id: TaskId) {
		match self {
			Self::Uncontested => DueAt::<T>::remove(due, id),
			Self::Contested => ContestedDueAt::<T>::remove(due, id),
			Self::Draws => DrawDueAt::<T>::remove(due, id),
		}
	}

	/// Up to `limit` tasks queued under block `due`.
	fn due_in<T: Config>(self, due: BlockNumberFor<T>, limit: u32) -> Vec<TaskId> {
		let limit = limit as usize;
		match self {
			Self::Uncontested => DueAt::<T>::iter_key_prefix(due).take(limit).collect(),
			Self::Contested => ContestedDueAt::<T>::iter_key_prefix(due).take(limit).collect(),
			Self::Draws => DrawDueAt::<T>::iter_key_prefix(due).take(limit).collect(),
		}
	}

	/// The earliest block the queue may still hold entries under.
	pub(crate) fn cursor<T: Config>(self) -> Option<BlockNumberFor<T>> {
		match self {
			Self::Uncontested => SettleCursor::<T>::get(),
			Self::Contested => ContestedCursor::<T>::get(),
			Self::Draws => DrawCursor::<T>::get(),
		}
	}

	fn set_cursor<T: Config>(self, at: BlockNumberFor<T>) {
		match self {
			Self::Uncontested => SettleCursor::<T>::put(at),
			Self::Contested => ContestedCursor::<T>::put(at),
			Self::Draws => DrawCursor::<T>::put(at),
		}
	}
}

/// What the settling hook may still do in this block.
struct Budget {
	/// Settlement steps left (`MaxSettlementsPerBlock`).
	steps: u32,
	/// Audits left (`MaxAuditsPerBlock`).
	audits: u32,
	/// Weight left (`MaxHookWeight`, less the hook's base weight): a step is taken only if its
	/// worst case fits, and charged what it used.
	weight: Weight,
	/// The worst case of one step ([`Pallet::max_step_weight`]).
	worst_step: Weight,
	/// One step of `settle_due_tasks`: what an empty block passed is charged.
	per_step: Weight,
}

impl Budget {
	/// Whether one more step fits, whatever it turns out to be.
	fn affords_step(&self) -> bool {
		self.steps > 0 && self.worst_step.all_lte(self.weight)
	}

	/// Charges a step of weight `step` (beyond the hook's base).
	fn charge(&mut self, step: Weight) {
		self.steps = self.steps.saturating_sub(1);
		self.weight = self.weight.saturating_sub(step);
	}
}

/// What a task is waiting for.
enum Due {
	/// Nothing yet.
	NotYet,
	/// No result by the deadline.
	Expired,
	/// A task whose workers are to be drawn.
	Draw,
	/// An unchallenged result after its window.
	Optimistic,
	/// A dispute the arbiter left unruled.
	Unresolved,
	/// A quorum task whose reveal period closed.
	Reveals,
	/// A task the arbiter ruled on, with the upheld result.
	Ruled(Option<u8>),
	/// A dissection game whose current move is overdue.
	MoveMissed,
	/// The task has ended and is kept for its retention period.
	Settled,
	/// The task ended more than `RetentionPeriod` blocks ago: it is removed.
	Removal,
}

impl<T: Config> Pallet<T> {
	/// The last block in which a task's current stage can act (submit, challenge, rule, or be
	/// read once it ended); the task is due from the block after it.
	pub(crate) fn stage_end(task: &TaskOf<T>) -> Option<BlockNumberFor<T>> {
		match task.status {
			TaskStatus::Open => Some(task.deadline),
			// Due in the block of its draw, or after its deadline if that comes first.
			TaskStatus::Drawing { at } => Some(at.saturating_sub(One::one()).min(task.deadline)),
			TaskStatus::Revealing { reveal_end } => Some(reveal_end),
			TaskStatus::Submitted { window_end } => Some(window_end),
			TaskStatus::Disputed { ruling_due } => Some(ruling_due),
			TaskStatus::Ruled { at, .. } => Some(at),
			TaskStatus::Dissecting { move_by } => Some(move_by),
			// An ended task waits for its removal.
			TaskStatus::Settled { at, .. } => Some(at.saturating_add(T::RetentionPeriod::get())),
		}
	}

	/// Loads a task in the stage `stage` recognises (it returns the stage's last block) and
	/// checks that the stage is still open in this block. A settled task fails with
	/// `AlreadySettled`, a task in another stage with `wrong_stage`, a stage past its last block
	/// with `closed`.
	pub(crate) fn task_in_stage(
		id: TaskId,
		stage: impl Fn(&TaskOf<T>) -> Option<BlockNumberFor<T>>,
		wrong_stage: Error<T>,
		closed: Error<T>,
	) -> Result<(TaskOf<T>, BlockNumberFor<T>), DispatchError> {
		let task = Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		if matches!(task.status, TaskStatus::Settled { .. }) {
			return Err(Error::<T>::AlreadySettled.into());
		}
		let end = stage(&task).ok_or(wrong_stage)?;
		ensure!(frame_system::Pallet::<T>::block_number() <= end, closed);
		Ok((task, end))
	}

	/// The queue a task waits in and the block from which it is due: the block after its
	/// stage's last block.
	fn due_entry(task: &TaskOf<T>) -> Option<(Queue, BlockNumberFor<T>)> {
		let end = Self::stage_end(task)?;
		Some((Queue::of(&task.status), end.saturating_add(One::one())))
	}

	/// Queues a task to be settled when its current stage is over.
	pub(crate) fn queue(id: TaskId, task: &TaskOf<T>) {
		let Some((queue, due)) = Self::due_entry(task) else { return };
		queue.insert::<T>(due, id);
		if queue.cursor::<T>().is_none_or(|cursor| due < cursor) {
			queue.set_cursor::<T>(due);
		}
	}

	/// Takes a task out of the queue of its current stage.
	pub(crate) fn unqueue(id: TaskId, task: &TaskOf<T>) {
		if let Some((queue, due)) = Self::due_entry(task) {
			queue.remove::<T>(due, id);
		}
	}

	/// Moves a task into a new stage, and its queue entry with it.
	pub(crate) fn enter_stage(
		id: TaskId,
		task: &mut TaskOf<T>,
		status: TaskStatus<BlockNumberFor<T>>,
	) {
		Self::unqueue(id, task);
		task.status = status;
		Self::queue(id, task);
	}

	fn due_state(task: &TaskOf<T>, now: BlockNumberFor<T>) -> Due {
		match task.status {
			TaskStatus::Open | TaskStatus::Drawing { .. } if now > task.deadline => Due::Expired,
			TaskStatus::Drawing { at } if now >= at => Due::Draw,
			TaskStatus::Revealing { reveal_end } if now > reveal_end => Due::Reveals,
			TaskStatus::Submitted { window_end } if now > window_end => Due::Optimistic,
			TaskStatus::Disputed { ruling_due } if now > ruling_due => Due::Unresolved,
			TaskStatus::Ruled { at, upheld } if now > at => Due::Ruled(upheld),
			TaskStatus::Dissecting { move_by } if now > move_by => Due::MoveMissed,
			TaskStatus::Settled { at, .. }
				if now > at.saturating_add(T::RetentionPeriod::get()) =>
			{
				Due::Removal
			},
			TaskStatus::Settled { .. } => Due::Settled,
			_ => Due::NotYet,
		}
	}

	/// `finalize`: settles an uncontested single-worker task that is due (an unchallenged
	/// result after its window that no audit may draw, or no result by the deadline), closes the reveal period of a
	/// quorum task whose workers all revealed, or removes an ended single-worker task past its
	/// retention period. Contested tasks (disputes, quorums) are the hook's, and so is removing
	/// a quorum task: unlocking `k` workers' deposits weighs more than a call may (3x a
	/// transfer at `k` = 4), while a hook step is budgeted for it.
	pub(crate) fn do_finalize(id: TaskId) -> DispatchResult {
		let task = Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		let due = Self::due_state(&task, frame_system::Pallet::<T>::block_number());
		match due {
			Due::Settled => Err(Error::<T>::AlreadySettled.into()),
			Due::Removal if task.replicas == 1 => Self::remove_task(id, task),
			Due::NotYet => match task.status {
				TaskStatus::Revealing { .. } => Self::do_close_reveals(id, task),
				TaskStatus::Ruled { .. } => Err(Error::<T>::SettledByHook.into()),
				_ => Err(Error::<T>::NotDue.into()),
			},
			// An audit's draw and re-execution are the hook's.
			Due::Optimistic if task.audit_fee.is_some() => Err(Error::<T>::SettledByHook.into()),
			// Drawing is the hook's: its randomness must not depend on who calls when.
			Due::Expired if matches!(task.status, TaskStatus::Drawing { .. }) => {
				Err(Error::<T>::SettledByHook.into())
			},
			Due::Optimistic | Due::Expired if task.replicas == 1 => {
				Self::settle(id, task, due).map(|_| ())
			},
			_ => Err(Error::<T>::SettledByHook.into()),
		}
	}

	/// Settles a task that is due. Returns the weight used beyond one step of the hook that
	/// settles a single-worker task (what a quorum's workers and a re-execution add).
	fn settle(id: TaskId, task: TaskOf<T>, due: Due) -> Result<Weight, DispatchError> {
		let quorum_weight = if task.replicas > 1 {
			Self::quorum_step_extra(u32::from(task.replicas))
		} else {
			Weight::zero()
		};
		match due {
			Due::Expired => {
				let route = SettlementRoute::Expired;
				// Drawn workers still silent forfeit part of their bonds; a quorum's workers
				// that committed get theirs back.
				let outcome =
					Outcome { bonds: Self::expiry_bonds(id, &task), ..Outcome::refund(route) };
				Self::conclude(id, task, outcome)?;
			},
			Due::Optimistic => {
				let submission = Submissions::<T>::get(id).ok_or(Error::<T>::NotChallengeable)?;
				let outcome = Outcome::worker_paid(SettlementRoute::Optimistic, submission.worker);
				Self::conclude(id, task, outcome)?;
			},
			Due::Unresolved if task.replicas > 1 => {
				// The arbiter's silence is the optimistic default: every revealer stands.
				let verdict = crate::quorum::Verdict::EveryRevealer;
				let commitments = Commitments::<T>::get(id);
				Self::close_quorum(id, task, &commitments, &verdict, |_| {
					SettlementRoute::Unresolved
				})?;
			},
			Due::Unresolved => {
				// The arbiter's silence is the optimistic default: the worker is paid as if
				// unchallenged, and the challenger forfeits `SilenceBurn` of its bond. The
				// requester, who has the output, pays for it; a challenger cannot deny a worker
				// its reward for free.
				let submission = Submissions::<T>::get(id).ok_or(Error::<T>::NotDisputed)?;
				let challenge = Challenges::<T>::take(id).ok_or(Error::<T>::NotDisputed)?;
				let penalty = T::SilenceBurn::get().mul_floor(challenge.bond);
				let forfeit = Fate::Forfeit { penalty, to: None };
				let outcome = Outcome {
					challenge: Some((challenge, forfeit)),
					..Outcome::worker_paid(SettlementRoute::Unresolved, submission.worker)
				};
				Self::conclude(id, task, outcome)?;
			},
			Due::Removal => {
				let workers = u32::from(task.replicas);
				Self::remove_task(id, task)?;
				return Ok(T::WeightInfo::remove_task(workers)
					.saturating_sub(T::WeightInfo::settle_due_tasks(1)));
			},
			Due::Reveals => {
				// A quorum with an audit fee is put to the draw by `settle_queued` instead.
				let (reexecution, _) = Self::resolve_quorum(id, task, false)?;
				return Ok(quorum_weight.saturating_add(reexecution));
			},
			Due::Ruled(upheld) if task.replicas > 1 => Self::settle_ruling(id, task, upheld)?,
			Due::Ruled(upheld) => Self::settle_dispute_ruling(id, task, upheld.is_some())?,
			Due::MoveMissed => {
				Self::settle_forfeited_game(id, task)?;
				// Beyond a ruling's settlement, the game's record is removed.
				return Ok(T::DbWeight::get().writes(1));
			},
			// The hook draws (see `settle_queued`); `finalize` may not.
			Due::Draw => return Err(Error::<T>::SettledByHook.into()),
			Due::NotYet => return Err(Error::<T>::NotDue.into()),
			Due::Settled => return Err(Error::<T>::AlreadySettled.into()),
		}
		Ok(quorum_weight)
	}

	/// The settling hook: drains the contested queue, then the draws, then the uncontested
	/// queue, each in block order from its cursor. A step is one task settled or drawn, or one
	/// empty block passed; the hook takes at most `MaxSettlementsPerBlock` steps, and only
	/// while the worst case of one more step fits what is left of `MaxHookWeight`. Each step is
	/// charged what it used (a draw of one seat weighs less than a quorum's re-execution), so
	/// a block of cheap steps goes far beyond the count a block of worst cases would allow.
	/// Never iterates over all tasks; what does not fit waits for the next block.
	///
	/// Contested tasks go first so that cheap posts cannot delay a ruling or a quorum's payout:
	/// only a challenge bond, `k` staked commitments or the arbiter put a task in that queue,
	/// while the uncontested queue can also be drained by anyone through `finalize`.
	pub(crate) fn settle_due_tasks(now: BlockNumberFor<T>) -> Weight {
		let base = T::WeightInfo::settle_due_tasks(0);
		let per_step = T::WeightInfo::settle_due_tasks(1).saturating_sub(base);
		let mut budget = Budget {
			steps: T::MaxSettlementsPerBlock::get(),
			audits: T::MaxAuditsPerBlock::get(),
			weight: T::MaxHookWeight::get().saturating_sub(base),
			worst_step: Self::max_step_weight(),
			per_step,
		};
		let available = budget.weight;
		for queue in [Queue::Contested, Queue::Draws, Queue::Uncontested] {
			Self::drain(queue, now, &mut budget);
		}
		base.saturating_add(available.saturating_sub(budget.weight))
	}

	/// Drains one queue from its cursor within the budget, charging each step to it. A task
	/// whose audit draw the budget cannot afford stops the queue for this block: it and what
	/// follows it wait, undrawn.
	fn drain(queue: Queue, now: BlockNumberFor<T>, budget: &mut Budget) {
		let Some(mut cursor) = queue.cursor::<T>() else {
			// Nothing was ever queued: nothing can be due before the next block.
			queue.set_cursor::<T>(now.saturating_add(One::one()));
			return;
		};
		'blocks: while budget.affords_step() && cursor <= now {
			// Read the block's entries a bounded page at a time: the steps the budget may
			// still afford cannot be told before they are taken.
			let due = queue.due_in::<T>(cursor, budget.steps.min(DUE_PAGE));
			if due.is_empty() {
				budget.charge(budget.per_step);
				cursor = cursor.saturating_add(One::one());
				continue;
			}
			for id in due {
				if !budget.affords_step() {
					break 'blocks;
				}
				let used = if queue == Queue::Draws {
					Self::draw_queued_step(cursor, id, now)
				} else {
					match Self::settle_queued(queue, cursor, id, now, &mut budget.audits) {
						Some(used) => used,
						None => break 'blocks,
					}
				};
				budget.charge(used);
			}
		}
		queue.set_cursor::<T>(cursor);
	}

	/// The most one hook step may weigh (beyond the hook's base): a step of `settle_due_tasks`
	/// with the largest quorum escalating to the largest re-execution, an audit of the largest
	/// model or the removal of the largest quorum; or a draw of the largest quorum with every
	/// seat silent.
	pub fn max_step_weight() -> Weight {
		let step = T::WeightInfo::settle_due_tasks(1);
		let reexecution = T::WeightInfo::challenge_reexecute(T::MaxModelBytes::get());
		let audit = T::WeightInfo::settle_audited(T::MaxModelBytes::get()).saturating_sub(step);
		let removal = T::WeightInfo::remove_task(T::MaxReplicas::get()).saturating_sub(step);
		let settlement = Self::settle_step(
			Self::quorum_step_extra(T::MaxReplicas::get())
				.saturating_add(reexecution)
				.max(audit)
				.max(removal),
		);
		let draw = Self::max_draw_step_weight().saturating_add(T::DbWeight::get().reads(2));
		settlement.max(draw)
	}

	/// What settling a quorum of `replicas` workers adds to a hook step over settling a
	/// single-worker task.
	fn quorum_step_extra(replicas: u32) -> Weight {
		T::WeightInfo::settle_quorum(replicas).saturating_sub(T::WeightInfo::settle_due_tasks(1))
	}

	/// Checks that the Config's bounds fit the block limits: the largest re-execution fits one
	/// normal-class extrinsic; the hook's budget (`MaxHookWeight`) leaves the normal class its
	/// share of a block, so that a hook at work never crowds out transactions, and affords at
	/// least one worst-case step after an empty block, so that it always makes progress; and the largest model fits a
	/// normal-class block's length. Run by `integrity_test`.
	pub(crate) fn check_bounds_fit_blocks() {
		use frame_support::dispatch::DispatchClass;
		let weights = <T as frame_system::Config>::BlockWeights::get();
		let normal = weights.get(DispatchClass::Normal);
		let max_extrinsic = normal.max_extrinsic.unwrap_or(weights.max_block);
		let reexecution = T::WeightInfo::challenge_reexecute(T::MaxModelBytes::get());
		assert!(reexecution.all_lte(max_extrinsic), "the largest re-execution must fit a block");
		let hook = T::MaxHookWeight::get();
		// A block's budget must afford the contested and draw queues' empty blocks and the
		// worst step.
		let progress = T::WeightInfo::settle_due_tasks(1)
			.saturating_mul(2)
			.saturating_add(Self::max_step_weight());
		assert!(progress.all_lte(hook), "the hook's budget must afford its worst step");
		let normal_total = normal.max_total.unwrap_or(weights.max_block);
		assert!(
			hook.saturating_add(normal_total)
				.saturating_add(weights.base_block)
				.all_lte(weights.max_block),
			"the hook's budget must leave the normal class its share of a block"
		);
		let length = <T as frame_system::Config>::BlockLength::get();
		assert!(
			T::MaxModelBytes::get().saturating_add(T::MaxNameLen::get())
				< *length.max.get(DispatchClass::Normal),
			"the largest model must fit a normal-class block"
		);
	}

	/// Runs the draw step of a task in the draw queue and returns the weight of its step (beyond
	/// the hook's base). An entry that cannot be drawn (a defect) is dropped; its changes are
	/// rolled back.
	fn draw_queued_step(at: BlockNumberFor<T>, id: TaskId, now: BlockNumberFor<T>) -> Weight {
		match with_storage_layer(|| Self::draw_queued(id, at, now)) {
			// The benchmark of a redraw reads the task itself; the hook reads its queue entry.
			Ok(used) => used.saturating_add(T::DbWeight::get().reads(1)),
			Err(e) => {
				Self::drop_draw_entry(at, id);
				defensive!("queued draws are due and draw");
				log::error!(target: LOG_TARGET, "queued draw of task {id} failed: {e:?}");
				Self::settle_step(Weight::zero())
			},
		}
	}

	/// Settles or draws one queued task and returns the weight of its step (beyond the hook's
	/// base), or `None` if it is due for an audit draw and `audits` (the audits left in this
	/// block) is spent: it waits for the next block. An entry that cannot settle (a defect) is
	/// dropped so the queue keeps moving; its changes are rolled back.
	fn settle_queued(
		queue: Queue,
		at: BlockNumberFor<T>,
		id: TaskId,
		now: BlockNumberFor<T>,
		audits: &mut u32,
	) -> Option<Weight> {
		let result = match Tasks::<T>::get(id) {
			Some(task) => match Self::due_state(&task, now) {
				Due::NotYet | Due::Settled => Err(Error::<T>::NotDue.into()),
				due @ (Due::Optimistic | Due::Reveals) if task.audit_fee.is_some() => {
					if *audits == 0 {
						return None;
					}
					let replicas = u32::from(task.replicas);
					with_storage_layer(|| match due {
						Due::Reveals => {
							Self::resolve_quorum(id, task, true).map(|(used, audited)| {
								(Self::quorum_step_extra(replicas).saturating_add(used), audited)
							})
						},
						_ => Self::settle_unchallenged(id, task),
					})
					.map(|(used, audited)| {
						if audited {
							*audits = audits.saturating_sub(1);
						}
						used
					})
				},
				// A draw is charged its own weight, lighter than a settlement's.
				Due::Draw => {
					return Some(
						with_storage_layer(|| Self::draw_task(id, task, now))
							// The draw's benchmark is handed the task; the hook reads the task
							// and its queue entry.
							.map(|used| used.saturating_add(T::DbWeight::get().reads(2)))
							.unwrap_or_else(|e| {
								queue.remove::<T>(at, id);
								defensive!("queued draws are due and draw");
								log::error!(target: LOG_TARGET, "draw of task {id} failed: {e:?}");
								Self::settle_step(Weight::zero())
							}),
					);
				},
				due => with_storage_layer(|| Self::settle(id, task, due)),
			},
			None => Err(Error::<T>::UnknownTask.into()),
		};
		Some(Self::settle_step(result.unwrap_or_else(|e: DispatchError| {
			queue.remove::<T>(at, id);
			defensive!("queued tasks are due and settle");
			log::error!(target: LOG_TARGET, "queued task {id} did not settle: {e:?}");
			Weight::zero()
		})))
	}

	/// The weight of a hook step settling a task, `extra` beyond a single-worker settlement:
	/// one step of `settle_due_tasks` (less the hook's base) and `extra`.
	fn settle_step(extra: Weight) -> Weight {
		T::WeightInfo::settle_due_tasks(1)
			.saturating_sub(T::WeightInfo::settle_due_tasks(0))
			.saturating_add(extra)
	}
}
