//! Bonds priced by detection: on the cheapest bond the chain accepts, no strategy of a worker
//! gains in expectation over serving honestly, and every way of cheating loses outright.
//!
//! Each strategy is played on the pallet twice, once with the audit drawn and once not (the
//! randomness is chosen so), and the party's balance change in each is weighted by the audit
//! chance `p`: `E = p * drawn + (1 - p) * not_drawn`, in exact integer arithmetic. The party is
//! the worker and a second account it controls.

use crate::{mock::*, Tasks};
use frame_support::{assert_ok, traits::fungible::Inspect};
use sp_core::H256;
use sp_runtime::{PerThing, Perbill};

const INPUT: [u8; 4] = [1, 2, 3, 4];
const RIGHT: [u8; 2] = [4, 6];
const WRONG: [u8; 2] = [4, 7];
const WORKER: AccountId = CHARLIE;
/// The worker's second account.
const SOCK: AccountId = DAVE;
const WATCHTOWER: AccountId = EVE;

/// What the worker does with a task it took.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Strategy {
	/// Submits the model's output.
	Honest,
	/// Submits a wrong output and hopes nobody checks.
	Lie,
	/// Takes nothing: submits nothing.
	Silent,
	/// Submits a wrong output and challenges it from its second account, to win back the
	/// winner's share of its own slash.
	LieAndSelfChallenge,
	/// Submits the right output and challenges it from its second account, to have it
	/// re-executed (counted as checked on chain) and keep the challenger's slash.
	RightAndSelfChallenge,
	/// Submits a wrong output; when a watchtower challenges, the second account's challenge
	/// lands first in the same block (a higher tip).
	LieAndRaceWatchtower,
}

const STRATEGIES: [Strategy; 6] = [
	Strategy::Honest,
	Strategy::Lie,
	Strategy::Silent,
	Strategy::LieAndSelfChallenge,
	Strategy::RightAndSelfChallenge,
	Strategy::LieAndRaceWatchtower,
];

fn party_balance() -> i128 {
	(Balances::total_balance(&WORKER) + Balances::total_balance(&SOCK)) as i128
}

/// Plays `strategy` on a task of `reward` with the smallest bond the chain takes at audit
/// chance `p`, with the audit drawn or not; returns the party's balance change and the bond.
fn play(p: Perbill, reward: Balance, strategy: Strategy, drawn: bool) -> (i128, Balance) {
	let mut result = (0, 0);
	ExtBuilder::default().audits(p).build_and_execute(|| {
		let model = register_tiny_model();
		let bond = Market::min_worker_bond(model, reward, 1).unwrap();
		let task = post_on(model, &INPUT, terms(reward, bond, DEADLINE, PERIOD, 1));
		assert_ok!(Market::register_worker(
			RuntimeOrigin::signed(WORKER),
			bond.max(MIN_WORKER_STAKE)
		));
		let seed = (0..=u8::MAX)
			.find(|byte| {
				ParentRandomness::set(Some(H256::repeat_byte(*byte)));
				Market::audit_drawn(task) == drawn
			})
			.expect("a seed draws either way");
		ParentRandomness::set(Some(H256::repeat_byte(seed)));
		let before = party_balance();

		let challenge =
			|who| Market::challenge(RuntimeOrigin::signed(who), task, MIN_CHALLENGE_BOND);
		match strategy {
			Strategy::Honest => submit(WORKER, task, &RIGHT),
			Strategy::Lie => submit(WORKER, task, &WRONG),
			Strategy::Silent => {},
			Strategy::LieAndSelfChallenge => {
				submit(WORKER, task, &WRONG);
				assert_ok!(challenge(SOCK));
			},
			Strategy::RightAndSelfChallenge => {
				submit(WORKER, task, &RIGHT);
				assert_ok!(challenge(SOCK));
			},
			Strategy::LieAndRaceWatchtower => {
				submit(WORKER, task, &WRONG);
				assert_ok!(challenge(SOCK));
				assert!(challenge(WATCHTOWER).is_err(), "the task is settled");
			},
		}
		run_to_block(DEADLINE + PERIOD + 2);
		assert!(
			matches!(
				Tasks::<Test>::get(task).map(|t| t.status),
				Some(crate::TaskStatus::Settled { .. })
			),
			"{strategy:?} settles"
		);
		result = (party_balance() - before, bond);
	});
	result
}

/// The expected balance change times 10^9: `p * drawn + (1 - p) * not_drawn`.
fn expectation(p: Perbill, drawn: i128, not_drawn: i128) -> i128 {
	let parts = i128::from(p.deconstruct());
	parts * drawn + (i128::from(Perbill::ACCURACY) - parts) * not_drawn
}

#[test]
fn no_strategy_gains_in_expectation_on_the_cheapest_bond() {
	for percent in [5, 10, 25, 50, 90] {
		let p = Perbill::from_percent(percent);
		for reward in [MIN_REWARD, 40, 977, 10_001] {
			let expected = |strategy| {
				let (drawn, bond) = play(p, reward, strategy, true);
				let (not_drawn, _) = play(p, reward, strategy, false);
				(expectation(p, drawn, not_drawn), drawn, not_drawn, bond)
			};
			let (honest, ..) = expected(Strategy::Honest);
			assert_eq!(honest, i128::from(Perbill::ACCURACY) * reward as i128, "honest earns R");
			for strategy in STRATEGIES.into_iter().filter(|s| *s != Strategy::Honest) {
				let (value, drawn, not_drawn, bond) = expected(strategy);
				let case = format!(
					"p = {percent}%, R = {reward}, S = {bond}, {strategy:?}: {drawn} if drawn, \
					 {not_drawn} if not"
				);
				if percent == 25 && reward == 40 {
					let per_task = value as f64 / f64::from(Perbill::ACCURACY);
					println!("{case}: expected {per_task:+.2} (honest {reward:+})");
				}
				assert!(value < honest, "{case} gains over honest work");
				if strategy != Strategy::Silent && strategy != Strategy::RightAndSelfChallenge {
					assert!(value < 0, "{case}: cheating does not lose in expectation");
				}
			}
		}
	}
}

#[test]
fn below_the_price_lying_would_pay() {
	// The rule is tight: one unit under the smallest bond, a lie's expectation is not negative.
	let p = Perbill::from_percent(25);
	let reward: Balance = 40;
	let bond: Balance = 121;
	let lie = |bond: Balance| {
		expectation(p, -(bond as i128), reward as i128) // drawn: slashed; not drawn: paid
	};
	assert!(lie(bond) < 0);
	assert!(lie(bond - 1) >= 0);
	ExtBuilder::default().audits(p).build_and_execute(|| {
		let model = register_tiny_model();
		assert_eq!(Market::min_worker_bond(model, reward, 1), Some(bond));
	});
}
