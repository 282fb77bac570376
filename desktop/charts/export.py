"""Save a chart as PNG, SVG or PDF through the one atomic writer (``workbooks.atomic``)."""

from __future__ import annotations

import os
from pathlib import Path

from criteria.errors import InputError, Problem
from workbooks.atomic import write_atomic

FORMATS = ("png", "svg", "pdf")
PNG_DPI = 200  # sharp on a projector and in a report


def export_figure(figure, path: str | os.PathLike) -> Path:
    """Write ``figure`` to ``path`` in the format its suffix names; return the path.

    Raises InputError for an unknown suffix and OutputError when the file cannot
    be written; an existing file at ``path`` is then left as it was.
    """
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        choices = ", ".join(f".{f}" for f in FORMATS)
        raise InputError(Problem(f"cannot export a chart as {target.name!r}: use {choices}"))
    dpi = PNG_DPI if fmt == "png" else "figure"
    return write_atomic(target, lambda temp: figure.savefig(temp, format=fmt, dpi=dpi))
