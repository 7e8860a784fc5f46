//! A test runtime for the pallet, and an `ExtBuilder` that checks the pallet's invariants at the
//! end of every test.

use crate::{self as pallet_inference_market, ModelId, TaskId};
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, Hooks},
	weights::Weight,
};
use frame_system::EnsureRoot;
use sp_runtime::{
	testing::{TestSignature, UintAuthorityId},
	BuildStorage, Perbill,
};

type Block = frame_system::mocking::MockBlock<Test>;
/// The mock's extrinsic: signed by a `u64` account, no signature, no extensions.
pub type Extrinsic = frame_system::mocking::MockUncheckedExtrinsic<Test>;
pub type AccountId = u64;
pub type Balance = u128;
pub type BlockNumber = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Market: pallet_inference_market,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

// The offchain worker signs with `UintAuthorityId` keys: the key `UintAuthorityId(n)` belongs to
// account `n`, and `UintAuthorityId::set_all_keys` plays the node's keystore.
impl frame_system::offchain::SigningTypes for Test {
	type Public = UintAuthorityId;
	type Signature = TestSignature;
}

impl<C> frame_system::offchain::CreateTransactionBase<C> for Test
where
	RuntimeCall: From<C>,
{
	type Extrinsic = Extrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<C> frame_system::offchain::CreateSignedTransaction<C> for Test
where
	RuntimeCall: From<C>,
{
	fn create_signed_transaction<
		A: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>,
	>(
		call: RuntimeCall,
		_public: UintAuthorityId,
		account: AccountId,
		_nonce: u32,
	) -> Option<Extrinsic> {
		Some(Extrinsic::new_signed(call, account, (), ()))
	}
}

/// Signs with the mock's `UintAuthorityId` keys.
pub struct TestAuthId;

impl frame_system::offchain::AppCrypto<UintAuthorityId, TestSignature> for TestAuthId {
	type RuntimeAppPublic = UintAuthorityId;
	type GenericPublic = UintAuthorityId;
	type GenericSignature = TestSignature;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type ExistentialDeposit = ConstU128<1>;
	type RuntimeHoldReason = RuntimeHoldReason;
}

parameter_types! {
	pub const WinnerShare: Perbill = Perbill::from_percent(50);
	pub const SilenceBurn: Perbill = Perbill::from_percent(50);
	pub const NoShowPenalty: Perbill = Perbill::from_percent(10);
	/// Deposits are zero unless a test sets them (`tests/retention.rs`), so that the other
	/// tests' balances read as the market's payouts alone.
	pub static RecordDepositBase: Balance = 0;
	pub static RecordDepositPerByte: Balance = 0;
	/// Long enough that other tests read ended tasks; `tests/retention.rs` sets it shorter.
	pub static RetentionPeriod: BlockNumber = 1_000;
	/// No fee unless a test sets one (`tests/tasks.rs`), for the same reason.
	pub static MarketFee: Perbill = Perbill::zero();
	/// No audits unless a test turns them on (`ExtBuilder::audits`, `tests/audits.rs`).
	pub static AuditChance: Perbill = Perbill::zero();
	pub static MaxAuditsPerBlock: u32 = 2;
	/// The parent block's randomness the audits draw from; `None`: no randomness.
	/// What the offchain worker answers in a response period (4 actions a block, 3 blocks).
	pub static MaxOpenSeats: u32 = 12;
	pub static ParentRandomness: Option<sp_core::H256> = Some(sp_core::H256::repeat_byte(1));
	/// The hook's weight budget: a fifth of the default one-second block, as in the runtime.
	pub static MaxHookWeight: Weight = Weight::from_parts(200_000_000_000, u64::MAX);
}

/// Randomness as a consensus engine would give it: the hash of the subject and the parent
/// block's randomness ([`ParentRandomness`]), or none.
pub struct TestRandomness;
impl frame_support::traits::Randomness<Option<sp_core::H256>, BlockNumber> for TestRandomness {
	fn random(subject: &[u8]) -> (Option<sp_core::H256>, BlockNumber) {
		let seed = ParentRandomness::get().map(|seed| {
			let mut data = subject.to_vec();
			data.extend_from_slice(seed.as_bytes());
			sp_core::H256(sp_io::hashing::blake2_256(&data))
		});
		(seed, frame_system::Pallet::<Test>::block_number().saturating_sub(1))
	}
}

/// Audit fees of one unit per million picoseconds of re-execution.
pub struct TestWeightToFee;
impl frame_support::weights::WeightToFee for TestWeightToFee {
	type Balance = Balance;
	fn weight_to_fee(weight: &frame_support::weights::Weight) -> Balance {
		Balance::from(weight.ref_time() / 1_000_000)
	}
}

pub const MIN_WORKER_STAKE: Balance = 100;
pub const MIN_TASK_BOND: Balance = 10;
pub const MIN_REWARD: Balance = 5;
pub const MIN_CHALLENGE_BOND: Balance = 10;
pub const MIN_CHALLENGE_PERIOD: BlockNumber = 2;
pub const MAX_CHALLENGE_PERIOD: BlockNumber = 20;
pub const MAX_TASK_LIFETIME: BlockNumber = 100;
pub const ARBITRATION_PERIOD: BlockNumber = 10;
pub const MOVE_PERIOD: BlockNumber = 5;
pub const UNBONDING_PERIOD: BlockNumber = 5;
pub const MODEL_DEPOSIT_BASE: Balance = 50;
pub const MODEL_DEPOSIT_PER_BYTE: Balance = 1;
pub const MAX_SETTLEMENTS_PER_BLOCK: u32 = 4;
pub const MAX_REPLICAS: u32 = 5;
pub const MAX_CANDIDATES: u32 = 8;
pub const RESPONSE_PERIOD: BlockNumber = 3;

impl pallet_inference_market::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type ArbiterOrigin = EnsureRoot<AccountId>;
	type OnSlash = ();
	type WinnerShare = WinnerShare;
	type SilenceBurn = SilenceBurn;
	type MaxCandidates = ConstU32<MAX_CANDIDATES>;
	type ResponsePeriod = ConstU64<RESPONSE_PERIOD>;
	type NoShowPenalty = NoShowPenalty;
	type MaxOpenSeats = MaxOpenSeats;
	type MarketFee = MarketFee;
	type OnMarketFee = ();
	type Randomness = TestRandomness;
	type AuditChance = AuditChance;
	type MaxAuditsPerBlock = MaxAuditsPerBlock;
	type WeightToFee = TestWeightToFee;
	type RecordDepositBase = RecordDepositBase;
	type RecordDepositPerByte = RecordDepositPerByte;
	type RetentionPeriod = RetentionPeriod;
	type ModelDepositBase = ConstU128<MODEL_DEPOSIT_BASE>;
	type ModelDepositPerByte = ConstU128<MODEL_DEPOSIT_PER_BYTE>;
	type MinWorkerStake = ConstU128<MIN_WORKER_STAKE>;
	type MinTaskBond = ConstU128<MIN_TASK_BOND>;
	type MinReward = ConstU128<MIN_REWARD>;
	type MinChallengeBond = ConstU128<MIN_CHALLENGE_BOND>;
	type MinChallengePeriod = ConstU64<MIN_CHALLENGE_PERIOD>;
	type MaxChallengePeriod = ConstU64<MAX_CHALLENGE_PERIOD>;
	type MaxTaskLifetime = ConstU64<MAX_TASK_LIFETIME>;
	type ArbitrationPeriod = ConstU64<ARBITRATION_PERIOD>;
	type MovePeriod = ConstU64<MOVE_PERIOD>;
	type UnbondingPeriod = ConstU64<UNBONDING_PERIOD>;
	type MaxInputLen = ConstU32<128>;
	type MaxOutputLen = ConstU32<32>;
	type MaxModelBytes = ConstU32<8192>;
	type MaxModelMacs = ConstU32<4096>;
	type MaxNameLen = ConstU32<32>;
	type MaxReplicas = ConstU32<MAX_REPLICAS>;
	type MaxSettlementsPerBlock = ConstU32<MAX_SETTLEMENTS_PER_BLOCK>;
	type MaxHookWeight = MaxHookWeight;
	type AuthorityId = TestAuthId;
	type MaxOffchainActionsPerBlock = ConstU32<4>;
	type MaxOffchainChallengesPerBlock = ConstU32<2>;
	type OffchainHttpTimeout = ConstU64<2_000>;
	type WeightInfo = ();
}

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const DAVE: AccountId = 4;
pub const EVE: AccountId = 5;
pub const POOR: AccountId = 99;
pub const INITIAL_BALANCE: Balance = 1_000_000;

/// Builds test externalities with funded accounts; checks the invariants when a test ends.
#[derive(Default)]
pub struct ExtBuilder {
	balances: Vec<(AccountId, Balance)>,
	audit_chance: Perbill,
}

impl ExtBuilder {
	/// Turns random audits on with probability `chance`.
	pub fn audits(mut self, chance: Perbill) -> Self {
		self.audit_chance = chance;
		self
	}

	/// Funds an extra account.
	pub fn balance(mut self, who: AccountId, amount: Balance) -> Self {
		self.balances.push((who, amount));
		self
	}

	pub fn build(self) -> sp_io::TestExternalities {
		AuditChance::set(self.audit_chance);
		MaxAuditsPerBlock::set(2);
		MaxOpenSeats::set(12);
		MaxHookWeight::set(Weight::from_parts(200_000_000_000, u64::MAX));
		ParentRandomness::set(Some(sp_core::H256::repeat_byte(1)));
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut balances: Vec<_> =
			[ALICE, BOB, CHARLIE, DAVE, EVE].iter().map(|who| (*who, INITIAL_BALANCE)).collect();
		balances.extend(self.balances);
		pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs a test, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Market::do_try_state().expect("invariants hold after the test");
		})
	}
}

/// Advances to block `n`, running the pallet's hook in every block on the way.
pub fn run_to_block(n: BlockNumber) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Market::on_initialize(next);
		Market::do_try_state().expect("invariants hold after every block");
	}
}

/// Events of the pallet emitted so far, oldest first.
pub fn market_events() -> Vec<crate::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Market(e) = r.event { Some(e) } else { None })
		.collect()
}

/// Free balance of an account.
pub fn free(who: AccountId) -> Balance {
	Balances::free_balance(who)
}

/// Balance held on an account for a reason.
pub fn held(reason: crate::HoldReason, who: AccountId) -> Balance {
	use frame_support::traits::fungible::InspectHold;
	Balances::balance_on_hold(&reason.into(), &who)
}

/// A 4-input, 2-output verifiable network: `[a, b, c, d] -> [a + c, b + d]`, saturating.
pub fn tiny_model_code() -> Vec<u8> {
	qmodel::encode(
		4,
		&[qmodel::LayerSpec {
			weights: vec![1, 0, 1, 0, 0, 1, 0, 1],
			biases: vec![0, 0],
			shift: 0,
			activation: qmodel::Activation::Identity,
		}],
	)
	.unwrap()
}

/// Registers [`tiny_model_code`] as Alice's verifiable model.
pub fn register_tiny_model() -> ModelId {
	let id = crate::NextModelId::<Test>::get();
	assert_ok!(Market::register_verifiable_model(
		RuntimeOrigin::signed(ALICE),
		b"tiny".to_vec().try_into().unwrap(),
		tiny_model_code().try_into().unwrap(),
	));
	id
}

/// The largest bond the tests' candidates accept.
pub const MAX_BOND: Balance = 1_000_000;

/// Runs the blocks up to a task's draw, if its workers were not drawn yet.
pub fn run_to_draw(task: TaskId) {
	if let Some(crate::TaskStatus::Drawing { at }) =
		crate::Tasks::<Test>::get(task).map(|t| t.status)
	{
		run_to_block(at);
	}
}

/// Runs blocks until none of `tasks` waits for its first draw any more (the hook draws a
/// bounded number of tasks a block).
pub fn run_to_draws(tasks: &[TaskId]) {
	let waiting = || {
		tasks.iter().any(|task| {
			matches!(
				crate::Tasks::<Test>::get(task).map(|t| t.status),
				Some(crate::TaskStatus::Drawing { .. })
			)
		})
	};
	while waiting() {
		run_to_block(System::block_number() + 1);
	}
}

/// Opts `worker` (registered) in to serve `model`, accepting bonds up to [`MAX_BOND`], unless
/// it is a candidate already.
pub fn opt_in(worker: AccountId, model: ModelId) {
	if crate::Candidates::<Test>::get(model).iter().all(|c| c.worker != worker) {
		assert_ok!(Market::serve_model(RuntimeOrigin::signed(worker), model, MAX_BOND));
	}
}

/// Has `workers` drawn for `task`: registers those that are not workers with the minimum
/// stake, opts them in to the task's model, and runs blocks until the draws seated them all.
/// Called in the block of the post, the seats go to them in the task's first draw (if no
/// other candidate is eligible); later, in the draws of seats left empty.
pub fn seat(task: TaskId, workers: &[AccountId]) {
	let model = crate::Tasks::<Test>::get(task).expect("the task exists").model;
	for &worker in workers {
		if !crate::Workers::<Test>::contains_key(worker) {
			register_worker(worker);
		}
		opt_in(worker, model);
	}
	run_to_draw(task);
	let deadline = crate::Tasks::<Test>::get(task).expect("the task exists").deadline;
	while !workers.iter().all(|w| drawn(task).contains(w)) {
		assert!(System::block_number() < deadline, "{workers:?} were not all drawn for {task}");
		run_to_block(System::block_number() + 1);
	}
}

/// Whether a task ended by `route` with `payout`.
pub fn settled(task: TaskId, route: crate::SettlementRoute, payout: crate::Payout) -> bool {
	matches!(
		crate::Tasks::<Test>::get(task).map(|t| t.status),
		Some(crate::TaskStatus::Settled { route: r, payout: p, .. }) if r == route && p == payout
	)
}

/// The sortition of a task, if it is stored.
pub fn draw_of(task: TaskId) -> Option<crate::DrawOf<Test>> {
	crate::Tasks::<Test>::get(task).map(|t| t.draw)
}

/// The workers drawn for a task, in draw order.
pub fn drawn(task: TaskId) -> Vec<AccountId> {
	draw_of(task).map(|d| d.seats.iter().map(|s| s.worker).collect()).unwrap_or_default()
}

/// Registers an opaque model owned by Alice.
pub fn register_opaque_model() -> ModelId {
	let id = crate::NextModelId::<Test>::get();
	assert_ok!(Market::register_opaque_model(
		RuntimeOrigin::signed(ALICE),
		b"gpt".to_vec().try_into().unwrap(),
		b"ipfs://weights".to_vec().try_into().unwrap(),
		sp_core::H256::repeat_byte(7),
	));
	id
}

/// Registers a worker with the minimum stake.
pub fn register_worker(who: AccountId) {
	assert_ok!(Market::register_worker(RuntimeOrigin::signed(who), MIN_WORKER_STAKE));
}

pub const REWARD: Balance = 40;
pub const BOND: Balance = 20;
pub const PERIOD: BlockNumber = 3;
pub const DEADLINE: BlockNumber = 10;
/// The block in which a task posted in block 1 has its workers drawn, and they first serve it.
pub const DRAWN: BlockNumber = 1 + crate::sortition::DRAW_DELAY as BlockNumber;

/// Posts a task from Bob with the default terms.
pub fn post(model: ModelId, input: &[u8]) -> TaskId {
	post_replicated(model, input, 1)
}

/// Task terms.
pub fn terms(
	reward: Balance,
	worker_bond: Balance,
	deadline: BlockNumber,
	challenge_period: BlockNumber,
	replicas: u8,
) -> crate::TaskTermsOf<Test> {
	crate::TaskTerms { reward, worker_bond, deadline, challenge_period, replicas }
}

/// Posts with the default terms from `who`, asking for `replicas` workers.
pub fn post_default_terms(
	who: AccountId,
	model: ModelId,
	input: &[u8],
	replicas: u8,
) -> frame_support::dispatch::DispatchResult {
	Market::post_task(
		RuntimeOrigin::signed(who),
		model,
		input.to_vec().try_into().unwrap(),
		terms(REWARD, BOND, DEADLINE, PERIOD, replicas),
	)
}

/// Posts a task from Bob with the default terms, asking for `replicas` workers.
pub fn post_replicated(model: ModelId, input: &[u8], replicas: u8) -> TaskId {
	let id = crate::NextTaskId::<Test>::get();
	assert_ok!(post_default_terms(BOB, model, input, replicas));
	id
}

/// Posts a task from Bob on `terms`.
pub fn post_on(model: ModelId, input: &[u8], terms: crate::TaskTermsOf<Test>) -> TaskId {
	let id = crate::NextTaskId::<Test>::get();
	assert_ok!(Market::post_task(
		RuntimeOrigin::signed(BOB),
		model,
		input.to_vec().try_into().unwrap(),
		terms
	));
	id
}

/// The salt `worker` uses in tests.
pub fn salt_of(worker: AccountId) -> [u8; 32] {
	[worker as u8; 32]
}

/// Commits `worker` to `output` on a quorum task, having it drawn first if it was not.
pub fn commit(worker: AccountId, task: TaskId, output: &[u8]) {
	if !drawn(task).contains(&worker) {
		seat(task, &[worker]);
	}
	let hash = Market::commitment_hash(output, &salt_of(worker), &worker);
	assert_ok!(Market::commit_result(RuntimeOrigin::signed(worker), task, hash));
}

/// Reveals `worker`'s output on a quorum task.
pub fn reveal(worker: AccountId, task: TaskId, output: &[u8]) {
	assert_ok!(Market::reveal_result(
		RuntimeOrigin::signed(worker),
		task,
		output.to_vec().try_into().unwrap(),
		salt_of(worker)
	));
}

/// Submits an output as `worker`, having it drawn first if it was not.
pub fn submit(worker: AccountId, task: TaskId, output: &[u8]) {
	if !drawn(task).contains(&worker) {
		seat(task, &[worker]);
	}
	assert_ok!(Market::submit_result(
		RuntimeOrigin::signed(worker),
		task,
		output.to_vec().try_into().unwrap()
	));
}

/// Posts a task from Bob for `model` and has Charlie, registered as a worker, serve it.
pub fn served_task(model: ModelId, input: &[u8], output: &[u8]) -> TaskId {
	let task = post(model, input);
	register_worker(CHARLIE);
	submit(CHARLIE, task, output);
	task
}

/// Registers a worker with `stake`.
pub fn register_worker_with(who: AccountId, stake: Balance) {
	assert_ok!(Market::register_worker(RuntimeOrigin::signed(who), stake));
}
