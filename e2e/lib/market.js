// Helpers for the inference market: test vectors of the demo model, waiting for market events,
// opting workers in to the draws and waiting for a task's draw, and reading fees and holds so
// balance checks can be exact.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { compactToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

import { signAndWait, waitForSubscription } from './chain.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Model ids registered by the `development` genesis preset. */
export const DIGITS_MODEL = 0;
export const OPAQUE_MODEL = 1;

/** One unit of the chain's token (12 decimals). */
export const UNIT = 1_000_000_000_000n;
/**
 * Terms most tests use: the minimum worker stake, a task's reward and its worker bond. A digit
 * task is audited with probability 1/4, so its bond must exceed three rewards.
 */
export const STAKE = 100n * UNIT;
export const REWARD = 5n * UNIT;
export const BOND = 20n * UNIT;

/**
 * A held-out digit of the committed test vectors: `{ input, output, label }` with input and output
 * as hex strings of bytes (i8 values as their two's-complement bytes), ready for
 * `post_task`/`submit_result`. (A `Uint8Array` would be read by Polkadot.js as already
 * SCALE-encoded `Bytes`, length prefix included; hex is the raw content.)
 */
export function digitVector(index) {
  const vectors = JSON.parse(readFileSync(path.join(REPO, 'models', 'digits-test-vectors.json'), 'utf8'));
  const bytes = (values) => u8aToHex(Uint8Array.from(values.map((v) => v & 0xff)));
  const v = vectors[index];
  return { input: bytes(v.input), output: bytes(v.output), label: v.label, class: v.class };
}

/**
 * Resolve with `{ blockHash, event, events }` for the first new block whose events include
 * `inferenceMarket.<method>` matching `predicate(event.data)`.
 */
export function waitForMarketEvent(api, method, predicate = () => true, { timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    let unsubscribe;
    let done = false;
    let queue = Promise.resolve();
    const finish = (fn, value) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      unsubscribe?.();
      fn(value);
    };
    const timer = setTimeout(
      () => finish(reject, new Error(`Timed out after ${timeoutMs} ms waiting for inferenceMarket.${method}`)),
      timeoutMs,
    );
    api.rpc.chain
      .subscribeNewHeads((header) => {
        queue = queue.then(async () => {
          if (done) return;
          const events = await (await api.at(header.hash)).query.system.events();
          const found = events.find(
            ({ event }) => event.section === 'inferenceMarket' && event.method === method && predicate(event.data),
          );
          if (found) finish(resolve, { blockHash: header.hash, event: found.event, events });
        }).catch((error) => finish(reject, error));
      })
      .then((unsub) => {
        unsubscribe = unsub;
        if (done) unsub();
      }, (error) => finish(reject, error));
  });
}

/**
 * Opt `worker` (a registered worker's key pair) in to serve `model` on tasks asking a bond of at
 * most `maxBond`: it becomes one of the model's draw candidates, weighted by its stake. A
 * candidate counts for draws from two blocks on, so a task posted in the same block as the
 * opt-in, or later, can draw it. Resolves like {@link signAndWait}.
 */
export function serveModel(api, worker, model, maxBond, options) {
  return signAndWait(api.tx.inferenceMarket.serveModel(model, maxBond), worker, options);
}

/**
 * Make `worker` the only candidate of `model` among `others` (key pairs): every one of `others`
 * that is a candidate stops serving it, then `worker` opts in with `maxBond`. So the next task
 * of `model` a test posts (asking at most `maxBond`) is drawn for `worker`.
 */
export async function serveAlone(api, worker, model, maxBond, others) {
  await stopServing(api, model, others.filter((o) => o.address !== worker.address));
  return serveModel(api, worker, model, maxBond);
}

/** Every one of `workers` (key pairs) that is a candidate of `model` stops serving it. */
export async function stopServing(api, model, workers) {
  const candidates = (await api.query.inferenceMarket.candidates(model)).map((c) => c.worker.toString());
  const serving = workers.filter((w) => candidates.includes(w.address));
  await Promise.all(serving.map((w) => signAndWait(api.tx.inferenceMarket.stopServing(model), w)));
}

/**
 * Resolve once the settling hook has drawn `task` (the task left `Drawing`, two blocks after its
 * post) with `{ workers, seats, blockHash }`: the addresses of the workers holding its seats, in
 * seat order (empty when nobody was eligible: the seats are then drawn again later), the seats
 * themselves and the first block seen with the draw done. Looks at the best block first, so a
 * draw that already happened is found too.
 */
export function waitForDraw(api, task, { timeoutMs = 120_000 } = {}) {
  let queue = Promise.resolve();
  return waitForSubscription(
    (callback) => api.rpc.chain.subscribeNewHeads((header) => {
      // One block at a time, in order: the answer is the first block with the draw done.
      queue = queue.then(async () => {
        const at = await api.at(header.hash);
        const stored = await at.query.inferenceMarket.tasks(task);
        if (stored.isNone || stored.unwrap().status.isDrawing) return callback(undefined);
        const seats = [...stored.unwrap().draw.seats];
        return callback({ workers: seats.map((s) => s.worker.toString()), seats, blockHash: header.hash });
      }).catch((error) => callback({ error }));
    }),
    (value) => {
      if (value?.error) throw value.error;
      return value;
    },
    { timeoutMs, what: `the draw of task ${task}` },
  );
}

/** The fee `who` paid in a block's events (0n if none). */
export function feePaid(events, who) {
  return events
    .filter(({ event }) => event.section === 'transactionPayment' && event.method === 'TransactionFeePaid')
    .filter(({ event }) => event.data.who.toString() === who)
    .reduce((sum, { event }) => sum + event.data.actualFee.toBigInt() + event.data.tip.toBigInt(), 0n);
}

/** The market event of a given method among `events`, or undefined. */
export function marketEvent(events, method) {
  return events.find(({ event }) => event.section === 'inferenceMarket' && event.method === method)?.event;
}

/** Balance held on `who` for a market hold reason, at a block (or the best block). */
export async function held(api, who, reason, at) {
  const source = at ? await api.at(at) : api;
  const holds = await source.query.balances.holds(who);
  const hold = holds.find((h) => h.id.isInferenceMarket && h.id.asInferenceMarket.type === reason);
  return hold ? hold.amount.toBigInt() : 0n;
}

/** Free balance of `who` at a block hash. */
export async function freeAt(api, who, at) {
  const { data } = await (await api.at(at)).query.system.account(who);
  return data.free.toBigInt();
}

/** The best block number. */
export async function bestNumber(api) {
  return (await api.rpc.chain.getHeader()).number.toNumber();
}

/**
 * Whether the settling hook drew `task` for an audit in block `settledAt`: recomputed off chain
 * from BABE's VRF output of the parent block (`babe.authorVrfRandomness` in its state), as
 * `pallet_babe::ParentBlockRandomness` and the pallet do: blake2-256 of
 * `SCALE(("inference-market/audit", task)) ++ randomness`, its first eight bytes (little
 * endian) modulo 10^9 below the audit chance in parts per billion. No randomness: drawn.
 */
export async function auditDrawn(api, task, settledAt) {
  const parent = await api.rpc.chain.getBlockHash(settledAt - 1);
  const randomness = await (await api.at(parent)).query.babe.authorVrfRandomness();
  if (randomness.isNone) return true;
  const name = stringToU8a('inference-market/audit');
  const subject = u8aConcat(
    compactToU8a(name.length),
    name,
    api.createType('u64', task).toU8a(),
    randomness.unwrap().toU8a(),
  );
  const hash = blake2AsU8a(subject, 256);
  const word = new DataView(hash.buffer, hash.byteOffset, 8).getBigUint64(0, true);
  return word % 1_000_000_000n < api.consts.inferenceMarket.auditChance.toBigInt();
}
