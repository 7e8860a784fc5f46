// The node's offchain worker serving and policing the market by itself. `--dev` puts Alice's
// `infr` key in the keystore; once Alice registers as a worker, her node opts in to the models it
// can serve (`serveModel` with its stake), serves the tasks it is drawn for (the digit classifier
// computed locally, an opaque model through a small HTTP inference server this test runs on
// loopback) and its watchtower challenges a wrong result that another worker submits.

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';

import { stringToU8a, u8aToHex } from '@polkadot/util';

import { keyring, signAndWait, waitBlocks } from '../lib/chain.js';
import {
  bestNumber,
  BOND,
  DIGITS_MODEL,
  digitVector,
  held,
  marketEvent,
  OPAQUE_MODEL,
  REWARD,
  serveModel,
  STAKE,
  UNIT,
  waitForDraw,
  waitForMarketEvent,
} from '../lib/market.js';
import { freePorts, startNode } from '../lib/node.js';

const PERIOD = 2;

/**
 * A tiny inference server: answers a POSTed input with `echo:` and the input, or, with
 * `hang`, never answers at all.
 */
async function startInferenceServer({ hang = false } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const input = Buffer.concat(chunks);
      requests.push({ method: req.method, url: req.url, input: input.toString() });
      if (hang) return;
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(Buffer.concat([Buffer.from('echo:'), input]));
    });
  });
  const [port] = await freePorts(1);
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/infer`,
    requests,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

describe('the offchain worker on a dev node', { timeout: 300_000 }, () => {
  let node;
  let api;
  let k;
  let inference;
  // Alice's opt-ins, by her node alone: `ServingStarted` per model, awaited by the first test.
  const optIns = new Map();

  before(async () => {
    inference = await startInferenceServer();
    node = await startNode({ chain: 'dev', name: 'offchain', extraArgs: ['--inference-endpoint', inference.url] });
    api = node.api;
    k = await keyring();
    for (const model of [DIGITS_MODEL, OPAQUE_MODEL]) {
      const started = waitForMarketEvent(
        api,
        'ServingStarted',
        (d) => d.worker.toString() === k.alice.address && d.model.toNumber() === model,
      );
      started.catch(() => {}); // awaited (and reported) by the test
      optIns.set(model, started);
    }
    // Alice's key is the node's `infr` key: registering her account turns her node into a worker.
    await signAndWait(api.tx.inferenceMarket.registerWorker(STAKE), k.alice);
  });

  after(async () => {
    await node?.stop();
    await inference?.stop();
  });

  async function post(signer, model, input, bond = BOND) {
    const deadline = (await bestNumber(api)) + 50;
    const { events } = await signAndWait(
      api.tx.inferenceMarket.postTask(model, input, { reward: REWARD, workerBond: bond, deadline, challengePeriod: PERIOD, replicas: 1 }),
      signer,
    );
    return marketEvent(events, 'TaskPosted').data.task.toNumber();
  }

  it('opts in by itself to the digits model and, with an endpoint configured, the opaque one', async () => {
    for (const [model, started] of optIns) {
      const { event } = await started;
      // Its whole stake is the most bond it accepts.
      assert.equal(event.data.maxBond.toBigInt(), STAKE, `max bond on model ${model}`);
      assert.equal(event.data.stake.toBigInt(), STAKE);
      const candidates = await api.query.inferenceMarket.candidates(model);
      assert.deepEqual(candidates.map((c) => c.worker.toString()), [k.alice.address], `candidates of model ${model}`);
    }
  });

  it('serves a digit task it was drawn for with the local evaluator, and the task settles without further action', async () => {
    const { input, output } = digitVector(4);
    const submitted = waitForMarketEvent(api, 'ResultSubmitted', (d) => d.worker.toString() === k.alice.address);
    const task = await post(k.charlie, DIGITS_MODEL, input);
    // The only candidate, Alice is drawn; her node answers the seat by itself.
    assert.deepEqual((await waitForDraw(api, task)).workers, [k.alice.address]);
    const { event } = await submitted;
    assert.equal(event.data.task.toNumber(), task);
    const submission = (await api.query.inferenceMarket.submissions(task)).unwrap();
    assert.equal(submission.output.toHex(), output, 'the node computed the chain’s exact output');

    const { event: settled } = await waitForMarketEvent(api, 'TaskSettled', (d) => d.task.toNumber() === task);
    // Unchallenged: settled optimistically, or audited (a quarter of the time) and found right.
    assert.ok(['Optimistic', 'Audited'].includes(settled.data.route.type), settled.data.route.type);
    assert.equal(settled.data.payout.type, 'WorkerPaid');
    const alice = (await api.query.inferenceMarket.workers(k.alice.address)).unwrap();
    assert.ok(alice.stats.settled.toNumber() >= 1);
  });

  it('serves an opaque task it was drawn for through the configured HTTP inference endpoint', async () => {
    const submitted = waitForMarketEvent(api, 'ResultSubmitted', (d) => d.worker.toString() === k.alice.address);
    const task = await post(k.charlie, OPAQUE_MODEL, 'hello model');
    assert.deepEqual((await waitForDraw(api, task)).workers, [k.alice.address]);
    const { event } = await submitted;
    assert.equal(event.data.task.toNumber(), task);
    const submission = (await api.query.inferenceMarket.submissions(task)).unwrap();
    assert.equal(submission.output.toUtf8(), 'echo:hello model');
    assert.ok(inference.requests.some((r) => r.method === 'POST' && r.input === 'hello model'));
  });

  it('keeps producing blocks when the endpoint hangs, and serves nothing it could not compute', async () => {
    const hanging = await startInferenceServer({ hang: true });
    try {
      // Point the node at the hanging server through RPC (offchain storage, SCALE-encoded URL).
      const key = u8aToHex(stringToU8a('inference-market::endpoint'));
      await api.rpc.offchain.localStorageSet('PERSISTENT', key, u8aToHex(api.createType('Bytes', hanging.url).toU8a()));
      const task = await post(k.charlie, OPAQUE_MODEL, 'anyone there?');
      assert.deepEqual((await waitForDraw(api, task)).workers, [k.alice.address]);
      const start = await bestNumber(api);
      await waitBlocks(api, 3, { timeoutMs: 60_000 });
      assert.ok((await bestNumber(api)) >= start + 3, 'blocks kept coming while the endpoint hung');
      assert.ok(hanging.requests.some((r) => r.input === 'anyone there?'), 'the worker did ask');
      assert.ok((await api.query.inferenceMarket.submissions(task)).isNone, 'and submitted nothing');
    } finally {
      await api.rpc.offchain.localStorageSet(
        'PERSISTENT',
        u8aToHex(stringToU8a('inference-market::endpoint')),
        u8aToHex(api.createType('Bytes', inference.url).toU8a()),
      );
      await hanging.stop();
    }
  });

  it('challenges a wrong digit submitted by another worker, which is slashed by re-execution', async () => {
    const { input, output } = digitVector(5);
    const first = (parseInt(output.slice(2, 4), 16) + 1) & 0xff;
    const wrong = `0x${first.toString(16).padStart(2, '0')}${output.slice(4)}`;
    // A bond above Alice's stake (the most bond she accepts): she is not drawn for this task,
    // Bob, who opts in for it, is.
    const bond = 150n * UNIT;
    await signAndWait(api.tx.inferenceMarket.registerWorker(200n * UNIT), k.bob);
    await serveModel(api, k.bob, DIGITS_MODEL, bond);
    const task = await post(k.charlie, DIGITS_MODEL, input, bond);
    assert.deepEqual((await waitForDraw(api, task)).workers, [k.bob.address]);

    const challenged = waitForMarketEvent(api, 'ResultChallenged', (d) => d.task.toNumber() === task);
    await signAndWait(api.tx.inferenceMarket.submitResult(task, wrong), k.bob);
    const { event, events, blockHash } = await challenged;
    assert.equal(event.data.challenger.toString(), k.alice.address, 'the watchtower challenged');
    const reexecuted = events.find(({ event: e }) => e.section === 'inferenceMarket' && e.method === 'ResultReExecuted');
    assert.equal(reexecuted.event.data.workerWasRight.isTrue, false);
    const settled = events.find(({ event: e }) => e.section === 'inferenceMarket' && e.method === 'TaskSettled');
    assert.equal(settled.event.data.route.type, 'ReExecuted');
    assert.equal(await held(api, k.bob.address, 'WorkerStake', blockHash), 200n * UNIT - bond);
  });
});
