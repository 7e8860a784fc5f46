//! Runtime API of the inference market.
//!
//! What a client needs to show what the market verified: a task with everything submitted for
//! it, a worker's record, the open tasks a worker could serve (paged), the trust report, and
//! the smallest bond a task may ask for.
//! The same views are also pallet view functions; this API is the stable, versioned way to
//! reach them (`api.call.inferenceMarketApi.*` in Polkadot.js, typed from the metadata).
//!
//! The runtime fixes the generic parameters to its own types, e.g.
//! `InferenceMarketApi<Block, AccountId, Balance, TaskDetailsOf<Runtime>, TaskOf<Runtime>,
//! WorkerInfoOf<Runtime>>`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use pallet_inference_market::{ModelId, OpenTasksPage, TaskId, TrustReport};
use sp_core::H256;

sp_api::decl_runtime_apis! {
	/// Reads of the inference market.
	pub trait InferenceMarketApi<AccountId, Balance, TaskDetails, Task, Worker>
	where
		AccountId: Codec,
		Balance: Codec,
		TaskDetails: Codec,
		Task: Codec,
		Worker: Codec,
	{
		/// A task with its submission, quorum commitments and open challenge.
		fn task(id: TaskId) -> Option<TaskDetails>;

		/// A worker's stake, bonded amount, unbonding and reputation.
		fn worker(who: AccountId) -> Option<Worker>;

		/// Up to `limit` of the tasks `worker` was drawn for and can answer now, by identifier
		/// after task `after`; pass the page's `next` as `after` for the next page.
		fn open_tasks(worker: AccountId, after: Option<TaskId>, limit: u32) -> OpenTasksPage<Task>;

		/// Tasks and value per settlement route, and the shares of settled value checked on
		/// chain and cross-checked by a quorum.
		fn trust_report() -> TrustReport<Balance>;

		/// The commitment a quorum worker submits for `output` with `salt`:
		/// `blake2_256(SCALE((output, salt, worker)))`.
		fn commitment(output: Vec<u8>, salt: [u8; 32], worker: AccountId) -> H256;

		/// The smallest worker bond a task of `model` with `reward` and `replicas` workers may
		/// ask for: above `reward * (1 - p) / p` for a task audited with probability `p`.
		fn min_worker_bond(model: ModelId, reward: Balance, replicas: u8) -> Option<Balance>;
	}
}
