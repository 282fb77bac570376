"""The PROMETHEE I chart Visual PROMETHEE users know: phi+ and phi- on two vertical scales.

The left scale is the leaving flow phi+ (best at the top), the right one the entering flow phi-
(upside down: the lowest, best, at the top); a line joins each partner's two points. Where two
lines cross, neither partner outranks the other: they are incomparable (PROMETHEE I). Names
sit on their own rows beside each scale (moved apart with ``labels.spread_1d`` and measured
with the renderer), with a leader line back to their point when moved.

A weight edit only moves artists (``update``): the partners' lines, the scales' extreme values,
the names and their leaders, which the canvas blits (``dynamic``); the names are placed again
for their new points by the same rule, each name measured once for the layout it is drawn in.
"""

from __future__ import annotations

import numpy as np
from matplotlib.collections import LineCollection
from PySide6.QtCore import QCoreApplication

from desktop.charts import style
from desktop.charts.labels import elide_to, lay_out_now, spread_1d, text_extent
from desktop.charts.plots import figure_title
from desktop.i18n import format_number

LEFT, RIGHT = 0.36, 0.64  # x of the two scales; names take the room outside them
MAX_SHOWN = 20  # partners drawn (best by net flow), fewer in a short chart; the rest are counted in the title
MIN_NAME_SIZE = 7.0  # points: names get smaller to hold their rows, never below this
GAP = 14.0  # pixels between a scale and its names (the leader lines' room)


def _heights(values: np.ndarray, top_is_high: bool) -> np.ndarray:
    """Each value's height on its scale, 0 (bottom) .. 1 (top)."""
    low, high = float(values.min()), float(values.max())
    span = high - low
    unit = (values - low) / span if span > 1e-12 else np.full(len(values), 0.5)
    return unit if top_is_high else 1.0 - unit


class PrometheeOnePlot:
    """The two scales, the partners' lines and their names (the first ``MAX_SHOWN``, net-flow order).

    Names are spread in pixels: call ``place_names()`` once the figure is laid out at the size it
    is drawn at (``desktop.charts.fitting.draw_fitted`` does). Row k (the k-th partner by net flow)
    keeps its colour; its line, names and leaders follow whoever is k-th.
    """

    def __init__(self, ax, partners, phi_plus, phi_minus, limit: int = MAX_SHOWN) -> None:
        """Draw the first ``limit`` partners (``rows()`` says how many the chart holds, once drawn)."""
        self.ax = ax
        self.total = len(partners)
        self.sizes = sizes = style.sizes()  # as fitted (``style.scaled``): updates draw at these sizes
        self.names: list[str] = []
        self.lines: list = []
        self.extremes: list = []  # the values at each scale's top and bottom: phi+ top, bottom, phi- ...
        self.name_texts: tuple[list, list] = ([], [])  # beside the phi+ scale, beside the phi- scale
        self.leaders = LineCollection([], linewidths=0.8)  # from each name back to its point
        self._measured: dict = {}  # (text, font size, room) -> (text elided to the room, row height)
        shown = min(limit, self.total)
        ax.set_xlim(0, 1)
        ax.set_ylim(-0.02, 1.02)
        ax.set_axis_off()
        title = QCoreApplication.translate("Charts", "PROMETHEE I: where the two flows disagree, lines cross")
        if self.total > shown:
            title += " " + QCoreApplication.translate("Charts", "(showing {shown} of {total})").format(
                shown=shown, total=self.total
            )
        figure_title(ax.figure, title)  # over the scales' headers too, never on them
        if not shown:
            return
        # each scale's header above it, ending at its scale (LEFT) or starting there (RIGHT), so the
        # two never meet however narrow the chart; the extreme values between header and scale
        above = 1.6 * sizes.note + 4  # points: room for a value's line under the header
        for x, label, side in (
            (LEFT, QCoreApplication.translate("Charts", "φ+ leaving flow"), "right"),
            (RIGHT, QCoreApplication.translate("Charts", "φ− entering flow"), "left"),
        ):
            ax.plot([x, x], [0, 1], color="#333333", linewidth=2.5, solid_capstyle="butt")
            ax.annotate(label, (x, 1), xytext=(0, above), textcoords="offset points", ha=side, va="bottom",
                        fontsize=sizes.label, annotation_clip=False)  # fmt: skip
        for x in (LEFT, RIGHT):
            inward = 3 if x == LEFT else -3  # points, towards the middle: names take the outside
            for y, dy, va in ((1, 2, "bottom"), (0, -2, "top")):
                value = ax.annotate("", (x, y), xytext=(inward, dy), textcoords="offset points",
                                    ha="left" if x == LEFT else "right", va=va, fontsize=sizes.note,
                                    color="#555555", annotation_clip=False)  # fmt: skip
                self.extremes.append(value)
        lines = style.partner_lines(shown)
        self.colours = [colour for colour, _ in lines]
        for colour, dash in lines:
            (line,) = ax.plot([LEFT, RIGHT], [0.5, 0.5], color=colour, linestyle=dash, linewidth=2, marker="o",
                              markersize=6)  # fmt: skip
            self.lines.append(line)
        for texts, x, side in ((self.name_texts[0], LEFT, "right"), (self.name_texts[1], RIGHT, "left")):
            texts += [ax.text(x, 0.5, "", color=colour, ha=side, va="center") for colour in self.colours]
        self.leaders.set_colors(self.colours * 2)
        ax.add_collection(self.leaders, autolim=False)
        for artist in (self.leaders, *self.name_texts[0], *self.name_texts[1]):
            artist.set_in_layout(False)  # placed for the layout: they must not move the axes
        self._show(partners, phi_plus, phi_minus)

    @property
    def dynamic(self) -> tuple:
        """What ``update`` changes, for the canvas to blit: lines under leaders under texts (as drawn)."""
        return (*self.lines, self.leaders, *self.extremes, *self.name_texts[0], *self.name_texts[1])

    def update(self, partners, phi_plus, phi_minus) -> bool:
        """Show new flows of the same partners (a weight edit) by moving the dynamic artists, names
        placed again for the layout as it is; False, changing nothing, when the chart would show
        another number of partners (build it again then)."""
        if len(partners) != self.total or not self.lines:
            return False
        self._show(partners, phi_plus, phi_minus)
        self.place_names()
        return True

    def _show(self, partners, phi_plus, phi_minus) -> None:
        """The first rows' names, lines and the scales' extreme values for these flows."""
        shown = len(self.lines)
        self.names = list(partners[:shown])
        plus, minus = np.asarray(phi_plus[:shown]), np.asarray(phi_minus[:shown])
        self.heights = (_heights(plus, True), _heights(minus, False))
        for line, a, b in zip(self.lines, *self.heights, strict=True):
            line.set_ydata([a, b])
        extremes = iter(self.extremes)
        for values, heights in ((plus, self.heights[0]), (minus, self.heights[1])):
            for at in (np.argmax(heights), np.argmin(heights)):  # top, then bottom
                next(extremes).set_text(format_number(values[int(at)], 3))

    def rows(self) -> int:
        """How many names a scale holds, one a row at the smallest name size, as the chart is laid out
        now (at least 3)."""
        lay_out_now(self.ax.figure)
        low, high = self.ax.bbox.y0, self.ax.transData.transform((LEFT, 1.0))[1]
        row = text_extent(self.ax.figure, "Ag", fontsize=MIN_NAME_SIZE)[1] + 2  # 2 px between rows
        return max(3, int((high - low) // row))

    def place_names(self) -> None:
        """(Re)place the names beside both scales for the Axes' current size."""
        if not self.names:
            return
        segments = self._names(0, LEFT, "right") + self._names(1, RIGHT, "left")
        self.leaders.set_segments(segments)

    def _names(self, scale: int, x: float, side: str) -> list:
        """Names beside one scale, each on its own row, elided to the room between the scale and the edge;
        returns their leader lines (data coordinates)."""
        ax, heights, note = self.ax, self.heights[scale], self.sizes.note
        to_pixels, to_data = ax.transData, ax.transData.inverted()
        points = to_pixels.transform(np.column_stack([np.full(len(heights), x), heights]))
        low, high = ax.bbox.y0, to_pixels.transform((x, 1.0))[1]
        line = self._measure("Ag", note)[1]
        size = float(min(note, max(MIN_NAME_SIZE, note * (high - low) / len(self.names) / line)))
        room = (points[0, 0] - ax.bbox.x0 if side == "right" else ax.bbox.x1 - points[0, 0]) - GAP - 4
        shown, row_heights = zip(*(self._measure(name, size, room) for name in self.names), strict=True)
        centres = spread_1d(points[:, 1], [height + 2 for height in row_heights], low, high)  # 2 px apart
        step = -GAP if side == "right" else GAP
        segments = []
        for text, name, (px, py), centre in zip(self.name_texts[scale], shown, points, centres, strict=True):
            text.set_text(name)
            text.set_fontsize(size)
            text.set_position(to_data.transform((px + step, centre)))
            segments.append(to_data.transform([(px, py), (px + step * 0.8, centre)]))
        return segments

    def _measure(self, text: str, size: float, room: float = np.inf) -> tuple[str, float]:
        """``text`` elided to ``room`` pixels at ``size`` points, and its height: measured once."""
        key = (text, size, room)
        if key not in self._measured:
            figure = self.ax.figure
            fitted = elide_to(text, room, lambda t: text_extent(figure, t, fontsize=size)[0])
            self._measured[key] = fitted, text_extent(figure, fitted, fontsize=size)[1]
        return self._measured[key]
