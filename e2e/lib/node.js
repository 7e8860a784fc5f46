// Spawning and tearing down real `inference-market-node` processes for the e2e suite.
//
// Every node gets fresh loopback ports, a throw-away database (`--tmp`) unless a base path is
// given, and a log file under `e2e/logs/`. Nodes are tracked in a module-level registry so that
// they are killed when the test process exits for any reason (normal exit, failing test,
// Ctrl-C, SIGTERM from the test runner).

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants as fsConstants, createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

import { ApiPromise, WsProvider } from '@polkadot/api';

const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO_ROOT = path.resolve(E2E_DIR, '..');
export const LOG_DIR = path.join(E2E_DIR, 'logs');

const BINARY_NAME = 'inference-market-node';
const DEFAULT_READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;
const TAIL_LINES = 60;

/** Well-known libp2p secret of Alice's node (the usual Substrate docs value; public on purpose). */
export const ALICE_NODE_KEY = '0000000000000000000000000000000000000000000000000000000000000001';
/** A second fixed key, for Bob's node. */
export const BOB_NODE_KEY = '0000000000000000000000000000000000000000000000000000000000000002';

const isExecutable = (file) => {
  try {
    accessSync(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Locate the node binary.
 *
 * `NODE_BIN`, when set, is authoritative. Otherwise the candidates are tried in order:
 * `<repo>/target/release`, `$CARGO_TARGET_DIR/release`, `~/.cache/inference-market/target/release`.
 * Throws an error naming every path tried when none is an executable file.
 */
export function findNodeBinary(env = process.env) {
  if (env.NODE_BIN) {
    if (isExecutable(env.NODE_BIN)) return env.NODE_BIN;
    throw new Error(
      `NODE_BIN is set to '${env.NODE_BIN}', but that is not an executable file. ` +
        'Build the node (cargo build --release -p inference-market-node) or fix NODE_BIN.',
    );
  }
  const candidates = [
    path.join(REPO_ROOT, 'target', 'release', BINARY_NAME),
    env.CARGO_TARGET_DIR && path.resolve(env.CARGO_TARGET_DIR, 'release', BINARY_NAME),
    path.join(env.HOME || homedir(), '.cache', 'inference-market', 'target', 'release', BINARY_NAME),
  ].filter(Boolean);
  const found = candidates.find(isExecutable);
  if (found) return found;
  throw new Error(
    `Cannot find the '${BINARY_NAME}' binary. Paths tried:\n` +
      candidates.map((c) => `  - ${c}`).join('\n') +
      '\nBuild it with `cargo build --release` or point NODE_BIN at an existing binary.',
  );
}

/** Reserve `count` distinct free TCP ports on 127.0.0.1 (all held open at once, then released). */
export async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i += 1) {
      const server = createServer();
      servers.push(server);
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
    }
    return servers.map((s) => s.address().port);
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(() => resolve()))));
  }
}

// ---------------------------------------------------------------------------------------------
// Registry of live nodes + last-resort cleanup.

const liveNodes = new Set();

function killAllNow() {
  for (const child of liveNodes) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  liveNodes.clear();
}

let cleanupInstalled = false;
function installCleanup() {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  // 'exit' handlers must be synchronous: SIGKILL is the only thing that is guaranteed to work.
  process.once('exit', killAllNow);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ]) {
    process.once(signal, () => {
      killAllNow();
      process.exit(code);
    });
  }
}

// ---------------------------------------------------------------------------------------------

class OutputTail {
  #lines = [];
  #partial = '';

  push(chunk) {
    const parts = (this.#partial + chunk.toString('utf8')).split('\n');
    this.#partial = parts.pop();
    this.#lines.push(...parts);
    if (this.#lines.length > TAIL_LINES) this.#lines.splice(0, this.#lines.length - TAIL_LINES);
  }

  toString() {
    return [...this.#lines, this.#partial].filter(Boolean).join('\n');
  }
}

async function rpcAnswers(rpcPort) {
  try {
    const res = await fetch(`http://127.0.0.1:${rpcPort}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'system_health', params: [] }),
      signal: AbortSignal.timeout(2_000),
    });
    if (!res.ok) return false;
    const body = await res.json();
    return body.result !== undefined;
  } catch {
    return false;
  }
}

let nodeCounter = 0;

/**
 * Start a node and wait until its JSON-RPC server answers.
 *
 * @param {object} [opts]
 * @param {'dev'|'local'|string} [opts.chain='dev'] `dev` runs `--dev`; anything else `--chain <chain>`.
 * @param {string} [opts.name] node name (`--name`), also the log file name.
 * @param {'alice'|'bob'|'charlie'|'dave'|'eve'|'ferdie'} [opts.authority] adds `--<authority>`
 *   (validator with that dev seed's session keys in its keystore).
 * @param {string} [opts.nodeKey] 32-byte hex libp2p secret (`--node-key`). Non-dev authorities
 *   refuse to auto-generate a network key, so a random one is used when omitted off `--dev`.
 * @param {string[]} [opts.bootnodes] multiaddrs passed via `--bootnodes`.
 * @param {string} [opts.basePath] persistent `--base-path`; otherwise `--tmp`.
 * @param {string[]} [opts.extraArgs] appended verbatim.
 * @param {number} [opts.readyTimeoutMs=60000]
 * @returns {Promise<{api: ApiPromise, rpcPort: number, p2pPort: number, wsUrl: string,
 *   peerId: string, multiaddr: string, logFile: string, process: import('node:child_process').ChildProcess,
 *   stop: () => Promise<void>}>}
 */
export async function startNode({
  chain = 'dev',
  name,
  authority,
  nodeKey,
  bootnodes = [],
  basePath,
  extraArgs = [],
  readyTimeoutMs = DEFAULT_READY_TIMEOUT_MS,
} = {}) {
  const binary = findNodeBinary();
  installCleanup();

  nodeCounter += 1;
  const nodeName = name ?? `${chain}-${authority ?? 'node'}-${nodeCounter}`;
  const [rpcPort, p2pPort] = await freePorts(2);
  const key = nodeKey ?? (chain === 'dev' ? undefined : randomBytes(32).toString('hex'));

  const args = [
    ...(chain === 'dev' ? ['--dev'] : ['--chain', chain]),
    '--name', nodeName,
    ...(authority ? [`--${authority}`] : []),
    ...(basePath ? ['--base-path', basePath] : ['--tmp']),
    // `--port` conflicts with `--listen-addr` in sc-cli; the listen address carries the port.
    '--listen-addr', `/ip4/127.0.0.1/tcp/${p2pPort}`,
    '--rpc-port', String(rpcPort),
    '--rpc-cors', 'all',
    '--no-prometheus',
    '--no-telemetry',
    '--no-mdns',
    ...(key ? ['--node-key', key] : []),
    ...(bootnodes.length ? ['--bootnodes', ...bootnodes] : []),
    ...(process.env.E2E_NODE_LOG ? ['--log', process.env.E2E_NODE_LOG] : []),
    ...extraArgs,
  ];

  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${nodeName}.log`);
  const log = createWriteStream(logFile, { flags: 'w' });
  log.write(`$ ${binary} ${args.join(' ')}\n`);

  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  liveNodes.add(child);
  const tail = new OutputTail();
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      tail.push(chunk);
      log.write(chunk);
    });
  }
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      liveNodes.delete(child);
      resolve({ code, signal });
    });
  });
  const spawnError = new Promise((_, reject) =>
    child.once('error', (error) => {
      liveNodes.delete(child);
      reject(error);
    }),
  );
  spawnError.catch(() => {}); // observed through Promise.race below; later errors are irrelevant

  // `pid` is undefined when the spawn itself failed (no 'exit' event follows in that case).
  const hasExited = () => child.pid === undefined || child.exitCode !== null || child.signalCode !== null;
  const describeFailure = (reason) =>
    new Error(
      `Node '${nodeName}' ${reason}.\nCommand: ${binary} ${args.join(' ')}\nLog: ${logFile}\n` +
        `--- last lines of output ---\n${tail.toString()}\n----------------------------`,
    );

  let api;
  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      if (api) await api.disconnect().catch(() => {});
      if (!hasExited()) {
        child.kill('SIGINT');
        const grace = delay(STOP_GRACE_MS, 'timeout', { ref: false });
        if ((await Promise.race([exited, grace])) === 'timeout') {
          child.kill('SIGKILL');
          await exited;
        }
      }
      await new Promise((resolve) => log.end(resolve));
    })();
    return stopping;
  };

  try {
    // Wait until the RPC server answers, failing early if the process dies.
    const deadline = Date.now() + readyTimeoutMs;
    const ready = (async () => {
      while (!hasExited()) {
        if (await rpcAnswers(rpcPort)) return true;
        if (Date.now() > deadline) return 'timeout';
        await delay(250);
      }
      return false;
    })();
    const outcome = await Promise.race([ready, exited.then(() => false), spawnError]);
    if (outcome === 'timeout') {
      throw describeFailure(`did not answer RPC on port ${rpcPort} within ${readyTimeoutMs} ms`);
    }
    if (!outcome && child.pid === undefined) {
      const error = await spawnError.catch((e) => e);
      throw describeFailure(`could not be spawned (${error.message})`);
    }
    if (!outcome) {
      const { code, signal } = await exited;
      throw describeFailure(`exited during startup (code ${code}, signal ${signal})`);
    }

    const wsUrl = `ws://127.0.0.1:${rpcPort}`;
    api = await ApiPromise.create({
      provider: new WsProvider(wsUrl, 1_000),
      throwOnConnect: true,
      noInitWarn: true,
    });
    const peerId = (await api.rpc.system.localPeerId()).toString();

    return {
      name: nodeName,
      api,
      rpcPort,
      p2pPort,
      wsUrl,
      peerId,
      multiaddr: `/ip4/127.0.0.1/tcp/${p2pPort}/p2p/${peerId}`,
      logFile,
      process: child,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
