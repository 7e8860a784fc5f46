// Restarts. A dev node with a persistent base path is stopped in the middle of an open task, a
// dispute and a quorum, all with drawn workers, and started again: every task, seat, stake, bond
// and balance is as before and the lifecycles complete. Then a two-validator local testnet with one validator stopped and
// restarted: Alice keeps producing blocks while Bob is down (GRANDPA needs more than two thirds
// of two validators, so finality waits for Bob), finality resumes with Bob back, and both nodes
// hold the same market state at the same finalized block.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

import { keyring, signAllAndWait, signAndWait, waitBlocks, waitForFinalized } from '../lib/chain.js';
import {
  bestNumber,
  BOND,
  marketEvent,
  OPAQUE_MODEL,
  REWARD,
  serveModel,
  STAKE,
  UNIT,
  waitForDraw,
  waitForMarketEvent,
} from '../lib/market.js';
import { ALICE_NODE_KEY, BOB_NODE_KEY, startNode } from '../lib/node.js';


/** The market's storage (tasks, records, queues and draws) and the participants' accounts, at a block. */
async function snapshot(api, at, accounts) {
  const source = await api.at(at);
  const market = await Promise.all(
    ['tasks', 'workers', 'submissions', 'challenges', 'commitments', 'routeTotals', 'dueAt', 'candidates', 'drawDueAt', 'openSeats'].map(
      async (name) =>
        (await source.query.inferenceMarket[name].entries()).map(([k, v]) => `${k.toHex()}=${v.toHex()}`).sort(),
    ),
  );
  const balances = await Promise.all(
    accounts.map(async (who) => [
      (await source.query.system.account(who)).toHex(),
      (await source.query.balances.holds(who)).toHex(),
    ]),
  );
  return { market, balances };
}

describe('restarts', { timeout: 420_000 }, () => {
  const dirs = [];
  const nodes = new Set();
  const tempDir = (name) => {
    const dir = mkdtempSync(path.join(tmpdir(), `market-${name}-`));
    dirs.push(dir);
    return dir;
  };
  const start = async (options) => {
    const node = await startNode(options);
    nodes.add(node);
    return node;
  };
  const stop = async (node) => {
    nodes.delete(node);
    await node.stop();
  };

  after(async () => {
    await Promise.all([...nodes].map((n) => n.stop()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every task, stake, bond and balance across a restart, and the lifecycles complete', async () => {
    const k = await keyring();
    const basePath = tempDir('dev');
    let node = await start({ chain: 'dev', name: 'restart-dev', basePath });
    let { api } = node;
    const terms = async (replicas) => ({ reward: REWARD, workerBond: BOND, deadline: (await bestNumber(api)) + 1000, challengePeriod: 3, replicas });
    const post = async (input, replicas = 1) => api.tx.inferenceMarket.postTask(OPAQUE_MODEL, input, await terms(replicas));
    const taskOf = ({ events }) => marketEvent(events, 'TaskPosted').data.task.toNumber();
    // All three workers serve the opaque model: each seat goes to whichever the draw names.
    const workers = [k.bob, k.dave, k.ferdie];
    const pairOf = (address) => workers.find((w) => w.address === address);
    const drawnFor = async (task) => (await waitForDraw(api, task)).workers.map(pairOf);
    await Promise.all(workers.map((w) => signAndWait(api.tx.inferenceMarket.registerWorker(STAKE), w)));
    await Promise.all(workers.map((w) => serveModel(api, w, OPAQUE_MODEL, BOND)));

    // The disputed task first: its worker answers and is challenged before the stop.
    const disputed = taskOf(await signAndWait(await post('disputed'), k.charlie));
    const [disputedWorker] = await drawnFor(disputed);
    const [, ...posts] = await signAllAndWait(api, [
      [api.tx.inferenceMarket.submitResult(disputed, 'answer'), disputedWorker],
      [await post('open'), k.charlie],
      [await post('quorum', 2), k.charlie],
    ]);
    const [open, quorum] = posts.map(taskOf);
    const [, [openWorker], quorumWorkers] = await Promise.all([
      signAndWait(api.tx.inferenceMarket.challenge(disputed, UNIT), k.eve),
      drawnFor(open),
      drawnFor(quorum),
    ]);
    assert.ok(openWorker, 'the open task has its worker');
    assert.equal(quorumWorkers.length, 2, 'the quorum has both its workers');
    // One quorum worker commits before the stop, the other after: the drawn workers answer
    // within `responsePeriod` blocks of the draw, and no blocks are built while the node is down.
    const [first, second] = quorumWorkers;
    const salt = `0x${'11'.repeat(32)}`;
    const commitment = await api.call.inferenceMarketApi.commitment('yes', salt, first.address);
    await signAndWait(api.tx.inferenceMarket.commitResult(quorum, commitment), first);

    const accounts = [k.alice, k.bob, k.charlie, k.dave, k.eve, k.ferdie].map((a) => a.address);
    const stoppedAt = (await api.rpc.chain.getHeader()).hash;
    const before = await snapshot(api, stoppedAt, accounts);
    await stop(node);

    node = await start({ chain: 'dev', name: 'restart-dev-2', basePath });
    api = node.api;
    assert.deepEqual(await snapshot(api, stoppedAt, accounts), before, 'state at the stopped block survived');
    // Nothing was due: the newest state still holds the same tasks in the same stages.
    const statuses = await Promise.all(
      [open, disputed, quorum].map(async (id) => (await api.query.inferenceMarket.tasks(id)).unwrap().status.type),
    );
    assert.deepEqual(statuses, ['Open', 'Disputed', 'Open']);

    // The lifecycles complete on the restarted node: the drawn workers still holding seats answer
    // first, in time.
    const settled = waitForMarketEvent(api, 'TaskSettled', (d) => d.task.toNumber() === open);
    const secondSalt = `0x${'22'.repeat(32)}`;
    const secondCommitment = await api.call.inferenceMarketApi.commitment('yes', secondSalt, second.address);
    await signAllAndWait(api, [
      [api.tx.inferenceMarket.submitResult(open, 'late but fine'), openWorker],
      [api.tx.inferenceMarket.commitResult(quorum, secondCommitment), second],
    ]);
    await Promise.all([
      signAndWait(api.tx.inferenceMarket.revealResult(quorum, 'yes', salt), first),
      signAndWait(api.tx.inferenceMarket.revealResult(quorum, 'yes', secondSalt), second),
    ]);
    const settling = waitForMarketEvent(api, 'TaskSettled', (d) => d.task.toNumber() === quorum);
    await signAndWait(api.tx.inferenceMarket.finalize(quorum), k.charlie);
    const route = (await settling).event.data.route;
    assert.equal(route.type, 'Quorum');
    assert.equal(route.asQuorum.agreeing.toNumber(), 2);

    const ruling = waitForMarketEvent(api, 'TaskSettled', (d) => d.task.toNumber() === disputed);
    await signAndWait(api.tx.sudo.sudo(api.tx.inferenceMarket.rule(disputed, true)), k.alice);
    assert.equal((await ruling).event.data.route.type, 'Arbitrated');

    assert.equal((await settled).event.data.route.type, 'Optimistic');
    // Every drawn worker answered: nobody forfeited for a seat left open across the restart.
    for (const w of workers) {
      const info = (await api.query.inferenceMarket.workers(w.address)).unwrap();
      assert.equal(info.stake.toBigInt(), STAKE, `${w.address} kept its stake`);
    }
  });

  it('a two-validator testnet survives a validator restart with no divergence', async () => {
    const k = await keyring();
    const [aliceDir, bobDir] = [tempDir('alice'), tempDir('bob')];
    // `--force-authoring`: a validator without peers stops authoring unless told to go on.
    const alice = await start({
      chain: 'local',
      name: 'restart-alice',
      authority: 'alice',
      nodeKey: ALICE_NODE_KEY,
      basePath: aliceDir,
      extraArgs: ['--force-authoring'],
    });
    const bobOptions = {
      chain: 'local',
      name: 'restart-bob',
      authority: 'bob',
      nodeKey: BOB_NODE_KEY,
      basePath: bobDir,
      bootnodes: [alice.multiaddr],
    };
    let bob = await start(bobOptions);
    await waitForFinalized(alice.api, 2, { timeoutMs: 90_000 });
    const deadline = (await bestNumber(alice.api)) + 1000;
    await signAndWait(alice.api.tx.inferenceMarket.postTask(OPAQUE_MODEL, 'kept', { reward: REWARD, workerBond: BOND, deadline, challengePeriod: 3, replicas: 1 }), k.charlie);
    const finalizedBefore = (await alice.api.rpc.chain.getHeader(await alice.api.rpc.chain.getFinalizedHead())).number.toNumber();

    await stop(bob);
    // Alice keeps authoring in her slots while Bob is down (GRANDPA needs both to finalize).
    const bestWhileDown = await bestNumber(alice.api);
    await waitBlocks(alice.api, 2, { timeoutMs: 60_000 });
    assert.ok((await bestNumber(alice.api)) >= bestWhileDown + 2);
    await signAndWait(alice.api.tx.inferenceMarket.registerWorker(STAKE), k.dave);

    bob = await start({ ...bobOptions, name: 'restart-bob-2' });
    const target = (await bestNumber(alice.api)) + 1;
    const [headA, headB] = await Promise.all(
      [alice, bob].map(({ api }) => waitForFinalized(api, Math.max(target, finalizedBefore + 3), { timeoutMs: 150_000 })),
    );
    const height = Math.min(headA.number.toNumber(), headB.number.toNumber());
    const [hashA, hashB] = await Promise.all(
      [alice, bob].map(async ({ api }) => (await api.rpc.chain.getBlockHash(height)).toHex()),
    );
    assert.equal(hashB, hashA, `the nodes disagree on finalized block #${height}`);
    const accounts = [k.charlie.address, k.dave.address];
    assert.deepEqual(
      await snapshot(bob.api, hashB, accounts),
      await snapshot(alice.api, hashA, accounts),
      'the market state diverged between the validators',
    );
    assert.ok((await bob.api.query.inferenceMarket.workers(k.dave.address)).isSome, 'Bob synced what happened while down');
  });
});
