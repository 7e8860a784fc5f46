//! Configuration of every pallet in the runtime, and the market's constants.

use crate::{
	AccountId, Babe, Balance, Balances, Block, BlockNumber, Hash, Nonce, PalletInfo, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, RuntimeOrigin, RuntimeTask,
	System, DAYS, EPOCH_DURATION_IN_SLOTS, EXISTENTIAL_DEPOSIT, MICRO_UNIT, MILLI_UNIT, MINUTES,
	SLOT_DURATION, SS58_PREFIX, UNIT, VERSION,
};
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf},
	weights::{
		constants::{ParityDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		IdentityFee, Weight,
	},
};
use frame_system::{limits::BlockWeights, EnsureRoot};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_runtime::{traits::One, Perbill};
use sp_version::RuntimeVersion;

/// Share of a block's weight available to normal (user) transactions.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: RuntimeVersion = VERSION;

	/// Two seconds of compute per six-second block.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(
		Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
	/// Five MiB blocks, of which normal transactions may fill `NORMAL_DISPATCH_RATIO`.
	pub RuntimeBlockLength: frame_system::limits::BlockLength = frame_system::limits::BlockLength
		::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(DispatchClass::Normal, |max| *max = NORMAL_DISPATCH_RATIO * *max)
		.build();
	pub const SS58Prefix: u16 = SS58_PREFIX;
	/// What the market's settling hook may spend a block: the fifth of it the normal class
	/// leaves (less the block's base weight, `integrity_test` checks it).
	pub MaxHookWeight: Weight = Perbill::from_percent(20) * RuntimeBlockWeights::get().max_block;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	// The node stores state in ParityDB.
	type DbWeight = ParityDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	type ExtensionsWeightInfo = crate::weights::frame_system_extensions::WeightInfo<Runtime>;
}

impl pallet_babe::Config for Runtime {
	type EpochDuration = ConstU64<EPOCH_DURATION_IN_SLOTS>;
	type ExpectedBlockTime = ConstU64<SLOT_DURATION>;
	// No staking or session pallet: the genesis validators author every epoch.
	type EpochChangeTrigger = pallet_babe::SameAuthoritiesForever;
	type DisabledValidators = ();
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<32>;
	type MaxNominators = ConstU32<0>;
	// Without a session pallet there is no key-ownership proof, so no equivocation report can
	// be built (as for GRANDPA below); an equivocating author gains nothing it could not gain
	// by authoring one of the two blocks.
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<32>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Babe;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = ();
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ();
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = crate::weights::pallet_balances::WeightInfo<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

parameter_types! {
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = IdentityFee<Balance>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = crate::weights::pallet_transaction_payment::WeightInfo<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Half of each slash goes to the side that proved the other wrong; the rest is burned.
	pub const WinnerShare: Perbill = Perbill::from_percent(50);
	/// A challenger the arbiter never ruled for forfeits half of its bond (burned).
	pub const SilenceBurn: Perbill = Perbill::from_percent(50);
	pub const NoShowPenalty: Perbill = Perbill::from_percent(10);
	/// Requesters pay 1 % of each reward on top, burned: inflating the trust report by
	/// self-dealing costs 1 % of the value it adds.
	pub const MarketFee: Perbill = Perbill::from_percent(1);
	/// The chain re-executes a quarter of the unchallenged results of verifiable models by
	/// itself, Pocket Network's proof probability; a worker bond must then exceed three rewards.
	pub const AuditChance: Perbill = Perbill::from_percent(25);
}

/// The inference market. Periods are in blocks of six seconds.
impl pallet_inference_market::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	// On the dev chain the arbiter is Root, reached through Sudo.
	type ArbiterOrigin = EnsureRoot<AccountId>;
	// Dropping the slashed remainder burns it.
	type OnSlash = ();
	type WinnerShare = WinnerShare;
	type SilenceBurn = SilenceBurn;
	type MaxCandidates = ConstU32<32>;
	type ResponsePeriod = ConstU32<5>;
	type NoShowPenalty = NoShowPenalty;
	type MaxOpenSeats = ConstU32<16>;
	type MarketFee = MarketFee;
	// Burned: paid to an account, it could be paid back to the one who self-deals.
	type OnMarketFee = ();
	// Audits draw from BABE's VRF output of the parent block, and cost what a challenger
	// would pay for the re-execution's weight.
	type Randomness = pallet_babe::ParentBlockRandomness<Runtime>;
	type AuditChance = AuditChance;
	type MaxAuditsPerBlock = ConstU32<8>;
	type WeightToFee = <Runtime as pallet_transaction_payment::Config>::WeightToFee;
	// Records are priced like model bytes: 10 µUNIT a byte, on 10 mUNIT a record.
	type RecordDepositBase = ConstU128<{ 10 * MILLI_UNIT }>;
	type RecordDepositPerByte = ConstU128<{ 10 * MICRO_UNIT }>;
	// Ended tasks stay readable for a day.
	type RetentionPeriod = ConstU32<DAYS>;
	type ModelDepositBase = ConstU128<{ UNIT }>;
	type ModelDepositPerByte = ConstU128<{ 10 * MICRO_UNIT }>;
	type MinWorkerStake = ConstU128<{ 100 * UNIT }>;
	type MinTaskBond = ConstU128<{ UNIT }>;
	type MinReward = ConstU128<{ 10 * MILLI_UNIT }>;
	type MinChallengeBond = ConstU128<{ UNIT }>;
	type MinChallengePeriod = ConstU32<2>;
	type MaxChallengePeriod = ConstU32<{ 60 * MINUTES }>;
	type MaxTaskLifetime = ConstU32<{ 24 * 60 * MINUTES }>;
	// Root acts through Sudo here and through a referendum on a public chain: two days leave
	// time for either.
	type ArbitrationPeriod = ConstU32<{ 2 * DAYS }>;
	// A move of a dissection game is computed by the offchain worker in well under a block; a
	// minute leaves room for a node that is behind. Five rounds of a 10^9-multiply-accumulate
	// model take at most ten moves.
	type MovePeriod = ConstU32<MINUTES>;
	type UnbondingPeriod = ConstU32<{ 10 * MINUTES }>;
	type MaxInputLen = ConstU32<4096>;
	type MaxOutputLen = ConstU32<1024>;
	// A 64 -> 1024 layer (65,536 multiply-accumulates) takes 69,643 bytes.
	type MaxModelBytes = ConstU32<{ 72 * 1024 }>;
	type MaxModelMacs = ConstU32<65_536>;
	type MaxNameLen = ConstU32<128>;
	// Quorums of up to five workers: enough for a 3-of-5 majority.
	type MaxReplicas = ConstU32<5>;
	// Every task takes a draw and a settlement from the hook. Its weight, not a count, bounds
	// it: a fifth of a block (400 ms), all the normal class leaves of it, each step charged
	// what it used. That is about 750 one-seat draws a block; the step count only caps
	// a block of the cheapest steps.
	type MaxSettlementsPerBlock = ConstU32<4096>;
	type MaxHookWeight = MaxHookWeight;
	// The node's `infr` keys sign the offchain worker's transactions.
	type AuthorityId = pallet_inference_market::crypto::MarketAuthId;
	type MaxOffchainActionsPerBlock = ConstU32<8>;
	type MaxOffchainChallengesPerBlock = ConstU32<4>;
	// A slow inference endpoint delays only the offchain worker, never block production.
	type OffchainHttpTimeout = ConstU64<3_000>;
	type WeightInfo = pallet_inference_market::weights::SubstrateWeight<Runtime>;
}
