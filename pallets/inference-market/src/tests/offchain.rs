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

/// Expects one POST of the input `prompt` to the endpoint `url`, answered with `answer`.
fn expect_answer(state: &Shared<OffchainState>, url: &str) {
	state.write().expect_request(PendingRequest {
		method: "POST".into(),
		uri: url.into(),
		headers: vec![("Content-Type".into(), "application/octet-stream".into())],
		body: b"prompt".to_vec(),
		response: Some(b"answer".to_vec()),
		sent: true,
		..Default::default()
	});
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
		expect_answer(&state, url);
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

/// Watchtower starvation: an attacker keeps more servable tasks open than the worker's budget;
/// the watchtower still challenges the wrong result in the same block.
#[test]
fn the_watchtower_catches_a_wrong_result_while_servable_tasks_flood_the_budget() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		register_worker(DAVE);
		let wrong = post(model, &INPUT);
		submit(DAVE, wrong, &[4, 7]);
		for _ in 0..8 {
			post(model, &INPUT);
		}
		register_worker(CHARLIE);
		assert_ok!(Market::add_stake(RuntimeOrigin::signed(CHARLIE), 10 * BOND));
		UintAuthorityId::set_all_keys(vec![CHARLIE]);

		offchain_worker(2);
		let calls = sent(&pool);
		assert!(
			calls.contains(&(CHARLIE, Call::challenge { task: wrong, bond: MIN_CHALLENGE_BOND }))
		);
		// Serving still used its whole budget.
		let served = calls.iter().filter(|(_, c)| matches!(c, Call::submit_result { .. })).count();
		assert_eq!(served, 4);
	});
}

/// The watch cursor moves only past the results it inspected: with more wrong results than
/// its challenge budget, the next block goes on where the last stopped, in index order.
#[test]
fn the_watch_cursor_moves_only_past_inspected_results() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		register_worker(DAVE);
		assert_ok!(Market::add_stake(RuntimeOrigin::signed(DAVE), 70 * BOND));
		// More results in their window than one page of the index.
		for _ in 0..(crate::MAX_OPEN_TASKS_PAGE + 2) {
			let task = post(model, &INPUT);
			submit(DAVE, task, &[4, 7]);
		}
		let order: Vec<u64> = crate::InWindow::<Test>::iter_keys().collect();
		register_worker(CHARLIE);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);

		let challenged = |calls: Vec<(AccountId, Call<Test>)>| -> Vec<u64> {
			calls
				.into_iter()
				.map(|(_, c)| match c {
					Call::challenge { task, .. } => task,
					other => panic!("only challenges expected: {other:?}"),
				})
				.collect()
		};
		offchain_worker(2);
		assert_eq!(challenged(sent(&pool)), order[..2]);
		offchain_worker(3);
		assert_eq!(challenged(sent(&pool)), order[2..4]);
	});
}

/// Unservable models: a model registered before shapes were checked (put in storage here)
/// gives an output no result can carry. The worker commits nothing to it and stores nothing.
#[test]
fn never_commits_to_an_output_it_could_not_reveal() {
	with_offchain(|pool, state| {
		let model = crate::NextModelId::<Test>::get();
		let code = qmodel::synthetic(4, &[], 33);
		let kind = crate::ModelKind::Verifiable { input_len: 4, output_len: 33, macs: 132 };
		crate::Models::<Test>::insert(
			model,
			crate::ModelInfoOf::<Test> {
				owner: ALICE,
				deposit: 0,
				name: Default::default(),
				uri: Default::default(),
				kind,
				open_tasks: 0,
			},
		);
		crate::ModelCode::<Test>::insert(model, crate::ModelCodeOf::<Test>::truncate_from(code));
		crate::NextModelId::<Test>::put(model + 1);
		post_replicated(model, &INPUT, 2);
		post(model, &INPUT);
		register_worker(CHARLIE);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);

		offchain_worker(1);
		assert!(sent(&pool).is_empty());
		let reveals = (b"inference-market::", &b"reveals"[..], CHARLIE).encode();
		assert_eq!(OffchainStorage::get(&state.read().persistent_storage, b"", &reveals), None);
	});
}

/// Offchain reveal bookkeeping: with `MAX_PENDING_REVEALS` commitments waiting, the salt of
/// another could not be kept, so the worker does not commit to another quorum.
#[test]
fn never_commits_without_a_stored_salt() {
	with_offchain(|pool, state| {
		let model = register_tiny_model();
		// Quorums still filling, each with a commitment of this node waiting to be revealed
		// (posted by Charlie, so his node serves none of them again).
		let waiting: Vec<crate::offchain::PendingReveal> = (0
			..crate::offchain::MAX_PENDING_REVEALS)
			.map(|_| {
				let task = crate::NextTaskId::<Test>::get();
				assert_ok!(post_default_terms(CHARLIE, model, &INPUT, 2));
				crate::offchain::PendingReveal { task, output: RIGHT.to_vec(), salt: [0; 32] }
			})
			.collect();
		let reveals = (b"inference-market::", &b"reveals"[..], CHARLIE).encode();
		state.write().persistent_storage.set(b"", &reveals, &waiting.encode());
		post_replicated(model, &INPUT, 2);
		register_worker(CHARLIE);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);

		offchain_worker(1);
		assert!(sent(&pool).is_empty());
		let stored = OffchainStorage::get(&state.read().persistent_storage, b"", &reveals);
		assert_eq!(stored, Some(waiting.encode()));
	});
}

#[test]
fn a_commitment_sent_again_keeps_its_salt_and_is_revealed() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		let task = crate::NextTaskId::<Test>::get();
		// A deadline past the lock's expiry.
		assert_ok!(Market::post_task(
			RuntimeOrigin::signed(BOB),
			model,
			INPUT.to_vec().try_into().unwrap(),
			terms(REWARD, BOND, MAX_TASK_LIFETIME, PERIOD, 2),
		));
		register_worker(CHARLIE);
		register_worker(DAVE);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);

		offchain_worker(1);
		let first = sent(&pool);
		// Dropped by the pool: never dispatched. After the lock expires it is sent again.
		offchain_worker(1 + crate::offchain::RESEND_AFTER as u64);
		let again = sent(&pool);
		assert_eq!(first, again);
		dispatch(again);
		commit(DAVE, task, &RIGHT);
		offchain_worker(2 + crate::offchain::RESEND_AFTER as u64);
		dispatch(sent(&pool));
		let revealed =
			Commitments::<Test>::get(task).iter().filter(|c| c.revealed.is_some()).count();
		assert_eq!(revealed, 1);
	});
}

/// A pool that refuses every transaction and counts the attempts.
struct RefusingPool(Arc<std::sync::atomic::AtomicU32>);

impl sp_core::offchain::TransactionPool for RefusingPool {
	fn submit_transaction(&mut self, _: Vec<u8>) -> Result<(), ()> {
		self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
		Err(())
	}
}

/// A transaction the pool refused releases its lock: the next block tries again instead of
/// waiting `RESEND_AFTER` blocks (longer than the shortest reveal period).
#[test]
fn a_refused_transaction_is_tried_again_in_the_next_block() {
	let mut ext = ExtBuilder::default().build();
	let (offchain, _) = TestOffchainExt::new();
	let attempts = Arc::new(std::sync::atomic::AtomicU32::new(0));
	ext.register_extension(OffchainWorkerExt::new(offchain.clone()));
	ext.register_extension(OffchainDbExt::new(offchain));
	ext.register_extension(TransactionPoolExt::new(RefusingPool(attempts.clone())));
	ext.execute_with(|| {
		let model = register_tiny_model();
		post(model, &INPUT);
		register_worker(CHARLIE);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);
		offchain_worker(1);
		offchain_worker(2);
		assert_eq!(attempts.load(std::sync::atomic::Ordering::SeqCst), 2);
		Market::do_try_state().unwrap();
	});
}

/// Fee drain: a worker whose stake fell below `MinWorkerStake` sends nothing it would be
/// refused, and one whose free stake covers one bond sends one result, not one per task.
#[test]
fn skips_tasks_the_worker_cannot_take() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		for _ in 0..3 {
			post(model, &INPUT);
		}
		register_worker(CHARLIE);
		// Free stake: 30, enough for one bond of 20.
		assert_ok!(Market::unbond(RuntimeOrigin::signed(CHARLIE), MIN_WORKER_STAKE - 30));
		UintAuthorityId::set_all_keys(vec![CHARLIE]);
		offchain_worker(1);
		assert_eq!(sent(&pool).len(), 1);

		// Eve's stake is slashed below the minimum.
		register_worker(EVE);
		let wrong = post(model, &INPUT);
		submit(EVE, wrong, &[4, 7]);
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), wrong, MIN_CHALLENGE_BOND));
		assert!(crate::Workers::<Test>::get(EVE).unwrap().stake < MIN_WORKER_STAKE);
		UintAuthorityId::set_all_keys(vec![EVE]);
		offchain_worker(2);
		assert!(sent(&pool).is_empty());
	});
}

/// A slow or failing endpoint: at most `MAX_HTTP_CALLS_PER_RUN` calls per block (a third
/// request here has no response and would fail the test), and the next block goes on with
/// the tasks not reached.
#[test]
fn calls_the_endpoint_at_most_a_bounded_number_of_times_per_block() {
	with_offchain(|pool, state| {
		let model = register_opaque_model();
		for _ in 0..3 {
			post(model, b"prompt");
		}
		register_worker(CHARLIE);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);
		let url = "http://127.0.0.1:8080/infer";
		state.write().persistent_storage.set(b"", ENDPOINT_KEY, &url.as_bytes().to_vec().encode());
		let expect = |state: &Shared<OffchainState>| expect_answer(state, url);
		for _ in 0..crate::offchain::MAX_HTTP_CALLS_PER_RUN {
			expect(&state);
		}
		offchain_worker(1);
		assert_eq!(sent(&pool).len(), crate::offchain::MAX_HTTP_CALLS_PER_RUN as usize);
		expect(&state);
		offchain_worker(2);
		assert_eq!(sent(&pool).len(), 1);
	});
}

/// On a model with candidates the worker serves only the tasks it was drawn for: nothing
/// before the draw, nothing drawn for another worker, and its own seat once drawn.
#[test]
fn serves_only_the_drawn_tasks_it_was_drawn_for() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		register_worker(CHARLIE);
		assert_ok!(Market::serve_model(RuntimeOrigin::signed(CHARLIE), model, MAX_BOND));
		let task = post(model, &INPUT);
		UintAuthorityId::set_all_keys(vec![CHARLIE, DAVE]);
		register_worker(DAVE);
		offchain_worker(1);
		// Waiting for its draw: nobody serves it, and Dave (not a candidate) never will.
		assert!(sent(&pool).is_empty());
		run_to_draw(task);
		assert_eq!(drawn(task), vec![CHARLIE]);
		offchain_worker(System::block_number());
		let calls = sent(&pool);
		assert_eq!(
			calls,
			vec![(
				CHARLIE,
				Call::submit_result { task, output: RIGHT.to_vec().try_into().unwrap() }
			)]
		);
		dispatch(calls);
		assert!(matches!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Submitted { .. }));
	});
}
