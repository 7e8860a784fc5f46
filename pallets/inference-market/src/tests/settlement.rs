use crate::{
	mock::*, DueAt, Error, Event, HoldReason, Payout, RouteTotal, RouteTotals, SettleCursor,
	SettlementRoute, TaskStatus, Tasks, Workers,
};
use frame_support::{assert_noop, assert_ok, traits::Hooks};

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
		let window_end = 1 + PERIOD;
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
		frame_system::Pallet::<Test>::set_block_number(2 + PERIOD);
		assert_ok!(Market::finalize(RuntimeOrigin::signed(EVE), task));
		assert!(matches!(
			status(task),
			TaskStatus::Settled { route: SettlementRoute::Optimistic, .. }
		));
		assert_noop!(
			Market::finalize(RuntimeOrigin::signed(EVE), task),
			Error::<Test>::TaskSettled
		);
		// The stale queue entry is skipped by the hook.
		Market::on_initialize(2 + PERIOD);
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
		// MAX_DUE_PER_BLOCK tasks expire in block DEADLINE + 1, more spill into the next block.
		let tasks: Vec<_> = (0..MAX_DUE_PER_BLOCK + 2).map(|_| post(model, b"q")).collect();
		assert_eq!(DueAt::<Test>::get(DEADLINE + 1).len() as u32, MAX_DUE_PER_BLOCK);
		assert_eq!(DueAt::<Test>::get(DEADLINE + 2).len(), 2);
		run_to_block(DEADLINE);
		let expired = || RouteTotals::<Test>::get(SettlementRoute::Expired).tasks;

		// One step reads the queue, the other MAX_SETTLEMENTS_PER_BLOCK - 1 settle tasks.
		let per_block = (MAX_SETTLEMENTS_PER_BLOCK - 1) as u64;
		run_to_block(DEADLINE + 1);
		assert_eq!(expired(), per_block);
		assert_eq!(SettleCursor::<Test>::get(), Some(DEADLINE + 1));
		run_to_block(DEADLINE + 2);
		assert_eq!(expired(), 2 * per_block);
		run_to_block(DEADLINE + 3);
		assert_eq!(expired(), tasks.len() as u64);
		for task in tasks {
			assert!(matches!(status(task), TaskStatus::Settled { .. }));
		}
		assert!(SettleCursor::<Test>::get().unwrap() > DEADLINE + 2);
	});
}

#[test]
fn hook_weight_grows_with_the_steps_taken_only() {
	ExtBuilder::default().build_and_execute(|| {
		// Nothing queued: the hook does nothing.
		assert_eq!(SettleCursor::<Test>::get(), None);
		assert_eq!(Market::on_initialize(2), <() as crate::WeightInfo>::settle_due_tasks(0));
		let model = register_opaque_model();
		post(model, b"q");
		run_to_block(DEADLINE + 1);
		assert_eq!(RouteTotals::<Test>::get(SettlementRoute::Expired).tasks, 1);
	});
}
