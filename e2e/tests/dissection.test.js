// Dissection games through a real dev node and Polkadot.js: a committed model (its manifest on
// chain, its weights only here), results submitted with their trace roots, and the game played
// move by move with states, proofs and the final step computed by `lib/qmodel.js`, a second
// implementation of the format. A wrong worker is slashed at the step it computed wrongly, a
// false challenger loses at the step it drove the game to, and a silent worker loses when its
// move is overdue; balances are checked to the unit.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { keyring, signAndWait } from '../lib/chain.js';
import { BOND, bestNumber, feePaid, freeAt, held, marketEvent, REWARD, serveModel, STAKE, UNIT, waitForDraw, waitForMarketEvent } from '../lib/market.js';
import { startNode } from '../lib/node.js';
import { committedModel, i8bytes, layerOf, leaf as leafOfChunk, merkleProof, points, stateOf, trace, u8aToHex } from '../lib/qmodel.js';

const CHALLENGE_BOND = 4n * UNIT;
const INPUT = [3, -1, 4, 1];
// Two layers cut into twelve steps: 4 -> 16 two rows a step, 16 -> 4 one row a step.
const LAYERS = [[16, 1, true, 2], [4, 2, false, 1]];

describe('dissection games on a dev node', { timeout: 600_000 }, () => {
  let node;
  let api;
  let k;

  before(async () => {
    node = await startNode({ chain: 'dev', name: 'dissection' });
    api = node.api;
    k = await keyring();
    await signAndWait(api.tx.inferenceMarket.registerWorker(STAKE), k.bob);
    await signAndWait(api.tx.inferenceMarket.registerWorker(STAKE), k.ferdie);
  });

  after(async () => {
    await node?.stop();
  });

  /** Registers a committed model of `LAYERS` from Alice and returns it with its id. */
  async function registerModel(seed) {
    const model = committedModel(INPUT.length, LAYERS, seed);
    const { events } = await signAndWait(
      api.tx.inferenceMarket.registerCommittedModel('e2e-committed', 'file:///weights.bin', u8aToHex(model.manifest)),
      k.alice,
    );
    const id = marketEvent(events, 'ModelRegistered').data.model.toNumber();
    const kind = (await api.query.inferenceMarket.models(id)).unwrap().kind;
    assert.ok(kind.isCommitted);
    assert.equal(kind.asCommitted.steps.toNumber(), model.steps);
    return { model, id };
  }

  /** Has `worker` serve a task of model `id` from Charlie with the trace `traced`. */
  async function servedTask(id, worker, traced) {
    await serveModel(api, worker, id, BOND);
    const deadline = (await bestNumber(api)) + 60;
    const { events } = await signAndWait(
      api.tx.inferenceMarket.postTask(id, u8aToHex(i8bytes(INPUT)), { reward: REWARD, workerBond: BOND, deadline, challengePeriod: 20, replicas: 1 }),
      k.charlie,
    );
    const task = marketEvent(events, 'TaskPosted').data.task.toNumber();
    const { workers } = await waitForDraw(api, task);
    assert.deepEqual(workers, [worker.address]);
    const last = traced.states[traced.states.length - 1];
    const { blockHash } = await signAndWait(
      api.tx.inferenceMarket.submitTracedResult(task, u8aToHex(i8bytes(traced.output)), { root: u8aToHex(traced.root), lastX: u8aToHex(last.x) }),
      worker,
    );
    return { task, submitted: blockHash };
  }

  async function game(task) {
    return (await api.query.inferenceMarket.games(task)).unwrap();
  }

  /** The worker's move: the states at the range's cut points with their proofs. */
  async function open(task, worker, traced) {
    const g = await game(task);
    const cut = points(g.agreed[0].toNumber(), g.disputed[0].toNumber());
    const openings = cut.map((p) => [stateOf(traced.states[p]), merkleProof(traced.leaves, p)]);
    return signAndWait(api.tx.inferenceMarket.openStates(task, openings), worker);
  }

  /** The part an honest challenger names: the first whose end is not the honest state. */
  async function honestPart(task, honest) {
    const g = await game(task);
    const cut = points(g.agreed[0].toNumber(), g.disputed[0].toNumber());
    const index = cut.findIndex((p, i) => g.opened[i].y.toHex() !== u8aToHex(honest.states[p].y) || g.opened[i].x.toHex() !== u8aToHex(honest.states[p].x));
    return index === -1 ? cut.length : index;
  }

  /** The step's check with the honest vector entering its layer and its chunk. */
  async function checkStep(task, model, honest, who) {
    const step = (await game(task)).agreed[0].toNumber();
    const input = honest.layerInputs[layerOf(model, step)];
    return signAndWait(
      api.tx.inferenceMarket.checkStep(task, u8aToHex(i8bytes(input)), u8aToHex(model.chunks[step]), merkleProof(model.chunks.map((c) => leafOfChunk(c)), step)),
      who,
    );
  }

  /** Plays the game to its one step; returns the fees the worker and the challenger paid. */
  async function playToStep(task, worker, workerTrace, challenger, name) {
    const fees = { worker: 0n, challenger: 0n };
    for (;;) {
      const g = await game(task);
      if (g.turn.isStep) return fees;
      if (g.turn.isDefender) {
        const { events } = await open(task, worker, workerTrace);
        fees.worker += feePaid(events, worker.address);
      } else {
        const { events } = await signAndWait(api.tx.inferenceMarket.namePart(task, await name(task)), challenger);
        fees.challenger += feePaid(events, challenger.address);
      }
    }
  }

  it('slashes a wrong worker at the step it computed wrongly, after the game', async () => {
    const { model, id } = await registerModel(11);
    const honest = trace(model, INPUT);
    const wrong = trace(model, INPUT, 5);
    assert.notDeepEqual(wrong.output, honest.output);
    const { task, submitted } = await servedTask(id, k.ferdie, wrong);
    const daveBefore = await freeAt(api, k.dave.address, submitted);
    const charlieBefore = await freeAt(api, k.charlie.address, submitted);

    const { events: challenged } = await signAndWait(api.tx.inferenceMarket.challenge(task, CHALLENGE_BOND), k.dave);
    assert.equal(marketEvent(challenged, 'DissectionStarted').data.steps.toNumber(), 12);
    const fees = await playToStep(task, k.ferdie, wrong, k.dave, (t) => honestPart(t, honest));
    const g = await game(task);
    assert.deepEqual([g.agreed[0].toNumber(), g.disputed[0].toNumber()], [5, 6]);
    const { blockHash, events } = await checkStep(task, model, honest, k.dave);

    const checked = marketEvent(events, 'StepChecked').data;
    assert.equal(checked.step.toNumber(), 5);
    assert.equal(checked.workerWasRight.isTrue, false);
    const settled = marketEvent(events, 'TaskSettled').data;
    assert.equal(settled.route.type, 'Dissected');
    assert.equal(settled.payout.type, 'RequesterRefunded');
    const daveFees = feePaid(challenged, k.dave.address) + fees.challenger + feePaid(events, k.dave.address);
    assert.equal(await freeAt(api, k.dave.address, blockHash), daveBefore - daveFees + BOND / 2n);
    assert.equal(await held(api, k.dave.address, 'ChallengeBond', blockHash), 0n);
    assert.equal(await freeAt(api, k.charlie.address, blockHash), charlieBefore + REWARD);
    assert.equal(await held(api, k.ferdie.address, 'WorkerStake', blockHash), STAKE - BOND);
    const report = await api.call.inferenceMarketApi.trustReport();
    assert.equal(report.dissected.tasks.toNumber(), 1);
  });

  it('upholds an honest worker against a false challenger at whichever step it names', async () => {
    const { model, id } = await registerModel(12);
    const honest = trace(model, INPUT);
    const { task, submitted } = await servedTask(id, k.bob, honest);
    const bobBefore = await freeAt(api, k.bob.address, submitted);
    const eveBefore = await freeAt(api, k.eve.address, submitted);

    const { events: challenged } = await signAndWait(api.tx.inferenceMarket.challenge(task, CHALLENGE_BOND), k.eve);
    // Eve disputes the first part every time: it is honest, and so is its step.
    const fees = await playToStep(task, k.bob, honest, k.eve, async () => 0);
    const { blockHash, events } = await checkStep(task, model, honest, k.eve);

    assert.equal(marketEvent(events, 'StepChecked').data.workerWasRight.isTrue, true);
    const settled = marketEvent(events, 'TaskSettled').data;
    assert.equal(settled.route.type, 'Dissected');
    assert.equal(settled.payout.type, 'WorkerPaid');
    assert.equal(await freeAt(api, k.bob.address, blockHash), bobBefore - fees.worker + REWARD + CHALLENGE_BOND / 2n);
    const eveFees = feePaid(challenged, k.eve.address) + fees.challenger + feePaid(events, k.eve.address);
    assert.equal(await freeAt(api, k.eve.address, blockHash), eveBefore - eveFees - CHALLENGE_BOND);
    assert.equal(await held(api, k.eve.address, 'ChallengeBond', blockHash), 0n);
    assert.equal(await held(api, k.bob.address, 'WorkerStake', blockHash), STAKE);
  });

  it('rules against a worker that stays silent past its move', async () => {
    const { model, id } = await registerModel(13);
    const wrong = trace(model, INPUT, 2);
    // Ferdie was slashed in the first game: it tops its stake up to serve again.
    await signAndWait(api.tx.inferenceMarket.addStake(BOND), k.ferdie);
    const { task, submitted } = await servedTask(id, k.ferdie, wrong);
    const daveBefore = await freeAt(api, k.dave.address, submitted);
    const charlieBefore = await freeAt(api, k.charlie.address, submitted);
    const stakeBefore = await held(api, k.ferdie.address, 'WorkerStake', submitted);

    const { events: challenged } = await signAndWait(api.tx.inferenceMarket.challenge(task, CHALLENGE_BOND), k.dave);
    const moveBy = marketEvent(challenged, 'DissectionStarted').data.moveBy.toNumber();
    assert.equal(moveBy - (await bestNumber(api)), api.consts.inferenceMarket.movePeriod.toNumber());

    const { blockHash, events } = await waitForMarketEvent(api, 'TaskSettled', (d) => d.task.toNumber() === task, { timeoutMs: 240_000 });
    assert.equal(marketEvent(events, 'MoveMissed').data.turn.type, 'Defender');
    const at = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
    assert.equal(at, moveBy + 1);
    const settled = marketEvent(events, 'TaskSettled').data;
    assert.equal(settled.route.type, 'Forfeited');
    assert.equal(settled.payout.type, 'RequesterRefunded');
    assert.equal(await freeAt(api, k.dave.address, blockHash), daveBefore - feePaid(challenged, k.dave.address) + BOND / 2n);
    assert.equal(await freeAt(api, k.charlie.address, blockHash), charlieBefore + REWARD);
    assert.equal(await held(api, k.ferdie.address, 'WorkerStake', blockHash), stakeBefore - BOND);
    assert.equal((await api.query.inferenceMarket.games(task)).isNone, true);
  });
});
