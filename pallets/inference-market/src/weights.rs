
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
	fn register_committed_model(b: u32, ) -> Weight;
	fn submit_traced_result(o: u32, ) -> Weight;
	fn challenge_dissect() -> Weight;
	fn open_states() -> Weight;
	fn name_part() -> Weight;
	fn check_step_wide() -> Weight;
	fn check_step_tall() -> Weight;
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
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 256]`.
	fn register_opaque_model(n: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `257`
		//  Estimated: `3622`
		// Minimum execution time: 58_406_000 picoseconds.
		Weight::from_parts(63_278_894, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			// Standard Error: 505
			.saturating_add(Weight::from_parts(8_988, 0).saturating_mul(n.into()))
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
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[79, 73728]`.
	fn register_verifiable_model(b: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `257`
		//  Estimated: `3622`
		// Minimum execution time: 61_772_000 picoseconds.
		Weight::from_parts(61_804_204, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			// Standard Error: 8
			.saturating_add(Weight::from_parts(1_590, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Manifests` (r:0 w:1)
	/// Proof: `InferenceMarket::Manifests` (`max_values`: None, `max_size`: Some(445), added: 2920, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Candidates` (r:0 w:1)
	/// Proof: `InferenceMarket::Candidates` (`max_values`: None, `max_size`: Some(2189), added: 4664, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ModelCode` (r:0 w:1)
	/// Proof: `InferenceMarket::ModelCode` (`max_values`: None, `max_size`: Some(73752), added: 76227, mode: `MaxEncodedLen`)
	fn retire_model() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `577`
		//  Estimated: `3850`
		// Minimum execution time: 58_758_000 picoseconds.
		Weight::from_parts(62_153_000, 0)
			.saturating_add(Weight::from_parts(0, 3850))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
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
		// Minimum execution time: 58_416_000 picoseconds.
		Weight::from_parts(61_962_000, 0)
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
		// Minimum execution time: 61_240_000 picoseconds.
		Weight::from_parts(63_955_000, 0)
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
		// Minimum execution time: 14_281_000 picoseconds.
		Weight::from_parts(16_795_000, 0)
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
		// Minimum execution time: 54_051_000 picoseconds.
		Weight::from_parts(59_088_000, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::NextTaskId` (r:1 w:1)
	/// Proof: `InferenceMarket::NextTaskId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Tasks` (r:0 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// The range of component `i` is `[1, 4096]`.
	fn post_task(_i: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `1246`
		//  Estimated: `3850`
		// Minimum execution time: 183_052_000 picoseconds.
		Weight::from_parts(238_878_586, 0)
			.saturating_add(Weight::from_parts(0, 3850))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:0)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Candidates` (r:1 w:1)
	/// Proof: `InferenceMarket::Candidates` (`max_values`: None, `max_size`: Some(2189), added: 4664, mode: `MaxEncodedLen`)
	fn serve_model() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `3047`
		//  Estimated: `5654`
		// Minimum execution time: 32_999_000 picoseconds.
		Weight::from_parts(44_105_000, 0)
			.saturating_add(Weight::from_parts(0, 5654))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `InferenceMarket::Candidates` (r:1 w:1)
	/// Proof: `InferenceMarket::Candidates` (`max_values`: None, `max_size`: Some(2189), added: 4664, mode: `MaxEncodedLen`)
	fn stop_serving() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `2344`
		//  Estimated: `5654`
		// Minimum execution time: 19_018_000 picoseconds.
		Weight::from_parts(30_796_000, 0)
			.saturating_add(Weight::from_parts(0, 5654))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Candidates` (r:1 w:0)
	/// Proof: `InferenceMarket::Candidates` (`max_values`: None, `max_size`: Some(2189), added: 4664, mode: `MaxEncodedLen`)
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:5 w:5)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::OpenSeats` (r:5 w:5)
	/// Proof: `InferenceMarket::OpenSeats` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::DrawCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawDueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DrawDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Tasks` (r:0 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[1, 5]`.
	fn draw_workers(s: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `3676 + s * (79 ±0)`
		//  Estimated: `5654 + s * (2652 ±0)`
		// Minimum execution time: 58_657_000 picoseconds.
		Weight::from_parts(54_957_459, 0)
			.saturating_add(Weight::from_parts(0, 5654))
			// Standard Error: 172_712
			.saturating_add(Weight::from_parts(15_890_432, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2652).saturating_mul(s.into()))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Candidates` (r:1 w:1)
	/// Proof: `InferenceMarket::Candidates` (`max_values`: None, `max_size`: Some(2189), added: 4664, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:5 w:5)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:5 w:5)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:5 w:5)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::OpenSeats` (r:5 w:5)
	/// Proof: `InferenceMarket::OpenSeats` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::DrawCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawDueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DrawDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[1, 5]`.
	fn replace_no_shows(s: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `4760 + s * (440 ±0)`
		//  Estimated: `7918 + s * (2652 ±0)`
		// Minimum execution time: 72_157_000 picoseconds.
		Weight::from_parts(39_419_965, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			// Standard Error: 60_245
			.saturating_add(Weight::from_parts(41_155_215, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2652).saturating_mul(s.into()))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn cancel_task() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `4682`
		//  Estimated: `7918`
		// Minimum execution time: 69_443_000 picoseconds.
		Weight::from_parts(74_251_000, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::OpenSeats` (r:1 w:1)
	/// Proof: `InferenceMarket::OpenSeats` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::InWindow` (r:0 w:1)
	/// Proof: `InferenceMarket::InWindow` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:0 w:1)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawDueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DrawDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[0, 1024]`.
	fn submit_result(o: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5208`
		//  Estimated: `7918`
		// Minimum execution time: 48_081_000 picoseconds.
		Weight::from_parts(52_583_665, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			// Standard Error: 130
			.saturating_add(Weight::from_parts(1_131, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
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
		//  Measured:  `6430`
		//  Estimated: `7918`
		// Minimum execution time: 90_935_000 picoseconds.
		Weight::from_parts(95_211_000, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:3 w:3)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ModelCode` (r:1 w:0)
	/// Proof: `InferenceMarket::ModelCode` (`max_values`: None, `max_size`: Some(73752), added: 76227, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
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
		//  Measured:  `1751 + b * (1 ±0)`
		//  Estimated: `77217`
		// Minimum execution time: 284_933_000 picoseconds.
		Weight::from_parts(297_091_893, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			// Standard Error: 19
			.saturating_add(Weight::from_parts(2_246, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:1 w:0)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::DrawCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawDueAt` (r:1 w:0)
	/// Proof: `InferenceMarket::DrawDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:2 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
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
		//  Measured:  `1793 + b * (1 ±0)`
		//  Estimated: `77217`
		// Minimum execution time: 215_120_000 picoseconds.
		Weight::from_parts(259_837_713, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			// Standard Error: 45
			.saturating_add(Weight::from_parts(2_331, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().writes(14_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn rule() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `4584`
		//  Estimated: `7918`
		// Minimum execution time: 28_672_000 picoseconds.
		Weight::from_parts(32_078_000, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
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
		//  Measured:  `6707`
		//  Estimated: `7918`
		// Minimum execution time: 104_465_000 picoseconds.
		Weight::from_parts(136_092_000, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:65 w:64)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Tasks` (r:64 w:64)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:64 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Challenges` (r:64 w:64)
	/// Proof: `InferenceMarket::Challenges` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:192 w:192)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:192 w:192)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:64 w:64)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:64 w:64)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::DrawCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:1 w:64)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 64]`.
	fn settle_due_tasks(n: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `817 + n * (6434 ±0)`
		//  Estimated: `3500 + n * (7896 ±0)`
		// Minimum execution time: 13_841_000 picoseconds.
		Weight::from_parts(14_342_000, 0)
			.saturating_add(Weight::from_parts(0, 3500))
			// Standard Error: 1_833_159
			.saturating_add(Weight::from_parts(268_773_765, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((12_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((12_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 7896).saturating_mul(n.into()))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:1)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5580), added: 8055, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::OpenSeats` (r:1 w:1)
	/// Proof: `InferenceMarket::OpenSeats` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawDueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DrawDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn commit_result() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5929`
		//  Estimated: `9045`
		// Minimum execution time: 59_088_000 picoseconds.
		Weight::from_parts(62_723_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:0)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:1)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5580), added: 8055, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[0, 1024]`.
	fn reveal_result(_o: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5626`
		//  Estimated: `9045`
		// Minimum execution time: 30_615_000 picoseconds.
		Weight::from_parts(42_113_554, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:0)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5580), added: 8055, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn finalize_revealed() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `10344`
		//  Estimated: `9045`
		// Minimum execution time: 35_623_000 picoseconds.
		Weight::from_parts(59_348_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:0)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5580), added: 8055, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn rule_quorum() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `10770`
		//  Estimated: `9045`
		// Minimum execution time: 41_571_000 picoseconds.
		Weight::from_parts(55_673_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:2 w:1)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:0)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5580), added: 8055, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
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
	/// Storage: `InferenceMarket::DrawCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::DrawCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawDueAt` (r:1 w:0)
	/// Proof: `InferenceMarket::DrawDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:1 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[2, 5]`.
	fn settle_quorum(r: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `5362 + r * (1396 ±0)`
		//  Estimated: `9045 + r * (2624 ±64)`
		// Minimum execution time: 192_746_000 picoseconds.
		Weight::from_parts(201_519_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			// Standard Error: 530_981
			.saturating_add(Weight::from_parts(72_246_155, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2624).saturating_mul(r.into()))
	}
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::DrawCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:1)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:2 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Commitments` (r:1 w:1)
	/// Proof: `InferenceMarket::Commitments` (`max_values`: None, `max_size`: Some(5580), added: 8055, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:5 w:5)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[2, 5]`.
	fn remove_task(r: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `4949 + r * (1270 ±0)`
		//  Estimated: `9045 + r * (2624 ±0)`
		// Minimum execution time: 104_254_000 picoseconds.
		Weight::from_parts(131_616_204, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			// Standard Error: 400_787
			.saturating_add(Weight::from_parts(7_993_380, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(8_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2624).saturating_mul(r.into()))
	}
	/// Storage: `InferenceMarket::NextModelId` (r:1 w:1)
	/// Proof: `InferenceMarket::NextModelId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Manifests` (r:0 w:1)
	/// Proof: `InferenceMarket::Manifests` (`max_values`: None, `max_size`: Some(445), added: 2920, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:0 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[45, 423]`.
	fn register_committed_model(b: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `257`
		//  Estimated: `3622`
		// Minimum execution time: 62_553_000 picoseconds.
		Weight::from_parts(94_165_056, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			// Standard Error: 554
			.saturating_add(Weight::from_parts(8_029, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::OpenSeats` (r:1 w:1)
	/// Proof: `InferenceMarket::OpenSeats` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::InWindow` (r:0 w:1)
	/// Proof: `InferenceMarket::InWindow` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:0 w:1)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DrawDueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DrawDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[1, 1024]`.
	fn submit_traced_result(_o: u32, ) -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `1165`
		//  Estimated: `7918`
		// Minimum execution time: 45_828_000 picoseconds.
		Weight::from_parts(70_214_146, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:0)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Manifests` (r:1 w:0)
	/// Proof: `InferenceMarket::Manifests` (`max_values`: None, `max_size`: Some(445), added: 2920, mode: `MaxEncodedLen`)
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
	/// Storage: `InferenceMarket::Games` (r:0 w:1)
	/// Proof: `InferenceMarket::Games` (`max_values`: None, `max_size`: Some(615), added: 3090, mode: `MaxEncodedLen`)
	fn challenge_dissect() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `6636`
		//  Estimated: `7918`
		// Minimum execution time: 751_175_000 picoseconds.
		Weight::from_parts(934_157_000, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Games` (r:1 w:1)
	/// Proof: `InferenceMarket::Games` (`max_values`: None, `max_size`: Some(615), added: 3090, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn open_states() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `1894`
		//  Estimated: `7918`
		// Minimum execution time: 110_424_000 picoseconds.
		Weight::from_parts(150_273_000, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Games` (r:1 w:1)
	/// Proof: `InferenceMarket::Games` (`max_values`: None, `max_size`: Some(615), added: 3090, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Challenges` (r:1 w:0)
	/// Proof: `InferenceMarket::Challenges` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::ContestedCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:0 w:2)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn name_part() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `1301`
		//  Estimated: `7918`
		// Minimum execution time: 38_447_000 picoseconds.
		Weight::from_parts(46_249_000, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Games` (r:1 w:1)
	/// Proof: `InferenceMarket::Games` (`max_values`: None, `max_size`: Some(615), added: 3090, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Manifests` (r:1 w:0)
	/// Proof: `InferenceMarket::Manifests` (`max_values`: None, `max_size`: Some(445), added: 2920, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Challenges` (r:1 w:1)
	/// Proof: `InferenceMarket::Challenges` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:3 w:3)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn check_step_wide() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `2291`
		//  Estimated: `8886`
		// Minimum execution time: 3_078_600_000 picoseconds.
		Weight::from_parts(3_464_234_000, 0)
			.saturating_add(Weight::from_parts(0, 8886))
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().writes(14_u64))
	}
	/// Storage: `InferenceMarket::Tasks` (r:1 w:1)
	/// Proof: `InferenceMarket::Tasks` (`max_values`: None, `max_size`: Some(4453), added: 6928, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Games` (r:1 w:1)
	/// Proof: `InferenceMarket::Games` (`max_values`: None, `max_size`: Some(615), added: 3090, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Manifests` (r:1 w:0)
	/// Proof: `InferenceMarket::Manifests` (`max_values`: None, `max_size`: Some(445), added: 2920, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Submissions` (r:1 w:0)
	/// Proof: `InferenceMarket::Submissions` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Challenges` (r:1 w:1)
	/// Proof: `InferenceMarket::Challenges` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:3 w:3)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Workers` (r:1 w:1)
	/// Proof: `InferenceMarket::Workers` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::Models` (r:1 w:1)
	/// Proof: `InferenceMarket::Models` (`max_values`: None, `max_size`: Some(385), added: 2860, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::RouteTotals` (r:1 w:1)
	/// Proof: `InferenceMarket::RouteTotals` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::SettleCursor` (r:1 w:0)
	/// Proof: `InferenceMarket::SettleCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::DueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::DueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `InferenceMarket::ContestedDueAt` (r:0 w:1)
	/// Proof: `InferenceMarket::ContestedDueAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn check_step_tall() -> Weight {
		// Proof size summary in bytes:
		//  Measured:  `2297`
		//  Estimated: `8886`
		// Minimum execution time: 412_893_000 picoseconds.
		Weight::from_parts(445_191_000, 0)
			.saturating_add(Weight::from_parts(0, 8886))
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().writes(14_u64))
	}
}

/// The same weights with RocksDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_opaque_model(n: u32, ) -> Weight {
		Weight::from_parts(63_278_894, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(Weight::from_parts(8_988, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn register_verifiable_model(b: u32, ) -> Weight {
		Weight::from_parts(61_804_204, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(Weight::from_parts(1_590, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn retire_model() -> Weight {
		Weight::from_parts(62_153_000, 0)
			.saturating_add(Weight::from_parts(0, 3850))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn register_worker() -> Weight {
		Weight::from_parts(61_962_000, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn add_stake() -> Weight {
		Weight::from_parts(63_955_000, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn unbond() -> Weight {
		Weight::from_parts(16_795_000, 0)
			.saturating_add(Weight::from_parts(0, 3614))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(59_088_000, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn post_task(_i: u32, ) -> Weight {
		Weight::from_parts(238_878_586, 0)
			.saturating_add(Weight::from_parts(0, 3850))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn serve_model() -> Weight {
		Weight::from_parts(44_105_000, 0)
			.saturating_add(Weight::from_parts(0, 5654))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn stop_serving() -> Weight {
		Weight::from_parts(30_796_000, 0)
			.saturating_add(Weight::from_parts(0, 5654))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn draw_workers(s: u32, ) -> Weight {
		Weight::from_parts(54_957_459, 0)
			.saturating_add(Weight::from_parts(0, 5654))
			.saturating_add(Weight::from_parts(15_890_432, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2652).saturating_mul(s.into()))
	}
	fn replace_no_shows(s: u32, ) -> Weight {
		Weight::from_parts(39_419_965, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(Weight::from_parts(41_155_215, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 2652).saturating_mul(s.into()))
	}
	fn cancel_task() -> Weight {
		Weight::from_parts(74_251_000, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn submit_result(o: u32, ) -> Weight {
		Weight::from_parts(52_583_665, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(Weight::from_parts(1_131, 0).saturating_mul(o.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn challenge_opaque() -> Weight {
		Weight::from_parts(95_211_000, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn challenge_reexecute(b: u32, ) -> Weight {
		Weight::from_parts(297_091_893, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			.saturating_add(Weight::from_parts(2_246, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(13_u64))
			.saturating_add(RocksDbWeight::get().writes(13_u64))
	}
	fn settle_audited(b: u32, ) -> Weight {
		Weight::from_parts(259_837_713, 0)
			.saturating_add(Weight::from_parts(0, 77217))
			.saturating_add(Weight::from_parts(2_331, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(18_u64))
			.saturating_add(RocksDbWeight::get().writes(14_u64))
	}
	fn rule() -> Weight {
		Weight::from_parts(32_078_000, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn finalize() -> Weight {
		Weight::from_parts(136_092_000, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn settle_due_tasks(n: u32, ) -> Weight {
		Weight::from_parts(14_342_000, 0)
			.saturating_add(Weight::from_parts(0, 3500))
			.saturating_add(Weight::from_parts(268_773_765, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((12_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((12_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 7896).saturating_mul(n.into()))
	}
	fn commit_result() -> Weight {
		Weight::from_parts(62_723_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn reveal_result(_o: u32, ) -> Weight {
		Weight::from_parts(42_113_554, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn finalize_revealed() -> Weight {
		Weight::from_parts(59_348_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn rule_quorum() -> Weight {
		Weight::from_parts(55_673_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn settle_quorum(r: u32, ) -> Weight {
		Weight::from_parts(201_519_000, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(Weight::from_parts(72_246_155, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(12_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2624).saturating_mul(r.into()))
	}
	fn remove_task(r: u32, ) -> Weight {
		Weight::from_parts(131_616_204, 0)
			.saturating_add(Weight::from_parts(0, 9045))
			.saturating_add(Weight::from_parts(7_993_380, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2624).saturating_mul(r.into()))
	}
	fn register_committed_model(b: u32, ) -> Weight {
		Weight::from_parts(94_165_056, 0)
			.saturating_add(Weight::from_parts(0, 3622))
			.saturating_add(Weight::from_parts(8_029, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn submit_traced_result(_o: u32, ) -> Weight {
		Weight::from_parts(70_214_146, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn challenge_dissect() -> Weight {
		Weight::from_parts(934_157_000, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn open_states() -> Weight {
		Weight::from_parts(150_273_000, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn name_part() -> Weight {
		Weight::from_parts(46_249_000, 0)
			.saturating_add(Weight::from_parts(0, 7918))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn check_step_wide() -> Weight {
		Weight::from_parts(3_464_234_000, 0)
			.saturating_add(Weight::from_parts(0, 8886))
			.saturating_add(RocksDbWeight::get().reads(15_u64))
			.saturating_add(RocksDbWeight::get().writes(14_u64))
	}
	fn check_step_tall() -> Weight {
		Weight::from_parts(445_191_000, 0)
			.saturating_add(Weight::from_parts(0, 8886))
			.saturating_add(RocksDbWeight::get().reads(15_u64))
			.saturating_add(RocksDbWeight::get().writes(14_u64))
	}
}
