//! The runtime fuzzing harness: turns a byte string into a sequence of market calls from the
//! dev accounts (and the arbiter, Root), with blocks in between, on the `development` genesis,
//! and checks after every block that
//!
//! - total issuance equals genesis issuance less what slashes, market fees and audit fees
//!   burned (the market mints nothing; the `Slashed`, `TaskPosted` and `TaskAudited` events
//!   say what each burned),
//! - every hold equals what the market records (the market's `try_state`, which also checks
//!   bonds, deposits, queues, indexes and statuses).
//!
//! A panic anywhere (a call, the settling hook, a check) is a finding. Used by the
//! coverage-guided fuzz target in `fuzz/` (`cargo fuzz run runtime_calls`) and by the runtime
//! test `fuzz_harness`, which replays a fixed set of inputs.
//!
//! Input layout, repeated until the bytes run out (at most [`MAX_STEPS`] steps):
//! `op: u8`, then for `op % 4 == 0` nothing (one block passes, `op / 4 % 8` more blocks
//! after it), otherwise a signer byte (`% 6` picks Alice..Ferdie; `0xff` is Root) and a
//! SCALE-encoded `pallet_inference_market::Call`.

use crate::{
	testing::{dev_ext, run_to_block, Sr25519Keyring},
	Balances, BlockNumber, InferenceMarket, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin,
	System,
};
use codec::{DecodeLimit, Encode};
use sp_runtime::traits::Dispatchable;

/// Most steps (calls or block advances) one input drives.
pub const MAX_STEPS: usize = 64;

/// How deeply a call's arguments may nest when decoded.
const DECODE_DEPTH: u32 = 8;

const SIGNERS: [Sr25519Keyring; 6] = [
	Sr25519Keyring::Alice,
	Sr25519Keyring::Bob,
	Sr25519Keyring::Charlie,
	Sr25519Keyring::Dave,
	Sr25519Keyring::Eve,
	Sr25519Keyring::Ferdie,
];

/// What one input did, for a harness that wants to report it.
#[derive(Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
	/// Calls decoded and dispatched.
	pub calls: u32,
	/// Calls that succeeded.
	pub succeeded: u32,
	/// Blocks run.
	pub blocks: u32,
}

/// Runs one fuzz input; panics on a broken invariant.
pub fn run(data: &[u8]) -> Run {
	let mut run = Run::default();
	dev_ext().execute_with(|| {
		let genesis_issuance = Balances::total_issuance();
		let mut burned = 0u128;
		let mut seen_events = 0usize;
		let mut input = data;
		for _ in 0..MAX_STEPS {
			let Some((&op, rest)) = input.split_first() else { break };
			input = rest;
			if op % 4 == 0 {
				let blocks = 1 + BlockNumber::from(op / 4 % 8);
				let target = System::block_number().saturating_add(blocks);
				while System::block_number() < target {
					run_to_block(System::block_number() + 1);
					run.blocks += 1;
					burned = burned.saturating_add(burned_since(&mut seen_events));
					check_issuance(genesis_issuance, burned);
				}
				continue;
			}
			let Some((&signer, rest)) = input.split_first() else { break };
			input = rest;
			let Ok(call) = pallet_inference_market::Call::<Runtime>::decode_with_depth_limit(
				DECODE_DEPTH,
				&mut input,
			) else {
				break;
			};
			let origin = match signer {
				0xff => RuntimeOrigin::root(),
				n => RuntimeOrigin::signed(SIGNERS[usize::from(n) % SIGNERS.len()].to_account_id()),
			};
			run.calls += 1;
			let call = RuntimeCall::InferenceMarket(call);
			// A failed call must change nothing: its storage layer is dropped.
			let before = storage_root_if_small(&call);
			match call.dispatch(origin) {
				Ok(_) => run.succeeded += 1,
				Err(_) => {
					if let Some(before) = before {
						assert_eq!(before, storage_root(), "a failed call changed state");
					}
				},
			}
			burned = burned.saturating_add(burned_since(&mut seen_events));
			check_issuance(genesis_issuance, burned);
		}
		// Let everything queued settle as far as a few blocks allow, checking each.
		for _ in 0..4 {
			run_to_block(System::block_number() + 1);
			run.blocks += 1;
			burned = burned.saturating_add(burned_since(&mut seen_events));
			check_issuance(genesis_issuance, burned);
		}
		InferenceMarket::do_try_state().expect("market invariants hold");
	});
	run
}

/// Units burned by slashes, market fees and audit fees in the events after the first `seen`; moves `seen`
/// on.
fn burned_since(seen: &mut usize) -> u128 {
	let events = System::events();
	let burned = events
		.iter()
		.skip(*seen)
		.filter_map(|record| match &record.event {
			RuntimeEvent::InferenceMarket(pallet_inference_market::Event::Slashed {
				amount,
				to_winner,
				..
			}) => Some(amount.saturating_sub(*to_winner)),
			RuntimeEvent::InferenceMarket(pallet_inference_market::Event::TaskPosted {
				fee,
				..
			}) => Some(*fee),
			RuntimeEvent::InferenceMarket(pallet_inference_market::Event::TaskAudited {
				fee,
				..
			}) => Some(*fee),
			_ => None,
		})
		.sum();
	*seen = events.len();
	burned
}

fn check_issuance(genesis: u128, burned: u128) {
	assert_eq!(
		Balances::total_issuance(),
		genesis.saturating_sub(burned),
		"issuance moves only by what slashes and fees burn"
	);
}

/// The state root, for calls cheap enough to compare it around (everything but calls that
/// carry a model, whose re-registration would dominate the run).
fn storage_root_if_small(call: &RuntimeCall) -> Option<Vec<u8>> {
	(call.encoded_size() < 512).then(storage_root)
}

fn storage_root() -> Vec<u8> {
	// Events are not state a failed call may not touch: frame keeps them out of the layer.
	sp_io::storage::root(sp_runtime::StateVersion::V1)
}
