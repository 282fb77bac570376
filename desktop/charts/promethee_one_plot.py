"""The PROMETHEE I chart Visual PROMETHEE users know: phi+ and phi- on two vertical scales.

The left scale is the leaving flow phi+ (best at the top), the right one the entering flow phi-
(upside down: the lowest, best, at the top); a line joins each partner's two points. Where two
lines cross, neither partner outranks the other: they are incomparable (PROMETHEE I). Names
sit on their own rows beside each scale (moved apart with ``labels.spread_1d`` and measured
with the renderer), with a leader line back to their point when moved.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from desktop.charts import style
from desktop.charts.labels import elide_to, lay_out_now, spread_1d, text_extent
from desktop.charts.plots import figure_title
from desktop.i18n import format_number

LEFT, RIGHT = 0.36, 0.64  # x of the two scales; names take the room outside them
MAX_SHOWN = 20  # partners drawn (best by net flow), fewer in a short chart; the rest are counted in the title
MIN_NAME_SIZE = 7.0  # points: names get smaller to hold their rows, never below this


def _heights(values: np.ndarray, top_is_high: bool) -> np.ndarray:
    """Each value's height on its scale, 0 (bottom) .. 1 (top)."""
    low, high = float(values.min()), float(values.max())
    span = high - low
    unit = (values - low) / span if span > 1e-12 else np.full(len(values), 0.5)
    return unit if top_is_high else 1.0 - unit


class PrometheeOnePlot:
    """The two scales, the partners' lines and their names (the first ``MAX_SHOWN``, net-flow order).

    Names are spread in pixels: call ``place_names()`` once the figure is laid out at the size it
    is drawn at (``desktop.charts.fitting.draw_fitted`` does).
    """

    def __init__(self, ax, partners, phi_plus, phi_minus, limit: int = MAX_SHOWN) -> None:
        """Draw the first ``limit`` partners (``rows()`` says how many the chart holds, once drawn)."""
        self.ax = ax
        total = len(partners)
        sizes = style.sizes()
        shown = min(limit, total)
        self.names = list(partners[:shown])
        plus, minus = np.asarray(phi_plus[:shown]), np.asarray(phi_minus[:shown])
        ax.set_xlim(0, 1)
        ax.set_ylim(-0.02, 1.02)
        ax.set_axis_off()
        title = QCoreApplication.translate("Charts", "PROMETHEE I: where the two flows disagree, lines cross")
        if total > len(self.names):
            title += " " + QCoreApplication.translate("Charts", "(showing {shown} of {total})").format(
                shown=len(self.names), total=total
            )
        figure_title(ax.figure, title)  # over the scales' headers too, never on them
        self.placed: list = []  # the names and leader lines last placed
        if not self.names:
            return
        self.heights = (_heights(plus, True), _heights(minus, False))
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
        for x, values, heights in ((LEFT, plus, self.heights[0]), (RIGHT, minus, self.heights[1])):
            inward = 3 if x == LEFT else -3  # points, towards the middle: names take the outside
            for at, (y, dy, va) in ((int(np.argmax(heights)), (1, 2, "bottom")),
                                    (int(np.argmin(heights)), (0, -2, "top"))):  # fmt: skip
                ax.annotate(format_number(values[at], 3), (x, y), xytext=(inward, dy), textcoords="offset points",
                            ha="left" if x == LEFT else "right", va=va, fontsize=sizes.note, color="#555555",
                            annotation_clip=False)  # fmt: skip
        lines = style.partner_lines(len(self.names))
        for (colour, dash), a, b in zip(lines, *self.heights, strict=True):
            ax.plot(
                [LEFT, RIGHT], [a, b], color=colour, linestyle=dash, linewidth=2, marker="o", markersize=6
            )
        self.colours = [colour for colour, _ in lines]

    def rows(self) -> int:
        """How many names a scale holds, one a row at the smallest name size, as the chart is laid out
        now (at least 3)."""
        lay_out_now(self.ax.figure)
        low, high = self.ax.bbox.y0, self.ax.transData.transform((LEFT, 1.0))[1]
        row = text_extent(self.ax.figure, "Ag", fontsize=MIN_NAME_SIZE)[1] + 2  # 2 px between rows
        return max(3, int((high - low) // row))

    def place_names(self) -> None:
        """(Re)place the names beside both scales for the Axes' current size."""
        for artist in self.placed:
            artist.remove()
        self.placed = []
        if self.names:
            self._names(self.heights[0], LEFT, "right")
            self._names(self.heights[1], RIGHT, "left")

    def _names(self, heights, x: float, side: str) -> None:
        """Names beside one scale, each on its own row, elided to the room between the scale and the edge."""
        ax, names, colours = self.ax, self.names, self.colours
        figure = ax.figure
        to_pixels, to_data = ax.transData, ax.transData.inverted()
        points = to_pixels.transform(np.column_stack([np.full(len(heights), x), heights]))
        low, high = ax.bbox.y0, to_pixels.transform((x, 1.0))[1]
        line = text_extent(figure, "Ag", fontsize=style.sizes().note)[1]
        size = float(
            min(
                style.sizes().note,
                max(MIN_NAME_SIZE, style.sizes().note * (high - low) / max(len(names), 1) / line),
            )
        )
        gap = 14.0
        room = (points[0, 0] - ax.bbox.x0 if side == "right" else ax.bbox.x1 - points[0, 0]) - gap - 4
        width = lambda text: text_extent(figure, text, fontsize=size)[0]  # noqa: E731
        shown = [elide_to(name, room, width) for name in names]
        row_heights = [text_extent(figure, name, fontsize=size)[1] + 2 for name in shown]  # 2 px between rows
        centres = spread_1d(points[:, 1], row_heights, low, high)
        step = -gap if side == "right" else gap
        for name, (px, py), centre, colour in zip(shown, points, centres, colours, strict=True):
            tx, ty = to_data.transform((px + step, centre))
            self.placed.append(ax.text(tx, ty, name, fontsize=size, color=colour, ha=side, va="center"))
            (leader,) = ax.plot(*zip(to_data.transform((px, py)), to_data.transform((px + step * 0.8, centre)),
                                     strict=True), color=colour, linewidth=0.8)  # fmt: skip
            self.placed.append(leader)
        for artist in self.placed:
            artist.set_in_layout(False)  # placed for this layout: they must not move the axes
