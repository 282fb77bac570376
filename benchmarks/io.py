"""Workbook I/O timings at 10,000 x 10: reading a study, writing a result workbook.

``run()`` returns the figures (seconds, median of 5); targets: read <= 0.5 s, write <= 1.5 s.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.common import median_ms, random_model
from criteria.study import StudyState
from scoring import rank
from workbooks.reader import read_workbook
from workbooks.writer import save_study, write_result

ROWS, COLUMNS = 10_000, 10


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        study = save_study(Path(folder) / "study-10000.xlsx", random_model(ROWS, COLUMNS))  # built once
        read_ms = median_ms(lambda: read_workbook(study), repeat=5, warmup=1)
        state = StudyState.from_model(read_workbook(study))
        ranking = rank(state)
        out = Path(folder) / "result.xlsx"
        write_ms = median_ms(lambda: write_result(out, state, ranking, source=study), repeat=5, warmup=1)
    return {"read_10000_rows_s": read_ms / 1000, "write_result_10000_rows_s": write_ms / 1000}


if __name__ == "__main__":
    print(run())
