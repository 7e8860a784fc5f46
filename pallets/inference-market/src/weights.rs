
//! Weights of `pallet_inference_market`, measured by the node's `benchmark pallet` command.
//!
//! Benchmark CLI version 64.0.0, date 2026-11-25.
//! Steps: `50`, repeat: `20`, low range: `[]`,
//! high range: `[]`, worst-case map size: `1000000`.
//! Host: `vm`, CPU: `Intel(R) Xeon(R) Processor`.
//! WASM execution: `Compiled`, chain: `Some("dev")`, DB cache: 1024.
//!
//! Regenerate with the command in the README; the command that produced this file:
//! /root/.cache/inference-market/target/release/inference-market-node
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
	fn rule() -> Weight;
	fn finalize() -> Weight;
	fn settle_due_tasks(n: u32, ) -> Weight;
	fn commit_result() -> Weight;
	fn reveal_result(o: u32, ) -> Weight;
	fn rule_quorum(r: u32, ) -> Weight;
	fn finalize_quorum(r: u32, ) -> Weight;
}

/// Weights measured with the runtime's own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `InferenceMarket::NextModelId` (r:1 w:1)
	/// Proof: `InferenceMarket::NextModelId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:0 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 256]`.
	fn register_opaque_model(n: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `257`
		//  Estimated: `3593`
		// Minimum execution time: 54_363_000 picoseconds.
		Weight::from_parts(68_471_852, 0)
			.saturating_add(Weight::from_parts(0, 3593))
			// Standard Error: 346
			.saturating_add(Weight::from_parts(5_886, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `InferenceMarket::NextModelId` (r:1 w:1)
	/// Proof: `InferenceMarket::NextModelId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ModelCode` (r:0 w:1)
	/// Proof: `InferenceMarket::ModelCode` (`max_values`: None, `max_size`: Some(73752), added: 76227, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:0 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[79, 73728]`.
	fn register_verifiable_model(b: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `257`
		//  Estimated: `3593`
		// Minimum execution time: 57_860_000 picoseconds.
		Weight::from_parts(72_480_135, 0)
			.saturating_add(Weight::from_parts(0, 3593))
			// Standard Error: 2
			.saturating_add(Weight::from_parts(1_415, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ModelCode` (r:0 w:1)
	/// Proof: `InferenceMarket::ModelCode` (`max_values`: None, `max_size`: Some(73752), added: 76227, mode: `MaxEncodedLen`)
	fn retire_model() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `577`
		//  Estimated: `3830`
		// Minimum execution time: 50_227_000 picoseconds.
		Weight::from_parts(70_150_000, 0)
			.saturating_add(Weight::from_parts(0, 3830))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn register_worker() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `257`
		//  Estimated: `3598`
		// Minimum execution time: 54_364_000 picoseconds.
		Weight::from_parts(70_927_000, 0)
			.saturating_add(Weight::from_parts(0, 3598))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn add_stake() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `433`
		//  Estimated: `3598`
		// Minimum execution time: 58_655_000 picoseconds.
		Weight::from_parts(75_549_000, 0)
			.saturating_add(Weight::from_parts(0, 3598))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	fn unbond() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `237`
		//  Estimated: `3598`
		// Minimum execution time: 15_648_000 picoseconds.
		Weight::from_parts(23_489_000, 0)
			.saturating_add(Weight::from_parts(0, 3598))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `453`
		//  Estimated: `3598`
		// Minimum execution time: 50_426_000 picoseconds.
		Weight::from_parts(67_230_000, 0)
			.saturating_add(Weight::from_parts(0, 3598))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::NextTaskId` (r:1 w:1)
	/// Proof: `InferenceMarket::NextTaskId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Tasks` (r:0 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4205), added: 6680, mode: `MaxEncodedLen`)
	/// The range of component `i` is `[0, 4096]`.
	fn post_task(i: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `759`
		//  Estimated: `3830`
		// Minimum execution time: 73_223_000 picoseconds.
		Weight::from_parts(89_559_633, 0)
			.saturating_add(Weight::from_parts(0, 3830))
			// Standard Error: 33
			.saturating_add(Weight::from_parts(886, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4205), added: 6680, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn cancel_task() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5050`
		//  Estimated: `7670`
		// Minimum execution time: 70_625_000 picoseconds.
		Weight::from_parts(91_571_000, 0)
			.saturating_add(Weight::from_parts(0, 7670))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4205), added: 6680, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:0 w:1)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1086), added: 3561, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[0, 1024]`.
	fn submit_result(o: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `4952`
		//  Estimated: `7670`
		// Minimum execution time: 39_256_000 picoseconds.
		Weight::from_parts(53_997_773, 0)
			.saturating_add(Weight::from_parts(0, 7670))
			// Standard Error: 84
			.saturating_add(Weight::from_parts(516, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4205), added: 6680, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1086), added: 3561, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Challenges` (r:0 w:1)
	/// Proof: `InferenceMarket::Challenges` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	fn challenge_opaque() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `6252`
		//  Estimated: `7670`
		// Minimum execution time: 86_682_000 picoseconds.
		Weight::from_parts(111_083_000, 0)
			.saturating_add(Weight::from_parts(0, 7670))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4205), added: 6680, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1086), added: 3561, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ModelCode` (r:1 w:0)
	/// Proof: `InferenceMarket::ModelCode` (`max_values`: None, `max_size`: Some(73752), added: 76227, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:3 w:3)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[79, 73728]`.
	fn challenge_reexecute(b: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `1472 + b * (1 ±0)`
		//  Estimated: `77217`
		// Minimum execution time: 254_732_000 picoseconds.
		Weight::from_parts(281_624_433, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			// Standard Error: 28
			.saturating_add(Weight::from_parts(2_149, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4205), added: 6680, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1086), added: 3561, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Challenges` (r:1 w:1)
	/// Proof: `InferenceMarket::Challenges` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:3 w:3)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn rule() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `6832`
		//  Estimated: `8799`
		// Minimum execution time: 196_574_000 picoseconds.
		Weight::from_parts(243_065_000, 0)
			.saturating_add(Weight::from_parts(0, 8799))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4205), added: 6680, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1086), added: 3561, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Challenges` (r:1 w:1)
	/// Proof: `InferenceMarket::Challenges` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn finalize() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `6691`
		//  Estimated: `7670`
		// Minimum execution time: 125_105_000 picoseconds.
		Weight::from_parts(155_540_000, 0)
			.saturating_add(Weight::from_parts(0, 7670))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:16 w:16)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Tasks` (r:16 w:16)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4205), added: 6680, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:16 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1086), added: 3561, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Challenges` (r:16 w:16)
	/// Proof: `InferenceMarket::Challenges` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:16 w:16)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:32 w:32)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:32 w:32)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:16 w:16)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 16]`.
	fn settle_due_tasks(n: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `464 + n * (6218 ±0)`
		//  Estimated: `3596 + n * (6680 ±0)`
		// Minimum execution time: 10_457_000 picoseconds.
		Weight::from_parts(12_937_000, 0)
			.saturating_add(Weight::from_parts(0, 3596))
			// Standard Error: 5_504_791
			.saturating_add(Weight::from_parts(224_111_665, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((10_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((9_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 6680).saturating_mul(n.into()))
	}
	fn commit_result() -> Weight {
		Weight::from_parts(0, 0)
	}
	fn reveal_result(_o: u32, ) -> Weight {
		Weight::from_parts(0, 0)
	}
	fn rule_quorum(_r: u32, ) -> Weight {
		Weight::from_parts(0, 0)
	}
	fn finalize_quorum(_r: u32, ) -> Weight {
		Weight::from_parts(0, 0)
	}
}

/// The same weights with RocksDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_opaque_model(n: u32, ) -> Weight {
		Weight::from_parts(68_471_852, 0)
			.saturating_add(Weight::from_parts(0, 3593))
			.saturating_add(Weight::from_parts(5_886, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn register_verifiable_model(b: u32, ) -> Weight {
		Weight::from_parts(72_480_135, 0)
			.saturating_add(Weight::from_parts(0, 3593))
			.saturating_add(Weight::from_parts(1_415, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn retire_model() -> Weight {
		Weight::from_parts(70_150_000, 0)
			.saturating_add(Weight::from_parts(0, 3830))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn register_worker() -> Weight {
		Weight::from_parts(70_927_000, 0)
			.saturating_add(Weight::from_parts(0, 3598))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn add_stake() -> Weight {
		Weight::from_parts(75_549_000, 0)
			.saturating_add(Weight::from_parts(0, 3598))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn unbond() -> Weight {
		Weight::from_parts(23_489_000, 0)
			.saturating_add(Weight::from_parts(0, 3598))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(67_230_000, 0)
			.saturating_add(Weight::from_parts(0, 3598))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn post_task(i: u32, ) -> Weight {
		Weight::from_parts(89_559_633, 0)
			.saturating_add(Weight::from_parts(0, 3830))
			.saturating_add(Weight::from_parts(886, 0).saturating_mul(i.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn cancel_task() -> Weight {
		Weight::from_parts(91_571_000, 0)
			.saturating_add(Weight::from_parts(0, 7670))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn submit_result(o: u32, ) -> Weight {
		Weight::from_parts(53_997_773, 0)
			.saturating_add(Weight::from_parts(0, 7670))
			.saturating_add(Weight::from_parts(516, 0).saturating_mul(o.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn challenge_opaque() -> Weight {
		Weight::from_parts(111_083_000, 0)
			.saturating_add(Weight::from_parts(0, 7670))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn challenge_reexecute(b: u32, ) -> Weight {
		Weight::from_parts(281_624_433, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			.saturating_add(Weight::from_parts(2_149, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(12_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	fn rule() -> Weight {
		Weight::from_parts(243_065_000, 0)
			.saturating_add(Weight::from_parts(0, 8799))
			.saturating_add(RocksDbWeight::get().reads(12_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
	}
	fn finalize() -> Weight {
		Weight::from_parts(155_540_000, 0)
			.saturating_add(Weight::from_parts(0, 7670))
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn settle_due_tasks(n: u32, ) -> Weight {
		Weight::from_parts(12_937_000, 0)
			.saturating_add(Weight::from_parts(0, 3596))
			.saturating_add(Weight::from_parts(224_111_665, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((10_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((9_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 6680).saturating_mul(n.into()))
	}
	fn commit_result() -> Weight {
		Weight::from_parts(0, 0)
	}
	fn reveal_result(_o: u32, ) -> Weight {
		Weight::from_parts(0, 0)
	}
	fn rule_quorum(_r: u32, ) -> Weight {
		Weight::from_parts(0, 0)
	}
	fn finalize_quorum(_r: u32, ) -> Weight {
		Weight::from_parts(0, 0)
	}
}
