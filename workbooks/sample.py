"""The bundled sample workbook: Vietnam's choice of rare-earth processing partners (illustrative)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import as_file, files
from pathlib import Path

from criteria.model import DecisionModel
from workbooks.atomic import write_atomic
from workbooks.reader import read_workbook

SAMPLE_NAME = "partner-scout-sample.xlsx"


@contextmanager
def sample_path() -> Iterator[Path]:
    """A real file path to the bundled sample, valid inside the ``with`` block."""
    with as_file(files("workbooks") / "sample" / SAMPLE_NAME) as path:
        yield Path(path)


def load_sample() -> DecisionModel:
    """The sample study: 16 partners, five criteria, three missing values, four scenarios."""
    with sample_path() as path:
        return read_workbook(path)


def copy_sample(dest: str | Path) -> Path:
    """Write a copy of the sample workbook to ``dest`` (atomically; OutputError on failure)."""
    with sample_path() as path:
        return write_atomic(dest, lambda temp: shutil.copyfile(path, temp))
