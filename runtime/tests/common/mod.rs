//! What the runtime tests share: having workers drawn for the tasks they serve.

// Each test crate includes this module and uses a part of it.
#![allow(dead_code)]

use frame_support::assert_ok;
use inference_market_runtime::{
	testing::run_to_block, AccountId, InferenceMarket, Runtime, RuntimeOrigin,
};
use pallet_inference_market::{TaskStatus, Tasks};

/// `worker` (registered) opts in to serve `model`, accepting any bond.
pub fn serve(worker: &AccountId, model: u32) {
	assert_ok!(InferenceMarket::serve_model(
		RuntimeOrigin::signed(worker.clone()),
		model,
		u128::MAX
	));
}

/// Runs blocks until none of `tasks` waits for its first draw (the hook draws a bounded number
/// of tasks a block), and returns the workers drawn for each.
pub fn run_to_draws(tasks: &[u64]) -> Vec<Vec<AccountId>> {
	let waiting = || {
		tasks.iter().any(|task| {
			matches!(
				Tasks::<Runtime>::get(task).map(|t| t.status),
				Some(TaskStatus::Drawing { .. })
			)
		})
	};
	while waiting() {
		run_to_block(frame_system::Pallet::<Runtime>::block_number() + 1);
	}
	tasks
		.iter()
		.map(|task| {
			Tasks::<Runtime>::get(task)
				.map(|t| t.draw.seats.iter().map(|s| s.worker.clone()).collect())
				.unwrap_or_default()
		})
		.collect()
}
