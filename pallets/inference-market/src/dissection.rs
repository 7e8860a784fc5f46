//! Dissection games: disputes over results of committed models, whose weights are too large to
//! keep or re-execute on chain, settled by narrowing the dispute down to one step the chain
//! re-executes.
//!
//! A committed model ([`ModelKind::Committed`]) keeps on chain only its manifest (`QMC1`: the
//! layers' shapes, cut into steps of at most `qmodel::committed::MAX_STEP_MACS`
//! multiply-accumulates, and a Merkle root over the weight chunks of the steps). Its worker
//! submits, with the output, a [`TraceCommitment`]: the Merkle root over the `steps + 1`
//! states of its evaluation ([`qmodel::trace`]) and the last state's input digest.
//!
//! A challenge of such a result opens a [`Game`] over the range of states from 0 (the task's
//! input, which the chain digests itself) to `steps` (the worker's output):
//!
//! 1. The worker opens the states that cut the range into at most
//!    [`ARITY`](qmodel::dissection::ARITY) parts, each with its Merkle proof against its trace
//!    root (`open_states`): it can only open what it committed to before the challenge.
//! 2. The challenger names the part whose end it disputes (`name_part`): the part's start is
//!    agreed, its end disputed. A 10^9-multiply-accumulate model of 16,384 steps takes 5 rounds.
//! 3. Once the range is one step, anyone may have the chain check it (`check_step`): the
//!    caller supplies the vector entering the step's layer (checked against the agreed state's
//!    digest) and the step's weight chunk (checked against the model's weights root); the chain
//!    recomputes the step with the same evaluator as re-execution and compares the state after
//!    it with the worker's claim. The side whose claim is wrong is slashed like a lost challenge,
//!    and the task settles by route [`SettlementRoute::Dissected`]: checked on chain.
//!
//! Every move has a deadline, `MovePeriod` blocks from the move before; the side whose move it
//! is when it passes loses the game, its bond slashed to the other side, by route
//! [`SettlementRoute::Forfeited`] (not checked). At the last step the move is the challenger's:
//! an honest worker's every step checks, so a challenger that cannot show a wrong step loses.
//! Both bonds stay at stake for the whole game, so a side that delays risks its bond, never the
//! other side's.
//!
//! Soundness: an honest challenger names a part whose start it accepts and whose end differs
//! from the honest evaluation, so against a wrong result the game ends at a step whose agreed
//! state is honest and whose disputed state is not; the honest challenger can supply that
//! step's honest input and chunk, and the check slashes the worker. An honest worker's states
//! are all honest, so whichever step a false challenger drives the game to, the check upholds
//! the worker (or the challenger, unable to supply an input matching an honest agreed state
//! with a wrong disputed one, stays silent and forfeits).
//!
//! The trace is part of what a worker claims: a right output under a root that does not commit
//! to the honest states (a worker that guessed the output, or copied it, and made up a trace)
//! loses its game like a wrong output, so only a worker that ran the model can defend a result.

use crate::{
	outcome::Outcome, pallet::*, Challenge, Game, ModelKind, SettlementRoute, TaskId, TaskStatus,
	TraceState, Turn, WeightInfo,
};
use alloc::vec::Vec;
use frame_support::{defensive, ensure, pallet_prelude::*, traits::ConstU32};
use frame_system::pallet_prelude::BlockNumberFor;
use qmodel::{
	committed::Manifest,
	dissection::{self, Range, ARITY},
	merkle::{Hasher, Proof},
	trace::{self, State, TraceError},
};
use sp_core::H256;
use sp_runtime::traits::Saturating;

/// Most sibling hashes of a Merkle proof: enough for any tree of up to 2^32 leaves.
pub const MAX_PROOF_DEPTH: u32 = 32;

/// The hash of committed models and traces on chain: BLAKE2b-256, as the host computes it.
pub struct Blake2;

impl Hasher for Blake2 {
	fn hash(data: &[u8]) -> [u8; 32] {
		sp_io::hashing::blake2_256(data)
	}
}

/// A Merkle proof's sibling hashes, from the leaf's level up (`qmodel::merkle::Proof`).
pub type MerkleProof = BoundedVec<H256, ConstU32<MAX_PROOF_DEPTH>>;

/// The states a worker opens in one move, each with its proof against its trace root.
pub type Openings = BoundedVec<(TraceState, MerkleProof), crate::OpenedBound>;

/// The vector entering a step's layer, as `check_step` takes it (one `i8` per byte).
pub type StepInput = BoundedVec<u8, ConstU32<{ u16::MAX as u32 }>>;

/// A step's weight chunk, as `check_step` takes it.
pub type StepChunk = BoundedVec<u8, ConstU32<{ qmodel::committed::MAX_CHUNK_LEN as u32 }>>;

/// A committed model's manifest, as `register_committed_model` takes and `Manifests` keeps it.
pub type ManifestBytes = BoundedVec<u8, ConstU32<{ qmodel::committed::MAX_MANIFEST_LEN as u32 }>>;

/// The weight `check_step` is charged. A step's check costs hashes of the pieces of the vector
/// entering its layer (at most `MAX_LAYER_STEPS`), hashes of its bytes (input and chunk),
/// its multiply-accumulates (at most `MAX_STEP_MACS`) and work per row (at most
/// `MAX_STEP_ROWS`). The widest step (one row of 65,535 inputs: the most pieces and bytes) and
/// the tallest (4,096 rows of 16 inputs: the most rows) each reach the most of some of these
/// and the most multiply-accumulates; any step reaches at most each bound, so costs at most
/// their sum.
pub fn check_step_weight<T: Config>() -> Weight {
	T::WeightInfo::check_step_wide().saturating_add(T::WeightInfo::check_step_tall())
}

impl From<State> for TraceState {
	fn from(state: State) -> Self {
		TraceState { x: H256(state.x), y: H256(state.y) }
	}
}

impl From<TraceState> for State {
	fn from(state: TraceState) -> Self {
		State { x: state.x.0, y: state.y.0 }
	}
}

fn proof(index: u32, leaves: u32, siblings: &MerkleProof) -> Proof {
	Proof { index, leaves, siblings: siblings.iter().map(|h| h.0).collect() }
}

fn as_i8(bytes: &[u8]) -> Vec<i8> {
	bytes.iter().map(|b| i8::from_le_bytes([*b])).collect()
}

impl<T: Config> Pallet<T> {
	/// Validates a committed model's manifest and derives its kind.
	pub(crate) fn committed_kind(manifest: &[u8]) -> Result<ModelKind, DispatchError> {
		let manifest = Manifest::parse(manifest).map_err(|_| Error::<T>::InvalidManifest)?;
		ensure!(manifest.input_len() <= T::MaxInputLen::get(), Error::<T>::ModelInputTooLong);
		ensure!(manifest.output_len() <= T::MaxOutputLen::get(), Error::<T>::ModelOutputTooLong);
		Ok(ModelKind::Committed {
			input_len: manifest.input_len(),
			output_len: manifest.output_len(),
			macs: manifest.macs(),
			steps: manifest.steps(),
			weights_root: H256(*manifest.weights_root()),
		})
	}

	/// The manifest of a committed model.
	fn manifest(model: crate::ModelId) -> Result<Manifest, DispatchError> {
		let bytes = Manifests::<T>::get(model).ok_or(Error::<T>::NotCommittedModel)?;
		Manifest::parse(&bytes).map_err(|_| {
			defensive!("stored manifests are validated at registration");
			Error::<T>::InvalidManifest.into()
		})
	}

	/// Opens the dissection game of a challenged result of a committed model of `steps`
	/// steps. The challenger's bond is held; the game starts on the worker's move (or, for a
	/// model of one step, at its check).
	pub(crate) fn start_dissection(
		id: TaskId,
		mut task: TaskOf<T>,
		submission: &SubmissionOf<T>,
		challenge: ChallengeOf<T>,
		steps: u32,
	) -> DispatchResult {
		let Some(traced) = submission.trace else {
			defensive!("results of committed models carry a trace");
			return Err(Error::<T>::TraceRequired.into());
		};
		let manifest = Self::manifest(task.model)?;
		let input = as_i8(&task.input);
		let output = as_i8(&submission.output);
		let agreed = TraceState::from(State::initial::<Blake2>(&input));
		let claimed = TraceState {
			x: traced.last_x,
			y: H256(trace::output_digest::<Blake2>(&manifest, &output)),
		};
		let turn = if steps > 1 { Turn::Defender } else { Turn::Step };
		let game = Game {
			agreed: (0, agreed),
			disputed: (steps, claimed),
			opened: BoundedVec::new(),
			turn,
			moves: 0,
			steps,
		};
		let move_by = Self::next_move_by();
		let challenger = challenge.challenger.clone();
		let bond = challenge.bond;

		Challenges::<T>::insert(id, challenge);
		InWindow::<T>::remove(id);
		Games::<T>::insert(id, game);
		Self::enter_stage(id, &mut task, TaskStatus::Dissecting { move_by });
		Tasks::<T>::insert(id, task);
		Self::deposit_event(Event::ResultChallenged { task: id, challenger, bond });
		Self::deposit_event(Event::DissectionStarted { task: id, steps, turn, move_by });
		Ok(())
	}

	fn next_move_by() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number().saturating_add(T::MovePeriod::get())
	}

	/// Loads a task in a dissection game whose move is `turn`, before the move's deadline.
	fn game_at(id: TaskId, turn: Turn) -> Result<(TaskOf<T>, Game), DispatchError> {
		let (task, _) = Self::task_in_stage(
			id,
			|task| match task.status {
				TaskStatus::Dissecting { move_by } => Some(move_by),
				_ => None,
			},
			Error::<T>::NotDissecting,
			Error::<T>::MovePeriodOver,
		)?;
		let game = Games::<T>::get(id).ok_or_else(|| {
			defensive!("a task being dissected has a game");
			Error::<T>::NotDissecting
		})?;
		ensure!(game.turn == turn, Error::<T>::NotThisMove);
		Ok((task, game))
	}

	/// Records a move: the game's next turn and the next move's deadline.
	fn record_move(
		id: TaskId,
		mut task: TaskOf<T>,
		mut game: Game,
		turn: Turn,
	) -> BlockNumberFor<T> {
		let move_by = Self::next_move_by();
		game.turn = turn;
		game.moves = game.moves.saturating_add(1);
		Games::<T>::insert(id, game);
		Self::enter_stage(id, &mut task, TaskStatus::Dissecting { move_by });
		Tasks::<T>::insert(id, task);
		move_by
	}

	pub(crate) fn do_open_states(
		who: T::AccountId,
		id: TaskId,
		openings: Openings,
	) -> DispatchResult {
		let (task, mut game) = Self::game_at(id, Turn::Defender)?;
		let submission = Submissions::<T>::get(id).ok_or(Error::<T>::NotDissecting)?;
		ensure!(submission.worker == who, Error::<T>::NotGameWorker);
		let traced = submission.trace.ok_or(Error::<T>::TraceRequired)?;
		let range = Range { agreed: game.agreed.0, disputed: game.disputed.0 };
		let points = range.points(ARITY);
		ensure!(openings.len() == points.len(), Error::<T>::WrongOpeningCount);
		let states = game.steps.saturating_add(1);
		for (point, (state, siblings)) in points.iter().zip(openings.iter()) {
			let opened = dissection::opens::<Blake2>(
				&traced.root.0,
				states,
				*point,
				&State::from(*state),
				&proof(*point, states, siblings),
			);
			ensure!(opened, Error::<T>::StateNotInTrace);
		}

		game.opened =
			openings.iter().map(|(state, _)| *state).collect::<Vec<_>>().try_into().map_err(
				|_| {
					defensive!("openings and opened states share a bound");
					Error::<T>::WrongOpeningCount
				},
			)?;
		let move_by = Self::record_move(id, task, game, Turn::Challenger);
		Self::deposit_event(Event::StatesOpened {
			task: id,
			agreed: range.agreed,
			disputed: range.disputed,
			points: points.len() as u32,
			move_by,
		});
		Ok(())
	}

	pub(crate) fn do_name_part(who: T::AccountId, id: TaskId, part: u32) -> DispatchResult {
		let (task, mut game) = Self::game_at(id, Turn::Challenger)?;
		let challenge = Challenges::<T>::get(id).ok_or(Error::<T>::NotDissecting)?;
		ensure!(challenge.challenger == who, Error::<T>::NotGameChallenger);
		let range = Range { agreed: game.agreed.0, disputed: game.disputed.0 };
		let narrowed = range.narrow(ARITY, part).ok_or(Error::<T>::NoSuchPart)?;
		let opened = |i: u32| game.opened.get(i as usize).copied();
		let agreed = match part.checked_sub(1) {
			None => game.agreed.1,
			Some(before) => opened(before).ok_or(Error::<T>::NoSuchPart)?,
		};
		let disputed = if narrowed.disputed == game.disputed.0 {
			game.disputed.1
		} else {
			opened(part).ok_or(Error::<T>::NoSuchPart)?
		};

		game.agreed = (narrowed.agreed, agreed);
		game.disputed = (narrowed.disputed, disputed);
		game.opened = BoundedVec::new();
		let turn = if narrowed.is_one_step() { Turn::Step } else { Turn::Defender };
		let move_by = Self::record_move(id, task, game, turn);
		Self::deposit_event(Event::PartNamed {
			task: id,
			agreed: narrowed.agreed,
			disputed: narrowed.disputed,
			turn,
			move_by,
		});
		Ok(())
	}

	pub(crate) fn do_check_step(
		id: TaskId,
		input: StepInput,
		chunk: StepChunk,
		siblings: MerkleProof,
	) -> DispatchResult {
		let (task, game) = Self::game_at(id, Turn::Step)?;
		let manifest = Self::manifest(task.model)?;
		let step = game.agreed.0;
		let weights = proof(step, manifest.steps(), &siblings);
		let after = trace::check_step::<Blake2>(
			&manifest,
			step,
			&State::from(game.agreed.1),
			&as_i8(&input),
			&chunk,
			&weights,
		)
		.map_err(|e| match e {
			TraceError::WrongInput => Error::<T>::StepInputMismatch,
			TraceError::WrongChunk => Error::<T>::ChunkNotInModel,
			TraceError::ChunkLength => Error::<T>::StepChunkMismatch,
			TraceError::InputLength | TraceError::NoSuchStep => {
				defensive!("a game's step is a step of its model");
				Error::<T>::NotDissecting
			},
		})?;
		let worker_was_right = TraceState::from(after) == game.disputed.1;
		Self::deposit_event(Event::StepChecked { task: id, step, worker_was_right });
		Self::end_game(id, task, worker_was_right, SettlementRoute::Dissected)
	}

	/// Ends a game whose move is overdue: the side whose move it was loses. Run by the
	/// settling hook.
	pub(crate) fn settle_forfeited_game(id: TaskId, task: TaskOf<T>) -> DispatchResult {
		let game = Games::<T>::get(id).ok_or(Error::<T>::NotDissecting)?;
		// The worker owes the openings; every other move (naming a part, showing a wrong
		// step) is the challenger's.
		let worker_was_right = game.turn != Turn::Defender;
		Self::deposit_event(Event::MoveMissed { task: id, turn: game.turn });
		Self::end_game(id, task, worker_was_right, SettlementRoute::Forfeited)
	}

	fn end_game(
		id: TaskId,
		task: TaskOf<T>,
		worker_was_right: bool,
		route: SettlementRoute,
	) -> DispatchResult {
		let submission = Submissions::<T>::get(id).ok_or(Error::<T>::NotDissecting)?;
		let challenge: Challenge<_, _> =
			Challenges::<T>::take(id).ok_or(Error::<T>::NotDissecting)?;
		Games::<T>::remove(id);
		let outcome = Outcome::dispute(route, submission.worker, challenge, worker_was_right);
		Self::conclude(id, task, outcome)
	}
}
