"""Qt-free drawing of robustness results on a matplotlib ``Axes``.

Each function draws one result object from ``scoring`` (one-way curves, rank
acceptability, scenario ranks, GAIA plane) onto a fresh Axes; these charts are
redrawn only when a computation finishes, so they are built, not updated.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication

from desktop.charts import style
from desktop.charts.fitting import draw_fitted
from desktop.charts.labels import fit_label, lay_out_now, place_labels, spread_1d, text_extent
from desktop.charts.numbers import number_ticks, percent_ticks
from desktop.i18n import current_language, format_number, format_percent

HEATMAP_ROWS = 20  # partners (by expected rank) and ranks shown in the acceptability heat map
MIN_HEATMAP_ROWS = 3  # rows it keeps in the shortest view (its text is then made smaller)


def _tidy(ax, title: str) -> None:
    ax.tick_params(labelsize=style.sizes().tick)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_title(title, fontsize=style.sizes().title, loc="left", pad=12)


def end_label_size(figure, count: int, room: float) -> float:
    """Type size (points) at which ``count`` one-line names stack within ``room`` pixels (7 at least)."""
    line = text_extent(figure, "Ag", fontsize=style.sizes().note)[1] / style.sizes().note  # pixels per point
    fits = room / max(count, 1) / line
    return float(min(style.sizes().note, max(7, int(fits))))


def _end_labels(ax, x: float, ys, names, colours) -> None:
    """Names at the right end of lines, moved apart vertically where they would overlap."""
    figure = ax.figure
    lay_out_now(figure)  # place against the Axes' final size
    points = ax.transData.transform(np.column_stack([np.full(len(ys), x), ys]))
    # above the axes is free on the right; below are the x tick labels, so no lower than the axes
    low, high = ax.bbox.y0, ax.bbox.y1 + 30
    size = end_label_size(figure, len(names), high - low)
    heights = [text_extent(figure, n, fontsize=size)[1] for n in names]
    centres = spread_1d(points[:, 1], heights, low, high)
    inverse = ax.transData.inverted()
    for name, (px, py), centre, colour in zip(names, points, centres, colours, strict=True):
        tx, ty = inverse.transform((px + 8, centre))
        ax.text(tx, ty, name, fontsize=size, color=colour, va="center", clip_on=False)
        if abs(centre - py) > 2:  # a leader line back to the moved name's line
            ax.annotate("", inverse.transform((px, py)), (tx, ty), clip_on=False,
                        arrowprops={"arrowstyle": "-", "color": colour, "linewidth": 0.8})  # fmt: skip


def draw_one_way(ax, curve) -> None:
    """Score of each drawn partner against one criterion's weight (``scoring.tipping.OneWayCurve``)."""
    lines = style.partner_lines(len(curve.partners))
    colours = [colour for colour, _style in lines]
    for k, (colour, dash) in enumerate(lines):
        ax.plot(curve.t, curve.scores[:, k], color=colour, linestyle=dash, linewidth=2.4 if k < 3 else 1.6)
    ax.axvline(curve.current, color=style.MUTED, linestyle="--", linewidth=1.5)
    current = QCoreApplication.translate("Charts", " current {weight}").format(
        weight=format_percent(curve.current, 0)
    )
    ax.text(curve.current, 0.02, current, transform=ax.get_xaxis_transform(),
            fontsize=style.sizes().note, color="#555555", va="bottom")  # fmt: skip
    # mark only where the partner leading at the current weight is overtaken or overtakes
    rows = {name: k for k, name in enumerate(curve.partners)}
    here = np.array(
        [np.interp(curve.current, curve.t, curve.scores[:, k]) for k in range(len(curve.partners))]
    )
    leader = curve.partners[int(np.argmax(here if curve.higher_is_better else -here))] if len(here) else None
    tips = [c for c in curve.crossings if leader in (c.rising, c.falling)]
    if tips:
        y = [np.interp(c.t, curve.t, curve.scores[:, rows[c.rising]]) for c in tips]
        ax.scatter([c.t for c in tips], y, s=60, color=style.FRONTIER_COLOUR, zorder=4)
    ax.set_xlim(0, 1)
    percent_ticks(ax.xaxis)
    number_ticks(ax.yaxis)
    ax.set_xlabel(
        QCoreApplication.translate("Charts", "Weight of {criterion} (others rescaled in proportion)").format(
            criterion=curve.criterion
        ),
        fontsize=style.sizes().label,
    )
    if curve.higher_is_better:
        score = QCoreApplication.translate("Charts", "Score (higher is better)")
    else:
        score = QCoreApplication.translate("Charts", "Score (lower is better)")
    ax.set_ylabel(score, fontsize=style.sizes().label)
    ax.grid(color="#E5E5E5")
    _tidy(
        ax,
        QCoreApplication.translate("Charts", "Scores as the weight of {criterion} changes").format(
            criterion=curve.criterion
        ),
    )
    names = [fit_label(p, 26, 1) for p in curve.partners]
    _end_labels(ax, 1.0, curve.scores[-1], names, colours)


def acceptability_view(acceptability, limit: int = HEATMAP_ROWS) -> tuple[np.ndarray, np.ndarray]:
    """The rows (partners, best expected rank first) and the (rows, ranks) shares the heat map shows."""
    rows = np.argsort(acceptability.expected_rank, kind="stable")[:limit]
    return rows, acceptability.top_shares(limit)[rows]


def draw_acceptability(ax, acceptability, limit: int = HEATMAP_ROWS) -> None:
    """Heat map of rank acceptability: partners (rows) x ranks, with each partner's expected rank;
    the first ``limit`` partners by expected rank (``draw_heat_map`` fits it to the figure)."""
    rows, shares = acceptability_view(acceptability, limit)
    image = ax.imshow(shares, cmap="Blues", vmin=0, vmax=1, aspect="auto", interpolation="nearest")
    count, ranks = shares.shape
    numbers = [
        ax.text(
            r,
            i,
            format_percent(share, 0),
            ha="center",
            va="center",
            fontsize=style.sizes().note - 1,
            color="white" if share > 0.55 else "#222222",
        )  # fmt: skip
        for (i, r), share in np.ndenumerate(shares)
        if share >= 0.005
    ]
    labels = [
        f"{fit_label(acceptability.partners[i], 26, 1)}  ({format_number(acceptability.expected_rank[i], 1)})"
        for i in rows
    ]
    ax.set_yticks(np.arange(count), labels, fontsize=style.sizes().tick)
    ax.set_xticks(np.arange(ranks), [str(r + 1) for r in range(ranks)], fontsize=style.sizes().tick)
    ax.xaxis.set_ticks_position("top")
    ax.xaxis.set_label_position("top")
    ax.set_xlabel(QCoreApplication.translate("Charts", "Rank"), fontsize=style.sizes().label)
    ax.tick_params(length=0)
    colourbar = ax.figure.colorbar(image, ax=ax, fraction=0.04, format=lambda x, _pos: format_percent(x, 0))
    colourbar.ax.tick_params(labelsize=style.sizes().note)
    samples = format_number(acceptability.samples, 0)
    if count < len(acceptability.partners):
        title = QCoreApplication.translate(
            "Charts",
            "How often each partner takes each rank (top {count} of {total} partners, {samples} weightings; "
            "expected rank in brackets)",
        ).format(count=count, total=len(acceptability.partners), samples=samples)
    else:
        title = QCoreApplication.translate(
            "Charts",
            "How often each partner takes each rank ({samples} weightings; expected rank in brackets)",
        ).format(samples=samples)
    ax.set_title(title, fontsize=style.sizes().label, loc="left", pad=12)
    _fit_to_cells(ax, numbers, ranks, count)


def draw_heat_map(figure, acceptability) -> None:
    """``draw_acceptability`` fitted to ``figure``: as many partners as hold one name per row.

    The rows are known only once the figure is laid out at its text size (``draw_fitted``):
    when the names would overlap (16 piled into a block at 1280 x 800), draw fewer.
    """
    limit = HEATMAP_ROWS
    while True:
        draw_fitted(figure, lambda f, n=limit: draw_acceptability(f.add_subplot(), acceptability, n))
        ax = figure.axes[0]
        names = [t.get_window_extent() for t in ax.get_yticklabels() if t.get_text()]
        pitch = ax.bbox.height / max(len(names), 1)
        tallest = max((box.height for box in names), default=0.0)
        if pitch >= tallest or len(names) <= MIN_HEATMAP_ROWS:
            return
        limit = max(MIN_HEATMAP_ROWS, min(len(names) - 1, int(len(names) * pitch / tallest)))


def _fit_to_cells(ax, numbers, columns: int, rows: int) -> None:
    """Once laid out: hide the numbers when the widest would not fit in a cell (the colours still
    tell), and label every k-th rank when the ranks' numbers would touch. In a narrow view both
    ran into each other."""
    lay_out_now(ax.figure)
    cell = ax.bbox.width / columns
    if numbers:
        width, height = text_extent(ax.figure, format_percent(1.0, 0), fontsize=numbers[0].get_fontsize())
        for number in numbers:
            number.set_visible(width <= cell - 2 and height <= ax.bbox.height / rows)
    label = text_extent(ax.figure, f"{columns} ", fontsize=style.sizes().tick)[0]  # the widest rank
    step = max(1, math.ceil(label / cell))
    if step > 1:
        ax.set_xticks(
            np.arange(0, columns, step),
            [str(r + 1) for r in range(0, columns, step)],
            fontsize=style.sizes().tick,
        )


def draw_bump(ax, comparison) -> None:
    """Ranks of each partner across scenarios (a bump chart); robust choices in colour."""
    robust = set(comparison.robust)
    x = np.arange(len(comparison.scenarios))
    n = len(comparison.partners)
    names, ends, colours = [], [], []
    palette = iter(style.partner_lines(len(robust)))
    for i, name in enumerate(comparison.partners):
        colour, dash = next(palette) if name in robust else (style.MUTED, "-")
        ax.plot(x, comparison.ranks[i], color=colour, linestyle=dash, marker="o",
                linewidth=3 if name in robust else 1.2, zorder=3 if name in robust else 2)  # fmt: skip
        if name in robust or n <= 16:
            names.append(fit_label(name, 26, 1))
            ends.append(comparison.ranks[i, -1])
            colours.append(colour if name in robust else "#555555")
    shown = [comparison.label(s, current_language()) for s in comparison.scenarios]  # "Current weights"
    ax.set_xticks(x, [fit_label(s, 18, 2) for s in shown], fontsize=style.sizes().tick)
    ax.set_ylim(n + 0.5, 0.5)
    ax.set_yticks(np.arange(1, n + 1) if n <= 20 else np.linspace(1, n, 6).round())
    ax.set_ylabel(QCoreApplication.translate("Charts", "Rank"), fontsize=style.sizes().label)
    ax.grid(axis="y", color="#EEEEEE")
    _tidy(
        ax,
        QCoreApplication.translate(
            "Charts", "Ranks under each scenario (robust choices in colour: top {top} in all)"
        ).format(top=comparison.top),
    )
    if names:
        _end_labels(ax, float(x[-1]), np.asarray(ends, float), names, colours)


def draw_gaia(ax, plane) -> None:
    """The GAIA plane: partners as points, criteria as axes, the decision stick as a thick arrow."""
    xy = plane.partners_xy
    ax.scatter(xy[:, 0], xy[:, 1], s=60, color=style.MUTED, zorder=3)
    reach = float(np.abs(xy).max()) if xy.size else 1.0
    reach = reach or 1.0
    tips = plane.criteria_xy * reach
    titles = [fit_label(name, 18, 2) for name in plane.criteria]
    for (cx, cy), title, colour in zip(tips, titles, style.criterion_colours(len(titles)), strict=True):
        ax.annotate("", (cx, cy), (0, 0), arrowprops={"arrowstyle": "->", "color": colour, "linewidth": 2})
        ax.text(cx * 1.08, cy * 1.08, title, color=colour, fontsize=style.sizes().note, fontweight="bold",
                ha="center", va="center")  # fmt: skip
    stick = plane.stick / (np.linalg.norm(plane.stick) or 1.0) * reach
    ax.annotate(
        "", tuple(stick), (0, 0), arrowprops={"arrowstyle": "-|>", "color": "#C1121F", "linewidth": 4}
    )
    ax.text(
        stick[0],
        stick[1],
        "  " + QCoreApplication.translate("Charts", "decision stick"),
        color="#C1121F",
        fontsize=style.sizes().note,
        fontweight="bold",
    )
    ax.axhline(0, color="#DDDDDD", linewidth=1)
    ax.axvline(0, color="#DDDDDD", linewidth=1)
    limit = 1.3 * reach
    ax.set_xlim(-limit, limit)
    ax.set_ylim(-limit, limit)
    ax.set_aspect("equal", adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
    _tidy(
        ax,
        QCoreApplication.translate(
            "Charts", "GAIA plane (PROMETHEE): {share} of the information kept"
        ).format(share=format_percent(plane.delta, 0)),
    )
    if plane.delta < 0.6:
        caution = QCoreApplication.translate("Charts", "Under 60% kept: read the picture with care.")
        ax.text(0.0, -0.02, caution, transform=ax.transAxes,
                fontsize=style.sizes().note, color="#C1121F", va="top")  # fmt: skip
    figure = ax.figure
    lay_out_now(figure)  # place against the Axes' final size
    ax.apply_aspect()  # the equal aspect shrinks the box only at draw time: place labels in the final one
    box = ax.bbox
    # criterion names are fixed: partner labels go around them
    taken = []
    for (cx, cy), title in zip(ax.transData.transform(tips * 1.08), titles, strict=True):
        w, h = text_extent(figure, title, fontsize=style.sizes().note, fontweight="bold")
        taken.append((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2))
    names = [fit_label(p, 24, 1) for p in plane.partners]
    pixels = ax.transData.transform(xy)
    # every name is placed where it fits; the five farthest along the stick (PROMETHEE's
    # favourites) even where it does not. Forcing them all piles names on each other.
    along = xy @ plane.stick if len(xy) else np.zeros(0)
    favourites = set(np.argsort(-along, kind="stable")[:5].tolist())
    corners = place_labels(
        pixels, [text_extent(figure, n, fontsize=style.sizes().note) for n in names], (box.x0, box.y0, box.x1, box.y1),
        [i in favourites for i in range(len(names))], obstacles=taken,
    )  # fmt: skip
    inverse = ax.transData.inverted()
    for name, corner in zip(names, corners, strict=True):
        if corner is not None:
            tx, ty = inverse.transform(corner)
            ax.text(tx, ty, name, fontsize=style.sizes().note, color="#333333")
