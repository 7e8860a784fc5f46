// Chain-level helpers: dev accounts, submitting extrinsics, waiting on subscriptions.

import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

export const SS58_PREFIX = 42;
const DEV_ACCOUNTS = ['alice', 'bob', 'charlie', 'dave', 'eve', 'ferdie'];
const DEFAULT_TIMEOUT_MS = 60_000;

const capitalize = (s) => s[0].toUpperCase() + s.slice(1);

/**
 * The sr25519 dev accounts (`//Alice` ... `//Ferdie`), SS58 prefix 42.
 * @returns {Promise<{keyring: Keyring, alice: import('@polkadot/keyring/types').KeyringPair,
 *   bob: any, charlie: any, dave: any, eve: any, ferdie: any}>}
 */
export async function keyring() {
  await cryptoWaitReady();
  const ring = new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
  const pairs = Object.fromEntries(
    DEV_ACCOUNTS.map((who) => [who, ring.addFromUri(`//${capitalize(who)}`, { name: capitalize(who) })]),
  );
  return { keyring: ring, ...pairs };
}

/** Human-readable form of a `DispatchError` (`section.Name` for module errors). */
export function describeDispatchError(registry, dispatchError) {
  if (dispatchError.isModule) {
    const { section, name } = registry.findMetaError(dispatchError.asModule);
    return `${section}.${name}`;
  }
  if (dispatchError.isToken) return `Token.${dispatchError.asToken.type}`;
  if (dispatchError.isArithmetic) return `Arithmetic.${dispatchError.asArithmetic.type}`;
  if (dispatchError.isTransactional) return `Transactional.${dispatchError.asTransactional.type}`;
  return dispatchError.type;
}

/** Error thrown by {@link signAndWait} when the extrinsic was included but its dispatch failed. */
export class DispatchFailed extends Error {
  constructor(name, { blockHash, events, dispatchError }) {
    super(`Extrinsic failed: ${name}`);
    this.name = 'DispatchFailed';
    /** e.g. `balances.InsufficientBalance` */
    this.errorName = name;
    this.blockHash = blockHash;
    this.events = events;
    this.dispatchError = dispatchError;
  }
}

/**
 * Run `subscribe(callback)` (any polkadot.js subscription) until `check(value)` returns something
 * other than `undefined`; resolve with that and unsubscribe. Rejects on timeout or if `check` throws.
 */
export function waitForSubscription(subscribe, check, { timeoutMs = DEFAULT_TIMEOUT_MS, what = 'subscription' } = {}) {
  return new Promise((resolve, reject) => {
    let done = false;
    let unsubscribe;
    const finish = (settle, value) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      unsubscribe?.();
      settle(value);
    };
    const timer = setTimeout(
      () => finish(reject, new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)),
      timeoutMs,
    );
    subscribe((value) => {
      if (done) return;
      try {
        const result = check(value);
        if (result !== undefined) finish(resolve, result);
      } catch (error) {
        finish(reject, error);
      }
    }).then(
      (unsub) => {
        unsubscribe = unsub;
        if (done) unsub();
      },
      (error) => finish(reject, error),
    );
  });
}

/**
 * Sign `tx` with `signer`, submit it and resolve once it is in a block (or finalized, with
 * `{ finalized: true }`) with `{ blockHash, events, txHash, result }`.
 * Rejects with {@link DispatchFailed} (message `Extrinsic failed: section.Name`) when the dispatch
 * failed, or with a plain Error when the pool drops/invalidates the transaction.
 */
export function signAndWait(tx, signer, { finalized = false, timeoutMs = DEFAULT_TIMEOUT_MS, options = {} } = {}) {
  const { registry } = tx;
  return waitForSubscription(
    (callback) => tx.signAndSend(signer, options, callback),
    (result) => {
      const { status, events, dispatchError, txHash } = result;
      if (status.isInvalid || status.isDropped || status.isUsurped || status.isFinalityTimeout) {
        throw new Error(`Transaction ${txHash.toHex()} was not included: ${status.type}`);
      }
      const blockHash = finalized
        ? status.isFinalized && status.asFinalized
        : (status.isInBlock && status.asInBlock) || (status.isFinalized && status.asFinalized);
      if (!blockHash) return undefined;
      if (dispatchError) {
        throw new DispatchFailed(describeDispatchError(registry, dispatchError), { blockHash, events, dispatchError });
      }
      return { blockHash, events, txHash, result };
    },
    { timeoutMs, what: `${tx.method.section}.${tx.method.method} to be ${finalized ? 'finalized' : 'included'}` },
  );
}

/**
 * Send `[tx, signer]` pairs at once, each with the next explicit nonce of its signer (so one
 * signer may send several in the same block), and resolve with their {@link signAndWait} results
 * in order.
 */
export async function signAllAndWait(api, calls, options = {}) {
  const nonces = new Map();
  for (const [, signer] of calls) {
    if (!nonces.has(signer.address)) {
      nonces.set(signer.address, (await api.rpc.system.accountNextIndex(signer.address)).toNumber());
    }
  }
  return Promise.all(calls.map(([tx, signer]) => {
    const nonce = nonces.get(signer.address);
    nonces.set(signer.address, nonce + 1);
    return signAndWait(tx, signer, { ...options, options: { ...options.options, nonce } });
  }));
}

/** Resolve with the first finalized header whose number is >= `n`. */
export function waitForFinalized(api, n, { timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
  return waitForSubscription(
    (cb) => api.rpc.chain.subscribeFinalizedHeads(cb),
    (header) => (header.number.toNumber() >= n ? header : undefined),
    { timeoutMs, what: `finalized block #${n}` },
  );
}

/** Resolve with the best header once `n` more blocks have been imported on top of the current best. */
export function waitBlocks(api, n = 1, { timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
  let target;
  return waitForSubscription(
    (cb) => api.rpc.chain.subscribeNewHeads(cb),
    (header) => {
      const number = header.number.toNumber();
      target ??= number + n; // the first notification is the current best block
      return number >= target ? header : undefined;
    },
    { timeoutMs, what: `${n} new block(s)` },
  );
}

/** Free balance of `address` as a bigint (at the best block, or `at` a given block hash). */
export async function freeBalance(api, address, at) {
  const source = at ? await api.at(at) : api;
  const { data } = await source.query.system.account(address);
  return data.free.toBigInt();
}

/** Resolve with the free balance of `address` once `predicate(free)` holds (storage subscription). */
export function waitForFreeBalance(api, address, predicate, { timeoutMs = DEFAULT_TIMEOUT_MS, what } = {}) {
  return waitForSubscription(
    (cb) => api.query.system.account(address, cb),
    ({ data }) => {
      const free = data.free.toBigInt();
      return predicate(free) ? free : undefined;
    },
    { timeoutMs, what: what ?? `free balance of ${address}` },
  );
}
