//! The offchain worker, with the SDK's test offchain, database and transaction-pool extensions.
//! `UintAuthorityId::set_all_keys` plays the node's keystore: key `n` belongs to account `n`.

use crate::{mock::*, Call, Commitments, TaskStatus, Tasks, ENDPOINT_KEY};
use codec::{Decode, Encode};
use frame_support::{assert_ok, traits::Get};
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

/// Runs the offchain worker of block `n`, as a node does once it imported the block: the blocks
/// up to `n` are run first, with their hooks (draws, no-shows, settlements).
fn offchain_worker(n: BlockNumber) {
	assert!(n >= System::block_number(), "block {n} is in the past");
	run_to_block(n);
	Market::run_offchain_worker(n);
}

/// The call with which `worker`'s node serves `task` of [`tiny_model_code`] on [`INPUT`].
fn right_result(worker: AccountId, task: crate::TaskId) -> (AccountId, Call<Test>) {
	(worker, Call::submit_result { task, output: RIGHT.to_vec().try_into().unwrap() })
}

/// A node without keys, or whose key is not a registered worker's, sends nothing: no result,
/// and no opt-in either.
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

/// A drawn worker's node submits the right result of a verifiable task once (its lock holds
/// while the task is still open), the chain accepts it, and a submitted task is not served
/// again.
#[test]
fn serves_a_verifiable_task_once_and_the_result_is_accepted() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		let task = post(model, &INPUT);
		seat(task, &[CHARLIE]);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);

		let now = System::block_number();
		offchain_worker(now);
		let calls = sent(&pool);
		assert_eq!(calls, vec![right_result(CHARLIE, task)]);
		// Locked: not sent again in the next blocks, even while the task is still open.
		offchain_worker(now + 1);
		offchain_worker(now + 2);
		assert!(sent(&pool).is_empty());
		assert_eq!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Open);
		dispatch(calls);
		assert!(matches!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Submitted { .. }));
		// Submitted tasks are not served again.
		offchain_worker(now + 3);
		assert!(sent(&pool).is_empty());
	});
}

/// The requester is never drawn for its own task, nor a worker whose free stake cannot cover
/// the bond: both serve the model, yet neither node sends anything for the task. A worker that
/// can bond it is drawn in the retried draw, and its node serves it.
#[test]
fn does_not_serve_its_own_task_or_one_its_stake_cannot_bond() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		let task = post(model, &INPUT);
		// Bob posted the task; Charlie's free stake does not cover the bond.
		register_worker(BOB);
		register_worker(CHARLIE);
		assert_ok!(Market::unbond(RuntimeOrigin::signed(CHARLIE), MIN_WORKER_STAKE - BOND + 1));
		opt_in(BOB, model);
		opt_in(CHARLIE, model);
		UintAuthorityId::set_all_keys(vec![BOB, CHARLIE]);

		run_to_draw(task);
		assert!(drawn(task).is_empty());
		assert_eq!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Open);
		offchain_worker(System::block_number());
		// Both are candidates already: not even an opt-in.
		assert!(sent(&pool).is_empty());

		// Dave can bond it: the draw retried a response period later seats him, not them.
		seat(task, &[DAVE]);
		assert_eq!(drawn(task), vec![DAVE]);
		UintAuthorityId::set_all_keys(vec![BOB, CHARLIE, DAVE]);
		offchain_worker(System::block_number());
		assert_eq!(sent(&pool), vec![right_result(DAVE, task)]);
	});
}

/// A drawn quorum worker's node commits (keeping the salt), waits while the quorum is not
/// full, reveals once the reveal period opens, and the chain accepts the reveal and settles.
#[test]
fn commits_to_a_quorum_and_reveals_in_the_reveal_period() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		let task = post_replicated(model, &INPUT, 2);
		seat(task, &[CHARLIE, DAVE]);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);

		let now = System::block_number();
		offchain_worker(now);
		let calls = sent(&pool);
		let [(CHARLIE, Call::commit_result { task: t, .. })] = calls.as_slice() else {
			panic!("one commitment expected: {calls:?}");
		};
		assert_eq!(*t, task);
		dispatch(calls);
		// Nothing to reveal while the quorum is not full.
		offchain_worker(now + 1);
		assert!(sent(&pool).is_empty());

		commit(DAVE, task, &RIGHT);
		offchain_worker(now + 2);
		let calls = sent(&pool);
		let [(CHARLIE, Call::reveal_result { task: t, output, .. })] = calls.as_slice() else {
			panic!("one reveal expected: {calls:?}");
		};
		assert_eq!((*t, output.to_vec()), (task, RIGHT.to_vec()));
		// The salt kept in offchain storage matches the commitment: the chain accepts it.
		dispatch(calls);
		reveal(DAVE, task, &RIGHT);
		assert!(Commitments::<Test>::get(task).iter().all(|c| c.revealed.is_some()));
		offchain_worker(now + 3);
		assert!(sent(&pool).is_empty());

		assert_ok!(Market::finalize(RuntimeOrigin::signed(ALICE), task));
		run_to_block(System::block_number() + 1);
		assert!(matches!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Settled { .. }));
	});
}

/// The watchtower challenges a wrong result of a verifiable model with the minimum bond (the
/// chain re-executes and slashes the worker), leaves a right one alone, and does not challenge
/// again.
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
		// Charlie serves the model too (after Dave's draws), so his node sends no opt-in.
		opt_in(CHARLIE, model);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);

		let now = System::block_number();
		offchain_worker(now);
		let calls = sent(&pool);
		assert_eq!(
			calls,
			vec![(CHARLIE, Call::challenge { task: wrong, bond: MIN_CHALLENGE_BOND })]
		);
		dispatch(calls);
		assert!(matches!(Tasks::<Test>::get(wrong).unwrap().status, TaskStatus::Settled { .. }));
		assert!(matches!(Tasks::<Test>::get(right).unwrap().status, TaskStatus::Submitted { .. }));
		assert_eq!(held(crate::HoldReason::WorkerStake, DAVE), MIN_WORKER_STAKE - BOND);
		offchain_worker(now + 1);
		assert!(sent(&pool).is_empty());
	});
}

/// An opaque task is skipped while no endpoint is configured, and served with the endpoint's
/// answer once one is.
#[test]
fn serves_an_opaque_task_through_the_configured_endpoint() {
	with_offchain(|pool, state| {
		let model = register_opaque_model();
		let task = post(model, b"prompt");
		seat(task, &[CHARLIE]);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);

		// No endpoint configured: opaque tasks are skipped.
		let now = System::block_number();
		offchain_worker(now);
		assert!(sent(&pool).is_empty());

		let url = "http://127.0.0.1:8080/infer";
		// What `--inference-endpoint` or `offchain_localStorageSet` writes (the test database
		// keeps persistent entries under an empty prefix).
		let endpoint = url.as_bytes().to_vec().encode();
		state.write().persistent_storage.set(b"", ENDPOINT_KEY, &endpoint);
		expect_answer(&state, url);
		offchain_worker(now + 1);
		let calls = sent(&pool);
		assert_eq!(
			calls,
			vec![(
				CHARLIE,
				Call::submit_result { task, output: b"answer".to_vec().try_into().unwrap() }
			)]
		);
		dispatch(calls);
		assert!(matches!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Submitted { .. }));
	});
}

/// With more open seats than `MaxOffchainActionsPerBlock`, a block sends that many results and
/// the next block the rest, each task once.
#[test]
fn sends_at_most_the_configured_number_of_transactions_per_block() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		let tasks: Vec<_> = (0..6).map(|_| post(model, &INPUT)).collect();
		register_worker(CHARLIE);
		assert_ok!(Market::add_stake(RuntimeOrigin::signed(CHARLIE), 10 * BOND));
		for &task in &tasks {
			seat(task, &[CHARLIE]);
		}
		UintAuthorityId::set_all_keys(vec![CHARLIE]);

		let now = System::block_number();
		offchain_worker(now);
		let first = sent(&pool);
		assert_eq!(first.len(), 4);
		offchain_worker(now + 1);
		let second = sent(&pool);
		assert_eq!(second.len(), 2);
		let mut served: Vec<_> = first.into_iter().chain(second).collect();
		served.sort_by_key(|(_, call)| match call {
			Call::submit_result { task, .. } => *task,
			other => panic!("only results expected: {other:?}"),
		});
		let expected: Vec<_> = tasks.iter().map(|task| right_result(CHARLIE, *task)).collect();
		assert_eq!(served, expected);
	});
}

/// Watchtower starvation: an attacker keeps more servable tasks open than the worker's budget;
/// the watchtower still challenges the wrong result in the same block.
#[test]
fn the_watchtower_catches_a_wrong_result_while_servable_tasks_flood_the_budget() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		register_worker(DAVE);
		// A window that outlasts the flood's draws.
		let wrong = post_on(model, &INPUT, terms(REWARD, BOND, DEADLINE, MAX_CHALLENGE_PERIOD, 1));
		submit(DAVE, wrong, &[4, 7]);
		// Dave serves no more tasks: the flood's seats all go to Charlie.
		assert_ok!(Market::stop_serving(RuntimeOrigin::signed(DAVE), model));
		let flood: Vec<_> = (0..8).map(|_| post(model, &INPUT)).collect();
		register_worker(CHARLIE);
		assert_ok!(Market::add_stake(RuntimeOrigin::signed(CHARLIE), 10 * BOND));
		for &task in &flood {
			seat(task, &[CHARLIE]);
		}
		UintAuthorityId::set_all_keys(vec![CHARLIE]);
		assert_eq!(
			Market::open_tasks_for(CHARLIE, None, crate::MAX_OPEN_TASKS_PAGE).tasks.len(),
			flood.len()
		);

		offchain_worker(System::block_number());
		let calls = sent(&pool);
		assert!(
			calls.contains(&(CHARLIE, Call::challenge { task: wrong, bond: MIN_CHALLENGE_BOND }))
		);
		// Serving still used its whole budget.
		let served = calls.iter().filter(|(_, c)| matches!(c, Call::submit_result { .. })).count();
		assert_eq!(served, 4);
		assert_eq!(calls.len(), 5);
	});
}

/// The watch cursor moves only past the results it inspected: with more wrong results than
/// its challenge budget, the next block goes on where the last stopped, in index order, not
/// from the end of the page it read.
#[test]
fn the_watch_cursor_moves_only_past_inspected_results() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		register_worker(DAVE);
		assert_ok!(Market::add_stake(RuntimeOrigin::signed(DAVE), 70 * BOND));
		opt_in(DAVE, model);
		// More results in the index than one page of it. The hook draws a few tasks a block:
		// Dave answers each seat once drawn, with a wrong result left open to challenge for
		// long (the first few windows may close before the last task is drawn).
		let tasks: Vec<_> = (0..(crate::MAX_OPEN_TASKS_PAGE + 2))
			.map(|_| {
				post_on(
					model,
					&INPUT,
					terms(REWARD, BOND, MAX_TASK_LIFETIME, MAX_CHALLENGE_PERIOD, 1),
				)
			})
			.collect();
		while tasks.iter().any(|task| !crate::Submissions::<Test>::contains_key(task)) {
			assert!(System::block_number() < MAX_TASK_LIFETIME, "Dave answers every task");
			run_to_block(System::block_number() + 1);
			for &task in &tasks {
				if drawn(task).contains(&DAVE) && !crate::Submissions::<Test>::contains_key(task) {
					submit(DAVE, task, &[4, 7]);
				}
			}
		}
		let order: Vec<u64> = crate::InWindow::<Test>::iter_keys().collect();
		assert!(order.len() > crate::MAX_OPEN_TASKS_PAGE as usize);
		// Charlie serves the model (after Dave's draws), so his node sends no opt-in.
		register_worker(CHARLIE);
		opt_in(CHARLIE, model);
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
		// The next results of the index after position `from` still in their window in block
		// `now`, as many as one block may challenge.
		let budget = <<Test as crate::Config>::MaxOffchainChallengesPerBlock as Get<u32>>::get();
		let in_window = |from: usize, now: BlockNumber| -> Vec<u64> {
			order[from..]
				.iter()
				.copied()
				.filter(|task| {
					matches!(
						Tasks::<Test>::get(task).map(|t| t.status),
						Some(TaskStatus::Submitted { window_end }) if now <= window_end
					)
				})
				.take(budget as usize)
				.collect()
		};
		let now = System::block_number();
		let first = in_window(0, now);
		assert_eq!(first.len(), budget as usize);
		offchain_worker(now);
		assert_eq!(challenged(sent(&pool)), first);
		let inspected = order.iter().position(|task| Some(task) == first.last()).unwrap();
		let second = in_window(inspected + 1, now + 1);
		assert_eq!(second.len(), budget as usize);
		offchain_worker(now + 1);
		assert_eq!(challenged(sent(&pool)), second);
	});
}

/// Unservable models: a model registered before shapes were checked (put in storage here)
/// gives an output no result can carry. The worker, drawn for its tasks, commits nothing to
/// them and stores nothing.
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
		let quorum = post_replicated(model, &INPUT, 2);
		let single = post(model, &INPUT);
		seat(quorum, &[CHARLIE]);
		seat(single, &[CHARLIE]);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);
		assert_eq!(
			Market::open_tasks_for(CHARLIE, None, crate::MAX_OPEN_TASKS_PAGE).tasks.len(),
			2
		);

		offchain_worker(System::block_number());
		assert!(sent(&pool).is_empty());
		let reveals = (b"inference-market::", &b"reveals"[..], CHARLIE).encode();
		assert_eq!(OffchainStorage::get(&state.read().persistent_storage, b"", &reveals), None);
	});
}

/// Offchain reveal bookkeeping: with `MAX_PENDING_REVEALS` commitments waiting, the salt of
/// another could not be kept, so the worker does not commit to the quorum it was drawn for.
#[test]
fn never_commits_without_a_stored_salt() {
	with_offchain(|pool, state| {
		let model = register_tiny_model();
		let task = post_replicated(model, &INPUT, 2);
		seat(task, &[CHARLIE]);
		// Quorums waiting for their draw, each with a commitment of this node waiting to be
		// revealed (posted by Charlie, so he is drawn for none of them).
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
		UintAuthorityId::set_all_keys(vec![CHARLIE]);
		assert_eq!(
			Market::open_tasks_for(CHARLIE, None, crate::MAX_OPEN_TASKS_PAGE).tasks.len(),
			1
		);

		offchain_worker(System::block_number());
		assert!(sent(&pool).is_empty());
		let stored = OffchainStorage::get(&state.read().persistent_storage, b"", &reveals);
		assert_eq!(stored, Some(waiting.encode()));
	});
}

/// A commitment whose transaction was dropped: once its lock expires, still within the seat's
/// response period, the node sends the same commitment again (the salt kept), so the worker
/// does not miss its seat, and reveals it.
#[test]
fn a_commitment_sent_again_keeps_its_salt_and_is_revealed() {
	with_offchain(|pool, state| {
		let model = register_tiny_model();
		let task = post_on(model, &INPUT, terms(REWARD, BOND, MAX_TASK_LIFETIME, PERIOD, 2));
		register_worker(CHARLIE);
		seat(task, &[CHARLIE, DAVE]);
		commit(DAVE, task, &RIGHT);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);

		let drawn_at = System::block_number();
		offchain_worker(drawn_at);
		let first = sent(&pool);
		let [(CHARLIE, Call::commit_result { .. })] = first.as_slice() else {
			panic!("one commitment expected: {first:?}");
		};
		// Dropped by the pool: never dispatched. A fresh salt would now differ from the first.
		state.write().seed = [7; 32];
		let expiry = drawn_at + crate::offchain::RESEND_AFTER as u64;
		let answer_by = draw_of(task)
			.and_then(|d| d.seats.into_iter().find(|s| s.worker == CHARLIE))
			.expect("Charlie is drawn")
			.answer_by;
		assert!(expiry <= answer_by, "the lock expires within the response period");
		// Still locked: nothing is sent until the lock expires.
		for n in drawn_at + 1..expiry {
			offchain_worker(n);
			assert!(sent(&pool).is_empty());
		}
		offchain_worker(expiry);
		let again = sent(&pool);
		assert_eq!(first, again);
		dispatch(again);
		assert!(draw_of(task).unwrap().seats.iter().all(|s| s.answered));
		offchain_worker(expiry + 1);
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
/// waiting `RESEND_AFTER` blocks.
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
		let task = post(model, &INPUT);
		seat(task, &[CHARLIE]);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);
		let now = System::block_number();
		offchain_worker(now);
		offchain_worker(now + 1);
		assert_eq!(attempts.load(std::sync::atomic::Ordering::SeqCst), 2);
		Market::do_try_state().unwrap();
	});
}

/// Fee drain: a worker whose stake fell below `MinWorkerStake` sends nothing it would be
/// refused, though it still holds a seat, and one whose free stake covers the record deposit
/// of one result sends one result, not one per seat it holds (counting the deposits of the
/// run).
#[test]
fn skips_tasks_the_worker_cannot_take() {
	with_offchain(|pool, _| {
		const DEPOSIT: Balance = 15;
		RecordDepositBase::set(DEPOSIT);
		let model = register_tiny_model();
		// Eve, drawn for two tasks, has her stake slashed below the minimum for a wrong result.
		let wrong = post(model, &INPUT);
		let other = post(model, &INPUT);
		seat(wrong, &[EVE]);
		seat(other, &[EVE]);
		submit(EVE, wrong, &[4, 7]);
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), wrong, MIN_CHALLENGE_BOND));
		assert!(crate::Workers::<Test>::get(EVE).unwrap().stake < MIN_WORKER_STAKE);
		// Her seat on the other task is still open, but her node neither serves nor opts in.
		let open = Market::open_tasks_for(EVE, None, crate::MAX_OPEN_TASKS_PAGE);
		assert_eq!(open.tasks.into_iter().map(|(id, _)| id).collect::<Vec<_>>(), vec![other]);
		UintAuthorityId::set_all_keys(vec![EVE]);
		offchain_worker(System::block_number());
		assert!(sent(&pool).is_empty());

		// Charlie is drawn for three tasks (Eve, below the minimum stake, is passed over).
		let tasks: Vec<_> = (0..3).map(|_| post(model, &INPUT)).collect();
		for &task in &tasks {
			seat(task, &[CHARLIE]);
		}
		// The draws bonded 3 * 20 of his 100: his free stake is left at one deposit.
		assert_ok!(Market::unbond(
			RuntimeOrigin::signed(CHARLIE),
			MIN_WORKER_STAKE - 3 * BOND - DEPOSIT
		));
		assert_eq!(
			Market::open_tasks_for(CHARLIE, None, crate::MAX_OPEN_TASKS_PAGE).tasks.len(),
			tasks.len()
		);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);
		let now = System::block_number();
		offchain_worker(now);
		let calls = sent(&pool);
		let [(CHARLIE, Call::submit_result { .. })] = calls.as_slice() else {
			panic!("one result expected: {calls:?}");
		};
		dispatch(calls);
		// The deposit of that result took the rest.
		offchain_worker(now + 1);
		assert!(sent(&pool).is_empty());
		RecordDepositBase::set(0);
	});
}

/// A slow or failing endpoint: at most `MAX_HTTP_CALLS_PER_RUN` calls per block (a third
/// request here has no response and would fail the test), and the next block goes on with
/// the tasks not reached.
#[test]
fn calls_the_endpoint_at_most_a_bounded_number_of_times_per_block() {
	with_offchain(|pool, state| {
		let model = register_opaque_model();
		let tasks: Vec<_> = (0..3).map(|_| post(model, b"prompt")).collect();
		for &task in &tasks {
			seat(task, &[CHARLIE]);
		}
		UintAuthorityId::set_all_keys(vec![CHARLIE]);
		let url = "http://127.0.0.1:8080/infer";
		state.write().persistent_storage.set(b"", ENDPOINT_KEY, &url.as_bytes().to_vec().encode());
		let expect = |state: &Shared<OffchainState>| expect_answer(state, url);
		for _ in 0..crate::offchain::MAX_HTTP_CALLS_PER_RUN {
			expect(&state);
		}
		let now = System::block_number();
		offchain_worker(now);
		assert_eq!(sent(&pool).len(), crate::offchain::MAX_HTTP_CALLS_PER_RUN as usize);
		expect(&state);
		offchain_worker(now + 1);
		assert_eq!(sent(&pool).len(), 1);
	});
}

/// The worker serves only the tasks it was drawn for: nothing before the draw, nothing drawn
/// for another worker (Dave, whose node opts him in too late for this draw), and its own
/// seat once drawn.
#[test]
fn serves_only_the_drawn_tasks_it_was_drawn_for() {
	with_offchain(|pool, _| {
		let model = register_tiny_model();
		register_worker(CHARLIE);
		assert_ok!(Market::serve_model(RuntimeOrigin::signed(CHARLIE), model, MAX_BOND));
		let task = post(model, &INPUT);
		register_worker(DAVE);
		UintAuthorityId::set_all_keys(vec![CHARLIE, DAVE]);
		offchain_worker(1);
		// Waiting for its draw: nobody serves it. Dave's node opts in to the model.
		let opt_in = sent(&pool);
		assert_eq!(opt_in, vec![(DAVE, Call::serve_model { model, max_bond: MIN_WORKER_STAKE })]);
		// Included in the next block: too late for the draw of block `DRAWN`.
		run_to_block(2);
		dispatch(opt_in);
		offchain_worker(2);
		assert!(sent(&pool).is_empty());
		run_to_draw(task);
		assert_eq!(drawn(task), vec![CHARLIE]);
		offchain_worker(System::block_number());
		let calls = sent(&pool);
		assert_eq!(calls, vec![right_result(CHARLIE, task)]);
		dispatch(calls);
		assert!(matches!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Submitted { .. }));
	});
}

/// A registered worker's node opts in to the models it can serve, with its whole stake as the
/// most bond it accepts: a verifiable model at once (and once: the lock holds), an opaque one
/// only once an inference endpoint is configured. Opted in, it is drawn and serves.
#[test]
fn opts_in_to_the_models_it_can_serve() {
	with_offchain(|pool, state| {
		let verifiable = register_tiny_model();
		let opaque = register_opaque_model();
		let stake = 3 * MIN_WORKER_STAKE;
		register_worker_with(CHARLIE, stake);
		UintAuthorityId::set_all_keys(vec![CHARLIE]);

		offchain_worker(1);
		let first = sent(&pool);
		assert_eq!(
			first,
			vec![(CHARLIE, Call::serve_model { model: verifiable, max_bond: stake })]
		);
		// Locked, though not a candidate yet; the opaque model still has no endpoint.
		offchain_worker(2);
		assert!(sent(&pool).is_empty());

		let url = "http://127.0.0.1:8080/infer";
		state.write().persistent_storage.set(b"", ENDPOINT_KEY, &url.as_bytes().to_vec().encode());
		offchain_worker(3);
		let second = sent(&pool);
		assert_eq!(second, vec![(CHARLIE, Call::serve_model { model: opaque, max_bond: stake })]);
		dispatch(first);
		dispatch(second);
		for model in [verifiable, opaque] {
			let candidates = crate::Candidates::<Test>::get(model);
			assert!(candidates.iter().any(|c| c.worker == CHARLIE && c.max_bond == stake));
		}

		let task = post(verifiable, &INPUT);
		run_to_draw(task);
		assert_eq!(drawn(task), vec![CHARLIE]);
		offchain_worker(System::block_number());
		let calls = sent(&pool);
		assert_eq!(calls, vec![right_result(CHARLIE, task)]);
		dispatch(calls);
		assert!(matches!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Submitted { .. }));
	});
}
