//! Benchmarks of every call and of the settling hook, each at its worst case.

use super::*;
use crate::dissection::{self, Blake2};
use crate::Pallet as Market;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use qmodel::{
	committed::{self, Manifest},
	dissection as dqm, merkle,
	trace::{self, State},
	Activation,
};
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

/// Bytes of the smallest benchmark model (`MODEL_INPUT -> 1`).
const MIN_MODEL_BYTES: u32 = 7 + 4 + MODEL_INPUT as u32 + 4;

/// Outputs of a `MODEL_INPUT`-wide layer whose model takes at most `bytes` bytes: header
/// (7 bytes), layer header (4), and per output `MODEL_INPUT` weights and a 4-byte bias.
fn outputs_for_bytes(bytes: u32) -> u32 {
	bytes.saturating_sub(11) / (u32::from(MODEL_INPUT) + 4)
}

/// A single-layer model `MODEL_INPUT -> out` within the Config's bounds.
fn model_code<T: Config>(out: u32) -> Vec<u8> {
	let max_out = T::MaxOutputLen::get()
		.min(T::MaxModelMacs::get() / u32::from(MODEL_INPUT))
		.min(u32::from(u16::MAX));
	qmodel::synthetic(MODEL_INPUT, &[], out.clamp(1, max_out) as u16)
}

fn new_verifiable_model<T: Config>(owner: &T::AccountId, out: u32) -> ModelId {
	register_code::<T>(owner, model_code::<T>(out))
}

fn register_code<T: Config>(owner: &T::AccountId, code: Vec<u8>) -> ModelId {
	let id = NextModelId::<T>::get();
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

fn deadline<T: Config>() -> BlockNumberFor<T> {
	now::<T>().saturating_add(T::MaxTaskLifetime::get())
}

fn post<T: Config>(requester: &T::AccountId, model: ModelId, input_len: u32) -> TaskId {
	post_replicated::<T>(requester, model, input_len, 1)
}

fn post_replicated<T: Config>(
	requester: &T::AccountId,
	model: ModelId,
	input_len: u32,
	replicas: u32,
) -> TaskId {
	// As on a running chain, the settling hook ran at the start of this block: its cursor is
	// at the next block, before every task queued from now on.
	Market::<T>::settle_due_tasks(now::<T>());
	let id = NextTaskId::<T>::get();
	let reward = T::MinReward::get().saturating_mul(100u32.into());
	Market::<T>::post_task(
		RawOrigin::Signed(requester.clone()).into(),
		model,
		bytes::<T::MaxInputLen>(input_len),
		TaskTerms {
			reward,
			worker_bond: Market::<T>::min_worker_bond(model, reward, replicas as u8)
				.expect("the bond is payable"),
			deadline: deadline::<T>(),
			challenge_period: T::MinChallengePeriod::get(),
			replicas: replicas as u8,
		},
	)
	.expect("benchmark task is valid");
	id
}

/// Fills `model`'s candidate list with `count` registered workers, each accepting any bond.
fn fill_candidates<T: Config>(model: ModelId, count: u32) -> Vec<T::AccountId> {
	(0..count)
		.map(|i| {
			let who = funded::<T>("candidate", i);
			new_worker::<T>(&who);
			Market::<T>::serve_model(
				RawOrigin::Signed(who.clone()).into(),
				model,
				BalanceOf::<T>::max_value(),
			)
			.expect("the candidate list has room");
			who
		})
		.collect()
}

/// `who` opts in to serve `model`, accepting any bond.
fn serve<T: Config>(who: &T::AccountId, model: ModelId) {
	Market::<T>::serve_model(
		RawOrigin::Signed(who.clone()).into(),
		model,
		BalanceOf::<T>::max_value(),
	)
	.expect("the candidate list has room");
}

/// Draws task `id`'s workers in the block of its draw.
fn draw<T: Config>(id: TaskId) {
	let at = to_draw::<T>(id);
	let task = Tasks::<T>::get(id).expect("the task is stored");
	Market::<T>::draw_task(id, task, at).expect("the draw is due");
}

/// Draws task `id`'s workers as the hook will, then comes back to this block, so that a
/// benchmark can set up several drawn tasks in one block.
fn draw_here<T: Config>(id: TaskId) {
	let here = now::<T>();
	draw::<T>(id);
	frame_system::Pallet::<T>::set_block_number(here);
}

/// Moves to the block of task `id`'s draw and returns it.
fn to_draw<T: Config>(id: TaskId) -> BlockNumberFor<T> {
	let at = match Tasks::<T>::get(id).map(|task| task.status) {
		Some(TaskStatus::Drawing { at }) => at,
		_ => panic!("the task waits for its draw"),
	};
	frame_system::Pallet::<T>::set_block_number(at);
	at
}

/// Moves to the block in which task `id`'s drawn workers ran out of time and returns it.
fn to_no_shows<T: Config>(id: TaskId) -> BlockNumberFor<T> {
	let at = Tasks::<T>::get(id).and_then(|t| t.draw.next).expect("the task waits for answers");
	frame_system::Pallet::<T>::set_block_number(at);
	at
}

/// The most workers a benchmark quorum can have.
fn max_replicas<T: Config>() -> u32 {
	T::MaxReplicas::get().min(u32::from(u8::MAX))
}

/// An output of the longest length, distinct for each `i`.
fn quorum_output<T: Config>(i: u32) -> OutputOf<T> {
	let mut output = vec![0u8; T::MaxOutputLen::get().max(4) as usize];
	output[..4].copy_from_slice(&i.to_le_bytes());
	BoundedVec::truncate_from(output)
}

/// A quorum task of an opaque model with the longest input, `replicas` workers and the first
/// `committed` of them committed to `outputs(i)`.
fn quorum_task<T: Config>(
	replicas: u32,
	committed: u32,
	outputs: impl Fn(u32) -> OutputOf<T>,
) -> (TaskId, Vec<T::AccountId>) {
	let requester = funded::<T>("requester", 0);
	let model = new_opaque_model::<T>(&requester);
	let workers: Vec<T::AccountId> = (0..replicas)
		.map(|i| {
			let worker = funded::<T>("worker", i);
			new_worker::<T>(&worker);
			serve::<T>(&worker, model);
			worker
		})
		.collect();
	// Its workers are drawn (the costlier commitments: each answers a seat).
	let task = post_replicated::<T>(&requester, model, T::MaxInputLen::get(), replicas);
	draw::<T>(task);
	for (i, worker) in workers.iter().enumerate().take(committed as usize) {
		let hash = Market::<T>::commitment_hash(&outputs(i as u32), &[i as u8; 32], worker);
		Market::<T>::commit_result(RawOrigin::Signed(worker.clone()).into(), task, hash)
			.expect("commitment is valid");
	}
	(task, workers)
}

/// Reveals the first `revealed` workers' outputs of a quorum task.
fn reveal_all<T: Config>(
	task: TaskId,
	workers: &[T::AccountId],
	outputs: impl Fn(u32) -> OutputOf<T>,
) {
	for (i, worker) in workers.iter().enumerate() {
		Market::<T>::reveal_result(
			RawOrigin::Signed(worker.clone()).into(),
			task,
			outputs(i as u32),
			[i as u8; 32],
		)
		.expect("reveal is valid");
	}
}

/// Closes the reveal period of a fully revealed quorum task and moves to the block in which
/// the hook resolves it; returns that block.
fn close_reveals<T: Config>(task: TaskId) -> BlockNumberFor<T> {
	Market::<T>::finalize(RawOrigin::Signed(funded::<T>("caller", 0)).into(), task)
		.expect("every worker revealed");
	let due = now::<T>().saturating_add(One::one());
	frame_system::Pallet::<T>::set_block_number(due);
	// The hook has kept up with every earlier block.
	SettleCursor::<T>::put(due);
	ContestedCursor::<T>::put(due);
	DrawCursor::<T>::put(due);
	due
}

/// A quorum task of `replicas` workers that revealed `replicas` different outputs of an opaque
/// model, escalated to the arbiter by the hook.
fn escalated_quorum<T: Config>(replicas: u32) -> TaskId {
	let (task, workers) = quorum_task::<T>(replicas, replicas, quorum_output::<T>);
	reveal_all::<T>(task, &workers, quorum_output::<T>);
	let due = close_reveals::<T>(task);
	Market::<T>::settle_due_tasks(due);
	assert!(matches!(Tasks::<T>::get(task).map(|t| t.status), Some(TaskStatus::Disputed { .. })));
	task
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
	serve::<T>(&worker, model);
	let task = post::<T>(&requester, model, T::MaxInputLen::get());
	draw_here::<T>(task);
	submit::<T>(&worker, task, vec![1u8; T::MaxOutputLen::get() as usize]);
	(task, worker)
}

/// A task of a single-layer verifiable model of about `bytes` bytes with a wrong result
/// submitted: what a re-executing challenge or an audit checks.
fn wrong_verifiable_result<T: Config>(bytes: u32) -> TaskId {
	let requester = funded::<T>("requester", 0);
	let worker = funded::<T>("worker", 0);
	let model = new_verifiable_model::<T>(&requester, outputs_for_bytes(bytes));
	let input_len = match Models::<T>::get(model).map(|m| m.kind) {
		Some(ModelKind::Verifiable { input_len, .. }) => input_len,
		_ => panic!("model is verifiable"),
	};
	new_worker::<T>(&worker);
	serve::<T>(&worker, model);
	let task = post::<T>(&requester, model, input_len);
	draw_here::<T>(task);
	let (expected, _) =
		Market::<T>::reexecute(model, &vec![7u8; input_len as usize]).expect("model runs");
	let wrong: Vec<u8> = expected.iter().map(|v| (*v as u8).wrapping_add(1)).collect();
	submit::<T>(&worker, task, wrong);
	task
}

/// A disputed task of an opaque model.
fn disputed_task<T: Config>() -> TaskId {
	let (task, _) = submitted_opaque_task::<T>();
	let challenger = funded::<T>("challenger", 0);
	Market::<T>::challenge(RawOrigin::Signed(challenger).into(), task, T::MinChallengeBond::get())
		.expect("challenge is valid");
	task
}

/// The bytes of a `QMC1` manifest of `layers` over `input_len` inputs with weights root `root`,
/// for benchmarks that never read the model's chunks.
fn manifest_bytes(
	input_len: u16,
	layers: &[(u16, u8, Activation, u16)],
	root: [u8; 32],
) -> Vec<u8> {
	let mut bytes = committed::MANIFEST_MAGIC.to_vec();
	bytes.push(layers.len() as u8);
	bytes.extend_from_slice(&input_len.to_le_bytes());
	for (out_len, shift, activation, rows_per_step) in layers {
		bytes.extend_from_slice(&out_len.to_le_bytes());
		bytes.push(*shift);
		bytes.push(activation.to_byte());
		bytes.extend_from_slice(&rows_per_step.to_le_bytes());
	}
	bytes.extend_from_slice(&root);
	bytes
}

fn register_manifest<T: Config>(owner: &T::AccountId, manifest: Vec<u8>) -> ModelId {
	let id = NextModelId::<T>::get();
	Market::<T>::register_committed_model(
		RawOrigin::Signed(owner.clone()).into(),
		bytes::<T::MaxNameLen>(T::MaxNameLen::get()),
		bytes::<T::MaxNameLen>(T::MaxNameLen::get()),
		BoundedVec::truncate_from(manifest),
	)
	.expect("benchmark manifest is valid");
	id
}

/// The weight chunk of `step` of a benchmark committed model: small weights, unit biases.
fn chunk_of(manifest: &Manifest, step: u32) -> Vec<u8> {
	let at = manifest.step_at(step).expect("a step of the model");
	let in_len = usize::from(manifest.layer(at.layer).expect("its layer").in_len);
	let rows = at.rows as usize;
	let mut chunk: Vec<u8> = (0..rows * in_len)
		.map(|i| ((((i * 7) as u32 + step) % 5) as i8 - 2).to_le_bytes()[0])
		.collect();
	for _ in 0..rows {
		chunk.extend_from_slice(&1i32.to_le_bytes());
	}
	chunk
}

/// A committed model of `layers` over one input, with the chunks of [`chunk_of`].
fn committed_model(layers: &[(u16, u8, Activation, u16)]) -> Manifest {
	let shape = Manifest::parse(&manifest_bytes(1, layers, [0; 32])).expect("valid shapes");
	let leaves = (0..shape.steps()).map(|s| merkle::leaf::<Blake2>(&chunk_of(&shape, s)));
	committed::commit::<Blake2>(1, layers, leaves).expect("benchmark model is valid")
}

/// A single-worker task of committed model `model` (taking `input_len` inputs) with `output`
/// submitted under `trace` by its drawn worker.
fn traced_task<T: Config>(
	model: ModelId,
	input_len: u32,
	output: Vec<u8>,
	trace: TraceCommitment,
) -> (TaskId, T::AccountId) {
	let requester = funded::<T>("requester", 0);
	let worker = funded::<T>("worker", 0);
	new_worker::<T>(&worker);
	serve::<T>(&worker, model);
	let task = post::<T>(&requester, model, input_len);
	draw_here::<T>(task);
	Market::<T>::submit_traced_result(
		RawOrigin::Signed(worker.clone()).into(),
		task,
		BoundedVec::truncate_from(output),
		trace,
	)
	.expect("benchmark result is valid");
	(task, worker)
}

fn challenge_as<T: Config>(task: TaskId) -> T::AccountId {
	let challenger = funded::<T>("challenger", 0);
	Market::<T>::challenge(
		RawOrigin::Signed(challenger.clone()).into(),
		task,
		T::MinChallengeBond::get(),
	)
	.expect("challenge is valid");
	challenger
}

/// A game on the worker's first move over the longest trace a committed model can have (64
/// layers of 4,096 steps but the last, as long as the longest output): the openings' proofs
/// are as deep as they can be. Returns the task, the worker, the challenger and the openings.
fn game_over_longest_trace<T: Config>() -> (TaskId, T::AccountId, T::AccountId, dissection::Openings)
{
	let owner = funded::<T>("owner", 0);
	let wide = committed::MAX_LAYER_STEPS as u16;
	let out = T::MaxOutputLen::get().min(u32::from(wide)) as u16;
	let mut layers = vec![(wide, 0, Activation::Relu, 1); committed::MAX_COMMITTED_LAYERS - 1];
	layers.push((out, 0, Activation::Identity, 1));
	let model = register_manifest::<T>(&owner, manifest_bytes(1, &layers, [1; 32]));
	let steps = 63 * u32::from(wide) + u32::from(out);
	let points = dqm::Range::whole(steps).points(dqm::ARITY);
	let states: Vec<State> =
		(0..points.len()).map(|i| State { x: [i as u8; 32], y: [i as u8 + 100; 32] }).collect();
	let known: Vec<(u32, [u8; 32])> =
		points.iter().zip(&states).map(|(p, state)| (*p, state.leaf::<Blake2>(*p))).collect();
	let (root, proofs) =
		merkle::sparse::<Blake2>(steps + 1, &known, [0; 32]).expect("points are states");
	let trace = TraceCommitment { root: H256(root), last_x: H256::repeat_byte(3) };
	let (task, worker) = traced_task::<T>(model, 1, vec![1u8; out as usize], trace);
	let challenger = challenge_as::<T>(task);
	let openings: Vec<_> = states
		.iter()
		.zip(proofs)
		.map(|(state, proof)| {
			let siblings: Vec<H256> = proof.siblings.into_iter().map(H256).collect();
			(TraceState::from(*state), BoundedVec::truncate_from(siblings))
		})
		.collect();
	(task, worker, challenger, BoundedVec::truncate_from(openings))
}

/// A game down to step `step` of a committed model of `layers` over one input, its worker's
/// claim after the step wrong. Returns the task, the challenger and the step's honest input,
/// chunk and chunk proof.
fn game_at_step<T: Config>(
	layers: &[(u16, u8, Activation, u16)],
	step: u32,
) -> (TaskId, T::AccountId, Vec<u8>, Vec<u8>, dissection::MerkleProof) {
	let owner = funded::<T>("owner", 0);
	let manifest = committed_model(layers);
	let model = register_manifest::<T>(&owner, manifest.encode());
	let input = [7i8];
	let honest = trace::trace::<Blake2, _>(&manifest, |s| Some(chunk_of(&manifest, s)), &input)
		.expect("the model runs");
	let output: Vec<u8> = honest.output.iter().map(|v| v.to_le_bytes()[0]).collect();
	let last = honest.states.last().copied().unwrap_or_default();
	let trace = TraceCommitment { root: H256(honest.root::<Blake2>()), last_x: H256(last.x) };
	let (task, _) = traced_task::<T>(model, 1, output, trace);
	let challenger = challenge_as::<T>(task);
	let at = manifest.step_at(step).expect("a step of the model");
	let before = honest.states[step as usize];
	let mut wrong = honest.states[step as usize + 1];
	wrong.y[0] ^= 1;
	Games::<T>::mutate(task, |game| {
		let game = game.as_mut().expect("the challenge opened a game");
		game.agreed = (step, before.into());
		game.disputed = (step + 1, wrong.into());
		game.turn = Turn::Step;
	});
	// The vector entering the step's layer.
	let mut x = input.to_vec();
	let mut s = 0u32;
	for shape in manifest.layers().iter().take(at.layer as usize) {
		let mut y = Vec::with_capacity(usize::from(shape.out_len));
		for c in 0..shape.steps() {
			let (_, rows) = shape.rows_of(c);
			let rows = committed::evaluate_step(shape, rows, &chunk_of(&manifest, s), &x)
				.expect("chunks fit their steps");
			y.extend(rows);
			s += 1;
		}
		x = y;
	}
	let leaves: Vec<[u8; 32]> =
		(0..manifest.steps()).map(|s| merkle::leaf::<Blake2>(&chunk_of(&manifest, s))).collect();
	let proof = merkle::prove::<Blake2>(&leaves, step).expect("a step of the model");
	let siblings: Vec<H256> = proof.siblings.into_iter().map(H256).collect();
	(
		task,
		challenger,
		x.iter().map(|v| v.to_le_bytes()[0]).collect(),
		chunk_of(&manifest, step),
		BoundedVec::truncate_from(siblings),
	)
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
		let id = NextModelId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), name, uri, H256::repeat_byte(1));

		assert_eq!(Models::<T>::get(id).map(|m| m.owner), Some(owner));
	}

	/// `b` is the model's size in bytes; parsing and validating it is linear in `b`.
	#[benchmark]
	fn register_verifiable_model(b: Linear<{ MIN_MODEL_BYTES }, { T::MaxModelBytes::get() }>) {
		let owner = funded::<T>("owner", 0);
		let code = model_code::<T>(outputs_for_bytes(b));
		let id = NextModelId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			bytes::<T::MaxNameLen>(T::MaxNameLen::get()),
			BoundedVec::truncate_from(code),
		);

		assert!(ModelCode::<T>::contains_key(id));
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

	/// `i` is the input length. The model is a verifiable one taking `i` bytes: the costliest
	/// post, which also reads the model's size and escrows an audit fee (when audits are on).
	#[benchmark]
	fn post_task(i: Linear<1, { T::MaxInputLen::get() }>) {
		let requester = funded::<T>("requester", 0);
		let model = register_code::<T>(&requester, qmodel::synthetic(i as u16, &[], 1));
		// Workers serve the model: the post reads its full candidate list and queues a draw.
		fill_candidates::<T>(model, T::MaxCandidates::get());
		let deadline = deadline::<T>();
		let id = NextTaskId::<T>::get();
		let reward = T::MinReward::get();
		// As on a running chain, the settling hook ran at the start of this block.
		Market::<T>::settle_due_tasks(now::<T>());

		#[extrinsic_call]
		_(
			RawOrigin::Signed(requester),
			model,
			bytes::<T::MaxInputLen>(i),
			TaskTerms {
				reward,
				worker_bond: Market::<T>::min_worker_bond(model, reward, 1)
					.expect("the bond is payable"),
				deadline,
				challenge_period: T::MaxChallengePeriod::get(),
				replicas: 1,
			},
		);

		assert!(matches!(
			Tasks::<T>::get(id).map(|task| task.status),
			Some(TaskStatus::Drawing { .. })
		));
	}

	/// A worker opting in to a full candidate list, pushing out the candidate with the least
	/// stake.
	#[benchmark]
	fn serve_model() {
		let owner = funded::<T>("owner", 0);
		let model = new_opaque_model::<T>(&owner);
		fill_candidates::<T>(model, T::MaxCandidates::get());
		let who = funded::<T>("newcomer", 0);
		let stake = T::MinWorkerStake::get().saturating_mul(2_000u32.into());
		Market::<T>::register_worker(RawOrigin::Signed(who.clone()).into(), stake)
			.expect("worker is funded");

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), model, T::MinTaskBond::get());

		let candidates = Candidates::<T>::get(model);
		assert!(candidates.iter().any(|c| c.worker == who));
		assert_eq!(candidates.len() as u32, T::MaxCandidates::get());
	}

	/// The last candidate of a full list opting out.
	#[benchmark]
	fn stop_serving() {
		let owner = funded::<T>("owner", 0);
		let model = new_opaque_model::<T>(&owner);
		let candidates = fill_candidates::<T>(model, T::MaxCandidates::get());
		let who = candidates.last().cloned().expect("MaxCandidates is not zero");

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), model);

		assert!(Candidates::<T>::get(model).iter().all(|c| c.worker != who));
	}

	/// The hook drawing `s` seats of a quorum among a full candidate list: the task opens
	/// (moving its queue entry) and `s` picks each read and bond a worker.
	#[benchmark]
	fn draw_workers(s: Linear<1, { max_replicas::<T>() }>) {
		let requester = funded::<T>("requester", 0);
		let model = new_opaque_model::<T>(&requester);
		fill_candidates::<T>(model, T::MaxCandidates::get().max(s));
		let task = post_replicated::<T>(&requester, model, T::MaxInputLen::get(), s);
		let at = to_draw::<T>(task);
		let stored = Tasks::<T>::get(task).expect("the task is stored");

		#[block]
		{
			Market::<T>::draw_task(task, stored, at).expect("the draw is due");
		}

		let draw = Tasks::<T>::get(task).expect("the task is stored").draw;
		assert_eq!(draw.seats.len() as u32, s);
	}

	/// The hook replacing `s` drawn workers that did not answer: each forfeits part of its bond
	/// and leaves the candidates (here nobody is left to draw instead: `draw_workers` prices
	/// the picks).
	#[benchmark]
	fn replace_no_shows(s: Linear<1, { max_replicas::<T>() }>) {
		let requester = funded::<T>("requester", 0);
		let model = new_opaque_model::<T>(&requester);
		fill_candidates::<T>(model, s);
		let task = post_replicated::<T>(&requester, model, T::MaxInputLen::get(), s);
		let at = to_draw::<T>(task);
		let stored = Tasks::<T>::get(task).expect("the task is stored");
		Market::<T>::draw_task(task, stored, at).expect("the draw is due");
		let next = to_no_shows::<T>(task);

		#[block]
		{
			Market::<T>::draw_queued(task, next, next).expect("the no-shows are due");
		}

		let draw = Tasks::<T>::get(task).expect("the task is stored").draw;
		assert!(draw.seats.is_empty());
		assert!(Candidates::<T>::get(model).is_empty());
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

	/// `o` is the output length.
	#[benchmark]
	fn submit_result(o: Linear<0, { T::MaxOutputLen::get() }>) {
		let requester = funded::<T>("requester", 0);
		let worker = funded::<T>("worker", 0);
		let model = new_opaque_model::<T>(&requester);
		new_worker::<T>(&worker);
		// The drawn worker answering its seat.
		serve::<T>(&worker, model);
		let task = post::<T>(&requester, model, T::MaxInputLen::get());
		draw::<T>(task);

		#[extrinsic_call]
		_(RawOrigin::Signed(worker), task, bytes::<T::MaxOutputLen>(o));

		assert!(Submissions::<T>::contains_key(task));
	}

	#[benchmark]
	fn challenge_opaque() {
		let (task, _) = submitted_opaque_task::<T>();
		let challenger = funded::<T>("challenger", 0);

		#[extrinsic_call]
		challenge(RawOrigin::Signed(challenger), task, T::MinChallengeBond::get());

		assert!(Challenges::<T>::contains_key(task));
	}

	/// `b` is the model's size in bytes. Models are single layers `MODEL_INPUT -> n`: the most
	/// multiply-accumulates (one per weight byte) and parsing per byte a model can have. The
	/// worker's output is wrong, so the call re-executes the model, slashes the worker and
	/// refunds the requester.
	#[benchmark]
	fn challenge_reexecute(b: Linear<{ MIN_MODEL_BYTES }, { T::MaxModelBytes::get() }>) {
		let challenger = funded::<T>("challenger", 0);
		let task = wrong_verifiable_result::<T>(b);

		#[extrinsic_call]
		challenge(RawOrigin::Signed(challenger), task, T::MinChallengeBond::get());

		assert!(matches!(
			Tasks::<T>::get(task).map(|t| t.status),
			Some(TaskStatus::Settled { route: SettlementRoute::ReExecuted, .. })
		));
	}

	/// `b` is the model's size in bytes, as in `challenge_reexecute`: one step of the settling
	/// hook that draws a wrong, unchallenged result of that model for an audit (benchmarks run
	/// without randomness, so every draw audits), re-executes the model, slashes the worker to
	/// the requester, refunds the reward and takes the audit fee.
	#[benchmark]
	fn settle_audited(
		b: Linear<{ MIN_MODEL_BYTES }, { T::MaxModelBytes::get() }>,
	) -> Result<(), BenchmarkError> {
		if T::AuditChance::get().is_zero() {
			// Audits are off: the hook never runs one.
			return Err(BenchmarkError::Weightless);
		}
		let task = wrong_verifiable_result::<T>(b);
		let due =
			now::<T>().saturating_add(T::MinChallengePeriod::get()).saturating_add(One::one());
		frame_system::Pallet::<T>::set_block_number(due);
		// The hook has kept up with every earlier block.
		SettleCursor::<T>::put(due);
		ContestedCursor::<T>::put(due);
		DrawCursor::<T>::put(due);

		#[block]
		{
			Market::<T>::settle_due_tasks(due);
		}

		assert!(matches!(
			Tasks::<T>::get(task).map(|t| t.status),
			Some(TaskStatus::Settled { route: SettlementRoute::Audited, .. })
		));
		Ok(())
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
			Some(TaskStatus::Ruled { upheld: None, .. })
		));
		Ok(())
	}

	/// The most expensive route `finalize` can take: an unchallenged result after its window
	/// pays the reward to the worker and returns its bond.
	#[benchmark]
	fn finalize() {
		let (task, _) = submitted_opaque_task::<T>();
		frame_system::Pallet::<T>::set_block_number(
			now::<T>().saturating_add(T::MinChallengePeriod::get()).saturating_add(One::one()),
		);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), task);

		assert!(matches!(
			Tasks::<T>::get(task).map(|t| t.status),
			Some(TaskStatus::Settled { route: SettlementRoute::Optimistic, .. })
		));
	}

	/// `n` steps of the settling hook, each the costliest single-worker settlement the hook
	/// makes: a ruling against the worker slashes its bond (part to the challenger), returns
	/// the challenger's bond and refunds the reward, with every task of its own requester,
	/// model, worker and challenger. Quorum settlements add `settle_quorum` on top.
	#[benchmark]
	fn settle_due_tasks(
		n: Linear<0, { T::MaxSettlementsPerBlock::get().min(64) }>,
	) -> Result<(), BenchmarkError> {
		let arbiter =
			T::ArbiterOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let start = now::<T>();
		let tasks: Vec<TaskId> = (0..n)
			.map(|i| {
				let requester = funded::<T>("requester", i);
				let worker = funded::<T>("worker", i);
				let challenger = funded::<T>("challenger", i);
				let model = new_opaque_model::<T>(&requester);
				new_worker::<T>(&worker);
				serve::<T>(&worker, model);
				let task = post::<T>(&requester, model, T::MaxInputLen::get());
				draw_here::<T>(task);
				submit::<T>(&worker, task, vec![1u8; T::MaxOutputLen::get() as usize]);
				Market::<T>::challenge(
					RawOrigin::Signed(challenger).into(),
					task,
					T::MinChallengeBond::get(),
				)
				.expect("challenge is valid");
				Market::<T>::rule(arbiter.clone(), task, false).expect("ruling is valid");
				task
			})
			.collect();
		let due = start.saturating_add(One::one());
		frame_system::Pallet::<T>::set_block_number(due);
		SettleCursor::<T>::put(due);
		DrawCursor::<T>::put(due.saturating_add(One::one()));

		#[block]
		{
			Market::<T>::settle_due_tasks(due);
		}

		for task in tasks {
			assert!(matches!(
				Tasks::<T>::get(task).map(|t| t.status),
				Some(TaskStatus::Settled { route: SettlementRoute::Arbitrated, .. })
			));
		}
		Ok(())
	}

	/// The commitment that fills the largest quorum and opens its reveal period.
	#[benchmark]
	fn commit_result() {
		let replicas = max_replicas::<T>();
		let (task, workers) = quorum_task::<T>(replicas, replicas - 1, quorum_output::<T>);
		let last = workers[replicas as usize - 1].clone();
		let hash =
			Market::<T>::commitment_hash(&quorum_output::<T>(replicas - 1), &[0u8; 32], &last);

		#[extrinsic_call]
		_(RawOrigin::Signed(last), task, hash);

		assert!(matches!(
			Tasks::<T>::get(task).map(|t| t.status),
			Some(TaskStatus::Revealing { .. })
		));
	}

	/// `o` is the output length; the revealing worker is the last of the largest quorum.
	#[benchmark]
	fn reveal_result(o: Linear<0, { T::MaxOutputLen::get() }>) {
		let replicas = max_replicas::<T>();
		let output = |i: u32| -> OutputOf<T> {
			let mut bytes = vec![0u8; o as usize];
			bytes.iter_mut().zip(i.to_le_bytes()).for_each(|(b, v)| *b = v);
			BoundedVec::truncate_from(bytes)
		};
		let (task, workers) = quorum_task::<T>(replicas, replicas, output);
		let i = replicas - 1;
		let last = workers[i as usize].clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(last), task, output(i), [i as u8; 32]);

		let commitments = Commitments::<T>::get(task);
		assert!(commitments[i as usize].revealed.is_some());
	}

	/// `finalize` of the largest quorum whose workers all revealed the longest outputs: it
	/// checks every reveal and closes the reveal period.
	#[benchmark]
	fn finalize_revealed() {
		let replicas = max_replicas::<T>();
		let (task, workers) = quorum_task::<T>(replicas, replicas, quorum_output::<T>);
		reveal_all::<T>(task, &workers, quorum_output::<T>);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		finalize(RawOrigin::Signed(caller), task);

		let closed_now = now::<T>();
		assert!(matches!(
			Tasks::<T>::get(task).map(|t| t.status),
			Some(TaskStatus::Revealing { reveal_end }) if reveal_end == closed_now
		));
	}

	/// The arbiter rules on the largest quorum of an opaque model, whose workers revealed
	/// different outputs of the longest length; the upheld output is the last one revealed.
	#[benchmark]
	fn rule_quorum() -> Result<(), BenchmarkError> {
		let replicas = max_replicas::<T>();
		let task = escalated_quorum::<T>(replicas);
		let origin =
			T::ArbiterOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, task, Some(quorum_output::<T>(replicas - 1)));

		let last = u8::try_from(replicas - 1).ok();
		assert!(matches!(
			Tasks::<T>::get(task).map(|t| t.status),
			Some(TaskStatus::Ruled { upheld, .. }) if upheld == last
		));
		Ok(())
	}

	/// One step of the settling hook that ends a quorum of `r` workers that all revealed: a
	/// bare majority agrees and shares the reward, each of the others is slashed and its slash
	/// shared by the majority. That is the most transfers a quorum settlement makes (a ruling
	/// upholding `w` revealers makes `w (r - w + 1)`, at most this); re-execution, when a
	/// quorum escalates, is charged on top with `challenge_reexecute`.
	#[benchmark]
	fn settle_quorum(r: Linear<2, { max_replicas::<T>() }>) {
		let majority = r / 2 + 1;
		let output = move |i: u32| quorum_output::<T>(if i < majority { 0 } else { i });
		let (task, workers) = quorum_task::<T>(r, r, output);
		reveal_all::<T>(task, &workers, output);
		let due = close_reveals::<T>(task);

		#[block]
		{
			Market::<T>::settle_due_tasks(due);
		}

		assert!(matches!(
			Tasks::<T>::get(task).map(|t| t.status),
			Some(TaskStatus::Settled { route: SettlementRoute::Quorum { .. }, .. })
		));
	}

	/// `r` is the number of workers whose records go with the task: the hook removing an
	/// ended quorum task of `r` revealed commitments past its retention period, returning the
	/// requester's deposit and unlocking each worker's (a single task's one result costs less).
	#[benchmark]
	fn remove_task(r: Linear<2, { max_replicas::<T>() }>) {
		let output = |_| quorum_output::<T>(0);
		let (task, workers) = quorum_task::<T>(r, r, output);
		reveal_all::<T>(task, &workers, output);
		let due = close_reveals::<T>(task);
		Market::<T>::settle_due_tasks(due);
		let removal = due.saturating_add(T::RetentionPeriod::get()).saturating_add(One::one());
		frame_system::Pallet::<T>::set_block_number(removal);
		// The hook has kept up with every earlier block.
		SettleCursor::<T>::put(removal);
		ContestedCursor::<T>::put(removal.saturating_add(One::one()));
		DrawCursor::<T>::put(removal.saturating_add(One::one()));

		#[block]
		{
			Market::<T>::settle_due_tasks(removal);
		}

		assert!(!Tasks::<T>::contains_key(task));
		assert!(Commitments::<T>::get(task).is_empty());
	}

	/// `b` is the manifest's length: its layers are parsed and checked one by one. The name and
	/// URI are the longest.
	#[benchmark]
	fn register_committed_model(b: Linear<{ 39 + 6 }, { committed::MAX_MANIFEST_LEN as u32 }>) {
		let owner = funded::<T>("owner", 0);
		let layers = ((b - 39) / 6).clamp(1, committed::MAX_COMMITTED_LAYERS as u32);
		let shapes = vec![(1u16, 0u8, Activation::Identity, 1u16); layers as usize];
		let manifest = manifest_bytes(1, &shapes, [1; 32]);
		let id = NextModelId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			bytes::<T::MaxNameLen>(T::MaxNameLen::get()),
			bytes::<T::MaxNameLen>(T::MaxNameLen::get()),
			BoundedVec::truncate_from(manifest),
		);

		assert!(Manifests::<T>::contains_key(id));
	}

	/// `o` is the output's length (the model's): the drawn worker answering its seat.
	#[benchmark]
	fn submit_traced_result(o: Linear<1, { T::MaxOutputLen::get() }>) {
		let requester = funded::<T>("requester", 0);
		let worker = funded::<T>("worker", 0);
		let out = o.min(u32::from(committed::MAX_STEP_ROWS)) as u16;
		let manifest = manifest_bytes(1, &[(out, 0, Activation::Identity, out)], [1; 32]);
		let model = register_manifest::<T>(&requester, manifest);
		new_worker::<T>(&worker);
		serve::<T>(&worker, model);
		let task = post::<T>(&requester, model, 1);
		draw::<T>(task);
		let trace = TraceCommitment { root: H256::repeat_byte(1), last_x: H256::repeat_byte(2) };

		#[extrinsic_call]
		_(RawOrigin::Signed(worker), task, bytes::<T::MaxOutputLen>(u32::from(out)), trace);

		assert!(Submissions::<T>::get(task).is_some_and(|s| s.trace.is_some()));
	}

	/// A challenge opening a game: the chain digests the longest input (the agreed state 0)
	/// and the longest output in its most pieces (one row a step: the disputed state).
	#[benchmark]
	fn challenge_dissect() {
		let owner = funded::<T>("owner", 0);
		let input = T::MaxInputLen::get().min(u32::from(u16::MAX)) as u16;
		let out = T::MaxOutputLen::get().min(committed::MAX_LAYER_STEPS) as u16;
		let manifest = manifest_bytes(input, &[(out, 0, Activation::Identity, 1)], [1; 32]);
		let model = register_manifest::<T>(&owner, manifest);
		let trace = TraceCommitment { root: H256::repeat_byte(1), last_x: H256::repeat_byte(2) };
		let (task, _) = traced_task::<T>(model, u32::from(input), vec![1; out as usize], trace);
		let challenger = funded::<T>("challenger", 0);

		#[extrinsic_call]
		challenge(RawOrigin::Signed(challenger), task, T::MinChallengeBond::get());

		assert!(Games::<T>::contains_key(task));
	}

	/// The worker's move over the longest trace: seven states, each with a proof of the most
	/// siblings.
	#[benchmark]
	fn open_states() {
		let (task, worker, _, openings) = game_over_longest_trace::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(worker), task, openings);

		assert_eq!(Games::<T>::get(task).map(|g| g.turn), Some(Turn::Challenger));
	}

	#[benchmark]
	fn name_part() {
		let (task, worker, challenger, openings) = game_over_longest_trace::<T>();
		Market::<T>::open_states(RawOrigin::Signed(worker).into(), task, openings)
			.expect("the openings are the trace's");

		#[extrinsic_call]
		_(RawOrigin::Signed(challenger), task, dqm::ARITY - 1);

		assert_eq!(Games::<T>::get(task).map(|g| g.turn), Some(Turn::Defender));
	}

	/// The widest step's check: one row of 65,535 inputs, which the layer before made in
	/// 4,096 pieces (the most a vector is digested in), and the most bytes of input and chunk.
	/// The worker's claim is wrong: it is slashed and the requester refunded.
	#[benchmark]
	fn check_step_wide() {
		let wide = u16::MAX;
		let rows = wide.div_ceil(committed::MAX_LAYER_STEPS as u16);
		let layers = [(wide, 0, Activation::Relu, rows), (1, 0, Activation::Identity, 1)];
		let step = committed::MAX_LAYER_STEPS;
		let (task, challenger, input, chunk, proof) = game_at_step::<T>(&layers, step);

		#[extrinsic_call]
		check_step(
			RawOrigin::Signed(challenger),
			task,
			BoundedVec::truncate_from(input),
			BoundedVec::truncate_from(chunk),
			proof,
		);

		assert!(matches!(
			Tasks::<T>::get(task).map(|t| t.status),
			Some(TaskStatus::Settled { route: SettlementRoute::Dissected, .. })
		));
	}

	/// The tallest step's check: 4,096 rows (the most a step has) of 16 inputs.
	#[benchmark]
	fn check_step_tall() {
		let tall = committed::MAX_STEP_ROWS;
		let layers = [
			(16, 0, Activation::Relu, 1),
			(tall, 0, Activation::Identity, tall),
			(1, 0, Activation::Identity, 1),
		];
		let (task, challenger, input, chunk, proof) = game_at_step::<T>(&layers, 16);

		#[extrinsic_call]
		check_step(
			RawOrigin::Signed(challenger),
			task,
			BoundedVec::truncate_from(input),
			BoundedVec::truncate_from(chunk),
			proof,
		);

		assert!(matches!(
			Tasks::<T>::get(task).map(|t| t.status),
			Some(TaskStatus::Settled { route: SettlementRoute::Dissected, .. })
		));
	}

	impl_benchmark_test_suite!(
		Market,
		crate::mock::ExtBuilder::default().audits(sp_runtime::Perbill::one()).build(),
		crate::mock::Test
	);
}
