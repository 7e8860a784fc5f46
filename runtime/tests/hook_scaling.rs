//! The settling hook's cost per block must not grow with the number of tasks stored. Part of the
//! performance harness, not of CI (it stores 100,000 tasks):
//!
//! ```sh
//! cargo test --release -p inference-market-runtime --test hook_scaling \
//!     -- --ignored --nocapture
//! ```
//!
//! `npm run perf` in `e2e/` runs it too (release profile) and reports it with the rates.
//!
//! For 1,000 and 100,000 stored (ended) tasks, committed to the state trie, it settles the same
//! 16 due tasks in one block and reports the hook's weight (asserted equal: the hook never
//! iterates over stored tasks) and its native execution time (median of 21 runs, each rolled
//! back), compared as a ratio measured in the same run.

use frame_support::traits::{Hooks, OnInitialize};
use inference_market_runtime::{testing::*, InferenceMarket, Runtime, RuntimeOrigin, UNIT};
use pallet_inference_market::{Payout, SettlementRoute, TaskOf, TaskStatus, Tasks};
use std::time::Instant;

const DUE: u32 = 16;

/// Times of the hook taken, the median reported.
const RUNS: usize = 21;

/// Stores `stored` ended tasks, commits them to the state's trie, then times the hook settling
/// `DUE` due tasks: `RUNS` runs, each rolled back, then a last one that is checked.
fn hook_with_stored(stored: u64) -> (frame_support::weights::Weight, std::time::Duration) {
	let mut ext = dev_ext();
	let first = ext.execute_with(|| {
		let (bob, charlie) = (account(Sr25519Keyring::Bob), account(Sr25519Keyring::Charlie));
		InferenceMarket::register_worker(RuntimeOrigin::signed(bob.clone()), 1_000 * UNIT).unwrap();
		InferenceMarket::serve_model(RuntimeOrigin::signed(bob.clone()), 1, u128::MAX).unwrap();
		let template: TaskOf<Runtime> = TaskOf::<Runtime> {
			requester: charlie.clone(),
			model: 1,
			input: b"stored".to_vec().try_into().unwrap(),
			reward: UNIT,
			worker_bond: UNIT,
			deadline: 10,
			challenge_period: 2,
			replicas: 1,
			deposit: 0,
			audit_fee: None,
			status: TaskStatus::Settled {
				route: SettlementRoute::Optimistic,
				payout: Payout::WorkerPaid,
				at: 1,
			},
			draw: Default::default(),
		};
		// Ended tasks stay in storage; ids above the ones the live tasks get.
		for id in 0..stored {
			Tasks::<Runtime>::insert(1_000_000 + id, template.clone());
		}
		let first = pallet_inference_market::NextTaskId::<Runtime>::get();
		for _ in 0..DUE {
			InferenceMarket::post_task(
				RuntimeOrigin::signed(charlie.clone()),
				1,
				b"live".to_vec().try_into().unwrap(),
				pallet_inference_market::TaskTerms {
					reward: UNIT,
					worker_bond: UNIT,
					deadline: 50,
					challenge_period: 2,
					replicas: 1,
				},
			)
			.unwrap();
		}
		// Drawn in block 3, all to Bob.
		run_to_block(3);
		for id in first..first + u64::from(DUE) {
			InferenceMarket::submit_result(
				RuntimeOrigin::signed(bob.clone()),
				id,
				b"done".to_vec().try_into().unwrap(),
			)
			.unwrap();
		}
		// The window (this block and the next two) has passed at block 6.
		run_to_block(5);
		first
	});
	// Into the trie, as a node's state is: every read walks it.
	ext.commit_all().expect("the state commits");
	ext.execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(6);
		let hook = || {
			let start = Instant::now();
			let weight = <InferenceMarket as OnInitialize<u32>>::on_initialize(6);
			(weight, start.elapsed())
		};
		let mut times: Vec<_> = (0..RUNS)
			.map(|_| {
				sp_io::storage::start_transaction();
				let (_, elapsed) = hook();
				sp_io::storage::rollback_transaction();
				elapsed
			})
			.collect();
		times.sort();
		let (weight, _) = hook();
		for id in first..first + u64::from(DUE) {
			assert!(matches!(
				Tasks::<Runtime>::get(id).unwrap().status,
				TaskStatus::Settled { route: SettlementRoute::Optimistic, .. }
			));
		}
		<InferenceMarket as Hooks<u32>>::integrity_test();
		(weight, times[RUNS / 2])
	})
}

#[test]
#[ignore = "performance harness: stores 100,000 tasks; run with --ignored"]
fn hook_cost_does_not_grow_with_stored_tasks() {
	let (small_weight, small_time) = hook_with_stored(1_000);
	let (large_weight, large_time) = hook_with_stored(100_000);
	println!(
		"hook settling {DUE} due tasks: with 1,000 stored tasks {small_weight:?} in {small_time:?}; \
		 with 100,000 stored tasks {large_weight:?} in {large_time:?}; time ratio {:.2}",
		large_time.as_secs_f64() / small_time.as_secs_f64()
	);
	// For the performance harness (`e2e/perf.mjs`) to read.
	for (stored, weight, time) in
		[(1_000, small_weight, small_time), (100_000, large_weight, large_time)]
	{
		println!(
			"HOOK_SCALING stored={stored} due={DUE} ref_time={} proof_size={} nanos={}",
			weight.ref_time(),
			weight.proof_size(),
			time.as_nanos()
		);
	}
	assert_eq!(small_weight, large_weight, "the hook's weight does not depend on stored tasks");
}
