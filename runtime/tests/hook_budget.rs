//! The settling hook's weight budget, not a count of steps, bounds how many tasks it draws in a
//! block: a block of one-seat draws draws far more tasks than a block of worst-case steps
//! could, and the hook never spends more than `MaxHookWeight`.

use frame_support::{assert_ok, traits::Get, weights::Weight};
use inference_market_runtime::{
	configs::MaxHookWeight, testing::*, Balances, InferenceMarket, Runtime, RuntimeOrigin, UNIT,
};
use pallet_inference_market::{Event, TaskStatus, Tasks};
use sp_core::H256;

mod common;
use common::serve;

/// Models the drawn workers serve: each takes at most `MaxCandidates` workers of
/// `MaxOpenSeats` seats, so three of them hold more seats than a block's budget draws.
const MODELS: u32 = 3;

#[test]
fn a_block_of_one_seat_draws_is_bounded_by_the_hook_budget_not_by_a_step_count() {
	dev_ext().execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		let candidates: u32 = <Runtime as pallet_inference_market::Config>::MaxCandidates::get();
		let seats: u32 = <Runtime as pallet_inference_market::Config>::MaxOpenSeats::get();
		let first_model = pallet_inference_market::NextModelId::<Runtime>::get();
		let mut workers = Vec::new();
		for m in 0..MODELS {
			let model = first_model + m;
			assert_ok!(InferenceMarket::register_opaque_model(
				RuntimeOrigin::signed(alice.clone()),
				format!("model {m}").into_bytes().try_into().unwrap(),
				b"https://example.invalid".to_vec().try_into().unwrap(),
				H256::repeat_byte(m as u8),
			));
			for c in 0..candidates {
				let worker = sp_runtime::AccountId32::new([(m * candidates + c + 1) as u8; 32]);
				assert_ok!(Balances::force_set_balance(
					RuntimeOrigin::root(),
					worker.clone().into(),
					1_000 * UNIT
				));
				assert_ok!(InferenceMarket::register_worker(
					RuntimeOrigin::signed(worker.clone()),
					500 * UNIT
				));
				serve(&worker, model);
				workers.push(worker);
			}
		}
		let capacity = MODELS * candidates * seats;
		let now = frame_system::Pallet::<Runtime>::block_number();
		let tasks: Vec<u64> = (0..capacity)
			.map(|i| {
				let id = pallet_inference_market::NextTaskId::<Runtime>::get();
				assert_ok!(InferenceMarket::post_task(
					RuntimeOrigin::signed(alice.clone()),
					first_model + i % MODELS,
					b"prompt".to_vec().try_into().unwrap(),
					pallet_inference_market::TaskTerms {
						reward: UNIT / 100,
						worker_bond: UNIT,
						deadline: now + 1_000,
						challenge_period: 2,
						replicas: 1,
					},
				));
				id
			})
			.collect();

		// The draw block: the hook draws until the worst case of one more step would pass its
		// budget.
		run_to_block(now + 1);
		frame_system::Pallet::<Runtime>::reset_events();
		let draw_block = now + 2;
		frame_system::Pallet::<Runtime>::set_block_number(draw_block);
		let used =
			<InferenceMarket as frame_support::traits::Hooks<u32>>::on_initialize(draw_block);
		InferenceMarket::do_try_state().expect("market invariants hold");
		let drawn =
			market_events().iter().filter(|e| matches!(e, Event::WorkerDrawn { .. })).count()
				as u64;
		let open = tasks
			.iter()
			.filter(|t| Tasks::<Runtime>::get(t).is_some_and(|t| t.status == TaskStatus::Open))
			.count() as u64;
		assert_eq!(drawn, open, "each drawn task has its one seat");

		let budget: Weight = MaxHookWeight::get();
		assert!(used.all_lte(budget), "the hook spent {used:?} of a {budget:?} budget");
		// It stopped only when one more worst-case step would not fit.
		let worst = InferenceMarket::max_step_weight();
		assert!(
			budget.saturating_sub(used).ref_time() < worst.ref_time(),
			"the hook stopped with {:?} of its budget left",
			budget.saturating_sub(used)
		);
		assert!((drawn as u32) < capacity, "the budget, not the tasks, ended the block");
		// A step count sized for worst-case steps would have drawn this many.
		let worst_case_steps = budget.ref_time() / worst.ref_time();
		println!(
			"one block drew {drawn} one-seat tasks with {} of {} ms; a budget of worst-case steps \
			 takes {worst_case_steps}",
			used.ref_time() / 1_000_000_000,
			budget.ref_time() / 1_000_000_000
		);
		assert!(drawn > 5 * worst_case_steps, "{drawn} draws against {worst_case_steps}");
	});
}
