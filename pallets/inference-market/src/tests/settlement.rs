use crate::{
	mock::*, ContestedCursor, DueAt, Error, Event, HoldReason, Payout, RouteTotal, RouteTotals,
	SettleCursor, SettlementRoute, TaskStatus, Tasks, Workers,
};
use frame_support::{assert_noop, assert_ok, traits::Hooks};

/// The deadline of [`post_expiring`]'s tasks.
const EXPIRES: BlockNumber = 2;

/// Posts from Bob a task whose deadline, [`EXPIRES`], comes before its draw: the hook expires
/// it in the block after, without drawing.
fn post_expiring(model: crate::ModelId) -> u64 {
	post_on(model, b"q", terms(REWARD, BOND, EXPIRES, PERIOD, 1))
}

fn status(task: u64) -> TaskStatus<BlockNumber> {
	Tasks::<Test>::get(task).unwrap().status
}

#[test]
fn unchallenged_result_settles_optimistically_in_the_block_after_the_window() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let task = post(model, &[1, 2, 3, 4]);
		register_worker(CHARLIE);
		submit(CHARLIE, task, &[4, 6]);
		let window_end = DRAWN + PERIOD;
		run_to_block(window_end);
		assert_eq!(status(task), TaskStatus::Submitted { window_end });
		assert_noop!(Market::finalize(RuntimeOrigin::signed(EVE), task), Error::<Test>::NotDue);
		run_to_block(window_end + 1);
		assert_eq!(
			status(task),
			TaskStatus::Settled {
				route: SettlementRoute::Optimistic,
				payout: Payout::WorkerPaid,
				at: window_end + 1
			}
		);
		assert_eq!(free(CHARLIE), INITIAL_BALANCE - MIN_WORKER_STAKE + REWARD);
		assert_eq!(free(BOB), INITIAL_BALANCE - REWARD);
		assert_eq!(held(HoldReason::TaskReward, BOB), 0);
		let worker = Workers::<Test>::get(CHARLIE).unwrap();
		assert_eq!((worker.bonded, worker.stats.settled), (0, 1));
		assert_eq!(
			RouteTotals::<Test>::get(SettlementRoute::Optimistic),
			RouteTotal { tasks: 1, value: REWARD }
		);
		assert_eq!(
			market_events().last(),
			Some(&Event::TaskSettled {
				task,
				route: SettlementRoute::Optimistic,
				payout: Payout::WorkerPaid,
				reward: REWARD
			})
		);
	});
}

#[test]
fn anyone_may_finalize_a_due_task() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		let task = post(model, b"q");
		register_worker(CHARLIE);
		submit(CHARLIE, task, b"a");
		// Jump past the window without running the hook.
		frame_system::Pallet::<Test>::set_block_number(DRAWN + 1 + PERIOD);
		assert_ok!(Market::finalize(RuntimeOrigin::signed(EVE), task));
		assert!(matches!(
			status(task),
			TaskStatus::Settled { route: SettlementRoute::Optimistic, .. }
		));
		assert_noop!(
			Market::finalize(RuntimeOrigin::signed(EVE), task),
			Error::<Test>::AlreadySettled
		);
		// The stale queue entry is skipped by the hook.
		Market::on_initialize(DRAWN + 1 + PERIOD);
		assert_eq!(RouteTotals::<Test>::get(SettlementRoute::Optimistic).tasks, 1);
	});
}

#[test]
fn finalize_errors() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Market::finalize(RuntimeOrigin::signed(EVE), 0), Error::<Test>::UnknownTask);
		let model = register_opaque_model();
		let task = post(model, b"q");
		run_to_block(DEADLINE);
		assert_noop!(Market::finalize(RuntimeOrigin::signed(EVE), task), Error::<Test>::NotDue);
		assert_noop!(
			Market::finalize(RuntimeOrigin::none(), task),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn task_without_result_expires_after_its_deadline() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		let task = post(model, b"q");
		run_to_block(DEADLINE);
		assert_eq!(status(task), TaskStatus::Open);
		run_to_block(DEADLINE + 1);
		assert_eq!(
			status(task),
			TaskStatus::Settled {
				route: SettlementRoute::Expired,
				payout: Payout::RequesterRefunded,
				at: DEADLINE + 1
			}
		);
		assert_eq!(free(BOB), INITIAL_BALANCE);
		assert_eq!(
			RouteTotals::<Test>::get(SettlementRoute::Expired),
			RouteTotal { tasks: 1, value: REWARD }
		);
	});
}

#[test]
fn hook_settles_at_most_its_bound_per_block_and_catches_up() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		// Five tasks expire from the same block (before their draw), more than one block may
		// settle.
		let tasks: Vec<_> = (0..5).map(|_| post_expiring(model)).collect();
		run_to_block(EXPIRES);
		let expired = || RouteTotals::<Test>::get(SettlementRoute::Expired).tasks;
		// Each block, two steps pass the (empty) blocks of the contested and the draw queues
		// first.
		let per_block = MAX_SETTLEMENTS_PER_BLOCK as u64 - 2;

		run_to_block(EXPIRES + 1);
		assert_eq!(expired(), per_block);
		assert_eq!(SettleCursor::<Test>::get(), Some(EXPIRES + 1));
		assert_eq!(ContestedCursor::<Test>::get(), Some(EXPIRES + 2));
		run_to_block(EXPIRES + 2);
		assert_eq!(expired(), 2 * per_block);
		// The last task, then the emptied block passed.
		run_to_block(EXPIRES + 3);
		assert_eq!(expired(), 5);
		assert_eq!(SettleCursor::<Test>::get(), Some(EXPIRES + 2));
		run_to_block(EXPIRES + 4);
		assert_eq!(SettleCursor::<Test>::get(), Some(EXPIRES + 4));
		for task in tasks {
			assert!(matches!(status(task), TaskStatus::Settled { .. }));
		}
		assert_eq!(DueAt::<Test>::iter_prefix_values(EXPIRES + 1).count(), 0);
	});
}

/// Settlement backlog: cheap posts due in one block do not delay a ruling due in the next.
#[test]
fn contested_settlements_do_not_queue_behind_uncontested_ones() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		register_worker(CHARLIE);
		let disputed = post(model, b"q");
		submit(CHARLIE, disputed, b"a");
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), disputed, MIN_CHALLENGE_BOND));
		// Twenty posts, seven blocks of hook work, all due in DEADLINE + 1.
		let spam: Vec<_> = (0..20).map(|_| post(model, b"spam")).collect();
		run_to_block(DEADLINE + 1);
		assert_ok!(Market::rule(RuntimeOrigin::root(), disputed, true));
		run_to_block(DEADLINE + 2);
		assert!(matches!(
			status(disputed),
			TaskStatus::Settled { route: SettlementRoute::Arbitrated, .. }
		));
		assert!(spam.iter().any(|task| !matches!(status(*task), TaskStatus::Settled { .. })));
	});
}

#[test]
fn hook_weight_counts_the_steps_it_takes() {
	ExtBuilder::default().build_and_execute(|| {
		let weight = |n| <() as crate::WeightInfo>::settle_due_tasks(n);
		// Nothing ever queued: no work.
		assert_eq!(Market::on_initialize(2), weight(0));
		let model = register_opaque_model();
		for _ in 0..5 {
			post_expiring(model);
		}
		run_to_block(EXPIRES);
		// Cursor is ahead of the block: nothing to do.
		assert_eq!(Market::on_initialize(EXPIRES), weight(0));
		frame_system::Pallet::<Test>::set_block_number(EXPIRES + 1);
		// More due tasks than the bound: exactly the bound is spent.
		assert_eq!(Market::on_initialize(EXPIRES + 1), weight(MAX_SETTLEMENTS_PER_BLOCK));
		frame_system::Pallet::<Test>::set_block_number(EXPIRES + 2);
		// Three tasks left: the contested and draw queues' empty blocks and two of them.
		assert_eq!(Market::on_initialize(EXPIRES + 2), weight(MAX_SETTLEMENTS_PER_BLOCK));
		frame_system::Pallet::<Test>::set_block_number(EXPIRES + 3);
		// The last one and the emptied block; the contested and draw queues' blocks.
		assert_eq!(Market::on_initialize(EXPIRES + 3), weight(MAX_SETTLEMENTS_PER_BLOCK));
		assert_eq!(RouteTotals::<Test>::get(SettlementRoute::Expired).tasks, 5);
	});
}

#[test]
fn hook_stops_where_its_weight_budget_ends() {
	ExtBuilder::default().build_and_execute(|| {
		let weight = |n| <() as crate::WeightInfo>::settle_due_tasks(n);
		let worst_step = Market::max_step_weight();
		// A budget for the base, the contested and draw queues' empty blocks and one worst-case
		// step: whatever the step count allows, one task a block is settled, each step charged
		// what it used.
		let per_step = weight(1).saturating_sub(weight(0));
		MaxHookWeight::set(
			weight(0).saturating_add(per_step.saturating_mul(2)).saturating_add(worst_step),
		);
		let model = register_opaque_model();
		let tasks: Vec<_> = (0..3).map(|_| post_expiring(model)).collect();
		run_to_block(EXPIRES);
		let expired =
			|| tasks.iter().filter(|t| matches!(status(**t), TaskStatus::Settled { .. })).count();
		for (block, settled) in [(EXPIRES + 1, 1), (EXPIRES + 2, 2), (EXPIRES + 3, 3)] {
			frame_system::Pallet::<Test>::set_block_number(block);
			assert_eq!(Market::on_initialize(block), weight(3));
			assert_eq!(expired(), settled);
		}
		assert_eq!(RouteTotals::<Test>::get(SettlementRoute::Expired).tasks, 3);
	});
}
