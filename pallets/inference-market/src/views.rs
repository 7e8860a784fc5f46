//! Read-only views for clients: a task with everything submitted for it, a worker's record, the
//! tasks a worker was drawn for and can answer (paged), and the trust report. They back both the pallet's
//! view functions and the market's runtime API.

use crate::{
	pallet::*, OpenTasksPage, RouteTotal, SettlementRoute, TaskDetails, TaskId, TaskStatus,
	TrustReport,
};
use alloc::vec::Vec;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill, SaturatedConversion,
};

/// Most index entries one page of open tasks looks at.
pub const MAX_OPEN_TASKS_PAGE: u32 = 64;

/// One page of an index: `limit` entries (at least one, at most [`MAX_OPEN_TASKS_PAGE`]) from
/// `entries`, which iterates the index from the page's start, and the key to pass as `after`
/// for the next page (`None` at the end of the index), `key` telling an entry's key.
pub(crate) fn page_by<E, K>(
	entries: impl Iterator<Item = E>,
	limit: u32,
	key: impl Fn(&E) -> K,
) -> (Vec<E>, Option<K>) {
	let limit = limit.clamp(1, MAX_OPEN_TASKS_PAGE) as usize;
	let mut entries: Vec<E> = entries.take(limit.saturating_add(1)).collect();
	let next = (entries.len() > limit).then(|| {
		entries.truncate(limit);
		entries.last().map(&key)
	});
	(entries, next.flatten())
}

/// [`page_by`] over an index of task identifiers.
pub(crate) fn page(
	keys: impl Iterator<Item = TaskId>,
	limit: u32,
) -> (Vec<TaskId>, Option<TaskId>) {
	page_by(keys, limit, |id| *id)
}

/// A task with its submission, commitments and challenge, of this runtime.
pub type TaskDetailsOf<T> = TaskDetails<
	TaskOf<T>,
	SubmissionOf<T>,
	CommitmentOf<T>,
	ChallengeOf<T>,
	BalanceOf<T>,
	SeatOf<T>,
>;

impl<T: Config> Pallet<T> {
	/// A task with everything submitted for it, or `None` for an unknown task.
	pub fn task_details(id: TaskId) -> Option<TaskDetailsOf<T>> {
		let task = Tasks::<T>::get(id)?;
		Some(TaskDetails {
			audit_fee: task.audit_fee,
			drawn: task.draw.seats.clone().into_inner(),
			task,
			submission: Submissions::<T>::get(id),
			commitments: Commitments::<T>::get(id).into_inner(),
			challenge: Challenges::<T>::get(id),
			game: Games::<T>::get(id),
		})
	}

	/// The tasks `worker` was drawn for and can answer now, by identifier after task `after`,
	/// at most `limit` (1 to [`MAX_OPEN_TASKS_PAGE`]) of them: its seats not answered yet,
	/// within their time, on tasks still open, whose record deposit (of the model's longest
	/// output; the draw locked the bond) its free stake covers. Pass the page's `next` as
	/// `after` to go on.
	pub fn open_tasks_for(
		worker: T::AccountId,
		after: Option<TaskId>,
		limit: u32,
	) -> OpenTasksPage<TaskOf<T>> {
		let mut seats = OpenSeats::<T>::get(&worker).into_inner();
		seats.sort();
		let from = after.map_or(0, |after| seats.partition_point(|id| *id <= after));
		let (keys, next) = page(seats.into_iter().skip(from), limit);
		let free = Workers::<T>::get(&worker).map(|w| Self::free_stake(&w));
		let now = frame_system::Pallet::<T>::block_number();
		let tasks = keys
			.into_iter()
			.filter_map(|id| Tasks::<T>::get(id).map(|task| (id, task)))
			.filter(|(_, task)| {
				task.status == TaskStatus::Open
					&& free.is_some_and(|free| free >= Self::commitment_deposit(task.model))
					&& Self::can_answer(task, &worker, now)
			})
			.collect();
		OpenTasksPage { tasks, next }
	}

	/// Whether `worker` holds a seat on `task` it may answer in block `now`.
	fn can_answer(task: &TaskOf<T>, worker: &T::AccountId, now: BlockNumberFor<T>) -> bool {
		task.draw.seats.iter().any(|s| &s.worker == worker && !s.answered && now <= s.answer_by)
	}

	/// Tasks and value per route, and the shares of value that were checked on chain and
	/// cross-checked by a quorum, out of the value of tasks that ended with a result.
	pub fn trust_report() -> TrustReport<BalanceOf<T>> {
		let mut report = TrustReport::<BalanceOf<T>> {
			optimistic: RouteTotal::default(),
			re_executed: RouteTotal::default(),
			audited: RouteTotal::default(),
			dissected: RouteTotal::default(),
			forfeited: RouteTotal::default(),
			quorum: RouteTotal::default(),
			arbitrated: RouteTotal::default(),
			unresolved: RouteTotal::default(),
			expired: RouteTotal::default(),
			cancelled: RouteTotal::default(),
			verified_on_chain: Perbill::zero(),
			cross_checked: Perbill::zero(),
		};
		let mut with_result: BalanceOf<T> = Zero::zero();
		// One entry per route, and per (agreeing, of) pair of quorum routes: bounded by
		// `MaxReplicas` squared.
		for (route, total) in RouteTotals::<T>::iter() {
			let slot = match route {
				SettlementRoute::Optimistic => &mut report.optimistic,
				SettlementRoute::ReExecuted => &mut report.re_executed,
				SettlementRoute::Audited => &mut report.audited,
				SettlementRoute::Dissected => &mut report.dissected,
				SettlementRoute::Forfeited => &mut report.forfeited,
				SettlementRoute::Quorum { .. } => &mut report.quorum,
				SettlementRoute::Arbitrated => &mut report.arbitrated,
				SettlementRoute::Unresolved => &mut report.unresolved,
				SettlementRoute::Expired => &mut report.expired,
				SettlementRoute::Cancelled => &mut report.cancelled,
			};
			slot.tasks = slot.tasks.saturating_add(total.tasks);
			slot.value = slot.value.saturating_add(total.value);
			if route.had_result() {
				with_result = with_result.saturating_add(total.value);
			}
		}
		let share = |value: BalanceOf<T>| {
			if with_result.is_zero() {
				Perbill::zero()
			} else {
				Perbill::from_rational(
					value.saturated_into::<u128>(),
					with_result.saturated_into::<u128>(),
				)
			}
		};
		report.verified_on_chain = share(
			report
				.re_executed
				.value
				.saturating_add(report.audited.value)
				.saturating_add(report.dissected.value),
		);
		report.cross_checked = share(report.quorum.value);
		report
	}
}
