//! Attacks on the market that need the real runtime's constants to show: each test is named
//! after the attack and fails on a market that lets it through.

use frame_support::assert_ok;
use inference_market_runtime::{testing::*, InferenceMarket, Runtime, RuntimeOrigin, UNIT};
use pallet_inference_market::{Payout, SettlementRoute, TaskStatus, Tasks};

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
		let disputed = post(&charlie, 1_000);
		assert_ok!(InferenceMarket::submit_result(
			RuntimeOrigin::signed(bob),
			disputed,
			b"answer".to_vec().try_into().unwrap()
		));
		assert_ok!(InferenceMarket::challenge(RuntimeOrigin::signed(dave), disputed, UNIT));

		// Eve's spam: 10,000 posts due in block X = 5.
		const X: u32 = 5;
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
