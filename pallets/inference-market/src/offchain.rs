//! The offchain worker: a node serves and polices the market by itself.
//!
//! When the node's keystore holds an `infr` key ([`KEY_TYPE`]) whose account is a registered
//! worker, the pallet's `offchain_worker` hook, in every block, within
//! [`Config::MaxOffchainActionsPerBlock`] transactions per key:
//!
//! 1. **Reveals** the quorum commitments it made earlier, once their reveal period opens (the
//!    output and salt wait in the node's offchain storage).
//! 2. **Serves** open tasks it can serve (the paged open-task index): verifiable models are run
//!    locally with the shared `qmodel` evaluator, so the output matches the chain's bit for bit;
//!    opaque models are sent to the inference endpoint the operator configured (node flag
//!    `--inference-endpoint`, or offchain storage key [`ENDPOINT_KEY`] set over RPC), as an HTTP
//!    POST of the input bytes answered with the output bytes, under a deadline. Single tasks get
//!    `submit_result`; quorum tasks get `commit_result` with a fresh random salt.
//! 3. **Watches** results in their challenge window (the watchtower index): it recomputes
//!    results of verifiable models and challenges the wrong ones with the minimum bond.
//!
//! Every action takes an offchain lock first (a compare-and-set entry per action, task and
//! account), so the same transaction is not sent twice from one node, across blocks or forks;
//! the lock expires after [`RESEND_AFTER`] blocks, in case the transaction was dropped. Nothing
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

/// Blocks after which a lock on an action expires and the action may be sent again.
pub const RESEND_AFTER: u32 = 10;

/// Most `infr` keys of one node the offchain worker acts for in a block.
pub const MAX_LOCAL_KEYS: usize = 4;

/// Most quorum commitments a node remembers per key while waiting to reveal them.
pub const MAX_PENDING_REVEALS: usize = 64;

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
			let mut budget = T::MaxOffchainActionsPerBlock::get();
			Self::reveal_pending(&public, &account, now, &mut budget);
			Self::serve_open_tasks(&public, &account, now, &mut budget);
			Self::watch_results(&public, &account, now, &mut budget);
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
			let revealing = match waiting {
				Some(TaskStatus::Open) => continue,
				Some(TaskStatus::Revealing { .. }) => Commitments::<T>::get(item.task)
					.iter()
					.any(|c| &c.worker == account && c.revealed.is_none()),
				// Ended, escalated or unknown: nothing left to reveal.
				_ => false,
			};
			let output: Option<OutputOf<T>> = item.output.clone().try_into().ok();
			match output {
				Some(output) if revealing => {
					if *budget > 0 && Self::lock(Action::Reveal, item.task, account, now) {
						*budget -= 1;
						Self::send(
							public,
							Call::reveal_result { task: item.task, output, salt: item.salt },
						);
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

	/// Serves open tasks this worker could serve, a page per block from a cursor.
	fn serve_open_tasks(
		public: &T::Public,
		account: &T::AccountId,
		now: BlockNumberFor<T>,
		budget: &mut u32,
	) {
		if *budget == 0 {
			return;
		}
		let key = Self::storage_key(b"open-cursor", account);
		let cursor = StorageValueRef::persistent(&key);
		let after: Option<TaskId> = cursor.get().ok().flatten();
		let page = Self::open_tasks_for(account.clone(), after, crate::MAX_OPEN_TASKS_PAGE);
		cursor.set(&page.next);
		for (id, task) in page.tasks {
			if *budget == 0 {
				break;
			}
			if Self::is_locked(Action::Serve, id, account, now) {
				continue;
			}
			let Some(output) = Self::compute_output(&task, account) else { continue };
			if !Self::lock(Action::Serve, id, account, now) {
				continue;
			}
			*budget -= 1;
			if task.replicas > 1 {
				let salt = sp_io::offchain::random_seed();
				let hash = Self::commitment_hash(&output, &salt, account);
				Self::remember_reveal(account, PendingReveal { task: id, output, salt });
				Self::send(public, Call::commit_result { task: id, commitment: hash });
			} else if let Ok(output) = output.try_into() {
				Self::send(public, Call::submit_result { task: id, output });
			}
		}
	}

	/// Recomputes results of verifiable models in their challenge window and challenges the
	/// wrong ones.
	fn watch_results(
		public: &T::Public,
		account: &T::AccountId,
		now: BlockNumberFor<T>,
		budget: &mut u32,
	) {
		let key = Self::storage_key(b"watch-cursor", account);
		let cursor = StorageValueRef::persistent(&key);
		let after: Option<TaskId> = cursor.get().ok().flatten();
		let (ids, next) = match after {
			Some(after) => crate::views::page(
				InWindow::<T>::iter_keys_from(InWindow::<T>::hashed_key_for(after)),
				crate::MAX_OPEN_TASKS_PAGE,
			),
			None => crate::views::page(InWindow::<T>::iter_keys(), crate::MAX_OPEN_TASKS_PAGE),
		};
		cursor.set(&next);
		for id in ids {
			if *budget == 0 {
				break;
			}
			let (Some(task), Some(submission)) = (Tasks::<T>::get(id), Submissions::<T>::get(id))
			else {
				continue;
			};
			let TaskStatus::Submitted { window_end } = task.status else { continue };
			if &submission.worker == account || now > window_end {
				continue;
			}
			let verifiable = Models::<T>::get(task.model).is_some_and(|m| m.is_verifiable());
			if !verifiable || Self::is_locked(Action::Challenge, id, account, now) {
				continue;
			}
			let Ok((expected, _)) = Self::reexecute(task.model, &task.input) else { continue };
			let right = expected.iter().map(|v| *v as u8).eq(submission.output.iter().copied());
			if right || !Self::lock(Action::Challenge, id, account, now) {
				continue;
			}
			*budget -= 1;
			log::info!(target: LOG_TARGET, "watchtower: challenging the wrong result of task {id}");
			Self::send(public, Call::challenge { task: id, bond: T::MinChallengeBond::get() });
		}
	}

	/// The output this node gives for a task: computed locally for a verifiable model, asked of
	/// the configured endpoint for an opaque one.
	fn compute_output(task: &TaskOf<T>, account: &T::AccountId) -> Option<Vec<u8>> {
		let model = Models::<T>::get(task.model)?;
		match model.kind {
			ModelKind::Verifiable { .. } => Self::reexecute(task.model, &task.input)
				.ok()
				.map(|(output, _)| output.iter().map(|v| *v as u8).collect()),
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

	/// Sends a signed transaction from the key `public`.
	fn send(public: &T::Public, call: Call<T>) {
		let signer = Signer::<T, T::AuthorityId>::all_accounts().with_filter(vec![public.clone()]);
		for (account, result) in signer.send_signed_transaction(|_| call.clone()) {
			if result.is_err() {
				log::warn!(target: LOG_TARGET, "{:?}: transaction not accepted", account.id);
			}
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

	fn remember_reveal(account: &T::AccountId, item: PendingReveal) {
		let key = Self::storage_key(b"reveals", account);
		let store = StorageValueRef::persistent(&key);
		let _ =
			store.mutate(|pending: Result<Option<Vec<PendingReveal>>, StorageRetrievalError>| {
				let mut pending = pending.ok().flatten().unwrap_or_default();
				if pending.len() >= MAX_PENDING_REVEALS {
					return Err(());
				}
				pending.push(item);
				Ok(pending)
			});
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
