//! Attacks on the market that need the real runtime's constants to show: each test is named
//! after the attack and fails on a market that lets it through.

use frame_support::assert_ok;
use inference_market_runtime::{
	testing::*, Balances, InferenceMarket, Runtime, RuntimeOrigin, UNIT,
};
use pallet_inference_market::{Payout, SettlementRoute, TaskStatus, Tasks};

mod common;
use common::{run_to_draws, serve};

const OPAQUE: u32 = 1;

fn post(requester: &inference_market_runtime::AccountId, deadline: u32) -> u64 {
	let id = pallet_inference_market::NextTaskId::<Runtime>::get();
	assert_ok!(InferenceMarket::post_task(
		RuntimeOrigin::signed(requester.clone()),
		OPAQUE,
		b"prompt".to_vec().try_into().unwrap(),
		pallet_inference_market::TaskTerms {
			reward: 10 * UNIT / 1000,
			worker_bond: UNIT,
			deadline,
			challenge_period: 2,
			replicas: 1,
		},
	));
	id
}

/// Settlement backlog: a spammer fills blocks with cheap posts that all fall due in one block;
/// a ruling due in the next block still settles at once, because contested settlements do not
/// queue behind uncontested ones.
#[test]
fn ten_thousand_cheap_posts_do_not_delay_a_ruling() {
	dev_ext().execute_with(|| {
		let (bob, charlie, dave, eve) = (
			account(Sr25519Keyring::Bob),
			account(Sr25519Keyring::Charlie),
			account(Sr25519Keyring::Dave),
			account(Sr25519Keyring::Eve),
		);
		// An honest dispute: Bob serves Charlie's task, Dave challenges it.
		assert_ok!(InferenceMarket::register_worker(
			RuntimeOrigin::signed(bob.clone()),
			100 * UNIT
		));
		serve(&bob, OPAQUE);
		let disputed = post(&charlie, 1_000);
		run_to_draws(&[disputed]);
		assert_ok!(InferenceMarket::submit_result(
			RuntimeOrigin::signed(bob),
			disputed,
			b"answer".to_vec().try_into().unwrap()
		));
		assert_ok!(InferenceMarket::challenge(RuntimeOrigin::signed(dave), disputed, UNIT));

		// Eve's spam: 10,000 posts due in block X, expiring before their draw.
		const X: u32 = 5;
		assert_eq!(frame_system::Pallet::<Runtime>::block_number(), X - 2);
		for _ in 0..10_000 {
			post(&eve, X - 1);
		}
		run_to_block(X);
		// The arbiter rules in block X: the ruling is due in X + 1.
		assert_ok!(InferenceMarket::rule(RuntimeOrigin::root(), disputed, true));
		run_to_block(X + 2);
		assert!(
			matches!(
				Tasks::<Runtime>::get(disputed).unwrap().status,
				TaskStatus::Settled {
					route: SettlementRoute::Arbitrated,
					payout: Payout::WorkerPaid,
					..
				}
			),
			"the ruling settled within two blocks of being due"
		);
		// The spam still settles, at the hook's bounded pace (or by anyone's `finalize`).
		let settled_spam = (1..=10_000u64)
			.filter(|id| {
				matches!(Tasks::<Runtime>::get(id).unwrap().status, TaskStatus::Settled { .. })
			})
			.count();
		assert!(settled_spam > 0 && settled_spam < 10_000);
	});
}

/// Self-dealing against the trust report: one party posts a task, serves it and challenges
/// its own result through three accounts, so that the task counts as re-executed on chain.
/// Returns what the party lost and the verified share it reached.
fn self_deal(worker_is_right: bool) -> (u128, sp_runtime::Perbill, u128, u128) {
	use frame_support::traits::fungible::Inspect;
	let mut out = None;
	dev_ext().execute_with(|| {
		let [alice, bob, charlie, dave, eve] = [
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
			Sr25519Keyring::Eve,
		]
		.map(account);
		// An honest market: ten optimistic tasks of 10 UNIT, nothing verified on chain.
		assert_ok!(InferenceMarket::register_worker(
			RuntimeOrigin::signed(bob.clone()),
			100 * UNIT
		));
		serve(&bob, OPAQUE);
		let mut tasks = Vec::new();
		for _ in 0..10 {
			let id = pallet_inference_market::NextTaskId::<Runtime>::get();
			assert_ok!(InferenceMarket::post_task(
				RuntimeOrigin::signed(alice.clone()),
				OPAQUE,
				b"prompt".to_vec().try_into().unwrap(),
				terms(10 * UNIT, UNIT, 100),
			));
			tasks.push(id);
		}
		run_to_draws(&tasks);
		for id in tasks {
			assert_ok!(InferenceMarket::submit_result(
				RuntimeOrigin::signed(bob.clone()),
				id,
				b"answer".to_vec().try_into().unwrap()
			));
		}
		run_to_block(frame_system::Pallet::<Runtime>::block_number() + 3);
		let before = InferenceMarket::trust_report();
		assert_eq!(before.verified_on_chain, sp_runtime::Perbill::zero());
		assert_eq!(before.optimistic.value, 100 * UNIT);

		// Value X lifts the share from v = 0 to 99 %: (v V + X) / (V + X) = 0.99, X = 99 V.
		let value = 99 * before.optimistic.value;
		let party = [charlie.clone(), dave.clone(), eve.clone()];
		let wealth = || -> u128 { party.iter().map(Balances::total_balance).sum() };
		let start = wealth();
		// The task is audited with probability 1/4, so its bond must exceed three rewards.
		let bond = InferenceMarket::min_worker_bond(DIGITS, value, 1).unwrap();
		assert!(bond > 3 * value);
		// Its stake also locks the result's storage deposit.
		assert_ok!(InferenceMarket::register_worker(
			RuntimeOrigin::signed(dave.clone()),
			bond + UNIT
		));
		// The party's worker is the digits model's only candidate: the draw seats it.
		serve(&dave, DIGITS);
		let (input, right) = digit_vector(0);
		let task = pallet_inference_market::NextTaskId::<Runtime>::get();
		let deadline = frame_system::Pallet::<Runtime>::block_number() + 100;
		assert_ok!(InferenceMarket::post_task(
			RuntimeOrigin::signed(charlie),
			DIGITS,
			input.try_into().unwrap(),
			terms(value, bond, deadline),
		));
		assert_eq!(run_to_draws(&[task]), vec![vec![dave.clone()]]);
		let mut output = right;
		if !worker_is_right {
			output[0] = output[0].wrapping_add(1);
		}
		assert_ok!(InferenceMarket::submit_result(
			RuntimeOrigin::signed(dave),
			task,
			output.try_into().unwrap()
		));
		// The least bond a challenge takes.
		assert_ok!(InferenceMarket::challenge(RuntimeOrigin::signed(eve), task, UNIT));
		assert!(matches!(
			Tasks::<Runtime>::get(task).unwrap().status,
			TaskStatus::Settled { route: SettlementRoute::ReExecuted, .. }
		));
		let lost = start - wealth();
		out = Some((lost, InferenceMarket::trust_report().verified_on_chain, value, bond));
	});
	out.unwrap()
}

fn terms(
	reward: u128,
	worker_bond: u128,
	deadline: u32,
) -> pallet_inference_market::TaskTermsOf<Runtime> {
	pallet_inference_market::TaskTerms {
		reward,
		worker_bond,
		deadline,
		challenge_period: 2,
		replicas: 1,
	}
}

const DIGITS: u32 = 0;

/// Inflating the trust report by self-dealing: moving `verified_on_chain` of a market of
/// 100 UNIT from 0 to 99 % takes 9,900 UNIT of self-dealt value. Either way of doing it (a right
/// result challenged by a second account, or a wrong one) costs the party at least the market
/// fee on that value, 99 UNIT, about the whole market's value; without the fee a right result
/// cost half of one minimal challenge bond. A wrong result now costs half of a bond priced by
/// the audit chance (above three rewards) on top. `--nocapture` prints the measured costs
/// (`BENCHMARKS.md`).
#[test]
fn inflating_the_trust_report_by_self_dealing_costs_the_market_fee_on_the_value_it_adds() {
	for worker_is_right in [true, false] {
		let (lost, share, value, bond) = self_deal(worker_is_right);
		assert!(share >= sp_runtime::Perbill::from_percent(99), "{share:?}");
		let fee = InferenceMarket::market_fee(value);
		let units = |x: u128| x as f64 / UNIT as f64;
		println!(
			"self-dealing, worker {}: {} UNIT added to ReExecuted, verified share {share:?}, \
			 party lost {} UNIT (market fee {} UNIT, the rest burned of a slashed bond)",
			if worker_is_right { "right, challenger slashed" } else { "wrong, worker slashed" },
			units(value),
			units(lost),
			units(fee),
		);
		assert!(lost >= fee, "self-dealing cost {lost} < the fee on its value, {fee}");
		// The fee is the price; the rest is half of the slashed bond, burned: the challenger's
		// (the least a challenge takes) or the worker's.
		let burned = if worker_is_right { UNIT / 2 } else { bond - bond / 2 };
		assert_eq!(lost, fee + burned);
	}
}
