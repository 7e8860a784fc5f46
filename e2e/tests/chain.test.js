// Single-node `--dev` chain: metadata, chain properties, a balance transfer, finality.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { u8aToHex } from '@polkadot/util';

import { freeBalance, keyring, signAndWait, waitBlocks, waitForFinalized } from '../lib/chain.js';
import { startNode } from '../lib/node.js';

const EXPECTED_RUNTIME_APIS = [
  'Core',
  'Metadata',
  'BlockBuilder',
  'TaggedTransactionQueue',
  'OffchainWorkerApi',
  'BabeApi',
  'GrandpaApi',
  'AccountNonceApi',
  'TransactionPaymentApi',
  'GenesisBuilder',
];

describe('dev chain (single node, --dev)', { timeout: 180_000 }, () => {
  let node;
  let api;
  let accounts;

  before(async () => {
    // No custom type definitions: everything must decode from the runtime's own metadata.
    node = await startNode({ chain: 'dev', name: 'dev' });
    api = node.api;
    accounts = await keyring();
  });

  after(async () => {
    await node?.stop();
  });

  it('serves metadata v15+ listing the expected runtime APIs', async () => {
    assert.ok(api.runtimeMetadata.version >= 15, `metadata version is ${api.runtimeMetadata.version}`);

    const versions = (await api.call.metadata.metadataVersions()).map((v) => v.toNumber());
    assert.ok(versions.includes(15), `runtime offers metadata versions ${versions}`);
    const v15 = await api.call.metadata.metadataAtVersion(15);
    assert.ok(v15.isSome, 'Metadata_metadata_at_version(15) returned None');

    const apiNames = api.runtimeMetadata.asLatest.apis.map((a) => a.name.toString());
    assert.ok(apiNames.length > 0, 'metadata lists no runtime APIs');
    const missing = EXPECTED_RUNTIME_APIS.filter((name) => !apiNames.includes(name));
    assert.deepEqual(missing, [], `runtime APIs in metadata: ${apiNames.join(', ')}`);
  });

  it('reports UNIT / 12 decimals / SS58 prefix 42', async () => {
    const properties = await api.rpc.system.properties();
    assert.deepEqual(properties.tokenSymbol.unwrap().map(String), ['UNIT']);
    assert.deepEqual(properties.tokenDecimals.unwrap().map((d) => d.toNumber()), [12]);
    assert.equal(properties.ss58Format.unwrap().toNumber(), 42);
    // The runtime constant must agree with the chain spec property.
    assert.equal(api.consts.system.ss58Prefix.toNumber(), 42);
  });

  it('transfers exactly the amount from Alice to Bob; Alice pays the fee', async () => {
    const { alice, bob } = accounts;
    const amount = 1_234_567_890_123n;

    const { blockHash, events } = await signAndWait(api.tx.balances.transferKeepAlive(bob.address, amount), alice);

    // Compare state right before and right after the inclusion block.
    const header = await api.rpc.chain.getHeader(blockHash);
    const parentHash = header.parentHash;
    const [bobBefore, bobAfter, aliceBefore, aliceAfter] = await Promise.all([
      freeBalance(api, bob.address, parentHash),
      freeBalance(api, bob.address, blockHash),
      freeBalance(api, alice.address, parentHash),
      freeBalance(api, alice.address, blockHash),
    ]);
    assert.equal(bobAfter - bobBefore, amount, 'Bob must receive exactly the amount (no fee on his side)');

    const transfer = events.find(({ event }) => api.events.balances.Transfer.is(event));
    assert.ok(transfer, 'no balances.Transfer event');
    assert.equal(transfer.event.data.from.toString(), alice.address);
    assert.equal(transfer.event.data.to.toString(), bob.address);
    assert.equal(transfer.event.data.amount.toBigInt(), amount);

    const feePaid = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event));
    assert.ok(feePaid, 'no transactionPayment.TransactionFeePaid event');
    assert.equal(feePaid.event.data.who.toString(), alice.address);
    const fee = feePaid.event.data.actualFee.toBigInt();
    assert.ok(fee > 0n, 'fee must be positive');

    // Alice loses the amount plus the fee, minus whatever part of the fee comes back to her as
    // the block author of the dev chain (0 when fees are burnt).
    const aliceSpent = aliceBefore - aliceAfter;
    assert.ok(
      aliceSpent >= amount && aliceSpent <= amount + fee,
      `Alice spent ${aliceSpent}, expected between ${amount} and ${amount + fee}`,
    );
    assert.ok(events.some(({ event }) => api.events.system.ExtrinsicSuccess.is(event)), 'no ExtrinsicSuccess');

    // The inclusion block becomes final and canonical.
    const inclusionNumber = header.number.toNumber();
    await waitForFinalized(api, inclusionNumber, { timeoutMs: 60_000 });
    assert.equal((await api.rpc.chain.getBlockHash(inclusionNumber)).toHex(), blockHash.toHex());
  });

  it('authors with BABE: one validator, six-second slots, a fresh VRF output in every block', async () => {
    const config = await api.call.babeApi.configuration();
    assert.equal(config.slotDuration.toNumber(), 6000);
    assert.equal(config.epochLength.toNumber(), 100);
    assert.deepEqual(
      config.authorities.map(([id]) => u8aToHex(id.toU8a())),
      [u8aToHex(accounts.alice.publicKey)],
    );
    assert.equal(config.allowedSlots.type, 'PrimaryAndSecondaryVRFSlots');

    // The market's randomness is each block's VRF output (pallet_babe::AuthorVrfRandomness):
    // present in every block, and different from one block to the next.
    await waitBlocks(api, 2, { timeoutMs: 60_000 });
    const head = await api.rpc.chain.getHeader();
    const outputs = [];
    for (const hash of [head.parentHash, head.hash]) {
      const output = await api.query.babe.authorVrfRandomness.at(hash);
      assert.ok(output.isSome, `block ${hash.toHex()} has no VRF output`);
      outputs.push(output.unwrap().toHex());
    }
    assert.notEqual(outputs[0], outputs[1]);

    // `babe_epochAuthorship`: Alice, the only validator, may author every slot of the epoch
    // (primary slots she wins by VRF, every other one as a secondary VRF slot).
    const authorship = await api.rpc.babe.epochAuthorship();
    const slots = [...authorship.values()];
    assert.equal(slots.length, 1, 'one local BABE key');
    const [primary, secondary, secondaryVrf] = ['primary', 'secondary', 'secondary_vrf'].map((f) => slots[0].get(f));
    assert.equal(secondary.length, 0, 'no plain secondary slots: every block has a VRF output');
    assert.equal(primary.length + secondaryVrf.length, 100, 'Alice may author all 100 slots of the epoch');
  });

  it('finalizes blocks: finalized head reaches #2 and keeps increasing', async () => {
    const first = await waitForFinalized(api, 2, { timeoutMs: 60_000 });
    const firstNumber = first.number.toNumber();
    assert.ok(firstNumber >= 2);

    const next = await waitForFinalized(api, firstNumber + 1, { timeoutMs: 60_000 });
    assert.ok(next.number.toNumber() > firstNumber);
    assert.notEqual((await api.rpc.chain.getFinalizedHead()).toHex(), first.hash.toHex());
  });
});
