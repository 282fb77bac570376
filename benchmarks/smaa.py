"""SMAA-2 at 1,000 x 10 with every value uncertain, against a per-sample scikit-criteria loop on
the same samples; its peak memory; and the "check first" ranking of the bundled sample.

``run()`` returns the figures; ``benchmarks/run.py`` merges them into ``benchmarks/results.json``.
"""

from __future__ import annotations

import dataclasses
import statistics
import time
import tracemalloc
import warnings

import numpy as np

from benchmarks.common import random_model
from criteria.evidence import Evidence
from criteria.study import StudyState
from scoring.check_first import check_first
from scoring.smaa import Study, run_smaa
from scoring.smaa_sampling import WeightSampler, uniform_levels

SAMPLES = 10_000
SEED = 1
LOOP_SUBSET = 200  # the first samples pushed through scikit-criteria one by one, then scaled to SAMPLES
ROUNDS = 3  # after a warm-up, each round times our run and the loop back to back; medians of both


def _state() -> StudyState:
    """1,000 partners x 10 criteria on 1-10 scales, every cell with a confidence (the worst case:
    10,000 uncertain values per sample)."""
    model = random_model(1000, 10)
    criteria = tuple(dataclasses.replace(c, min=1.0, max=10.0) for c in model.criteria)
    levels = ("high", "medium", "low")
    evidence = tuple(
        Evidence(p.name, c.name, confidence=levels[(i + j) % 3])
        for i, p in enumerate(model.partners)
        for j, c in enumerate(criteria)
    )
    return StudyState.from_model(dataclasses.replace(model, criteria=criteria, evidence=evidence))


def _ours(state: StudyState) -> None:
    run_smaa(Study.of(state), n_samples=SAMPLES, seed=SEED)


def _skcriteria_loop(state: StudyState, count: int) -> float:
    """Seconds for the first ``count`` of our (weights, values) samples as a validating library
    call each: min-max inversion of the cost criteria, weighted sum, ranks (the pipeline of
    ``benchmarks.robustness``)."""
    import skcriteria
    from skcriteria.agg.simple import WeightedSumModel
    from skcriteria.preprocessing.invert_objectives import MinMaxInverter

    study = Study.of(state)
    cells = study.values.cells
    weights = WeightSampler(study.weights, study.scorer.weights, np.random.default_rng(SEED)).take(count)
    values = study.values.draw(uniform_levels(np.random.default_rng([SEED, 1]), count, cells.size), cells)
    objectives = np.where(study.scorer.prepared.benefit, 1, -1)
    start = time.perf_counter()
    for w, x in zip(weights, values, strict=True):
        _ = (
            WeightedSumModel()
            .evaluate(MinMaxInverter().transform(skcriteria.mkdm(x, objectives, weights=w)))
            .rank_
        )
    return time.perf_counter() - start


def _peak_mib(state: StudyState) -> float:
    tracemalloc.start()
    try:
        _ours(state)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20


def _check_first_seconds() -> float:
    from workbooks.sample import load_sample

    state = StudyState.from_model(load_sample())
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        check_first(state, Study.of(state))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run() -> dict[str, float]:
    state = _state()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _ours(state)  # warm-up
        _skcriteria_loop(state, 5)  # warm-up: imports
        ours, loop = [], []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            _ours(state)
            ours.append(time.perf_counter() - start)
            loop.append(_skcriteria_loop(state, LOOP_SUBSET) * SAMPLES / LOOP_SUBSET)
    ours_s, loop_s = statistics.median(ours), statistics.median(loop)
    return {
        f"smaa_{SAMPLES}_samples_1000x10_s": ours_s,
        "smaa_skcriteria_loop_s": loop_s,
        "smaa_skcriteria_loop_ratio": loop_s / ours_s,
        "smaa_peak_extra_mib": _peak_mib(state),
        "check_first_sample_s": _check_first_seconds(),
    }


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:40s} {value:10.3f}")
