//! The market inside the real runtime: real Balances, real constants and hold reasons, and the
//! `development` genesis with the digits classifier registered as model 0.

use frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo, traits::Get};
use inference_market_runtime::{
	configs::RuntimeBlockWeights, testing::*, Balances, InferenceMarket, Runtime, RuntimeCall,
	RuntimeOrigin, System, UNIT,
};
use pallet_inference_market::{
	Event, HoldReason, ModelKind, Models, Payout, RouteTotals, SettlementRoute, TaskStatus, Tasks,
	Workers,
};

mod common;
use common::{run_to_draws, serve};

const DIGITS: u32 = 0;
const OPAQUE: u32 = 1;
const REWARD: u128 = 5 * UNIT;
/// Above three rewards: a digit task is audited with probability 1/4.
const BOND: u128 = 20 * UNIT;
const STAKE: u128 = 100 * UNIT;
const PERIOD: u32 = 3;

fn post(requester: &AccountId, model: u32, input: Vec<u8>) -> u64 {
	let id = pallet_inference_market::NextTaskId::<Runtime>::get();
	assert_ok!(InferenceMarket::post_task(
		RuntimeOrigin::signed(requester.clone()),
		model,
		input.try_into().unwrap(),
		pallet_inference_market::TaskTerms {
			reward: REWARD,
			worker_bond: BOND,
			deadline: 50,
			challenge_period: PERIOD,
			replicas: 1,
		},
	));
	id
}

type AccountId = inference_market_runtime::AccountId;

#[test]
fn dev_genesis_registers_the_demo_models() {
	dev_ext().execute_with(|| {
		let digits = Models::<Runtime>::get(DIGITS).unwrap();
		assert_eq!(digits.name.to_vec(), b"digits-64-32-10".to_vec());
		assert_eq!(
			digits.kind,
			ModelKind::Verifiable { input_len: 64, output_len: 10, macs: 64 * 32 + 32 * 10 }
		);
		assert!(matches!(Models::<Runtime>::get(OPAQUE).unwrap().kind, ModelKind::Opaque { .. }));
		let alice = account(Sr25519Keyring::Alice);
		assert_eq!(
			held(HoldReason::ModelDeposit, &alice),
			digits.deposit + Models::<Runtime>::get(OPAQUE).unwrap().deposit
		);
		InferenceMarket::do_try_state().unwrap();
	});
}

/// Sets BABE's VRF output of the parent block to one whose draw for `task` is `drawn`.
fn babe_randomness_drawing(task: u64, drawn: bool) {
	let seed = (0..=u8::MAX)
		.find(|byte| {
			pallet_babe::AuthorVrfRandomness::<Runtime>::put(Some([*byte; 32]));
			InferenceMarket::audit_drawn(task) == drawn
		})
		.expect("some output draws either way");
	pallet_babe::AuthorVrfRandomness::<Runtime>::put(Some([seed; 32]));
}

#[test]
fn a_digit_task_not_drawn_for_audit_settles_optimistically_and_pays_the_worker() {
	dev_ext().execute_with(|| {
		let (bob, charlie) = (account(Sr25519Keyring::Bob), account(Sr25519Keyring::Charlie));
		let (input, output) = digit_vector(0);
		assert_ok!(InferenceMarket::register_worker(RuntimeOrigin::signed(bob.clone()), STAKE));
		serve(&bob, DIGITS);
		let issuance = Balances::total_issuance();
		let task = post(&charlie, DIGITS, input);
		// The market fee, 1 % of the reward, is paid on top and burned.
		assert_eq!(InferenceMarket::market_fee(REWARD), REWARD / 100);
		assert_eq!(Balances::total_issuance(), issuance - REWARD / 100);
		assert_eq!(run_to_draws(&[task]), vec![vec![bob.clone()]]);
		let (bob_before, charlie_before) = (free(&bob), free(&charlie));
		assert_ok!(InferenceMarket::submit_result(
			RuntimeOrigin::signed(bob.clone()),
			task,
			output.try_into().unwrap()
		));
		babe_randomness_drawing(task, false);
		let audit_fee = held(HoldReason::AuditFee, &charlie);
		assert!(audit_fee > 0);
		run_to_block(System::block_number() + PERIOD + 1);
		assert!(matches!(
			Tasks::<Runtime>::get(task).unwrap().status,
			TaskStatus::Settled {
				route: SettlementRoute::Optimistic,
				payout: Payout::WorkerPaid,
				..
			}
		));
		assert_eq!(free(&bob), bob_before + REWARD);
		assert_eq!(free(&charlie), charlie_before + audit_fee, "the audit fee comes back");
		assert_eq!(held(HoldReason::TaskReward, &charlie), 0);
		assert_eq!(Workers::<Runtime>::get(&bob).unwrap().stats.settled, 1);
		assert_eq!(RouteTotals::<Runtime>::get(SettlementRoute::Optimistic).value, REWARD);
	});
}

#[test]
fn a_wrong_digit_drawn_by_babe_randomness_is_audited_and_the_worker_slashed() {
	dev_ext().execute_with(|| {
		let (bob, charlie) = (account(Sr25519Keyring::Bob), account(Sr25519Keyring::Charlie));
		let (input, mut output) = digit_vector(2);
		output[0] = output[0].wrapping_add(1);
		assert_ok!(InferenceMarket::register_worker(RuntimeOrigin::signed(bob.clone()), STAKE));
		serve(&bob, DIGITS);
		let task = post(&charlie, DIGITS, input);
		// The fee of the weight of auditing the digits model, priced for the largest network of
		// its 2,368 operations, which bounds its stored bytes.
		let code_len = pallet_inference_market::ModelCode::<Runtime>::get(DIGITS).unwrap().len();
		assert!(code_len as u32 <= InferenceMarket::code_len_bound(2368));
		let audit_fee = InferenceMarket::audit_fee(2368);
		assert_eq!(held(HoldReason::AuditFee, &charlie), audit_fee);
		run_to_draws(&[task]);
		assert_ok!(InferenceMarket::submit_result(
			RuntimeOrigin::signed(bob.clone()),
			task,
			output.try_into().unwrap()
		));
		babe_randomness_drawing(task, true);
		let issuance = Balances::total_issuance();
		let charlie_before = free(&charlie);

		run_to_block(System::block_number() + PERIOD + 1);

		assert!(matches!(
			Tasks::<Runtime>::get(task).unwrap().status,
			TaskStatus::Settled {
				route: SettlementRoute::Audited,
				payout: Payout::RequesterRefunded,
				..
			}
		));
		assert!(market_events().contains(&Event::TaskAudited {
			task,
			worker_was_right: false,
			macs: 2368,
			fee: audit_fee
		}));
		// Slashed like a lost challenge, the requester in the challenger's place.
		assert_eq!(free(&charlie), charlie_before + REWARD + BOND / 2);
		assert_eq!(held(HoldReason::WorkerStake, &bob), STAKE - BOND);
		assert_eq!(Balances::total_issuance(), issuance - BOND / 2 - audit_fee);
		assert_eq!(InferenceMarket::trust_report().verified_on_chain, sp_runtime::Perbill::one());
	});
}

#[test]
fn a_wrong_digit_is_re_executed_and_the_worker_slashed() {
	dev_ext().execute_with(|| {
		let (bob, charlie, dave) = (
			account(Sr25519Keyring::Bob),
			account(Sr25519Keyring::Charlie),
			account(Sr25519Keyring::Dave),
		);
		let (input, mut output) = digit_vector(3);
		output[0] = output[0].wrapping_add(1);
		assert_ok!(InferenceMarket::register_worker(RuntimeOrigin::signed(bob.clone()), STAKE));
		serve(&bob, DIGITS);
		let task = post(&charlie, DIGITS, input);
		run_to_draws(&[task]);
		assert_ok!(InferenceMarket::submit_result(
			RuntimeOrigin::signed(bob.clone()),
			task,
			output.try_into().unwrap()
		));
		let issuance = Balances::total_issuance();
		let (dave_before, charlie_before) = (free(&dave), free(&charlie));
		let audit_fee = held(HoldReason::AuditFee, &charlie);
		let bond = 2 * UNIT;

		assert_ok!(InferenceMarket::challenge(RuntimeOrigin::signed(dave.clone()), task, bond));

		let share = <Runtime as pallet_inference_market::Config>::WinnerShare::get() * BOND;
		assert_eq!(share, BOND / 2);
		assert_eq!(free(&dave), dave_before + share);
		// The reward and the audit fee come back: the challenger paid for the re-execution.
		assert_eq!(free(&charlie), charlie_before + REWARD + audit_fee);
		assert_eq!(held(HoldReason::WorkerStake, &bob), STAKE - BOND);
		assert_eq!(Balances::total_issuance(), issuance - (BOND - share));
		assert!(market_events().contains(&Event::ResultReExecuted {
			task,
			worker_was_right: false,
			macs: 2368
		}));
		assert_eq!(RouteTotals::<Runtime>::get(SettlementRoute::ReExecuted).tasks, 1);
	});
}

#[test]
fn an_opaque_dispute_is_ruled_by_root() {
	dev_ext().execute_with(|| {
		let (bob, charlie, dave) = (
			account(Sr25519Keyring::Bob),
			account(Sr25519Keyring::Charlie),
			account(Sr25519Keyring::Dave),
		);
		assert_ok!(InferenceMarket::register_worker(RuntimeOrigin::signed(bob.clone()), STAKE));
		serve(&bob, OPAQUE);
		let task = post(&charlie, OPAQUE, b"Say hello".to_vec());
		run_to_draws(&[task]);
		assert_ok!(InferenceMarket::submit_result(
			RuntimeOrigin::signed(bob.clone()),
			task,
			b"hello".to_vec().try_into().unwrap()
		));
		assert_ok!(InferenceMarket::challenge(RuntimeOrigin::signed(dave.clone()), task, UNIT));
		assert_noop!(
			InferenceMarket::rule(RuntimeOrigin::signed(dave.clone()), task, false),
			sp_runtime::DispatchError::BadOrigin
		);
		let bob_before = free(&bob);
		assert_ok!(InferenceMarket::rule(RuntimeOrigin::root(), task, true));
		// The ruling is carried out by the settling hook of the next block.
		run_to_block(System::block_number() + 1);
		assert_eq!(free(&bob), bob_before + REWARD + UNIT / 2);
		assert!(matches!(
			Tasks::<Runtime>::get(task).unwrap().status,
			TaskStatus::Settled {
				route: SettlementRoute::Arbitrated,
				payout: Payout::WorkerPaid,
				..
			}
		));
	});
}

#[test]
fn re_executing_the_largest_allowed_model_fits_in_a_block() {
	dev_ext().execute_with(|| {
		let max_normal = RuntimeBlockWeights::get()
			.get(frame_support::dispatch::DispatchClass::Normal)
			.max_extrinsic
			.unwrap();
		// What a challenge reserves up front: the largest model's re-execution.
		let call = pallet_inference_market::Call::challenge { task: 0, bond: UNIT };
		let weight = RuntimeCall::InferenceMarket(call).get_dispatch_info().call_weight;
		assert!(weight.all_lte(max_normal), "{weight:?} exceeds {max_normal:?}");

		// The largest model the Config allows (64 -> 1024: 65,536 multiply-accumulates, just
		// under `MaxModelBytes`), registered and re-executed for real.
		let code = qmodel::synthetic(64, &[], 1024);
		let max_bytes: u32 =
			<<Runtime as pallet_inference_market::Config>::MaxModelBytes as Get<u32>>::get();
		assert!(code.len() as u32 <= max_bytes);
		let (alice, bob, charlie, dave) = (
			account(Sr25519Keyring::Alice),
			account(Sr25519Keyring::Bob),
			account(Sr25519Keyring::Charlie),
			account(Sr25519Keyring::Dave),
		);
		let model = pallet_inference_market::NextModelId::<Runtime>::get();
		assert_ok!(InferenceMarket::register_verifiable_model(
			RuntimeOrigin::signed(alice),
			b"largest".to_vec().try_into().unwrap(),
			code.clone().try_into().unwrap(),
		));
		let Some(ModelKind::Verifiable { macs, .. }) =
			Models::<Runtime>::get(model).map(|m| m.kind)
		else {
			panic!("registered as verifiable");
		};
		assert_eq!(macs, 65_536);
		assert_ok!(InferenceMarket::register_worker(RuntimeOrigin::signed(bob.clone()), STAKE));
		serve(&bob, model);
		let task = post(&charlie, model, vec![1u8; 64]);
		run_to_draws(&[task]);
		let right = qmodel::Model::parse(&code).unwrap().evaluate(&[1i8; 64]).unwrap();
		let wrong: Vec<u8> = right.iter().map(|v| (*v as u8).wrapping_add(1)).collect();
		assert_ok!(InferenceMarket::submit_result(
			RuntimeOrigin::signed(bob),
			task,
			wrong.try_into().unwrap()
		));

		let info = InferenceMarket::challenge(RuntimeOrigin::signed(dave), task, UNIT)
			.expect("the challenge re-executes the largest model");
		let actual = info.actual_weight.expect("the weight follows the model's size");
		assert!(actual.all_lte(max_normal), "{actual:?} exceeds {max_normal:?}");
		assert!(market_events().iter().any(
			|e| matches!(e, Event::ResultReExecuted { task: t, macs: 65_536, .. } if *t == task)
		));
		assert!(matches!(
			Tasks::<Runtime>::get(task).unwrap().status,
			TaskStatus::Settled { route: SettlementRoute::ReExecuted, .. }
		));
	});
}
