use crate::{mock::*, Error, Event, HoldReason, ModelCode, ModelKind, Models};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;

#[test]
fn register_opaque_model_holds_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register_opaque_model();
		let deposit = MODEL_DEPOSIT_BASE + MODEL_DEPOSIT_PER_BYTE * (3 + 14);
		assert_eq!(held(HoldReason::ModelDeposit, ALICE), deposit);
		assert_eq!(free(ALICE), INITIAL_BALANCE - deposit);
		let model = Models::<Test>::get(id).unwrap();
		assert_eq!(model.kind, ModelKind::Opaque { weights_hash: H256::repeat_byte(7) });
		assert_eq!(model.open_tasks, 0);
		assert!(!ModelCode::<Test>::contains_key(id));
		assert_eq!(
			market_events(),
			vec![Event::ModelRegistered { model: id, owner: ALICE, verifiable: false, deposit }]
		);
	});
}

#[test]
fn register_verifiable_model_derives_shape_and_cost() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register_tiny_model();
		let code = tiny_model_code();
		let deposit = MODEL_DEPOSIT_BASE + MODEL_DEPOSIT_PER_BYTE * (4 + code.len() as u128);
		assert_eq!(held(HoldReason::ModelDeposit, ALICE), deposit);
		assert_eq!(
			Models::<Test>::get(id).unwrap().kind,
			ModelKind::Verifiable { input_len: 4, output_len: 2, macs: 8 }
		);
		assert_eq!(ModelCode::<Test>::get(id).unwrap().into_inner(), code);
		assert_eq!(
			market_events(),
			vec![Event::ModelRegistered { model: id, owner: ALICE, verifiable: true, deposit }]
		);
	});
}

#[test]
fn register_verifiable_model_rejects_invalid_bytes() {
	ExtBuilder::default().build_and_execute(|| {
		let mut code = tiny_model_code();
		code[0] = b'X';
		assert_noop!(
			Market::register_verifiable_model(
				RuntimeOrigin::signed(ALICE),
				b"bad".to_vec().try_into().unwrap(),
				code.try_into().unwrap(),
			),
			Error::<Test>::InvalidModel
		);
	});
}

#[test]
fn register_verifiable_model_rejects_models_above_max_macs() {
	ExtBuilder::default().build_and_execute(|| {
		// 64 x 65 = 4160 MACs > MaxModelMacs (4096) of the mock.
		let code = qmodel::synthetic(64, &[], 65);
		assert_noop!(
			Market::register_verifiable_model(
				RuntimeOrigin::signed(ALICE),
				b"big".to_vec().try_into().unwrap(),
				code.try_into().unwrap(),
			),
			Error::<Test>::ModelTooExpensive
		);
	});
}

/// A model whose output no result can carry (longer than `MaxOutputLen`) would let its owner
/// post quorum tasks that serving workers commit to and can never reveal: every bond burned.
#[test]
fn unservable_model_shapes_are_refused_at_registration() {
	ExtBuilder::default().build_and_execute(|| {
		let register = |code: Vec<u8>| {
			Market::register_verifiable_model(
				RuntimeOrigin::signed(ALICE),
				b"unservable".to_vec().try_into().unwrap(),
				code.try_into().unwrap(),
			)
		};
		// 4 x 33 = 132 MACs and 275 bytes: within every other bound of the mock.
		assert_noop!(register(qmodel::synthetic(4, &[], 33)), Error::<Test>::ModelOutputTooLong);
		assert_noop!(register(qmodel::synthetic(129, &[], 1)), Error::<Test>::ModelInputTooLong);
		// The largest shapes tasks can carry are accepted.
		assert_ok!(register(qmodel::synthetic(4, &[], 32)));
		assert_ok!(register(qmodel::synthetic(128, &[], 1)));
	});
}

#[test]
fn register_model_needs_funds_for_the_deposit() {
	ExtBuilder::default().balance(POOR, 10).build_and_execute(|| {
		assert_noop!(
			Market::register_opaque_model(
				RuntimeOrigin::signed(POOR),
				b"m".to_vec().try_into().unwrap(),
				b"u".to_vec().try_into().unwrap(),
				H256::zero(),
			),
			sp_runtime::TokenError::FundsUnavailable
		);
	});
}

#[test]
fn retire_model_releases_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register_tiny_model();
		let deposit = held(HoldReason::ModelDeposit, ALICE);
		assert_ok!(Market::retire_model(RuntimeOrigin::signed(ALICE), id));
		assert_eq!(held(HoldReason::ModelDeposit, ALICE), 0);
		assert_eq!(free(ALICE), INITIAL_BALANCE);
		assert!(!Models::<Test>::contains_key(id));
		assert!(!ModelCode::<Test>::contains_key(id));
		assert_eq!(market_events().last(), Some(&Event::ModelRetired { model: id, deposit }));
	});
}

#[test]
fn retire_model_errors() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Market::retire_model(RuntimeOrigin::signed(ALICE), 7),
			Error::<Test>::UnknownModel
		);
		let id = register_tiny_model();
		assert_noop!(
			Market::retire_model(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::NotModelOwner
		);
		let task = post(id, &[1, 2, 3, 4]);
		run_to_draw(task);
		assert_noop!(
			Market::retire_model(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::ModelInUse
		);
	});
}

/// Posting writes nothing to the model: a task counts toward its model's use from its draw
/// on. A model retired before the draw of a task leaves it nobody to serve it, so the draw
/// cancels it and refunds its requester.
#[test]
fn a_task_waiting_for_its_draw_is_cancelled_when_its_model_retires() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register_tiny_model();
		register_worker(CHARLIE);
		opt_in(CHARLIE, id);
		let task = post(id, &[1, 2, 3, 4]);
		assert_eq!(Models::<Test>::get(id).unwrap().open_tasks, 0);
		assert_ok!(Market::retire_model(RuntimeOrigin::signed(ALICE), id));
		run_to_draw(task);
		assert!(settled(task, crate::SettlementRoute::Cancelled, crate::Payout::RequesterRefunded));
		assert!(drawn(task).is_empty());
		assert_eq!(free(BOB), INITIAL_BALANCE);
		assert_eq!(crate::Workers::<Test>::get(CHARLIE).unwrap().bonded, 0);
	});
}

#[test]
fn retire_model_after_its_tasks_end() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register_tiny_model();
		let task = post(id, &[1, 2, 3, 4]);
		assert_ok!(Market::cancel_task(RuntimeOrigin::signed(BOB), task));
		assert_eq!(Models::<Test>::get(id).unwrap().open_tasks, 0);
		assert_ok!(Market::retire_model(RuntimeOrigin::signed(ALICE), id));
	});
}

#[test]
fn register_model_fails_when_identifiers_run_out() {
	ExtBuilder::default().build_and_execute(|| {
		crate::NextModelId::<Test>::put(u32::MAX);
		assert_noop!(
			Market::register_opaque_model(
				RuntimeOrigin::signed(ALICE),
				b"m".to_vec().try_into().unwrap(),
				b"u".to_vec().try_into().unwrap(),
				H256::zero(),
			),
			Error::<Test>::IdOverflow
		);
	});
}
