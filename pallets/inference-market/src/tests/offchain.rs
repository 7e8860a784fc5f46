//! The offchain worker, with the SDK's test offchain, database and transaction-pool extensions.
//! `UintAuthorityId::set_all_keys` plays the node's keystore: key `n` belongs to account `n`.

use crate::{mock::*, Call, Commitments, TaskStatus, Tasks, ENDPOINT_KEY};
use codec::{Decode, Encode};
use frame_support::assert_ok;
use sp_core::offchain::{
	testing::{OffchainState, PendingRequest, PoolState, TestOffchainExt, TestTransactionPoolExt},
	OffchainDbExt, OffchainStorage, OffchainWorkerExt, TransactionPoolExt,
};
use sp_runtime::testing::UintAuthorityId;
use sp_runtime::traits::Dispatchable;
use std::sync::Arc;

type Shared<S> = Arc<parking_lot::RwLock<S>>;

const INPUT: [u8; 4] = [1, 2, 3, 4];
const RIGHT: [u8; 2] = [4, 6];

/// Runs `test` with the offchain extensions registered, then checks the invariants.
fn with_offchain(test: impl FnOnce(Shared<PoolState>, Shared<OffchainState>)) {
	let mut ext = ExtBuilder::default().build();
	let (offchain, offchain_state) = TestOffchainExt::new();
	let (pool, pool_state) = TestTransactionPoolExt::new();
	ext.register_extension(OffchainWorkerExt::new(offchain.clone()));
	ext.register_extension(OffchainDbExt::new(offchain));
	ext.register_extension(TransactionPoolExt::new(pool));
	ext.execute_with(|| {
		test(pool_state, offchain_state);
		Market::do_try_state().expect("invariants hold after the test");
	});
}

/// The calls the offchain worker sent since the last look, with their signers.
fn sent(pool: &Shared<PoolState>) -> Vec<(AccountId, Call<Test>)> {
	pool.write()
		.transactions
		.drain(..)
		.map(|bytes| {
			let xt = Extrinsic::decode(&mut &bytes[..]).expect("the pool holds extrinsics");
			let signer = match xt.preamble {
				sp_runtime::generic::Preamble::Signed(who, (), ()) => who,
				other => panic!("the offchain worker signs its transactions: {other:?}"),
			};
			match xt.function {
				RuntimeCall::Market(call) => (signer, call),
				other => panic!("not a market call: {other:?}"),
			}
		})
		.collect()
}

/// Dispatches what the offchain worker sent, as the chain would.
fn dispatch(calls: Vec<(AccountId, Call<Test>)>) {
	for (who, call) in calls {
		assert_ok!(RuntimeCall::Market(call).dispatch(RuntimeOrigin::signed(who)));
	}
}

fn offchain_worker(n: BlockNumber) {
	System::set_block_number(n);
	Market::run_offchain_worker(n);
}

#[test]
fn without_keys_or_with_an_unregistered_key_nothing_is_sent() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		post(model, &INPUT);
		UintAuthorityId::set_all_keys(Vec::<u64>::new());
		offchain_worker(1);
		assert!(sent(&pool).is_empty());

		// Charlie's key is in the keystore, but Charlie is not a worker.
		UintAuthorityId::set_all_keys(vec![CHARLIE]);
		offchain_worker(2);
		offchain_worker(3);
		assert!(sent(&pool).is_empty());
	});
}

#[test]
fn serves_a_verifiable_task_once_and_the_result_is_accepted() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		let task = post(model, &INPUT);
		register_worker(CHARLIE);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);

		offchain_worker(1);
		let calls = sent(&pool);
		assert_eq!(
			calls,
			vec![(
				CHARLIE,
				Call::submit_result { task, output: RIGHT.to_vec().try_into().unwrap() }
			)]
		);
		// Locked: not sent again in the next blocks, even while the task is still open.
		offchain_worker(2);
		offchain_worker(3);
		assert!(sent(&pool).is_empty());
		dispatch(calls);
		assert!(matches!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Submitted { .. }));
		// Submitted tasks are not served again.
		offchain_worker(4);
		assert!(sent(&pool).is_empty());
	});
}

#[test]
fn does_not_serve_its_own_task_or_one_its_stake_cannot_bond() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		post(model, &INPUT);
		// Bob posted the task: his node does not serve it.
		register_worker(BOB);
		UintAuthorityId::set_all_keys(vec![BOB]);
		offchain_worker(1);
		assert!(sent(&pool).is_empty());

		// Charlie's free stake does not cover the bond.
		register_worker(CHARLIE);
		assert_ok!(Market::unbond(RuntimeOrigin::signed(CHARLIE), MIN_WORKER_STAKE - BOND + 1));
		UintAuthorityId::set_all_keys(vec![CHARLIE]);
		offchain_worker(2);
		assert!(sent(&pool).is_empty());
	});
}

#[test]
fn commits_to_a_quorum_and_reveals_in_the_reveal_period() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		let task = post_replicated(model, &INPUT, 2);
		register_worker(CHARLIE);
		register_worker(DAVE);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);

		offchain_worker(1);
		let calls = sent(&pool);
		let [(CHARLIE, Call::commit_result { task: t, .. })] = calls.as_slice() else {
			panic!("one commitment expected: {calls:?}");
		};
		assert_eq!(*t, task);
		dispatch(calls);
		// Nothing to reveal while the quorum is not full.
		offchain_worker(2);
		assert!(sent(&pool).is_empty());

		commit(DAVE, task, &RIGHT);
		offchain_worker(3);
		let calls = sent(&pool);
		let [(CHARLIE, Call::reveal_result { task: t, output, .. })] = calls.as_slice() else {
			panic!("one reveal expected: {calls:?}");
		};
		assert_eq!((*t, output.to_vec()), (task, RIGHT.to_vec()));
		// The salt kept in offchain storage matches the commitment: the chain accepts it.
		dispatch(calls);
		reveal(DAVE, task, &RIGHT);
		assert!(Commitments::<Test>::get(task).iter().all(|c| c.revealed.is_some()));
		offchain_worker(4);
		assert!(sent(&pool).is_empty());

		assert_ok!(Market::finalize(RuntimeOrigin::signed(ALICE), task));
		run_to_block(System::block_number() + 1);
		assert!(matches!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Settled { .. }));
	});
}

#[test]
fn the_watchtower_challenges_a_wrong_verifiable_result_and_leaves_a_right_one() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		register_worker(DAVE);
		register_worker(CHARLIE);
		let wrong = post(model, &INPUT);
		submit(DAVE, wrong, &[4, 7]);
		let right = post(model, &INPUT);
		submit(DAVE, right, &RIGHT);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);

		offchain_worker(2);
		let calls = sent(&pool);
		assert_eq!(
			calls,
			vec![(CHARLIE, Call::challenge { task: wrong, bond: MIN_CHALLENGE_BOND })]
		);
		dispatch(calls);
		assert!(matches!(Tasks::<Test>::get(wrong).unwrap().status, TaskStatus::Settled { .. }));
		assert_eq!(held(crate::HoldReason::WorkerStake, DAVE), MIN_WORKER_STAKE - BOND);
		offchain_worker(3);
		assert!(sent(&pool).is_empty());
	});
}

#[test]
fn serves_an_opaque_task_through_the_configured_endpoint() {
	with_offchain(|pool, state| {
		let model = register_opaque_model();
		let task = post(model, b"prompt");
		register_worker(CHARLIE);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);

		// No endpoint configured: opaque tasks are skipped.
		offchain_worker(1);
		assert!(sent(&pool).is_empty());

		let url = "http://127.0.0.1:8080/infer";
		// What `--inference-endpoint` or `offchain_localStorageSet` writes (the test database
		// keeps persistent entries under an empty prefix).
		let endpoint = url.as_bytes().to_vec().encode();
		state.write().persistent_storage.set(b"", ENDPOINT_KEY, &endpoint);
		state.write().expect_request(PendingRequest {
			method: "POST".into(),
			uri: url.into(),
			headers: vec![("Content-Type".into(), "application/octet-stream".into())],
			body: b"prompt".to_vec(),
			response: Some(b"answer".to_vec()),
			sent: true,
			..Default::default()
		});
		offchain_worker(2);
		let calls = sent(&pool);
		assert_eq!(
			calls,
			vec![(
				CHARLIE,
				Call::submit_result { task, output: b"answer".to_vec().try_into().unwrap() }
			)]
		);
		dispatch(calls);
	});
}

#[test]
fn sends_at_most_the_configured_number_of_transactions_per_block() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		for _ in 0..6 {
			post(model, &INPUT);
		}
		register_worker(CHARLIE);
		assert_ok!(Market::add_stake(RuntimeOrigin::signed(CHARLIE), 10 * BOND));
		UintAuthorityId::set_all_keys(vec![CHARLIE]);
		offchain_worker(1);
		assert_eq!(sent(&pool).len(), 4);
		offchain_worker(2);
		assert_eq!(sent(&pool).len(), 2);
	});
}
