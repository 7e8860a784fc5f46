use crate::{
	mock::*, Challenges, Error, Event, HoldReason, Payout, RouteTotal, RouteTotals,
	SettlementRoute, TaskStatus, Tasks, Workers,
};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

const CHALLENGE_BOND: Balance = 15;

#[test]
fn challenge_of_a_wrong_verifiable_result_slashes_the_worker() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let task = served_task(model, &[1, 2, 3, 4], &[4, 7]);
		let issuance = Balances::total_issuance();

		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));

		// Worker loses its bond: half (10) to Dave, the rest (10) burned.
		let worker = Workers::<Test>::get(CHARLIE).unwrap();
		assert_eq!((worker.stake, worker.bonded), (MIN_WORKER_STAKE - BOND, 0));
		assert_eq!((worker.stats.lost, worker.stats.slashed), (1, BOND));
		assert_eq!(held(HoldReason::WorkerStake, CHARLIE), MIN_WORKER_STAKE - BOND);
		assert_eq!(free(DAVE), INITIAL_BALANCE + BOND / 2);
		assert_eq!(held(HoldReason::ChallengeBond, DAVE), 0);
		assert_eq!(Balances::total_issuance(), issuance - BOND / 2);
		// Requester refunded.
		assert_eq!(free(BOB), INITIAL_BALANCE);
		assert!(settled(task, SettlementRoute::ReExecuted, Payout::RequesterRefunded));
		assert_eq!(
			RouteTotals::<Test>::get(SettlementRoute::ReExecuted),
			RouteTotal { tasks: 1, value: REWARD }
		);
		let events = market_events();
		let n = events.len();
		assert_eq!(
			events[n - 4..],
			[
				Event::ResultChallenged { task, challenger: DAVE, bond: CHALLENGE_BOND },
				Event::ResultReExecuted { task, worker_was_right: false, macs: 8 },
				Event::Slashed {
					task,
					who: CHARLIE,
					amount: BOND,
					to_winner: BOND / 2,
					winner: Some(DAVE)
				},
				Event::TaskSettled {
					task,
					route: SettlementRoute::ReExecuted,
					payout: Payout::RequesterRefunded,
					reward: REWARD
				},
			]
		);
		// Below the minimum stake the worker is not drawn until it tops up.
		let next = post(model, &[0, 0, 0, 0]);
		run_to_draw(next);
		assert!(drawn(next).is_empty());
		assert_noop!(
			Market::submit_result(
				RuntimeOrigin::signed(CHARLIE),
				next,
				vec![0, 0].try_into().unwrap()
			),
			Error::<Test>::NotDrawn
		);
	});
}

#[test]
fn challenge_of_a_right_verifiable_result_slashes_the_challenger() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let task = served_task(model, &[1, 2, 3, 4], &[4, 6]);
		let issuance = Balances::total_issuance();

		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));

		// Challenger loses 15: floor(50%) = 7 to the worker, 8 burned.
		assert_eq!(free(DAVE), INITIAL_BALANCE - CHALLENGE_BOND);
		assert_eq!(free(CHARLIE), INITIAL_BALANCE - MIN_WORKER_STAKE + 7 + REWARD);
		assert_eq!(Balances::total_issuance(), issuance - 8);
		let worker = Workers::<Test>::get(CHARLIE).unwrap();
		assert_eq!((worker.stake, worker.bonded), (MIN_WORKER_STAKE, 0));
		assert_eq!((worker.stats.won, worker.stats.settled, worker.stats.lost), (1, 1, 0));
		assert_eq!(free(BOB), INITIAL_BALANCE - REWARD);
		assert!(settled(task, SettlementRoute::ReExecuted, Payout::WorkerPaid));
		assert!(market_events().contains(&Event::Slashed {
			task,
			who: DAVE,
			amount: CHALLENGE_BOND,
			to_winner: 7,
			winner: Some(CHARLIE)
		}));
	});
}

#[test]
fn challenge_in_the_last_block_of_the_window_is_accepted() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let task = served_task(model, &[1, 2, 3, 4], &[4, 7]);
		run_to_block(DRAWN + PERIOD);
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));
		assert!(settled(task, SettlementRoute::ReExecuted, Payout::RequesterRefunded));
	});
}

fn challenge_as(who: AccountId, task: u64, bond: Balance) -> Result<(), DispatchError> {
	Market::challenge(RuntimeOrigin::signed(who), task, bond).map(|_| ()).map_err(|e| e.error)
}

#[test]
fn challenge_errors() {
	ExtBuilder::default().balance(POOR, 5).build_and_execute(|| {
		assert_noop!(challenge_as(DAVE, 0, CHALLENGE_BOND), Error::<Test>::UnknownTask);
		let model = register_tiny_model();
		let task = post(model, &[1, 2, 3, 4]);
		assert_noop!(challenge_as(DAVE, task, CHALLENGE_BOND), Error::<Test>::NotChallengeable);
		register_worker(CHARLIE);
		submit(CHARLIE, task, &[4, 7]);
		assert_noop!(
			challenge_as(CHARLIE, task, CHALLENGE_BOND),
			Error::<Test>::WorkerCannotChallenge
		);
		assert_noop!(
			challenge_as(DAVE, task, MIN_CHALLENGE_BOND - 1),
			Error::<Test>::ChallengeBondTooLow
		);
		assert_noop!(
			challenge_as(POOR, task, MIN_CHALLENGE_BOND),
			sp_runtime::TokenError::FundsUnavailable
		);
		// The window's last block is DRAWN + PERIOD; in the next one, before the hook, it is closed.
		frame_system::Pallet::<Test>::set_block_number(DRAWN + 1 + PERIOD);
		assert_noop!(
			challenge_as(DAVE, task, CHALLENGE_BOND),
			Error::<Test>::ChallengeWindowClosed
		);
		assert_ok!(Market::finalize(RuntimeOrigin::signed(EVE), task));
		assert_noop!(challenge_as(DAVE, task, CHALLENGE_BOND), Error::<Test>::AlreadySettled);
	});
}

/// A watchtower that loses the race to challenge a wrong result (the cheater challenged itself
/// from a second account first) is refused: it pays for the checks, not for a re-execution.
#[test]
fn a_challenge_refused_before_re_execution_pays_only_for_its_checks() {
	use crate::WeightInfo;
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let task = served_task(model, &[1, 2, 3, 4], &[4, 7]);
		assert_ok!(Market::challenge(RuntimeOrigin::signed(EVE), task, CHALLENGE_BOND));

		let refused = Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND)
			.expect_err("the task is settled");
		assert_eq!(refused.error, Error::<Test>::AlreadySettled.into());
		let checks = <() as WeightInfo>::challenge_opaque();
		assert_eq!(refused.post_info.actual_weight, Some(checks));
		let reserved = <() as WeightInfo>::challenge_reexecute(8192);
		assert!(checks.ref_time() < reserved.ref_time());
	});
}

#[test]
fn challenge_of_an_opaque_result_waits_for_the_arbiter() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		let task = served_task(model, b"prompt", b"answer");
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));
		assert_eq!(
			Tasks::<Test>::get(task).unwrap().status,
			TaskStatus::Disputed { ruling_due: DRAWN + ARBITRATION_PERIOD }
		);
		assert_eq!(held(HoldReason::ChallengeBond, DAVE), CHALLENGE_BOND);
		assert_eq!(Challenges::<Test>::get(task).unwrap().challenger, DAVE);
		assert_noop!(challenge_as(EVE, task, CHALLENGE_BOND), Error::<Test>::NotChallengeable);
		assert_eq!(
			market_events().last(),
			Some(&Event::ResultChallenged { task, challenger: DAVE, bond: CHALLENGE_BOND })
		);
	});
}

#[test]
fn arbiter_rules_for_the_challenger() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		let task = served_task(model, b"prompt", b"answer");
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));
		run_to_block(DRAWN + ARBITRATION_PERIOD);
		assert_ok!(Market::rule(RuntimeOrigin::root(), task, false));
		// Recorded in this block, nothing moved yet; the hook settles in the next one.
		assert_eq!(
			Tasks::<Test>::get(task).unwrap().status,
			TaskStatus::Ruled { at: DRAWN + ARBITRATION_PERIOD, upheld: None }
		);
		assert_eq!(
			market_events().last(),
			Some(&Event::DisputeRuled { task, worker_was_right: false })
		);
		assert_eq!(free(DAVE), INITIAL_BALANCE - CHALLENGE_BOND);
		assert_noop!(
			Market::finalize(RuntimeOrigin::signed(EVE), task),
			Error::<Test>::SettledByHook
		);
		assert_noop!(Market::rule(RuntimeOrigin::root(), task, true), Error::<Test>::NotDisputed);
		run_to_block(DRAWN + 1 + ARBITRATION_PERIOD);

		assert_eq!(free(DAVE), INITIAL_BALANCE + BOND / 2);
		assert_eq!(free(BOB), INITIAL_BALANCE);
		assert_eq!(Workers::<Test>::get(CHARLIE).unwrap().stake, MIN_WORKER_STAKE - BOND);
		assert!(!Challenges::<Test>::contains_key(task));
		assert!(settled(task, SettlementRoute::Arbitrated, Payout::RequesterRefunded));
	});
}

#[test]
fn arbiter_rules_for_the_worker() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		let task = served_task(model, b"prompt", b"answer");
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));
		assert_ok!(Market::rule(RuntimeOrigin::root(), task, true));
		assert_eq!(
			Tasks::<Test>::get(task).unwrap().status,
			TaskStatus::Ruled { at: DRAWN, upheld: Some(0) }
		);
		run_to_block(DRAWN + 1);

		assert_eq!(free(DAVE), INITIAL_BALANCE - CHALLENGE_BOND);
		assert_eq!(free(CHARLIE), INITIAL_BALANCE - MIN_WORKER_STAKE + 7 + REWARD);
		assert_eq!(Workers::<Test>::get(CHARLIE).unwrap().stats.won, 1);
		assert!(settled(task, SettlementRoute::Arbitrated, Payout::WorkerPaid));
		assert_eq!(
			RouteTotals::<Test>::get(SettlementRoute::Arbitrated),
			RouteTotal { tasks: 1, value: REWARD }
		);
	});
}

#[test]
fn rule_errors() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Market::rule(RuntimeOrigin::root(), 0, true), Error::<Test>::UnknownTask);
		let model = register_opaque_model();
		let task = served_task(model, b"prompt", b"answer");
		assert_noop!(Market::rule(RuntimeOrigin::root(), task, true), Error::<Test>::NotDisputed);
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));
		assert_noop!(
			Market::rule(RuntimeOrigin::signed(ALICE), task, true),
			DispatchError::BadOrigin
		);
		// The next block after the arbitration period, before its hook.
		run_to_block(DRAWN + ARBITRATION_PERIOD);
		frame_system::Pallet::<Test>::set_block_number(DRAWN + 1 + ARBITRATION_PERIOD);
		assert_noop!(
			Market::rule(RuntimeOrigin::root(), task, true),
			Error::<Test>::ArbitrationClosed
		);
		// An unruled dispute is the hook's to settle.
		assert_noop!(
			Market::finalize(RuntimeOrigin::signed(EVE), task),
			Error::<Test>::SettledByHook
		);
		frame_system::Pallet::<Test>::set_block_number(DRAWN + ARBITRATION_PERIOD);
		run_to_block(DRAWN + 1 + ARBITRATION_PERIOD);
		assert_noop!(
			Market::rule(RuntimeOrigin::root(), task, true),
			Error::<Test>::AlreadySettled
		);
	});
}

/// A requester who challenges the output it got from a second account, hoping the arbiter
/// stays silent, still pays for it; the challenger forfeits part of its bond.
#[test]
fn a_silent_arbiter_gives_neither_free_inference_nor_free_griefing() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		let task = served_task(model, b"prompt", b"answer");
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));
		let issuance = Balances::total_issuance();
		run_to_block(DRAWN + ARBITRATION_PERIOD);
		assert!(matches!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Disputed { .. }));
		// The hook settles it in the block after the arbitration period.
		run_to_block(DRAWN + 1 + ARBITRATION_PERIOD);
		assert!(settled(task, SettlementRoute::Unresolved, Payout::WorkerPaid));
		let burned = SilenceBurn::get().mul_floor(CHALLENGE_BOND);
		assert!(burned > 0);
		assert_eq!(free(DAVE), INITIAL_BALANCE - burned);
		assert_eq!(held(HoldReason::ChallengeBond, DAVE), 0);
		assert_eq!(free(BOB), INITIAL_BALANCE - REWARD);
		assert_eq!(free(CHARLIE), INITIAL_BALANCE - MIN_WORKER_STAKE + REWARD);
		let worker = Workers::<Test>::get(CHARLIE).unwrap();
		assert_eq!((worker.bonded, worker.stake, worker.stats.settled), (0, MIN_WORKER_STAKE, 1));
		assert_eq!(Balances::total_issuance(), issuance - burned);
		assert_eq!(
			RouteTotals::<Test>::get(SettlementRoute::Unresolved),
			RouteTotal { tasks: 1, value: REWARD }
		);
		let events = market_events();
		assert!(events.contains(&Event::Slashed {
			task,
			who: DAVE,
			amount: burned,
			to_winner: 0,
			winner: None
		}));
		assert_eq!(
			events.last(),
			Some(&Event::TaskSettled {
				task,
				route: SettlementRoute::Unresolved,
				payout: Payout::WorkerPaid,
				reward: REWARD
			})
		);
	});
}

#[test]
fn a_worker_slashed_of_its_whole_stake_keeps_its_record_and_can_stake_again() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let task =
			post_on(model, &[1, 2, 3, 4], terms(REWARD, MIN_WORKER_STAKE, DEADLINE, PERIOD, 1));
		register_worker(CHARLIE);
		submit(CHARLIE, task, &[4, 7]);

		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));

		// The record stays with the slash on it (the hook's invariants check it every block).
		let worker = Workers::<Test>::get(CHARLIE).unwrap();
		assert_eq!((worker.stake, worker.bonded), (0, 0));
		assert_eq!((worker.stats.lost, worker.stats.slashed), (1, MIN_WORKER_STAKE));
		assert_eq!(held(HoldReason::WorkerStake, CHARLIE), 0);
		run_to_block(3);
		assert_noop!(
			Market::register_worker(RuntimeOrigin::signed(CHARLIE), MIN_WORKER_STAKE),
			Error::<Test>::AlreadyWorker
		);
		assert_ok!(Market::add_stake(RuntimeOrigin::signed(CHARLIE), MIN_WORKER_STAKE));
		assert_eq!(Workers::<Test>::get(CHARLIE).unwrap().stats.lost, 1);
	});
}
