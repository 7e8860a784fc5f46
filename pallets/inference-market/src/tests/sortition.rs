//! Sortition: workers opt in to models, tasks of those models are drawn stake-weighted, only
//! the drawn serve, a silent drawn worker is replaced, and a drawn task cannot be cancelled.

use crate::{mock::*, Candidates, Error, Event, SettlementRoute, TaskStatus, Tasks};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::Perbill;

const INPUT: [u8; 4] = [1, 2, 3, 4];
const RIGHT: [u8; 2] = [4, 6];

/// Registers each of `workers` with the minimum stake and opts it in to `model`.
fn serving(model: crate::ModelId, workers: &[AccountId]) {
	for &worker in workers {
		register_worker(worker);
		opt_in(worker, model);
	}
}

fn candidates(model: crate::ModelId) -> Vec<(AccountId, Balance)> {
	Candidates::<Test>::get(model).iter().map(|c| (c.worker, c.stake)).collect()
}

fn submit_as(who: AccountId, task: crate::TaskId) -> frame_support::dispatch::DispatchResult {
	Market::submit_result(RuntimeOrigin::signed(who), task, RIGHT.to_vec().try_into().unwrap())
}

#[test]
fn serve_model_makes_a_candidate_and_updates_its_terms() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		register_worker(CHARLIE);
		assert_ok!(Market::serve_model(RuntimeOrigin::signed(CHARLIE), model, 50));
		assert_eq!(candidates(model), vec![(CHARLIE, MIN_WORKER_STAKE)]);
		assert_ok!(Market::add_stake(RuntimeOrigin::signed(CHARLIE), 30));
		assert_ok!(Market::serve_model(RuntimeOrigin::signed(CHARLIE), model, 60));
		let list = Candidates::<Test>::get(model);
		assert_eq!((list.len(), list[0].max_bond, list[0].stake), (1, 60, MIN_WORKER_STAKE + 30));
		assert!(market_events().contains(&Event::ServingStarted {
			worker: CHARLIE,
			model,
			max_bond: 60,
			stake: MIN_WORKER_STAKE + 30
		}));
		assert_ok!(Market::stop_serving(RuntimeOrigin::signed(CHARLIE), model));
		assert!(candidates(model).is_empty());
		assert!(market_events().contains(&Event::ServingStopped { worker: CHARLIE, model }));
	});
}

#[test]
fn serve_model_errors() {
	ExtBuilder::default().balance(POOR, 1_000).build_and_execute(|| {
		let model = register_tiny_model();
		register_worker(CHARLIE);
		assert_noop!(
			Market::serve_model(RuntimeOrigin::signed(CHARLIE), 9, MAX_BOND),
			Error::<Test>::UnknownModel
		);
		assert_noop!(
			Market::serve_model(RuntimeOrigin::signed(POOR), model, MAX_BOND),
			Error::<Test>::NotWorker
		);
		assert_noop!(
			Market::serve_model(RuntimeOrigin::signed(CHARLIE), model, MIN_TASK_BOND - 1),
			Error::<Test>::BondTooLow
		);
		assert_noop!(
			Market::stop_serving(RuntimeOrigin::signed(CHARLIE), model),
			Error::<Test>::NotServing
		);
	});
}

/// A full list takes a newcomer only in place of a candidate with less stake: crowding the
/// list with accounts costs more stake than each member it pushes out.
#[test]
fn a_full_candidate_list_takes_a_worker_only_for_one_with_less_stake() {
	let accounts: Vec<AccountId> = (10..10 + u64::from(MAX_CANDIDATES) + 2).collect();
	let mut builder = ExtBuilder::default();
	for who in &accounts {
		builder = builder.balance(*who, 10_000);
	}
	builder.build_and_execute(|| {
		let model = register_tiny_model();
		let (members, rest) = accounts.split_at(MAX_CANDIDATES as usize);
		for (i, who) in members.iter().enumerate() {
			register_worker_with(*who, MIN_WORKER_STAKE + 10 * i as Balance);
			opt_in(*who, model);
		}
		let (equal, richer) = (rest[0], rest[1]);
		register_worker_with(equal, MIN_WORKER_STAKE);
		assert_noop!(
			Market::serve_model(RuntimeOrigin::signed(equal), model, MAX_BOND),
			Error::<Test>::CandidateListFull
		);
		register_worker_with(richer, MIN_WORKER_STAKE + 1);
		opt_in(richer, model);
		let list = candidates(model);
		assert_eq!(list.len(), MAX_CANDIDATES as usize);
		assert!(list.contains(&(richer, MIN_WORKER_STAKE + 1)));
		assert!(!list.iter().any(|(who, _)| *who == members[0]));
		assert!(market_events().contains(&Event::ServingStopped { worker: members[0], model }));
	});
}

/// Only the drawn worker serves: before the draw nobody may, after it a copier sending the
/// drawn worker's output is refused, and the task view shows the draw with its share.
#[test]
fn only_the_drawn_worker_may_submit_and_a_copier_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		serving(model, &[CHARLIE, DAVE]);
		let task = post(model, &INPUT);
		assert!(matches!(market_events().last(), Some(Event::TaskPosted { draw_at: 3, .. })));
		assert_eq!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Drawing { at: 3 });
		assert_noop!(submit_as(CHARLIE, task), Error::<Test>::NotDrawn);
		// The draw waits two blocks: its randomness comes from a block built after the post.
		run_to_block(2);
		assert!(drawn(task).is_empty());
		run_to_block(3);
		let seated = drawn(task);
		assert_eq!(seated.len(), 1);
		let (worker, copier) = if seated[0] == CHARLIE { (CHARLIE, DAVE) } else { (DAVE, CHARLIE) };
		let details = Market::task_details(task).unwrap();
		assert_eq!(details.drawn[0].share, Perbill::from_percent(50));
		assert_eq!(details.drawn[0].answer_by, 3 + RESPONSE_PERIOD);
		assert_eq!(crate::Workers::<Test>::get(worker).unwrap().bonded, BOND);
		assert!(market_events().contains(&Event::WorkerDrawn {
			task,
			worker,
			share: Perbill::from_percent(50),
			answer_by: 3 + RESPONSE_PERIOD
		}));

		// The copier's transaction with a higher tip would land first: it is refused.
		assert_noop!(submit_as(copier, task), Error::<Test>::NotDrawn);
		assert_ok!(submit_as(worker, task));
		assert_eq!(crate::Workers::<Test>::get(worker).unwrap().bonded, BOND);
		assert!(draw_of(task).unwrap().next.is_none());
		assert!(Market::task_details(task).unwrap().drawn[0].answered);
		let window_end = match Tasks::<Test>::get(task).unwrap().status {
			TaskStatus::Submitted { window_end } => window_end,
			status => panic!("not submitted: {status:?}"),
		};
		run_to_block(window_end + 1);
		assert!(matches!(
			Tasks::<Test>::get(task).unwrap().status,
			TaskStatus::Settled { route: SettlementRoute::Optimistic, .. }
		));
		assert_eq!(crate::Workers::<Test>::get(worker).unwrap().bonded, 0);
	});
}

/// The requester may cancel until a worker is drawn, never after: an output seen in the pool
/// cannot be taken for free.
#[test]
fn the_requester_cannot_cancel_once_a_worker_is_drawn() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		register_worker(CHARLIE);
		opt_in(CHARLIE, model);
		let early = post(model, &INPUT);
		let task = post(model, &INPUT);
		assert_ok!(Market::cancel_task(RuntimeOrigin::signed(BOB), early));
		run_to_draw(task);
		assert_eq!(drawn(task), vec![CHARLIE]);
		assert_noop!(
			Market::cancel_task(RuntimeOrigin::signed(BOB), task),
			Error::<Test>::WorkersDrawn
		);
		assert_ok!(submit_as(CHARLIE, task));
	});
}

/// A drawn worker that stays silent forfeits `NoShowPenalty` of its bond (burned: the requester
/// gains nothing from it), leaves the model's candidates and is replaced by a new draw.
#[test]
fn a_silent_drawn_worker_forfeits_part_of_its_bond_and_is_replaced() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		serving(model, &[CHARLIE, DAVE]);
		let task = post(model, &INPUT);
		run_to_draw(task);
		let silent = drawn(task)[0];
		let other = if silent == CHARLIE { DAVE } else { CHARLIE };
		let answer_by = draw_of(task).unwrap().seats[0].answer_by;
		let (bob, issuance) = (free(BOB), Balances::total_issuance());
		run_to_block(answer_by);
		assert_eq!(drawn(task), vec![silent]);
		run_to_block(answer_by + 1);

		let penalty = NoShowPenalty::get().mul_floor(BOND);
		assert!(penalty > 0);
		assert_eq!(free(BOB), bob);
		assert_eq!(Balances::total_issuance(), issuance - penalty);
		let record = crate::Workers::<Test>::get(silent).unwrap();
		assert_eq!((record.stake, record.bonded), (MIN_WORKER_STAKE - penalty, 0));
		assert_eq!(candidates(model), vec![(other, MIN_WORKER_STAKE)]);
		assert_eq!(drawn(task), vec![other]);
		assert!(market_events().contains(&Event::WorkerNoShow { task, worker: silent, penalty }));
		assert_noop!(submit_as(silent, task), Error::<Test>::NotDrawn);
		assert_ok!(submit_as(other, task));
	});
}

/// A drawn worker that never answers and has no one to replace it: the task expires at its
/// deadline, the worker forfeiting the same share.
#[test]
fn a_drawn_task_nobody_answers_expires_and_the_silent_worker_forfeits() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		register_worker(CHARLIE);
		opt_in(CHARLIE, model);
		let task = post(model, &INPUT);
		run_to_block(DEADLINE + 1);
		assert!(matches!(
			Tasks::<Test>::get(task).unwrap().status,
			TaskStatus::Settled { route: SettlementRoute::Expired, .. }
		));
		let penalty = NoShowPenalty::get().mul_floor(BOND);
		let record = crate::Workers::<Test>::get(CHARLIE).unwrap();
		assert_eq!((record.stake, record.bonded), (MIN_WORKER_STAKE - penalty, 0));
	});
}

/// Posts for a model nobody serves cannot keep the hook drawing for their whole lifetime: a
/// task whose seat stays empty is drawn at most `MAX_EMPTY_DRAWS` times, a response period
/// apart, and then only waits for its deadline, where it expires and its requester is refunded.
#[test]
fn a_task_nobody_can_serve_is_drawn_at_most_three_times_then_waits_for_its_deadline() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let deadline = MAX_TASK_LIFETIME;
		let task = post_on(model, &INPUT, terms(REWARD, BOND, deadline, PERIOD, 1));
		let before = Balances::free_balance(BOB);
		let draws_made = || {
			market_events()
				.iter()
				.filter(|e| matches!(e, Event::DrawFellShort { task: t, .. } if *t == task))
				.count() as u8
		};
		run_to_block(DRAWN);
		for attempt in 1..=crate::sortition::MAX_EMPTY_DRAWS {
			let draw = draw_of(task).unwrap();
			assert_eq!(draw.empty_draws, attempt);
			assert_eq!(draws_made(), attempt);
			let next = DRAWN + u64::from(attempt) * RESPONSE_PERIOD;
			if attempt < crate::sortition::MAX_EMPTY_DRAWS {
				assert_eq!(draw.next, Some(next));
				run_to_block(next);
			} else {
				// Not queued again: the hook leaves it alone until its deadline.
				assert_eq!(draw.next, None);
			}
		}
		// A worker opting in later is not drawn for it; the requester may cancel and repost.
		register_worker(CHARLIE);
		opt_in(CHARLIE, model);
		run_to_block(deadline);
		assert_eq!(draws_made(), crate::sortition::MAX_EMPTY_DRAWS);
		assert!(drawn(task).is_empty());
		run_to_block(deadline + 1);
		assert!(settled(task, SettlementRoute::Expired, crate::Payout::RequesterRefunded));
		assert!(Balances::free_balance(BOB) > before);
	});
}

/// A seat left empty because its only candidate is busy (all its seats taken) is drawn again
/// without using up the task's empty draws, and goes to the worker once it has answered.
#[test]
fn a_draw_that_finds_only_busy_workers_is_not_counted_against_the_task() {
	ExtBuilder::default().build_and_execute(|| {
		MaxOpenSeats::set(1);
		let model = register_tiny_model();
		register_worker(CHARLIE);
		opt_in(CHARLIE, model);
		let deadline = MAX_TASK_LIFETIME;
		let first = post_on(model, &INPUT, terms(REWARD, BOND, deadline, PERIOD, 1));
		let waiting = post_on(model, &INPUT, terms(REWARD, BOND, deadline, PERIOD, 1));
		run_to_block(DRAWN);
		// Both are drawn in the same block: Charlie takes one, and is busy for the other.
		let (served, waiting) =
			if drawn(first) == vec![CHARLIE] { (first, waiting) } else { (waiting, first) };
		assert_eq!(drawn(served), vec![CHARLIE]);
		assert!(drawn(waiting).is_empty());
		let draw = draw_of(waiting).unwrap();
		assert_eq!(draw.empty_draws, 0, "a busy candidate does not count");
		let next = draw.next.expect("drawn again");
		assert_eq!(next, DRAWN + RESPONSE_PERIOD);
		System::assert_has_event(
			Event::DrawFellShort { task: waiting, empty: 1, next_draw: Some(next) }.into(),
		);
		assert_ok!(submit_as(CHARLIE, served));
		run_to_block(next);
		assert_eq!(drawn(waiting), vec![CHARLIE]);
	});
}

/// Selection is proportional to stake, so splitting a stake over accounts gains nothing: one
/// account with 30,000 and three with 10,000 each are drawn equally often.
#[test]
fn selection_is_proportional_to_stake_however_it_is_split() {
	let (whole, split) = (10, [11, 12, 13]);
	let mut builder = ExtBuilder::default();
	for who in [whole].iter().chain(split.iter()) {
		builder = builder.balance(*who, 100_000);
	}
	builder.build_and_execute(|| {
		// Every task is drawn in one block: let each worker hold all of them.
		MaxOpenSeats::set(300);
		let model = register_tiny_model();
		register_worker_with(whole, 30_000);
		opt_in(whole, model);
		for who in split {
			register_worker_with(who, 10_000);
			opt_in(who, model);
		}
		let tasks: Vec<_> = (0..300).map(|_| post(model, &INPUT)).collect();
		let at = match Tasks::<Test>::get(tasks[0]).unwrap().status {
			TaskStatus::Drawing { at } => at,
			status => panic!("not waiting for its draw: {status:?}"),
		};
		System::set_block_number(at);
		for task in &tasks {
			assert_ok!(Market::draw_task(*task, Tasks::<Test>::get(task).unwrap(), at));
		}
		let seats: Vec<AccountId> = tasks.iter().map(|t| drawn(*t)[0]).collect();
		let to_whole = seats.iter().filter(|w| **w == whole).count();
		// Binomial(300, 1/2): 150 with a standard deviation of 8.7; four of them either way.
		assert!((115..=185).contains(&to_whole), "the whole stake won {to_whole} of 300");
		for who in split {
			let won = seats.iter().filter(|w| **w == who).count();
			assert!((25..=75).contains(&won), "a third of the split stake won {won} of 300");
		}
		assert_eq!(draw_of(tasks[0]).unwrap().seats[0].answer_by, at + RESPONSE_PERIOD);
		// Leave the chain consistent: each drawn worker answers.
		for task in &tasks {
			assert_ok!(submit_as(drawn(*task)[0], *task));
		}
	});
}

/// A candidate whose stake fell since it opted in is drawn by its true stake: the pick that hit
/// its stale weight is redone after the weight is corrected.
#[test]
fn a_stale_weight_is_corrected_before_it_wins_a_seat() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		register_worker_with(CHARLIE, 1_000);
		opt_in(CHARLIE, model);
		assert_ok!(Market::unbond(RuntimeOrigin::signed(CHARLIE), 800));
		run_to_block(1 + UNBONDING_PERIOD);
		assert_ok!(Market::withdraw_unbonded(RuntimeOrigin::signed(CHARLIE)));
		assert_eq!(candidates(model), vec![(CHARLIE, 1_000)]);
		let task = post(model, &INPUT);
		run_to_draw(task);
		assert_eq!(candidates(model), vec![(CHARLIE, 200)]);
		assert_eq!(drawn(task), vec![CHARLIE]);
	});
}

/// A drawn quorum: only its `k` drawn workers commit; it then reveals and settles as any
/// quorum.
#[test]
fn a_drawn_quorum_takes_commitments_from_its_drawn_workers_only() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		serving(model, &[CHARLIE, DAVE, EVE]);
		let task = post_replicated(model, &INPUT, 2);
		run_to_draw(task);
		let seated = drawn(task);
		assert_eq!(seated.len(), 2);
		let outsider = [CHARLIE, DAVE, EVE].into_iter().find(|w| !seated.contains(w)).unwrap();
		let hash = Market::commitment_hash(&RIGHT, &salt_of(outsider), &outsider);
		assert_noop!(
			Market::commit_result(RuntimeOrigin::signed(outsider), task, hash),
			Error::<Test>::NotDrawn
		);
		for worker in &seated {
			commit(*worker, task, &RIGHT);
		}
		for worker in &seated {
			reveal(*worker, task, &RIGHT);
		}
		assert_ok!(Market::finalize(RuntimeOrigin::signed(outsider), task));
		run_to_block(System::block_number() + 1);
		assert!(matches!(
			Tasks::<Test>::get(task).unwrap().status,
			TaskStatus::Settled { route: SettlementRoute::Quorum { agreeing: 2, of: 2 }, .. }
		));
	});
}

/// A requester floods a model with tasks to draw its worker into more than it can answer (here
/// one answer a block, as an offchain worker's budget allows, against five tasks drawn at once
/// and three blocks to answer: without the bound, one would be a no-show). The worker holds at
/// most `MaxOpenSeats` unanswered seats, the other tasks wait for it, and it answers every seat
/// it is given in time. Nothing is forfeit; the flood only costs the requester its fees.
#[test]
fn a_flood_of_tasks_cannot_draw_a_live_worker_into_no_shows() {
	ExtBuilder::default().build_and_execute(|| {
		MaxOpenSeats::set(2);
		let model = register_tiny_model();
		register_worker_with(CHARLIE, 10 * MIN_WORKER_STAKE);
		opt_in(CHARLIE, model);
		let tasks: Vec<_> = (0..5).map(|_| post(model, &INPUT)).collect();
		run_to_draw(tasks[0]);
		let seated: Vec<_> = tasks.iter().filter(|t| !drawn(**t).is_empty()).copied().collect();
		assert_eq!(seated.len(), 2);
		assert_eq!(crate::OpenSeats::<Test>::get(CHARLIE).into_inner(), seated);
		// Answering frees the seats; the waiting tasks are drawn at their retry.
		let mut answered = Vec::new();
		while answered.len() < tasks.len() && System::block_number() <= DEADLINE {
			for task in &tasks {
				let mine = drawn(*task) == vec![CHARLIE];
				let open = Tasks::<Test>::get(task).unwrap().status == TaskStatus::Open;
				if mine && open && !answered.contains(task) {
					assert_ok!(submit_as(CHARLIE, *task));
					answered.push(*task);
					// One answer a block.
					break;
				}
			}
			run_to_block(System::block_number() + 1);
		}
		assert_eq!(answered.len(), tasks.len());
		assert!(!market_events().iter().any(|e| matches!(e, Event::WorkerNoShow { .. })));
		assert_eq!(crate::Workers::<Test>::get(CHARLIE).unwrap().stats.slashed, 0);
	});
}

/// Candidates that start unbonding their whole stake cannot keep their weight to make the draw
/// miss on them: the first pick of each corrects its weight to the stake it keeps.
#[test]
fn an_unbonding_candidate_loses_its_weight_at_its_first_pick() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		register_worker_with(CHARLIE, 1_000);
		opt_in(CHARLIE, model);
		register_worker(DAVE);
		opt_in(DAVE, model);
		assert_ok!(Market::unbond(RuntimeOrigin::signed(CHARLIE), 990));
		for _ in 0..3 {
			let task = post(model, &INPUT);
			run_to_draw(task);
			assert_eq!(drawn(task), vec![DAVE]);
			assert_ok!(submit_as(DAVE, task));
		}
		assert_eq!(candidates(model), vec![(CHARLIE, 10), (DAVE, MIN_WORKER_STAKE)]);
	});
}

/// A worker cannot join once a draw's randomness is known: an opt-in counts from two blocks
/// on, so one made in the block whose randomness decides the draw is not drawn.
#[test]
fn a_late_opt_in_is_not_drawn_by_the_draw_its_block_decides() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		register_worker(CHARLIE);
		opt_in(CHARLIE, model);
		register_worker(DAVE);
		let task = post(model, &INPUT);
		// Block 2 gives the randomness of the draw in block 3.
		run_to_block(2);
		opt_in(DAVE, model);
		run_to_draw(task);
		assert_eq!(drawn(task), vec![CHARLIE]);
		assert_eq!(Market::task_details(task).unwrap().drawn[0].share, Perbill::one());
	});
}
