//! The offchain worker: a node serves and polices the market by itself.
//!
//! When the node's keystore holds an `infr` key ([`KEY_TYPE`]) whose account is a registered
//! worker, the pallet's `offchain_worker` hook, in every block and per key:
//!
//! 1. **Watches** results in their challenge window (the watchtower index), within
//!    [`Config::MaxOffchainChallengesPerBlock`] challenges of its own: it recomputes results of
//!    verifiable models and challenges the wrong ones with the minimum bond. Its cursor moves
//!    only past the results it inspected, so nothing is skipped unseen.
//!
//! Then, within [`Config::MaxOffchainActionsPerBlock`] transactions:
//!
//! 2. **Reveals** the quorum commitments it made earlier, once their reveal period opens (the
//!    output and salt wait in the node's offchain storage).
//! 3. **Serves** the tasks it was drawn for (its open seats): verifiable models are run
//!    locally with the shared `qmodel` evaluator, so the output matches the chain's bit for bit;
//!    opaque models are sent to the inference endpoint the operator configured (node flag
//!    `--inference-endpoint`, or offchain storage key [`ENDPOINT_KEY`] set over RPC), as an HTTP
//!    POST of the input bytes answered with the output bytes, under a deadline. Single tasks get
//!    `submit_result`; quorum tasks get `commit_result` with a fresh random salt, stored
//!    first (no commitment is sent whose salt is not kept; one entry per task, reused if the
//!    commitment has to be sent again). Budget goes only to transactions sent: tasks whose
//!    output no result can carry, or whose record deposit the worker's free stake cannot lock
//!    (counting the deposits sent in this run), are skipped, and at most
//!    [`MAX_HTTP_CALLS_PER_RUN`] endpoint calls are made.
//! 4. **Opts in** with `serve_model` to the models it can serve and is not a candidate of
//!    (every verifiable model; opaque ones once an endpoint is configured), with its stake as
//!    the most bond it accepts: a node serves only what it is drawn for, and it is drawn only
//!    for the models it opted in to.
//!
//! Every action takes an offchain lock first (a compare-and-set entry per action, task and
//! account), so the same transaction is not sent twice from one node, across blocks or forks;
//! the lock expires after [`RESEND_AFTER`] blocks, in case the transaction was dropped, and is
//! released at once when the pool refuses the transaction. Nothing
//! the worker says is trusted: every transaction is a normal signed call, validated on chain
//! like any other. An `infr` key of an account that is not a registered worker does nothing but
//! log once.

use crate::{pallet::*, ModelKind, TaskId, TaskStatus, LOG_TARGET};
use alloc::{vec, vec::Vec};
use codec::{Decode, Encode};
use frame_support::{pallet_prelude::*, traits::Get};
use frame_system::{
	offchain::{AppCrypto, SendSignedTransaction, Signer},
	pallet_prelude::BlockNumberFor,
};
use sp_runtime::{
	offchain::{
		http,
		storage::{MutateStorageError, StorageRetrievalError, StorageValueRef},
		Duration,
	},
	traits::{IdentifyAccount, Saturating},
	RuntimeAppPublic,
};

/// Key type of market worker keys in the node's keystore.
pub const KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"infr");

/// Offchain storage key of the inference endpoint URL for opaque models (SCALE `Vec<u8>`).
pub const ENDPOINT_KEY: &[u8] = b"inference-market::endpoint";

/// Blocks after which a lock on an action expires and the action may be sent again: short
/// enough that a drawn worker's dropped answer is sent again within its response period
/// (`integrity_test` checks it against [`Config::ResponsePeriod`]); a resend that finds the
/// first one included fails on chain and costs only its fee.
pub const RESEND_AFTER: u32 = 3;

/// Most `infr` keys of one node the offchain worker acts for in a block.
pub const MAX_LOCAL_KEYS: usize = 4;

/// Most quorum commitments a node remembers per key while waiting to reveal them; with this
/// many waiting it commits to no other quorum.
pub const MAX_PENDING_REVEALS: usize = 64;

/// Most calls to the inference endpoint per key and block: a slow endpoint delays a run by at
/// most this many [`Config::OffchainHttpTimeout`]s.
pub const MAX_HTTP_CALLS_PER_RUN: u32 = 2;

/// The application crypto of market worker keys: sr25519 under [`KEY_TYPE`].
pub mod crypto {
	use super::KEY_TYPE;
	use sp_runtime::{
		app_crypto::{app_crypto, sr25519},
		MultiSignature, MultiSigner,
	};
	app_crypto!(sr25519, KEY_TYPE);

	/// Signs the offchain worker's transactions with the node's `infr` keys.
	pub struct MarketAuthId;

	impl frame_system::offchain::AppCrypto<MultiSigner, MultiSignature> for MarketAuthId {
		type RuntimeAppPublic = Public;
		type GenericSignature = sp_core::sr25519::Signature;
		type GenericPublic = sp_core::sr25519::Public;
	}
}

/// A quorum commitment this node made and must reveal.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
pub struct PendingReveal {
	/// The task.
	pub task: TaskId,
	/// The committed output.
	pub output: Vec<u8>,
	/// The salt of the commitment.
	pub salt: [u8; 32],
}

/// What the offchain worker does on a task; part of its lock key.
#[derive(Encode, Clone, Copy, PartialEq, Eq, Debug)]
pub enum Action {
	/// `submit_result` or `commit_result`.
	Serve,
	/// `reveal_result`.
	Reveal,
	/// `challenge`.
	Challenge,
	/// `serve_model`; the lock's "task" is the model's identifier.
	OptIn,
}

impl<T: Config> Pallet<T> {
	/// The offchain worker's work for one block; see the module docs.
	pub(crate) fn run_offchain_worker(now: BlockNumberFor<T>) {
		let keys = <T::AuthorityId as AppCrypto<T::Public, T::Signature>>::RuntimeAppPublic::all();
		for key in keys.into_iter().take(MAX_LOCAL_KEYS) {
			let generic: <T::AuthorityId as AppCrypto<T::Public, T::Signature>>::GenericPublic =
				key.into();
			let public: T::Public = generic.into();
			let account = public.clone().into_account();
			if !Workers::<T>::contains_key(&account) {
				Self::log_once(&account, "is not a registered worker: the offchain worker is idle");
				continue;
			}
			// Watching has a budget of its own, so no flood of servable tasks starves it.
			let mut challenges = T::MaxOffchainChallengesPerBlock::get();
			Self::watch_results(&public, &account, now, &mut challenges);
			let mut budget = T::MaxOffchainActionsPerBlock::get();
			Self::reveal_pending(&public, &account, now, &mut budget);
			Self::serve_open_tasks(&public, &account, now, &mut budget);
			Self::opt_in_models(&public, &account, now, &mut budget);
		}
	}

	/// Reveals this node's commitments whose reveal period is open.
	fn reveal_pending(
		public: &T::Public,
		account: &T::AccountId,
		now: BlockNumberFor<T>,
		budget: &mut u32,
	) {
		let key = Self::storage_key(b"reveals", account);
		let store = StorageValueRef::persistent(&key);
		let pending: Vec<PendingReveal> = store.get().ok().flatten().unwrap_or_default();
		let mut done = Vec::new();
		for item in pending {
			let waiting = Tasks::<T>::get(item.task).map(|task| task.status);
			let hash = Self::commitment_hash(&item.output, &item.salt, account);
			let revealing = match waiting {
				Some(TaskStatus::Open | TaskStatus::Drawing { .. }) => continue,
				// Only the entry matching the commitment on chain can be revealed.
				Some(TaskStatus::Revealing { .. }) => Commitments::<T>::get(item.task)
					.iter()
					.any(|c| &c.worker == account && c.revealed.is_none() && c.hash == hash),
				// Ended, escalated or unknown: nothing left to reveal.
				_ => false,
			};
			let output: Option<OutputOf<T>> = item.output.clone().try_into().ok();
			match output {
				Some(output) if revealing => {
					if *budget > 0 && Self::lock(Action::Reveal, item.task, account, now) {
						*budget -= 1;
						let call = Call::reveal_result { task: item.task, output, salt: item.salt };
						if !Self::send(public, call) {
							Self::unlock(Action::Reveal, item.task, account);
						}
					}
				},
				_ => done.push(item.task),
			}
		}
		if !done.is_empty() {
			// A compare-and-set, so a commitment remembered meanwhile by a concurrent run stays.
			let _ = store.mutate(
				|pending: Result<Option<Vec<PendingReveal>>, StorageRetrievalError>| {
					let mut pending = pending.ok().flatten().unwrap_or_default();
					pending.retain(|item| !done.contains(&item.task));
					Ok::<_, ()>(pending)
				},
			);
		}
	}

	/// Answers the seats this worker was drawn for, from a cursor over its open seats that
	/// moves only past the entries it looked at. Budget is spent only on a transaction that is
	/// sent; a task whose record deposit the worker cannot lock (its free stake is already
	/// taken by this run) is skipped without a transaction; at most
	/// [`MAX_HTTP_CALLS_PER_RUN`] endpoint calls are made, each only with budget left to send
	/// its answer.
	fn serve_open_tasks(
		public: &T::Public,
		account: &T::AccountId,
		now: BlockNumberFor<T>,
		budget: &mut u32,
	) {
		let Some(worker) = Self::worker_to_act(account, *budget) else { return };
		let mut free = Self::free_stake(&worker);
		let key = Self::storage_key(b"open-cursor", account);
		let mut cursor = StorageValueRef::persistent(&key);
		let after: Option<TaskId> = cursor.get().ok().flatten();
		let page = Self::open_tasks_for(account.clone(), after, crate::MAX_OPEN_TASKS_PAGE);
		let mut next = page.next;
		let mut last = after;
		let mut http_calls = 0u32;
		for (id, task) in page.tasks {
			let opaque = Models::<T>::get(task.model).is_some_and(|m| !m.is_verifiable());
			if *budget == 0 || (opaque && http_calls >= MAX_HTTP_CALLS_PER_RUN) {
				// Not looked at: the next run starts here.
				next = last;
				break;
			}
			last = Some(id);
			// The draw locked the bond: answering locks the record's deposit.
			let cost = Self::commitment_deposit(task.model);
			if free < cost || Self::is_locked(Action::Serve, id, account, now) {
				continue;
			}
			let pending = Self::pending_reveal(account, id);
			let output = match &pending {
				// A commitment already made (its transaction may have been dropped) is sent
				// again with the same salt, so whichever lands can be revealed.
				Some(item) => Some(item.output.clone()),
				None => {
					http_calls = http_calls.saturating_add(u32::from(opaque));
					Self::compute_output(&task, account)
				},
			};
			// An output no result can carry is never committed to: it could not be revealed.
			let Some(output) = output.and_then(|o| OutputOf::<T>::try_from(o).ok()) else {
				continue;
			};
			if !Self::lock(Action::Serve, id, account, now) {
				continue;
			}
			let call = if task.replicas > 1 {
				let item = pending.unwrap_or_else(|| PendingReveal {
					task: id,
					output: output.to_vec(),
					salt: sp_io::offchain::random_seed(),
				});
				let commitment = Self::commitment_hash(&item.output, &item.salt, account);
				// Never commit without the salt stored to reveal it.
				if !Self::remember_reveal(account, item) {
					Self::unlock(Action::Serve, id, account);
					continue;
				}
				Call::commit_result { task: id, commitment }
			} else {
				Call::submit_result { task: id, output }
			};
			*budget -= 1;
			if Self::send(public, call) {
				free = free.saturating_sub(cost);
			} else {
				Self::unlock(Action::Serve, id, account);
			}
		}
		Self::set_cursor(&mut cursor, next);
	}

	/// Opts this worker in to the models it can serve and is not a candidate of (every
	/// verifiable model; opaque ones once an inference endpoint is configured), naming its
	/// whole stake as the most bond it accepts, from a cursor over the models that moves only
	/// past the models looked at. A full candidate list this worker's stake cannot enter is
	/// skipped without a transaction.
	fn opt_in_models(
		public: &T::Public,
		account: &T::AccountId,
		now: BlockNumberFor<T>,
		budget: &mut u32,
	) {
		let Some(worker) = Self::worker_to_act(account, *budget) else { return };
		let has_endpoint =
			StorageValueRef::persistent(ENDPOINT_KEY).get::<Vec<u8>>().ok().flatten().is_some();
		let key = Self::storage_key(b"model-cursor", account);
		let mut cursor = StorageValueRef::persistent(&key);
		let after: Option<crate::ModelId> = cursor.get().ok().flatten();
		let models = match after {
			Some(after) => Models::<T>::iter_from(Models::<T>::hashed_key_for(after)),
			None => Models::<T>::iter(),
		}
		// Serving a committed model takes its weights and a trace, which this worker does not
		// compute yet: it does not opt in to one.
		.map(|(id, model)| (id, model.is_verifiable(), model.is_committed()));
		let (models, mut next) =
			crate::views::page_by(models, crate::MAX_OPEN_TASKS_PAGE, |(id, ..)| *id);
		let mut last = after;
		for (model, verifiable, committed) in models {
			if *budget == 0 {
				next = last;
				break;
			}
			last = Some(model);
			let candidates = Candidates::<T>::get(model);
			let joins = !committed
				&& (verifiable || has_endpoint)
				&& candidates.iter().all(|c| &c.worker != account)
				&& (!candidates.is_full() || candidates.iter().any(|c| c.stake < worker.stake));
			if !joins || !Self::lock(Action::OptIn, model.into(), account, now) {
				continue;
			}
			*budget -= 1;
			log::info!(target: LOG_TARGET, "opting in to serve model {model}");
			if !Self::send(public, Call::serve_model { model, max_bond: worker.stake }) {
				Self::unlock(Action::OptIn, model.into(), account);
			}
		}
		Self::set_cursor(&mut cursor, next);
	}

	/// Recomputes results of verifiable models in their challenge window and challenges the
	/// wrong ones, within `budget` challenges. The cursor over the watchtower index moves only
	/// past the entries inspected, so an entry the budget did not reach is inspected next time.
	fn watch_results(
		public: &T::Public,
		account: &T::AccountId,
		now: BlockNumberFor<T>,
		budget: &mut u32,
	) {
		let key = Self::storage_key(b"watch-cursor", account);
		let mut cursor = StorageValueRef::persistent(&key);
		let after: Option<TaskId> = cursor.get().ok().flatten();
		let (ids, mut next) = match after {
			Some(after) => crate::views::page(
				InWindow::<T>::iter_keys_from(InWindow::<T>::hashed_key_for(after)),
				crate::MAX_OPEN_TASKS_PAGE,
			),
			None => crate::views::page(InWindow::<T>::iter_keys(), crate::MAX_OPEN_TASKS_PAGE),
		};
		let mut last = after;
		for id in ids {
			if *budget == 0 {
				next = last;
				break;
			}
			last = Some(id);
			if Self::result_is_wrong(id, account, now)
				&& Self::lock(Action::Challenge, id, account, now)
			{
				*budget -= 1;
				log::info!(
					target: LOG_TARGET,
					"watchtower: challenging the wrong result of task {id}"
				);
				let call = Call::challenge { task: id, bond: T::MinChallengeBond::get() };
				if !Self::send(public, call) {
					Self::unlock(Action::Challenge, id, account);
				}
			}
		}
		Self::set_cursor(&mut cursor, next);
	}

	/// Whether task `id` holds a result of a verifiable model, still in its window and not
	/// `account`'s own, that re-execution shows wrong, and no challenge of it is locked.
	fn result_is_wrong(id: TaskId, account: &T::AccountId, now: BlockNumberFor<T>) -> bool {
		let (Some(task), Some(submission)) = (Tasks::<T>::get(id), Submissions::<T>::get(id))
		else {
			return false;
		};
		let TaskStatus::Submitted { window_end } = task.status else { return false };
		if &submission.worker == account || now > window_end {
			return false;
		}
		let verifiable = Models::<T>::get(task.model).is_some_and(|m| m.is_verifiable());
		if !verifiable || Self::is_locked(Action::Challenge, id, account, now) {
			return false;
		}
		let Ok((expected, _)) = Self::reexecute(task.model, &task.input) else { return false };
		!expected.iter().map(|v| *v as u8).eq(submission.output.iter().copied())
	}

	/// The output this node gives for a task: computed locally for a verifiable model, asked of
	/// the configured endpoint for an opaque one.
	fn compute_output(task: &TaskOf<T>, account: &T::AccountId) -> Option<Vec<u8>> {
		let model = Models::<T>::get(task.model)?;
		match model.kind {
			ModelKind::Verifiable { .. } => Self::reexecute(task.model, &task.input)
				.ok()
				.map(|(output, _)| output.iter().map(|v| *v as u8).collect()),
			ModelKind::Committed { .. } => None,
			ModelKind::Opaque { .. } => {
				let Some(url) = StorageValueRef::persistent(ENDPOINT_KEY).get::<Vec<u8>>().ok()?
				else {
					Self::log_once(account, "has no inference endpoint: opaque tasks are skipped");
					return None;
				};
				let url = core::str::from_utf8(&url).ok()?;
				match Self::fetch_output(url, &task.input) {
					Ok(output) => Some(output),
					Err(e) => {
						log::warn!(target: LOG_TARGET, "inference endpoint {url} failed: {e:?}");
						None
					},
				}
			},
		}
	}

	/// POSTs the input bytes to the endpoint and returns the response body, within
	/// [`Config::OffchainHttpTimeout`] milliseconds.
	fn fetch_output(url: &str, input: &[u8]) -> Result<Vec<u8>, http::Error> {
		let deadline =
			sp_io::offchain::timestamp().add(Duration::from_millis(T::OffchainHttpTimeout::get()));
		let pending = http::Request::post(url, vec![input])
			.add_header("Content-Type", "application/octet-stream")
			.deadline(deadline)
			.send()
			.map_err(|_| http::Error::IoError)?;
		let response = pending.try_wait(deadline).map_err(|_| http::Error::DeadlineReached)??;
		if response.code != 200 {
			return Err(http::Error::Unknown);
		}
		let body: Vec<u8> = response.body().take(T::MaxOutputLen::get() as usize + 1).collect();
		if body.len() > T::MaxOutputLen::get() as usize {
			return Err(http::Error::Unknown);
		}
		Ok(body)
	}

	/// Sends a signed transaction from the key `public`; returns whether the pool took it.
	fn send(public: &T::Public, call: Call<T>) -> bool {
		let signer = Signer::<T, T::AuthorityId>::all_accounts().with_filter(vec![public.clone()]);
		let results = signer.send_signed_transaction(|_| call.clone());
		let mut sent = !results.is_empty();
		for (account, result) in results {
			if result.is_err() {
				sent = false;
				log::warn!(target: LOG_TARGET, "{:?}: transaction not accepted", account.id);
			}
		}
		sent
	}

	/// Stores where a cursor over an index goes on (`None`: from the index's start). The
	/// cursor is read as a plain `TaskId`, so `None` clears it.
	/// The record of a worker whose offchain worker may act in this run: registered, staked at
	/// least `MinWorkerStake` (below it every call it sends would be refused), with `budget`
	/// left.
	fn worker_to_act(account: &T::AccountId, budget: u32) -> Option<WorkerInfoOf<T>> {
		let worker = Workers::<T>::get(account)?;
		(budget > 0 && worker.stake >= T::MinWorkerStake::get()).then_some(worker)
	}

	fn set_cursor<K: Encode>(cursor: &mut StorageValueRef, next: Option<K>) {
		match next {
			Some(id) => cursor.set(&id),
			None => cursor.clear(),
		}
	}

	fn storage_key(what: &[u8], account: &T::AccountId) -> Vec<u8> {
		(b"inference-market::", what, account).encode()
	}

	fn lock_key(action: Action, task: TaskId, account: &T::AccountId) -> Vec<u8> {
		(b"inference-market::lock", action, task, account).encode()
	}

	/// Whether an action on a task is locked: sent less than [`RESEND_AFTER`] blocks ago.
	fn is_locked(
		action: Action,
		task: TaskId,
		account: &T::AccountId,
		now: BlockNumberFor<T>,
	) -> bool {
		let key = Self::lock_key(action, task, account);
		StorageValueRef::persistent(&key)
			.get::<BlockNumberFor<T>>()
			.ok()
			.flatten()
			.is_some_and(|at| now < at.saturating_add(RESEND_AFTER.into()))
	}

	/// Takes the lock on an action with a compare-and-set, so concurrent offchain workers (forks,
	/// a slow previous run) cannot both take it. Returns whether this run holds it.
	fn lock(action: Action, task: TaskId, account: &T::AccountId, now: BlockNumberFor<T>) -> bool {
		let key = Self::lock_key(action, task, account);
		let result = StorageValueRef::persistent(&key).mutate(
			|held: Result<Option<BlockNumberFor<T>>, StorageRetrievalError>| match held {
				Ok(Some(at)) if now < at.saturating_add(RESEND_AFTER.into()) => Err(()),
				_ => Ok(now),
			},
		);
		match result {
			Ok(_) => true,
			Err(MutateStorageError::ValueFunctionFailed(())) => false,
			Err(MutateStorageError::ConcurrentModification(_)) => false,
		}
	}

	/// Releases a lock taken for a transaction that was not sent, so the next block retries
	/// it rather than waiting [`RESEND_AFTER`] blocks.
	fn unlock(action: Action, task: TaskId, account: &T::AccountId) {
		StorageValueRef::persistent(&Self::lock_key(action, task, account)).clear();
	}

	/// The commitment this node keeps for `task`, if any.
	fn pending_reveal(account: &T::AccountId, task: TaskId) -> Option<PendingReveal> {
		let key = Self::storage_key(b"reveals", account);
		let pending: Vec<PendingReveal> =
			StorageValueRef::persistent(&key).get().ok().flatten().unwrap_or_default();
		pending.into_iter().find(|item| item.task == task)
	}

	/// Stores the salt and output of a commitment, one entry per task (a new one replaces the
	/// old). Returns whether it is stored: not when [`MAX_PENDING_REVEALS`] other tasks wait.
	fn remember_reveal(account: &T::AccountId, item: PendingReveal) -> bool {
		let key = Self::storage_key(b"reveals", account);
		let store = StorageValueRef::persistent(&key);
		store
			.mutate(|pending: Result<Option<Vec<PendingReveal>>, StorageRetrievalError>| {
				let mut pending = pending.ok().flatten().unwrap_or_default();
				if let Some(entry) = pending.iter_mut().find(|entry| entry.task == item.task) {
					*entry = item;
				} else if pending.len() >= MAX_PENDING_REVEALS {
					return Err(());
				} else {
					pending.push(item);
				}
				Ok(pending)
			})
			.is_ok()
	}

	/// Logs a message about a local key once per node.
	fn log_once(account: &T::AccountId, message: &str) {
		let key = (b"inference-market::logged", account, message.as_bytes()).encode();
		let store = StorageValueRef::persistent(&key);
		let first = store
			.mutate(|seen: Result<Option<bool>, StorageRetrievalError>| match seen {
				Ok(Some(_)) => Err(()),
				_ => Ok(true),
			})
			.is_ok();
		if first {
			log::warn!(target: LOG_TARGET, "offchain worker: key of {account:?} {message}");
		}
	}
}
