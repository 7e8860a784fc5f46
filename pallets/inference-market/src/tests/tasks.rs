use crate::{
	mock::*, Error, Event, HoldReason, Models, Payout, RouteTotal, RouteTotals, SettlementRoute,
	TaskStatus, Tasks,
};
use frame_support::{assert_noop, assert_ok};

#[test]
fn post_task_escrows_reward() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let task = post(model, &[1, 2, 3, 4]);
		assert_eq!(held(HoldReason::TaskReward, BOB), REWARD);
		assert_eq!(free(BOB), INITIAL_BALANCE - REWARD);
		let stored = Tasks::<Test>::get(task).unwrap();
		assert_eq!(stored.requester, BOB);
		assert_eq!(stored.status, TaskStatus::Drawing { at: 3 });
		assert_eq!((stored.reward, stored.worker_bond, stored.deadline), (REWARD, BOND, DEADLINE));
		assert_eq!(
			market_events().last(),
			Some(&Event::TaskPosted {
				task,
				requester: BOB,
				model,
				reward: REWARD,
				fee: 0,
				audit_fee: 0,
				deadline: DEADLINE,
				replicas: 1,
				draw_at: 3,
			})
		);
		// The model counts the task from its draw on.
		assert_eq!(Models::<Test>::get(model).unwrap().open_tasks, 0);
		run_to_draw(task);
		assert_eq!(Models::<Test>::get(model).unwrap().open_tasks, 1);
	});
}

#[test]
fn the_market_fee_is_paid_on_top_of_the_reward_and_burned_whatever_becomes_of_the_task() {
	ExtBuilder::default().balance(POOR, 50).build_and_execute(|| {
		MarketFee::set(sp_runtime::Perbill::from_percent(3));
		let model = register_tiny_model();
		let issuance = Balances::total_issuance();
		// 3 % of 40, rounded up: 2.
		let task = post(model, &[1, 2, 3, 4]);
		assert_eq!(Market::market_fee(REWARD), 2);
		assert_eq!(held(HoldReason::TaskReward, BOB), REWARD);
		assert_eq!(free(BOB), INITIAL_BALANCE - REWARD - 2);
		assert_eq!(Balances::total_issuance(), issuance - 2);
		assert!(matches!(market_events().last(), Some(Event::TaskPosted { fee: 2, .. })));

		// Cancelled, the reward comes back and the fee does not.
		assert_ok!(Market::cancel_task(RuntimeOrigin::signed(BOB), task));
		assert_eq!(free(BOB), INITIAL_BALANCE - 2);

		// A reward of the minimum still pays a fee: it rounds up.
		assert_eq!(Market::market_fee(MIN_REWARD), 1);
		// A requester who can pay the reward but not the fee too posts nothing.
		let poor = Market::post_task(
			RuntimeOrigin::signed(POOR),
			model,
			vec![1, 2, 3, 4].try_into().unwrap(),
			terms(49, BOND, DEADLINE, PERIOD, 1),
		);
		assert_noop!(poor, sp_runtime::TokenError::FundsUnavailable);
	});
}

fn post_with(
	model: u32,
	input: &[u8],
	reward: Balance,
	bond: Balance,
	deadline: BlockNumber,
	period: BlockNumber,
) -> frame_support::dispatch::DispatchResult {
	Market::post_task(
		RuntimeOrigin::signed(BOB),
		model,
		input.to_vec().try_into().unwrap(),
		terms(reward, bond, deadline, period, 1),
	)
}

#[test]
fn post_task_errors() {
	ExtBuilder::default().balance(POOR, 3).build_and_execute(|| {
		let model = register_tiny_model();
		let input = [1u8, 2, 3, 4];
		assert_noop!(
			post_with(9, &input, REWARD, BOND, DEADLINE, PERIOD),
			Error::<Test>::UnknownModel
		);
		assert_noop!(
			post_with(model, &[1, 2, 3], REWARD, BOND, DEADLINE, PERIOD),
			Error::<Test>::InputShapeMismatch
		);
		assert_noop!(
			post_with(model, &input, MIN_REWARD - 1, BOND, DEADLINE, PERIOD),
			Error::<Test>::RewardTooLow
		);
		assert_noop!(
			post_with(model, &input, REWARD, MIN_TASK_BOND - 1, DEADLINE, PERIOD),
			Error::<Test>::BondTooLow
		);
		// The deadline must lie after this block (1) and within MaxTaskLifetime.
		assert_noop!(
			post_with(model, &input, REWARD, BOND, 1, PERIOD),
			Error::<Test>::DeadlineOutOfBounds
		);
		assert_noop!(
			post_with(model, &input, REWARD, BOND, 2 + MAX_TASK_LIFETIME, PERIOD),
			Error::<Test>::DeadlineOutOfBounds
		);
		assert_ok!(post_with(model, &input, REWARD, BOND, 1 + MAX_TASK_LIFETIME, PERIOD));
		assert_noop!(
			post_with(model, &input, REWARD, BOND, DEADLINE, MIN_CHALLENGE_PERIOD - 1),
			Error::<Test>::ChallengePeriodOutOfBounds
		);
		assert_noop!(
			post_with(model, &input, REWARD, BOND, DEADLINE, MAX_CHALLENGE_PERIOD + 1),
			Error::<Test>::ChallengePeriodOutOfBounds
		);
		assert_noop!(
			post_with(model, &input, u128::MAX, BOND, DEADLINE, PERIOD),
			sp_runtime::TokenError::FundsUnavailable
		);
		assert_noop!(
			post_default_terms(POOR, model, &input, 1),
			sp_runtime::TokenError::FundsUnavailable
		);
		for replicas in [0, MAX_REPLICAS as u8 + 1] {
			assert_noop!(
				post_default_terms(BOB, model, &input, replicas),
				Error::<Test>::ReplicasOutOfBounds
			);
		}
	});
}

#[test]
fn post_task_queues_the_task_for_its_draw_then_for_the_block_after_its_deadline() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		let task = post(model, b"x");
		assert!(crate::DueAt::<Test>::contains_key(DRAWN, task));
		// The hook has not run yet: the first task sets its cursor.
		assert_eq!(crate::SettleCursor::<Test>::get(), Some(DRAWN));
		run_to_draw(task);
		assert!(!crate::DueAt::<Test>::contains_key(DRAWN, task));
		assert!(crate::DueAt::<Test>::contains_key(DEADLINE + 1, task));
	});
}

#[test]
fn on_a_running_chain_queueing_a_task_leaves_the_hook_cursor() {
	ExtBuilder::default().build_and_execute(|| {
		// The hook ran with nothing queued: its cursor is the next block.
		run_to_block(2);
		assert_eq!(crate::SettleCursor::<Test>::get(), Some(3));
		let model = register_opaque_model();
		let task = post(model, b"x");
		assert!(crate::DueAt::<Test>::contains_key(2 + crate::sortition::DRAW_DELAY as u64, task));
		assert_eq!(crate::SettleCursor::<Test>::get(), Some(3));
		run_to_block(5);
		assert_eq!(crate::SettleCursor::<Test>::get(), Some(6));
	});
}

#[test]
fn cancel_task_refunds_requester() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		let task = post(model, b"prompt");
		assert_ok!(Market::cancel_task(RuntimeOrigin::signed(BOB), task));
		assert_eq!(held(HoldReason::TaskReward, BOB), 0);
		assert_eq!(free(BOB), INITIAL_BALANCE);
		assert_eq!(
			Tasks::<Test>::get(task).unwrap().status,
			TaskStatus::Settled {
				route: SettlementRoute::Cancelled,
				payout: Payout::RequesterRefunded,
				at: 1
			}
		);
		assert_eq!(
			RouteTotals::<Test>::get(SettlementRoute::Cancelled),
			RouteTotal { tasks: 1, value: REWARD }
		);
		assert_eq!(
			market_events().last(),
			Some(&Event::TaskSettled {
				task,
				route: SettlementRoute::Cancelled,
				payout: Payout::RequesterRefunded,
				reward: REWARD
			})
		);
	});
}

#[test]
fn cancel_task_errors() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Market::cancel_task(RuntimeOrigin::signed(BOB), 0),
			Error::<Test>::UnknownTask
		);
		let model = register_opaque_model();
		let task = post(model, b"prompt");
		assert_noop!(
			Market::cancel_task(RuntimeOrigin::signed(ALICE), task),
			Error::<Test>::NotRequester
		);
		let late = post(model, b"prompt");
		register_worker(CHARLIE);
		submit(CHARLIE, task, b"answer");
		assert_noop!(
			Market::cancel_task(RuntimeOrigin::signed(BOB), task),
			Error::<Test>::TaskNotOpen
		);
		// After the deadline a task expires instead (before the hook gets to it).
		frame_system::Pallet::<Test>::set_block_number(DEADLINE + 1);
		assert_noop!(
			Market::cancel_task(RuntimeOrigin::signed(BOB), late),
			Error::<Test>::DeadlinePassed
		);
		assert_ok!(Market::finalize(RuntimeOrigin::signed(EVE), late));
		assert_noop!(
			Market::cancel_task(RuntimeOrigin::signed(BOB), late),
			Error::<Test>::AlreadySettled
		);
	});
}

#[test]
fn post_task_fails_when_identifiers_run_out() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		crate::NextTaskId::<Test>::put(u64::MAX);
		assert_noop!(
			post_with(model, b"x", REWARD, BOND, DEADLINE, PERIOD),
			Error::<Test>::IdOverflow
		);
	});
}
