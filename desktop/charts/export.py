"""Save a chart as PNG, SVG or PDF, atomically (a temp file in the target folder, then ``os.replace``)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from criteria.errors import InputError, OutputError, Problem

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
    folder = target.parent if str(target.parent) else Path(".")
    handle, temp = None, None
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=f".{fmt}", dir=folder)
        with os.fdopen(handle, "wb") as stream:
            handle = None
            figure.savefig(stream, format=fmt, dpi=PNG_DPI if fmt == "png" else "figure")
        os.replace(temp, target)
        temp = None
    except OSError as error:
        raise OutputError(f"could not write {target}: {error.strerror or error}") from error
    finally:
        if handle is not None:
            os.close(handle)
        if temp is not None and os.path.exists(temp):
            os.unlink(temp)
    return target
