// Two validators on `--chain local` (Alice and Bob) connected over loopback: they must agree on
// finality and see each other's transactions.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { freeBalance, keyring, signAndWait, waitForFinalized, waitForFreeBalance } from '../lib/chain.js';
import { ALICE_NODE_KEY, BOB_NODE_KEY, startNode } from '../lib/node.js';

describe('local testnet (Alice + Bob validators)', { timeout: 240_000 }, () => {
  let aliceNode;
  let bobNode;
  let accounts;

  before(async () => {
    accounts = await keyring();
    aliceNode = await startNode({ chain: 'local', name: 'local-alice', authority: 'alice', nodeKey: ALICE_NODE_KEY });
    // The peer id comes from Alice's node over RPC (system_localPeerId), not from a constant.
    bobNode = await startNode({
      chain: 'local',
      name: 'local-bob',
      authority: 'bob',
      nodeKey: BOB_NODE_KEY,
      bootnodes: [aliceNode.multiaddr],
    });
  });

  after(async () => {
    await Promise.all([bobNode?.stop(), aliceNode?.stop()]);
  });

  it('runs both nodes on the same chain', async () => {
    const [genesisA, genesisB] = [aliceNode, bobNode].map(({ api }) => api.genesisHash.toHex());
    assert.equal(genesisB, genesisA);
    assert.notEqual(aliceNode.peerId, bobNode.peerId);
  });

  it('finalizes the same block hash on both nodes at height >= 3', async () => {
    const [headA, headB] = await Promise.all(
      [aliceNode, bobNode].map(({ api }) => waitForFinalized(api, 3, { timeoutMs: 90_000 })),
    );
    // Both have finalized at least up to `height`; their canonical hashes there must match.
    const height = Math.min(headA.number.toNumber(), headB.number.toNumber());
    assert.ok(height >= 3);
    const [hashA, hashB] = await Promise.all(
      [aliceNode, bobNode].map(async ({ api }) => (await api.rpc.chain.getBlockHash(height)).toHex()),
    );
    assert.equal(hashB, hashA, `nodes disagree on finalized block #${height}`);

    for (const node of [aliceNode, bobNode]) {
      const health = await node.api.rpc.system.health();
      assert.ok(health.peers.toNumber() >= 1, `${node.name} has no peers`);
    }
  });

  it('a transfer submitted to Bob\'s node shows up in Alice\'s node state', async () => {
    const { alice, charlie } = accounts;
    const amount = 987_654_321_000n;

    const { blockHash } = await signAndWait(
      bobNode.api.tx.balances.transferKeepAlive(charlie.address, amount),
      alice,
      { timeoutMs: 60_000 },
    );
    const { parentHash } = await bobNode.api.rpc.chain.getHeader(blockHash);
    const expected = (await freeBalance(bobNode.api, charlie.address, parentHash)) + amount;
    assert.equal(await freeBalance(bobNode.api, charlie.address, blockHash), expected);

    // Alice's node imports the block and its state reflects the transfer.
    const seen = await waitForFreeBalance(aliceNode.api, charlie.address, (free) => free === expected, {
      timeoutMs: 60_000,
      what: `Charlie's balance on Alice's node to reach ${expected}`,
    });
    assert.equal(seen, expected);
    assert.equal(await freeBalance(aliceNode.api, charlie.address, blockHash), expected);
  });
});
