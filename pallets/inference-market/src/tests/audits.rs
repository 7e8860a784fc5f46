//! Random audits: the fee escrowed with a verifiable task, the draw after the window, the
//! re-execution by the hook, its budget per block, and bonds priced by the audit chance.

use crate::{
	mock::*, Error, Event, HoldReason, Payout, SettlementRoute, TaskStatus, Tasks, WeightInfo,
	Workers,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect};
use sp_core::H256;
use sp_runtime::Perbill;

const INPUT: [u8; 4] = [1, 2, 3, 4];
const RIGHT: [u8; 2] = [4, 6];
const WRONG: [u8; 2] = [4, 7];
/// A bond above three rewards, the price of detection at `p = 1/4`.
const AUDITED_BOND: Balance = 4 * REWARD;
const STAKE: Balance = 1_000;

/// The audit fee of the tiny model (8 multiply-accumulates), computed from the weight of the
/// hook's audit of the largest network of 8 operations: 7 + 8 * 4 header bytes and 5 per MAC.
fn tiny_fee() -> Balance {
	assert!(tiny_model_code().len() <= 79);
	let weight = <() as WeightInfo>::settle_audited(79);
	Balance::from(weight.ref_time() / 1_000_000)
}

/// Posts a task of `model` from Bob with `bond`.
fn post_with_bond(model: crate::ModelId, bond: Balance) -> crate::TaskId {
	post_on(model, &INPUT, terms(REWARD, bond, System::block_number() + DEADLINE, PERIOD, 1))
}

/// A task of the tiny model posted at block 1 and served by Charlie with `output` when drawn.
fn served(output: &[u8]) -> crate::TaskId {
	let model = register_tiny_model();
	let task = post_with_bond(model, AUDITED_BOND);
	assert_ok!(Market::register_worker(RuntimeOrigin::signed(CHARLIE), STAKE));
	submit(CHARLIE, task, output);
	task
}

const DUE: BlockNumber = DRAWN + PERIOD + 1;

/// Sets the parent block's randomness to one that does (or does not) draw `task`.
fn randomness_drawing(task: crate::TaskId, drawn: bool) {
	for byte in 0..=u8::MAX {
		ParentRandomness::set(Some(H256::repeat_byte(byte)));
		if Market::audit_drawn(task) == drawn {
			return;
		}
	}
	panic!("no seed draws task {task} as {drawn}");
}

fn route(task: crate::TaskId) -> Option<SettlementRoute> {
	match Tasks::<Test>::get(task)?.status {
		TaskStatus::Settled { route, .. } => Some(route),
		_ => None,
	}
}

#[test]
fn a_verifiable_task_escrows_the_fee_of_its_re_execution() {
	ExtBuilder::default().audits(Perbill::from_percent(25)).build_and_execute(|| {
		let model = register_tiny_model();
		let before = free(BOB);
		let task = post_with_bond(model, AUDITED_BOND);

		let fee = tiny_fee();
		assert!(fee > 0);
		assert_eq!(Market::audit_fee(8), fee);
		assert_eq!(Tasks::<Test>::get(task).unwrap().audit_fee, Some(fee));
		assert_eq!(held(HoldReason::AuditFee, BOB), fee);
		assert_eq!(free(BOB), before - REWARD - fee);
		assert_eq!(Market::task_details(task).unwrap().audit_fee, Some(fee));
		assert!(matches!(
			market_events().last(),
			Some(Event::TaskPosted { audit_fee, .. }) if *audit_fee == fee
		));
	});
}

#[test]
fn opaque_and_audit_free_tasks_escrow_no_fee() {
	ExtBuilder::default().audits(Perbill::from_percent(25)).build_and_execute(|| {
		let opaque = register_opaque_model();
		// The bond rule prices audits only: these tasks take the default bond.
		let single = post(opaque, b"prompt");
		let quorum = post_replicated(opaque, b"prompt", 3);
		assert_eq!(Tasks::<Test>::get(single).unwrap().audit_fee, None);
		assert_eq!(Tasks::<Test>::get(quorum).unwrap().audit_fee, None);
		assert_eq!(held(HoldReason::AuditFee, BOB), 0);
	});
	ExtBuilder::default().build_and_execute(|| {
		// Audits off: a verifiable task takes no fee and the default bond.
		let task = post(register_tiny_model(), &INPUT);
		assert_eq!(Tasks::<Test>::get(task).unwrap().audit_fee, None);
	});
}

#[test]
fn an_audited_right_result_is_paid_and_its_fee_taken_for_the_work() {
	ExtBuilder::default().audits(Perbill::from_percent(25)).build_and_execute(|| {
		let task = served(&RIGHT);
		randomness_drawing(task, true);
		let (charlie, bob) = (free(CHARLIE), free(BOB));
		let issuance = Balances::total_issuance();

		run_to_block(DUE);

		assert_eq!(route(task), Some(SettlementRoute::Audited));
		let events = market_events();
		assert!(events.contains(&Event::TaskAudited {
			task,
			worker_was_right: true,
			macs: 8,
			fee: tiny_fee(),
		}));
		assert_eq!(
			events.last(),
			Some(&Event::TaskSettled {
				task,
				route: SettlementRoute::Audited,
				payout: Payout::WorkerPaid,
				reward: REWARD,
			})
		);
		assert_eq!(free(CHARLIE), charlie + REWARD);
		assert_eq!(free(BOB), bob, "the fee is not refunded");
		assert_eq!(held(HoldReason::AuditFee, BOB), 0);
		assert_eq!(Balances::total_issuance(), issuance - tiny_fee(), "the fee is burned");
		let worker = Workers::<Test>::get(CHARLIE).unwrap();
		assert_eq!((worker.bonded, worker.stake, worker.stats.settled), (0, STAKE, 1));
		let report = Market::trust_report();
		assert_eq!((report.audited.tasks, report.audited.value), (1, REWARD));
		assert_eq!(report.verified_on_chain, Perbill::one());
	});
}

#[test]
fn an_audited_wrong_result_is_slashed_like_a_lost_challenge() {
	ExtBuilder::default().audits(Perbill::from_percent(25)).build_and_execute(|| {
		let task = served(&WRONG);
		randomness_drawing(task, true);
		let bob = free(BOB);

		run_to_block(DUE);

		assert_eq!(route(task), Some(SettlementRoute::Audited));
		let to_requester = WinnerShare::get().mul_floor(AUDITED_BOND);
		let events = market_events();
		assert!(events.contains(&Event::TaskAudited {
			task,
			worker_was_right: false,
			macs: 8,
			fee: tiny_fee(),
		}));
		assert!(events.contains(&Event::Slashed {
			task,
			who: CHARLIE,
			amount: AUDITED_BOND,
			to_winner: to_requester,
			winner: Some(BOB),
		}));
		assert!(matches!(
			events.last(),
			Some(Event::TaskSettled { payout: Payout::RequesterRefunded, .. })
		));
		// The requester gets its reward back and the winner's share of the bond; the fee
		// paid for the audit.
		assert_eq!(free(BOB), bob + REWARD + to_requester);
		let worker = Workers::<Test>::get(CHARLIE).unwrap();
		assert_eq!(worker.stake, STAKE - AUDITED_BOND);
		assert_eq!((worker.bonded, worker.stats.lost, worker.stats.slashed), (0, 1, AUDITED_BOND));
	});
}

#[test]
fn a_result_not_drawn_settles_optimistically_and_the_fee_comes_back() {
	ExtBuilder::default().audits(Perbill::from_percent(25)).build_and_execute(|| {
		// Even a wrong result: not drawn, nobody checks it.
		let task = served(&WRONG);
		randomness_drawing(task, false);
		let (charlie, bob) = (free(CHARLIE), free(BOB));

		run_to_block(DUE);

		assert_eq!(route(task), Some(SettlementRoute::Optimistic));
		assert!(!market_events().iter().any(|e| matches!(e, Event::TaskAudited { .. })));
		assert_eq!(free(CHARLIE), charlie + REWARD);
		assert_eq!(free(BOB), bob + tiny_fee());
		assert_eq!(held(HoldReason::AuditFee, BOB), 0);
	});
}

#[test]
fn without_randomness_every_eligible_task_is_audited() {
	ExtBuilder::default().audits(Perbill::from_percent(1)).build_and_execute(|| {
		let model = register_tiny_model();
		let bond = Market::min_worker_bond(model, REWARD, 1).unwrap();
		let task = post_with_bond(model, bond);
		assert_ok!(Market::register_worker(RuntimeOrigin::signed(CHARLIE), bond));
		submit(CHARLIE, task, &RIGHT);
		ParentRandomness::set(None);

		run_to_block(DUE);

		assert_eq!(route(task), Some(SettlementRoute::Audited));
	});
}

#[test]
fn the_draw_follows_the_audit_chance_and_the_randomness() {
	ExtBuilder::default().audits(Perbill::from_percent(25)).build_and_execute(|| {
		let drawn = |seed: u8| {
			ParentRandomness::set(Some(H256::repeat_byte(seed)));
			(0..4_000u64).filter(|id| Market::audit_drawn(*id)).collect::<Vec<_>>()
		};
		let (first, second) = (drawn(1), drawn(2));
		// 4,000 draws at p = 1/4: 1,000 expected, standard deviation 27.
		for draws in [&first, &second] {
			assert!((880..=1_120).contains(&draws.len()), "{} of 4000 drawn", draws.len());
		}
		assert_ne!(first, second, "the draws depend on the randomness");
	});
}

#[test]
fn audits_beyond_the_block_budget_wait_undrawn_for_the_next_block() {
	ExtBuilder::default().audits(Perbill::one()).build_and_execute(|| {
		MaxAuditsPerBlock::set(1);
		let model = register_tiny_model();
		let opaque = register_opaque_model();
		assert_ok!(Market::register_worker(RuntimeOrigin::signed(CHARLIE), STAKE));
		opt_in(CHARLIE, model);
		opt_in(CHARLIE, opaque);
		let tasks: Vec<_> = (0..3).map(|_| post_with_bond(model, AUDITED_BOND)).collect();
		let after = post(opaque, b"prompt");
		// Drawn over two blocks (the hook's bound), all served in one.
		run_to_draws(&[tasks.clone(), vec![after]].concat());
		for task in &tasks {
			submit(CHARLIE, *task, &RIGHT);
		}
		submit(CHARLIE, after, b"answer");
		let due = System::block_number() + PERIOD + 1;

		run_to_block(due);
		let settled = |ids: &[crate::TaskId]| ids.iter().filter(|t| route(**t).is_some()).count();
		assert_eq!(settled(&tasks), 1, "one audit in the first block");
		let waiting = tasks.iter().find(|t| route(**t).is_none()).unwrap();
		assert!(matches!(
			Tasks::<Test>::get(waiting).unwrap().status,
			TaskStatus::Submitted { .. }
		));

		run_to_block(due + 1);
		assert_eq!(settled(&tasks), 2);
		run_to_block(due + 2);
		assert_eq!(settled(&tasks), 3);
		assert_eq!(route(after), Some(SettlementRoute::Optimistic));
		// None was skipped: every one was audited.
		for task in tasks {
			assert_eq!(route(task), Some(SettlementRoute::Audited));
		}
		let audits =
			market_events().iter().filter(|e| matches!(e, Event::TaskAudited { .. })).count();
		assert_eq!(audits, 3);
	});
}

#[test]
fn finalize_leaves_a_task_an_audit_may_draw_to_the_hook() {
	ExtBuilder::default().audits(Perbill::from_percent(25)).build_and_execute(|| {
		let task = served(&WRONG);
		// Past the window, in a block whose hook has not run.
		System::set_block_number(DUE);
		assert_noop!(
			Market::finalize(RuntimeOrigin::signed(EVE), task),
			Error::<Test>::SettledByHook
		);
	});
}

#[test]
fn a_bond_below_the_detection_price_is_refused() {
	ExtBuilder::default().audits(Perbill::from_percent(25)).build_and_execute(|| {
		let model = register_tiny_model();
		// p S > (1 - p) R: S / 4 > 30 for R = 40, so S = 121 is the smallest bond.
		assert_eq!(Market::min_worker_bond(model, REWARD, 1), Some(121));
		assert_noop!(
			Market::post_task(
				RuntimeOrigin::signed(BOB),
				model,
				INPUT.to_vec().try_into().unwrap(),
				terms(REWARD, 120, DEADLINE, PERIOD, 1),
			),
			Error::<Test>::BondBelowDetectionPrice
		);
		post_with_bond(model, 121);
		// Tasks that are never audited take the floor.
		let opaque = register_opaque_model();
		assert_eq!(Market::min_worker_bond(opaque, REWARD, 1), Some(MIN_TASK_BOND));
		// A quorum worker's share is ceil(40 / 3) = 14: S / 4 > 14 * 3 / 4 = 10.5, so 43.
		assert_eq!(Market::min_worker_bond(model, REWARD, 3), Some(43));
		assert_eq!(Market::min_worker_bond(99, REWARD, 1), None);
	});
	ExtBuilder::default().audits(Perbill::one()).build_and_execute(|| {
		// Every result audited: any bond prices it.
		let model = register_tiny_model();
		assert_eq!(Market::min_worker_bond(model, REWARD, 1), Some(MIN_TASK_BOND));
	});
}

#[test]
fn the_smallest_bond_is_the_smallest_that_prices_detection() {
	for percent in [1, 10, 25, 33, 50, 75, 99] {
		ExtBuilder::default().audits(Perbill::from_percent(percent)).build_and_execute(|| {
			let model = register_tiny_model();
			for reward in [MIN_REWARD, 7, 40, 999, 123_457] {
				for replicas in [1u8, 2, 3, 5] {
					let bond = Market::min_worker_bond(model, reward, replicas).unwrap();
					let prices = |bond| Market::bond_prices_detection(reward, replicas, bond);
					assert!(prices(bond), "{percent}% {reward}/{replicas}");
					assert!(
						bond == MIN_TASK_BOND || !prices(bond - 1),
						"{percent}% {reward}/{replicas}: {bond} is not the smallest"
					);
					// The rule in exact arithmetic: p S > (1 - p) share, share = ceil(R / k).
					let share = reward.div_ceil(u128::from(replicas));
					assert!(u128::from(percent) * bond > u128::from(100 - percent) * share);
				}
			}
		});
	}
}

#[test]
fn cancelled_expired_and_challenged_tasks_return_the_audit_fee() {
	ExtBuilder::default().audits(Perbill::from_percent(25)).build_and_execute(|| {
		let model = register_tiny_model();
		let before = free(BOB);
		let cancelled = post_with_bond(model, AUDITED_BOND);
		assert_ok!(Market::cancel_task(RuntimeOrigin::signed(BOB), cancelled));
		assert_eq!(free(BOB), before);

		let expired = post_with_bond(model, AUDITED_BOND);
		run_to_block(System::block_number() + DEADLINE + 1);
		assert_eq!(route(expired), Some(SettlementRoute::Expired));
		assert_eq!(free(BOB), before);

		// A challenge re-executes at the challenger's cost: the requester's fee comes back.
		let challenged = post_with_bond(model, AUDITED_BOND);
		assert_ok!(Market::register_worker(RuntimeOrigin::signed(CHARLIE), STAKE));
		submit(CHARLIE, challenged, &WRONG);
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), challenged, MIN_CHALLENGE_BOND));
		assert_eq!(route(challenged), Some(SettlementRoute::ReExecuted));
		assert_eq!(held(HoldReason::AuditFee, BOB), 0);
		assert_eq!(free(BOB), before, "reward and fee returned, none of the slash to Bob");
		assert_eq!(Balances::total_balance(&BOB), before);
	});
}

/// A quorum of the tiny model whose three workers (Charlie, Dave, Eve) revealed `outputs`, its
/// reveal period closed; the hook resolves it in the next block.
fn revealed_quorum(outputs: [&[u8]; 3]) -> crate::TaskId {
	let model = register_tiny_model();
	let bond = Market::min_worker_bond(model, REWARD, 3).unwrap();
	let task = post_on(model, &INPUT, terms(REWARD, bond, DEADLINE, PERIOD, 3));
	assert!(Tasks::<Test>::get(task).unwrap().audit_fee.is_some());
	let workers = [CHARLIE, DAVE, EVE];
	for (worker, output) in workers.iter().zip(outputs) {
		assert_ok!(Market::register_worker(RuntimeOrigin::signed(*worker), STAKE));
		commit(*worker, task, output);
	}
	for (worker, output) in workers.iter().zip(outputs) {
		reveal(*worker, task, output);
	}
	assert_ok!(Market::finalize(RuntimeOrigin::signed(BOB), task));
	task
}

#[test]
fn a_quorum_that_agrees_on_a_wrong_output_is_slashed_whole_when_audited() {
	ExtBuilder::default().audits(Perbill::from_percent(25)).build_and_execute(|| {
		// Three accounts of one party agree on a wrong output: unanimity, no majority to beat.
		let task = revealed_quorum([&WRONG, &WRONG, &WRONG]);
		let bond = Tasks::<Test>::get(task).unwrap().worker_bond;
		randomness_drawing(task, true);
		let bob = free(BOB);

		run_to_block(System::block_number() + 1);

		assert_eq!(route(task), Some(SettlementRoute::Audited));
		assert!(market_events().contains(&Event::TaskAudited {
			task,
			worker_was_right: false,
			macs: 8,
			fee: tiny_fee(),
		}));
		for worker in [CHARLIE, DAVE, EVE] {
			let record = Workers::<Test>::get(worker).unwrap();
			assert_eq!((record.stake, record.stats.lost), (STAKE - bond, 1));
		}
		// The requester gets the reward back and the winner's share of every bond.
		assert_eq!(free(BOB), bob + REWARD + 3 * WinnerShare::get().mul_floor(bond));
	});
}

#[test]
fn an_agreeing_quorum_not_drawn_settles_by_the_quorum_and_the_fee_comes_back() {
	ExtBuilder::default().audits(Perbill::from_percent(25)).build_and_execute(|| {
		let task = revealed_quorum([&WRONG, &WRONG, &WRONG]);
		randomness_drawing(task, false);
		let bob = free(BOB);

		run_to_block(System::block_number() + 1);

		assert_eq!(route(task), Some(SettlementRoute::Quorum { agreeing: 3, of: 3 }));
		assert_eq!(free(BOB), bob + tiny_fee());
		assert!(!market_events().iter().any(|e| matches!(e, Event::TaskAudited { .. })));
	});
}

#[test]
fn an_audited_right_quorum_is_paid_and_a_disagreeing_one_re_executed_as_before() {
	ExtBuilder::default().audits(Perbill::from_percent(25)).build_and_execute(|| {
		let task = revealed_quorum([&RIGHT, &RIGHT, &RIGHT]);
		randomness_drawing(task, true);
		let charlie = free(CHARLIE);
		run_to_block(System::block_number() + 1);
		assert_eq!(route(task), Some(SettlementRoute::Audited));
		assert!(free(CHARLIE) >= charlie + REWARD / 3);
		assert_eq!(held(HoldReason::AuditFee, BOB), 0);
	});
	ExtBuilder::default().audits(Perbill::from_percent(25)).build_and_execute(|| {
		// Disagreement is re-executed whatever the draw; the challenge-free re-execution is
		// the chain's own, so the fee comes back.
		let task = revealed_quorum([&RIGHT, &WRONG, &WRONG]);
		randomness_drawing(task, true);
		let bob = free(BOB);
		run_to_block(System::block_number() + 1);
		assert_eq!(route(task), Some(SettlementRoute::ReExecuted));
		assert!(!market_events().iter().any(|e| matches!(e, Event::TaskAudited { .. })));
		assert_eq!(free(BOB), bob + tiny_fee());
	});
}
