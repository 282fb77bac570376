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


def process_seconds_and_peak_mib(args: list[str], repeat: int = 3) -> tuple[float, float]:
    """Median wall time of a whole process and its peak resident memory (MiB, the largest run).

    Each run is waited for by a fresh interpreter that reports its children's peak RSS, so the
    figure is that process's own, not the benchmark runner's (Linux: ``ru_maxrss`` in KiB).
    """
    probe = (
        "import resource, subprocess, sys, time; start = time.perf_counter(); "
        "subprocess.run(sys.argv[1:], check=True, capture_output=True); "
        "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", probe, *args], check=True, capture_output=True, text=True)
        seconds, kib = out.stdout.split()
        runs.append((float(seconds), int(kib) / 1024))
    return statistics.median(s for s, _ in runs), max(p for _, p in runs)


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
