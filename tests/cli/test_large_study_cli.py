"""`sensitivity` on 10,000 partners stays within 1 GiB as a whole process (issue 10, "Also")."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import numpy as np

from benchmarks.common import random_model
from tests.cli.conftest import CLI
from workbooks.writer import save_study

PEAK_MIB = 1024


def test_sensitivity_on_ten_thousand_partners_fits_in_a_gibibyte(tmp_path):
    model = random_model(10_000, 10)
    values = np.array(model.values)
    values[np.arange(0, 10_000, 500), 3] = np.nan  # 20 partners with a gap
    path = tmp_path / "large.xlsx"
    save_study(path, dataclasses.replace(model, values=values))
    # a fresh interpreter waits for the command, so its children's peak RSS is the command's own
    probe = (
        "import resource, subprocess, sys; "
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=300); "
        "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
        "print(done.stdout[-3000:])"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, CLI, "sensitivity", str(path)],
        capture_output=True,
        text=True,
        timeout=320,
    )
    status, *rest = result.stdout.splitlines()
    code, kib = map(int, status.split())
    assert code == 0, result.stdout
    assert kib / 1024 < PEAK_MIB
    tail = "\n".join(rest)
    assert "1,000 samples by default for 10,000 partners" in tail
    assert "depending on its gaps" in tail or "however its gaps are filled" in tail
