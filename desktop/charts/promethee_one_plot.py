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
from desktop.charts.labels import elide_to, spread_1d, text_extent
from desktop.i18n import format_number

LEFT, RIGHT = 0.36, 0.64  # x of the two scales; names take the room outside them
MAX_SHOWN = 20  # partners drawn (best by net flow); the rest are counted in the title


def _heights(values: np.ndarray, top_is_high: bool) -> np.ndarray:
    """Each value's height on its scale, 0 (bottom) .. 1 (top)."""
    low, high = float(values.min()), float(values.max())
    span = high - low
    unit = (values - low) / span if span > 1e-12 else np.full(len(values), 0.5)
    return unit if top_is_high else 1.0 - unit


def draw_promethee_one(ax, partners, phi_plus, phi_minus) -> None:
    """Draw the two scales, the partners' lines and their names (the first ``MAX_SHOWN``, net-flow order)."""
    total = len(partners)
    names, plus, minus = (
        list(partners[:MAX_SHOWN]),
        np.asarray(phi_plus[:MAX_SHOWN]),
        np.asarray(phi_minus[:MAX_SHOWN]),
    )
    sizes = style.sizes()
    ax.set_xlim(0, 1)
    ax.set_ylim(-0.04, 1.12)  # room above the scales for their headers
    ax.set_axis_off()
    title = QCoreApplication.translate("Charts", "PROMETHEE I: where the two flows disagree, lines cross")
    if total > len(names):
        title += " " + QCoreApplication.translate("Charts", "(showing {shown} of {total})").format(
            shown=len(names), total=total
        )
    ax.set_title(title, fontsize=sizes.title, loc="left", pad=12)
    if not names:
        return
    y_plus, y_minus = _heights(plus, True), _heights(minus, False)
    for x, label in (
        (LEFT, QCoreApplication.translate("Charts", "φ+ leaving flow")),
        (RIGHT, QCoreApplication.translate("Charts", "φ− entering flow")),
    ):
        ax.plot([x, x], [0, 1], color="#333333", linewidth=2.5, solid_capstyle="butt")
        ax.text(x, 1.06, label, ha="center", va="bottom", fontsize=sizes.label)
    for x, values, heights in ((LEFT, plus, y_plus), (RIGHT, minus, y_minus)):
        for at in (int(np.argmax(heights)), int(np.argmin(heights))):
            ax.text(x, heights[at], f" {format_number(values[at], 3)} ", fontsize=sizes.note, color="#555555",
                    ha="right" if x == RIGHT else "left", va="bottom" if at == int(np.argmax(heights)) else "top")  # fmt: skip
    lines = style.partner_lines(len(names))
    for (colour, dash), a, b in zip(lines, y_plus, y_minus, strict=True):
        ax.plot([LEFT, RIGHT], [a, b], color=colour, linestyle=dash, linewidth=2, marker="o", markersize=6)
    colours = [colour for colour, _ in lines]
    _names(ax, names, y_plus, colours, LEFT, "right")
    _names(ax, names, y_minus, colours, RIGHT, "left")


def _names(ax, names, heights, colours, x: float, side: str) -> None:
    """Names beside one scale, each on its own row, elided to the room between the scale and the edge."""
    figure = ax.figure
    if (engine := figure.get_layout_engine()) is not None:
        engine.execute(figure)
    to_pixels, to_data = ax.transData, ax.transData.inverted()
    points = to_pixels.transform(np.column_stack([np.full(len(heights), x), heights]))
    low, high = ax.bbox.y0, to_pixels.transform((x, 1.04))[1]  # below the scale headers
    line = text_extent(figure, "Ag", fontsize=style.sizes().note)[1]
    size = float(
        min(style.sizes().note, max(7.0, style.sizes().note * (high - low) / max(len(names), 1) / line))
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
        ax.text(tx, ty, name, fontsize=size, color=colour, ha=side, va="center")
        ax.plot(*zip(to_data.transform((px, py)), to_data.transform((px + step * 0.8, centre)), strict=True),
                color=colour, linewidth=0.8)  # fmt: skip
