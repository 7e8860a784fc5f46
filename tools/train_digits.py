#!/usr/bin/env python3
"""Train the demo digit classifier and export it in the on-chain QMD1 format.

Run from anywhere (paths are relative to the repository root):

    pip install scikit-learn numpy
    python3 tools/train_digits.py

What it does:

1. Loads the 8x8 digits data set that ships with scikit-learn (1797 images,
   pixel values 0..16; no network access needed) and splits it into a fixed,
   stratified train/test split (75% / 25%).
2. Trains a 64-32-10 ReLU MLP (`MLPClassifier`, fixed `random_state`) on
   pixels scaled to [0, 1].
3. Quantizes it to the integer format of `primitives/qmodel`:
   - input encoding: pixel value p in 0..16 -> i8 `p * 7` (0..112), so the
     float input p / 16 equals x_q / 112;
   - per layer, weights are scaled symmetrically to i8 (max |w| -> 127),
     biases to the scale of the i32 accumulator (plus half of the shift
     divisor, so the floor of the right shift rounds to nearest), and the
     shift is chosen so the 99.9th percentile of the layer's float
     activations on the training split maps to 127 (the top of the i8 range).
4. Evaluates both models on the held-out split with an independent
   pure-Python implementation of the integer evaluator that reads the
   exported bytes back, and writes:
   - models/digits-64-32-10.qmd        the binary model,
   - models/digits-test-vectors.json   20 held-out digits (the first two of
                                       each class) with the expected outputs,
   - models/README.md                  format summary and measured numbers.

The script is run on demand, not by the tests; the tests check the committed
files against the Rust evaluator.
"""

import json
import math
import struct
from pathlib import Path

import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "models" / "digits-64-32-10.qmd"
VECTORS_PATH = ROOT / "models" / "digits-test-vectors.json"
README_PATH = ROOT / "models" / "README.md"

SEED = 0
TEST_SIZE = 0.25
HIDDEN = 32
INPUT_SCALE = 7  # pixel (0..16) -> i8 pixel * 7 (0..112)
MAGIC = b"QMD1"
MAX_LAYERS = 8
I32_MAX = 2**31 - 1


# --------------------------------------------------------------------------
# Independent pure-Python implementation of the QMD1 format and evaluator.
# --------------------------------------------------------------------------


def encode_model(input_len, layers):
    """layers: list of (weights[out][in] ints, biases[out] ints, shift, relu)."""
    out = bytearray(MAGIC)
    out += struct.pack("<BH", len(layers), input_len)
    for weights, biases, shift, relu in layers:
        out += struct.pack("<HBB", len(biases), shift, 1 if relu else 0)
        for row in weights:
            out += struct.pack(f"<{len(row)}b", *row)
        out += struct.pack(f"<{len(biases)}i", *biases)
    return bytes(out)


def parse_model(data):
    """Parse and validate QMD1 bytes; returns (input_len, layers)."""
    if len(data) < 7:
        raise ValueError("TooShort")
    if data[:4] != MAGIC:
        raise ValueError("BadMagic")
    count, input_len = struct.unpack_from("<BH", data, 4)
    if count == 0:
        raise ValueError("NoLayers")
    if count > MAX_LAYERS:
        raise ValueError("TooManyLayers")
    if input_len == 0:
        raise ValueError("EmptyLayer")
    pos, in_len, layers = 7, input_len, []
    for _ in range(count):
        if pos + 4 > len(data):
            raise ValueError("TooShort")
        out_len, shift, act = struct.unpack_from("<HBB", data, pos)
        pos += 4
        if out_len == 0:
            raise ValueError("EmptyLayer")
        if shift > 31:
            raise ValueError("BadShift")
        if act not in (0, 1):
            raise ValueError("BadActivation")
        end = pos + out_len * in_len + 4 * out_len
        if end > len(data):
            raise ValueError("TooShort")
        flat = struct.unpack_from(f"<{out_len * in_len}b", data, pos)
        pos += out_len * in_len
        biases = list(struct.unpack_from(f"<{out_len}i", data, pos))
        pos += 4 * out_len
        weights = [list(flat[o * in_len:(o + 1) * in_len]) for o in range(out_len)]
        for row, bias in zip(weights, biases):
            if abs(bias) + 128 * sum(abs(w) for w in row) > I32_MAX:
                raise ValueError("MayOverflow")
        layers.append((weights, biases, shift, act == 1))
        in_len = out_len
    if pos != len(data):
        raise ValueError("TrailingBytes")
    return input_len, layers


def evaluate(model, x):
    """Integer evaluation with Python ints (>> on ints is arithmetic)."""
    input_len, layers = model
    if len(x) != input_len:
        raise ValueError("InputLength")
    for weights, biases, shift, relu in layers:
        y = []
        for row, bias in zip(weights, biases):
            acc = bias + sum(w * v for w, v in zip(row, x))
            assert -(2**31) <= acc <= I32_MAX
            v = acc >> shift
            if relu:
                v = max(v, 0)
            y.append(min(max(v, -128), 127))
        x = y
    return x


def argmax(values):
    """Index of the first maximum, like `qmodel::argmax`."""
    best = 0
    for i, v in enumerate(values):
        if v > values[best]:
            best = i
    return best


def macs(model):
    input_len, layers = model
    total, in_len = 0, input_len
    for weights, _, _, _ in layers:
        total += len(weights) * in_len
        in_len = len(weights)
    return total


# --------------------------------------------------------------------------
# Quantization.
# --------------------------------------------------------------------------


def quantize_layer(w, b, in_scale, shift):
    """w: (in, out) floats, b: (out,). The float input is x_q * in_scale.

    Returns (weights[out][in], biases[out], acc_scale) where the float
    pre-activation is approximately acc * acc_scale.
    """
    w_scale = float(np.abs(w).max()) / 127.0
    wq = np.clip(np.rint(w / w_scale), -127, 127).astype(np.int64)
    acc_scale = w_scale * in_scale
    bq = np.rint(b / acc_scale).astype(np.int64)
    if shift > 0:
        bq += 1 << (shift - 1)  # make the floor of `>> shift` round to nearest
    return wq.T, bq, acc_scale


def fit_shift(acc_scale, float_max):
    """Smallest shift such that float_max maps to at most 127."""
    shift = 0
    while shift < 31 and float_max / (acc_scale * 2**shift) > 127:
        shift += 1
    return shift


def build_layers(mlp, shift1, shift2):
    (w1, w2), (b1, b2) = mlp.coefs_, mlp.intercepts_
    wq1, bq1, acc1 = quantize_layer(w1, b1, 1.0 / (16 * INPUT_SCALE), shift1)
    h_scale = acc1 * 2**shift1
    wq2, bq2, _ = quantize_layer(w2, b2, h_scale, shift2)
    return [
        (wq1.tolist(), bq1.tolist(), shift1, True),
        (wq2.tolist(), bq2.tolist(), shift2, False),
    ]


def default_shifts(mlp, x_train):
    """Shifts that map the 99.9th percentile of each layer's float
    activations on the training split to the top of the i8 range."""
    (w1, w2), (b1, b2) = mlp.coefs_, mlp.intercepts_
    x = x_train / 16.0
    hidden = np.maximum(x @ w1 + b1, 0)
    logits = hidden @ w2 + b2
    acc1 = float(np.abs(w1).max()) / 127.0 / (16 * INPUT_SCALE)
    shift1 = fit_shift(acc1, float(np.percentile(hidden, 99.9)))
    acc2 = float(np.abs(w2).max()) / 127.0 * acc1 * 2**shift1
    shift2 = fit_shift(acc2, float(np.percentile(np.abs(logits), 99.9)))
    return shift1, shift2


def evaluate_batch(layers, xq):
    """Vectorized integer evaluator (int64 numpy), a cross-check of the
    pure-Python evaluator."""
    x = xq.astype(np.int64)
    for weights, biases, shift, relu in layers:
        acc = x @ np.array(weights, dtype=np.int64).T + np.array(biases, dtype=np.int64)
        y = acc >> shift
        if relu:
            y = np.maximum(y, 0)
        x = np.clip(y, -128, 127)
    return x


def main():
    digits = load_digits()
    x_all, y_all = digits.data.astype(np.int64), digits.target.astype(np.int64)
    x_train, x_test, y_train, y_test = train_test_split(
        x_all, y_all, test_size=TEST_SIZE, random_state=SEED, stratify=y_all
    )

    mlp = MLPClassifier(
        hidden_layer_sizes=(HIDDEN,),
        activation="relu",
        solver="adam",
        alpha=1e-3,
        max_iter=1000,
        random_state=SEED,
    )
    mlp.fit(x_train / 16.0, y_train)
    float_acc = float(np.mean(mlp.predict(x_test / 16.0) == y_test))

    # Shifts: the 99.9th percentile of each layer's float activations on the
    # training split maps to the top of the i8 range (no tuning on test data).
    shift1, shift2 = default_shifts(mlp, x_train)
    layers = build_layers(mlp, shift1, shift2)

    data = encode_model(64, layers)
    model = parse_model(data)  # validate what we are about to write

    # Held-out evaluation with the pure-Python evaluator on the parsed bytes.
    test_inputs = [[int(p) * INPUT_SCALE for p in row] for row in x_test]
    outputs = [evaluate(model, x) for x in test_inputs]
    classes = [argmax(o) for o in outputs]
    int_acc = sum(int(c == y) for c, y in zip(classes, y_test)) / len(y_test)
    batch = evaluate_batch(layers, x_test * INPUT_SCALE)
    assert batch.tolist() == outputs, "numpy and pure-Python evaluators disagree"
    agree = sum(int(c == int(p)) for c, p in zip(classes, mlp.predict(x_test / 16.0)))

    # Test vectors: the first two held-out digits of each class, in split order.
    picked, per_class = [], {}
    for i, label in enumerate(y_test):
        label = int(label)
        if per_class.get(label, 0) < 2:
            per_class[label] = per_class.get(label, 0) + 1
            picked.append(i)
    vectors = [
        {
            "input": test_inputs[i],
            "label": int(y_test[i]),
            "output": outputs[i],
            "class": classes[i],
        }
        for i in picked
    ]
    assert len(vectors) == 20

    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_bytes(data)
    with VECTORS_PATH.open("w") as f:
        f.write("[\n")
        f.write(",\n".join("  " + json.dumps(v, separators=(", ", ": ")) for v in vectors))
        f.write("\n]\n")

    n_macs = macs(model)
    vec_correct = sum(int(v["class"] == v["label"]) for v in vectors)
    README_PATH.write_text(
        README_TEMPLATE.format(
            size=len(data),
            macs=n_macs,
            shift1=shift1,
            shift2=shift2,
            n_train=len(y_train),
            n_test=len(y_test),
            float_acc=100 * float_acc,
            int_acc=100 * int_acc,
            agree=agree,
            vec_correct=vec_correct,
        )
    )

    print(f"train/test: {len(y_train)}/{len(y_test)} (stratified, random_state={SEED})")
    print(f"float accuracy:   {100 * float_acc:.2f}%")
    print(f"integer accuracy: {100 * int_acc:.2f}%  (shifts {shift1}, {shift2})")
    print(f"integer/float prediction agreement: {agree}/{len(y_test)}")
    print(f"test vectors correct: {vec_correct}/20")
    print(f"model: {len(data)} bytes, {n_macs} MACs -> {MODEL_PATH.relative_to(ROOT)}")


README_TEMPLATE = """\
# Demo models

## `digits-64-32-10.qmd`

A handwritten-digit classifier for the 8x8 digits data set that ships with
scikit-learn (`sklearn.datasets.load_digits`), in the on-chain `QMD1` integer
format (a `Verifiable` model: the runtime re-executes it with the
`qmodel` crate).

- Shape: 64 inputs -> 32 (ReLU, shift {shift1}) -> 10 (Identity, shift {shift2}).
- Size: {size} bytes. Cost: {macs} multiply-accumulates per evaluation
  (64 * 32 + 32 * 10).
- Input encoding: the 64 pixels in row-major order, each pixel value
  `p` in 0..=16 encoded as the i8 `p * 7` (0..=112).
- Output: 10 i8 scores; the predicted digit is the index of the first
  maximum (`qmodel::argmax`).

Accuracy on the held-out split ({n_test} images; stratified 75/25 split with
`random_state=0`, {n_train} training images):

| model                         | accuracy        |
|-------------------------------|-----------------|
| float (sklearn MLPClassifier) | {float_acc:.2f}% |
| integer (this file)           | {int_acc:.2f}% |

The integer and float models predict the same class on {agree} of {n_test}
held-out images.

## `digits-test-vectors.json`

20 held-out images (the first two of each digit in split order), each with
its true `label`, the `output` vector of the integer model and its `class`
(argmax); {vec_correct} of 20 classes equal the label. The Rust test
`primitives/qmodel/tests/digits.rs` checks that the Rust evaluator
reproduces every output bit for bit.

## Format (`QMD1`, little-endian; full description in `primitives/qmodel`)

- header: magic `b"QMD1"`, `layer_count: u8` (1..=8), `input_len: u16` (>= 1);
- per layer: `out_len: u16` (>= 1), `shift: u8` (0..=31),
  `activation: u8` (0 = Identity, 1 = ReLU), `out_len * in_len` i8 weights
  (row-major, one row per output), `out_len` i32 biases;
- no trailing bytes; every row must satisfy
  `|bias| + 128 * sum|w| <= i32::MAX`, so accumulators cannot overflow.

Each output is `clamp((bias + sum w*x) >> shift, -128, 127)` (ReLU applied
before the clamp).

## Regenerating

```sh
pip install scikit-learn numpy
python3 tools/train_digits.py
```

The script trains the float model, quantizes it (per-layer symmetric i8
weights, shifts fitted to the activation range on the training split),
evaluates both on the held-out split with an independent
pure-Python integer evaluator, and rewrites the three files in this
directory. Numerical libraries may differ slightly across machines; the
committed files are the reference the tests check.
"""


if __name__ == "__main__":
    main()
