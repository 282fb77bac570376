"""Kernel timings at 1,000 x 10, against scikit-criteria on the same data, and PROMETHEE at 10,000 x 10.

``run()`` returns the figures; ``benchmarks/run.py`` merges them into ``benchmarks/results.json``.
"""

from __future__ import annotations

import tracemalloc
import warnings

import numpy as np

from benchmarks.common import median_ms
from scoring import kernels

METHODS = ("wsm", "wpm", "topsis", "vikor", "promethee")


def _data(n: int, m: int, seed: int = 20260125):
    rng = np.random.default_rng(seed)
    X = rng.uniform(1.0, 10.0, size=(n, m))
    benefit = np.arange(m) % 4 != 3  # one cost criterion in four
    w = rng.dirichlet(np.ones(m))
    return X, w, benefit, X.min(axis=0), X.max(axis=0)


def _skcriteria_calls(X, w, benefit):
    """Each method as a scikit-criteria pipeline (transform + evaluate), as an oracle would run it."""
    import skcriteria
    from skcriteria.agg.simple import WeightedProductModel, WeightedSumModel
    from skcriteria.agg.topsis import TOPSIS
    from skcriteria.agg.vikor import VIKOR
    from skcriteria.preprocessing.invert_objectives import InvertMinimize, MinMaxInverter
    from skcriteria.preprocessing.scalers import VectorScaler

    dm = skcriteria.mkdm(X, np.where(benefit, 1, -1), weights=w)
    return {
        "wsm": lambda: WeightedSumModel().evaluate(MinMaxInverter().transform(dm)),
        "wpm": lambda: WeightedProductModel().evaluate(InvertMinimize().transform(dm)),
        "topsis": lambda: TOPSIS().evaluate(VectorScaler(target="matrix").transform(dm)),
        "vikor": lambda: VIKOR().evaluate(dm),
    }


def run() -> dict[str, float]:
    """Median milliseconds per call (and PROMETHEE's peak memory at 10,000 x 10)."""
    results: dict[str, float] = {}
    X, w, benefit, lo, hi = _data(1000, 10)
    for key in METHODS:
        kernel = getattr(kernels, key)
        results[f"kernel_{key}_1000x10_ms"] = median_ms(lambda k=kernel: k(X, w, benefit, lo, hi))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for key, call in _skcriteria_calls(X, w, benefit).items():
            results[f"skcriteria_{key}_1000x10_ms"] = median_ms(call, repeat=10)
    big = _data(10_000, 10)
    results["promethee_10000x10_ms"] = median_ms(lambda: kernels.promethee(*big), repeat=10)
    tracemalloc.start()
    try:
        kernels.promethee(*big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    results["promethee_10000x10_peak_mib"] = peak / 2**20
    return results


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:36s} {value:10.3f}")
