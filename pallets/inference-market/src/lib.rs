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
//!    network on chain in the [`qmodel`] format, so the runtime can re-execute it.
//! 2. [`workers`](crate::workers): a worker registers with a stake held by the pallet, may add
//!    stake, start unbonding, and withdraw after the unbonding period.
//! 3. [`tasks`](crate::tasks): a requester posts a task and escrows its reward; it may cancel the
//!    task before any result is submitted.
//! 4. [`results`](crate::results): a registered worker submits an output and locks a task bond
//!    out of its stake; the challenge window opens.
//! 5. [`disputes`](crate::disputes): within the window anyone but the worker may challenge with
//!    a bond. A verifiable model is re-executed in the same call and the wrong side is slashed at
//!    once; an opaque model waits for the arbiter.
//! 6. [`settlement`](crate::settlement): a task ends by one [`SettlementRoute`]: `Optimistic`
//!    (unchallenged), `ReExecuted` (checked on chain), `Arbitrated` (trusted third party),
//!    `Unresolved` (arbiter silent), `Expired` (no result by the deadline) or `Cancelled`.
//!    Anyone may call `finalize`; the pallet also settles due tasks itself in `on_initialize`,
//!    with work per block bounded by [`Config::MaxSettlementsPerBlock`].
//! 7. The trust report ([`RouteTotals`]) counts tasks and value per route, so a client can tell
//!    what share of the market's value was actually verified on chain.
//!
//! ## Funds
//!
//! Every unit the pallet is responsible for sits in a hold on its owner's account, under a
//! [`HoldReason`]: model deposits, worker stakes (task bonds are bookkeeping inside the stake),
//! task rewards and challenge bonds. Slashed amounts go partly to the winning side
//! ([`Config::WinnerShare`]), the rest to [`Config::OnSlash`] (dropping it burns it).
//! `try_state` checks that every hold equals what the pallet records.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod types;
pub use types::*;

pub mod weights;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{self, Credit},
			OnUnbalanced,
		},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::Perbill;

	/// The balance type of the pallet's currency.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

	/// Negative imbalance created by slashing.
	pub type CreditOf<T> = Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why the pallet holds funds on an account.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Deposit for a registered model's storage.
		ModelDeposit,
		/// A worker's stake; task bonds are locked out of it.
		WorkerStake,
		/// The escrowed reward of a posted task.
		TaskReward,
		/// A challenger's bond on a disputed result.
		ChallengeBond,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
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

		/// Deposit held for registering any model.
		#[pallet::constant]
		type ModelDepositBase: Get<BalanceOf<Self>>;

		/// Deposit held per byte a model stores on chain (network bytes, name and URI).
		#[pallet::constant]
		type ModelDepositPerByte: Get<BalanceOf<Self>>;

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
		type MaxModelMacs: Get<u64>;

		/// Longest model name and URI, in bytes.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// Most tasks scheduled to fall due in one block.
		#[pallet::constant]
		type MaxDuePerBlock: Get<u32>;

		/// Most settlement steps `on_initialize` performs in one block.
		#[pallet::constant]
		type MaxSettlementsPerBlock: Get<u32>;

		/// Weight information for the pallet's calls and hook.
		type WeightInfo: WeightInfo;
	}
}
