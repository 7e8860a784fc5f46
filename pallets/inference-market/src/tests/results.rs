use crate::{mock::*, Error, Event, Submissions, TaskStatus, Tasks, Workers};
use frame_support::{assert_noop, assert_ok};

#[test]
fn submit_result_locks_bond_and_opens_window() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let task = post(model, &[1, 2, 3, 4]);
		seat(task, &[CHARLIE]);
		assert_eq!(System::block_number(), DRAWN);
		assert_eq!(Workers::<Test>::get(CHARLIE).unwrap().bonded, BOND, "locked by the draw");
		submit(CHARLIE, task, &[4, 6]);
		let window_end = DRAWN + PERIOD;
		assert_eq!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Submitted { window_end });
		let submission = Submissions::<Test>::get(task).unwrap();
		assert_eq!((submission.worker, submission.submitted_at), (CHARLIE, DRAWN));
		assert_eq!(submission.output.into_inner(), vec![4, 6]);
		let worker = Workers::<Test>::get(CHARLIE).unwrap();
		assert_eq!((worker.bonded, worker.stats.served), (BOND, 1));
		assert_eq!(
			market_events().last(),
			Some(&Event::ResultSubmitted { task, worker: CHARLIE, window_end })
		);
	});
}

#[test]
fn submit_result_on_the_deadline_block_is_accepted() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		// A deadline before the end of the response period: the seat's time ends with it.
		let deadline = DRAWN + 1;
		let task = post_on(model, b"q", terms(REWARD, BOND, deadline, PERIOD, 1));
		seat(task, &[CHARLIE]);
		assert_eq!(draw_of(task).unwrap().seats[0].answer_by, deadline);
		run_to_block(deadline);
		submit(CHARLIE, task, b"a");
	});
}

fn submit_as(who: AccountId, task: u64, output: &[u8]) -> frame_support::dispatch::DispatchResult {
	Market::submit_result(RuntimeOrigin::signed(who), task, output.to_vec().try_into().unwrap())
}

#[test]
fn submit_result_errors() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(submit_as(CHARLIE, 0, &[4, 6]), Error::<Test>::UnknownTask);
		let model = register_tiny_model();
		let task = post(model, &[1, 2, 3, 4]);
		let quorum = post_replicated(model, &[1, 2, 3, 4], 2);
		register_worker(CHARLIE);
		assert_noop!(submit_as(CHARLIE, task, &[4, 6]), Error::<Test>::NotDrawn);
		seat(task, &[CHARLIE]);
		assert_noop!(submit_as(CHARLIE, quorum, &[4, 6]), Error::<Test>::QuorumTask);
		register_worker(BOB);
		assert_noop!(submit_as(BOB, task, &[4, 6]), Error::<Test>::RequesterCannotServe);
		register_worker(EVE);
		assert_noop!(submit_as(EVE, task, &[4, 6]), Error::<Test>::NotDrawn);
		assert_noop!(submit_as(CHARLIE, task, &[4, 6, 8]), Error::<Test>::OutputShapeMismatch);
		// The result's deposit must fit the free stake left beside the drawn bond; stake that
		// is unbonding is not free.
		RecordDepositBase::set(1);
		let bonded = Workers::<Test>::get(CHARLIE).unwrap().bonded;
		assert_ok!(Market::unbond(RuntimeOrigin::signed(CHARLIE), MIN_WORKER_STAKE - bonded));
		assert_noop!(submit_as(CHARLIE, task, &[4, 6]), Error::<Test>::InsufficientFreeStake);
		RecordDepositBase::set(0);
		submit(CHARLIE, task, &[4, 6]);
		assert_noop!(submit_as(CHARLIE, task, &[4, 6]), Error::<Test>::TaskNotOpen);
		assert_noop!(submit_as(EVE, task, &[4, 6]), Error::<Test>::TaskNotOpen);
	});
}

#[test]
fn submit_result_after_the_deadline_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		let task = post(model, b"q");
		seat(task, &[CHARLIE]);
		// The hook expires the task in the block after its deadline; before it runs, the
		// deadline check rejects the result.
		frame_system::Pallet::<Test>::set_block_number(DEADLINE + 1);
		assert_noop!(submit_as(CHARLIE, task, b"a"), Error::<Test>::DeadlinePassed);
	});
}
