//! Types the pallet stores and reports.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::Get, BoundedVec, DefaultNoBound};
use scale_info::TypeInfo;
use sp_core::H256;

/// Identifier of a registered model.
pub type ModelId = u32;

/// Identifier of a posted task.
pub type TaskId = u64;

/// What the chain knows about a model.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum ModelKind {
	/// Only a commitment is on chain; outputs cannot be recomputed on chain, so disputes go to
	/// the arbiter.
	#[codec(index = 0)]
	Opaque {
		/// Hash of the model's weights, as committed by its owner.
		weights_hash: H256,
	},
	/// The quantized network is stored on chain (see `ModelCode`) and can be re-executed.
	#[codec(index = 1)]
	Verifiable {
		/// Bytes of input the network takes (one `i8` per byte).
		input_len: u32,
		/// Bytes of output the network produces.
		output_len: u32,
		/// Multiply-accumulate operations of one evaluation: the cost of re-execution.
		macs: u64,
	},
	/// Only the network's shape and a Merkle root over its weight chunks are on chain (see
	/// `Manifests`): a result carries a commitment to its execution trace, and a challenge is
	/// settled by a dissection game down to one step the chain re-executes.
	#[codec(index = 2)]
	Committed {
		/// Bytes of input the network takes (one `i8` per byte).
		input_len: u32,
		/// Bytes of output the network produces.
		output_len: u32,
		/// Multiply-accumulate operations of one evaluation.
		macs: u64,
		/// Steps of one evaluation, each at most `qmodel::committed::MAX_STEP_MACS`.
		steps: u32,
		/// The Merkle root over the weight chunks, in step order.
		weights_root: H256,
	},
}

impl ModelKind {
	/// The lengths of the input and output vectors, for a model whose network the chain
	/// knows the shape of (verifiable or committed).
	pub fn shape(&self) -> Option<(u32, u32)> {
		match self {
			Self::Verifiable { input_len, output_len, .. }
			| Self::Committed { input_len, output_len, .. } => Some((*input_len, *output_len)),
			Self::Opaque { .. } => None,
		}
	}
}

/// A registered model.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxNameLen))]
pub struct ModelInfo<AccountId, Balance, MaxNameLen: Get<u32>> {
	/// Who registered the model and holds its deposit.
	pub owner: AccountId,
	/// Deposit held on the owner for the model's storage.
	pub deposit: Balance,
	/// Human-readable name.
	pub name: BoundedVec<u8, MaxNameLen>,
	/// Where the model can be found off chain (may be empty for verifiable models).
	pub uri: BoundedVec<u8, MaxNameLen>,
	/// Opaque commitment or verifiable network.
	pub kind: ModelKind,
	/// Tasks using the model that were drawn and have not ended; the model can be retired
	/// only at zero.
	pub open_tasks: u32,
}

impl<AccountId, Balance, MaxNameLen: Get<u32>> ModelInfo<AccountId, Balance, MaxNameLen> {
	/// Whether the chain can re-execute this model whole.
	pub fn is_verifiable(&self) -> bool {
		matches!(self.kind, ModelKind::Verifiable { .. })
	}

	/// Whether the model is committed: disputes over it are dissection games.
	pub fn is_committed(&self) -> bool {
		matches!(self.kind, ModelKind::Committed { .. })
	}
}

/// Stake being unbonded by a worker.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Unbonding<Balance, BlockNumber> {
	/// Amount leaving the stake.
	pub amount: Balance,
	/// First block in which it can be withdrawn.
	pub unlocks_at: BlockNumber,
}

/// A worker's on-chain reputation.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	PartialEq,
	Eq,
	Default,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct WorkerStats<Balance> {
	/// Results submitted.
	pub served: u32,
	/// Results that settled with the worker paid.
	pub settled: u32,
	/// Challenges against the worker's results that the worker won.
	pub won: u32,
	/// Challenges against the worker's results that the worker lost.
	pub lost: u32,
	/// Total amount slashed from the worker's stake.
	pub slashed: Balance,
}

/// A registered worker.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct WorkerInfo<Balance, BlockNumber> {
	/// Everything held on the worker under `HoldReason::WorkerStake`.
	pub stake: Balance,
	/// Part of the stake locked as bonds of tasks the worker serves.
	pub bonded: Balance,
	/// Part of the stake locked as storage deposits of the worker's results and commitments,
	/// until their tasks are removed after the retention period.
	pub deposits: Balance,
	/// Part of the stake on its way out.
	pub unbonding: Option<Unbonding<Balance, BlockNumber>>,
	/// Reputation.
	pub stats: WorkerStats<Balance>,
}

/// How a task ended: the trust report's categories.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum SettlementRoute {
	/// Nobody challenged within the window: trusted, not checked.
	#[codec(index = 0)]
	Optimistic,
	/// Challenged and re-executed on chain: checked.
	#[codec(index = 1)]
	ReExecuted,
	/// Challenged and ruled by the arbiter: trusted third party.
	#[codec(index = 2)]
	Arbitrated,
	/// Challenged, and the arbiter did not rule in time: the optimistic default (the worker
	/// paid, the challenger forfeiting part of its bond): trusted, not checked.
	#[codec(index = 3)]
	Unresolved,
	/// No result by the deadline: reward returned.
	#[codec(index = 4)]
	Expired,
	/// Cancelled by the requester before any result.
	#[codec(index = 5)]
	Cancelled,
	/// A quorum of workers agreed: cross-checked off chain by independent workers.
	#[codec(index = 6)]
	Quorum {
		/// Workers whose revealed outputs formed the majority.
		agreeing: u8,
		/// Workers the task asked for.
		of: u8,
	},
	/// Unchallenged, then drawn for a random audit and re-executed on chain by the settling
	/// hook: checked. A wrong result was slashed and the reward refunded.
	#[codec(index = 7)]
	Audited,
	/// A result of a committed model, challenged and settled by a dissection game that ended
	/// at one step the chain re-executed: checked.
	#[codec(index = 8)]
	Dissected,
	/// A dissection game ended because the side whose move it was stayed silent past its
	/// deadline: the silent side lost, but no step was checked.
	#[codec(index = 9)]
	Forfeited,
}

impl SettlementRoute {
	/// Whether the result was checked on chain rather than trusted.
	pub fn is_verified_on_chain(&self) -> bool {
		matches!(self, Self::ReExecuted | Self::Audited | Self::Dissected)
	}

	/// Whether the task ended with a result (paid or disputed) rather than without one.
	pub fn had_result(&self) -> bool {
		!matches!(self, Self::Expired | Self::Cancelled)
	}
}

/// Who received the reward when a task ended.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Payout {
	/// The worker's result stood and the worker was paid.
	#[codec(index = 0)]
	WorkerPaid,
	/// The reward went back to the requester.
	#[codec(index = 1)]
	RequesterRefunded,
}

/// Where a task is in its life.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum TaskStatus<BlockNumber> {
	/// Waiting for a result (or, for a quorum task, for commitments) until the task's deadline.
	#[codec(index = 0)]
	Open,
	/// A quorum task has all its commitments; workers reveal up to and including `reveal_end`.
	#[codec(index = 1)]
	Revealing {
		/// Last block in which a worker may reveal.
		reveal_end: BlockNumber,
	},
	/// A result is in; it can be challenged up to and including `window_end`.
	#[codec(index = 2)]
	Submitted {
		/// Last block of the challenge window.
		window_end: BlockNumber,
	},
	/// The result of an opaque model is challenged, or its quorum reached no majority; the
	/// arbiter may rule up to and including `ruling_due`.
	#[codec(index = 3)]
	Disputed {
		/// Last block in which the arbiter may rule.
		ruling_due: BlockNumber,
	},
	/// The arbiter ruled on a disputed task (or a quorum that reached no majority); the
	/// settling hook pays and slashes by the ruling from the block after `at`.
	#[codec(index = 4)]
	Ruled {
		/// Block of the ruling.
		at: BlockNumber,
		/// The result the arbiter upheld, `None` if none is right. For a single-worker task
		/// `Some(0)` is its submission (the worker was right; `None`: the challenger was).
		/// For a quorum task, the index in its commitments of a worker that revealed the
		/// output the arbiter named; every worker that revealed the same output wins.
		upheld: Option<u8>,
	},
	/// The task has ended.
	#[codec(index = 5)]
	Settled {
		/// How it ended.
		route: SettlementRoute,
		/// Who received the reward.
		payout: Payout,
		/// Block in which it ended.
		at: BlockNumber,
	},
	/// The result of a committed model is challenged and a dissection game is being played
	/// (`Games`): the side whose turn it is must move up to and including `move_by`, or lose.
	#[codec(index = 7)]
	Dissecting {
		/// Last block of the current move.
		move_by: BlockNumber,
	},
	/// A task of a model with candidates, waiting for the settling hook to draw its workers
	/// in block `at` (two blocks after its post); it becomes `Open` once drawn. Nobody may
	/// serve it yet, and its requester may still cancel it.
	#[codec(index = 6)]
	Drawing {
		/// The block of the draw.
		at: BlockNumber,
	},
}

/// The terms a requester posts a task on.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct TaskTerms<Balance, BlockNumber> {
	/// Paid to the worker whose result stands (shared by a quorum's winners); escrowed.
	pub reward: Balance,
	/// Bond a worker locks out of its stake to serve the task.
	pub worker_bond: Balance,
	/// Last block in which a result (or a quorum's commitment) may be submitted.
	pub deadline: BlockNumber,
	/// Blocks a submitted result stays open to challenge; for a quorum task, blocks the workers
	/// have to reveal once all commitments are in.
	pub challenge_period: BlockNumber,
	/// Workers asked for: 1 is a single optimistic result, more is a quorum with commit-reveal.
	pub replicas: u8,
}

/// A posted task.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxInputLen, MaxReplicas))]
pub struct Task<AccountId, Balance, BlockNumber, MaxInputLen: Get<u32>, MaxReplicas: Get<u32>> {
	/// Who posted the task and escrows its reward.
	pub requester: AccountId,
	/// The model to run.
	pub model: ModelId,
	/// The model's input.
	pub input: BoundedVec<u8, MaxInputLen>,
	/// Paid to the worker whose result stands.
	pub reward: Balance,
	/// Bond a worker locks out of its stake to serve the task.
	pub worker_bond: Balance,
	/// Last block in which a result may be submitted.
	pub deadline: BlockNumber,
	/// Blocks a submitted result stays open to challenge; for a quorum task, blocks the workers
	/// have to reveal once all commitments are in.
	pub challenge_period: BlockNumber,
	/// Workers asked for: 1 is a single optimistic result, more is a quorum with commit-reveal.
	pub replicas: u8,
	/// Storage deposit held on the requester while the task is stored.
	pub deposit: Balance,
	/// The audit fee escrowed with the reward (held on the requester under
	/// `HoldReason::AuditFee`) while the task may still be audited: `None` for a task that is
	/// never audited, and once the task has ended.
	pub audit_fee: Option<Balance>,
	/// Where the task is in its life.
	pub status: TaskStatus<BlockNumber>,
	/// Its sortition: the workers drawn so far, and when the hook looks at it next. Kept in the
	/// task record, which every call that answers a seat writes anyway.
	pub draw: Draw<AccountId, BlockNumber, MaxReplicas>,
}

/// The state of a traced evaluation between two steps (`qmodel::trace::State`): digests of
/// the vector entering the current layer and of the current layer's rows computed so far.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct TraceState {
	/// Digest of the vector entering the current layer.
	pub x: H256,
	/// Digest of the current layer's rows computed so far.
	pub y: H256,
}

/// What a worker's result on a committed model commits to besides its output.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct TraceCommitment {
	/// The Merkle root over the states before every step and after the last
	/// (`qmodel::trace::Trace::root`).
	pub root: H256,
	/// The `x` of the last state: the digest of the vector entering the last layer. (Its `y` is
	/// the digest of the output, which the chain computes.)
	pub last_x: H256,
}

/// Whose move it is in a dissection game.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Turn {
	/// The worker opens the states that cut the disputed range (`open_states`).
	#[codec(index = 0)]
	Defender,
	/// The challenger names the part whose end it disputes (`name_part`).
	#[codec(index = 1)]
	Challenger,
	/// The range is one step: anyone may have the chain check it (`check_step`); if nobody
	/// does by the deadline, the challenger, who disputed it, loses.
	#[codec(index = 2)]
	Step,
}

/// Most states a worker opens in one move: one fewer than the parts a range is cut into.
pub type OpenedBound = frame_support::traits::ConstU32<{ qmodel::dissection::ARITY - 1 }>;

/// A dissection game over a traced result (see [`dissection`](crate::dissection)).
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Game {
	/// The state both sides accept: its index, and the state.
	pub agreed: (u32, TraceState),
	/// The state the challenger disputes: its index, and the worker's claim.
	pub disputed: (u32, TraceState),
	/// The states the worker opened inside the range, waiting for the challenger to name a
	/// part; empty on the worker's turn.
	pub opened: BoundedVec<TraceState, OpenedBound>,
	/// Whose move it is.
	pub turn: Turn,
	/// Moves made so far.
	pub moves: u8,
	/// Steps of the model's evaluation: the trace holds `steps + 1` states.
	pub steps: u32,
}

/// A worker's result for a task.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxOutputLen))]
pub struct Submission<AccountId, Balance, BlockNumber, MaxOutputLen: Get<u32>> {
	/// The worker.
	pub worker: AccountId,
	/// The output it claims.
	pub output: BoundedVec<u8, MaxOutputLen>,
	/// Block it was submitted in.
	pub submitted_at: BlockNumber,
	/// Storage deposit locked out of the worker's stake while the submission is stored.
	pub deposit: Balance,
	/// For a committed model, the worker's commitment to its execution trace.
	pub trace: Option<TraceCommitment>,
}

/// A quorum worker's commitment and, once revealed, its output.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxOutputLen))]
pub struct Commitment<AccountId, Balance, BlockNumber, MaxOutputLen: Get<u32>> {
	/// The worker.
	pub worker: AccountId,
	/// Block of the commitment.
	pub committed_at: BlockNumber,
	/// `blake2_256(SCALE(output, salt, worker))`.
	pub hash: H256,
	/// The output, once revealed and matched against `hash`.
	pub revealed: Option<BoundedVec<u8, MaxOutputLen>>,
	/// Storage deposit locked out of the worker's stake while the commitment is stored: for
	/// the longest output the model gives, which a reveal may store.
	pub deposit: Balance,
}

/// An open challenge of a submitted result.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Challenge<AccountId, Balance> {
	/// Who challenged.
	pub challenger: AccountId,
	/// The challenger's bond, held under `HoldReason::ChallengeBond`.
	pub bond: Balance,
}

/// Running totals of one settlement route.
/// A worker that opted in to serve a model: a candidate of the model's sortition.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Candidate<AccountId, Balance, BlockNumber> {
	/// The worker.
	pub worker: AccountId,
	/// The block it opted in (or last changed its terms) in: it is drawn only from two blocks
	/// later, so that it cannot join once the randomness of a draw is known.
	pub since: BlockNumber,
	/// The largest task bond it accepts: it is never drawn for a task asking more.
	pub max_bond: Balance,
	/// Its weight in the draw: its stake when it opted in, lowered by the draw when its stake
	/// fell since (a slash or a withdrawal). Opting in again raises it to the stake.
	pub stake: Balance,
}

/// A worker drawn to serve a task.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Seat<AccountId, BlockNumber> {
	/// The drawn worker; its task bond is locked from the draw on.
	pub worker: AccountId,
	/// Its share of the stake of the workers eligible when it was drawn: its chance of the draw.
	pub share: sp_runtime::Perbill,
	/// Last block in which it may submit (or commit); after it a silent worker forfeits
	/// `NoShowPenalty` of its bond to the requester and is replaced.
	pub answer_by: BlockNumber,
	/// Whether it submitted (or committed).
	pub answered: bool,
}

/// The sortition of one task: the workers drawn so far and when the hook looks at it next.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
	DefaultNoBound,
)]
#[scale_info(skip_type_params(MaxReplicas))]
pub struct Draw<AccountId, BlockNumber, MaxReplicas: Get<u32>> {
	/// Drawn workers, in draw order; a silent one is removed when it is replaced.
	pub seats: BoundedVec<Seat<AccountId, BlockNumber>, MaxReplicas>,
	/// The block under which the task waits in the draw queue (`DrawDueAt`): to replace a
	/// silent worker or draw seats nobody was eligible for; `None` once every seat answered
	/// or the task ended.
	pub next: Option<BlockNumber>,
	/// Draws that left a seat empty: after [`MAX_EMPTY_DRAWS`](crate::sortition::MAX_EMPTY_DRAWS)
	/// of them the empty seats are not drawn again, and the task waits for its deadline.
	pub empty_draws: u8,
}

#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	PartialEq,
	Eq,
	Default,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct RouteTotal<Balance> {
	/// Tasks that ended by this route.
	pub tasks: u64,
	/// Sum of those tasks' rewards.
	pub value: Balance,
}

/// The trust report: how the market's tasks ended and how much of their value was checked.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct TrustReport<Balance> {
	/// Tasks and value that ended unchallenged: trusted, not checked.
	pub optimistic: RouteTotal<Balance>,
	/// Tasks and value settled by re-execution on chain after a challenge or a quorum's
	/// disagreement: checked.
	pub re_executed: RouteTotal<Balance>,
	/// Tasks and value drawn for a random audit and re-executed on chain: checked.
	pub audited: RouteTotal<Balance>,
	/// Tasks and value of committed models settled by a dissection game down to one step
	/// re-executed on chain: checked.
	pub dissected: RouteTotal<Balance>,
	/// Tasks and value of dissection games a silent side lost: not checked.
	pub forfeited: RouteTotal<Balance>,
	/// Tasks and value settled by a quorum majority: cross-checked off chain.
	pub quorum: RouteTotal<Balance>,
	/// Tasks and value ruled by the arbiter: trusted third party.
	pub arbitrated: RouteTotal<Balance>,
	/// Disputes the arbiter left unruled.
	pub unresolved: RouteTotal<Balance>,
	/// Tasks without a result by their deadline.
	pub expired: RouteTotal<Balance>,
	/// Tasks cancelled before any result.
	pub cancelled: RouteTotal<Balance>,
	/// Share of the value of tasks that ended with a result which was checked on chain
	/// (re-executed, audited or dissected).
	pub verified_on_chain: sp_runtime::Perbill,
	/// Share of that value cross-checked by a quorum.
	pub cross_checked: sp_runtime::Perbill,
}

/// A task with everything submitted for it, as the runtime API and view functions report it.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct TaskDetails<Task, Submission, Commitment, Challenge, Balance, Seat> {
	/// The task.
	pub task: Task,
	/// The single worker's result, if any.
	pub submission: Option<Submission>,
	/// A quorum task's commitments and reveals, in commit order.
	pub commitments: alloc::vec::Vec<Commitment>,
	/// The open challenge, if any.
	pub challenge: Option<Challenge>,
	/// The audit fee escrowed with the reward, if the task may still be audited.
	pub audit_fee: Option<Balance>,
	/// The workers drawn to serve it, each with its share of the eligible stake.
	pub drawn: alloc::vec::Vec<Seat>,
	/// The dissection game over its result, while one is being played.
	pub game: Option<Game>,
}

/// A page of open tasks a worker could serve.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct OpenTasksPage<Task> {
	/// Tasks of the page with their identifiers.
	pub tasks: alloc::vec::Vec<(TaskId, Task)>,
	/// Where the next page starts (pass as `after`), or `None` at the end of the index.
	pub next: Option<TaskId>,
}
