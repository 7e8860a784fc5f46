//! # Inference market pallet
//!
//! A market for AI-inference tasks that makes the boundary between what is computed off chain
//! and what is checked on chain explicit, priced and measurable.
//!
//! ## Lifecycle
//!
//! The files of this crate follow the life of a task:
//!
//! 1. [`models`](crate::models): anyone registers a model with a deposit. An *opaque* model is
//!    only a commitment (weights hash, name, URI); a *verifiable* model carries its quantized
//!    network on chain in the [`qmodel`] format, so the runtime can re-execute it; a *committed*
//!    model carries only its manifest (`QMC1`: its layers cut into steps the runtime can
//!    re-execute one at a time, and a Merkle root over their weight chunks), its weights staying
//!    off chain, so that a model of any size can be checked by a dissection game.
//! 2. [`workers`](crate::workers): a worker registers with a stake held by the pallet, may add
//!    stake, start unbonding, and withdraw after the unbonding period.
//!    [`sortition`](crate::sortition): a worker opts in to the models it serves with the most
//!    bond it accepts (`serve_model`). Every task is drawn by the settling hook two blocks
//!    after its post, stake-weighted among the model's candidates, from BABE randomness nobody
//!    knew when it was posted; only the drawn workers submit or commit, their bonds locked by
//!    the draw, and one that stays silent past `ResponsePeriod` forfeits `NoShowPenalty` and is
//!    replaced. A task with a worker drawn cannot be cancelled, so no output seen in the pool
//!    is free. Seats nobody is eligible for are drawn again until the deadline.
//! 3. [`tasks`](crate::tasks): a requester posts a task on its [`TaskTerms`], escrows its reward,
//!    holds a storage deposit and pays the market fee (`MarketFee` of the reward, burned: the
//!    price that keeps the trust report honest, see `Config::MarketFee`); it may cancel the
//!    task until a worker is drawn for it.
//! 4. [`results`](crate::results): the drawn worker submits an output (the draw locked its
//!    task bond out of its stake); the challenge window opens. A task posted with `replicas = k > 1` goes
//!    through [`quorum`](crate::quorum) instead: `k` workers commit to hashed outputs, reveal
//!    them, and the majority is paid; without a majority the task escalates to re-execution
//!    (verifiable model) or the arbiter (opaque model). On a verifiable model any disagreement
//!    among the reveals is re-executed too: a majority of accounts is not proof.
//! 5. [`disputes`](crate::disputes): within the window anyone but the worker may challenge with
//!    a bond. A verifiable model is re-executed in the same call and the wrong side is slashed at
//!    once; an opaque model waits for the arbiter, whose ruling the hook carries out in the next
//!    block (a re-executing challenge is the one contested settlement a call makes: it is the
//!    on-chain check, and its weight is the model's). A committed model's result, submitted
//!    with a commitment to its execution trace (`submit_traced_result`), is challenged into a
//!    [`dissection`](crate::dissection) game: the worker opens states of its trace, the
//!    challenger names the part it disputes, until one step is left, which the chain
//!    re-executes (`check_step`, route `Dissected`); a side that misses its move's deadline
//!    loses (route `Forfeited`).
//! 6. [`audits`](crate::audits): a verifiable single-worker task escrows an audit fee with its
//!    reward and asks for a bond above `reward * (1 - p) / p`. When its window closes
//!    unchallenged, the settling hook draws from the consensus engine's randomness (BABE's VRF
//!    output of the parent block) and with probability [`Config::AuditChance`] `p` re-executes
//!    the model itself: a wrong result is slashed like a lost challenge, and the route says
//!    `Audited`. So a worker that lies loses in expectation even when nobody watches; the module
//!    docs say what a block author can bias.
//! 7. [`settlement`](crate::settlement): a task ends by one [`SettlementRoute`]: `Optimistic`
//!    (unchallenged, not drawn for an audit), `ReExecuted` (checked on chain), `Audited`
//!    (drawn and re-executed by the hook: checked on chain), `Dissected` (a committed model's
//!    dispute narrowed to one step re-executed on chain: checked), `Forfeited` (a game a silent
//!    side lost: not checked), `Quorum { agreeing, of }` (cross-checked
//!    off chain by independent workers), `Arbitrated` (trusted third party),
//!    `Unresolved` (arbiter silent: the worker is paid and the challenger forfeits part of its
//!    bond, so a silent arbiter profits neither side), `Expired` (no result by the deadline) or `Cancelled`.
//!    The pallet settles due tasks itself in `on_initialize`, with work per block bounded by
//!    the weight budget [`Config::MaxHookWeight`] (each step charged what it used) and
//!    [`Config::MaxSettlementsPerBlock`] steps; anyone may also call `finalize` to settle an
//!    uncontested task (`Optimistic`, `Expired`) at once, except one an audit may draw.
//!    Contested tasks are settled only by
//!    that hook: calls record decisions (an arbiter's ruling, a quorum's closed reveal period)
//!    and the hook pays and slashes the three or more parties, so no call carries that
//!    weight, nor a weight that grows with the size of a quorum.
//!    Settlements run from two queues: contested tasks (quorums, disputes, rulings) before
//!    uncontested ones, so a flood of cheap posts cannot delay a ruling. An arbiter that stays
//!    silent leaves the optimistic default (the worker paid, the challenger forfeiting
//!    [`Config::SilenceBurn`] of its bond), so its silence profits neither side.
//! 8. [`outcome`](crate::outcome): every route builds one outcome (who is paid, and for each
//!    bond whether it is released, slashed or forfeit), and one function carries it out.
//! 9. [`retention`](crate::retention): an ended task stays readable for
//!    [`Config::RetentionPeriod`] blocks, then is removed with its result and commitments and
//!    every storage deposit returned.
//! 10. The trust report ([`RouteTotals`]) counts tasks and value per route, so a client can tell
//!     what share of the market's value was actually verified on chain.
//! 11. [`views`](crate::views): a task with everything submitted for it, a worker's record, the
//!     tasks a worker was drawn for and can answer (paged) and the trust report, as view functions and as
//!     the `InferenceMarketApi` runtime API (crate `inference-market-runtime-api`).
//!
//! ## Funds
//!
//! Every unit the pallet is responsible for sits in a hold on its owner's account, under a
//! [`HoldReason`]: model deposits, worker stakes (task bonds and the storage deposits of a
//! worker's records are bookkeeping inside the stake), task rewards, task deposits,
//! challenge bonds and audit fees. Slashed amounts go partly to the winning side
//! ([`Config::WinnerShare`]), the rest to [`Config::OnSlash`] (dropping it burns it).
//! `try_state` checks that every hold equals what the pallet records.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod audits;
mod disputes;
pub mod dissection;
mod models;
pub mod offchain;
mod outcome;
mod quorum;
mod results;
mod retention;
mod settlement;
mod sortition;
mod tasks;
mod types;
mod views;
mod workers;

#[cfg(any(feature = "try-runtime", feature = "std", test))]
mod invariants;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

pub use offchain::{crypto, ENDPOINT_KEY, KEY_TYPE};
pub use pallet::*;
pub use types::*;
pub use views::{TaskDetailsOf, MAX_OPEN_TASKS_PAGE};
pub use weights::WeightInfo;

/// Log target of the pallet.
pub const LOG_TARGET: &str = "runtime::inference-market";

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{self, Credit},
			OnUnbalanced, Randomness,
		},
		weights::WeightToFee,
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::{
		traits::{SaturatedConversion, Zero},
		Perbill,
	};

	/// The balance type of the pallet's currency.
	pub type BalanceOf<T> = <<T as Config>::Currency as fungible::Inspect<
		<T as frame_system::Config>::AccountId,
	>>::Balance;

	/// Negative imbalance created by slashing.
	pub type CreditOf<T> = Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;

	/// The layout of the pallet's storage. Persisted enums carry explicit `codec(index)`es, so
	/// reordering variants in code never changes what is stored.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why the pallet holds funds on an account.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Deposit for a registered model's storage.
		#[codec(index = 0)]
		ModelDeposit,
		/// A worker's stake; task bonds are locked out of it.
		#[codec(index = 1)]
		WorkerStake,
		/// The escrowed reward of a posted task.
		#[codec(index = 2)]
		TaskReward,
		/// A challenger's bond on a disputed result.
		#[codec(index = 3)]
		ChallengeBond,
		/// The storage deposit of a posted task, held until the task is removed.
		#[codec(index = 4)]
		TaskDeposit,
		/// The fee of a possible random audit, escrowed with a verifiable task's reward: burned
		/// if the task is audited, returned if not.
		#[codec(index = 5)]
		AuditFee,
	}

	#[pallet::config]
	pub trait Config:
		frame_system::Config + frame_system::offchain::CreateSignedTransaction<Call<Self>>
	{
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The currency in which rewards, stakes, bonds and deposits are paid and held.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::BalancedHold<Self::AccountId>;

		/// Who may rule on disputes of opaque models. Every such ruling is reported as
		/// `Arbitrated`: trusted, not checked.
		type ArbiterOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Receives the part of each slash that does not go to the winner. `()` burns it.
		type OnSlash: OnUnbalanced<CreditOf<Self>>;

		/// Share of a slashed bond paid to the side that won the dispute.
		#[pallet::constant]
		type WinnerShare: Get<Perbill>;

		/// Most workers that may opt in to serve one model: the bound of its candidate list. A
		/// worker opting in to a full list takes the place of the candidate with the least stake
		/// if it has more, so filling the list with accounts costs more stake than its members.
		#[pallet::constant]
		type MaxCandidates: Get<u32>;

		/// Blocks a drawn worker has to submit (or commit) from the block it was drawn in.
		#[pallet::constant]
		type ResponsePeriod: Get<BlockNumberFor<Self>>;

		/// Share of its bond a drawn worker that does not answer in time forfeits to `OnSlash`
		/// (burned): not to the requester, who could otherwise profit from posting more tasks
		/// than a worker can answer. It is then replaced and leaves the model's candidates.
		#[pallet::constant]
		type NoShowPenalty: Get<Perbill>;

		/// Most seats a worker holds unanswered at once: beyond it the draw passes it over, so
		/// a flood of tasks cannot draw a live worker into more than it can answer in time
		/// (`integrity_test` checks that its offchain worker's budget over a `ResponsePeriod`
		/// covers it).
		#[pallet::constant]
		type MaxOpenSeats: Get<u32>;

		/// Share of a challenger's bond burned when the arbiter does not rule on its dispute in
		/// time. The dispute then ends by the optimistic default (the worker is paid), so that
		/// neither a requester (who has the output) nor a griefer gains from a silent arbiter.
		#[pallet::constant]
		type SilenceBurn: Get<Perbill>;

		/// Share of a task's reward its requester pays on top when posting it: the market's fee,
		/// paid whatever becomes of the task (a cancelled or expired task keeps it). It is what
		/// makes the trust report cost what it claims: value a party adds to any route by
		/// serving (and challenging) its own tasks costs it this share of that value, so moving
		/// `verified_on_chain` to a share `s` of a market of value `V` verified at `v` costs at
		/// least `MarketFee * (s - v) / (1 - s) * V`.
		#[pallet::constant]
		type MarketFee: Get<Perbill>;

		/// Receives the market fees. `()` burns them: a fee paid to an account (a treasury, the
		/// block author) could be paid back to the one who self-deals.
		type OnMarketFee: OnUnbalanced<CreditOf<Self>>;

		/// Where the random audits draw from: the consensus engine's randomness as of the parent
		/// block (`pallet_babe::ParentBlockRandomness` in a runtime), `None` where there is none
		/// (then every eligible task is audited). See [`audits`](crate::audits) for what a block
		/// author can bias.
		type Randomness: Randomness<Option<Self::Hash>, BlockNumberFor<Self>>;

		/// Probability `p` that the settling hook re-executes an unchallenged result of a
		/// verifiable single-worker task: a random audit, which slashes a wrong result like a
		/// lost challenge. It prices worker bonds: such a task asks for a bond `S` with
		/// `p * S > (1 - p) * reward`, so a worker that lies loses in expectation even when
		/// nobody watches. Zero turns audits off (and the bond rule with them).
		#[pallet::constant]
		type AuditChance: Get<Perbill>;

		/// Most audits the settling hook runs in one block. A task due for its draw beyond it
		/// waits for the next block (and its randomness): a draw is never skipped nor re-rolled.
		#[pallet::constant]
		type MaxAuditsPerBlock: Get<u32>;

		/// Prices an audit: the fee a requester escrows is this conversion of the weight the
		/// settling hook spends auditing a task of its model (`WeightInfo::settle_audited`), as
		/// a transaction of that weight would pay.
		type WeightToFee: WeightToFee<Balance = BalanceOf<Self>>;

		/// Deposit held for registering any model.
		#[pallet::constant]
		type ModelDepositBase: Get<BalanceOf<Self>>;

		/// Deposit held per byte a model stores on chain (network bytes, name and URI).
		#[pallet::constant]
		type ModelDepositPerByte: Get<BalanceOf<Self>>;

		/// Storage deposit of each record a user makes the chain keep (a task, a result, a
		/// quorum commitment), returned when the record is removed.
		#[pallet::constant]
		type RecordDepositBase: Get<BalanceOf<Self>>;

		/// Storage deposit per byte of input or output a record keeps.
		#[pallet::constant]
		type RecordDepositPerByte: Get<BalanceOf<Self>>;

		/// Blocks a task stays in storage after it ended, for clients to read, before it is
		/// removed with its records (the trust report and the events keep its history) and
		/// their deposits are returned.
		#[pallet::constant]
		type RetentionPeriod: Get<BlockNumberFor<Self>>;

		/// Smallest stake a worker registers with.
		#[pallet::constant]
		type MinWorkerStake: Get<BalanceOf<Self>>;

		/// Smallest task bond a requester may ask of a worker.
		#[pallet::constant]
		type MinTaskBond: Get<BalanceOf<Self>>;

		/// Smallest reward of a task.
		#[pallet::constant]
		type MinReward: Get<BalanceOf<Self>>;

		/// Smallest bond a challenger puts up.
		#[pallet::constant]
		type MinChallengeBond: Get<BalanceOf<Self>>;

		/// Shortest challenge period a task may ask for, in blocks.
		#[pallet::constant]
		type MinChallengePeriod: Get<BlockNumberFor<Self>>;

		/// Longest challenge period a task may ask for, in blocks.
		#[pallet::constant]
		type MaxChallengePeriod: Get<BlockNumberFor<Self>>;

		/// Farthest a task's deadline may lie ahead of the block it is posted in.
		#[pallet::constant]
		type MaxTaskLifetime: Get<BlockNumberFor<Self>>;

		/// Blocks the arbiter has to rule on a disputed opaque result.
		#[pallet::constant]
		type ArbitrationPeriod: Get<BlockNumberFor<Self>>;

		/// Blocks each side of a dissection game has for its move (see
		/// [`dissection`](crate::dissection)); the side whose move is overdue loses the game.
		#[pallet::constant]
		type MovePeriod: Get<BlockNumberFor<Self>>;

		/// Blocks between starting to unbond and being able to withdraw.
		#[pallet::constant]
		type UnbondingPeriod: Get<BlockNumberFor<Self>>;

		/// Longest task input, in bytes.
		#[pallet::constant]
		type MaxInputLen: Get<u32>;

		/// Longest task output, in bytes.
		#[pallet::constant]
		type MaxOutputLen: Get<u32>;

		/// Largest verifiable model, in bytes of the `qmodel` format.
		#[pallet::constant]
		type MaxModelBytes: Get<u32>;

		/// Most multiply-accumulate operations of one verifiable model evaluation; bounds the
		/// weight of on-chain re-execution.
		#[pallet::constant]
		type MaxModelMacs: Get<u32>;

		/// Longest model name and URI, in bytes.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// Most workers a quorum task may ask for.
		#[pallet::constant]
		type MaxReplicas: Get<u32>;

		/// Most settlement steps `on_initialize` performs in one block.
		#[pallet::constant]
		type MaxSettlementsPerBlock: Get<u32>;

		/// Most weight `on_initialize` spends settling and drawing in one block: it takes a
		/// step only if the step's worst case fits what is left. It must leave the normal
		/// class its share of a block (checked by `integrity_test`).
		#[pallet::constant]
		type MaxHookWeight: Get<Weight>;

		/// The keys the offchain worker signs with: `crypto::MarketAuthId` in a runtime.
		type AuthorityId: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>;

		/// Most transactions the offchain worker sends per key and block to reveal and serve.
		#[pallet::constant]
		type MaxOffchainActionsPerBlock: Get<u32>;

		/// Most challenges the offchain worker's watchtower sends per key and block, a budget
		/// apart from `MaxOffchainActionsPerBlock` so that no flood of servable tasks starves
		/// watching.
		#[pallet::constant]
		type MaxOffchainChallengesPerBlock: Get<u32>;

		/// How long the offchain worker waits for the inference endpoint, in milliseconds.
		#[pallet::constant]
		type OffchainHttpTimeout: Get<u64>;

		/// Weight information for the pallet's calls and hook.
		type WeightInfo: WeightInfo;
	}

	/// Account, model, task and stake type aliases used across the pallet.
	pub type ModelInfoOf<T> =
		ModelInfo<<T as frame_system::Config>::AccountId, BalanceOf<T>, <T as Config>::MaxNameLen>;
	/// The terms of a task in this runtime.
	pub type TaskTermsOf<T> = TaskTerms<BalanceOf<T>, BlockNumberFor<T>>;
	/// A worker record of this runtime.
	pub type WorkerInfoOf<T> = WorkerInfo<BalanceOf<T>, BlockNumberFor<T>>;
	/// A task of this runtime.
	pub type TaskOf<T> = crate::types::Task<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxInputLen,
		<T as Config>::MaxReplicas,
	>;
	/// A submission of this runtime.
	pub type SubmissionOf<T> = Submission<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxOutputLen,
	>;
	/// A quorum commitment of this runtime.
	pub type CommitmentOf<T> = crate::types::Commitment<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxOutputLen,
	>;
	/// The commitments of one quorum task.
	pub type CommitmentsOf<T> = BoundedVec<CommitmentOf<T>, <T as Config>::MaxReplicas>;
	/// A candidate of a model's sortition in this runtime.
	pub type CandidateOf<T> =
		Candidate<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
	/// The candidates of one model.
	pub type CandidatesOf<T> = BoundedVec<CandidateOf<T>, <T as Config>::MaxCandidates>;
	/// A drawn worker of this runtime.
	pub type SeatOf<T> = Seat<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// The tasks a worker holds unanswered seats on, in this runtime.
	pub type OpenSeatsOf<T> = BoundedVec<TaskId, <T as Config>::MaxOpenSeats>;
	/// The sortition of a task in this runtime.
	pub type DrawOf<T> =
		Draw<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, <T as Config>::MaxReplicas>;
	/// A challenge of this runtime.
	pub type ChallengeOf<T> = Challenge<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
	/// Bytes of a verifiable model.
	pub type ModelCodeOf<T> = BoundedVec<u8, <T as Config>::MaxModelBytes>;
	/// A model name or URI.
	pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLen>;
	/// A task input.
	pub type InputOf<T> = BoundedVec<u8, <T as Config>::MaxInputLen>;
	/// A task output.
	pub type OutputOf<T> = BoundedVec<u8, <T as Config>::MaxOutputLen>;

	/// The next model identifier.
	#[pallet::storage]
	pub type NextModelId<T> = StorageValue<_, ModelId, ValueQuery>;

	/// Registered models.
	#[pallet::storage]
	pub type Models<T: Config> = StorageMap<_, Blake2_128Concat, ModelId, ModelInfoOf<T>>;

	/// The network bytes of verifiable models, kept apart so model records stay small.
	#[pallet::storage]
	pub type ModelCode<T: Config> = StorageMap<_, Blake2_128Concat, ModelId, ModelCodeOf<T>>;

	/// The manifests (`QMC1`) of committed models: their layers' shapes, cut into steps, and
	/// the Merkle root over their weight chunks.
	#[pallet::storage]
	pub type Manifests<T: Config> =
		StorageMap<_, Blake2_128Concat, ModelId, crate::dissection::ManifestBytes>;

	/// The dissection games being played over challenged results of committed models.
	#[pallet::storage]
	pub type Games<T: Config> = StorageMap<_, Blake2_128Concat, TaskId, crate::Game>;

	/// Registered workers and their reputation.
	#[pallet::storage]
	pub type Workers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, WorkerInfoOf<T>>;

	/// The next task identifier.
	#[pallet::storage]
	pub type NextTaskId<T> = StorageValue<_, TaskId, ValueQuery>;

	/// Posted tasks, including those that ended (their status holds the settlement route)
	/// until `RetentionPeriod` blocks after they ended.
	#[pallet::storage]
	pub type Tasks<T: Config> = StorageMap<_, Blake2_128Concat, TaskId, TaskOf<T>>;

	/// The result submitted for a task.
	#[pallet::storage]
	pub type Submissions<T: Config> = StorageMap<_, Blake2_128Concat, TaskId, SubmissionOf<T>>;

	/// Commitments and reveals of quorum tasks, in commit order.
	#[pallet::storage]
	pub type Commitments<T: Config> =
		StorageMap<_, Blake2_128Concat, TaskId, CommitmentsOf<T>, ValueQuery>;

	/// Tasks whose single result is in its challenge window: the index watchtowers page through.
	#[pallet::storage]
	pub type InWindow<T: Config> = StorageMap<_, Twox64Concat, TaskId, (), OptionQuery>;

	/// Open challenges, removed when the dispute ends.
	#[pallet::storage]
	pub type Challenges<T: Config> = StorageMap<_, Blake2_128Concat, TaskId, ChallengeOf<T>>;

	/// The settling hook's queue of uncontested tasks (open for results, or with a result in
	/// its challenge window). Every task that has not ended has exactly one entry, here or in
	/// [`ContestedDueAt`], under the block from which it is due (the block after its deadline,
	/// challenge window, reveal or arbitration period). The hook drains both in block order,
	/// the contested queue first, a bounded number of entries per block.
	#[pallet::storage]
	pub type DueAt<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BlockNumberFor<T>, Twox64Concat, TaskId, (), OptionQuery>;

	/// The earliest block under which `DueAt` may still hold entries: the next block the
	/// settling hook looks at; unset only while nothing was ever queued and the hook never ran.
	/// The hook keeps it at most one block ahead of the chain and every task is due after the
	/// block it is queued in, so on a running chain queueing a task never moves it back (and
	/// pays no write for it).
	#[pallet::storage]
	pub type SettleCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// The settling hook's queue of contested tasks: quorums in their reveal period, disputes
	/// waiting for the arbiter, and rulings to carry out. Settled before [`DueAt`]'s entries,
	/// so spam of cheap posts cannot delay them.
	#[pallet::storage]
	pub type ContestedDueAt<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BlockNumberFor<T>, Twox64Concat, TaskId, (), OptionQuery>;

	/// The next block the settling hook looks at in [`ContestedDueAt`], kept like
	/// [`SettleCursor`].
	#[pallet::storage]
	pub type ContestedCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// The workers that opted in to serve each model, with the most bond they accept and their
	/// weight in the draw: the candidates of the model's sortition.
	#[pallet::storage]
	pub type Candidates<T: Config> =
		StorageMap<_, Twox64Concat, ModelId, CandidatesOf<T>, ValueQuery>;

	/// The tasks on which each worker holds a seat it has not answered (at most
	/// `MaxOpenSeats`): the work its offchain worker (or any client) looks up.
	#[pallet::storage]
	pub type OpenSeats<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, OpenSeatsOf<T>, ValueQuery>;

	/// The settling hook's queue of draws after the first: drawn tasks whose drawn workers'
	/// time to answer runs out (or whose seats found nobody eligible), under the block from
	/// which they are due, to replace the silent. Drained after the contested queue and before
	/// the uncontested one. (The first draw is the uncontested queue's: a `Drawing` task is
	/// due there in the block of its draw, so posting writes no entry of its own.)
	#[pallet::storage]
	pub type DrawDueAt<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BlockNumberFor<T>, Twox64Concat, TaskId, (), OptionQuery>;

	/// The next block the settling hook looks at in [`DrawDueAt`], kept like [`SettleCursor`].
	#[pallet::storage]
	pub type DrawCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// The trust report: tasks and value per settlement route.
	#[pallet::storage]
	pub type RouteTotals<T: Config> =
		StorageMap<_, Twox64Concat, SettlementRoute, RouteTotal<BalanceOf<T>>, ValueQuery>;

	/// An opaque model registered at genesis: owner, name, URI and weights hash.
	pub type GenesisOpaqueModel<T> =
		(<T as frame_system::Config>::AccountId, alloc::vec::Vec<u8>, alloc::vec::Vec<u8>, H256);
	/// A verifiable model registered at genesis: owner, name and network bytes (`qmodel`).
	pub type GenesisVerifiableModel<T> =
		(<T as frame_system::Config>::AccountId, alloc::vec::Vec<u8>, alloc::vec::Vec<u8>);

	/// Models registered at genesis, with their deposits held like any other registration.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Opaque models to register.
		pub opaque_models: alloc::vec::Vec<GenesisOpaqueModel<T>>,
		/// Verifiable models to register.
		pub verifiable_models: alloc::vec::Vec<GenesisVerifiableModel<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let bounded = |bytes: &alloc::vec::Vec<u8>| -> NameOf<T> {
				bytes.clone().try_into().expect("genesis model names and URIs fit MaxNameLen")
			};
			for (owner, name, code) in &self.verifiable_models {
				let code: ModelCodeOf<T> =
					code.clone().try_into().expect("genesis model fits MaxModelBytes");
				let kind = Pallet::<T>::verifiable_kind(&code).expect("genesis model is valid");
				Pallet::<T>::do_register_model(
					owner.clone(),
					bounded(name),
					Default::default(),
					kind,
					crate::models::Stored::Code(code),
				)
				.expect("genesis model owner can pay the deposit");
			}
			for (owner, name, uri, weights_hash) in &self.opaque_models {
				let kind = ModelKind::Opaque { weights_hash: *weights_hash };
				Pallet::<T>::do_register_model(
					owner.clone(),
					bounded(name),
					bounded(uri),
					kind,
					crate::models::Stored::Nothing,
				)
				.expect("genesis model owner can pay the deposit");
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A model was registered.
		ModelRegistered {
			/// The new model.
			model: ModelId,
			/// Who registered it and holds its deposit.
			owner: T::AccountId,
			/// Whether the chain can re-execute it.
			verifiable: bool,
			/// Deposit held.
			deposit: BalanceOf<T>,
		},
		/// A model was retired and its deposit released.
		ModelRetired {
			/// The retired model.
			model: ModelId,
			/// Deposit released to the owner.
			deposit: BalanceOf<T>,
		},
		/// An account registered as a worker.
		WorkerRegistered {
			/// The worker.
			worker: T::AccountId,
			/// Stake held.
			stake: BalanceOf<T>,
		},
		/// A worker added stake.
		StakeAdded {
			/// The worker.
			worker: T::AccountId,
			/// Amount added.
			amount: BalanceOf<T>,
			/// Stake after the addition.
			stake: BalanceOf<T>,
		},
		/// A worker started unbonding part of its stake.
		UnbondingStarted {
			/// The worker.
			worker: T::AccountId,
			/// Amount unbonding.
			amount: BalanceOf<T>,
			/// First block it can be withdrawn in.
			unlocks_at: BlockNumberFor<T>,
		},
		/// A worker withdrew unbonded stake.
		StakeWithdrawn {
			/// The worker.
			worker: T::AccountId,
			/// Amount released from the hold.
			amount: BalanceOf<T>,
			/// Stake left.
			stake: BalanceOf<T>,
		},
		/// A worker opted in to serve a model, or changed the terms it serves it on.
		ServingStarted {
			/// The worker.
			worker: T::AccountId,
			/// The model.
			model: ModelId,
			/// The largest task bond it accepts.
			max_bond: BalanceOf<T>,
			/// Its weight in the model's draws: its stake.
			stake: BalanceOf<T>,
		},
		/// A worker stopped serving a model: it opted out, was pushed out of a full candidate
		/// list by a worker with more stake, or did not answer a task it was drawn for.
		ServingStopped {
			/// The worker.
			worker: T::AccountId,
			/// The model.
			model: ModelId,
		},
		/// A worker was drawn to serve a task and its task bond locked.
		WorkerDrawn {
			/// The task.
			task: TaskId,
			/// The drawn worker.
			worker: T::AccountId,
			/// Its share of the eligible stake: its chance of being drawn.
			share: Perbill,
			/// Last block in which it may submit (or commit).
			answer_by: BlockNumberFor<T>,
		},
		/// A drawn worker did not answer in time: it forfeited part of its bond (burned) and its
		/// seat is drawn again.
		WorkerNoShow {
			/// The task.
			task: TaskId,
			/// The silent worker.
			worker: T::AccountId,
			/// What it forfeited.
			penalty: BalanceOf<T>,
		},
		/// A draw found nobody eligible for some of a task's seats.
		DrawFellShort {
			/// The task.
			task: TaskId,
			/// Seats still empty.
			empty: u8,
			/// The block of the next draw of the empty seats; `None` if the task has had all
			/// its draws (`MAX_EMPTY_DRAWS`) or its deadline comes first: it then waits for its
			/// deadline, or for its requester to cancel it.
			next_draw: Option<BlockNumberFor<T>>,
		},
		/// A task was posted and its reward escrowed.
		TaskPosted {
			/// The new task.
			task: TaskId,
			/// Who posted it.
			requester: T::AccountId,
			/// The model to run.
			model: ModelId,
			/// Reward escrowed.
			reward: BalanceOf<T>,
			/// Market fee paid on top of the reward (`MarketFee` of it).
			fee: BalanceOf<T>,
			/// Audit fee escrowed with the reward (zero for a task that is never audited).
			audit_fee: BalanceOf<T>,
			/// Last block for a result.
			deadline: BlockNumberFor<T>,
			/// Workers asked for (more than one: a quorum with commit-reveal).
			replicas: u8,
			/// Block in which the settling hook draws its workers.
			draw_at: BlockNumberFor<T>,
		},
		/// A worker submitted a result and locked its task bond.
		ResultSubmitted {
			/// The task.
			task: TaskId,
			/// The worker.
			worker: T::AccountId,
			/// Last block in which the result can be challenged.
			window_end: BlockNumberFor<T>,
		},
		/// A worker committed to a quorum task's output and locked its task bond.
		ResultCommitted {
			/// The task.
			task: TaskId,
			/// The worker.
			worker: T::AccountId,
			/// Commitments the task now has.
			commitments: u32,
		},
		/// A quorum task has all its commitments; workers reveal from now.
		RevealStarted {
			/// The task.
			task: TaskId,
			/// Last block in which workers may reveal.
			reveal_end: BlockNumberFor<T>,
		},
		/// Every worker of a quorum task revealed, and `finalize` closed its reveal period
		/// early; the settling hook settles the task in the next block.
		RevealClosed {
			/// The task.
			task: TaskId,
			/// The reveal period's new last block (this block).
			reveal_end: BlockNumberFor<T>,
		},
		/// A worker revealed an output matching its commitment.
		ResultRevealed {
			/// The task.
			task: TaskId,
			/// The worker.
			worker: T::AccountId,
		},
		/// A quorum's reveals reached no majority, or disagreed on a verifiable model; the task
		/// goes to re-execution (verifiable model) or to the arbiter (opaque model).
		QuorumEscalated {
			/// The task.
			task: TaskId,
			/// Reveals received.
			revealed: u32,
			/// Most reveals that agreed on one output.
			largest_agreement: u32,
		},
		/// A result was challenged.
		ResultChallenged {
			/// The task.
			task: TaskId,
			/// Who challenged.
			challenger: T::AccountId,
			/// The challenger's bond.
			bond: BalanceOf<T>,
		},
		/// A verifiable model was re-executed on chain to settle a challenge.
		ResultReExecuted {
			/// The task.
			task: TaskId,
			/// Whether the worker's output matched the chain's.
			worker_was_right: bool,
			/// Multiply-accumulate operations executed.
			macs: u64,
		},
		/// A challenge of a committed model's result opened a dissection game.
		DissectionStarted {
			/// The task.
			task: TaskId,
			/// Steps of the model's evaluation: the range in dispute.
			steps: u32,
			/// Whose move it is first (`Step` for a model of one step).
			turn: crate::Turn,
			/// Last block of that move.
			move_by: BlockNumberFor<T>,
		},
		/// The worker opened the states cutting the disputed range; the challenger names a
		/// part next.
		StatesOpened {
			/// The task.
			task: TaskId,
			/// The range's agreed state.
			agreed: u32,
			/// The range's disputed state.
			disputed: u32,
			/// States opened inside it.
			points: u32,
			/// Last block of the challenger's move.
			move_by: BlockNumberFor<T>,
		},
		/// The challenger named the part of the range it disputes: the game's new range.
		PartNamed {
			/// The task.
			task: TaskId,
			/// The new agreed state.
			agreed: u32,
			/// The new disputed state.
			disputed: u32,
			/// Whose move it is next: the worker's, or the step's check.
			turn: crate::Turn,
			/// Last block of that move.
			move_by: BlockNumberFor<T>,
		},
		/// The chain re-executed the one step a dissection game came down to; the task settled
		/// by route `Dissected`.
		StepChecked {
			/// The task.
			task: TaskId,
			/// The step re-executed (from state `step` to `step + 1`).
			step: u32,
			/// Whether the state after it was the worker's claim.
			worker_was_right: bool,
		},
		/// A side of a dissection game did not move in time and lost; the task settled by route
		/// `Forfeited`.
		MoveMissed {
			/// The task.
			task: TaskId,
			/// The move that was missed.
			turn: crate::Turn,
		},
		/// The arbiter ruled on a disputed opaque result; the settling hook pays and slashes by
		/// the ruling in the next block.
		DisputeRuled {
			/// The task.
			task: TaskId,
			/// The ruling.
			worker_was_right: bool,
		},
		/// The arbiter ruled on an escalated quorum task; the settling hook pays and slashes by
		/// the ruling in the next block.
		QuorumRuled {
			/// The task.
			task: TaskId,
			/// Revealing workers whose output the arbiter upheld.
			upheld: u32,
		},
		/// A bond was slashed.
		Slashed {
			/// The task whose dispute caused the slash.
			task: TaskId,
			/// Whose bond was slashed.
			who: T::AccountId,
			/// Total slashed.
			amount: BalanceOf<T>,
			/// Part paid to the winning side (the rest went to `OnSlash`).
			to_winner: BalanceOf<T>,
			/// Who received that part; `None` for a quorum, whose winners share it equally,
			/// or when nobody won.
			winner: Option<T::AccountId>,
		},
		/// An ended task was removed from storage with its records after the retention period,
		/// and their storage deposits returned.
		TaskRemoved {
			/// The task.
			task: TaskId,
			/// Deposits returned: the requester's and its workers'.
			deposits: BalanceOf<T>,
		},
		/// An unchallenged result was drawn for a random audit and re-executed on chain; the
		/// task settled by route `Audited`.
		TaskAudited {
			/// The task.
			task: TaskId,
			/// Whether the worker's output was the model's.
			worker_was_right: bool,
			/// Multiply-accumulate operations the re-execution ran.
			macs: u64,
			/// The audit fee, burned (or given to `OnMarketFee`) for the work.
			fee: BalanceOf<T>,
		},
		/// A task ended.
		TaskSettled {
			/// The task.
			task: TaskId,
			/// How it ended.
			route: SettlementRoute,
			/// Who received the reward.
			payout: Payout,
			/// The reward.
			reward: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No model has this identifier.
		UnknownModel,
		/// The model's bytes are not a valid `qmodel` network.
		InvalidModel,
		/// The model needs more multiply-accumulate operations than `MaxModelMacs`.
		ModelTooExpensive,
		/// The model takes an input longer than `MaxInputLen`: no task could carry it.
		ModelInputTooLong,
		/// The model gives an output longer than `MaxOutputLen`: no result could carry it.
		ModelOutputTooLong,
		/// Only the model's owner may do this.
		NotModelOwner,
		/// The model is used by drawn tasks that have not ended.
		ModelInUse,
		/// No more identifiers are available.
		IdOverflow,
		/// The account is already a registered worker.
		AlreadyWorker,
		/// The account is not a registered worker.
		NotWorker,
		/// The stake is below `MinWorkerStake`.
		StakeTooLow,
		/// The amount must be greater than zero.
		ZeroAmount,
		/// The stake not bonded to tasks, locked as deposits nor unbonding is less than the
		/// amount.
		InsufficientFreeStake,
		/// The worker is already unbonding; withdraw first.
		AlreadyUnbonding,
		/// The worker has nothing unbonding.
		NotUnbonding,
		/// The unbonding period has not passed.
		StillUnbonding,
		/// An arithmetic operation overflowed.
		Overflow,
		/// The reward is below `MinReward`.
		RewardTooLow,
		/// The task bond is below `MinTaskBond`.
		BondTooLow,
		/// The task bond is not above `reward * (1 - p) / p` for the audit chance `p`: a
		/// worker lying on it would not lose in expectation.
		BondBelowDetectionPrice,
		/// The deadline is not after the current block or beyond `MaxTaskLifetime`.
		DeadlineOutOfBounds,
		/// The challenge period is outside `MinChallengePeriod..=MaxChallengePeriod`.
		ChallengePeriodOutOfBounds,
		/// The input's length does not match the model's input shape.
		InputShapeMismatch,
		/// The output's length does not match the model's output shape.
		OutputShapeMismatch,
		/// No task has this identifier.
		UnknownTask,
		/// Only the task's requester may do this.
		NotRequester,
		/// The task is not open for results.
		TaskNotOpen,
		/// The task's deadline has passed.
		DeadlinePassed,
		/// The requester cannot serve its own task.
		RequesterCannotServe,
		/// The task has no result under challenge window.
		NotChallengeable,
		/// The challenge window has closed.
		ChallengeWindowClosed,
		/// The worker cannot challenge its own result.
		WorkerCannotChallenge,
		/// The challenge bond is below `MinChallengeBond`.
		ChallengeBondTooLow,
		/// The task is not awaiting a ruling.
		NotDisputed,
		/// The arbitration period has passed.
		ArbitrationClosed,
		/// The task has already ended.
		AlreadySettled,
		/// The task is not due to settle yet.
		NotDue,
		/// The task is contested (disputed, ruled or a quorum): the settling hook settles it.
		SettledByHook,
		/// `replicas` is zero or above `MaxReplicas`.
		ReplicasOutOfBounds,
		/// The account was not drawn to serve this task (or its seat was given to another).
		NotDrawn,
		/// The drawn worker's time to answer is over: its seat goes to another worker.
		AnswerPeriodOver,
		/// Workers were drawn for the task: it can no longer be cancelled.
		WorkersDrawn,
		/// The model's candidate list is full of workers with at least this stake.
		CandidateListFull,
		/// The worker does not serve this model.
		NotServing,
		/// The task asks for a quorum: commit and reveal instead of submitting.
		QuorumTask,
		/// The task asks for a single result: submit instead of committing.
		NotQuorumTask,
		/// The worker has already committed to this task.
		AlreadyCommitted,
		/// Another worker made exactly this commitment: a copy.
		DuplicateCommitment,
		/// The task is not in its reveal period.
		NotRevealing,
		/// The reveal period is over.
		RevealPeriodOver,
		/// The worker has no commitment on this task.
		NotCommitted,
		/// The worker has already revealed.
		AlreadyRevealed,
		/// The output and salt do not hash to the worker's commitment.
		CommitmentMismatch,
		/// The bytes are not a valid `QMC1` manifest of a committed model.
		InvalidManifest,
		/// The model is not a committed model.
		NotCommittedModel,
		/// A result of a committed model must carry its trace: use `submit_traced_result`.
		TraceRequired,
		/// The task has no dissection game being played.
		NotDissecting,
		/// The deadline of the game's current move has passed.
		MovePeriodOver,
		/// The game is not waiting for this move.
		NotThisMove,
		/// Only the worker whose result is disputed makes this move.
		NotGameWorker,
		/// Only the challenger of the result makes this move.
		NotGameChallenger,
		/// The move opens another number of states than the range's cut points.
		WrongOpeningCount,
		/// An opened state and its proof are not the worker's trace root's at that point.
		StateNotInTrace,
		/// The range has no such part.
		NoSuchPart,
		/// The input vector is not the one the agreed state's digest commits to.
		StepInputMismatch,
		/// The chunk is not the model's weight chunk of the step.
		ChunkNotInModel,
		/// The chunk's length does not fit the step.
		StepChunkMismatch,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::settle_due_tasks(now)
		}

		/// Serves, reveals and watches from the node's `infr` keys; see [`offchain`].
		fn offchain_worker(now: BlockNumberFor<T>) {
			Self::run_offchain_worker(now)
		}

		fn integrity_test() {
			assert!(
				T::MinChallengePeriod::get() <= T::MaxChallengePeriod::get(),
				"MinChallengePeriod must not exceed MaxChallengePeriod"
			);
			assert!(T::MinChallengePeriod::get() > Zero::zero(), "a challenge window is needed");
			assert!(T::MaxSettlementsPerBlock::get() > 0, "the hook must make progress");
			assert!(!T::ArbitrationPeriod::get().is_zero(), "the arbiter needs time to rule");
			assert!(!T::MinWorkerStake::get().is_zero(), "workers must stake something");
			assert!(
				(1..=u32::from(u8::MAX)).contains(&T::MaxReplicas::get()),
				"MaxReplicas must fit the u8 `replicas` of a task"
			);
			assert!(
				T::MaxOpenSeats::get() > 0
					&& u64::from(T::MaxOpenSeats::get())
						<= u64::from(T::MaxOffchainActionsPerBlock::get())
							.saturating_mul(T::ResponsePeriod::get().saturated_into::<u64>()),
				"a worker's offchain worker must be able to answer all its open seats in time"
			);
			assert!(
				BlockNumberFor::<T>::from(crate::offchain::RESEND_AFTER)
					<= T::ResponsePeriod::get(),
				"an offchain worker's dropped answer must be sent again within the response period"
			);
			Self::check_bounds_fit_blocks();
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	/// Views for clients, also offered by the market's runtime API (`InferenceMarketApi`).
	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// A task with its submission, commitments and challenge.
		pub fn task(id: TaskId) -> Option<crate::views::TaskDetailsOf<T>> {
			Self::task_details(id)
		}

		/// A worker's stake, bonds, unbonding and reputation.
		pub fn worker(who: T::AccountId) -> Option<WorkerInfoOf<T>> {
			Workers::<T>::get(who)
		}

		/// A page of the tasks `worker` was drawn for and can answer now, after task `after`
		/// (see `Pallet::open_tasks_for`).
		pub fn open_tasks(
			worker: T::AccountId,
			after: Option<TaskId>,
			limit: u32,
		) -> crate::OpenTasksPage<TaskOf<T>> {
			Self::open_tasks_for(worker, after, limit)
		}

		/// The trust report: tasks and value per route and the share checked on chain.
		pub fn trust() -> crate::TrustReport<BalanceOf<T>> {
			Self::trust_report()
		}

		/// The smallest worker bond a task of `model` with `reward` and `replicas` workers may
		/// ask for (see `Pallet::min_worker_bond`).
		pub fn min_bond(
			model: ModelId,
			reward: BalanceOf<T>,
			replicas: u8,
		) -> Option<BalanceOf<T>> {
			Self::min_worker_bond(model, reward, replicas)
		}

		/// The commitment a quorum worker makes to `output` with `salt`.
		pub fn commitment(
			output: alloc::vec::Vec<u8>,
			salt: [u8; 32],
			worker: T::AccountId,
		) -> H256 {
			Self::commitment_hash(&output, &salt, &worker)
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register an opaque model: a commitment to off-chain weights. Holds a deposit.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_opaque_model(
			name.len().saturating_add(uri.len()) as u32
		))]
		pub fn register_opaque_model(
			origin: OriginFor<T>,
			name: NameOf<T>,
			uri: NameOf<T>,
			weights_hash: H256,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			let kind = ModelKind::Opaque { weights_hash };
			Self::do_register_model(owner, name, uri, kind, crate::models::Stored::Nothing)
		}

		/// Register a verifiable model: its quantized network is stored on chain so disputes
		/// are settled by re-execution. Holds a deposit per byte.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::register_verifiable_model(code.len() as u32))]
		pub fn register_verifiable_model(
			origin: OriginFor<T>,
			name: NameOf<T>,
			code: ModelCodeOf<T>,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			let kind = Self::verifiable_kind(&code)?;
			let stored = crate::models::Stored::Code(code);
			Self::do_register_model(owner, name, Default::default(), kind, stored)
		}

		/// Retire a model no drawn task uses, releasing its deposit. Owner only. Tasks still
		/// waiting for their draw are cancelled at the draw, their requesters refunded.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::retire_model())]
		pub fn retire_model(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_retire_model(who, model)
		}

		/// Register as a worker, holding `stake` (at least `MinWorkerStake`).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::register_worker())]
		pub fn register_worker(origin: OriginFor<T>, stake: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_worker(who, stake)
		}

		/// Add to a worker's stake.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::add_stake())]
		pub fn add_stake(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_stake(who, amount)
		}

		/// Start unbonding `amount` of stake that is not bonded to tasks. It can be withdrawn
		/// after `UnbondingPeriod`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::unbond())]
		pub fn unbond(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbond(who, amount)
		}

		/// Withdraw unbonded stake once the period has passed. Bonds locked in tasks the worker
		/// still serves stay in the stake: unbonding stake is never bonded.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::withdraw_unbonded())]
		pub fn withdraw_unbonded(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_unbonded(who)
		}

		/// Post a task, escrowing `terms.reward`. A worker must lock `terms.worker_bond` to
		/// serve it, submit by `terms.deadline`, and leave its result open to challenge for
		/// `terms.challenge_period` blocks.
		///
		/// With `terms.replicas = k > 1` the task is a quorum: `k` workers commit by the
		/// deadline, then reveal within `challenge_period` blocks, and the majority output wins
		/// (on a verifiable model, only an uncontradicted one: disagreement is re-executed).
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::post_task(input.len() as u32))]
		pub fn post_task(
			origin: OriginFor<T>,
			model: ModelId,
			input: InputOf<T>,
			terms: TaskTermsOf<T>,
		) -> DispatchResult {
			let requester = ensure_signed(origin)?;
			Self::do_post_task(requester, model, input, terms)
		}

		/// Cancel a task before workers are drawn for it (or while none is eligible); the reward
		/// is returned. Once a worker is drawn it may already be computing, so the requester can
		/// no longer take its output from the pool and cancel.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::cancel_task())]
		pub fn cancel_task(origin: OriginFor<T>, task: TaskId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_task(who, task)
		}

		/// Submit a result for an open task the worker was drawn for, by its `answer_by` block.
		/// Its bond was locked by the draw; the result's storage deposit is locked now.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::submit_result(output.len() as u32))]
		pub fn submit_result(
			origin: OriginFor<T>,
			task: TaskId,
			output: OutputOf<T>,
		) -> DispatchResult {
			let worker = ensure_signed(origin)?;
			Self::do_submit_result(worker, task, output, None)
		}

		/// Challenge a submitted result within its window, putting up `bond`.
		///
		/// For a verifiable model the chain re-executes the model in this call and settles at
		/// once. The weight of the largest allowed model is reserved and the part above this
		/// model's size refunded: re-execution is benchmarked per byte of model, and a model's
		/// bytes bound its multiply-accumulate count (one weight byte per operation) and its
		/// requantizations, so the fee follows the model's cost. For an opaque model the task
		/// waits for the arbiter.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::challenge_opaque()
			.max(T::WeightInfo::challenge_dissect())
			.max(T::WeightInfo::challenge_reexecute(T::MaxModelBytes::get())))]
		pub fn challenge(
			origin: OriginFor<T>,
			task: TaskId,
			bond: BalanceOf<T>,
		) -> DispatchResultWithPostInfo {
			let challenger = ensure_signed(origin)?;
			// A challenge refused before re-execution (the task already challenged or settled,
			// a bond too low, ...) pays for the checks it ran, not for a re-execution.
			Self::do_challenge(challenger, task, bond).map_err(|mut e| {
				if e.post_info.actual_weight.is_none() {
					e.post_info.actual_weight = Some(T::WeightInfo::challenge_opaque());
				}
				e
			})
		}

		/// Rule on a disputed opaque result. The ruling is recorded (status `Ruled`) and the
		/// settling hook pays and slashes by it in the next block. `ArbiterOrigin` only.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::rule())]
		pub fn rule(origin: OriginFor<T>, task: TaskId, worker_was_right: bool) -> DispatchResult {
			T::ArbiterOrigin::ensure_origin(origin)?;
			Self::ensure_single_worker(task)?;
			Self::do_rule(task, worker_was_right)
		}

		/// Settle an uncontested single-worker task that is due: an unchallenged result after
		/// its window, or a task without result after its deadline. Anyone may call. An ended
		/// single-worker task past its retention period is removed with its records and their
		/// deposits returned (the settling hook does it too, and alone removes quorum tasks).
		///
		/// A quorum task whose workers all revealed has its reveal period closed here, and the
		/// settling hook settles it in the next block. Contested settlements (a ruled or
		/// unruled dispute, a quorum paying and slashing `k` workers or re-executing) are the
		/// hook's bounded work, so no call carries their weight; `finalize` on such a task fails
		/// with `SettledByHook`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::finalize()
			.max(T::WeightInfo::finalize_revealed())
			.max(T::WeightInfo::remove_task(1)))]
		pub fn finalize(origin: OriginFor<T>, task: TaskId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_finalize(task)
		}

		/// Commit to an output of a quorum task the worker was drawn for: `commitment` is
		/// `blake2_256(SCALE((output, salt, worker)))` with a secret 32-byte `salt`. Its bond was
		/// locked by the draw; the commitment's storage deposit is locked now.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::commit_result())]
		pub fn commit_result(
			origin: OriginFor<T>,
			task: TaskId,
			commitment: H256,
		) -> DispatchResult {
			let worker = ensure_signed(origin)?;
			Self::do_commit_result(worker, task, commitment)
		}

		/// Reveal the output and salt of an earlier commitment, within the reveal period.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::reveal_result(output.len() as u32))]
		pub fn reveal_result(
			origin: OriginFor<T>,
			task: TaskId,
			output: OutputOf<T>,
			salt: [u8; 32],
		) -> DispatchResult {
			let worker = ensure_signed(origin)?;
			Self::do_reveal_result(worker, task, output, salt)
		}

		/// Rule on a quorum task that reached no majority on an opaque model: `output` is the
		/// right output (its revealers win), or `None` if no revealed output is right.
		/// The ruling is recorded and the settling hook pays and slashes by it in the next
		/// block. `ArbiterOrigin` only.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::rule_quorum())]
		pub fn rule_quorum(
			origin: OriginFor<T>,
			task: TaskId,
			output: Option<OutputOf<T>>,
		) -> DispatchResult {
			T::ArbiterOrigin::ensure_origin(origin)?;
			Self::do_rule_quorum(task, output)
		}

		/// Opt in to serve `model` on tasks asking a bond of at most `max_bond`: the worker
		/// becomes a candidate of the model's draws, weighted by its stake. Called again, it
		/// updates `max_bond` and the weight (after adding stake). A full candidate list takes
		/// the worker in place of the candidate with the least stake, if it has more.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::serve_model())]
		pub fn serve_model(
			origin: OriginFor<T>,
			model: ModelId,
			max_bond: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_serve_model(who, model, max_bond)
		}

		/// Stop serving `model`: the worker is no longer drawn for its tasks. Tasks it was
		/// already drawn for still wait for its answer.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::stop_serving())]
		pub fn stop_serving(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_stop_serving(who, model)
		}

		/// Register a committed model: its manifest (`QMC1`: the layers' shapes cut into
		/// steps, and the Merkle root over the weight chunks) is stored on chain, its weights
		/// stay off chain at `uri`. Results carry execution traces and disputes are dissection
		/// games (see [`dissection`](crate::dissection)). Holds a deposit per byte.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::register_committed_model(manifest.len() as u32))]
		pub fn register_committed_model(
			origin: OriginFor<T>,
			name: NameOf<T>,
			uri: NameOf<T>,
			manifest: crate::dissection::ManifestBytes,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			let kind = Self::committed_kind(&manifest)?;
			Self::do_register_model(
				owner,
				name,
				uri,
				kind,
				crate::models::Stored::Manifest(manifest),
			)
		}

		/// Submit the output of a single-worker task of a committed model with the commitment
		/// to its execution trace (the root over its states and the last state's input digest),
		/// as the drawn worker. Otherwise like `submit_result`.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::submit_traced_result(output.len() as u32))]
		pub fn submit_traced_result(
			origin: OriginFor<T>,
			task: TaskId,
			output: OutputOf<T>,
			trace: crate::TraceCommitment,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit_result(who, task, output, Some(trace))
		}

		/// The worker's move in a dissection game over its result: open the states at the
		/// disputed range's cut points (`qmodel::dissection::Range::points`), in order, each
		/// with its Merkle proof against the result's trace root.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::open_states())]
		pub fn open_states(
			origin: OriginFor<T>,
			task: TaskId,
			openings: crate::dissection::Openings,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_open_states(who, task, openings)
		}

		/// The challenger's move in a dissection game: name the part of the cut range
		/// (`0..=` the states opened) whose end state it disputes while accepting its start.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::name_part())]
		pub fn name_part(origin: OriginFor<T>, task: TaskId, part: u32) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_name_part(who, task, part)
		}

		/// Have the chain check the one step a dissection game came down to: `input` is the
		/// vector entering the step's layer, `chunk` the step's weight chunk and `proof` its
		/// Merkle proof against the model's weights root. The chain re-executes the step and
		/// settles the task: the side whose claim is wrong is slashed. Anyone may call it.
		#[pallet::call_index(22)]
		#[pallet::weight(crate::dissection::check_step_weight::<T>())]
		pub fn check_step(
			origin: OriginFor<T>,
			task: TaskId,
			input: crate::dissection::StepInput,
			chunk: crate::dissection::StepChunk,
			proof: crate::dissection::MerkleProof,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_check_step(task, input, chunk, proof)
		}
	}
}
