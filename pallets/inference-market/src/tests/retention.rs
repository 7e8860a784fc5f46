//! Retention: storage deposits on every record a user creates, and the removal of ended tasks
//! with their records after the retention period.

use crate::{
	mock::*, Commitments, Error, Event, HoldReason, SettlementRoute, Submissions, TaskStatus,
	Tasks, Workers,
};
use frame_support::{assert_noop, assert_ok, traits::Hooks};

const INPUT: [u8; 4] = [1, 2, 3, 4];
const RIGHT: [u8; 2] = [4, 6];
const BASE: Balance = 3;
const RETENTION: BlockNumber = 5;

/// Runs `test` with deposits of `BASE` plus one unit a byte and a short retention period.
fn with_deposits(test: impl FnOnce()) {
	ExtBuilder::default().build_and_execute(|| {
		RecordDepositBase::set(BASE);
		RecordDepositPerByte::set(1);
		RetentionPeriod::set(RETENTION);
		test();
	});
}

fn settled_at(task: u64) -> BlockNumber {
	match Tasks::<Test>::get(task).unwrap().status {
		TaskStatus::Settled { at, .. } => at,
		other => panic!("task {task} has not ended: {other:?}"),
	}
}

#[test]
fn every_record_holds_a_deposit_until_its_task_is_removed() {
	with_deposits(|| {
		let model = register_tiny_model();
		let task = post(model, &INPUT);
		let task_deposit = BASE + INPUT.len() as Balance;
		assert_eq!(held(HoldReason::TaskDeposit, BOB), task_deposit);
		assert_eq!(Tasks::<Test>::get(task).unwrap().deposit, task_deposit);

		register_worker(CHARLIE);
		submit(CHARLIE, task, &RIGHT);
		let result_deposit = BASE + RIGHT.len() as Balance;
		let worker = Workers::<Test>::get(CHARLIE).unwrap();
		assert_eq!((worker.bonded, worker.deposits), (BOND, result_deposit));
		// The deposit is locked out of the stake: it cannot be unbonded.
		assert_noop!(
			Market::unbond(RuntimeOrigin::signed(CHARLIE), MIN_WORKER_STAKE - BOND),
			Error::<Test>::InsufficientFreeStake
		);

		run_to_block(DRAWN + 1 + PERIOD);
		let at = settled_at(task);
		// Still readable, deposits still held, until the retention period has passed.
		run_to_block(at + RETENTION);
		assert!(Tasks::<Test>::contains_key(task));
		assert_eq!(held(HoldReason::TaskDeposit, BOB), task_deposit);
		run_to_block(at + RETENTION + 1);
		assert!(!Tasks::<Test>::contains_key(task));
		assert!(!Submissions::<Test>::contains_key(task));
		assert_eq!(held(HoldReason::TaskDeposit, BOB), 0);
		assert_eq!(Workers::<Test>::get(CHARLIE).unwrap().deposits, 0);
		assert_eq!(free(BOB), INITIAL_BALANCE - REWARD);
		assert_eq!(
			market_events().last(),
			Some(&Event::TaskRemoved { task, deposits: task_deposit + result_deposit })
		);
	});
}

#[test]
fn a_quorum_commitment_holds_a_deposit_for_the_longest_output() {
	with_deposits(|| {
		let model = register_tiny_model();
		let task = post_replicated(model, &INPUT, 2);
		for worker in [CHARLIE, DAVE] {
			register_worker(worker);
			commit(worker, task, &RIGHT);
			assert_eq!(Workers::<Test>::get(worker).unwrap().deposits, BASE + 2);
		}
		// An opaque model's outputs may be as long as `MaxOutputLen` (32 in the mock).
		let opaque = register_opaque_model();
		let long = post_replicated(opaque, b"prompt", 2);
		commit(CHARLIE, long, b"x");
		assert_eq!(Workers::<Test>::get(CHARLIE).unwrap().deposits, 2 * BASE + 2 + 32);
	});
}

#[test]
fn finalize_removes_an_ended_task_past_its_retention_period() {
	with_deposits(|| {
		let model = register_opaque_model();
		let task = post(model, b"q");
		assert_ok!(Market::cancel_task(RuntimeOrigin::signed(BOB), task));
		assert_noop!(
			Market::finalize(RuntimeOrigin::signed(EVE), task),
			Error::<Test>::AlreadySettled
		);
		// Past the retention period, before the hook of that block: anyone may remove it.
		System::set_block_number(1 + RETENTION + 1);
		assert_ok!(Market::finalize(RuntimeOrigin::signed(EVE), task));
		assert!(!Tasks::<Test>::contains_key(task));
		assert_eq!(held(HoldReason::TaskDeposit, BOB), 0);
		assert_noop!(
			Market::finalize(RuntimeOrigin::signed(EVE), task),
			Error::<Test>::UnknownTask
		);
	});
}

#[test]
fn only_the_hook_removes_a_quorum_task() {
	with_deposits(|| {
		let model = register_opaque_model();
		let task = post_replicated(model, b"q", 2);
		for worker in [CHARLIE, DAVE] {
			register_worker(worker);
			commit(worker, task, b"yes");
		}
		for worker in [CHARLIE, DAVE] {
			reveal(worker, task, b"yes");
		}
		assert_ok!(Market::finalize(RuntimeOrigin::signed(EVE), task));
		run_to_block(System::block_number() + 1);
		let TaskStatus::Settled { at, .. } = Tasks::<Test>::get(task).unwrap().status else {
			panic!("the quorum settled");
		};
		// Unlocking k workers' deposits is a budgeted hook step, not a call's work.
		run_to_block(at + RETENTION);
		System::set_block_number(at + RETENTION + 1);
		assert_noop!(
			Market::finalize(RuntimeOrigin::signed(EVE), task),
			Error::<Test>::SettledByHook
		);
		Market::on_initialize(at + RETENTION + 1);
		assert!(!Tasks::<Test>::contains_key(task));
		assert_eq!(Workers::<Test>::get(CHARLIE).unwrap().deposits, 0);
		assert_eq!(held(HoldReason::TaskDeposit, BOB), 0);
	});
}

#[test]
fn a_worker_that_withdraws_its_whole_stake_leaves_no_record() {
	with_deposits(|| {
		register_worker(CHARLIE);
		assert_ok!(Market::unbond(RuntimeOrigin::signed(CHARLIE), MIN_WORKER_STAKE));
		run_to_block(1 + UNBONDING_PERIOD);
		assert_ok!(Market::withdraw_unbonded(RuntimeOrigin::signed(CHARLIE)));
		assert!(!Workers::<Test>::contains_key(CHARLIE));
		assert_eq!(held(HoldReason::WorkerStake, CHARLIE), 0);
		assert_eq!(
			market_events().last(),
			Some(&Event::StakeWithdrawn { worker: CHARLIE, amount: MIN_WORKER_STAKE, stake: 0 })
		);
	});
}

#[test]
fn serving_needs_free_stake_for_the_bond_and_the_deposit() {
	with_deposits(|| {
		let model = register_tiny_model();
		// Free stake below the bond: not drawn.
		register_worker(DAVE);
		opt_in(DAVE, model);
		assert_ok!(Market::unbond(RuntimeOrigin::signed(DAVE), MIN_WORKER_STAKE - BOND + 1));
		let task = post(model, &INPUT);
		seat(task, &[CHARLIE]);
		assert_eq!(drawn(task), vec![CHARLIE]);
		// Free stake beside the bond the draw locked: nothing for the result's deposit.
		assert_ok!(Market::unbond(RuntimeOrigin::signed(CHARLIE), MIN_WORKER_STAKE - BOND));
		assert_noop!(
			Market::submit_result(
				RuntimeOrigin::signed(CHARLIE),
				task,
				RIGHT.to_vec().try_into().unwrap()
			),
			Error::<Test>::InsufficientFreeStake
		);
	});
}

/// Permanent state without deposit: tasks of every kind (served, disputed, quorum, cancelled,
/// expired) once made the chain keep their records for good. After they end and the retention
/// period passes, the market's storage is back at its baseline but for the trust report.
#[test]
fn the_market_storage_returns_to_its_baseline_after_tasks_are_removed() {
	with_deposits(|| {
		let tiny = register_tiny_model();
		let opaque = register_opaque_model();
		let unserved = register_opaque_model();
		for worker in [CHARLIE, DAVE, EVE] {
			register_worker(worker);
			assert_ok!(Market::add_stake(RuntimeOrigin::signed(worker), 20 * BOND));
		}
		// Charlie and Eve serve the tiny model, Dave the opaque one, nobody the third.
		for (worker, model) in [(CHARLIE, tiny), (EVE, tiny), (DAVE, opaque)] {
			opt_in(worker, model);
		}
		run_to_block(2);
		let baseline = market_keys();
		// Tasks posted as the blocks go by, each with the default lifetime.
		let post_now = |model, input: &[u8], replicas| {
			post_on(
				model,
				input,
				terms(REWARD, BOND, System::block_number() + DEADLINE, PERIOD, replicas),
			)
		};
		// The worker drawn for a single task.
		let drawn_one = |task| {
			run_to_draws(&[task]);
			drawn(task)[0]
		};

		for _ in 0..3 {
			let served = post_now(tiny, &INPUT, 1);
			submit(drawn_one(served), served, &RIGHT);
			let wrong = post_now(tiny, &INPUT, 1);
			submit(drawn_one(wrong), wrong, &[4, 7]);
			assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), wrong, MIN_CHALLENGE_BOND));
			let disputed = post_now(opaque, b"prompt", 1);
			submit(DAVE, disputed, b"answer");
			assert_ok!(Market::challenge(RuntimeOrigin::signed(EVE), disputed, MIN_CHALLENGE_BOND));
			let quorum = post_now(tiny, &INPUT, 2);
			seat(quorum, &[CHARLIE, EVE]);
			commit(CHARLIE, quorum, &RIGHT);
			commit(EVE, quorum, &RIGHT);
			reveal(CHARLIE, quorum, &RIGHT);
			reveal(EVE, quorum, &RIGHT);
			let cancelled = post_now(opaque, b"never mind", 1);
			assert_ok!(Market::cancel_task(RuntimeOrigin::signed(BOB), cancelled));
			post_now(unserved, b"nobody serves this", 1);
		}
		assert!(market_keys().len() > baseline.len());
		assert!(Commitments::<Test>::iter_keys().count() > 0);

		// Every task ends by the arbitration period and waits out the retention period; the
		// hook's bound (four steps a block in the mock) spreads the removals over some blocks.
		run_to_block(System::block_number() + DEADLINE + ARBITRATION_PERIOD + RETENTION + 30);
		assert_eq!(Tasks::<Test>::iter_keys().count(), 0);
		let routes = frame_support::storage::storage_prefix(b"Market", b"RouteTotals");
		let counters =
			[b"NextTaskId".as_slice(), b"SettleCursor", b"ContestedCursor", b"DrawCursor"]
				.map(|item| frame_support::storage::storage_prefix(b"Market", item).to_vec());
		let changed: Vec<Vec<u8>> = market_keys()
			.symmetric_difference(&baseline)
			.filter(|key| !key.starts_with(&routes) && !counters.contains(key))
			.cloned()
			.collect();
		assert!(changed.is_empty(), "keys left behind: {changed:?}");
		for who in [BOB, CHARLIE, DAVE, EVE] {
			assert_eq!(held(HoldReason::TaskDeposit, who), 0);
			assert_eq!(Workers::<Test>::get(who).map_or(0, |w| w.deposits + w.bonded), 0);
		}
		let routes = crate::RouteTotals::<Test>::iter().map(|(_, t)| t.tasks).sum::<u64>();
		assert_eq!(routes, 18);
		assert_eq!(
			crate::RouteTotals::<Test>::get(SettlementRoute::Cancelled).tasks,
			3,
			"the trust report keeps the history"
		);
	});
}

/// Every storage key of the market pallet.
fn market_keys() -> std::collections::BTreeSet<Vec<u8>> {
	let prefix = sp_io::hashing::twox_128(b"Market").to_vec();
	let mut keys = std::collections::BTreeSet::new();
	let mut key = prefix.clone();
	while let Some(next) = sp_io::storage::next_key(&key) {
		if !next.starts_with(&prefix) {
			break;
		}
		keys.insert(next.clone());
		key = next;
	}
	keys
}
