"""Save a chart as PNG, SVG or PDF through the one atomic writer (``workbooks.atomic``).

The file shows the figure as laid out on screen, with an optional footer set below
it (what the chart is of: study, method, weights, date, the workbook's data notice),
so a chart pasted into slides still says where it came from. Text stays text in SVG
and PDF (searchable, and the names can be checked by reading the file back).
"""

from __future__ import annotations

import contextlib
import math
import os
from pathlib import Path

from criteria.errors import InputError, Problem
from desktop.charts import style
from desktop.charts.labels import text_extent, wrap_to
from workbooks.atomic import write_atomic

FORMATS = ("png", "svg", "pdf")
PNG_DPI = 200  # sharp on a projector and in a report
FOOTER_COLOUR = "#444444"
FOOTER_GAP = 6.0  # points between the figure's bottom edge and the footer


def export_figure(figure, path: str | os.PathLike, footer: str = "") -> Path:
    """Write ``figure`` to ``path`` in the format its suffix names, ``footer`` below it; return the path.

    Raises InputError for an unknown suffix and OutputError when the file cannot
    be written; an existing file at ``path`` is then left as it was.
    """
    import matplotlib

    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        choices = ", ".join(f".{f}" for f in FORMATS)
        raise InputError(Problem(f"cannot export a chart as {target.name!r}: use {choices}"))
    dpi = PNG_DPI if fmt == "png" else "figure"

    def save(temp: Path) -> None:
        # laid out once at the screen's size and dpi, then held: the file shows the screen's layout
        with matplotlib.rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}), _layout_frozen(figure):
            if not footer:
                figure.savefig(temp, format=fmt, dpi=dpi)
                return
            note, height = _add_footer(figure, footer)
            try:
                width_in, height_in = figure.get_size_inches()
                area = _inches_box(-height, width_in, height_in + height)
                figure.savefig(temp, format=fmt, dpi=dpi, bbox_inches=area)
            finally:
                note.remove()

    return write_atomic(target, save)


@contextlib.contextmanager
def _layout_frozen(figure):
    """The figure laid out as on screen and held there while the saved area grows to take a footer.

    Figure legends are pinned to the figure's own area: left to follow the saved
    area, an "outside lower" legend would move down onto the footer.
    """
    engine = figure.get_layout_engine()
    if engine is not None:
        engine.execute(figure)
        figure.set_layout_engine("none")
    for legend in figure.legends:
        legend.set_bbox_to_anchor((0, 0, 1, 1), transform=figure.transFigure)
    try:
        yield
    finally:
        for legend in figure.legends:
            legend.set_bbox_to_anchor(None)
        if engine is not None:
            figure.set_layout_engine(engine)


def _add_footer(figure, footer: str):
    """A footer text under the figure's bottom edge, wrapped to its width; (artist, height in inches)."""
    from matplotlib.transforms import offset_copy

    size = style.sizes().note * 0.85
    room = figure.bbox.width * 0.98
    wrapped = "\n".join(
        wrap_to(line, room, lambda s: text_extent(figure, s, fontsize=size)[0]) for line in footer.split("\n")
    )
    below = offset_copy(figure.transFigure, figure, y=-FOOTER_GAP, units="points")
    note = figure.text(
        0.01, 0, wrapped, ha="left", va="top", fontsize=size, color=FOOTER_COLOUR, transform=below
    )
    note.set_in_layout(False)  # set below the laid-out figure, which keeps its screen layout
    _width, height = text_extent(figure, wrapped, fontsize=size)
    inches = (height / figure.dpi) + 2 * FOOTER_GAP / 72.0
    # whole pixels at the PNG's dpi, so the chart above is not moved by a fraction of a pixel
    return note, math.ceil(inches * PNG_DPI) / PNG_DPI


def _inches_box(bottom: float, width: float, height: float):
    from matplotlib.transforms import Bbox

    return Bbox.from_bounds(0.0, bottom, width, height)
