"""Expected activation values for tests/plugins/activation_test.ts, from the formulas
PyTorch documents for its activation modules, in float64 with Python's math module.
Run: /usr/bin/python3 tests/plugins/activation_values.py"""
import json, math

Z = [-8.0, -3.0, -1.5, -0.5, -1e-3, 0.0, 1e-3, 0.5, 1.5, 3.0, 8.0]
A, L = 1.6732632423543772848170429916717, 1.0507009873554804934193349852946
sig = lambda x: 1 / (1 + math.exp(-x))
sp = lambda x: math.log1p(math.exp(x))
f = {
    "softplus": sp,
    "elu": lambda x: x if x > 0 else math.expm1(x),
    "selu": lambda x: L * (x if x > 0 else A * math.expm1(x)),
    "gelu": lambda x: 0.5 * x * (1 + math.erf(x / math.sqrt(2))),
    "geluTanh": lambda x: 0.5 * x * (1 + math.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x**3))),
    "silu": lambda x: x * sig(x),
    "mish": lambda x: x * math.tanh(sp(x)),
    "hardSigmoid": lambda x: 0.0 if x <= -3 else 1.0 if x >= 3 else x / 6 + 0.5,
}
print(json.dumps({"z": Z, **{k: [g(x) for x in Z] for k, g in f.items()}}, indent=1))
