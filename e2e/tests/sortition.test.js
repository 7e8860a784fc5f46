// Drawn workers on a dev node through Polkadot.js: every task is drawn by the chain two blocks
// after its post (BABE randomness, stake-weighted among the workers that opted in to its
// model), so a copier resending the drawn worker's output with a higher tip, and a requester
// cancelling with a higher tip after seeing the output in the pool, both land first in the same
// block, and both are refused.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DispatchFailed, keyring, signAndWait, waitBlocks } from '../lib/chain.js';
import {
  bestNumber,
  BOND,
  DIGITS_MODEL,
  digitVector,
  marketEvent,
  REWARD,
  serveModel,
  STAKE,
  UNIT,
  waitForMarketEvent,
} from '../lib/market.js';
import { startNode } from '../lib/node.js';

const HIGH_TIP = 10n * UNIT;

/** The index of the extrinsic whose events these are, in its block. */
function extrinsicIndex(events) {
  return events[0].phase.asApplyExtrinsic.toNumber();
}

describe('drawn workers on a dev node', { timeout: 300_000 }, () => {
  let node;
  let api;
  let k;
  let workers;

  before(async () => {
    node = await startNode({ chain: 'dev', name: 'sortition' });
    api = node.api;
    k = await keyring();
    workers = [k.dave, k.eve];
    for (const worker of workers) {
      await signAndWait(api.tx.inferenceMarket.registerWorker(STAKE), worker);
      await serveModel(api, worker, DIGITS_MODEL, 10n * BOND);
    }
    const candidates = await api.query.inferenceMarket.candidates(DIGITS_MODEL);
    assert.deepEqual(candidates.map((c) => c.worker.toString()).sort(), workers.map((w) => w.address).sort());
  });

  after(async () => {
    await node?.stop();
  });

  /** Charlie posts a digit task; resolves with its id and, once drawn, its drawn worker. */
  async function postAndDraw(input) {
    const deadline = (await bestNumber(api)) + 40;
    const { events, blockHash } = await signAndWait(
      api.tx.inferenceMarket.postTask(DIGITS_MODEL, input, { reward: REWARD, workerBond: BOND, deadline, challengePeriod: 2, replicas: 1 }),
      k.charlie,
    );
    const postedEvent = marketEvent(events, 'TaskPosted').data;
    const task = postedEvent.task.toNumber();
    const posted = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
    // The post names the block of its draw.
    assert.equal(postedEvent.drawAt.toNumber(), posted + 2);
    const { event, blockHash: drawnIn } = await waitForMarketEvent(api, 'WorkerDrawn', (d) => d.task.toNumber() === task);
    // Drawn by the hook two blocks after the post, from randomness of a later block.
    assert.equal((await api.rpc.chain.getHeader(drawnIn)).number.toNumber(), posted + 2);
    const drawn = workers.find((w) => w.address === event.data.worker.toString());
    const other = workers.find((w) => w !== drawn);
    // The view shows the seat: the drawn worker's share of the eligible stake (half each).
    const details = (await api.call.inferenceMarketApi.task(task)).unwrap();
    assert.equal(details.drawn.length, 1);
    assert.equal(details.drawn[0].worker.toString(), drawn.address);
    assert.equal(details.drawn[0].share.toNumber(), 500_000_000);
    return { task, drawn, other };
  }

  /** Sends both transactions right after a new block, so they land in the same block. */
  async function sameBlock(first, second) {
    await waitBlocks(api, 1);
    return Promise.allSettled([first(), second()]);
  }

  it('lets the requester cancel before the draw, and nobody serve before it', async () => {
    const { input, output } = digitVector(0);
    const deadline = (await bestNumber(api)) + 40;
    const { events } = await signAndWait(
      api.tx.inferenceMarket.postTask(DIGITS_MODEL, input, { reward: REWARD, workerBond: BOND, deadline, challengePeriod: 2, replicas: 1 }),
      k.charlie,
    );
    const task = marketEvent(events, 'TaskPosted').data.task.toNumber();
    assert.ok((await api.query.inferenceMarket.tasks(task)).unwrap().status.isDrawing);
    // Both land in the block after the post, before the draw (two blocks after it); the
    // submission's tip puts it first.
    const [served, cancelled] = await Promise.allSettled([
      signAndWait(api.tx.inferenceMarket.submitResult(task, output), k.dave, { options: { tip: HIGH_TIP } }),
      signAndWait(api.tx.inferenceMarket.cancelTask(task), k.charlie),
    ]);
    assert.equal(served.status, 'rejected');
    assert.ok(served.reason instanceof DispatchFailed, String(served.reason));
    assert.equal(served.reason.errorName, 'inferenceMarket.NotDrawn');
    assert.equal(cancelled.status, 'fulfilled', String(cancelled.reason));
    assert.equal(marketEvent(cancelled.value.events, 'TaskSettled').data.route.toString(), 'Cancelled');
  });

  it('refuses a copier that resends the drawn worker\'s output with a higher tip in the same block', async () => {
    const { input, output } = digitVector(1);
    const { task, drawn, other: copier } = await postAndDraw(input);
    const [honest, copied] = await sameBlock(
      () => signAndWait(api.tx.inferenceMarket.submitResult(task, output), drawn),
      () => signAndWait(api.tx.inferenceMarket.submitResult(task, output), copier, { options: { tip: HIGH_TIP } }),
    );
    assert.equal(honest.status, 'fulfilled');
    assert.equal(copied.status, 'rejected');
    assert.ok(copied.reason instanceof DispatchFailed, String(copied.reason));
    assert.equal(copied.reason.errorName, 'inferenceMarket.NotDrawn');
    // Same block, and the copier's higher tip put it first: it still lost.
    assert.equal(copied.reason.blockHash.toHex(), honest.value.blockHash.toHex());
    assert.ok(extrinsicIndex(copied.reason.events) < extrinsicIndex(honest.value.events));
    const submitted = marketEvent(honest.value.events, 'ResultSubmitted').data;
    assert.equal(submitted.worker.toString(), drawn.address);
    const stored = (await api.query.inferenceMarket.submissions(task)).unwrap();
    assert.equal(stored.worker.toString(), drawn.address);
  });

  it('refuses a requester cancelling with a higher tip once the output is in the pool', async () => {
    const { input, output } = digitVector(2);
    const { task, drawn } = await postAndDraw(input);
    const [served, cancel] = await sameBlock(
      () => signAndWait(api.tx.inferenceMarket.submitResult(task, output), drawn),
      () => signAndWait(api.tx.inferenceMarket.cancelTask(task), k.charlie, { options: { tip: HIGH_TIP } }),
    );
    assert.equal(served.status, 'fulfilled');
    assert.equal(cancel.status, 'rejected');
    assert.ok(cancel.reason instanceof DispatchFailed, String(cancel.reason));
    assert.equal(cancel.reason.errorName, 'inferenceMarket.WorkersDrawn');
    assert.equal(cancel.reason.blockHash.toHex(), served.value.blockHash.toHex());
    assert.ok(extrinsicIndex(cancel.reason.events) < extrinsicIndex(served.value.events));
    // The reward stays escrowed for the worker: the task is in its challenge window.
    const status = (await (await api.at(served.value.blockHash)).query.inferenceMarket.tasks(task)).unwrap().status;
    assert.ok(status.isSubmitted);
  });
});
