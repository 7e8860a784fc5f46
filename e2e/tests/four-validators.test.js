// Four BABE + GRANDPA validators on `--chain local4` (Alice, Bob, Charlie, Dave), each its own
// process on loopback. GRANDPA finalizes with more than two thirds of the votes, so any three
// validators finalize, and two against two cannot.
//
// Every node runs `--reserved-only` with the other three as reserved peers: a partition is made
// by removing reserved peers over RPC (`system_removeReservedPeer`, which closes the block,
// transaction and GRANDPA substreams to that peer) and healed by adding them back.
//
// The test, in order: all four finalize; Dave is killed and the other three keep finalizing;
// Dave restarts on his database and catches up to the same finalized chain; {Alice, Bob} and
// {Charlie, Dave} are cut apart, both halves keep authoring but finality stalls; the partition
// heals, finality resumes past the stall, and all four agree on the finalized block and its state.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { keyring, signAndWait, waitBlocks, waitForFinalized } from '../lib/chain.js';
import { startNode } from '../lib/node.js';

const NAMES = ['alice', 'bob', 'charlie', 'dave'];
const nodeKey = (i) => (i + 1).toString(16).padStart(64, '0');

const finalizedNumber = async (api) =>
  (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
const bestNumber = async (api) => (await api.rpc.chain.getHeader()).number.toNumber();

/** Hash and state root of block `height` on `api`'s canonical chain. */
async function blockAt(api, height) {
  const hash = await api.rpc.chain.getBlockHash(height);
  const header = await api.rpc.chain.getHeader(hash);
  return { hash: hash.toHex(), stateRoot: header.stateRoot.toHex() };
}

/** Waits until every node's finalized head is at least `height`; returns the lowest head. */
async function allFinalize(nodes, height, timeoutMs) {
  const heads = await Promise.all(nodes.map(({ api }) => waitForFinalized(api, height, { timeoutMs })));
  return Math.min(...heads.map((h) => h.number.toNumber()));
}

/** Asserts that all `nodes` have the same block, with the same state root, at `height`. */
async function assertSameBlock(nodes, height, what) {
  const blocks = await Promise.all(nodes.map(({ api }) => blockAt(api, height)));
  for (const [i, block] of blocks.entries()) {
    assert.deepEqual(block, blocks[0], `${what}: ${nodes[i].name} differs from ${nodes[0].name} at #${height}`);
  }
}

describe('four validators (BABE + GRANDPA, --chain local4)', { timeout: 900_000 }, () => {
  const dirs = NAMES.map((name) => mkdtempSync(path.join(tmpdir(), `im-four-${name}-`)));
  const nodes = [];
  let accounts;

  const options = (i) => ({
    chain: 'local4',
    name: `four-${NAMES[i]}`,
    authority: NAMES[i],
    nodeKey: nodeKey(i),
    basePath: dirs[i],
    extraArgs: ['--reserved-only', '--rpc-methods', 'unsafe'],
  });

  /** Makes `a` and `b` reserved peers of each other (both sides: reserved-only refuses others). */
  async function link(a, b) {
    await a.api.rpc.system.addReservedPeer(b.multiaddr);
    await b.api.rpc.system.addReservedPeer(a.multiaddr);
  }

  async function unlink(a, b) {
    await a.api.rpc.system.removeReservedPeer(b.peerId);
    await b.api.rpc.system.removeReservedPeer(a.peerId);
  }

  async function waitPeers(node, count, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const peers = (await node.api.rpc.system.health()).peers.toNumber();
      if (peers === count) return;
      if (Date.now() > deadline) assert.fail(`${node.name} has ${peers} peers, expected ${count}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  before(async () => {
    accounts = await keyring();
    for (let i = 0; i < NAMES.length; i += 1) nodes.push(await startNode(options(i)));
    for (let i = 0; i < nodes.length; i += 1) {
      for (let j = i + 1; j < nodes.length; j += 1) await link(nodes[i], nodes[j]);
    }
    await Promise.all(nodes.map((node) => waitPeers(node, 3)));
  });

  after(async () => {
    await Promise.all(nodes.map((node) => node?.stop()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('all four author and finalize the same chain', async () => {
    const config = await nodes[0].api.call.babeApi.configuration();
    assert.equal(config.authorities.length, 4);
    assert.equal((await nodes[0].api.query.grandpa.authorities()).length, 4);

    const height = await allFinalize(nodes, 4, 120_000);
    await assertSameBlock(nodes, height, 'finalized block');
  });

  it('three of four keep finalizing while one validator is down, and it catches up on restart', async () => {
    const dave = nodes[3];
    await dave.stop();
    const live = nodes.slice(0, 3);
    const before = await finalizedNumber(live[0].api);

    // A transfer while Dave is down, so that catching up has state to bring.
    const amount = 5_555_000_000_000n;
    const { blockHash } = await signAndWait(
      live[0].api.tx.balances.transferKeepAlive(accounts.ferdie.address, amount),
      accounts.eve,
      { finalized: true, timeoutMs: 120_000 },
    );
    const height = await allFinalize(live, before + 3, 120_000);
    assert.ok(height >= before + 3, `finality stopped at #${height} with three validators`);
    await assertSameBlock(live, height, 'finalized block while Dave is down');

    nodes[3] = await startNode(options(3));
    for (const other of live) await link(other, nodes[3]);
    await waitPeers(nodes[3], 3);
    const target = await finalizedNumber(live[0].api);
    await allFinalize([nodes[3]], target, 180_000);
    await assertSameBlock(nodes, target, 'finalized block after Dave caught up');
    const included = (await live[0].api.rpc.chain.getHeader(blockHash)).number.toNumber();
    assert.equal((await nodes[3].api.rpc.chain.getBlockHash(included)).toHex(), blockHash.toHex());
  });

  it('two against two stalls finality; healing the partition resumes it with no divergence', async () => {
    const [a, b, c, d] = nodes;
    for (const left of [a, b]) {
      for (const right of [c, d]) await unlink(left, right);
    }
    await Promise.all([waitPeers(a, 1), waitPeers(b, 1), waitPeers(c, 1), waitPeers(d, 1)]);

    // A round that had gathered its votes before the cut may still conclude: let it, then read
    // the stalled finalized head of each side.
    await Promise.all([waitBlocks(a.api, 2, { timeoutMs: 90_000 }), waitBlocks(c.api, 2, { timeoutMs: 90_000 })]);
    const stalled = await Promise.all(nodes.map(({ api }) => finalizedNumber(api)));
    const bestAtCut = await Promise.all([a, c].map(({ api }) => bestNumber(api)));

    // Both halves keep authoring in their own slots (primary and secondary), each on its fork.
    await Promise.all([waitBlocks(a.api, 4, { timeoutMs: 180_000 }), waitBlocks(c.api, 4, { timeoutMs: 180_000 })]);
    const bestNow = await Promise.all([a, c].map(({ api }) => bestNumber(api)));
    assert.ok(bestNow[0] >= bestAtCut[0] + 4 && bestNow[1] >= bestAtCut[1] + 4, 'a half stopped authoring');
    const forkHeight = Math.min(...bestNow);
    assert.notEqual(
      (await blockAt(a.api, forkHeight)).hash,
      (await blockAt(c.api, forkHeight)).hash,
      'the two halves should author different blocks while cut apart',
    );
    const stillStalled = await Promise.all(nodes.map(({ api }) => finalizedNumber(api)));
    assert.deepEqual(stillStalled, stalled, 'a half of two validators finalized a block on its own');

    for (const left of [a, b]) {
      for (const right of [c, d]) await link(left, right);
    }
    await Promise.all(nodes.map((node) => waitPeers(node, 3)));
    const resumed = await allFinalize(nodes, Math.max(...stalled) + 3, 300_000);
    await assertSameBlock(nodes, resumed, 'finalized block after the partition healed');
    // Every finalized block from the stall on is the same on all four, state roots included.
    for (let height = Math.min(...stalled); height <= resumed; height += 1) {
      await assertSameBlock(nodes, height, 'finalized chain');
    }
  });
});
