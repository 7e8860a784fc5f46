// Committed models (`QMC1`) in JavaScript, written from the format's spec in
// `primitives/qmodel/src/{committed,trace,merkle}.rs`: the manifest, the weight chunks, the
// traced evaluation and its Merkle proofs. The e2e tests play dissection games with it, so the
// chain's evaluator and this second implementation must agree bit for bit.

import { blake2AsU8a } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';

const hash = (...parts) => blake2AsU8a(concat(...parts), 256);

function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const u16le = (v) => new Uint8Array([v & 0xff, v >> 8]);
const u32le = (v) => new Uint8Array([v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff]);
const i8bytes = (values) => Uint8Array.from(values, (v) => v & 0xff);
const EMPTY = new Uint8Array(32);

export const leaf = (data) => hash(new Uint8Array([0]), data);
const node = (left, right) => hash(new Uint8Array([1]), left, right);
const chain = (digest, piece) => hash(new Uint8Array([2]), digest, i8bytes(piece));

/** The Merkle root over leaf hashes: pairs hashed, an odd last node promoted. */
export function merkleRoot(leaves) {
  let level = leaves;
  while (level.length > 1) {
    const up = [];
    for (let i = 0; i < level.length; i += 2) up.push(i + 1 < level.length ? node(level[i], level[i + 1]) : level[i]);
    level = up;
  }
  return level[0];
}

/** The sibling hashes from leaf `index` up (none at a level where the node is promoted). */
export function merkleProof(leaves, index) {
  const siblings = [];
  let level = leaves;
  let position = index;
  while (level.length > 1) {
    const sibling = position ^ 1;
    if (sibling < level.length) siblings.push(level[sibling]);
    const up = [];
    for (let i = 0; i < level.length; i += 2) up.push(i + 1 < level.length ? node(level[i], level[i + 1]) : level[i]);
    level = up;
    position >>= 1;
  }
  return siblings.map((h) => u8aToHex(h));
}

/**
 * A committed model over `inputLen` inputs, its layers `[outLen, shift, relu, rowsPerStep]`,
 * with weights drawn from `seed`: the manifest bytes and the chunks, in step order.
 */
export function committedModel(inputLen, layers, seed = 1) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return ((state >>> 16) % 7) - 3;
  };
  const shapes = [];
  const chunks = [];
  let inLen = inputLen;
  for (const [outLen, shift, relu, rowsPerStep] of layers) {
    const shape = { inLen, outLen, shift, relu, rowsPerStep, firstStep: chunks.length };
    for (let first = 0; first < outLen; first += rowsPerStep) {
      const rows = Math.min(rowsPerStep, outLen - first);
      const chunk = new Uint8Array(rows * (inLen + 4));
      for (let i = 0; i < rows * inLen; i += 1) chunk[i] = next() & 0xff;
      const view = new DataView(chunk.buffer);
      for (let r = 0; r < rows; r += 1) view.setInt32(rows * inLen + 4 * r, next() * 5, true);
      chunks.push(chunk);
    }
    shapes.push(shape);
    inLen = outLen;
  }
  const root = merkleRoot(chunks.map(leaf));
  const manifest = concat(
    new TextEncoder().encode('QMC1'),
    new Uint8Array([layers.length]),
    u16le(inputLen),
    ...layers.map(([outLen, shift, relu, rowsPerStep]) => concat(u16le(outLen), new Uint8Array([shift, relu ? 1 : 0]), u16le(rowsPerStep))),
    root,
  );
  return { manifest, chunks, shapes, inputLen, steps: chunks.length };
}

/** The rows one step computes from the layer's whole input. */
function evaluateStep(shape, chunk, x) {
  const rows = chunk.length / (shape.inLen + 4);
  const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  const out = [];
  for (let r = 0; r < rows; r += 1) {
    let acc = view.getInt32(rows * shape.inLen + 4 * r, true);
    for (let i = 0; i < shape.inLen; i += 1) acc = (acc + view.getInt8(r * shape.inLen + i) * x[i]) | 0;
    let y = acc >> shape.shift;
    if (shape.relu) y = Math.max(y, 0);
    out.push(Math.max(-128, Math.min(127, y)));
  }
  return out;
}

/**
 * A traced evaluation on `input` (signed values), the chunk of `wrongStep` given a bias far
 * off: the output, the states (`{x, y}` as bytes) before each step and after the last, the
 * vector entering each layer, and the trace's leaves.
 */
export function trace(model, input, wrongStep = -1) {
  let state = { x: EMPTY, y: chain(EMPTY, input) };
  const states = [state];
  const layerInputs = [];
  let x = input;
  let step = 0;
  for (const shape of model.shapes) {
    layerInputs.push(x);
    const y = [];
    for (let first = 0; first < shape.outLen; first += shape.rowsPerStep) {
      let chunk = model.chunks[step];
      if (step === wrongStep) {
        chunk = Uint8Array.from(chunk);
        new DataView(chunk.buffer).setInt32(chunk.length - 4, 1000, true);
      }
      const rows = evaluateStep(shape, chunk, x);
      state = first === 0 ? { x: state.y, y: chain(EMPTY, rows) } : { x: state.x, y: chain(state.y, rows) };
      states.push(state);
      y.push(...rows);
      step += 1;
    }
    x = y;
  }
  const leaves = states.map((s, i) => leaf(concat(u32le(i), s.x, s.y)));
  return { output: x, states, layerInputs, leaves, root: merkleRoot(leaves) };
}

/** The states a range `[agreed, disputed]` is cut at, in `arity` parts (`Range::points`). */
export function points(agreed, disputed, arity = 8) {
  const len = disputed - agreed;
  const parts = Math.min(Math.max(arity, 2), len);
  const out = [];
  for (let j = 1; j < parts; j += 1) out.push(agreed + Math.floor((len * j) / parts));
  return out;
}

/** A state as the chain's `TraceState` takes it. */
export const stateOf = (s) => ({ x: u8aToHex(s.x), y: u8aToHex(s.y) });

/** The layer a step falls in. */
export function layerOf(model, step) {
  let found = 0;
  model.shapes.forEach((shape, i) => {
    if (shape.firstStep <= step) found = i;
  });
  return found;
}

export { i8bytes, u8aToHex };
