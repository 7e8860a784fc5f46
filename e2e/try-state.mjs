// Dry-runs the runtime's own checks against a live chain's state, as the SDK's try-runtime
// tool does, through the node's `state_call`:
//
//   1. `TryRuntime_on_runtime_upgrade(All)` at the best block: every pallet's migrations with
//      their pre- and post-upgrade checks, then every pallet's `try_state` (the market's
//      invariants of `pallets/inference-market/src/invariants.rs` among them);
//   2. `TryRuntime_execute_block(block, true, true, All)` for each of the last `--blocks` blocks,
//      on its parent's state: the block re-executed with its state root and signatures checked,
//      then `try_state` of every pallet on the state it produced.
//
// Nothing is written: `state_call` runs in a throw-away overlay. The node must run a runtime
// built with the `try-runtime` feature (`scripts/start-dev.sh --try-runtime`, which gives the
// node that runtime as a `--wasm-runtime-overrides` of the same spec version).
//
//   node e2e/try-state.mjs [ws://127.0.0.1:9944] [--blocks 10]
//
// Exits 0 when every check passed, 1 when one failed (the node logs the runtime's message, e.g.
// `"InferenceMarket" try_state checks failed: Other("an open task is indexed")`).

import { ApiPromise, WsProvider } from '@polkadot/api';
import { u8aConcat, u8aToHex } from '@polkadot/util';

const args = process.argv.slice(2);
let url = 'ws://127.0.0.1:9944';
let blocks = 10;
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--blocks') {
    blocks = Number(args[(i += 1)]);
    if (!Number.isInteger(blocks) || blocks < 0) {
      console.error(`--blocks takes a whole number, not '${args[i]}'`);
      process.exit(2);
    }
  } else if (args[i].startsWith('ws://') || args[i].startsWith('wss://')) {
    url = args[i];
  } else {
    console.error(`unknown argument '${args[i]}' (usage: try-state.mjs [ws-url] [--blocks N])`);
    process.exit(2);
  }
}

// SCALE encodings of `UpgradeCheckSelect::All` and `TryStateSelect::All` (frame-try-runtime).
const UPGRADE_CHECKS_ALL = Uint8Array.of(1);
const TRY_STATE_ALL = Uint8Array.of(1);
const TRUE = Uint8Array.of(1);

const fmtWeight = (w) => `${(w.refTime.toBigInt() / 1_000_000n).toString()} µs ref time, ${w.proofSize.toString()} B proof`;

const provider = new WsProvider(url, 1_000, {}, 60_000);
const api = await Promise.race([
  ApiPromise.create({ provider, noInitWarn: true }),
  new Promise((_, reject) => setTimeout(() => reject(new Error(`no chain answered at ${url} within 30 s`)), 30_000)),
]).catch(async (e) => {
  console.error(`try-state failed: ${e.message}`);
  await provider.disconnect();
  process.exit(1);
});
let failed = false;
try {
  const methods = await api.rpc.rpc.methods();
  if (!methods.methods.some((m) => m.toString() === 'state_call')) throw new Error(`${url} offers no state_call`);
  const version = await api.rpc.state.getRuntimeVersion();
  const best = await api.rpc.chain.getHeader();
  const bestHash = best.hash;
  console.log(`${version.specName} v${version.specVersion} at #${best.number} (${bestHash.toHex()})`);

  // The version the node reports is the on-chain code's: an override's extra API does not show
  // in it, so the call itself tells whether the runtime has the API.
  const upgrade = await api.rpc.state.call('TryRuntime_on_runtime_upgrade', u8aToHex(UPGRADE_CHECKS_ALL), bestHash).catch((e) => {
    if (/not found|does not exist|MethodNotFound/i.test(e.message)) {
      throw new Error(
        `the runtime at ${url} (${version.specName} v${version.specVersion}) has no TryRuntime API: ` +
          'start the chain with `scripts/start-dev.sh --try-runtime`',
      );
    }
    throw e;
  });
  const [used, max] = api.registry.createType('(SpWeightsWeightV2Weight, SpWeightsWeightV2Weight)', upgrade);
  console.log(`on_runtime_upgrade(All) at #${best.number}: passed; migrations weigh ${fmtWeight(used)} of ${fmtWeight(max)}`);

  let hash = bestHash;
  for (let i = 0; i < blocks; i += 1) {
    const signed = await api.rpc.chain.getBlock(hash);
    const { header } = signed.block;
    if (header.number.toNumber() === 0) break;
    // Hex: polkadot.js reads a Uint8Array given as `Bytes` as already length-prefixed.
    const data = u8aToHex(u8aConcat(signed.block.toU8a(), TRUE, TRUE, TRY_STATE_ALL));
    const out = await api.rpc.state.call('TryRuntime_execute_block', data, header.parentHash);
    const weight = api.registry.createType('SpWeightsWeightV2Weight', out);
    console.log(
      `execute_block #${header.number} (${signed.block.extrinsics.length} extrinsics): passed, ` +
        `state root and signatures checked, try_state of every pallet; ${fmtWeight(weight)}`,
    );
    hash = header.parentHash;
  }
  console.log('every check passed');
} catch (e) {
  failed = true;
  const trapped = /wasm trap|unreachable/.test(e.message);
  console.error(
    trapped
      ? 'try-state failed: a check panicked in the runtime; the node logs which one ' +
          '(`"<Pallet>" try_state checks failed: ...`, or the migration that failed)'
      : `try-state failed: ${e.message}`,
  );
} finally {
  await api.disconnect();
}
process.exit(failed ? 1 : 0);
