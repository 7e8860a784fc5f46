// Bad input through a real node: every rejected call gets its precise error, the market's state
// and the caller's balances stay as they were (but for the fee of an included transaction), and
// the node keeps producing blocks.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DispatchFailed, keyring, signAndWait } from '../lib/chain.js';
import {
  bestNumber,
  BOND,
  DIGITS_MODEL,
  digitVector,
  feePaid,
  freeAt,
  marketEvent,
  OPAQUE_MODEL,
  REWARD,
  serveAlone,
  STAKE,
  UNIT,
  waitForDraw,
  waitForMarketEvent,
} from '../lib/market.js';
import { startNode } from '../lib/node.js';

const U128_MAX = (1n << 128n) - 1n;

describe('bad input through the node', { timeout: 300_000 }, () => {
  let node;
  let api;
  let k;

  before(async () => {
    node = await startNode({ chain: 'dev', name: 'bad-input' });
    api = node.api;
    k = await keyring();
    await Promise.all([
      signAndWait(api.tx.inferenceMarket.registerWorker(STAKE), k.bob),
      signAndWait(api.tx.inferenceMarket.registerWorker(STAKE), k.dave),
    ]);
  });

  after(async () => {
    await node?.stop();
  });

  /** Everything the market holds, to compare before and after a rejected call. */
  async function marketState(at) {
    const source = at ? await api.at(at) : api;
    const entries = await Promise.all(
      ['tasks', 'workers', 'submissions', 'challenges', 'commitments', 'routeTotals'].map(async (name) =>
        (await source.query.inferenceMarket[name].entries()).map(([key, value]) => `${key.toHex()}=${value.toHex()}`).sort(),
      ),
    );
    const next = (await source.query.inferenceMarket.nextTaskId()).toNumber();
    return { entries, next };
  }

  /** Submits `tx`, expects `section.Name`, and checks that only the fee changed. */
  async function rejects(tx, signer, errorName) {
    const before = await marketState();
    const head = (await api.rpc.chain.getHeader()).hash;
    const freeBefore = await freeAt(api, signer.address, head);
    let failure;
    await assert.rejects(signAndWait(tx, signer), (error) => {
      assert.ok(error instanceof DispatchFailed, `${errorName}: ${error}`);
      assert.equal(error.errorName, errorName);
      failure = error;
      return true;
    });
    assert.deepEqual(await marketState(failure.blockHash), before, `${errorName} changed the market`);
    const fee = feePaid(failure.events, signer.address);
    assert.ok(fee > 0n);
    assert.equal(await freeAt(api, signer.address, failure.blockHash), freeBefore - fee);
  }

  async function post(signer, model, input, { deadline, period = 2, replicas = 1, reward = REWARD, bond = BOND } = {}) {
    // Far deadlines: no task expires while a rejected call's state is compared.
    const d = deadline ?? (await bestNumber(api)) + 2000;
    return api.tx.inferenceMarket.postTask(model, input, { reward, workerBond: bond, deadline: d, challengePeriod: period, replicas });
  }

  it('refuses oversized input and output at the pool, before any fee', async () => {
    // A `BoundedVec` longer than its bound does not decode: the pool refuses the transaction
    // (RPC error 1002, the runtime cannot decode it), nothing is charged and nothing changes.
    const undecodable = /1002: Verification Error/;
    const before = await marketState();
    const charlieBefore = (await api.query.system.account(k.charlie.address)).data.free.toBigInt();
    const oversized = `0x${'07'.repeat(4097)}`;
    await assert.rejects(signAndWait(await post(k.charlie, OPAQUE_MODEL, oversized), k.charlie), undecodable);
    assert.deepEqual(await marketState(), before);
    assert.equal((await api.query.system.account(k.charlie.address)).data.free.toBigInt(), charlieBefore);

    const { events } = await signAndWait(await post(k.charlie, OPAQUE_MODEL, 'fine'), k.charlie);
    const task = marketEvent(events, 'TaskPosted').data.task.toNumber();
    const bobBefore = (await api.query.system.account(k.bob.address)).data.free.toBigInt();
    await assert.rejects(
      signAndWait(api.tx.inferenceMarket.submitResult(task, `0x${'01'.repeat(1025)}`), k.bob),
      undecodable,
    );
    // Still waiting for its draw (two blocks after the post), with no submission.
    assert.equal((await api.query.inferenceMarket.tasks(task)).unwrap().status.type, 'Drawing');
    assert.ok((await api.query.inferenceMarket.submissions(task)).isNone);
    assert.equal((await api.query.system.account(k.bob.address)).data.free.toBigInt(), bobBefore);
    // Cancelled before any worker is drawn, it cannot draw one of the later tests' workers.
    await signAndWait(api.tx.inferenceMarket.cancelTask(task), k.charlie);
  });

  it('names unknown models and tasks', async () => {
    await rejects(await post(k.charlie, 99, '0x00'), k.charlie, 'inferenceMarket.UnknownModel');
    await rejects(api.tx.inferenceMarket.finalize(999_999), k.charlie, 'inferenceMarket.UnknownTask');
    await rejects(api.tx.inferenceMarket.challenge(999_999, UNIT), k.charlie, 'inferenceMarket.UnknownTask');
  });

  it('names zero and overflowing amounts', async () => {
    await rejects(api.tx.inferenceMarket.registerWorker(0), k.charlie, 'inferenceMarket.StakeTooLow');
    await rejects(api.tx.inferenceMarket.addStake(0), k.bob, 'inferenceMarket.ZeroAmount');
    // The stake would overflow before any funds are touched.
    await rejects(api.tx.inferenceMarket.addStake(U128_MAX), k.bob, 'inferenceMarket.Overflow');
    await rejects(await post(k.charlie, OPAQUE_MODEL, 'x', { reward: U128_MAX }), k.charlie, 'Token.FundsUnavailable');
    await rejects(await post(k.charlie, OPAQUE_MODEL, 'x', { reward: 0 }), k.charlie, 'inferenceMarket.RewardTooLow');
    await rejects(await post(k.charlie, OPAQUE_MODEL, 'x', { bond: 0 }), k.charlie, 'inferenceMarket.BondTooLow');
  });

  it('names deadlines, windows and replicas out of bounds', async () => {
    const now = await bestNumber(api);
    await rejects(await post(k.charlie, OPAQUE_MODEL, 'x', { deadline: now }), k.charlie, 'inferenceMarket.DeadlineOutOfBounds');
    await rejects(
      await post(k.charlie, OPAQUE_MODEL, 'x', { deadline: now + 10 * 24 * 600 }),
      k.charlie,
      'inferenceMarket.DeadlineOutOfBounds',
    );
    await rejects(await post(k.charlie, OPAQUE_MODEL, 'x', { period: 1 }), k.charlie, 'inferenceMarket.ChallengePeriodOutOfBounds');
    await rejects(await post(k.charlie, OPAQUE_MODEL, 'x', { replicas: 0 }), k.charlie, 'inferenceMarket.ReplicasOutOfBounds');
    await rejects(await post(k.charlie, DIGITS_MODEL, '0x0102'), k.charlie, 'inferenceMarket.InputShapeMismatch');
  });

  it('names a worker serving its own task, a non-root ruling, locked bonds and a late challenge', async () => {
    const { input, output } = digitVector(6);
    const { events } = await signAndWait(await post(k.bob, DIGITS_MODEL, input), k.bob);
    const own = marketEvent(events, 'TaskPosted').data.task.toNumber();
    // Drawn (nobody serves the model, and a requester is never drawn), the task is open: the
    // requester still cannot serve it.
    assert.deepEqual((await waitForDraw(api, own)).workers, []);
    await rejects(api.tx.inferenceMarket.submitResult(own, output), k.bob, 'inferenceMarket.RequesterCannotServe');
    // Its empty seat would be drawn again a response period later, changing the task record
    // (its draw) while the checks below compare the market before and after each rejection.
    await signAndWait(api.tx.inferenceMarket.cancelTask(own), k.bob);

    // A window long enough for the checks below (each waits for a block). Dave alone serves
    // the opaque model, so he is drawn.
    await serveAlone(api, k.dave, OPAQUE_MODEL, BOND, [k.bob]);
    const { events: served } = await signAndWait(await post(k.charlie, OPAQUE_MODEL, 'q', { period: 30 }), k.charlie);
    const task = marketEvent(served, 'TaskPosted').data.task.toNumber();
    assert.deepEqual((await waitForDraw(api, task)).workers, [k.dave.address]);
    await signAndWait(api.tx.inferenceMarket.submitResult(task, 'a'), k.dave);
    // Dave's bond is locked in the task: he cannot unbond all his stake.
    await rejects(api.tx.inferenceMarket.unbond(STAKE), k.dave, 'inferenceMarket.InsufficientFreeStake');
    await rejects(api.tx.inferenceMarket.challenge(task, UNIT), k.dave, 'inferenceMarket.WorkerCannotChallenge');
    await signAndWait(api.tx.inferenceMarket.challenge(task, UNIT), k.eve);
    await rejects(api.tx.inferenceMarket.rule(task, true), k.charlie, 'BadOrigin');
  });

  it('names a challenge after the window and a double finalize', async () => {
    await serveAlone(api, k.bob, OPAQUE_MODEL, BOND, [k.dave]);
    const { events } = await signAndWait(await post(k.charlie, OPAQUE_MODEL, 'late'), k.charlie);
    const task = marketEvent(events, 'TaskPosted').data.task.toNumber();
    assert.deepEqual((await waitForDraw(api, task)).workers, [k.bob.address]);
    await signAndWait(api.tx.inferenceMarket.submitResult(task, 'a'), k.bob);
    // The hook settles the task in the block after its window; a challenge then is too late.
    await waitForMarketEvent(api, 'TaskSettled', (d) => d.task.toNumber() === task);
    await rejects(api.tx.inferenceMarket.challenge(task, UNIT), k.eve, 'inferenceMarket.AlreadySettled');
    await rejects(api.tx.inferenceMarket.finalize(task), k.eve, 'inferenceMarket.AlreadySettled');
  });

  it('keeps producing blocks', async () => {
    const start = await bestNumber(api);
    await new Promise((resolve) => setTimeout(resolve, 13_000));
    assert.ok((await bestNumber(api)) >= start + 2);
  });
});
