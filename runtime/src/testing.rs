//! Helpers for tests that run the market inside this runtime: real Balances, real constants,
//! real hold reasons, and the `development` genesis (digits model registered as model 0, an
//! opaque model as model 1, dev accounts funded).
//!
//! ```
//! use inference_market_runtime::{testing::*, InferenceMarket, RuntimeOrigin, UNIT};
//! use pallet_inference_market::HoldReason;
//!
//! dev_ext().execute_with(|| {
//!     let bob = account(Sr25519Keyring::Bob);
//!     InferenceMarket::register_worker(RuntimeOrigin::signed(bob.clone()), 100 * UNIT).unwrap();
//!     run_to_block(5);
//!     assert_eq!(held(HoldReason::WorkerStake, &bob), 100 * UNIT);
//! });
//! ```

use crate::{
	AccountId, AllPalletsWithSystem, Balance, Balances, BlockNumber, InferenceMarket, Runtime,
	RuntimeEvent, RuntimeGenesisConfig, RuntimeHoldReason, System,
};
use frame_support::traits::{fungible::InspectHold, OnInitialize};
use serde_json::Value;
pub use sp_keyring::Sr25519Keyring;

/// Test externalities holding the genesis of the `development` preset, at block 1.
pub fn dev_ext() -> sp_io::TestExternalities {
	preset_ext(sp_genesis_builder::DEV_RUNTIME_PRESET)
}

/// Test externalities holding the genesis of a named preset, at block 1.
pub fn preset_ext(preset: &str) -> sp_io::TestExternalities {
	let patch = crate::genesis_config_presets::get_preset(&preset.into())
		.and_then(|bytes| serde_json::from_slice::<Value>(&bytes).ok())
		.expect("the runtime has this preset");
	let mut config =
		serde_json::to_value(RuntimeGenesisConfig::default()).expect("the default serializes");
	merge(&mut config, patch);
	let config: RuntimeGenesisConfig =
		serde_json::from_value(config).expect("a preset is a valid genesis patch");
	let storage = sp_runtime::BuildStorage::build_storage(&config).expect("genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Applies a JSON patch as the chain-spec builder does: objects merge key by key, anything
/// else replaces.
fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// Moves to block `n`, running every pallet's `on_initialize` (the market settles due tasks
/// there) and checking the market's invariants in each block.
pub fn run_to_block(n: BlockNumber) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		AllPalletsWithSystem::on_initialize(next);
		InferenceMarket::do_try_state().expect("market invariants hold");
	}
}

/// The account of a dev key.
pub fn account(key: Sr25519Keyring) -> AccountId {
	key.to_account_id()
}

/// Free balance of an account.
pub fn free(who: &AccountId) -> Balance {
	Balances::free_balance(who)
}

/// Balance held on an account for one of the market's hold reasons.
pub fn held(reason: pallet_inference_market::HoldReason, who: &AccountId) -> Balance {
	Balances::balance_on_hold(&RuntimeHoldReason::from(reason), who)
}

/// The market's events so far, oldest first.
pub fn market_events() -> Vec<pallet_inference_market::Event<Runtime>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::InferenceMarket(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// A held-out digit of the committed test vectors (`models/digits-test-vectors.json`) and the
/// digit classifier's exact output for it: `(input, output)`, one `i8` per byte.
pub fn digit_vector(index: usize) -> (alloc::vec::Vec<u8>, alloc::vec::Vec<u8>) {
	let vectors: Value =
		serde_json::from_str(include_str!("../../models/digits-test-vectors.json"))
			.expect("the committed test vectors are JSON");
	let bytes = |key: &str| -> alloc::vec::Vec<u8> {
		vectors[index][key]
			.as_array()
			.expect("each vector has an input and an output")
			.iter()
			.map(|v| v.as_i64().expect("bytes are integers") as i8 as u8)
			.collect()
	};
	(bytes("input"), bytes("output"))
}
