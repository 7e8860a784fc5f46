
//! Weights of `pallet_inference_market`, measured by the node's `benchmark pallet` command.
//!
//! Benchmark CLI version 64.0.0, date 2026-12-03.
//! Steps: `50`, repeat: `20`, low range: `[]`,
//! high range: `[]`, worst-case map size: `1000000`.
//! Host: `vm`, CPU: `AMD EPYC`.
//! WASM execution: `Compiled`, chain: `Some("dev")`, DB cache: 1024.
//!
//! Regenerate with the command in the README; the command that produced this file:
//! /work/target-bench/release/inference-market-node
//! benchmark
//! pallet
//! --chain
//! dev
//! --pallet
//! pallet_inference_market
//! --extrinsic
//! *
//! --steps
//! 50
//! --repeat
//! 20
//! --wasm-execution
//! compiled
//! --heap-pages
//! 4096
//! --template
//! .maintain/weight-template.hbs
//! --output
//! pallets/inference-market/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions of `pallet_inference_market`.
pub trait WeightInfo {
	fn register_opaque_model(n: u32, ) -> Weight;
	fn register_verifiable_model(b: u32, ) -> Weight;
	fn retire_model() -> Weight;
	fn register_worker() -> Weight;
	fn add_stake() -> Weight;
	fn unbond() -> Weight;
	fn withdraw_unbonded() -> Weight;
	fn post_task(i: u32, ) -> Weight;
	fn cancel_task() -> Weight;
	fn submit_result(o: u32, ) -> Weight;
	fn challenge_opaque() -> Weight;
	fn challenge_reexecute(b: u32, ) -> Weight;
	fn settle_audited(b: u32, ) -> Weight;
	fn rule() -> Weight;
	fn finalize() -> Weight;
	fn settle_due_tasks(n: u32, ) -> Weight;
	fn commit_result() -> Weight;
	fn reveal_result(o: u32, ) -> Weight;
	fn finalize_revealed() -> Weight;
	fn rule_quorum() -> Weight;
	fn settle_quorum(r: u32, ) -> Weight;
	fn remove_task(r: u32, ) -> Weight;
}

/// Weights measured with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `InferenceMarket::NextModelId` (r:1 w:1)
	/// Proof: `InferenceMarket::NextModelId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:0 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 256]`.
	fn register_opaque_model(n: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `257`
		//  Estimated: `3622`
		// Minimum execution time: 59_399_000 picoseconds.
		Weight::from_parts(65_371_130, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			// Standard Error: 570
			.saturating_add(Weight::from_parts(5_632, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `InferenceMarket::NextModelId` (r:1 w:1)
	/// Proof: `InferenceMarket::NextModelId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ModelCode` (r:0 w:1)
	/// Proof: `InferenceMarket::ModelCode` (`max_values`: None, `max_size`: Some(73752), added: 76227, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:0 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[79, 73728]`.
	fn register_verifiable_model(b: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `257`
		//  Estimated: `3622`
		// Minimum execution time: 62_242_000 picoseconds.
		Weight::from_parts(67_403_922, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			// Standard Error: 6
			.saturating_add(Weight::from_parts(1_473, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ModelCode` (r:0 w:1)
	/// Proof: `InferenceMarket::ModelCode` (`max_values`: None, `max_size`: Some(73752), added: 76227, mode: `MaxEncodedLen`)
	fn retire_model() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `577`
		//  Estimated: `3830`
		// Minimum execution time: 56_574_000 picoseconds.
		Weight::from_parts(62_512_000, 0)
			.saturating_add(Weight::from_parts(0, 3830))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	fn register_worker() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `257`
		//  Estimated: `3622`
		// Minimum execution time: 59_268_000 picoseconds.
		Weight::from_parts(68_411_000, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	fn add_stake() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `449`
		//  Estimated: `3622`
		// Minimum execution time: 62_012_000 picoseconds.
		Weight::from_parts(66_689_000, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	fn unbond() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `253`
		//  Estimated: `3614`
		// Minimum execution time: 14_221_000 picoseconds.
		Weight::from_parts(15_593_000, 0)
			.saturating_add(Weight::from_parts(0, 3614))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `469`
		//  Estimated: `3622`
		// Minimum execution time: 54_591_000 picoseconds.
		Weight::from_parts(57_535_000, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::NextTaskId` (r:1 w:1)
	/// Proof: `InferenceMarket::NextTaskId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ModelCode` (r:1 w:0)
	/// Proof: `InferenceMarket::ModelCode` (`max_values`: None, `max_size`: Some(73752), added: 76227, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::OpenTasks` (r:0 w:1)
	/// Proof: `InferenceMarket::OpenTasks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Tasks` (r:0 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::AuditFees` (r:0 w:1)
	/// Proof: `InferenceMarket::AuditFees` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// The range of component `i` is `[1, 4096]`.
	fn post_task(i: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `716 + i * (1 ±0)`
		//  Estimated: `77217`
		// Minimum execution time: 182_381_000 picoseconds.
		Weight::from_parts(194_574_205, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			// Standard Error: 111
			.saturating_add(Weight::from_parts(2_377, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:0)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5580), added: 8055, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::AuditFees` (r:1 w:0)
	/// Proof: `InferenceMarket::AuditFees` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::OpenTasks` (r:0 w:1)
	/// Proof: `InferenceMarket::OpenTasks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn cancel_task() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5134`
		//  Estimated: `9045`
		// Minimum execution time: 81_521_000 picoseconds.
		Weight::from_parts(90_895_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::InWindow` (r:0 w:1)
	/// Proof: `InferenceMarket::InWindow` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:0 w:1)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1102), added: 3577, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::OpenTasks` (r:0 w:1)
	/// Proof: `InferenceMarket::OpenTasks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[0, 1024]`.
	fn submit_result(_o: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5018`
		//  Estimated: `7689`
		// Minimum execution time: 41_151_000 picoseconds.
		Weight::from_parts(68_180_898, 0)
			.saturating_add(Weight::from_parts(0, 7689))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1102), added: 3577, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::InWindow` (r:0 w:1)
	/// Proof: `InferenceMarket::InWindow` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Challenges` (r:0 w:1)
	/// Proof: `InferenceMarket::Challenges` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	fn challenge_opaque() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `6325`
		//  Estimated: `7689`
		// Minimum execution time: 89_143_000 picoseconds.
		Weight::from_parts(97_045_000, 0)
			.saturating_add(Weight::from_parts(0, 7689))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1102), added: 3577, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:3 w:3)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ModelCode` (r:1 w:0)
	/// Proof: `InferenceMarket::ModelCode` (`max_values`: None, `max_size`: Some(73752), added: 76227, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::AuditFees` (r:1 w:1)
	/// Proof: `InferenceMarket::AuditFees` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::InWindow` (r:0 w:1)
	/// Proof: `InferenceMarket::InWindow` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[79, 73728]`.
	fn challenge_reexecute(b: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `1685 + b * (1 ±0)`
		//  Estimated: `77217`
		// Minimum execution time: 293_256_000 picoseconds.
		Weight::from_parts(312_609_257, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			// Standard Error: 29
			.saturating_add(Weight::from_parts(2_716, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(14_u64))
	}
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:1 w:0)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:2 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::AuditFees` (r:1 w:1)
	/// Proof: `InferenceMarket::AuditFees` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1102), added: 3577, mode: `MaxEncodedLen`)
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ModelCode` (r:1 w:0)
	/// Proof: `InferenceMarket::ModelCode` (`max_values`: None, `max_size`: Some(73752), added: 76227, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::InWindow` (r:0 w:1)
	/// Proof: `InferenceMarket::InWindow` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[79, 73728]`.
	fn settle_audited(b: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `1696 + b * (1 ±0)`
		//  Estimated: `77217`
		// Minimum execution time: 218_494_000 picoseconds.
		Weight::from_parts(294_524_376, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			// Standard Error: 38
			.saturating_add(Weight::from_parts(1_713, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(17_u64))
			.saturating_add(T::DbWeight::get().writes(14_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn rule() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `4506`
		//  Estimated: `7689`
		// Minimum execution time: 28_252_000 picoseconds.
		Weight::from_parts(35_843_000, 0)
			.saturating_add(Weight::from_parts(0, 7689))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::AuditFees` (r:1 w:0)
	/// Proof: `InferenceMarket::AuditFees` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1102), added: 3577, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::InWindow` (r:0 w:1)
	/// Proof: `InferenceMarket::InWindow` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn finalize() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `6602`
		//  Estimated: `7689`
		// Minimum execution time: 106_448_000 picoseconds.
		Weight::from_parts(137_955_000, 0)
			.saturating_add(Weight::from_parts(0, 7689))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:16 w:16)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Tasks` (r:16 w:16)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:16 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1102), added: 3577, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Challenges` (r:16 w:16)
	/// Proof: `InferenceMarket::Challenges` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:48 w:48)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:48 w:48)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:16 w:16)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::AuditFees` (r:16 w:0)
	/// Proof: `InferenceMarket::AuditFees` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:16 w:16)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:16)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 16]`.
	fn settle_due_tasks(n: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `559 + n * (6378 ±0)`
		//  Estimated: `3997 + n * (7896 ±0)`
		// Minimum execution time: 10_355_000 picoseconds.
		Weight::from_parts(10_956_000, 0)
			.saturating_add(Weight::from_parts(0, 3997))
			// Standard Error: 1_191_666
			.saturating_add(Weight::from_parts(261_158_811, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((13_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((12_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 7896).saturating_mul(n.into()))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:1)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5580), added: 8055, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::OpenTasks` (r:0 w:1)
	/// Proof: `InferenceMarket::OpenTasks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn commit_result() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5579`
		//  Estimated: `9045`
		// Minimum execution time: 49_854_000 picoseconds.
		Weight::from_parts(79_728_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:0)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:1)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5580), added: 8055, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[0, 1024]`.
	fn reveal_result(o: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5362`
		//  Estimated: `9045`
		// Minimum execution time: 29_473_000 picoseconds.
		Weight::from_parts(48_431_745, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			// Standard Error: 414
			.saturating_add(Weight::from_parts(4_255, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:0)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5580), added: 8055, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn finalize_revealed() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `10080`
		//  Estimated: `9045`
		// Minimum execution time: 34_101_000 picoseconds.
		Weight::from_parts(44_946_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:0)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5580), added: 8055, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn rule_quorum() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `10506`
		//  Estimated: `9045`
		// Minimum execution time: 39_379_000 picoseconds.
		Weight::from_parts(43_645_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:2 w:1)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::AuditFees` (r:1 w:0)
	/// Proof: `InferenceMarket::AuditFees` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:0)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5580), added: 8055, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:5 w:5)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:3 w:3)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:6 w:6)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:1 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[2, 5]`.
	fn settle_quorum(r: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5272 + r * (1355 ±0)`
		//  Estimated: `9045 + r * (2624 ±0)`
		// Minimum execution time: 187_799_000 picoseconds.
		Weight::from_parts(194_149_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			// Standard Error: 357_286
			.saturating_add(Weight::from_parts(48_226_670, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(8_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2624).saturating_mul(r.into()))
	}
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:2 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1102), added: 3577, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:1)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5580), added: 8055, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:5 w:5)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[2, 5]`.
	fn remove_task(r: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `4890 + r * (1229 ±0)`
		//  Estimated: `9045 + r * (2624 ±0)`
		// Minimum execution time: 99_227_000 picoseconds.
		Weight::from_parts(92_309_665, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			// Standard Error: 110_037
			.saturating_add(Weight::from_parts(7_117_054, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2624).saturating_mul(r.into()))
	}
}

/// The same weights with RocksDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_opaque_model(n: u32, ) -> Weight {
		Weight::from_parts(65_371_130, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(Weight::from_parts(5_632, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn register_verifiable_model(b: u32, ) -> Weight {
		Weight::from_parts(67_403_922, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(Weight::from_parts(1_473, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn retire_model() -> Weight {
		Weight::from_parts(62_512_000, 0)
			.saturating_add(Weight::from_parts(0, 3830))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn register_worker() -> Weight {
		Weight::from_parts(68_411_000, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn add_stake() -> Weight {
		Weight::from_parts(66_689_000, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn unbond() -> Weight {
		Weight::from_parts(15_593_000, 0)
			.saturating_add(Weight::from_parts(0, 3614))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(57_535_000, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn post_task(i: u32, ) -> Weight {
		Weight::from_parts(194_574_205, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			.saturating_add(Weight::from_parts(2_377, 0).saturating_mul(i.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn cancel_task() -> Weight {
		Weight::from_parts(90_895_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn submit_result(_o: u32, ) -> Weight {
		Weight::from_parts(68_180_898, 0)
			.saturating_add(Weight::from_parts(0, 7689))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn challenge_opaque() -> Weight {
		Weight::from_parts(97_045_000, 0)
			.saturating_add(Weight::from_parts(0, 7689))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn challenge_reexecute(b: u32, ) -> Weight {
		Weight::from_parts(312_609_257, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			.saturating_add(Weight::from_parts(2_716, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().writes(14_u64))
	}
	fn settle_audited(b: u32, ) -> Weight {
		Weight::from_parts(294_524_376, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			.saturating_add(Weight::from_parts(1_713, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(17_u64))
			.saturating_add(RocksDbWeight::get().writes(14_u64))
	}
	fn rule() -> Weight {
		Weight::from_parts(35_843_000, 0)
			.saturating_add(Weight::from_parts(0, 7689))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn finalize() -> Weight {
		Weight::from_parts(137_955_000, 0)
			.saturating_add(Weight::from_parts(0, 7689))
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn settle_due_tasks(n: u32, ) -> Weight {
		Weight::from_parts(10_956_000, 0)
			.saturating_add(Weight::from_parts(0, 3997))
			.saturating_add(Weight::from_parts(261_158_811, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((13_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((12_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 7896).saturating_mul(n.into()))
	}
	fn commit_result() -> Weight {
		Weight::from_parts(79_728_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn reveal_result(o: u32, ) -> Weight {
		Weight::from_parts(48_431_745, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(Weight::from_parts(4_255, 0).saturating_mul(o.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn finalize_revealed() -> Weight {
		Weight::from_parts(44_946_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn rule_quorum() -> Weight {
		Weight::from_parts(43_645_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn settle_quorum(r: u32, ) -> Weight {
		Weight::from_parts(194_149_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(Weight::from_parts(48_226_670, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2624).saturating_mul(r.into()))
	}
	fn remove_task(r: u32, ) -> Weight {
		Weight::from_parts(92_309_665, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(Weight::from_parts(7_117_054, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2624).saturating_mul(r.into()))
	}
}
