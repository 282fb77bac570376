"""Timing helpers and study builders shared by the benchmark modules."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from criteria.model import Criterion, DecisionModel, Direction, Partner


def median_ms(fn: Callable[[], object], repeat: int = 50, warmup: int = 3) -> float:
    """Median wall time of ``fn()`` in milliseconds."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def process_seconds(args: list[str], repeat: int = 5) -> float:
    """Median wall time of a whole process, start to exit."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def random_model(n: int, m: int, seed: int = 7) -> DecisionModel:
    """n partners x m criteria on a 1-10 scale, one criterion in three a cost."""
    rng = np.random.default_rng(seed)
    values = rng.uniform(1, 10, size=(n, m)).round(2)
    criteria = tuple(
        Criterion(
            f"Criterion {j + 1}",
            Direction.COST if j % 3 == 2 else Direction.BENEFIT,
            float(rng.uniform(0.5, 2)),
        )
        for j in range(m)
    )
    partners = tuple(Partner(f"Partner {i + 1}", (("Country", "Testland"),)) for i in range(n))
    return DecisionModel(partners, criteria, values, descriptive_columns=("Country",))


def cli_executable() -> str:
    return str(Path(sys.executable).with_name("partner-scout"))
