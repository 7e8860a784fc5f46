use crate::{mock::*, Error, Event, HoldReason, Unbonding, Workers};
use frame_support::{assert_noop, assert_ok};

#[test]
fn register_worker_holds_stake() {
	ExtBuilder::default().build_and_execute(|| {
		register_worker(CHARLIE);
		assert_eq!(held(HoldReason::WorkerStake, CHARLIE), MIN_WORKER_STAKE);
		assert_eq!(free(CHARLIE), INITIAL_BALANCE - MIN_WORKER_STAKE);
		let worker = Workers::<Test>::get(CHARLIE).unwrap();
		assert_eq!((worker.stake, worker.bonded, worker.unbonding), (MIN_WORKER_STAKE, 0, None));
		assert_eq!(
			market_events(),
			vec![Event::WorkerRegistered { worker: CHARLIE, stake: MIN_WORKER_STAKE }]
		);
	});
}

#[test]
fn register_worker_errors() {
	ExtBuilder::default().balance(POOR, MIN_WORKER_STAKE - 1).build_and_execute(|| {
		assert_noop!(
			Market::register_worker(RuntimeOrigin::signed(CHARLIE), MIN_WORKER_STAKE - 1),
			Error::<Test>::StakeTooLow
		);
		assert_noop!(
			Market::register_worker(RuntimeOrigin::signed(POOR), MIN_WORKER_STAKE),
			sp_runtime::TokenError::FundsUnavailable
		);
		register_worker(CHARLIE);
		assert_noop!(
			Market::register_worker(RuntimeOrigin::signed(CHARLIE), MIN_WORKER_STAKE),
			Error::<Test>::AlreadyWorker
		);
	});
}

#[test]
fn add_stake_works() {
	ExtBuilder::default().build_and_execute(|| {
		register_worker(CHARLIE);
		assert_ok!(Market::add_stake(RuntimeOrigin::signed(CHARLIE), 25));
		assert_eq!(Workers::<Test>::get(CHARLIE).unwrap().stake, MIN_WORKER_STAKE + 25);
		assert_eq!(held(HoldReason::WorkerStake, CHARLIE), MIN_WORKER_STAKE + 25);
		assert_eq!(
			market_events().last(),
			Some(&Event::StakeAdded { worker: CHARLIE, amount: 25, stake: MIN_WORKER_STAKE + 25 })
		);
	});
}

#[test]
fn add_stake_errors() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Market::add_stake(RuntimeOrigin::signed(CHARLIE), 5),
			Error::<Test>::NotWorker
		);
		register_worker(CHARLIE);
		assert_noop!(
			Market::add_stake(RuntimeOrigin::signed(CHARLIE), 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			Market::add_stake(RuntimeOrigin::signed(CHARLIE), u128::MAX),
			Error::<Test>::Overflow
		);
		assert_noop!(
			Market::add_stake(RuntimeOrigin::signed(CHARLIE), INITIAL_BALANCE),
			sp_runtime::TokenError::FundsUnavailable
		);
	});
}

#[test]
fn unbond_and_withdraw_after_the_period() {
	ExtBuilder::default().build_and_execute(|| {
		register_worker(CHARLIE);
		assert_ok!(Market::add_stake(RuntimeOrigin::signed(CHARLIE), 30));
		assert_ok!(Market::unbond(RuntimeOrigin::signed(CHARLIE), 30));
		let unlocks_at = 1 + UNBONDING_PERIOD;
		assert_eq!(
			Workers::<Test>::get(CHARLIE).unwrap().unbonding,
			Some(Unbonding { amount: 30, unlocks_at })
		);
		assert_eq!(
			market_events().last(),
			Some(&Event::UnbondingStarted { worker: CHARLIE, amount: 30, unlocks_at })
		);
		run_to_block(unlocks_at - 1);
		assert_noop!(
			Market::withdraw_unbonded(RuntimeOrigin::signed(CHARLIE)),
			Error::<Test>::StillUnbonding
		);
		run_to_block(unlocks_at);
		assert_ok!(Market::withdraw_unbonded(RuntimeOrigin::signed(CHARLIE)));
		assert_eq!(held(HoldReason::WorkerStake, CHARLIE), MIN_WORKER_STAKE);
		assert_eq!(free(CHARLIE), INITIAL_BALANCE - MIN_WORKER_STAKE);
		assert_eq!(Workers::<Test>::get(CHARLIE).unwrap().unbonding, None);
		assert_eq!(
			market_events().last(),
			Some(&Event::StakeWithdrawn { worker: CHARLIE, amount: 30, stake: MIN_WORKER_STAKE })
		);
	});
}

#[test]
fn unbond_errors() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Market::unbond(RuntimeOrigin::signed(CHARLIE), 1), Error::<Test>::NotWorker);
		register_worker(CHARLIE);
		assert_noop!(Market::unbond(RuntimeOrigin::signed(CHARLIE), 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Market::unbond(RuntimeOrigin::signed(CHARLIE), MIN_WORKER_STAKE + 1),
			Error::<Test>::InsufficientFreeStake
		);
		// Bonded stake cannot be unbonded.
		let model = register_opaque_model();
		let task = post(model, b"hello");
		submit(CHARLIE, task, b"world");
		assert_noop!(
			Market::unbond(RuntimeOrigin::signed(CHARLIE), MIN_WORKER_STAKE - BOND + 1),
			Error::<Test>::InsufficientFreeStake
		);
		assert_ok!(Market::unbond(RuntimeOrigin::signed(CHARLIE), 10));
		assert_noop!(
			Market::unbond(RuntimeOrigin::signed(CHARLIE), 10),
			Error::<Test>::AlreadyUnbonding
		);
	});
}

#[test]
fn withdraw_errors() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Market::withdraw_unbonded(RuntimeOrigin::signed(CHARLIE)),
			Error::<Test>::NotWorker
		);
		register_worker(CHARLIE);
		assert_noop!(
			Market::withdraw_unbonded(RuntimeOrigin::signed(CHARLIE)),
			Error::<Test>::NotUnbonding
		);
	});
}

/// A griefer keeps a worker bonded with a quorum that never fills: its unbonded stake still
/// comes out, and the bond stays covered by what is left.
#[test]
fn a_worker_kept_bonded_by_a_never_filling_quorum_still_withdraws() {
	ExtBuilder::default().build_and_execute(|| {
		register_worker(CHARLIE);
		assert_ok!(Market::add_stake(RuntimeOrigin::signed(CHARLIE), 100));
		assert_ok!(Market::unbond(RuntimeOrigin::signed(CHARLIE), 100));
		let model = register_tiny_model();
		let task = post_replicated(model, &[1, 2, 3, 4], 3);
		commit(CHARLIE, task, &[4, 6]);
		run_to_block(1 + UNBONDING_PERIOD);

		assert_ok!(Market::withdraw_unbonded(RuntimeOrigin::signed(CHARLIE)));
		let worker = Workers::<Test>::get(CHARLIE).unwrap();
		assert_eq!((worker.stake, worker.bonded, worker.unbonding), (MIN_WORKER_STAKE, BOND, None));
		assert_eq!(held(HoldReason::WorkerStake, CHARLIE), MIN_WORKER_STAKE);
		assert_eq!(
			market_events().last(),
			Some(&Event::StakeWithdrawn { worker: CHARLIE, amount: 100, stake: MIN_WORKER_STAKE })
		);
	});
}
