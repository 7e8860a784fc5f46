//! Benchmarks of every call and of the settling hook, each at its worst case.

use super::*;
use crate::{settlement::MAX_SCHEDULE_PROBE, Pallet as Market};
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::H256;
use sp_runtime::traits::{Bounded, One, Saturating};

/// Input length of the benchmark models: the digits demo model's.
const MODEL_INPUT: u16 = 64;

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount = BalanceOf::<T>::max_value() / 1_000_000u32.into();
	T::Currency::set_balance(&who, amount);
	who
}

fn bytes<S: Get<u32>>(len: u32) -> BoundedVec<u8, S> {
	BoundedVec::truncate_from(vec![7u8; len as usize])
}

fn now<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number()
}

/// A single-layer model `MODEL_INPUT -> out` within the Config's bounds.
fn model_code<T: Config>(out: u32) -> Vec<u8> {
	let max_out = T::MaxOutputLen::get()
		.min(T::MaxModelMacs::get() / u32::from(MODEL_INPUT))
		.min(u32::from(u16::MAX));
	qmodel::synthetic(MODEL_INPUT, &[], out.clamp(1, max_out) as u16)
}

fn new_verifiable_model<T: Config>(owner: &T::AccountId, out: u32) -> ModelId {
	let id = NextModelId::<T>::get();
	let code = model_code::<T>(out);
	Market::<T>::register_verifiable_model(
		RawOrigin::Signed(owner.clone()).into(),
		bytes::<T::MaxNameLen>(T::MaxNameLen::get()),
		BoundedVec::truncate_from(code),
	)
	.expect("benchmark model is valid");
	id
}

fn new_opaque_model<T: Config>(owner: &T::AccountId) -> ModelId {
	let id = NextModelId::<T>::get();
	Market::<T>::register_opaque_model(
		RawOrigin::Signed(owner.clone()).into(),
		bytes::<T::MaxNameLen>(T::MaxNameLen::get()),
		bytes::<T::MaxNameLen>(T::MaxNameLen::get()),
		H256::repeat_byte(1),
	)
	.expect("benchmark model is valid");
	id
}

fn new_worker<T: Config>(who: &T::AccountId) {
	let stake = T::MinWorkerStake::get().saturating_mul(1_000u32.into());
	Market::<T>::register_worker(RawOrigin::Signed(who.clone()).into(), stake)
		.expect("worker is funded");
}

/// Fills the due queues of `from` and the blocks after it so that scheduling must probe
/// `MAX_SCHEDULE_PROBE - 1` full queues before it finds room: the scheduler's worst case.
fn fill_due_queues<T: Config>(from: BlockNumberFor<T>) {
	let full: BoundedVec<TaskId, T::MaxDuePerBlock> =
		BoundedVec::truncate_from(vec![TaskId::MAX; T::MaxDuePerBlock::get() as usize]);
	let mut at = from;
	for _ in 0..MAX_SCHEDULE_PROBE.saturating_sub(1) {
		DueAt::<T>::insert(at, full.clone());
		at = at.saturating_add(One::one());
	}
}

fn deadline<T: Config>() -> BlockNumberFor<T> {
	now::<T>().saturating_add(T::MaxTaskLifetime::get())
}

fn post<T: Config>(requester: &T::AccountId, model: ModelId, input_len: u32) -> TaskId {
	let id = NextTaskId::<T>::get();
	Market::<T>::post_task(
		RawOrigin::Signed(requester.clone()).into(),
		model,
		bytes::<T::MaxInputLen>(input_len),
		T::MinReward::get().saturating_mul(100u32.into()),
		T::MinTaskBond::get(),
		deadline::<T>(),
		T::MinChallengePeriod::get(),
	)
	.expect("benchmark task is valid");
	id
}

fn submit<T: Config>(worker: &T::AccountId, task: TaskId, output: Vec<u8>) {
	Market::<T>::submit_result(
		RawOrigin::Signed(worker.clone()).into(),
		task,
		BoundedVec::truncate_from(output),
	)
	.expect("benchmark result is valid");
}

/// A task of an opaque model with a submitted result.
fn submitted_opaque_task<T: Config>() -> (TaskId, T::AccountId) {
	let requester = funded::<T>("requester", 0);
	let worker = funded::<T>("worker", 0);
	let model = new_opaque_model::<T>(&requester);
	new_worker::<T>(&worker);
	let task = post::<T>(&requester, model, T::MaxInputLen::get());
	submit::<T>(&worker, task, vec![1u8; T::MaxOutputLen::get() as usize]);
	(task, worker)
}

/// A disputed task of an opaque model.
fn disputed_task<T: Config>() -> TaskId {
	let (task, _) = submitted_opaque_task::<T>();
	let challenger = funded::<T>("challenger", 0);
	Market::<T>::challenge(RawOrigin::Signed(challenger).into(), task, T::MinChallengeBond::get())
		.expect("challenge is valid");
	task
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_opaque_model(n: Linear<0, { 2 * T::MaxNameLen::get() }>) {
		let owner = funded::<T>("owner", 0);
		let name_len = n.min(T::MaxNameLen::get());
		let name = bytes::<T::MaxNameLen>(name_len);
		let uri = bytes::<T::MaxNameLen>(n.saturating_sub(name_len));

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), name, uri, H256::repeat_byte(1));

		assert_eq!(Models::<T>::get(0).map(|m| m.owner), Some(owner));
	}

	/// `b` is the model's size in bytes; parsing and validating it is linear in `b`.
	#[benchmark]
	fn register_verifiable_model(b: Linear<400, { T::MaxModelBytes::get() }>) {
		let owner = funded::<T>("owner", 0);
		// One output row of a `MODEL_INPUT`-wide layer is 68 bytes.
		let code = model_code::<T>(b.saturating_sub(11) / (u32::from(MODEL_INPUT) + 4));

		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			bytes::<T::MaxNameLen>(T::MaxNameLen::get()),
			BoundedVec::truncate_from(code),
		);

		assert!(ModelCode::<T>::contains_key(0));
	}

	#[benchmark]
	fn retire_model() {
		let owner = funded::<T>("owner", 0);
		let model = new_verifiable_model::<T>(&owner, u32::MAX);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), model);

		assert!(!Models::<T>::contains_key(model));
	}

	#[benchmark]
	fn register_worker() {
		let who = funded::<T>("worker", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), T::MinWorkerStake::get());

		assert!(Workers::<T>::contains_key(&who));
	}

	#[benchmark]
	fn add_stake() {
		let who = funded::<T>("worker", 0);
		new_worker::<T>(&who);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), T::MinWorkerStake::get());

		assert!(Workers::<T>::get(&who).is_some());
	}

	#[benchmark]
	fn unbond() {
		let who = funded::<T>("worker", 0);
		new_worker::<T>(&who);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), T::MinWorkerStake::get());

		assert!(Workers::<T>::get(&who).and_then(|w| w.unbonding).is_some());
	}

	#[benchmark]
	fn withdraw_unbonded() {
		let who = funded::<T>("worker", 0);
		new_worker::<T>(&who);
		Market::<T>::unbond(RawOrigin::Signed(who.clone()).into(), T::MinWorkerStake::get())
			.expect("stake is free");
		frame_system::Pallet::<T>::set_block_number(
			now::<T>().saturating_add(T::UnbondingPeriod::get()),
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(Workers::<T>::get(&who).and_then(|w| w.unbonding).is_none());
	}

	/// `i` is the input length; the scheduler probes the most full queues.
	#[benchmark]
	fn post_task(i: Linear<0, { T::MaxInputLen::get() }>) {
		let requester = funded::<T>("requester", 0);
		let model = new_opaque_model::<T>(&requester);
		let deadline = deadline::<T>();
		fill_due_queues::<T>(deadline.saturating_add(One::one()));

		#[extrinsic_call]
		_(
			RawOrigin::Signed(requester),
			model,
			bytes::<T::MaxInputLen>(i),
			T::MinReward::get(),
			T::MinTaskBond::get(),
			deadline,
			T::MaxChallengePeriod::get(),
		);

		assert!(Tasks::<T>::contains_key(0));
	}

	#[benchmark]
	fn cancel_task() {
		let requester = funded::<T>("requester", 0);
		let model = new_opaque_model::<T>(&requester);
		let task = post::<T>(&requester, model, T::MaxInputLen::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(requester), task);

		assert!(matches!(
			Tasks::<T>::get(task).map(|t| t.status),
			Some(TaskStatus::Settled { .. })
		));
	}

	/// `o` is the output length; the scheduler probes the most full queues.
	#[benchmark]
	fn submit_result(o: Linear<0, { T::MaxOutputLen::get() }>) {
		let requester = funded::<T>("requester", 0);
		let worker = funded::<T>("worker", 0);
		let model = new_opaque_model::<T>(&requester);
		new_worker::<T>(&worker);
		let task = post::<T>(&requester, model, T::MaxInputLen::get());
		fill_due_queues::<T>(
			now::<T>().saturating_add(T::MinChallengePeriod::get()).saturating_add(One::one()),
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(worker), task, bytes::<T::MaxOutputLen>(o));

		assert!(Submissions::<T>::contains_key(task));
	}

	#[benchmark]
	fn challenge_opaque() {
		let (task, _) = submitted_opaque_task::<T>();
		let challenger = funded::<T>("challenger", 0);
		fill_due_queues::<T>(
			now::<T>().saturating_add(T::ArbitrationPeriod::get()).saturating_add(One::one()),
		);

		#[extrinsic_call]
		challenge(RawOrigin::Signed(challenger), task, T::MinChallengeBond::get());

		assert!(Challenges::<T>::contains_key(task));
	}

	/// `m` is the model's multiply-accumulate count. The worker's output is wrong, so the
	/// call re-executes the model, slashes the worker and refunds the requester.
	#[benchmark]
	fn challenge_reexecute(m: Linear<{ u32::from(MODEL_INPUT) }, { T::MaxModelMacs::get() }>) {
		let requester = funded::<T>("requester", 0);
		let worker = funded::<T>("worker", 0);
		let challenger = funded::<T>("challenger", 0);
		let out = m / u32::from(MODEL_INPUT);
		let model = new_verifiable_model::<T>(&requester, out);
		let (input_len, output_len) = match Models::<T>::get(model).map(|m| m.kind) {
			Some(ModelKind::Verifiable { input_len, output_len, .. }) => (input_len, output_len),
			_ => panic!("model is verifiable"),
		};
		new_worker::<T>(&worker);
		let task = post::<T>(&requester, model, input_len);
		let expected =
			Market::<T>::reexecute(model, &vec![7u8; input_len as usize]).expect("model runs");
		let wrong: Vec<u8> = expected.iter().map(|v| (*v as u8).wrapping_add(1)).collect();
		assert_eq!(wrong.len() as u32, output_len);
		submit::<T>(&worker, task, wrong);

		#[extrinsic_call]
		challenge(RawOrigin::Signed(challenger), task, T::MinChallengeBond::get());

		assert!(matches!(
			Tasks::<T>::get(task).map(|t| t.status),
			Some(TaskStatus::Settled { route: SettlementRoute::ReExecuted, .. })
		));
	}

	#[benchmark]
	fn rule() -> Result<(), BenchmarkError> {
		let task = disputed_task::<T>();
		let origin =
			T::ArbiterOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, task, false);

		assert!(matches!(
			Tasks::<T>::get(task).map(|t| t.status),
			Some(TaskStatus::Settled { route: SettlementRoute::Arbitrated, .. })
		));
		Ok(())
	}

	/// The most expensive route `finalize` can take: an unruled dispute returns both bonds
	/// and the reward.
	#[benchmark]
	fn finalize() {
		let task = disputed_task::<T>();
		frame_system::Pallet::<T>::set_block_number(
			now::<T>().saturating_add(T::ArbitrationPeriod::get()).saturating_add(One::one()),
		);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), task);

		assert!(matches!(
			Tasks::<T>::get(task).map(|t| t.status),
			Some(TaskStatus::Settled { route: SettlementRoute::Unresolved, .. })
		));
	}

	/// `n` steps of the settling hook: one queue read and `n - 1` optimistic settlements,
	/// each paying a different worker.
	#[benchmark]
	fn settle_due_tasks(n: Linear<1, { T::MaxSettlementsPerBlock::get() }>) {
		let requester = funded::<T>("requester", 0);
		let model = new_opaque_model::<T>(&requester);
		let tasks: Vec<TaskId> = (1..n)
			.map(|i| {
				let worker = funded::<T>("worker", i);
				new_worker::<T>(&worker);
				let task = post::<T>(&requester, model, T::MaxInputLen::get());
				submit::<T>(&worker, task, vec![1u8; T::MaxOutputLen::get() as usize]);
				task
			})
			.collect();
		let due =
			now::<T>().saturating_add(T::MinChallengePeriod::get()).saturating_add(One::one());
		frame_system::Pallet::<T>::set_block_number(due);
		// Start at the queue of the due block, which holds exactly the tasks above.
		SettleCursor::<T>::put(due);

		#[block]
		{
			Market::<T>::settle_due_tasks(due);
		}

		for task in tasks {
			assert!(matches!(
				Tasks::<T>::get(task).map(|t| t.status),
				Some(TaskStatus::Settled { route: SettlementRoute::Optimistic, .. })
			));
		}
	}

	impl_benchmark_test_suite!(
		Market,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
