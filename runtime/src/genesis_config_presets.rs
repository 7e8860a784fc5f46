//! Genesis presets: `development` (one validator, Alice) and `local_testnet` (Alice and Bob).
//!
//! Both fund the well-known dev accounts and make Alice the sudo key, so Root (the market's
//! arbiter on this chain) is reachable through Sudo from Polkadot.js Apps.

use crate::{
	AccountId, BalancesConfig, InferenceMarketConfig, RuntimeGenesisConfig, SudoConfig, UNIT,
};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_babe::AuthorityId as BabeId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// The demo model: a 64-32-10 digit classifier for the 8x8 digits of scikit-learn, trained and
/// quantized by `tools/train_digits.py`. Registered as model 0.
pub const DIGITS_MODEL: &[u8] = include_bytes!("../../models/digits-64-32-10.qmd");

/// Name of the demo model on chain.
pub const DIGITS_MODEL_NAME: &[u8] = b"digits-64-32-10";

/// An opaque model, registered as model 1: only a commitment is on chain, so disputes about
/// its results go to the arbiter (Root through Sudo on this chain).
pub const OPAQUE_MODEL_NAME: &[u8] = b"llm-echo (opaque)";

/// Where the opaque model's weights are said to be.
pub const OPAQUE_MODEL_URI: &[u8] = b"https://models.example/llm-echo";

/// Free balance of every endowed dev account: one million units.
pub const ENDOWMENT: crate::Balance = 1_000_000 * UNIT;

/// Builds the genesis patch shared by every preset.
fn genesis(
	authorities: Vec<(BabeId, GrandpaId)>,
	endowed_accounts: Vec<AccountId>,
	root: AccountId,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts.iter().cloned().map(|k| (k, ENDOWMENT)).collect::<Vec<_>>(),
		},
		babe: pallet_babe::GenesisConfig {
			authorities: authorities.iter().map(|(babe, _)| (babe.clone(), 1)).collect::<Vec<_>>(),
			epoch_config: crate::BABE_GENESIS_EPOCH_CONFIG,
		},
		grandpa: pallet_grandpa::GenesisConfig {
			authorities: authorities
				.iter()
				.map(|(_, grandpa)| (grandpa.clone(), 1))
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: Some(root.clone()) },
		inference_market: InferenceMarketConfig {
			verifiable_models: vec![(
				root.clone(),
				DIGITS_MODEL_NAME.to_vec(),
				DIGITS_MODEL.to_vec()
			)],
			opaque_models: vec![(
				root,
				OPAQUE_MODEL_NAME.to_vec(),
				OPAQUE_MODEL_URI.to_vec(),
				<sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash(
					OPAQUE_MODEL_URI
				),
			)],
		},
	})
}

/// BABE (sr25519) and GRANDPA (ed25519) keys derived from the same `//Name` dev seed.
fn authority(babe: Sr25519Keyring, grandpa: Ed25519Keyring) -> (BabeId, GrandpaId) {
	(babe.public().into(), grandpa.public().into())
}

fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect()
}

/// The `development` preset: Alice alone authors and finalizes.
pub fn development_config_genesis() -> Value {
	genesis(
		vec![authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		dev_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// The `local_testnet` preset: Alice and Bob author and finalize together.
pub fn local_config_genesis() -> Value {
	genesis(
		vec![
			authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		],
		dev_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// Name of the four-validator preset.
pub const LOCAL_TESTNET_4_PRESET: &str = "local_testnet_4";

/// The `local_testnet_4` preset: Alice, Bob, Charlie and Dave author and finalize together.
/// GRANDPA finalizes with any three of them (more than two thirds); two against two stall
/// finality until they meet again.
pub fn local_4_config_genesis() -> Value {
	genesis(
		vec![
			authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			authority(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			authority(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		],
		dev_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// The JSON of a named preset, if it exists.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		LOCAL_TESTNET_4_PRESET => local_4_config_genesis(),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}

/// The names of the presets this runtime provides.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(LOCAL_TESTNET_4_PRESET),
	]
}
