// A quorum task on the demo digit classifier through a real dev node, read back through the
// market's runtime API with `api.call.inferenceMarketApi.*`: no hand-written types, everything
// comes from the metadata. Three workers opt in to the model, are all drawn for a three-seat
// task, commit and reveal; two accounts of one party reveal the same wrong output. On a verifiable model a majority is not proof: the disagreement is
// re-executed and the honest worker is paid, the colluders slashed.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { randomAsHex, blake2AsHex } from '@polkadot/util-crypto';

import { DispatchFailed, keyring, signAndWait } from '../lib/chain.js';
import {
  bestNumber,
  DIGITS_MODEL,
  digitVector,
  freeAt,
  held,
  marketEvent,
  serveModel,
  UNIT,
  waitForDraw,
  waitForMarketEvent,
} from '../lib/market.js';
import { startNode } from '../lib/node.js';

const STAKE = 100n * UNIT;
const REWARD = 6n * UNIT;
const BOND = 10n * UNIT;
const REVEAL_PERIOD = 20;

describe('quorum task and the market runtime API on a dev node', { timeout: 300_000 }, () => {
  let node;
  let api;
  let k;
  let workers;

  before(async () => {
    node = await startNode({ chain: 'dev', name: 'quorum' });
    api = node.api;
    k = await keyring();
    workers = [k.bob, k.dave, k.ferdie];
    await Promise.all(workers.map((w) => signAndWait(api.tx.inferenceMarket.registerWorker(STAKE), w)));
    // The three are the model's only candidates: a three-seat task draws each of them.
    await Promise.all(workers.map((w) => serveModel(api, w, DIGITS_MODEL, BOND)));
  });

  after(async () => {
    await node?.stop();
  });

  it('lists the runtime API in the metadata', async () => {
    assert.ok(api.call.inferenceMarketApi, 'api.call.inferenceMarketApi is decorated from the metadata');
    for (const method of ['task', 'worker', 'openTasks', 'trustReport', 'commitment', 'minWorkerBond']) {
      assert.equal(typeof api.call.inferenceMarketApi[method], 'function', method);
    }
  });

  it('re-executes a quorum two colluding accounts outvote, pays the honest worker and reports it', async () => {
    const { input, output } = digitVector(2);
    const first = (parseInt(output.slice(2, 4), 16) + 1) & 0xff;
    const wrong = `0x${first.toString(16).padStart(2, '0')}${output.slice(4)}`;
    // Bob is honest; Dave and Ferdie are one party with two staked accounts.
    const outputs = [output, wrong, wrong];
    const reportBefore = await api.call.inferenceMarketApi.trustReport();

    const deadline = (await bestNumber(api)) + 50;
    const { events: postEvents, blockHash: postedIn } = await signAndWait(
      api.tx.inferenceMarket.postTask(DIGITS_MODEL, input, { reward: REWARD, workerBond: BOND, deadline, challengePeriod: REVEAL_PERIOD, replicas: 3 }),
      k.charlie,
    );
    const task = marketEvent(postEvents, 'TaskPosted').data.task.toNumber();
    const offered = async (who, at) => {
      const source = at ? await api.at(at) : api;
      const page = await source.call.inferenceMarketApi.openTasks(who, null, 64);
      return page.tasks.some(([id]) => id.toNumber() === task);
    };

    // The view lists only the seats a worker was drawn for: nobody's before the draw.
    for (const w of workers) assert.ok(!(await offered(w.address, postedIn)), `task not offered to ${w.address} before the draw`);
    const { workers: drawn } = await waitForDraw(api, task);
    assert.deepEqual([...drawn].sort(), workers.map((w) => w.address).sort(), 'every candidate holds a seat');
    // Every drawn worker sees the task among those it can answer now, and holds the seat.
    for (const w of workers) {
      assert.ok(await offered(w.address), `task offered to ${w.address}`);
      const seats = await api.query.inferenceMarket.openSeats(w.address);
      assert.ok(seats.some((id) => id.toNumber() === task), `open seat of ${w.address}`);
    }
    // The requester is not offered its own task.
    assert.ok(!(await offered(k.charlie.address)));

    // Commit: the runtime API computes the commitment, and a client can compute it alone.
    const salts = workers.map(() => randomAsHex(32));
    const commitments = await Promise.all(
      workers.map(async (w, i) => {
        const viaApi = (await api.call.inferenceMarketApi.commitment(outputs[i], salts[i], w.address)).toHex();
        const local = blake2AsHex(api.createType('(Bytes, [u8; 32], AccountId)', [outputs[i], salts[i], w.address]).toU8a(), 256);
        assert.equal(viaApi, local);
        return viaApi;
      }),
    );
    const commits = await Promise.all(
      workers.map((w, i) => signAndWait(api.tx.inferenceMarket.commitResult(task, commitments[i]), w)),
    );
    assert.ok(commits.some(({ events }) => marketEvent(events, 'RevealStarted')), 'the third commitment opens the reveal');
    // Answered: the seats are closed.
    for (const w of workers) {
      assert.ok(!(await offered(w.address)), `task no longer offered to ${w.address}`);
      assert.ok(!(await api.query.inferenceMarket.openSeats(w.address)).some((id) => id.toNumber() === task));
    }

    // A reveal that does not match the commitment is rejected by name.
    await assert.rejects(
      signAndWait(api.tx.inferenceMarket.revealResult(task, output, salts[2]), k.ferdie),
      (error) => {
        assert.ok(error instanceof DispatchFailed);
        assert.equal(error.errorName, 'inferenceMarket.CommitmentMismatch');
        return true;
      },
    );

    const reveals = await Promise.all(
      workers.map((w, i) => signAndWait(api.tx.inferenceMarket.revealResult(task, outputs[i], salts[i]), w)),
    );
    assert.equal(reveals.filter(({ events }) => marketEvent(events, 'ResultRevealed')).length, 3);

    const during = (await api.call.inferenceMarketApi.task(task)).unwrap();
    assert.equal(during.task.replicas.toNumber(), 3);
    assert.equal(during.commitments.length, 3);
    assert.ok(during.commitments.every((c) => c.revealed.isSome));

    // Everyone revealed, so anyone may close the reveal period at once; the pallet's hook
    // settles the quorum in the next block.
    const winnersBefore = await Promise.all(
      workers.map(async (w) => freeAt(api, w.address, (await api.rpc.chain.getHeader()).hash)),
    );
    const settling = waitForMarketEvent(api, 'TaskSettled', (d) => d.task.toNumber() === task);
    const closed = await signAndWait(api.tx.inferenceMarket.finalize(task), k.charlie);
    assert.ok(marketEvent(closed.events, 'RevealClosed'), 'finalize closes the reveal period');
    assert.ok(!marketEvent(closed.events, 'TaskSettled'), 'finalize itself settles nothing');
    const { blockHash, event: settled } = await settling;
    const closedAt = (await api.rpc.chain.getHeader(closed.blockHash)).number.toNumber();
    const settledAt = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
    assert.equal(settledAt, closedAt + 1, 'the hook settles in the next block');
    assert.equal(settled.data.route.type, 'ReExecuted', 'the 2-of-3 wrong majority does not decide');
    const escalated = (await api.query.system.events.at(blockHash)).find(
      ({ event }) => event.section === 'inferenceMarket' && event.method === 'QuorumEscalated',
    );
    assert.equal(escalated?.event.data.largestAgreement.toNumber(), 2);

    // Bob takes the reward and half of each colluder's bond; each colluder loses its bond.
    assert.equal(await freeAt(api, k.bob.address, blockHash), winnersBefore[0] + REWARD + BOND);
    assert.equal(await freeAt(api, k.dave.address, blockHash), winnersBefore[1]);
    for (const colluder of [k.dave, k.ferdie]) {
      assert.equal(await held(api, colluder.address, 'WorkerStake', blockHash), STAKE - BOND);
    }
    assert.equal(await held(api, k.charlie.address, 'TaskReward', blockHash), 0n);

    // The runtime API reports the task, the workers and the trust report.
    const details = (await api.call.inferenceMarketApi.task(task)).unwrap();
    assert.ok(details.task.status.isSettled);
    assert.equal(details.task.status.asSettled.route.type, 'ReExecuted');
    const bob = (await api.call.inferenceMarketApi.worker(k.bob.address)).unwrap();
    assert.equal(bob.stats.settled.toNumber(), 1);
    assert.equal(bob.stats.won.toNumber(), 1);
    assert.equal(bob.bonded.toBigInt(), 0n);
    const ferdie = (await api.call.inferenceMarketApi.worker(k.ferdie.address)).unwrap();
    assert.equal(ferdie.stats.lost.toNumber(), 1);
    assert.equal(ferdie.stats.slashed.toBigInt(), BOND);
    assert.ok((await api.call.inferenceMarketApi.worker(k.charlie.address)).isNone);

    const report = await api.call.inferenceMarketApi.trustReport();
    assert.equal(report.quorum.tasks.toNumber(), reportBefore.quorum.tasks.toNumber());
    assert.equal(report.reExecuted.tasks.toNumber(), reportBefore.reExecuted.tasks.toNumber() + 1);
    assert.equal(report.reExecuted.value.toBigInt(), reportBefore.reExecuted.value.toBigInt() + REWARD);
    assert.ok(report.verifiedOnChain.toNumber() > 0);

    // The task is no longer offered to anyone.
    const page = await api.call.inferenceMarketApi.openTasks(k.bob.address, null, 64);
    assert.ok(!page.tasks.some(([id]) => id.toNumber() === task));
  });
});
