//! Committed models and their dissection games: registration, traced results, every move and
//! its errors, the game played against a wrong worker and by a false challenger, and each
//! side's timeout.

use crate::{
	dissection::{Blake2, MerkleProof, Openings},
	mock::*,
	Challenges, Error, Event, Game, Games, HoldReason, Manifests, ModelKind, Models, Payout,
	RouteTotal, RouteTotals, SettlementRoute, TaskStatus, Tasks, TraceCommitment, TraceState, Turn,
	Workers,
};
use frame_support::{assert_noop, assert_ok};
use qmodel::{
	committed::{self, Manifest},
	dissection::{Range, ARITY},
	merkle,
	trace::{self, Trace},
	Activation,
};
use sp_core::H256;

const CHALLENGE_BOND: Balance = 15;
const INPUT: [u8; 4] = [3, 1, 4, 1];

/// A committed model of two layers cut into twelve steps: 4 -> 16 (two rows a step), 16 -> 4
/// (one row a step).
struct Committed {
	manifest: Manifest,
	chunks: Vec<Vec<u8>>,
}

impl Committed {
	fn new() -> Self {
		let layers = [(16u16, 1u8, Activation::Relu, 2u16), (4, 2, Activation::Identity, 1)];
		let mut chunks = Vec::new();
		let mut in_len = 4usize;
		for (out_len, _, _, rows_per_step) in layers {
			for first in (0..usize::from(out_len)).step_by(usize::from(rows_per_step)) {
				let rows = usize::from(rows_per_step).min(usize::from(out_len) - first);
				let mut chunk: Vec<u8> = (0..rows * in_len)
					.map(|i| (((first * 7 + i * 5) % 9) as i8 - 4).to_le_bytes()[0])
					.collect();
				for r in 0..rows {
					chunk.extend_from_slice(&((first + r) as i32 - 3).to_le_bytes());
				}
				chunks.push(chunk);
			}
			in_len = usize::from(out_len);
		}
		let leaves = chunks.iter().map(|c| merkle::leaf::<Blake2>(c));
		let manifest = committed::commit::<Blake2>(4, &layers, leaves).unwrap();
		assert_eq!(manifest.steps(), 12);
		Committed { manifest, chunks }
	}

	/// Registers it as Alice's committed model.
	fn register(&self) -> crate::ModelId {
		let id = crate::NextModelId::<Test>::get();
		assert_ok!(Market::register_committed_model(
			RuntimeOrigin::signed(ALICE),
			b"big".to_vec().try_into().unwrap(),
			b"file:///weights.bin".to_vec().try_into().unwrap(),
			self.manifest.encode().try_into().unwrap(),
		));
		id
	}

	/// The trace of an evaluation, `wrong_step` computed with a corrupted chunk.
	fn trace(&self, input: &[u8], wrong_step: Option<u32>) -> Trace {
		let chunk = |step: u32| {
			let mut chunk = self.chunks.get(step as usize)?.clone();
			if Some(step) == wrong_step {
				// A bias far off: the step's rows, and so the output, change.
				let last = chunk.len() - 4;
				chunk[last..].copy_from_slice(&1_000i32.to_le_bytes());
			}
			Some(chunk)
		};
		trace::trace::<Blake2, _>(&self.manifest, chunk, &as_i8(input)).unwrap()
	}

	/// The vector entering the layer of `step` in the honest evaluation.
	fn layer_input(&self, input: &[u8], step: u32) -> Vec<u8> {
		let at = self.manifest.step_at(step).unwrap();
		let mut x = as_i8(input);
		let mut s = 0u32;
		for (layer, shape) in self.manifest.layers().iter().enumerate() {
			if layer as u32 == at.layer {
				break;
			}
			let mut y = Vec::new();
			for c in 0..shape.steps() {
				let (_, rows) = shape.rows_of(c);
				y.extend(
					committed::evaluate_step(shape, rows, &self.chunks[s as usize], &x).unwrap(),
				);
				s += 1;
			}
			x = y;
		}
		x.iter().map(|v| v.to_le_bytes()[0]).collect()
	}

	/// The proof of the chunk of `step` against the weights root.
	fn chunk_proof(&self, step: u32) -> MerkleProof {
		let leaves: Vec<_> = self.chunks.iter().map(|c| merkle::leaf::<Blake2>(c)).collect();
		to_bounded(merkle::prove::<Blake2>(&leaves, step).unwrap().siblings)
	}
}

fn as_i8(bytes: &[u8]) -> Vec<i8> {
	bytes.iter().map(|b| *b as i8).collect()
}

fn output_of(trace: &Trace) -> Vec<u8> {
	trace.output.iter().map(|v| *v as u8).collect()
}

fn to_bounded(siblings: Vec<[u8; 32]>) -> MerkleProof {
	siblings.into_iter().map(H256).collect::<Vec<_>>().try_into().unwrap()
}

fn commitment(trace: &Trace) -> TraceCommitment {
	let last = trace.states.last().unwrap();
	TraceCommitment { root: H256(trace.root::<Blake2>()), last_x: H256(last.x) }
}

fn game(task: crate::TaskId) -> Game {
	Games::<Test>::get(task).expect("a game is being played")
}

/// Posts a task of `model` from Bob and has Charlie serve it with `trace`.
fn traced_task(model: crate::ModelId, trace: &Trace) -> crate::TaskId {
	let task = post(model, &INPUT);
	register_worker(CHARLIE);
	seat(task, &[CHARLIE]);
	assert_ok!(Market::submit_traced_result(
		RuntimeOrigin::signed(CHARLIE),
		task,
		output_of(trace).try_into().unwrap(),
		commitment(trace),
	));
	task
}

/// The worker's openings of the game's cut points from its trace.
fn openings(task: crate::TaskId, trace: &Trace) -> Openings {
	let game = game(task);
	let leaves = trace.leaves::<Blake2>();
	Range { agreed: game.agreed.0, disputed: game.disputed.0 }
		.points(ARITY)
		.into_iter()
		.map(|p| {
			let proof = merkle::prove::<Blake2>(&leaves, p).unwrap();
			(TraceState::from(trace.states[p as usize]), to_bounded(proof.siblings))
		})
		.collect::<Vec<_>>()
		.try_into()
		.unwrap()
}

/// The part an honest challenger names: the first whose end differs from the honest trace.
fn honest_part(task: crate::TaskId, honest: &Trace) -> u32 {
	let game = game(task);
	let points = Range { agreed: game.agreed.0, disputed: game.disputed.0 }.points(ARITY);
	points
		.iter()
		.zip(game.opened.iter())
		.position(|(p, opened)| TraceState::from(honest.states[*p as usize]) != *opened)
		.unwrap_or(points.len()) as u32
}

/// Plays the game to its one step: the worker defends with `worker`, the challenger names
/// parts with `name` (given the game).
fn play_to_step(task: crate::TaskId, worker: &Trace, name: impl Fn(crate::TaskId) -> u32) {
	while game(task).turn != Turn::Step {
		assert_ok!(Market::open_states(
			RuntimeOrigin::signed(CHARLIE),
			task,
			openings(task, worker)
		));
		assert_ok!(Market::name_part(RuntimeOrigin::signed(DAVE), task, name(task)));
	}
}

/// Has the chain check the game's step with the honest input and chunk.
fn check_honestly(model: &Committed, task: crate::TaskId, who: AccountId) {
	let step = game(task).agreed.0;
	assert_ok!(Market::check_step(
		RuntimeOrigin::signed(who),
		task,
		model.layer_input(&INPUT, step).try_into().unwrap(),
		model.chunks[step as usize].clone().try_into().unwrap(),
		model.chunk_proof(step),
	));
}

#[test]
fn registering_a_committed_model_stores_its_manifest_and_holds_a_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let model = Committed::new();
		let id = model.register();
		let bytes = model.manifest.encode();
		let deposit = MODEL_DEPOSIT_BASE
			+ MODEL_DEPOSIT_PER_BYTE * (3 + b"file:///weights.bin".len() + bytes.len()) as Balance;
		let info = Models::<Test>::get(id).unwrap();
		assert_eq!(
			info.kind,
			ModelKind::Committed {
				input_len: 4,
				output_len: 4,
				macs: 4 * 16 + 16 * 4,
				steps: 12,
				weights_root: H256(*model.manifest.weights_root()),
			}
		);
		assert_eq!(info.deposit, deposit);
		assert!(info.is_committed() && !info.is_verifiable());
		assert_eq!(Manifests::<Test>::get(id).unwrap().into_inner(), bytes);
		assert_eq!(held(HoldReason::ModelDeposit, ALICE), deposit);
		assert_eq!(
			market_events().last(),
			Some(&Event::ModelRegistered { model: id, owner: ALICE, verifiable: false, deposit })
		);

		// Retiring it removes the manifest and returns the deposit.
		assert_ok!(Market::retire_model(RuntimeOrigin::signed(ALICE), id));
		assert!(!Manifests::<Test>::contains_key(id));
		assert_eq!(held(HoldReason::ModelDeposit, ALICE), 0);
	});
}

#[test]
fn a_manifest_that_does_not_parse_or_fit_the_limits_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let register = |manifest: Vec<u8>| {
			Market::register_committed_model(
				RuntimeOrigin::signed(ALICE),
				b"big".to_vec().try_into().unwrap(),
				Default::default(),
				manifest.try_into().unwrap(),
			)
		};
		let mut bytes = Committed::new().manifest.encode();
		bytes.push(0);
		assert_noop!(register(bytes), Error::<Test>::InvalidManifest);
		// A layer of 4,097 steps: its output could not be digested within the step check's
		// bound.
		let wide = committed::commit::<Blake2>(
			1,
			&[(4_097, 0, Activation::Identity, 1)],
			(0..4_097u32).map(|i| merkle::leaf::<Blake2>(&i.to_le_bytes())),
		);
		assert_eq!(wide, Err(qmodel::FormatError::BadStep));
		let too_wide_input =
			committed::commit::<Blake2>(5_000, &[(1, 0, Activation::Identity, 1)], [[0u8; 32]])
				.unwrap();
		assert_noop!(register(too_wide_input.encode()), Error::<Test>::ModelInputTooLong);
		let too_wide_output =
			committed::commit::<Blake2>(1, &[(2_000, 0, Activation::Identity, 2_000)], [[0; 32]])
				.unwrap();
		assert_noop!(register(too_wide_output.encode()), Error::<Test>::ModelOutputTooLong);
	});
}

#[test]
fn a_result_of_a_committed_model_must_carry_its_trace_and_only_such_a_result_may() {
	ExtBuilder::default().build_and_execute(|| {
		let model = Committed::new();
		let id = model.register();
		let honest = model.trace(&INPUT, None);
		let task = post(id, &INPUT);
		register_worker(CHARLIE);
		seat(task, &[CHARLIE]);
		let output = output_of(&honest);
		assert_noop!(
			Market::submit_result(
				RuntimeOrigin::signed(CHARLIE),
				task,
				output.clone().try_into().unwrap()
			),
			Error::<Test>::TraceRequired
		);
		assert_noop!(
			Market::submit_traced_result(
				RuntimeOrigin::signed(CHARLIE),
				task,
				vec![0; 3].try_into().unwrap(),
				commitment(&honest),
			),
			Error::<Test>::OutputShapeMismatch
		);
		assert_ok!(Market::submit_traced_result(
			RuntimeOrigin::signed(CHARLIE),
			task,
			output.try_into().unwrap(),
			commitment(&honest),
		));
		assert_eq!(crate::Submissions::<Test>::get(task).unwrap().trace, Some(commitment(&honest)));

		let tiny = register_tiny_model();
		let other = post(tiny, &[1, 2, 3, 4]);
		seat(other, &[CHARLIE]);
		assert_noop!(
			Market::submit_traced_result(
				RuntimeOrigin::signed(CHARLIE),
				other,
				vec![4, 6].try_into().unwrap(),
				commitment(&honest),
			),
			Error::<Test>::NotCommittedModel
		);
	});
}

#[test]
fn a_challenge_opens_a_game_on_the_workers_move_from_the_input_to_the_output() {
	ExtBuilder::default().build_and_execute(|| {
		let model = Committed::new();
		let id = model.register();
		let honest = model.trace(&INPUT, None);
		let task = traced_task(id, &honest);
		let now = System::block_number();

		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));

		let start = TraceState::from(honest.states[0]);
		let end = TraceState::from(*honest.states.last().unwrap());
		assert_eq!(
			game(task),
			Game {
				agreed: (0, start),
				disputed: (12, end),
				opened: Default::default(),
				turn: Turn::Defender,
				moves: 0,
				steps: 12,
			}
		);
		let move_by = now + MOVE_PERIOD;
		assert_eq!(Tasks::<Test>::get(task).unwrap().status, TaskStatus::Dissecting { move_by });
		assert_eq!(held(HoldReason::ChallengeBond, DAVE), CHALLENGE_BOND);
		assert!(Challenges::<Test>::contains_key(task));
		assert!(!crate::InWindow::<Test>::contains_key(task));
		assert_eq!(
			market_events()[market_events().len() - 2..],
			[
				Event::ResultChallenged { task, challenger: DAVE, bond: CHALLENGE_BOND },
				Event::DissectionStarted { task, steps: 12, turn: Turn::Defender, move_by },
			]
		);
		assert_eq!(Market::task_details(task).unwrap().game, Some(game(task)));
	});
}

#[test]
fn a_wrong_worker_is_slashed_at_the_step_it_computed_wrongly() {
	ExtBuilder::default().build_and_execute(|| {
		let model = Committed::new();
		let id = model.register();
		let honest = model.trace(&INPUT, None);
		// Step 5 (layer 0) computed with a wrong bias: everything after it differs.
		let wrong = model.trace(&INPUT, Some(5));
		assert_ne!(wrong.output, honest.output);
		let task = traced_task(id, &wrong);
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));
		let issuance = Balances::total_issuance();

		play_to_step(task, &wrong, |task| honest_part(task, &honest));
		// The honest challenger drove the game to the wrong step.
		let game = game(task);
		assert_eq!((game.agreed.0, game.disputed.0), (5, 6));
		assert!(game.moves <= 2 * qmodel::dissection::rounds(12, ARITY) as u8);
		assert_eq!(game.disputed.1, TraceState::from(wrong.states[6]));
		check_honestly(&model, task, DAVE);

		assert!(settled(task, SettlementRoute::Dissected, Payout::RequesterRefunded));
		assert!(!Games::<Test>::contains_key(task) && !Challenges::<Test>::contains_key(task));
		let worker = Workers::<Test>::get(CHARLIE).unwrap();
		assert_eq!((worker.stake, worker.bonded), (MIN_WORKER_STAKE - BOND, 0));
		assert_eq!((worker.stats.lost, worker.stats.slashed), (1, BOND));
		assert_eq!(free(DAVE), INITIAL_BALANCE + BOND / 2);
		assert_eq!(held(HoldReason::ChallengeBond, DAVE), 0);
		assert_eq!(free(BOB), INITIAL_BALANCE);
		assert_eq!(Balances::total_issuance(), issuance - BOND / 2);
		assert_eq!(
			RouteTotals::<Test>::get(SettlementRoute::Dissected),
			RouteTotal { tasks: 1, value: REWARD }
		);
		let report = Market::trust_report();
		assert_eq!(report.dissected, RouteTotal { tasks: 1, value: REWARD });
		assert_eq!(report.verified_on_chain, sp_runtime::Perbill::one());
		assert!(market_events().contains(&Event::StepChecked {
			task,
			step: 5,
			worker_was_right: false
		}));
	});
}

#[test]
fn a_false_challenger_loses_at_whichever_step_it_names() {
	for pick in [0u32, 7, 3] {
		ExtBuilder::default().build_and_execute(|| {
			let model = Committed::new();
			let id = model.register();
			let honest = model.trace(&INPUT, None);
			let task = traced_task(id, &honest);
			assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));

			// The challenger names parts as it likes; each is honest, and so is its step.
			play_to_step(task, &honest, |task| {
				let g = game(task);
				pick.min(g.opened.len() as u32)
			});
			let step = game(task).agreed.0;
			// The worker may have the step checked itself.
			check_honestly(&model, task, CHARLIE);

			assert!(settled(task, SettlementRoute::Dissected, Payout::WorkerPaid));
			assert_eq!(
				free(CHARLIE),
				INITIAL_BALANCE - MIN_WORKER_STAKE + REWARD + CHALLENGE_BOND / 2
			);
			assert_eq!(free(DAVE), INITIAL_BALANCE - CHALLENGE_BOND);
			assert_eq!(held(HoldReason::ChallengeBond, DAVE), 0);
			assert_eq!(free(BOB), INITIAL_BALANCE - REWARD);
			assert_eq!(Workers::<Test>::get(CHARLIE).unwrap().stats.won, 1);
			assert!(market_events().contains(&Event::StepChecked {
				task,
				step,
				worker_was_right: true
			}));
		});
	}
}

#[test]
fn a_silent_worker_loses_the_game_when_its_move_is_overdue() {
	ExtBuilder::default().build_and_execute(|| {
		let model = Committed::new();
		let id = model.register();
		let wrong = model.trace(&INPUT, Some(1));
		let task = traced_task(id, &wrong);
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));
		let TaskStatus::Dissecting { move_by } = Tasks::<Test>::get(task).unwrap().status else {
			panic!("the game started")
		};

		run_to_block(move_by);
		assert_eq!(game(task).turn, Turn::Defender);
		run_to_block(move_by + 1);

		assert!(settled(task, SettlementRoute::Forfeited, Payout::RequesterRefunded));
		assert!(!Games::<Test>::contains_key(task));
		assert_eq!(Workers::<Test>::get(CHARLIE).unwrap().stats.slashed, BOND);
		assert_eq!(free(DAVE), INITIAL_BALANCE + BOND / 2);
		assert_eq!(free(BOB), INITIAL_BALANCE);
		assert!(market_events().contains(&Event::MoveMissed { task, turn: Turn::Defender }));
		let report = Market::trust_report();
		assert_eq!(report.forfeited, RouteTotal { tasks: 1, value: REWARD });
		assert_eq!(report.verified_on_chain, sp_runtime::Perbill::zero());
	});
}

#[test]
fn a_silent_challenger_loses_the_game_when_its_move_or_the_step_is_overdue() {
	for at_step in [false, true] {
		ExtBuilder::default().build_and_execute(|| {
			let model = Committed::new();
			let id = model.register();
			let honest = model.trace(&INPUT, None);
			let task = traced_task(id, &honest);
			assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));
			if at_step {
				play_to_step(task, &honest, |_| 0);
			} else {
				assert_ok!(Market::open_states(
					RuntimeOrigin::signed(CHARLIE),
					task,
					openings(task, &honest)
				));
			}
			let turn = game(task).turn;
			assert_eq!(turn, if at_step { Turn::Step } else { Turn::Challenger });
			let TaskStatus::Dissecting { move_by } = Tasks::<Test>::get(task).unwrap().status
			else {
				panic!("the game is on")
			};
			run_to_block(move_by + 1);

			assert!(settled(task, SettlementRoute::Forfeited, Payout::WorkerPaid));
			assert_eq!(
				free(CHARLIE),
				INITIAL_BALANCE - MIN_WORKER_STAKE + REWARD + CHALLENGE_BOND / 2
			);
			assert_eq!(free(DAVE), INITIAL_BALANCE - CHALLENGE_BOND);
			assert!(market_events().contains(&Event::MoveMissed { task, turn }));
		});
	}
}

#[test]
fn each_move_records_the_next_turn_and_deadline() {
	ExtBuilder::default().build_and_execute(|| {
		let model = Committed::new();
		let id = model.register();
		let honest = model.trace(&INPUT, None);
		let task = traced_task(id, &honest);
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));
		run_to_block(System::block_number() + 2);
		let now = System::block_number();

		assert_ok!(Market::open_states(
			RuntimeOrigin::signed(CHARLIE),
			task,
			openings(task, &honest)
		));
		let points = Range::whole(12).points(ARITY);
		assert_eq!(points.len(), 7);
		let g = game(task);
		assert_eq!((g.turn, g.moves, g.opened.len()), (Turn::Challenger, 1, 7));
		assert_eq!(
			Tasks::<Test>::get(task).unwrap().status,
			TaskStatus::Dissecting { move_by: now + MOVE_PERIOD }
		);
		assert_eq!(
			market_events().last(),
			Some(&Event::StatesOpened {
				task,
				agreed: 0,
				disputed: 12,
				points: 7,
				move_by: now + MOVE_PERIOD
			})
		);

		// The last part: agreed at the last point, disputed at the output.
		assert_ok!(Market::name_part(RuntimeOrigin::signed(DAVE), task, 7));
		let g = game(task);
		assert_eq!(g.agreed, (points[6], TraceState::from(honest.states[points[6] as usize])));
		assert_eq!(g.disputed.0, 12);
		assert!(g.opened.is_empty());
		let turn = if 12 - points[6] == 1 { Turn::Step } else { Turn::Defender };
		assert_eq!(
			market_events().last(),
			Some(&Event::PartNamed {
				task,
				agreed: points[6],
				disputed: 12,
				turn,
				move_by: now + MOVE_PERIOD
			})
		);
	});
}

#[test]
fn moves_out_of_turn_by_the_wrong_side_or_with_wrong_openings_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let model = Committed::new();
		let id = model.register();
		let honest = model.trace(&INPUT, None);
		let task = traced_task(id, &honest);
		let name = |who, part| Market::name_part(RuntimeOrigin::signed(who), task, part);
		let open = |who, openings| Market::open_states(RuntimeOrigin::signed(who), task, openings);

		// No game yet.
		assert_noop!(open(CHARLIE, openings_of(&honest, &[1])), Error::<Test>::NotDissecting);
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));
		let right = openings(task, &honest);

		assert_noop!(open(DAVE, right.clone()), Error::<Test>::NotGameWorker);
		assert_noop!(name(DAVE, 0), Error::<Test>::NotThisMove);
		let mut short = right.clone();
		short.pop();
		assert_noop!(open(CHARLIE, short), Error::<Test>::WrongOpeningCount);
		// A state it did not commit to, or a proof of another point.
		let mut forged = right.clone();
		forged[2].0.y = H256::repeat_byte(9);
		assert_noop!(open(CHARLIE, forged), Error::<Test>::StateNotInTrace);
		let mut swapped = right.clone().into_inner();
		swapped.swap(0, 1);
		assert_noop!(open(CHARLIE, swapped.try_into().unwrap()), Error::<Test>::StateNotInTrace);
		let other = model.trace(&INPUT, Some(0));
		assert_noop!(open(CHARLIE, openings(task, &other)), Error::<Test>::StateNotInTrace);

		assert_ok!(open(CHARLIE, right.clone()));
		assert_noop!(open(CHARLIE, right), Error::<Test>::NotThisMove);
		assert_noop!(name(CHARLIE, 0), Error::<Test>::NotGameChallenger);
		assert_noop!(name(DAVE, 8), Error::<Test>::NoSuchPart);
		assert_noop!(
			Market::check_step(
				RuntimeOrigin::signed(DAVE),
				task,
				Default::default(),
				Default::default(),
				Default::default()
			),
			Error::<Test>::NotThisMove
		);
	});
}

/// Openings of `points` from a trace, for a move that must fail before its proofs are read.
fn openings_of(trace: &Trace, points: &[u32]) -> Openings {
	points
		.iter()
		.map(|p| (TraceState::from(trace.states[*p as usize]), MerkleProof::default()))
		.collect::<Vec<_>>()
		.try_into()
		.unwrap()
}

#[test]
fn a_step_check_with_another_input_or_chunk_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let model = Committed::new();
		let id = model.register();
		let wrong = model.trace(&INPUT, Some(8));
		let honest = model.trace(&INPUT, None);
		let task = traced_task(id, &wrong);
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));
		play_to_step(task, &wrong, |task| honest_part(task, &honest));
		let step = game(task).agreed.0;
		assert_eq!(step, 8);
		let input = model.layer_input(&INPUT, step);
		let chunk = model.chunks[step as usize].clone();
		let check = |input: Vec<u8>, chunk: Vec<u8>, proof: MerkleProof| {
			Market::check_step(
				RuntimeOrigin::signed(DAVE),
				task,
				input.try_into().unwrap(),
				chunk.try_into().unwrap(),
				proof,
			)
		};

		let mut other_input = input.clone();
		other_input[0] ^= 1;
		assert_noop!(
			check(other_input, chunk.clone(), model.chunk_proof(step)),
			Error::<Test>::StepInputMismatch
		);
		assert_noop!(
			check(input.clone(), model.chunks[step as usize + 1].clone(), model.chunk_proof(step)),
			Error::<Test>::ChunkNotInModel
		);
		assert_noop!(
			check(input.clone(), chunk.clone(), model.chunk_proof(step + 1)),
			Error::<Test>::ChunkNotInModel
		);
		assert_noop!(
			check(input.clone(), chunk[1..].to_vec(), model.chunk_proof(step)),
			Error::<Test>::StepChunkMismatch
		);
		assert_ok!(check(input, chunk, model.chunk_proof(step)));
		assert!(settled(task, SettlementRoute::Dissected, Payout::RequesterRefunded));
	});
}

#[test]
fn a_move_after_its_deadline_is_refused_while_the_hook_has_not_settled_the_game() {
	ExtBuilder::default().build_and_execute(|| {
		let model = Committed::new();
		let id = model.register();
		let honest = model.trace(&INPUT, None);
		let task = traced_task(id, &honest);
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));
		let TaskStatus::Dissecting { move_by } = Tasks::<Test>::get(task).unwrap().status else {
			panic!("the game started")
		};
		// A hook with no budget leaves the overdue game where it is.
		MaxHookWeight::set(frame_support::weights::Weight::zero());
		run_to_block(move_by + 1);
		assert_noop!(
			Market::open_states(RuntimeOrigin::signed(CHARLIE), task, openings(task, &honest)),
			Error::<Test>::MovePeriodOver
		);
		MaxHookWeight::set(frame_support::weights::Weight::from_parts(200_000_000_000, u64::MAX));
		// The hook catches up over the blocks it passed (`MaxSettlementsPerBlock` steps each).
		run_to_block(move_by + 4);
		assert!(settled(task, SettlementRoute::Forfeited, Payout::RequesterRefunded));
	});
}

#[test]
fn a_model_of_one_step_is_checked_at_once() {
	ExtBuilder::default().build_and_execute(|| {
		let chunk: Vec<u8> = [1i8, -1, 2, 0, 0, 1, 1, 1]
			.iter()
			.map(|v| v.to_le_bytes()[0])
			.chain([0u8; 8])
			.collect();
		let manifest = committed::commit::<Blake2>(
			4,
			&[(2, 0, Activation::Identity, 2)],
			[merkle::leaf::<Blake2>(&chunk)],
		)
		.unwrap();
		let model = Committed { manifest, chunks: vec![chunk.clone()] };
		let id = model.register();
		let wrong = {
			let mut t = model.trace(&INPUT, None);
			t.output[0] = t.output[0].wrapping_add(1);
			t
		};
		let task = traced_task(id, &wrong);
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), task, CHALLENGE_BOND));
		assert_eq!(game(task).turn, Turn::Step);
		assert_eq!((game(task).agreed.0, game(task).disputed.0), (0, 1));
		check_honestly(&model, task, EVE);
		assert!(settled(task, SettlementRoute::Dissected, Payout::RequesterRefunded));
	});
}
