"""PROMETHEE at 10,000 x 10 with preference functions, against today's usual kernel in the same run.

V-shape (p = 20% of the range) and Gaussian (s = 10% of the range) on every criterion, and a
mix of both: time (median ms) and peak traced memory (MiB) of ``kernels.promethee``.
"""

from __future__ import annotations

import tracemalloc
from functools import partial

from benchmarks.common import median_ms
from benchmarks.kernels import _data
from criteria.preference import PreferenceFunction, Shape, Threshold
from scoring import kernels

V_SHAPE = PreferenceFunction(Shape.V_SHAPE, p=Threshold(0.2, relative=True))
GAUSSIAN = PreferenceFunction(Shape.GAUSSIAN, s=Threshold(0.1, relative=True))
CASES = {
    "usual": None,
    "vshape": (V_SHAPE,) * 10,
    "gaussian": (GAUSSIAN,) * 10,
    "mixed": (V_SHAPE, GAUSSIAN) * 5,
}


def _peak_mib(call) -> float:
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def run() -> dict[str, float]:
    X, w, benefit, lo, hi = _data(10_000, 10)
    results: dict[str, float] = {}
    for name, functions in CASES.items():
        call = partial(kernels.promethee, X, w, benefit, lo, hi, functions)
        results[f"promethee_{name}_10000x10_ms"] = median_ms(call, repeat=5)
        results[f"promethee_{name}_10000x10_peak_mib"] = _peak_mib(call)
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:40s} {value:10.3f}")
