// The market through a real dev node and Polkadot.js, with no custom types: an optimistic task,
// a wrong verifiable result slashed by on-chain re-execution, an opaque dispute ruled through
// Sudo, and a rejected call decoded by name. Balances are checked to the unit. Every task is
// drawn: each test first makes the worker it has answer the only candidate of the model, and
// waits for the hook's draw before submitting.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DispatchFailed, keyring, signAndWait, waitBlocks } from '../lib/chain.js';
import {
  auditDrawn,
  bestNumber,
  BOND,
  DIGITS_MODEL,
  digitVector,
  feePaid,
  freeAt,
  held,
  marketEvent,
  OPAQUE_MODEL,
  REWARD,
  serveAlone,
  STAKE,
  stopServing,
  UNIT,
  waitForDraw,
  waitForMarketEvent,
} from '../lib/market.js';
import { startNode } from '../lib/node.js';

const CHALLENGE_BOND = 2n * UNIT;
const PERIOD = 2;

describe('inference market on a dev node', { timeout: 300_000 }, () => {
  let node;
  let api;
  let k;

  before(async () => {
    node = await startNode({ chain: 'dev', name: 'market' });
    api = node.api;
    k = await keyring();
    // Bob serves the optimistic and opaque tasks, Ferdie is the worker caught lying.
    await signAndWait(api.tx.inferenceMarket.registerWorker(STAKE), k.bob);
    await signAndWait(api.tx.inferenceMarket.registerWorker(STAKE), k.ferdie);
  });

  /** Makes `worker` the only candidate of `model` among this suite's workers. */
  const serveOnly = (worker, model) => serveAlone(api, worker, model, BOND, [k.bob, k.ferdie, k.dave]);

  /** Waits for the draw of `task` and checks that it drew `worker` alone. */
  async function drawnFor(task, worker) {
    const { workers } = await waitForDraw(api, task);
    assert.deepEqual(workers, [worker.address], `task ${task} drawn for its only candidate`);
  }

  after(async () => {
    await node?.stop();
  });

  async function postTask(signer, model, input) {
    const deadline = (await bestNumber(api)) + 50;
    const { events, blockHash } = await signAndWait(
      api.tx.inferenceMarket.postTask(model, input, { reward: REWARD, workerBond: BOND, deadline, challengePeriod: PERIOD, replicas: 1 }),
      signer,
    );
    const posted = marketEvent(events, 'TaskPosted').data;
    // The market fee, a constant in the metadata (a Perbill), is paid on top of the reward.
    const parts = api.consts.inferenceMarket.marketFee.toBigInt();
    assert.equal(posted.fee.toBigInt(), (REWARD * parts + 999_999_999n) / 1_000_000_000n);
    return { task: posted.task.toNumber(), blockHash, auditFee: posted.auditFee.toBigInt() };
  }

  it('exposes the demo models registered at genesis', async () => {
    const digits = (await api.query.inferenceMarket.models(DIGITS_MODEL)).unwrap();
    assert.equal(digits.name.toUtf8(), 'digits-64-32-10');
    assert.ok(digits.kind.isVerifiable);
    assert.equal(digits.kind.asVerifiable.macs.toNumber(), 64 * 32 + 32 * 10);
    assert.ok((await api.query.inferenceMarket.models(OPAQUE_MODEL)).unwrap().kind.isOpaque);
  });

  it('settles an unchallenged digit task by the hook, audited or not, and pays the worker exactly', async () => {
    const { input, output } = digitVector(0);
    await serveOnly(k.bob, DIGITS_MODEL);
    const { task, blockHash: posted, auditFee } = await postTask(k.charlie, DIGITS_MODEL, input);
    assert.equal(await held(api, k.charlie.address, 'TaskReward', posted), REWARD);
    // The audit fee escrowed with the reward: what re-executing the digits model would cost.
    assert.ok(auditFee > 0n);
    assert.equal(await held(api, k.charlie.address, 'AuditFee', posted), auditFee);

    await drawnFor(task, k.bob);
    const { blockHash: submitted } = await signAndWait(
      api.tx.inferenceMarket.submitResult(task, output),
      k.bob,
    );
    const before = await freeAt(api, k.bob.address, submitted);
    const requesterBefore = await freeAt(api, k.charlie.address, submitted);

    // Nobody challenges; the pallet's hook settles the task by itself after the window, and
    // audits it if BABE's randomness draws it.
    const { blockHash, event, events } = await waitForMarketEvent(
      api,
      'TaskSettled',
      (data) => data.task.toNumber() === task,
    );
    const at = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
    const audited = await auditDrawn(api, task, at);
    assert.equal(event.data.route.type, audited ? 'Audited' : 'Optimistic');
    assert.equal(Boolean(marketEvent(events, 'TaskAudited')), audited);
    assert.equal(event.data.payout.type, 'WorkerPaid');
    assert.equal(await freeAt(api, k.bob.address, blockHash), before + REWARD);
    assert.equal(await held(api, k.charlie.address, 'TaskReward', blockHash), 0n);
    assert.equal(await held(api, k.charlie.address, 'AuditFee', blockHash), 0n);
    // An audit keeps the fee for the work; otherwise it comes back.
    assert.equal(await freeAt(api, k.charlie.address, blockHash), requesterBefore + (audited ? 0n : auditFee));
    const worker = (await (await api.at(blockHash)).query.inferenceMarket.workers(k.bob.address)).unwrap();
    assert.equal(worker.bonded.toBigInt(), 0n);
    assert.equal(worker.stats.settled.toNumber(), 1);
  });

  it('re-executes a wrong digit on chain and slashes the worker', async () => {
    const { input, output } = digitVector(1);
    // Change the first logit by one: still a well-shaped output, but not the model's.
    const first = (parseInt(output.slice(2, 4), 16) + 1) & 0xff;
    const wrong = `0x${first.toString(16).padStart(2, '0')}${output.slice(4)}`;
    await serveOnly(k.ferdie, DIGITS_MODEL);
    const { task, auditFee } = await postTask(k.eve, DIGITS_MODEL, input);
    await drawnFor(task, k.ferdie);
    const { blockHash: submitted } = await signAndWait(api.tx.inferenceMarket.submitResult(task, wrong), k.ferdie);
    const daveBefore = await freeAt(api, k.dave.address, submitted);
    const eveBefore = await freeAt(api, k.eve.address, submitted);
    const issuanceBefore = (await (await api.at(submitted)).query.balances.totalIssuance()).toBigInt();

    const { blockHash, events } = await signAndWait(
      api.tx.inferenceMarket.challenge(task, CHALLENGE_BOND),
      k.dave,
    );

    const reexecuted = marketEvent(events, 'ResultReExecuted');
    assert.equal(reexecuted.data.workerWasRight.isTrue, false);
    const slashed = marketEvent(events, 'Slashed');
    assert.equal(slashed.data.who.toString(), k.ferdie.address);
    assert.equal(slashed.data.amount.toBigInt(), BOND);
    const share = slashed.data.toWinner.toBigInt();
    assert.equal(share, BOND / 2n);

    const fee = feePaid(events, k.dave.address);
    assert.equal(await freeAt(api, k.dave.address, blockHash), daveBefore - fee + share);
    // The reward and the audit fee come back: the challenger paid for the re-execution.
    assert.equal(await freeAt(api, k.eve.address, blockHash), eveBefore + REWARD + auditFee);
    assert.equal(await held(api, k.ferdie.address, 'WorkerStake', blockHash), STAKE - BOND);
    assert.equal(await held(api, k.dave.address, 'ChallengeBond', blockHash), 0n);
    // Issuance falls by the burned half of the bond and by the burned fee.
    const issuance = (await (await api.at(blockHash)).query.balances.totalIssuance()).toBigInt();
    assert.equal(issuance, issuanceBefore - (BOND - share) - fee);
    const settled = marketEvent(events, 'TaskSettled');
    assert.equal(settled.data.route.type, 'ReExecuted');
    assert.equal(settled.data.payout.type, 'RequesterRefunded');
  });

  it('prices bonds by the audit chance: the runtime API quotes the least bond, a lower one is refused', async () => {
    const chance = api.consts.inferenceMarket.auditChance.toBigInt();
    assert.equal(chance, 250_000_000n, 'a quarter, in parts per billion');
    const least = (await api.call.inferenceMarketApi.minWorkerBond(DIGITS_MODEL, REWARD, 1)).unwrap().toBigInt();
    // p S > (1 - p) R at p = 1/4: S > 3 R.
    assert.equal(least, 3n * REWARD + 1n);
    const opaque = (await api.call.inferenceMarketApi.minWorkerBond(OPAQUE_MODEL, REWARD, 1)).unwrap().toBigInt();
    assert.equal(opaque, api.consts.inferenceMarket.minTaskBond.toBigInt(), 'opaque tasks are not audited');
    const deadline = (await bestNumber(api)) + 50;
    const terms = (workerBond) => ({ reward: REWARD, workerBond, deadline, challengePeriod: PERIOD, replicas: 1 });
    const { input } = digitVector(2);
    // Nobody serves the model here, so the task posted below can be cancelled (no worker is
    // drawn for it, nor left holding a seat it never answers).
    await stopServing(api, DIGITS_MODEL, [k.bob, k.ferdie, k.dave]);
    await assert.rejects(
      signAndWait(api.tx.inferenceMarket.postTask(DIGITS_MODEL, input, terms(least - 1n)), k.charlie),
      (error) => error instanceof DispatchFailed && /inferenceMarket\.BondBelowDetectionPrice/.test(error.message),
    );
    const { events } = await signAndWait(api.tx.inferenceMarket.postTask(DIGITS_MODEL, input, terms(least)), k.charlie);
    const posted = marketEvent(events, 'TaskPosted');
    assert.ok(posted);
    const { events: cancelled } = await signAndWait(api.tx.inferenceMarket.cancelTask(posted.data.task), k.charlie);
    assert.equal(marketEvent(cancelled, 'TaskSettled').data.route.type, 'Cancelled');
  });

  it('audits unchallenged wrong digits exactly when BABE randomness draws them, and slashes each one audited', async () => {
    const N = 12;
    const stake = 400n * UNIT;
    await signAndWait(api.tx.inferenceMarket.registerWorker(stake), k.dave);
    await serveOnly(k.dave, DIGITS_MODEL);
    const first = (await api.query.inferenceMarket.nextTaskId()).toNumber();
    const deadline = (await bestNumber(api)) + 50;
    const post = (i) => api.tx.inferenceMarket.postTask(DIGITS_MODEL, digitVector(i).input, { reward: REWARD, workerBond: BOND, deadline, challengePeriod: PERIOD, replicas: 1 });
    let nonce = (await api.rpc.system.accountNextIndex(k.charlie.address)).toNumber();
    await Promise.all(Array.from({ length: N }, (_, i) => signAndWait(post(i), k.charlie, { options: { nonce: nonce++ } })));
    // Dave, the only candidate, is drawn for every one of them (fewer than `maxOpenSeats`).
    assert.ok(N <= api.consts.inferenceMarket.maxOpenSeats.toNumber());
    for (let i = 0; i < N; i += 1) await drawnFor(first + i, k.dave);
    const wrongOf = (i) => {
      const { output } = digitVector(i);
      const byte = (parseInt(output.slice(2, 4), 16) + 1) & 0xff;
      return `0x${byte.toString(16).padStart(2, '0')}${output.slice(4)}`;
    };
    nonce = (await api.rpc.system.accountNextIndex(k.dave.address)).toNumber();
    await Promise.all(Array.from({ length: N }, (_, i) =>
      signAndWait(api.tx.inferenceMarket.submitResult(first + i, wrongOf(i)), k.dave, { options: { nonce: nonce++ } })));

    // Nobody challenges. `finalize` cannot settle them: the draw is the hook's.
    await assert.rejects(
      signAndWait(api.tx.inferenceMarket.finalize(first), k.eve),
      (error) => error instanceof DispatchFailed && /inferenceMarket\.(SettledByHook|NotDue)/.test(error.message),
    );
    const until = Date.now() + 120_000;
    let statuses;
    for (;;) {
      statuses = await Promise.all(Array.from({ length: N }, (_, i) => api.query.inferenceMarket.tasks(first + i)));
      if (statuses.every((t) => t.unwrap().status.isSettled)) break;
      assert.ok(Date.now() < until, 'every task settles within two minutes');
      await waitBlocks(api, 1);
    }
    let audited = 0;
    for (let i = 0; i < N; i += 1) {
      const { route, payout, at } = statuses[i].unwrap().status.asSettled;
      const drawn = await auditDrawn(api, first + i, at.toNumber());
      assert.equal(route.type, drawn ? 'Audited' : 'Optimistic', `task ${first + i}`);
      assert.equal(payout.type, drawn ? 'RequesterRefunded' : 'WorkerPaid');
      if (drawn) audited += 1;
    }
    const dave = (await api.query.inferenceMarket.workers(k.dave.address)).unwrap();
    assert.equal(dave.stats.lost.toNumber(), audited);
    assert.equal(dave.stake.toBigInt(), stake - BigInt(audited) * BOND);
    assert.equal(dave.stats.slashed.toBigInt(), BigInt(audited) * BOND);
    console.log(`audited ${audited} of ${N} unchallenged wrong digits (p = 1/4)`);
  });

  it('lets Root rule on an opaque dispute through Sudo', async () => {
    await serveOnly(k.bob, OPAQUE_MODEL);
    const { task } = await postTask(k.eve, OPAQUE_MODEL, 'Say hello');
    await drawnFor(task, k.bob);
    await signAndWait(api.tx.inferenceMarket.submitResult(task, 'hello'), k.bob);
    const { blockHash: challenged, events: challengeEvents } = await signAndWait(
      api.tx.inferenceMarket.challenge(task, CHALLENGE_BOND),
      k.dave,
    );
    assert.ok(marketEvent(challengeEvents, 'ResultChallenged'));
    const status = (await (await api.at(challenged)).query.inferenceMarket.tasks(task)).unwrap().status;
    assert.ok(status.isDisputed);
    const bobBefore = await freeAt(api, k.bob.address, challenged);

    const settling = waitForMarketEvent(api, 'TaskSettled', (d) => d.task.toNumber() === task);
    const ruled = await signAndWait(api.tx.sudo.sudo(api.tx.inferenceMarket.rule(task, true)), k.alice);
    assert.ok(ruled.events.some(({ event }) => event.section === 'sudo' && event.method === 'Sudid'
      && event.data.sudoResult.isOk));
    assert.ok(marketEvent(ruled.events, 'DisputeRuled').data.workerWasRight.isTrue);
    const ruledStatus = (await (await api.at(ruled.blockHash)).query.inferenceMarket.tasks(task)).unwrap().status;
    assert.ok(ruledStatus.isRuled, 'the ruling is recorded');
    assert.equal(ruledStatus.asRuled.upheld.unwrap().toNumber(), 0);

    // The settling hook carries the ruling out in the next block.
    const { blockHash, event: settled } = await settling;
    const ruledAt = (await api.rpc.chain.getHeader(ruled.blockHash)).number.toNumber();
    assert.equal((await api.rpc.chain.getHeader(blockHash)).number.toNumber(), ruledAt + 1);
    // The worker was right: it is paid the reward and half of the challenger's bond.
    assert.equal(await freeAt(api, k.bob.address, blockHash), bobBefore + REWARD + CHALLENGE_BOND / 2n);
    assert.equal(settled.data.route.type, 'Arbitrated');
    const totals = await (await api.at(blockHash)).query.inferenceMarket.routeTotals('Arbitrated');
    assert.equal(totals.tasks.toNumber(), 1);
  });

  it('rejects a task for an unknown model with a named error and changes nothing', async () => {
    const nextTask = (await api.query.inferenceMarket.nextTaskId()).toNumber();
    const deadline = (await bestNumber(api)) + 20;
    await assert.rejects(
      signAndWait(api.tx.inferenceMarket.postTask(99, '0x00', { reward: REWARD, workerBond: BOND, deadline, challengePeriod: PERIOD, replicas: 1 }), k.charlie),
      (error) => {
        assert.ok(error instanceof DispatchFailed);
        assert.match(error.message, /inferenceMarket\.UnknownModel/);
        return true;
      },
    );
    assert.equal((await api.query.inferenceMarket.nextTaskId()).toNumber(), nextTask);
  });
});
