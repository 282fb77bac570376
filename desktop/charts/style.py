"""The one home of chart colours and type sizes, so every chart agrees.

A criterion keeps its colour (by position in the study's criterion order) in
the contributions, weights and radar charts alike. Sizes are for a projector at
the back of a workshop room, and follow the application's text size: at the
default size (``BASE_FONT_SIZE`` points) the charts use ``BASE_SIZES``; Ctrl+= /
Ctrl+- (``MainWindow.set_font_size``) call ``follow_font`` and the charts are then
rebuilt once. Plots read the sizes when they build their artists (``sizes()``).
"""

from __future__ import annotations

import contextlib
import dataclasses
from dataclasses import dataclass

# Okabe-Ito (colour-blind safe) without its yellow and black, then Tableau hues.
CRITERION_COLOURS = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#8C564B",
    "#7F7F7F",
    "#BCBD22",
    "#17BECF",
    "#1F3A93",
    "#9B2226",
)
# Partners compared side by side (radar, highlighted points): dark, distinct from the criteria.
PARTNER_COLOURS = ("#1B1B1B", "#C1121F", "#3A86FF", "#6A994E")
FRONTIER_COLOUR = "#C1121F"
MUTED = "#9E9E9E"

BASE_FONT_SIZE = 11  # the application's default point size (desktop.settings.DEFAULT_FONT_SIZE)
SCALE_RANGE = (0.75, 2.0)  # chart text never shrinks or grows beyond this against the base sizes


@dataclass(frozen=True)
class TextSizes:
    """Chart type sizes in points: figure/axes titles, axis labels and legends, ticks, notes."""

    title: float = 17.0
    label: float = 14.0
    tick: float = 13.0
    note: float = 12.0

    @classmethod
    def for_font(cls, point_size: float) -> TextSizes:
        """The sizes that go with an application font of ``point_size`` points (half points)."""
        scale = min(max(point_size / BASE_FONT_SIZE, SCALE_RANGE[0]), SCALE_RANGE[1])
        base = cls()
        return cls(*(round(2 * size * scale) / 2 for size in (base.title, base.label, base.tick, base.note)))


BASE_SIZES = TextSizes()
_current = BASE_SIZES


def sizes() -> TextSizes:
    """The chart type sizes for the current application text size."""
    return _current


def follow_font(point_size: float) -> bool:
    """Size chart text for an application font of ``point_size``; True when the sizes changed.

    The caller rebuilds its charts when it returns True (artists keep the size they were made with).
    """
    global _current
    wanted = TextSizes.for_font(point_size)
    changed = wanted != _current
    _current = wanted
    return changed


@contextlib.contextmanager
def scaled(factor: float):
    """Chart text at ``factor`` times the current sizes inside the block (a figure too small for them)."""
    global _current
    saved = _current
    _current = TextSizes(*(size * factor for size in dataclasses.astuple(saved)))
    try:
        yield
    finally:
        _current = saved


def criterion_colours(count: int) -> tuple[str, ...]:
    """The colour of each of ``count`` criteria, in criterion order (cycling past 12)."""
    return tuple(CRITERION_COLOURS[i % len(CRITERION_COLOURS)] for i in range(count))


def partner_colour(position: int) -> str:
    return PARTNER_COLOURS[position % len(PARTNER_COLOURS)]


# Partner lines (one-way curves, bump chart): Tableau's ten distinct hues; past ten the
# same hues lighter (tab20's pairs) and dashed, then dark again and dotted, so no two
# of 30 lines look alike. The names at the lines' ends carry the same colour.
LINE_HUES = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
             "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")  # fmt: skip
LINE_LIGHT = ("#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5",
              "#c49c94", "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5")  # fmt: skip
LINE_STYLES = ("-", "--", ":")


def partner_lines(count: int) -> list[tuple[str, str]]:
    """(colour, linestyle) for each of ``count`` partner lines, all different up to 30."""
    result = []
    for k in range(count):
        decade = (k // len(LINE_HUES)) % len(LINE_STYLES)
        colours = LINE_LIGHT if decade == 1 else LINE_HUES
        result.append((colours[k % len(LINE_HUES)], LINE_STYLES[decade]))
    return result
