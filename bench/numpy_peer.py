"""The NumPy peer of the performance workloads (bench/peers.ts drives it).

The network is written as the teaching notebooks write theirs: plain vectorised
NumPy in float64 (or float32: spec.json's dtype), samples in rows, Z = A_prev @ W + b, ReLU hidden layers
(np.maximum), a sigmoid or softmax output, and backpropagation by hand:
delta_L = (Y_hat - Y) / m (the output and its loss fused, as in seed 000),
dW = A_prev.T @ delta, db = delta summed over rows, delta_below =
(delta @ W.T) * (Z_below > 0); then plain SGD, W -= lr * dW.

Usage:
  python3 bench/numpy_peer.py --info   one JSON line: NumPy, Python and BLAS versions
  python3 bench/numpy_peer.py DIR      serve the workload described in DIR

DIR holds spec.json (sizes, output, mode, count, batch_size, learning_rate,
rows, shuffle, seed, dtype) and raw little-endian float64 files: x.f64 (rows x inputs),
y.f64 (rows x outputs), and W<i>.f64 (inputs x outputs) and b<i>.f64 for each
layer i, the starting weights. The peer then reads commands from stdin, one a
line, and answers each with one line on stdout:

  run       one run of the workload, training the network further; answers the
            seconds it took (time.perf_counter around the run alone)
  loss      the loss of the last training step, before its update
  weights   every layer's W (row-major) then b, as one JSON array of arrays
  quit      (or the end of stdin) exits

The caller sets OPENBLAS_NUM_THREADS=1 (and OMP_, MKL_) so that BLAS runs on
one thread, like the other contenders.
"""

import json
import os
import sys
import time

import numpy as np


def blas_info():
    """The BLAS NumPy was built with, as "name version", or "unknown BLAS"."""
    try:
        blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        return f"{blas.get('name', 'unknown')} {blas.get('version', '')}".strip()
    except Exception:  # NumPy before 1.25 has no mode="dicts"
        return "unknown BLAS"


def blas_threads():
    """The thread count OpenBLAS reports, read from the loaded library; None if unknown."""
    try:
        import ctypes

        with open("/proc/self/maps") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower()}
        for path in sorted(p for p in paths if ".so" in p):
            lib = ctypes.CDLL(path)
            for name in (
                "openblas_get_num_threads",
                "openblas_get_num_threads64_",
                "scipy_openblas_get_num_threads64_",
                "scipy_openblas_get_num_threads",
            ):
                get = getattr(lib, name, None)
                if get is not None:
                    return int(get())
    except Exception:  # not Linux, or not OpenBLAS: unknown
        pass
    return None


def info():
    """What --info prints: the versions the harness's header reports."""
    return {
        "numpy": np.__version__,
        "python": sys.version.split()[0],
        "blas": blas_info(),
        "blas_threads": blas_threads(),
    }


def read(directory, name, rows, cols, dtype=np.float64):
    """A rows x cols matrix of `dtype` from DIR/name, raw little-endian float64."""
    values = np.fromfile(os.path.join(directory, name), dtype="<f8")
    if values.size != rows * cols:
        raise ValueError(f"{name}: expected {rows} x {cols} values, got {values.size}")
    return values.astype(dtype, copy=False).reshape(rows, cols)


class Network:
    """Dense layers with ReLU hidden layers and a sigmoid or softmax output, trained by SGD."""

    def __init__(self, weights, biases, output, learning_rate):
        self.W = weights
        self.b = biases
        self.output = output
        self.learning_rate = learning_rate
        self.last_loss = float("nan")

    def forward(self, X):
        """The output for X, keeping each layer's input and Z for the backward pass."""
        self.inputs, self.Z = [], []
        A = X
        last = len(self.W) - 1
        for i, (W, b) in enumerate(zip(self.W, self.b)):
            self.inputs.append(A)
            Z = A @ W + b
            self.Z.append(Z)
            if i < last:
                A = np.maximum(Z, 0)
            elif self.output == "sigmoid":
                A = 1 / (1 + np.exp(-Z))
            else:
                E = np.exp(Z - Z.max(axis=1, keepdims=True))
                A = E / E.sum(axis=1, keepdims=True)
        return A

    def loss(self, Y):
        """The loss of the last forward pass, computed stably from the output layer's Z."""
        Z = self.Z[-1]
        if self.output == "sigmoid":
            # Log loss, mean over every entry: max(z, 0) - y z + log(1 + e^-|z|).
            return float(np.mean(np.maximum(Z, 0) - Y * Z + np.log1p(np.exp(-np.abs(Z)))))
        # Cross-entropy, mean over rows: log-sum-exp(z) - z at the target.
        top = Z.max(axis=1, keepdims=True)
        lse = top + np.log(np.exp(Z - top).sum(axis=1, keepdims=True))
        return float(np.sum(Y * (lse - Z)) / Z.shape[0])

    def step(self, X, Y):
        """One SGD step on the batch (X, Y); the loss before the update is kept in last_loss."""
        Y_hat = self.forward(X)
        self.last_loss = self.loss(Y)
        # delta_L = dJ/dZ_L: (Y_hat - Y) over m rows (cross-entropy) or m x n entries (log loss).
        delta = (Y_hat - Y) / (Y.size if self.output == "sigmoid" else Y.shape[0])
        for i in range(len(self.W) - 1, -1, -1):
            dW = self.inputs[i].T @ delta
            db = delta.sum(axis=0)
            if i > 0:
                delta = (delta @ self.W[i].T) * (self.Z[i - 1] > 0)
            self.W[i] -= self.learning_rate * dW
            self.b[i] -= self.learning_rate * db


class Workload:
    """One workload's data, network and run, as spec.json describes them."""

    def __init__(self, directory):
        with open(os.path.join(directory, "spec.json")) as file:
            spec = json.load(file)
        if spec["mode"] not in ("fit", "steps", "forward"):
            expected = 'expected "fit", "steps" or "forward"'
            raise ValueError(f"spec.json mode: {expected}, got {spec['mode']!r}")
        if spec["dtype"] not in ("float64", "float32"):
            raise ValueError(f'spec.json dtype: expected "float64" or "float32", got {spec["dtype"]!r}')
        dtype = np.dtype(spec["dtype"])
        sizes = spec["sizes"]
        rows = spec["rows"]
        self.X = read(directory, "x.f64", rows, sizes[0], dtype)
        self.Y = read(directory, "y.f64", rows, sizes[-1], dtype)
        shapes = list(enumerate(zip(sizes, sizes[1:])))
        weights = [read(directory, f"W{i}.f64", n, k, dtype) for i, (n, k) in shapes]
        biases = [read(directory, f"b{i}.f64", 1, k, dtype).reshape(k) for i, (_, k) in shapes]
        self.net = Network(weights, biases, spec["output"], spec["learning_rate"])
        self.mode = spec["mode"]
        self.count = spec["count"]
        self.batch_size = spec["batch_size"]
        self.shuffle = spec["shuffle"]
        self.rng = np.random.default_rng(spec["seed"])

    def run(self):
        """One run: `count` epochs, steps or forward passes, as the mode says."""
        X, Y, net, size = self.X, self.Y, self.net, self.batch_size
        if self.mode == "forward":
            for _ in range(self.count):
                net.forward(X)
        elif self.mode == "steps":
            for _ in range(self.count):
                net.step(X, Y)
        else:
            rows = X.shape[0]
            for _ in range(self.count):
                order = self.rng.permutation(rows) if self.shuffle else np.arange(rows)
                for start in range(0, rows, size):
                    batch = order[start : start + size]
                    net.step(X[batch], Y[batch])


def serve(directory):
    """Answers the commands on stdin for the workload in `directory`."""
    np.seterr(over="ignore")  # exp(-Z) overflows to inf for a very negative Z: 1 / inf is right
    workload = Workload(directory)
    print("ready", flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "run":
            started = time.perf_counter()
            workload.run()
            answer = repr(time.perf_counter() - started)
        elif command == "loss":
            answer = repr(workload.net.last_loss)
        elif command == "weights":
            layers = zip(workload.net.W, workload.net.b)
            answer = json.dumps([v.ravel().tolist() for W, b in layers for v in (W, b)])
        elif command == "quit":
            return
        else:
            raise ValueError(f'expected a command of run, loss, weights or quit, got "{command}"')
        print(answer, flush=True)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 bench/numpy_peer.py --info | DIR")
    if sys.argv[1] == "--info":
        print(json.dumps(info()))
    else:
        serve(sys.argv[1])
