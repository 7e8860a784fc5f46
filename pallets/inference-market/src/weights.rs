
//! Weights of `pallet_inference_market`, measured by the node's `benchmark pallet` command.
//!
//! Benchmark CLI version 64.0.0, date 2026-12-03.
//! Steps: `50`, repeat: `20`, low range: `[]`,
//! high range: `[]`, worst-case map size: `1000000`.
//! Host: `vm`, CPU: `AMD EPYC`.
//! WASM execution: `Compiled`, chain: `Some("dev")`, DB cache: 1024.
//!
//! `post_task` and `finalize` re-measured by a second run of the same command restricted to
//! them (`--extrinsic finalize,post_task`): the first run gave finalize 162 µs and post_task
//! 242 µs, the second 110 and 199 (the stop before: 115 and 187). Between the two, `finalize`
//! stopped reading the task's draw (one read fewer); the rest is the shared machine's noise.
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
	fn serve_model() -> Weight;
	fn stop_serving() -> Weight;
	fn draw_workers(s: u32, ) -> Weight;
	fn replace_no_shows(s: u32, ) -> Weight;
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
		// Minimum execution time: 59_038_000 picoseconds.
		Weight::from_parts(71_060_521, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			// Standard Error: 1_283
			.saturating_add(Weight::from_parts(16_685, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 61_902_000 picoseconds.
		Weight::from_parts(68_209_919, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			// Standard Error: 7
			.saturating_add(Weight::from_parts(1_472, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Candidates` (r:0 w:1)
	/// Proof: `InferenceMarket::Candidates` (`max_values`: None, `max_size`: Some(2061), added: 4536, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ModelCode` (r:0 w:1)
	/// Proof: `InferenceMarket::ModelCode` (`max_values`: None, `max_size`: Some(73752), added: 76227, mode: `MaxEncodedLen`)
	fn retire_model() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `577`
		//  Estimated: `3830`
		// Minimum execution time: 57_366_000 picoseconds.
		Weight::from_parts(62_422_000, 0)
			.saturating_add(Weight::from_parts(0, 3830))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
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
		// Minimum execution time: 58_848_000 picoseconds.
		Weight::from_parts(64_285_000, 0)
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
		// Minimum execution time: 61_562_000 picoseconds.
		Weight::from_parts(66_779_000, 0)
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
		// Minimum execution time: 14_301_000 picoseconds.
		Weight::from_parts(15_863_000, 0)
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
		// Minimum execution time: 54_421_000 picoseconds.
		Weight::from_parts(58_477_000, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::NextTaskId` (r:1 w:1)
	/// Proof: `InferenceMarket::NextTaskId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Candidates` (r:1 w:0)
	/// Proof: `InferenceMarket::Candidates` (`max_values`: None, `max_size`: Some(2061), added: 4536, mode: `MaxEncodedLen`)
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
		//  Measured:  `3301`
		//  Estimated: `5526`
		// Minimum execution time: 194_089_000 picoseconds.
		Weight::from_parts(199_128_118, 0)
			.saturating_add(Weight::from_parts(0, 5526))
			// Standard Error: 35
			.saturating_add(Weight::from_parts(313, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:0)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Candidates` (r:1 w:1)
	/// Proof: `InferenceMarket::Candidates` (`max_values`: None, `max_size`: Some(2061), added: 4536, mode: `MaxEncodedLen`)
	fn serve_model() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `2919`
		//  Estimated: `5526`
		// Minimum execution time: 32_368_000 picoseconds.
		Weight::from_parts(40_941_000, 0)
			.saturating_add(Weight::from_parts(0, 5526))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `InferenceMarket::Candidates` (r:1 w:1)
	/// Proof: `InferenceMarket::Candidates` (`max_values`: None, `max_size`: Some(2061), added: 4536, mode: `MaxEncodedLen`)
	fn stop_serving() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `2216`
		//  Estimated: `5526`
		// Minimum execution time: 19_328_000 picoseconds.
		Weight::from_parts(32_528_000, 0)
			.saturating_add(Weight::from_parts(0, 5526))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Candidates` (r:1 w:0)
	/// Proof: `InferenceMarket::Candidates` (`max_values`: None, `max_size`: Some(2061), added: 4536, mode: `MaxEncodedLen`)
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:5 w:5)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::DrawCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawDueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DrawDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Draws` (r:0 w:1)
	/// Proof: `InferenceMarket::Draws` (`max_values`: None, `max_size`: Some(227), added: 2702, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Tasks` (r:0 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[1, 5]`.
	fn draw_workers(s: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `3159 + s * (79 ±0)`
		//  Estimated: `5526 + s * (2624 ±0)`
		// Minimum execution time: 48_252_000 picoseconds.
		Weight::from_parts(49_354_051, 0)
			.saturating_add(Weight::from_parts(0, 5526))
			// Standard Error: 262_137
			.saturating_add(Weight::from_parts(13_496_199, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2624).saturating_mul(s.into()))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:0)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Draws` (r:1 w:1)
	/// Proof: `InferenceMarket::Draws` (`max_values`: None, `max_size`: Some(227), added: 2702, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::DrawCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Candidates` (r:1 w:1)
	/// Proof: `InferenceMarket::Candidates` (`max_values`: None, `max_size`: Some(2061), added: 4536, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:5 w:5)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:6 w:6)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:5 w:5)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawDueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DrawDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[1, 5]`.
	fn replace_no_shows(s: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `4970 + s * (361 ±0)`
		//  Estimated: `7689 + s * (2632 ±0)`
		// Minimum execution time: 109_152_000 picoseconds.
		Weight::from_parts(39_017_877, 0)
			.saturating_add(Weight::from_parts(0, 7689))
			// Standard Error: 85_125
			.saturating_add(Weight::from_parts(74_743_529, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2632).saturating_mul(s.into()))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Draws` (r:1 w:0)
	/// Proof: `InferenceMarket::Draws` (`max_values`: None, `max_size`: Some(227), added: 2702, mode: `MaxEncodedLen`)
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
		//  Measured:  `5204`
		//  Estimated: `9045`
		// Minimum execution time: 90_665_000 picoseconds.
		Weight::from_parts(96_913_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Draws` (r:1 w:1)
	/// Proof: `InferenceMarket::Draws` (`max_values`: None, `max_size`: Some(227), added: 2702, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::DrawCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
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
	/// Storage: `InferenceMarket::DrawDueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DrawDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::OpenTasks` (r:0 w:1)
	/// Proof: `InferenceMarket::OpenTasks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[0, 1024]`.
	fn submit_result(_o: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5203`
		//  Estimated: `7689`
		// Minimum execution time: 56_164_000 picoseconds.
		Weight::from_parts(65_398_572, 0)
			.saturating_add(Weight::from_parts(0, 7689))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
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
		//  Measured:  `6355`
		//  Estimated: `7689`
		// Minimum execution time: 89_553_000 picoseconds.
		Weight::from_parts(97_324_000, 0)
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
	/// Storage: `InferenceMarket::Draws` (r:1 w:0)
	/// Proof: `InferenceMarket::Draws` (`max_values`: None, `max_size`: Some(227), added: 2702, mode: `MaxEncodedLen`)
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
		//  Measured:  `1715 + b * (1 ±0)`
		//  Estimated: `77217`
		// Minimum execution time: 296_781_000 picoseconds.
		Weight::from_parts(325_832_448, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			// Standard Error: 19
			.saturating_add(Weight::from_parts(2_212, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().writes(14_u64))
	}
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:1 w:0)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::DrawCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
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
	/// Storage: `InferenceMarket::Draws` (r:1 w:0)
	/// Proof: `InferenceMarket::Draws` (`max_values`: None, `max_size`: Some(227), added: 2702, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::InWindow` (r:0 w:1)
	/// Proof: `InferenceMarket::InWindow` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[79, 73728]`.
	fn settle_audited(b: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `1726 + b * (1 ±0)`
		//  Estimated: `77217`
		// Minimum execution time: 221_879_000 picoseconds.
		Weight::from_parts(278_146_081, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			// Standard Error: 35
			.saturating_add(Weight::from_parts(2_077, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(19_u64))
			.saturating_add(T::DbWeight::get().writes(15_u64))
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
		// Minimum execution time: 28_933_000 picoseconds.
		Weight::from_parts(39_429_000, 0)
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
		//  Measured:  `6632`
		//  Estimated: `7689`
		// Minimum execution time: 106_598_000 picoseconds.
		Weight::from_parts(110_354_000, 0)
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
	/// Storage: `InferenceMarket::Draws` (r:16 w:0)
	/// Proof: `InferenceMarket::Draws` (`max_values`: None, `max_size`: Some(227), added: 2702, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::AuditFees` (r:16 w:0)
	/// Proof: `InferenceMarket::AuditFees` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:16 w:16)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::DrawCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:16)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 16]`.
	fn settle_due_tasks(n: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `628 + n * (6378 ±0)`
		//  Estimated: `3997 + n * (7896 ±0)`
		// Minimum execution time: 13_080_000 picoseconds.
		Weight::from_parts(16_905_000, 0)
			.saturating_add(Weight::from_parts(0, 3997))
			// Standard Error: 1_357_597
			.saturating_add(Weight::from_parts(274_457_965, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((14_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((12_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 7896).saturating_mul(n.into()))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4224), added: 6699, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:1)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5580), added: 8055, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Draws` (r:1 w:1)
	/// Proof: `InferenceMarket::Draws` (`max_values`: None, `max_size`: Some(227), added: 2702, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::DrawCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(365), added: 2840, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawDueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DrawDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::OpenTasks` (r:0 w:1)
	/// Proof: `InferenceMarket::OpenTasks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn commit_result() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5925`
		//  Estimated: `9045`
		// Minimum execution time: 65_036_000 picoseconds.
		Weight::from_parts(74_341_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
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
		//  Measured:  `5421`
		//  Estimated: `9045`
		// Minimum execution time: 30_375_000 picoseconds.
		Weight::from_parts(38_753_517, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			// Standard Error: 435
			.saturating_add(Weight::from_parts(12_443, 0).saturating_mul(o.into()))
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
		//  Measured:  `10139`
		//  Estimated: `9045`
		// Minimum execution time: 35_073_000 picoseconds.
		Weight::from_parts(38_567_000, 0)
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
		//  Measured:  `10565`
		//  Estimated: `9045`
		// Minimum execution time: 41_161_000 picoseconds.
		Weight::from_parts(43_695_000, 0)
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
	/// Storage: `InferenceMarket::Draws` (r:1 w:0)
	/// Proof: `InferenceMarket::Draws` (`max_values`: None, `max_size`: Some(227), added: 2702, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::DrawCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:1 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[2, 5]`.
	fn settle_quorum(r: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5406 + r * (1396 ±0)`
		//  Estimated: `9045 + r * (2624 ±58)`
		// Minimum execution time: 195_290_000 picoseconds.
		Weight::from_parts(201_039_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			// Standard Error: 353_086
			.saturating_add(Weight::from_parts(46_514_478, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2624).saturating_mul(r.into()))
	}
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::DrawCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
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
	/// Storage: `InferenceMarket::Draws` (r:0 w:1)
	/// Proof: `InferenceMarket::Draws` (`max_values`: None, `max_size`: Some(227), added: 2702, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[2, 5]`.
	fn remove_task(r: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `4949 + r * (1229 ±0)`
		//  Estimated: `9045 + r * (2624 ±0)`
		// Minimum execution time: 104_665_000 picoseconds.
		Weight::from_parts(96_943_354, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			// Standard Error: 54_385
			.saturating_add(Weight::from_parts(6_823_784, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2624).saturating_mul(r.into()))
	}
}

/// The same weights with RocksDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_opaque_model(n: u32, ) -> Weight {
		Weight::from_parts(71_060_521, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(Weight::from_parts(16_685, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn register_verifiable_model(b: u32, ) -> Weight {
		Weight::from_parts(68_209_919, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(Weight::from_parts(1_472, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn retire_model() -> Weight {
		Weight::from_parts(62_422_000, 0)
			.saturating_add(Weight::from_parts(0, 3830))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn register_worker() -> Weight {
		Weight::from_parts(64_285_000, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn add_stake() -> Weight {
		Weight::from_parts(66_779_000, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn unbond() -> Weight {
		Weight::from_parts(15_863_000, 0)
			.saturating_add(Weight::from_parts(0, 3614))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(58_477_000, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn post_task(i: u32, ) -> Weight {
		Weight::from_parts(199_128_118, 0)
			.saturating_add(Weight::from_parts(0, 5526))
			.saturating_add(Weight::from_parts(313, 0).saturating_mul(i.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn serve_model() -> Weight {
		Weight::from_parts(40_941_000, 0)
			.saturating_add(Weight::from_parts(0, 5526))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn stop_serving() -> Weight {
		Weight::from_parts(32_528_000, 0)
			.saturating_add(Weight::from_parts(0, 5526))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn draw_workers(s: u32, ) -> Weight {
		Weight::from_parts(49_354_051, 0)
			.saturating_add(Weight::from_parts(0, 5526))
			.saturating_add(Weight::from_parts(13_496_199, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2624).saturating_mul(s.into()))
	}
	fn replace_no_shows(s: u32, ) -> Weight {
		Weight::from_parts(39_017_877, 0)
			.saturating_add(Weight::from_parts(0, 7689))
			.saturating_add(Weight::from_parts(74_743_529, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2632).saturating_mul(s.into()))
	}
	fn cancel_task() -> Weight {
		Weight::from_parts(96_913_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn submit_result(_o: u32, ) -> Weight {
		Weight::from_parts(65_398_572, 0)
			.saturating_add(Weight::from_parts(0, 7689))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn challenge_opaque() -> Weight {
		Weight::from_parts(97_324_000, 0)
			.saturating_add(Weight::from_parts(0, 7689))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn challenge_reexecute(b: u32, ) -> Weight {
		Weight::from_parts(325_832_448, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			.saturating_add(Weight::from_parts(2_212, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(15_u64))
			.saturating_add(RocksDbWeight::get().writes(14_u64))
	}
	fn settle_audited(b: u32, ) -> Weight {
		Weight::from_parts(278_146_081, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			.saturating_add(Weight::from_parts(2_077, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(19_u64))
			.saturating_add(RocksDbWeight::get().writes(15_u64))
	}
	fn rule() -> Weight {
		Weight::from_parts(39_429_000, 0)
			.saturating_add(Weight::from_parts(0, 7689))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn finalize() -> Weight {
		Weight::from_parts(110_354_000, 0)
			.saturating_add(Weight::from_parts(0, 7689))
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn settle_due_tasks(n: u32, ) -> Weight {
		Weight::from_parts(16_905_000, 0)
			.saturating_add(Weight::from_parts(0, 3997))
			.saturating_add(Weight::from_parts(274_457_965, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((14_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((12_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 7896).saturating_mul(n.into()))
	}
	fn commit_result() -> Weight {
		Weight::from_parts(74_341_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn reveal_result(o: u32, ) -> Weight {
		Weight::from_parts(38_753_517, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(Weight::from_parts(12_443, 0).saturating_mul(o.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn finalize_revealed() -> Weight {
		Weight::from_parts(38_567_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn rule_quorum() -> Weight {
		Weight::from_parts(43_695_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn settle_quorum(r: u32, ) -> Weight {
		Weight::from_parts(201_039_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(Weight::from_parts(46_514_478, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(13_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2624).saturating_mul(r.into()))
	}
	fn remove_task(r: u32, ) -> Weight {
		Weight::from_parts(96_943_354, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(Weight::from_parts(6_823_784, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2624).saturating_mul(r.into()))
	}
}
