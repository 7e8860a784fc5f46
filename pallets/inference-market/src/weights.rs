
//! Weights of `pallet_inference_market`, measured by the node's `benchmark pallet` command.
//!
//! Benchmark CLI version 64.0.0, date 2026-11-26.
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:0 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 256]`.
	fn register_opaque_model(n: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `257`
		//  Estimated: `3593`
		// Minimum execution time: 47_270_000 picoseconds.
		Weight::from_parts(50_016_383, 0)
			.saturating_add(Weight::from_parts(0, 3593))
			// Standard Error: 83
			.saturating_add(Weight::from_parts(3_233, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 49_305_000 picoseconds.
		Weight::from_parts(51_644_801, 0)
			.saturating_add(Weight::from_parts(0, 3593))
			// Standard Error: 0
			.saturating_add(Weight::from_parts(1_099, 0).saturating_mul(b.into()))
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
		// Minimum execution time: 43_393_000 picoseconds.
		Weight::from_parts(46_582_000, 0)
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
		// Minimum execution time: 46_206_000 picoseconds.
		Weight::from_parts(49_003_000, 0)
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
		// Minimum execution time: 48_521_000 picoseconds.
		Weight::from_parts(52_378_000, 0)
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
		// Minimum execution time: 12_403_000 picoseconds.
		Weight::from_parts(13_666_000, 0)
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
		// Minimum execution time: 43_753_000 picoseconds.
		Weight::from_parts(46_707_000, 0)
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
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::OpenTasks` (r:0 w:1)
	/// Proof: `InferenceMarket::OpenTasks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Tasks` (r:0 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4208), added: 6683, mode: `MaxEncodedLen`)
	/// The range of component `i` is `[0, 4096]`.
	fn post_task(i: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `785`
		//  Estimated: `3830`
		// Minimum execution time: 61_063_000 picoseconds.
		Weight::from_parts(64_718_526, 0)
			.saturating_add(Weight::from_parts(0, 3830))
			// Standard Error: 4
			.saturating_add(Weight::from_parts(506, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4208), added: 6683, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:0)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5480), added: 7955, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::OpenTasks` (r:0 w:1)
	/// Proof: `InferenceMarket::OpenTasks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn cancel_task() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5084`
		//  Estimated: `8945`
		// Minimum execution time: 60_344_000 picoseconds.
		Weight::from_parts(64_453_000, 0)
			.saturating_add(Weight::from_parts(0, 8945))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4208), added: 6683, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::InWindow` (r:0 w:1)
	/// Proof: `InferenceMarket::InWindow` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:0 w:1)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1086), added: 3561, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::OpenTasks` (r:0 w:1)
	/// Proof: `InferenceMarket::OpenTasks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[0, 1024]`.
	fn submit_result(o: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `4986`
		//  Estimated: `7673`
		// Minimum execution time: 34_193_000 picoseconds.
		Weight::from_parts(36_704_422, 0)
			.saturating_add(Weight::from_parts(0, 7673))
			// Standard Error: 12
			.saturating_add(Weight::from_parts(418, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4208), added: 6683, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1086), added: 3561, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::InWindow` (r:0 w:1)
	/// Proof: `InferenceMarket::InWindow` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Challenges` (r:0 w:1)
	/// Proof: `InferenceMarket::Challenges` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	fn challenge_opaque() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `6286`
		//  Estimated: `7673`
		// Minimum execution time: 72_420_000 picoseconds.
		Weight::from_parts(75_363_000, 0)
			.saturating_add(Weight::from_parts(0, 7673))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4208), added: 6683, mode: `MaxEncodedLen`)
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
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::InWindow` (r:0 w:1)
	/// Proof: `InferenceMarket::InWindow` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[79, 73728]`.
	fn challenge_reexecute(b: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `1506 + b * (1 ±0)`
		//  Estimated: `77217`
		// Minimum execution time: 188_626_000 picoseconds.
		Weight::from_parts(195_962_683, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			// Standard Error: 1
			.saturating_add(Weight::from_parts(1_493, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4208), added: 6683, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn rule() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `4463`
		//  Estimated: `7673`
		// Minimum execution time: 24_911_000 picoseconds.
		Weight::from_parts(26_506_000, 0)
			.saturating_add(Weight::from_parts(0, 7673))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4208), added: 6683, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1086), added: 3561, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::InWindow` (r:0 w:1)
	/// Proof: `InferenceMarket::InWindow` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn finalize() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `6497`
		//  Estimated: `7673`
		// Minimum execution time: 76_663_000 picoseconds.
		Weight::from_parts(81_542_000, 0)
			.saturating_add(Weight::from_parts(0, 7673))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:16 w:16)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Tasks` (r:16 w:16)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4208), added: 6683, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:16 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1086), added: 3561, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Challenges` (r:16 w:16)
	/// Proof: `InferenceMarket::Challenges` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:16 w:16)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:48 w:48)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:48 w:48)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:16 w:16)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 16]`.
	fn settle_due_tasks(n: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `502 + n * (6346 ±0)`
		//  Estimated: `3647 + n * (7809 ±0)`
		// Minimum execution time: 7_345_000 picoseconds.
		Weight::from_parts(20_342_471, 0)
			.saturating_add(Weight::from_parts(0, 3647))
			// Standard Error: 100_045
			.saturating_add(Weight::from_parts(157_210_858, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((12_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((11_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 7809).saturating_mul(n.into()))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4208), added: 6683, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:1)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5480), added: 7955, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::OpenTasks` (r:0 w:1)
	/// Proof: `InferenceMarket::OpenTasks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn commit_result() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5009`
		//  Estimated: `8945`
		// Minimum execution time: 37_299_000 picoseconds.
		Weight::from_parts(40_476_000, 0)
			.saturating_add(Weight::from_parts(0, 8945))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:0)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4208), added: 6683, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:1)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5480), added: 7955, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[0, 1024]`.
	fn reveal_result(o: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5213`
		//  Estimated: `8945`
		// Minimum execution time: 23_885_000 picoseconds.
		Weight::from_parts(25_791_106, 0)
			.saturating_add(Weight::from_parts(0, 8945))
			// Standard Error: 17
			.saturating_add(Weight::from_parts(1_764, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4208), added: 6683, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:0)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5480), added: 7955, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn finalize_revealed() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `9933`
		//  Estimated: `8945`
		// Minimum execution time: 27_937_000 picoseconds.
		Weight::from_parts(30_336_000, 0)
			.saturating_add(Weight::from_parts(0, 8945))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4208), added: 6683, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:0)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5480), added: 7955, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn rule_quorum() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `10359`
		//  Estimated: `8945`
		// Minimum execution time: 32_071_000 picoseconds.
		Weight::from_parts(34_734_000, 0)
			.saturating_add(Weight::from_parts(0, 8945))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:2 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4208), added: 6683, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:0)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5480), added: 7955, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:5 w:5)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:3 w:3)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:6 w:6)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[2, 5]`.
	fn settle_quorum(r: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5199 + r * (1335 ±0)`
		//  Estimated: `8945 + r * (2608 ±44)`
		// Minimum execution time: 131_193_000 picoseconds.
		Weight::from_parts(134_957_000, 0)
			.saturating_add(Weight::from_parts(0, 8945))
			// Standard Error: 189_859
			.saturating_add(Weight::from_parts(31_416_244, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2608).saturating_mul(r.into()))
	}
	fn remove_task(r: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5199 + r * (1335 ±0)`
		//  Estimated: `8945 + r * (2608 ±44)`
		// Minimum execution time: 131_193_000 picoseconds.
		Weight::from_parts(134_957_000, 0)
			.saturating_add(Weight::from_parts(0, 8945))
			// Standard Error: 189_859
			.saturating_add(Weight::from_parts(31_416_244, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2608).saturating_mul(r.into()))
	}
}

/// The same weights with RocksDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_opaque_model(n: u32, ) -> Weight {
		Weight::from_parts(50_016_383, 0)
			.saturating_add(Weight::from_parts(0, 3593))
			.saturating_add(Weight::from_parts(3_233, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn register_verifiable_model(b: u32, ) -> Weight {
		Weight::from_parts(51_644_801, 0)
			.saturating_add(Weight::from_parts(0, 3593))
			.saturating_add(Weight::from_parts(1_099, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn retire_model() -> Weight {
		Weight::from_parts(46_582_000, 0)
			.saturating_add(Weight::from_parts(0, 3830))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn register_worker() -> Weight {
		Weight::from_parts(49_003_000, 0)
			.saturating_add(Weight::from_parts(0, 3598))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn add_stake() -> Weight {
		Weight::from_parts(52_378_000, 0)
			.saturating_add(Weight::from_parts(0, 3598))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn unbond() -> Weight {
		Weight::from_parts(13_666_000, 0)
			.saturating_add(Weight::from_parts(0, 3598))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(46_707_000, 0)
			.saturating_add(Weight::from_parts(0, 3598))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn post_task(i: u32, ) -> Weight {
		Weight::from_parts(64_718_526, 0)
			.saturating_add(Weight::from_parts(0, 3830))
			.saturating_add(Weight::from_parts(506, 0).saturating_mul(i.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn cancel_task() -> Weight {
		Weight::from_parts(64_453_000, 0)
			.saturating_add(Weight::from_parts(0, 8945))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn submit_result(o: u32, ) -> Weight {
		Weight::from_parts(36_704_422, 0)
			.saturating_add(Weight::from_parts(0, 7673))
			.saturating_add(Weight::from_parts(418, 0).saturating_mul(o.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn challenge_opaque() -> Weight {
		Weight::from_parts(75_363_000, 0)
			.saturating_add(Weight::from_parts(0, 7673))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn challenge_reexecute(b: u32, ) -> Weight {
		Weight::from_parts(195_962_683, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			.saturating_add(Weight::from_parts(1_493, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(12_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
	}
	fn rule() -> Weight {
		Weight::from_parts(26_506_000, 0)
			.saturating_add(Weight::from_parts(0, 7673))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn finalize() -> Weight {
		Weight::from_parts(81_542_000, 0)
			.saturating_add(Weight::from_parts(0, 7673))
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn settle_due_tasks(n: u32, ) -> Weight {
		Weight::from_parts(20_342_471, 0)
			.saturating_add(Weight::from_parts(0, 3647))
			.saturating_add(Weight::from_parts(157_210_858, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((12_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((11_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 7809).saturating_mul(n.into()))
	}
	fn commit_result() -> Weight {
		Weight::from_parts(40_476_000, 0)
			.saturating_add(Weight::from_parts(0, 8945))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn reveal_result(o: u32, ) -> Weight {
		Weight::from_parts(25_791_106, 0)
			.saturating_add(Weight::from_parts(0, 8945))
			.saturating_add(Weight::from_parts(1_764, 0).saturating_mul(o.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn finalize_revealed() -> Weight {
		Weight::from_parts(30_336_000, 0)
			.saturating_add(Weight::from_parts(0, 8945))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn rule_quorum() -> Weight {
		Weight::from_parts(34_734_000, 0)
			.saturating_add(Weight::from_parts(0, 8945))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn settle_quorum(r: u32, ) -> Weight {
		Weight::from_parts(134_957_000, 0)
			.saturating_add(Weight::from_parts(0, 8945))
			.saturating_add(Weight::from_parts(31_416_244, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2608).saturating_mul(r.into()))
	}
	fn remove_task(r: u32, ) -> Weight {
		Weight::from_parts(134_957_000, 0)
			.saturating_add(Weight::from_parts(0, 8945))
			.saturating_add(Weight::from_parts(31_416_244, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2608).saturating_mul(r.into()))
	}
}
