//! Property tests: random sequences of market calls from many accounts, with blocks advancing at
//! random, and arbitrary bytes decoded as calls. After every step:
//!
//! - no call panics;
//! - a call that fails changes nothing (the storage root is unchanged);
//! - total issuance falls exactly by the burned part of the slashes (`Slashed.amount -
//!   Slashed.to_winner`) and the audit fees taken (`TaskAudited.fee`; audits run at one half)
//!   and otherwise never changes;
//! - `do_try_state` holds (every hold matches the pallet's records, statuses, indexes, queue).
//!
//! CI runs a fixed seed and a small budget. A longer run:
//! `PROPERTY_CASES=2000 PROPERTY_SEED=7 SKIP_WASM_BUILD=1 cargo test --release -p
//! pallet-inference-market properties -- --nocapture` (it prints the sequences and calls run).

use crate::{mock::*, Call, Event, NextTaskId};
use codec::Decode;
use frame_support::{assert_ok, dispatch::RawOrigin};
use proptest::{
	prelude::*,
	test_runner::{Config, RngSeed, TestRunner},
};
use sp_runtime::{traits::Dispatchable, StateVersion};
use std::{
	cell::Cell,
	collections::BTreeMap,
	sync::atomic::{AtomicU64, Ordering},
};

/// Accounts that act: the five funded by `ExtBuilder` and three more.
const ACCOUNTS: u64 = 8;
const INPUT: [u8; 4] = [1, 2, 3, 4];
const RIGHT: [u8; 2] = [4, 6];

fn env(name: &str, default: u64) -> u64 {
	std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn runner(default_cases: u64) -> TestRunner {
	TestRunner::new(Config {
		cases: env("PROPERTY_CASES", default_cases) as u32,
		rng_seed: RngSeed::Fixed(env("PROPERTY_SEED", 42)),
		failure_persistence: None,
		..Config::default()
	})
}

/// One step of a random sequence.
#[derive(Clone, Debug)]
enum Op {
	RegisterWorker { who: u64, stake: u128 },
	AddStake { who: u64, amount: u128 },
	Unbond { who: u64, amount: u128 },
	Withdraw { who: u64 },
	Post { who: u64, opaque: bool, reward: u128, bond: u128, ahead: u64, period: u64, replicas: u8 },
	Cancel { who: u64, task: u64 },
	Submit { who: u64, task: u64, right: bool },
	Commit { who: u64, task: u64, right: bool },
	Reveal { who: u64, task: u64 },
	Challenge { who: u64, task: u64, bond: u128 },
	Rule { task: u64, right: bool },
	RuleQuorum { task: u64, right: Option<bool> },
	Finalize { who: u64, task: u64 },
	Advance { blocks: u64 },
}

/// Amounts: mostly valid ones, and the bounds (zero, the whole balance, `u128::MAX`).
fn amount() -> impl Strategy<Value = u128> {
	prop_oneof![
		8 => 10u128..60,
		2 => MIN_WORKER_STAKE..400,
		1 => Just(0u128),
		1 => 1u128..10,
		1 => Just(INITIAL_BALANCE),
		1 => Just(u128::MAX),
	]
}

fn op() -> impl Strategy<Value = Op> {
	// Mostly the registered workers, sometimes anyone.
	let who = || prop_oneof![3 => 3u64..=6, 1 => 1u64..=ACCOUNTS];
	// Offsets back from the newest task: mostly recent tasks, sometimes unknown ones.
	let task = || prop_oneof![8 => 0u64..4, 1 => 4u64..40];
	let period = prop_oneof![8 => 2u64..8, 1 => 0u64..2, 1 => 20u64..25];
	let ahead = prop_oneof![8 => 3u64..30, 1 => 0u64..1, 1 => 100u64..110];
	let replicas = prop_oneof![5 => Just(1u8), 4 => 2u8..4, 1 => Just(0u8), 1 => Just(9u8)];
	prop_oneof![
		1 => (who(), amount()).prop_map(|(who, stake)| Op::RegisterWorker { who, stake }),
		1 => (who(), amount()).prop_map(|(who, amount)| Op::AddStake { who, amount }),
		1 => (who(), amount()).prop_map(|(who, amount)| Op::Unbond { who, amount }),
		1 => who().prop_map(|who| Op::Withdraw { who }),
		5 => (who(), any::<bool>(), amount(), amount(), ahead, period, replicas).prop_map(
			|(who, opaque, reward, bond, ahead, period, replicas)| Op::Post {
				who,
				opaque,
				reward,
				bond,
				ahead,
				period,
				replicas
			}
		),
		1 => (who(), task()).prop_map(|(who, task)| Op::Cancel { who, task }),
		4 => (who(), task(), any::<bool>()).prop_map(|(who, task, right)| Op::Submit { who, task, right }),
		4 => (who(), task(), any::<bool>()).prop_map(|(who, task, right)| Op::Commit { who, task, right }),
		4 => (who(), task()).prop_map(|(who, task)| Op::Reveal { who, task }),
		3 => (who(), task(), amount()).prop_map(|(who, task, bond)| Op::Challenge { who, task, bond }),
		1 => (task(), any::<bool>()).prop_map(|(task, right)| Op::Rule { task, right }),
		1 => (task(), any::<Option<bool>>()).prop_map(|(task, right)| Op::RuleQuorum { task, right }),
		2 => (who(), task()).prop_map(|(who, task)| Op::Finalize { who, task }),
		3 => (1u64..6).prop_map(|blocks| Op::Advance { blocks }),
	]
}

fn output(task: u64, right: bool) -> Vec<u8> {
	let opaque = crate::Tasks::<Test>::get(task)
		.and_then(|t| crate::Models::<Test>::get(t.model))
		.is_some_and(|m| !m.is_verifiable());
	match (opaque, right) {
		(true, true) => b"yes".to_vec(),
		(true, false) => b"no".to_vec(),
		(false, true) => RIGHT.to_vec(),
		(false, false) => vec![9, 9],
	}
}

/// The burned part of the slashes among events from index `from` on.
fn burned_since(from: usize) -> u128 {
	market_events()
		.into_iter()
		.skip(from)
		.map(|e| match e {
			Event::Slashed { amount, to_winner, .. } => amount - to_winner,
			Event::TaskAudited { fee, .. } => fee,
			_ => 0,
		})
		.sum()
}

/// Runs one sequence; returns the number of calls dispatched and of those that succeeded.
fn run_sequence(ops: &[Op]) -> Result<(u64, u64), TestCaseError> {
	let calls = Cell::new(0u64);
	let succeeded = Cell::new(0u64);
	let mut result = Ok(());
	// Audits on at one half: a verifiable single task needs a bond above its reward.
	ExtBuilder::default()
		.audits(sp_runtime::Perbill::from_percent(50))
		.balance(6, INITIAL_BALANCE)
		.balance(7, INITIAL_BALANCE)
		.balance(8, INITIAL_BALANCE)
		.build()
		.execute_with(|| {
			let tiny = register_tiny_model();
			let opaque = register_opaque_model();
			for worker in [CHARLIE, DAVE, EVE, 6] {
				register_worker(worker);
			}
			assert_ok!(Market::post_task(
				RuntimeOrigin::signed(BOB),
				tiny,
				INPUT.to_vec().try_into().unwrap(),
				terms(REWARD, 2 * REWARD, DEADLINE, PERIOD, 1),
			));
			post_replicated(opaque, b"prompt", 2);
			// Outputs committed by (task, worker), for reveals.
			let mut committed: BTreeMap<(u64, u64), Vec<u8>> = BTreeMap::new();
			for op in ops {
				let issuance = Balances::total_issuance();
				let events = market_events().len();
				let now = System::block_number();
				let tasks = NextTaskId::<Test>::get().max(1);
				// `task` counts back from the newest task.
				let pick = |back: u64| tasks.saturating_sub(1).saturating_sub(back);
				let (origin, call): (RuntimeOrigin, Call<Test>) = match op.clone() {
					Op::Advance { blocks } => {
						run_to_block(now + blocks);
						let burned = burned_since(events);
						if Balances::total_issuance() != issuance - burned {
							result = Err(TestCaseError::fail(format!(
								"issuance moved by more than the burned {burned} in the hook"
							)));
							return;
						}
						continue;
					},
					Op::RegisterWorker { who, stake } => {
						(RuntimeOrigin::signed(who), Call::register_worker { stake })
					},
					Op::AddStake { who, amount } => {
						(RuntimeOrigin::signed(who), Call::add_stake { amount })
					},
					Op::Unbond { who, amount } => {
						(RuntimeOrigin::signed(who), Call::unbond { amount })
					},
					Op::Withdraw { who } => {
						(RuntimeOrigin::signed(who), Call::withdraw_unbonded {})
					},
					Op::Post { who, opaque: is_opaque, reward, bond, ahead, period, replicas } => (
						RuntimeOrigin::signed(who),
						Call::post_task {
							model: if is_opaque { opaque } else { tiny },
							input: if is_opaque { b"prompt".to_vec() } else { INPUT.to_vec() }
								.try_into()
								.expect("fits"),
							terms: terms(reward, bond, now + ahead, period, replicas),
						},
					),
					Op::Cancel { who, task } => {
						(RuntimeOrigin::signed(who), Call::cancel_task { task: pick(task) })
					},
					Op::Submit { who, task, right } => {
						let task = pick(task);
						let output = output(task, right).try_into().expect("fits");
						(RuntimeOrigin::signed(who), Call::submit_result { task, output })
					},
					Op::Commit { who, task, right } => {
						let task = pick(task);
						let out = output(task, right);
						let commitment = Market::commitment_hash(&out, &salt_of(who), &who);
						committed.insert((task, who), out);
						(RuntimeOrigin::signed(who), Call::commit_result { task, commitment })
					},
					Op::Reveal { who, task } => {
						let task = pick(task);
						let out = committed.get(&(task, who)).cloned().unwrap_or_default();
						let call = Call::reveal_result {
							task,
							output: out.try_into().expect("fits"),
							salt: salt_of(who),
						};
						(RuntimeOrigin::signed(who), call)
					},
					Op::Challenge { who, task, bond } => {
						(RuntimeOrigin::signed(who), Call::challenge { task: pick(task), bond })
					},
					Op::Rule { task, right } => (
						RuntimeOrigin::root(),
						Call::rule { task: pick(task), worker_was_right: right },
					),
					Op::RuleQuorum { task, right } => {
						let task = pick(task);
						let output = right.map(|r| output(task, r).try_into().expect("fits"));
						(RuntimeOrigin::root(), Call::rule_quorum { task, output })
					},
					Op::Finalize { who, task } => {
						(RuntimeOrigin::signed(who), Call::finalize { task: pick(task) })
					},
				};
				match check_dispatch(origin, call, issuance, events) {
					Ok(ok) => succeeded.set(succeeded.get() + u64::from(ok)),
					Err(e) => {
						result = Err(e);
						return;
					},
				}
				calls.set(calls.get() + 1);
			}
			result = Market::do_try_state()
				.map_err(|e| TestCaseError::fail(format!("invariant broken: {e:?}")));
		});
	result.map(|()| (calls.get(), succeeded.get()))
}

/// Dispatches a call and checks the step's properties.
fn check_dispatch(
	origin: RuntimeOrigin,
	call: Call<Test>,
	issuance: u128,
	events: usize,
) -> Result<bool, TestCaseError> {
	let root = sp_io::storage::root(StateVersion::V1);
	let described = format!("{call:?}");
	let outcome = RuntimeCall::Market(call).dispatch(origin);
	if outcome.is_err() {
		prop_assert_eq!(
			sp_io::storage::root(StateVersion::V1),
			root,
			"failed call {} changed state",
			described
		);
	}
	let burned = burned_since(events);
	prop_assert_eq!(
		Balances::total_issuance(),
		issuance - burned,
		"issuance moved by more than the burned {} after {}",
		burned,
		described
	);
	Market::do_try_state()
		.map_err(|e| TestCaseError::fail(format!("invariant broken after {described}: {e:?}")))?;
	Ok(outcome.is_ok())
}

#[test]
fn random_call_sequences_conserve_funds_and_invariants() {
	let sequences = AtomicU64::new(0);
	let calls = AtomicU64::new(0);
	let succeeded = AtomicU64::new(0);
	runner(48)
		.run(&prop::collection::vec(op(), 1..80), |ops| {
			let (n, ok) = run_sequence(&ops)?;
			sequences.fetch_add(1, Ordering::Relaxed);
			calls.fetch_add(n, Ordering::Relaxed);
			succeeded.fetch_add(ok, Ordering::Relaxed);
			Ok(())
		})
		.unwrap();
	println!(
		"properties: {} sequences, {} calls dispatched, {} of them succeeded",
		sequences.load(Ordering::Relaxed),
		calls.load(Ordering::Relaxed),
		succeeded.load(Ordering::Relaxed)
	);
}

#[test]
fn arbitrary_bytes_as_call_arguments_never_panic_nor_leak_funds() {
	let executions = AtomicU64::new(0);
	let decoded = AtomicU64::new(0);
	let succeeded = AtomicU64::new(0);
	runner(512)
		.run(
			&(0u8..16, prop::collection::vec(any::<u8>(), 0..96), 1u64..=ACCOUNTS, any::<bool>()),
			|(index, bytes, who, root)| {
				executions.fetch_add(1, Ordering::Relaxed);
				let mut encoded = vec![index];
				encoded.extend(bytes);
				let Ok(call) = Call::<Test>::decode(&mut &encoded[..]) else { return Ok(()) };
				decoded.fetch_add(1, Ordering::Relaxed);
				let mut result = Ok(());
				ExtBuilder::default().build().execute_with(|| {
					register_tiny_model();
					register_opaque_model();
					served_task(0, &INPUT, &RIGHT);
					let origin: RuntimeOrigin =
						if root { RawOrigin::Root.into() } else { RuntimeOrigin::signed(who) };
					let issuance = Balances::total_issuance();
					let events = market_events().len();
					result = check_dispatch(origin, call, issuance, events).map(|ok| {
						succeeded.fetch_add(u64::from(ok), Ordering::Relaxed);
					});
				});
				result
			},
		)
		.unwrap();
	println!(
		"fuzz: {} executions, {} decoded as calls, {} of them succeeded",
		executions.load(Ordering::Relaxed),
		decoded.load(Ordering::Relaxed),
		succeeded.load(Ordering::Relaxed)
	);
}
