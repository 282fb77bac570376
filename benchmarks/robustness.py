"""Monte Carlo rank acceptability at 1,000 x 10: our chunked numpy core against a per-sample
scikit-criteria loop, its peak memory, and the whole `partner-scout sensitivity` process (on the
sample, and on 10,000 partners with its time and peak memory).

``run()`` returns the figures; ``benchmarks/run.py`` merges them into ``benchmarks/results.json``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import tracemalloc
import warnings
from pathlib import Path

import numpy as np

from benchmarks.common import cli_executable, process_seconds, process_seconds_and_peak_mib, random_model
from criteria.study import StudyState
from scoring.sensitivity import DEFAULT_SPREAD, BatchScorer, rank_acceptability, sample_weights

SAMPLES = 10_000
SEED = 1
LOOP_SUBSET = 200  # the first samples pushed through scikit-criteria one by one, then scaled to SAMPLES
ROUNDS = 5  # after a warm-up, each round times our run and the loop back to back; medians of both
METHODS = ("wsm", "topsis")


def _ours(state: StudyState) -> None:
    rank_acceptability(state, n_samples=SAMPLES, seed=SEED)


def _skcriteria_loop(state: StudyState, method: str, count: int) -> float:
    """Seconds for the first ``count`` of our samples as a validating library call each
    (transform, evaluate, rank), on the same prepared values."""
    import skcriteria
    from skcriteria.agg.simple import WeightedSumModel
    from skcriteria.agg.topsis import TOPSIS
    from skcriteria.preprocessing.invert_objectives import MinMaxInverter
    from skcriteria.preprocessing.scalers import VectorScaler

    scorer = BatchScorer.of(state)
    X, objectives = scorer.prepared.values, np.where(scorer.prepared.benefit, 1, -1)
    # the stream rank_acceptability draws: the first `count` of its SAMPLES weight vectors
    weights = sample_weights(scorer.weights, np.random.default_rng(SEED), count, DEFAULT_SPREAD)
    if method == "wsm":
        pipeline = lambda dm: WeightedSumModel().evaluate(MinMaxInverter().transform(dm))  # noqa: E731
    else:
        pipeline = lambda dm: TOPSIS().evaluate(VectorScaler(target="matrix").transform(dm))  # noqa: E731
    start = time.perf_counter()
    for w in weights:
        _ = pipeline(skcriteria.mkdm(X, objectives, weights=w)).rank_
    return time.perf_counter() - start


def _timed(state: StudyState, method: str) -> tuple[float, float]:
    """Median seconds of our run and of the scaled loop, measured in alternating rounds.

    Alternating keeps both under the same machine load (the benchmark machine is shared), so
    their ratio does not depend on which of them ran during a busy moment.
    """
    _ours(state)  # warm-up
    _skcriteria_loop(state, method, 5)  # warm-up: imports
    ours, loop = [], []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        _ours(state)
        ours.append(time.perf_counter() - start)
        loop.append(_skcriteria_loop(state, method, LOOP_SUBSET) * SAMPLES / LOOP_SUBSET)
    return statistics.median(ours), statistics.median(loop)


def _peak_mib(state: StudyState) -> float:
    tracemalloc.start()
    try:
        rank_acceptability(state, n_samples=SAMPLES, seed=SEED)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20


def _cli_seconds() -> float:
    from workbooks.sample import copy_sample

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.xlsx"
        copy_sample(path)
        args = [cli_executable(), "sensitivity", str(path), "--samples", str(SAMPLES), "--format", "json"]
        return process_seconds(args)


def _large_study_figures() -> dict[str, float]:
    """The whole default `sensitivity` process (Monte Carlo, tipping points, missing-value
    ranges) on 10,000 partners x 10 criteria with 300 gaps, against a bare interpreter's start
    and memory measured the same way in the same run."""
    import dataclasses

    from workbooks.writer import save_study

    model = random_model(10_000, 10)
    values = np.array(model.values)
    rng = np.random.default_rng(3)
    values[rng.integers(0, 10_000, 300), rng.integers(0, 10, 300)] = np.nan
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "study-10000.xlsx"
        save_study(path, dataclasses.replace(model, values=values))
        bare_s, bare_mib = process_seconds_and_peak_mib([sys.executable, "-c", "pass"])
        seconds, peak = process_seconds_and_peak_mib([cli_executable(), "sensitivity", str(path)])
    return {
        "python_startup_peak_mib": bare_mib,
        "sensitivity_10000_partners_s": seconds,
        "sensitivity_10000_partners_peak_mib": peak,
    }


def run() -> dict[str, float]:
    """Seconds, ratios and MiB of the Monte Carlo core (10,000 samples, 1,000 partners x 10 criteria)."""
    model = random_model(1000, 10)
    results: dict[str, float] = {}
    ratios, peaks = [], []
    for method in METHODS:
        state = StudyState.from_model(model, method=method)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ours, loop = _timed(state, method)
        results[f"mc_{SAMPLES}_samples_1000x10_{method}_s"] = ours
        results[f"mc_skcriteria_loop_{method}_s"] = loop
        ratios.append(loop / ours)
        peaks.append(_peak_mib(state))
    results[f"mc_{SAMPLES}_samples_1000x10_s"] = max(
        results[f"mc_{SAMPLES}_samples_1000x10_{m}_s"] for m in METHODS
    )
    results["mc_skcriteria_loop_ratio"] = min(ratios)
    results["mc_peak_extra_mib"] = max(peaks)
    results["sensitivity_cli_s"] = _cli_seconds()
    results.update(_large_study_figures())
    return results


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:40s} {value:10.3f}")
