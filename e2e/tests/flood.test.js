// Pool flood: thousands of market transactions from many accounts at once, some of them invalid.
// The node keeps producing and finalizing blocks, the pool rejects the invalid ones, every valid
// one lands (a few of them dispatching to a named error), and no block exceeds its weight limit.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { Keyring } from '@polkadot/keyring';

import { keyring, signAndWait, waitForFinalized } from '../lib/chain.js';
import { bestNumber, OPAQUE_MODEL, UNIT } from '../lib/market.js';
import { startNode } from '../lib/node.js';

const SENDERS = 40;
const PER_SENDER = 50;
const UNFUNDED = 100;
const FUNDS = 100n * UNIT;
const REWARD = 20n * (UNIT / 1000n);
const BOND = UNIT;

describe('pool flood', { timeout: 360_000 }, () => {
  let node;
  let api;
  let k;

  before(async () => {
    node = await startNode({ chain: 'dev', name: 'flood' });
    api = node.api;
    k = await keyring();
  });

  after(async () => {
    await node?.stop();
  });

  it(`lands ${SENDERS * PER_SENDER} valid transactions, rejects ${UNFUNDED} invalid ones, keeps blocks within limits`, async () => {
    const ring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    const senders = Array.from({ length: SENDERS }, (_, i) => ring.addFromUri(`//flood//${i}`));
    const unfunded = Array.from({ length: UNFUNDED }, (_, i) => ring.addFromUri(`//flood-empty//${i}`));

    // Fund the senders from Alice in one go (explicit nonces, no waiting in between).
    let nonce = (await api.rpc.system.accountNextIndex(k.alice.address)).toNumber();
    const funding = senders.map((s) =>
      api.tx.balances.transferKeepAlive(s.address, FUNDS).signAndSend(k.alice, { nonce: nonce++ }),
    );
    await Promise.all(funding);
    await signAndWait(api.tx.system.remark('0x00'), k.alice, { options: { nonce } });
    for (const s of senders) {
      const { data } = await api.query.system.account(s.address);
      assert.equal(data.free.toBigInt(), FUNDS, `${s.address} funded`);
    }

    const firstTask = (await api.query.inferenceMarket.nextTaskId()).toNumber();
    const startBlock = await bestNumber(api);
    const deadline = startBlock + 2000;
    // Every 10th transaction of a sender names an unknown model: valid for the pool, it lands and
    // dispatches to `UnknownModel`. The rest post real tasks.
    const failing = (j) => j % 10 === 9;
    const txs = [];
    for (const s of senders) {
      for (let j = 0; j < PER_SENDER; j += 1) {
        const model = failing(j) ? 999 : OPAQUE_MODEL;
        const tx = api.tx.inferenceMarket.postTask(model, `flood-${j}`, { reward: REWARD, workerBond: BOND, deadline, challengePeriod: 2, replicas: 1 });
        txs.push(tx.signAsync(s, { nonce: j }));
      }
    }
    const signed = await Promise.all(txs);
    const invalid = await Promise.all(
      unfunded.map((u) => api.tx.inferenceMarket.registerWorker(100n * UNIT).signAsync(u, { nonce: 0 })),
    );

    // Submit everything at once; the unfunded accounts cannot pay their fees.
    const results = await Promise.allSettled([...signed, ...invalid].map((tx) => api.rpc.author.submitExtrinsic(tx)));
    const accepted = results.slice(0, signed.length);
    const rejected = results.slice(signed.length);
    assert.equal(accepted.filter((r) => r.status === 'rejected').length, 0, String(accepted.find((r) => r.status === 'rejected')?.reason));
    assert.equal(rejected.filter((r) => r.status === 'rejected').length, UNFUNDED);
    assert.ok(rejected.every((r) => /1010|Invalid|pay/i.test(String(r.reason))), String(rejected[0].reason));

    // Wait until every sender's nonce shows all its transactions included.
    const landed = async () => {
      const nonces = await Promise.all(senders.map(async (s) => (await api.query.system.account(s.address)).nonce.toNumber()));
      return nonces.every((n) => n === PER_SENDER);
    };
    const until = Date.now() + 240_000;
    while (!(await landed())) {
      assert.ok(Date.now() < until, 'every valid transaction lands within four minutes');
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    const endBlock = await bestNumber(api);

    const posted = SENDERS * PER_SENDER - SENDERS * Array.from({ length: PER_SENDER }, (_, j) => j).filter(failing).length;
    assert.equal((await api.query.inferenceMarket.nextTaskId()).toNumber(), firstTask + posted);
    for (const u of unfunded.slice(0, 5)) {
      assert.equal((await api.query.system.account(u.address)).nonce.toNumber(), 0);
    }

    // No block went over its weight limit, and the flood took more than one block.
    const limits = api.consts.system.blockWeights;
    const maxNormal = limits.perClass.normal.maxTotal.unwrap().refTime.toBigInt();
    let failedDispatches = 0;
    let blocksWithFlood = 0;
    for (let n = startBlock + 1; n <= endBlock; n += 1) {
      const at = await api.at(await api.rpc.chain.getBlockHash(n));
      const weight = await at.query.system.blockWeight();
      assert.ok(weight.normal.refTime.toBigInt() <= maxNormal, `block #${n} exceeds the normal-class limit`);
      const events = await at.query.system.events();
      const failures = events.filter(({ event }) => event.section === 'system' && event.method === 'ExtrinsicFailed');
      failedDispatches += failures.length;
      if (events.some(({ event }) => event.section === 'inferenceMarket')) blocksWithFlood += 1;
    }
    assert.equal(failedDispatches, SENDERS * (PER_SENDER / 10));
    assert.ok(blocksWithFlood >= 1);

    // Blocks keep being produced and finalized past the flood.
    await waitForFinalized(api, endBlock + 1, { timeoutMs: 60_000 });
  });
});
