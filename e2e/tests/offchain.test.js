// The node's offchain worker serving and policing the market by itself. `--dev` puts Alice's
// `infr` key in the keystore; once Alice registers as a worker, her node serves tasks (the digit
// classifier computed locally, an opaque model through a small HTTP inference server this test
// runs on loopback) and its watchtower challenges a wrong result that another worker submits.

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
  STAKE,
  UNIT,
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

  before(async () => {
    inference = await startInferenceServer();
    node = await startNode({ chain: 'dev', name: 'offchain', extraArgs: ['--inference-endpoint', inference.url] });
    api = node.api;
    k = await keyring();
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

  it('serves a digit task with the local evaluator, and the task settles without further action', async () => {
    const { input, output } = digitVector(4);
    const submitted = waitForMarketEvent(api, 'ResultSubmitted', (d) => d.worker.toString() === k.alice.address);
    const task = await post(k.charlie, DIGITS_MODEL, input);
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

  it('serves an opaque task through the configured HTTP inference endpoint', async () => {
    const submitted = waitForMarketEvent(api, 'ResultSubmitted', (d) => d.worker.toString() === k.alice.address);
    const task = await post(k.charlie, OPAQUE_MODEL, 'hello model');
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
      const start = await bestNumber(api);
      await waitBlocks(api, 4, { timeoutMs: 60_000 });
      assert.ok((await bestNumber(api)) >= start + 4, 'blocks kept coming while the endpoint hung');
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
    // A bond above Alice's free stake: her node cannot serve this task, Bob's can.
    const bond = 150n * UNIT;
    await signAndWait(api.tx.inferenceMarket.registerWorker(200n * UNIT), k.bob);
    const task = await post(k.charlie, DIGITS_MODEL, input, bond);

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
