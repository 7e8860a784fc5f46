//! Quorum tasks: commit, reveal, majority, escalation to re-execution or the arbiter, and every
//! way a quorum ends.

use crate::{
	mock::*, Commitments, Error, Event, HoldReason, Payout, RouteTotal, RouteTotals,
	SettlementRoute, TaskStatus, Tasks, Workers,
};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

/// The tiny model's right output for [`INPUT`].
const INPUT: [u8; 4] = [1, 2, 3, 4];
const RIGHT: [u8; 2] = [4, 6];
/// Two outputs of the opaque model.
const YES: &[u8] = b"yes";
const NO: &[u8] = b"no";

fn reveal_end(task: u64) -> BlockNumber {
	match Tasks::<Test>::get(task).unwrap().status {
		TaskStatus::Revealing { reveal_end } => reveal_end,
		status => panic!("task {task} is not revealing: {status:?}"),
	}
}

fn stake_held(who: AccountId) -> Balance {
	held(HoldReason::WorkerStake, who)
}

/// `finalize` on a fully revealed quorum task: it closes the reveal period in this block and
/// settles nothing; the hook settles the task in the next block, which this runs to.
fn finalize_and_settle(task: u64) {
	let now = System::block_number();
	let held_before = held(HoldReason::TaskReward, BOB);
	assert_ok!(Market::finalize(RuntimeOrigin::signed(ALICE), task));
	assert_eq!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Revealing { reveal_end: now });
	assert_eq!(market_events().last(), Some(&Event::RevealClosed { task, reveal_end: now }));
	assert_eq!(held(HoldReason::TaskReward, BOB), held_before);
	run_to_block(now + 1);
}

/// The arbiter's ruling is recorded in this block and carried out by the hook in the next,
/// which this runs to.
fn rule_and_settle(task: u64, output: Option<&[u8]>, upheld: Option<u8>) {
	let now = System::block_number();
	let output = output.map(|o| o.to_vec().try_into().unwrap());
	assert_ok!(Market::rule_quorum(RuntimeOrigin::root(), task, output));
	assert_eq!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Ruled { at: now, upheld });
	run_to_block(now + 1);
}

/// Posts a quorum task for `model` and has each `(worker, output)` commit, in order.
fn committed(model: u32, input: &[u8], outputs: &[(AccountId, &[u8])]) -> u64 {
	let task = post_replicated(model, input, outputs.len() as u8);
	let workers: Vec<AccountId> = outputs.iter().map(|(worker, _)| *worker).collect();
	seat(task, &workers);
	for (worker, output) in outputs {
		commit(*worker, task, output);
	}
	task
}

#[test]
fn on_an_opaque_model_the_majority_is_paid_and_the_minority_slashed() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		let task = post_replicated(model, b"prompt", 3);
		seat(task, &[CHARLIE, DAVE, EVE]);
		let drawn_at = System::block_number();
		commit(CHARLIE, task, YES);
		commit(DAVE, task, YES);
		assert_eq!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Open);
		commit(EVE, task, NO);
		// The third commitment fills the quorum and opens the reveal period.
		assert_eq!(
			Tasks::<Test>::get(task).unwrap().status,
			TaskStatus::Revealing { reveal_end: drawn_at + PERIOD }
		);
		assert_eq!(Workers::<Test>::get(EVE).unwrap().bonded, BOND);
		let events = market_events();
		assert_eq!(
			events[events.len() - 2..],
			[
				Event::ResultCommitted { task, worker: EVE, commitments: 3 },
				Event::RevealStarted { task, reveal_end: drawn_at + PERIOD },
			]
		);

		reveal(CHARLIE, task, YES);
		reveal(DAVE, task, YES);
		reveal(EVE, task, NO);
		assert_eq!(market_events().last(), Some(&Event::ResultRevealed { task, worker: EVE }));
		let issuance = Balances::total_issuance();

		// Everyone revealed: no need to wait for the period to close.
		finalize_and_settle(task);

		// Charlie and Dave split the reward (20 each) and half of Eve's bond (5 each).
		let share = BOND / 2 / 2;
		for worker in [CHARLIE, DAVE] {
			assert_eq!(free(worker), INITIAL_BALANCE - MIN_WORKER_STAKE + REWARD / 2 + share);
			assert_eq!(stake_held(worker), MIN_WORKER_STAKE);
			let record = Workers::<Test>::get(worker).unwrap();
			assert_eq!((record.bonded, record.stats.served, record.stats.settled), (0, 1, 1));
			// Outvoting Eve is a contest won.
			assert_eq!((record.stats.won, record.stats.lost), (1, 0));
		}
		let eve = Workers::<Test>::get(EVE).unwrap();
		assert_eq!((eve.stake, eve.bonded), (MIN_WORKER_STAKE - BOND, 0));
		assert_eq!((eve.stats.lost, eve.stats.slashed), (1, BOND));
		assert_eq!(stake_held(EVE), MIN_WORKER_STAKE - BOND);
		assert_eq!(Balances::total_issuance(), issuance - (BOND - 2 * share));
		assert_eq!(held(HoldReason::TaskReward, BOB), 0);
		assert_eq!(free(BOB), INITIAL_BALANCE - REWARD);

		let route = SettlementRoute::Quorum { agreeing: 2, of: 3 };
		assert!(settled(task, route, Payout::WorkerPaid));
		assert_eq!(RouteTotals::<Test>::get(route), RouteTotal { tasks: 1, value: REWARD });
		// The reveals stay on record with the ended task.
		let record = Commitments::<Test>::get(task);
		assert_eq!(record[2].revealed.as_ref().map(|o| o.to_vec()), Some(NO.to_vec()));
		let events = market_events();
		assert_eq!(
			events[events.len() - 2..],
			[
				Event::Slashed { task, who: EVE, amount: BOND, to_winner: 2 * share, winner: None },
				Event::TaskSettled { task, route, payout: Payout::WorkerPaid, reward: REWARD },
			]
		);
	});
}

#[test]
fn unanimous_quorum_splits_the_reward_with_the_remainder_to_the_first() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let task = committed(model, &INPUT, &[(CHARLIE, &RIGHT), (DAVE, &RIGHT), (EVE, &RIGHT)]);
		for worker in [CHARLIE, DAVE, EVE] {
			reveal(worker, task, &RIGHT);
		}
		finalize_and_settle(task);
		// 40 / 3 = 13, and the first committer gets the 1 left over.
		assert_eq!(free(CHARLIE), INITIAL_BALANCE - MIN_WORKER_STAKE + 14);
		assert_eq!(free(DAVE), INITIAL_BALANCE - MIN_WORKER_STAKE + 13);
		assert_eq!(free(EVE), INITIAL_BALANCE - MIN_WORKER_STAKE + 13);
		assert!(settled(task, SettlementRoute::Quorum { agreeing: 3, of: 3 }, Payout::WorkerPaid));
		// Nobody disagreed: paid, but no contest won.
		for worker in [CHARLIE, DAVE, EVE] {
			let stats = Workers::<Test>::get(worker).unwrap().stats;
			assert_eq!((stats.settled, stats.won, stats.lost), (1, 0, 0));
		}
	});
}

#[test]
fn colluding_accounts_cannot_outvote_an_honest_worker_on_a_verifiable_model() {
	ExtBuilder::default().build_and_execute(|| {
		// One party with two staked accounts commits and reveals the same wrong output; the
		// third worker is honest. Two of three is a majority, but not proof: the chain checks.
		let model = register_tiny_model();
		let task = committed(model, &INPUT, &[(CHARLIE, &RIGHT), (DAVE, &[9, 9]), (EVE, &[9, 9])]);
		reveal(CHARLIE, task, &RIGHT);
		reveal(DAVE, task, &[9, 9]);
		reveal(EVE, task, &[9, 9]);
		let issuance = Balances::total_issuance();
		finalize_and_settle(task);

		assert!(settled(task, SettlementRoute::ReExecuted, Payout::WorkerPaid));
		assert_eq!(
			RouteTotals::<Test>::get(SettlementRoute::Quorum { agreeing: 2, of: 3 }),
			RouteTotal::default()
		);
		// Charlie takes the reward and half of each colluder's bond; the other halves burn.
		assert_eq!(free(CHARLIE), INITIAL_BALANCE - MIN_WORKER_STAKE + REWARD + BOND);
		assert_eq!(stake_held(CHARLIE), MIN_WORKER_STAKE);
		for colluder in [DAVE, EVE] {
			assert_eq!(stake_held(colluder), MIN_WORKER_STAKE - BOND);
			assert_eq!(Workers::<Test>::get(colluder).unwrap().stats.lost, 1);
		}
		assert_eq!(Workers::<Test>::get(CHARLIE).unwrap().stats.won, 1);
		assert_eq!(Balances::total_issuance(), issuance - BOND);
		let events = market_events();
		assert!(events.contains(&Event::QuorumEscalated {
			task,
			revealed: 3,
			largest_agreement: 2
		}));
		assert!(events.contains(&Event::ResultReExecuted {
			task,
			worker_was_right: true,
			macs: 8
		}));
	});
}

#[test]
fn a_worker_that_does_not_reveal_loses_its_bond_when_the_hook_settles() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let task = committed(model, &INPUT, &[(CHARLIE, &RIGHT), (DAVE, &RIGHT), (EVE, &RIGHT)]);
		reveal(CHARLIE, task, &RIGHT);
		reveal(DAVE, task, &RIGHT);
		let end = reveal_end(task);
		assert_noop!(Market::finalize(RuntimeOrigin::signed(ALICE), task), Error::<Test>::NotDue);

		run_to_block(end);
		assert_eq!(reveal_end(task), end);
		run_to_block(end + 1);

		// Silence contradicts nothing: the two revealers are an uncontradicted majority, and
		// the verifiable model is not re-executed.
		let route = SettlementRoute::Quorum { agreeing: 2, of: 3 };
		assert!(settled(task, route, Payout::WorkerPaid));
		let reexecuted = |e: &Event<Test>| matches!(e, Event::ResultReExecuted { .. });
		assert!(!market_events().iter().any(reexecuted));
		assert_eq!(stake_held(EVE), MIN_WORKER_STAKE - BOND);
		assert_eq!(free(CHARLIE), INITIAL_BALANCE - MIN_WORKER_STAKE + REWARD / 2 + BOND / 4);
	});
}

#[test]
fn no_majority_on_a_verifiable_model_is_re_executed() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let task = committed(model, &INPUT, &[(CHARLIE, &RIGHT), (DAVE, &[1, 1]), (EVE, &[2, 2])]);
		reveal(CHARLIE, task, &RIGHT);
		reveal(DAVE, task, &[1, 1]);
		reveal(EVE, task, &[2, 2]);
		let issuance = Balances::total_issuance();
		finalize_and_settle(task);

		// The chain's output is Charlie's: Charlie takes the reward and half of both bonds.
		assert!(settled(task, SettlementRoute::ReExecuted, Payout::WorkerPaid));
		assert_eq!(free(CHARLIE), INITIAL_BALANCE - MIN_WORKER_STAKE + REWARD + BOND);
		assert_eq!(stake_held(DAVE), MIN_WORKER_STAKE - BOND);
		assert_eq!(stake_held(EVE), MIN_WORKER_STAKE - BOND);
		assert_eq!(Balances::total_issuance(), issuance - BOND);
		let events = market_events();
		assert!(events.contains(&Event::QuorumEscalated {
			task,
			revealed: 3,
			largest_agreement: 1
		}));
		assert!(events.contains(&Event::ResultReExecuted {
			task,
			worker_was_right: true,
			macs: 8
		}));
	});
}

#[test]
fn too_few_reveals_escalate_and_a_right_lone_revealer_wins() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let task = committed(model, &INPUT, &[(CHARLIE, &RIGHT), (DAVE, &RIGHT), (EVE, &RIGHT)]);
		reveal(CHARLIE, task, &RIGHT);
		run_to_block(reveal_end(task) + 1);

		// One reveal of three is no majority: re-executed, Charlie right, the silent two slashed.
		assert!(settled(task, SettlementRoute::ReExecuted, Payout::WorkerPaid));
		assert_eq!(free(CHARLIE), INITIAL_BALANCE - MIN_WORKER_STAKE + REWARD + BOND);
		assert_eq!(stake_held(DAVE), MIN_WORKER_STAKE - BOND);
		assert_eq!(stake_held(EVE), MIN_WORKER_STAKE - BOND);
	});
}

#[test]
fn re_execution_against_a_wrong_majority_of_reveals_refunds_the_requester() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		// Two of four agree on a wrong output: not more than half, so the chain decides.
		let task = committed(
			model,
			&INPUT,
			&[(ALICE, &[0, 0]), (CHARLIE, &[0, 0]), (DAVE, &[1, 1]), (EVE, &[2, 2])],
		);
		for (worker, output) in [(ALICE, [0, 0]), (CHARLIE, [0, 0]), (DAVE, [1, 1]), (EVE, [2, 2])]
		{
			reveal(worker, task, &output);
		}
		let issuance = Balances::total_issuance();
		finalize_and_settle(task);
		assert!(settled(task, SettlementRoute::ReExecuted, Payout::RequesterRefunded));
		assert_eq!(free(BOB), INITIAL_BALANCE);
		// Nobody won: every bond is burned.
		assert_eq!(Balances::total_issuance(), issuance - 4 * BOND);
		assert!(market_events().contains(&Event::ResultReExecuted {
			task,
			worker_was_right: false,
			macs: 8
		}));
	});
}

#[test]
fn no_majority_on_an_opaque_model_goes_to_the_arbiter() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		let task = committed(model, b"prompt", &[(CHARLIE, b"yes"), (DAVE, b"no")]);
		reveal(CHARLIE, task, b"yes");
		reveal(DAVE, task, b"no");
		let end = reveal_end(task);
		run_to_block(end + 1);
		let ruling_due = end + 1 + ARBITRATION_PERIOD;
		assert_eq!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Disputed { ruling_due });
		assert!(market_events().contains(&Event::QuorumEscalated {
			task,
			revealed: 2,
			largest_agreement: 1
		}));

		let yes = b"yes".to_vec().try_into().unwrap();
		assert_noop!(
			Market::rule_quorum(RuntimeOrigin::signed(ALICE), task, Some(yes)),
			DispatchError::BadOrigin
		);
		assert_noop!(Market::rule(RuntimeOrigin::root(), task, true), Error::<Test>::QuorumTask);
		rule_and_settle(task, Some(b"yes"), Some(0));

		assert!(settled(task, SettlementRoute::Arbitrated, Payout::WorkerPaid));
		assert_eq!(free(CHARLIE), INITIAL_BALANCE - MIN_WORKER_STAKE + REWARD + BOND / 2);
		assert_eq!(stake_held(DAVE), MIN_WORKER_STAKE - BOND);
		let events = market_events();
		assert!(events.contains(&Event::QuorumRuled { task, upheld: 1 }));
		assert!(events.contains(&Event::Slashed {
			task,
			who: DAVE,
			amount: BOND,
			to_winner: BOND / 2,
			winner: Some(CHARLIE)
		}));
	});
}

#[test]
fn a_ruling_with_no_winner_slashes_every_revealer() {
	// "No revealed output is right", and a right output nobody revealed.
	let no_winner: [Option<&[u8]>; 2] = [None, Some(b"maybe")];
	for ruling in no_winner {
		ExtBuilder::default().build_and_execute(|| {
			let model = register_opaque_model();
			let task = committed(model, b"prompt", &[(CHARLIE, b"yes"), (DAVE, b"no")]);
			reveal(CHARLIE, task, b"yes");
			reveal(DAVE, task, b"no");
			finalize_and_settle(task);
			rule_and_settle(task, ruling, None);
			assert!(settled(task, SettlementRoute::Arbitrated, Payout::RequesterRefunded));
			assert_eq!(stake_held(CHARLIE), MIN_WORKER_STAKE - BOND);
			assert_eq!(stake_held(DAVE), MIN_WORKER_STAKE - BOND);
			assert_eq!(free(BOB), INITIAL_BALANCE);
			assert!(market_events().contains(&Event::QuorumRuled { task, upheld: 0 }));
		});
	}
}

#[test]
fn finalize_only_closes_reveals_of_a_quorum_task() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		let task = post_replicated(model, b"prompt", 2);
		assert_noop!(Market::finalize(RuntimeOrigin::signed(ALICE), task), Error::<Test>::NotDue);
		seat(task, &[CHARLIE, DAVE]);
		commit(CHARLIE, task, b"yes");
		commit(DAVE, task, b"no");
		reveal(CHARLIE, task, b"yes");
		assert_noop!(Market::finalize(RuntimeOrigin::signed(ALICE), task), Error::<Test>::NotDue);

		// Due, but the hook has not run yet: `finalize` leaves it to the hook.
		let end = reveal_end(task);
		run_to_block(end);
		System::set_block_number(end + 1);
		assert_noop!(
			Market::finalize(RuntimeOrigin::signed(ALICE), task),
			Error::<Test>::SettledByHook
		);
		System::set_block_number(end);
		run_to_block(end + 1);
		assert!(matches!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Disputed { .. }));

		let yes = Some(b"yes".to_vec().try_into().unwrap());
		assert_ok!(Market::rule_quorum(RuntimeOrigin::root(), task, yes));
		assert_noop!(
			Market::finalize(RuntimeOrigin::signed(ALICE), task),
			Error::<Test>::SettledByHook
		);
		let yes = Some(b"yes".to_vec().try_into().unwrap());
		assert_noop!(
			Market::rule_quorum(RuntimeOrigin::root(), task, yes),
			Error::<Test>::NotDisputed
		);
		run_to_block(System::block_number() + 1);
		assert!(settled(task, SettlementRoute::Arbitrated, Payout::WorkerPaid));
		assert_noop!(
			Market::finalize(RuntimeOrigin::signed(ALICE), task),
			Error::<Test>::AlreadySettled
		);
	});
}

#[test]
fn rule_quorum_errors() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		let single = served_task(model, b"prompt", b"answer");
		let out = || Some(b"x".to_vec().try_into().unwrap());
		assert_noop!(
			Market::rule_quorum(RuntimeOrigin::root(), 99, out()),
			Error::<Test>::UnknownTask
		);
		assert_noop!(
			Market::rule_quorum(RuntimeOrigin::root(), single, out()),
			Error::<Test>::NotDisputed
		);
		// Charlie stops serving: the quorum's seats go to Dave and Eve.
		assert_ok!(Market::stop_serving(RuntimeOrigin::signed(CHARLIE), model));
		let task = committed(model, b"prompt", &[(DAVE, b"yes"), (EVE, b"no")]);
		assert_noop!(
			Market::rule_quorum(RuntimeOrigin::root(), task, out()),
			Error::<Test>::NotDisputed
		);
		reveal(DAVE, task, b"yes");
		reveal(EVE, task, b"no");
		finalize_and_settle(task);
		let TaskStatus::Disputed { ruling_due } = Tasks::<Test>::get(task).unwrap().status else {
			panic!("escalated");
		};
		run_to_block(ruling_due);
		System::set_block_number(ruling_due + 1);
		assert_noop!(
			Market::rule_quorum(RuntimeOrigin::root(), task, out()),
			Error::<Test>::ArbitrationClosed
		);
	});
}

#[test]
fn a_silent_arbiter_leaves_the_quorum_to_its_revealers() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		let task =
			committed(model, b"prompt", &[(CHARLIE, b"yes"), (DAVE, b"no"), (EVE, b"maybe")]);
		reveal(CHARLIE, task, b"yes");
		reveal(DAVE, task, b"no");
		let escalated_at = reveal_end(task) + 1;
		run_to_block(escalated_at + ARBITRATION_PERIOD + 1);

		// The optimistic default: the revealers share the reward and keep their bonds, Eve
		// (silent) loses hers to them; the requester, who has the outputs, pays.
		assert!(settled(task, SettlementRoute::Unresolved, Payout::WorkerPaid));
		assert_eq!(free(BOB), INITIAL_BALANCE - REWARD);
		let share_of_eve = WinnerShare::get().mul_floor(BOND) / 2;
		for worker in [CHARLIE, DAVE] {
			assert_eq!(stake_held(worker), MIN_WORKER_STAKE);
			assert_eq!(Workers::<Test>::get(worker).unwrap().bonded, 0);
			assert_eq!(
				free(worker),
				INITIAL_BALANCE - MIN_WORKER_STAKE + REWARD / 2 + share_of_eve
			);
		}
		assert_eq!(stake_held(EVE), MIN_WORKER_STAKE - BOND);
	});
}

#[test]
fn a_quorum_nobody_reveals_expires_and_every_bond_is_lost() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let task = committed(model, &INPUT, &[(CHARLIE, &RIGHT), (DAVE, &RIGHT)]);
		let issuance = Balances::total_issuance();
		run_to_block(reveal_end(task) + 1);
		assert!(settled(task, SettlementRoute::Expired, Payout::RequesterRefunded));
		assert_eq!(free(BOB), INITIAL_BALANCE);
		assert_eq!(Balances::total_issuance(), issuance - 2 * BOND);
	});
}

/// A quorum with fewer candidates than seats: the two serving workers are seated and commit,
/// the empty seat is drawn again every response period, and a worker that opts in later takes
/// it. Nobody holds a seat without being drawn to it, so nobody squats.
#[test]
fn an_empty_seat_of_a_quorum_is_drawn_again_for_a_later_candidate() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let task = post_replicated(model, &INPUT, 3);
		seat(task, &[CHARLIE, DAVE]);
		assert_eq!(drawn(task).len(), 2);
		commit(CHARLIE, task, &RIGHT);
		commit(DAVE, task, &RIGHT);
		assert_noop!(
			Market::cancel_task(RuntimeOrigin::signed(BOB), task),
			Error::<Test>::WorkersDrawn
		);
		register_worker(EVE);
		opt_in(EVE, model);
		let retry = System::block_number() + RESPONSE_PERIOD;
		run_to_block(retry);
		assert_eq!(drawn(task), vec![CHARLIE, DAVE, EVE]);
		commit(EVE, task, &RIGHT);
		assert!(matches!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Revealing { .. }));
	});
}

/// A quorum still short of workers at its deadline expires: the requester is refunded and the
/// workers that committed get their bonds back.
#[test]
fn a_quorum_short_of_workers_at_its_deadline_expires_and_returns_the_bonds() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let task = post_replicated(model, &INPUT, 3);
		seat(task, &[CHARLIE, DAVE]);
		commit(CHARLIE, task, &RIGHT);
		commit(DAVE, task, &RIGHT);
		run_to_block(DEADLINE + 1);
		assert!(settled(task, SettlementRoute::Expired, Payout::RequesterRefunded));
		for worker in [CHARLIE, DAVE] {
			assert_eq!(stake_held(worker), MIN_WORKER_STAKE);
			let info = Workers::<Test>::get(worker).unwrap();
			assert_eq!((info.bonded, info.stats.slashed), (0, 0));
		}
		assert_eq!(free(BOB), INITIAL_BALANCE);
	});
}

#[test]
fn commit_result_errors() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let single = post(model, &INPUT);
		seat(single, &[CHARLIE]);
		let task = post_replicated(model, &INPUT, 3);
		let hash = |who| Market::commitment_hash(&RIGHT, &salt_of(who), &who);
		let commit_as =
			|who, task| Market::commit_result(RuntimeOrigin::signed(who), task, hash(who));
		register_worker(BOB);
		assert_noop!(commit_as(CHARLIE, task), Error::<Test>::NotDrawn);
		seat(task, &[CHARLIE, DAVE, EVE]);

		assert_noop!(commit_as(CHARLIE, 99), Error::<Test>::UnknownTask);
		assert_noop!(commit_as(CHARLIE, single), Error::<Test>::NotQuorumTask);
		assert_noop!(commit_as(BOB, task), Error::<Test>::RequesterCannotServe);
		assert_noop!(commit_as(ALICE, task), Error::<Test>::NotDrawn);
		// A commitment's deposit must fit the free stake left beside the drawn bond.
		RecordDepositBase::set(1);
		let free_stake = MIN_WORKER_STAKE - BOND;
		assert_ok!(Market::unbond(RuntimeOrigin::signed(DAVE), free_stake));
		assert_noop!(commit_as(DAVE, task), Error::<Test>::InsufficientFreeStake);
		RecordDepositBase::set(0);

		assert_ok!(commit_as(CHARLIE, task));
		assert_noop!(commit_as(CHARLIE, task), Error::<Test>::AlreadyCommitted);
		// Eve copies Charlie's commitment from the pool: rejected, and it could never be
		// revealed by Eve, as the hash binds Charlie's account.
		assert_noop!(
			Market::commit_result(RuntimeOrigin::signed(EVE), task, hash(CHARLIE)),
			Error::<Test>::DuplicateCommitment
		);
		assert_noop!(
			Market::submit_result(
				RuntimeOrigin::signed(EVE),
				task,
				RIGHT.to_vec().try_into().unwrap()
			),
			Error::<Test>::QuorumTask
		);
		assert_ok!(commit_as(EVE, task));
		assert_ok!(commit_as(DAVE, task));
		assert_noop!(commit_as(EVE, task), Error::<Test>::TaskNotOpen);

		// Dave's stake is all bonded or unbonding: Eve takes a seat of the late quorum.
		let late = post_replicated(model, &INPUT, 2);
		seat(late, &[EVE]);
		System::set_block_number(DEADLINE + 1);
		assert_noop!(commit_as(EVE, late), Error::<Test>::DeadlinePassed);
	});
}

#[test]
fn cancel_is_allowed_until_a_worker_is_drawn() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		// Waiting for its draw.
		let task = post_replicated(model, &INPUT, 3);
		assert_ok!(Market::cancel_task(RuntimeOrigin::signed(BOB), task));
		assert!(settled(task, SettlementRoute::Cancelled, Payout::RequesterRefunded));
		// Drawn, but nobody serves the model: no seat filled.
		let empty = post_replicated(model, &INPUT, 3);
		run_to_draw(empty);
		assert!(drawn(empty).is_empty());
		assert_eq!(Tasks::<Test>::get(empty).unwrap().status, TaskStatus::Open);
		assert_ok!(Market::cancel_task(RuntimeOrigin::signed(BOB), empty));
		assert!(settled(empty, SettlementRoute::Cancelled, Payout::RequesterRefunded));
		assert_eq!(free(BOB), INITIAL_BALANCE);
	});
}

#[test]
fn reveal_result_errors() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let task = post_replicated(model, &INPUT, 2);
		let reveal_as = |who, output: &[u8], salt| {
			Market::reveal_result(
				RuntimeOrigin::signed(who),
				task,
				output.to_vec().try_into().unwrap(),
				salt,
			)
		};
		seat(task, &[CHARLIE, DAVE]);
		commit(CHARLIE, task, &RIGHT);
		assert_noop!(reveal_as(CHARLIE, &RIGHT, salt_of(CHARLIE)), Error::<Test>::NotRevealing);
		commit(DAVE, task, &[5, 5]);

		assert_noop!(reveal_as(EVE, &RIGHT, salt_of(EVE)), Error::<Test>::NotCommitted);
		assert_noop!(reveal_as(CHARLIE, &RIGHT, salt_of(DAVE)), Error::<Test>::CommitmentMismatch);
		assert_noop!(
			reveal_as(CHARLIE, &[4, 7], salt_of(CHARLIE)),
			Error::<Test>::CommitmentMismatch
		);
		assert_noop!(
			reveal_as(CHARLIE, &[4], salt_of(CHARLIE)),
			Error::<Test>::OutputShapeMismatch
		);
		reveal(CHARLIE, task, &RIGHT);
		// Dave copies Charlie's revealed answer and salt: it does not match Dave's commitment.
		assert_noop!(reveal_as(DAVE, &RIGHT, salt_of(CHARLIE)), Error::<Test>::CommitmentMismatch);
		assert_noop!(reveal_as(CHARLIE, &RIGHT, salt_of(CHARLIE)), Error::<Test>::AlreadyRevealed);

		let end = reveal_end(task);
		System::set_block_number(end + 1);
		assert_noop!(reveal_as(DAVE, &[5, 5], salt_of(DAVE)), Error::<Test>::RevealPeriodOver);
		assert_noop!(
			Market::reveal_result(
				RuntimeOrigin::signed(DAVE),
				99,
				RIGHT.to_vec().try_into().unwrap(),
				salt_of(DAVE)
			),
			Error::<Test>::UnknownTask
		);
	});
}

#[test]
fn a_reveal_in_the_last_block_of_the_period_counts() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_tiny_model();
		let task = committed(model, &INPUT, &[(CHARLIE, &RIGHT), (DAVE, &RIGHT)]);
		let end = reveal_end(task);
		run_to_block(end);
		reveal(CHARLIE, task, &RIGHT);
		reveal(DAVE, task, &RIGHT);
		run_to_block(end + 1);
		assert!(settled(task, SettlementRoute::Quorum { agreeing: 2, of: 2 }, Payout::WorkerPaid));
	});
}
