"""Qt-free drawing of robustness results on a matplotlib ``Axes``.

Each function draws one result object from ``scoring`` (one-way curves, rank
acceptability, scenario ranks, GAIA plane) onto a fresh Axes; these charts are
redrawn only when a computation finishes, so they are built, not updated.
"""

from __future__ import annotations

import math

import numpy as np
from matplotlib import rcParams
from matplotlib.transforms import offset_copy
from PySide6.QtCore import QCoreApplication

from desktop.charts import style
from desktop.charts.fitting import EDGE, draw_fitted, wrap_texts
from desktop.charts.labels import (
    boxes_overlap,
    crosses,
    elide_to,
    lay_out_now,
    place_labels,
    spread_1d,
    text_extent,
    wrap_to,
)
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


END_GAP = 14  # points between a line's last point and its name (room for a leader line)


def _add_end_labels(ax, x: float, names, colours, priority) -> list:
    """Names for the right ends of lines, as many as the axes' height holds one a row.

    Returns (index, Text) for the names shown, in ``priority`` order (the others are left out).
    The names sit at the height of the axes' centre until ``_spread_end_labels`` puts them on
    their lines; laid out now, their width is already taken from the axes, so what is fitted
    to the axes' width after this (the scenarios' names under the bump chart) stays fitted.
    Names are kept within the axes' height: above it they ran over the title, and 16 names
    squeezed below a readable size piled onto one another.
    """
    figure = ax.figure
    lay_out_now(figure)
    room = ax.bbox.height
    size = end_label_size(figure, len(names), room)
    font = {"fontsize": size}
    line = text_extent(figure, "Ag", **font)[1]
    shown = [int(i) for i in priority][: max(1, int(room // line))] if len(names) else []
    widest = 0.3 * figure.bbox.width  # a long name leaves the chart most of the width
    # a name wider than that is wrapped onto two lines where each name has the height of two,
    # else the names are set a little smaller (to 0.8 of their size, 7 points at least: one long
    # name took every name down to 7 points beside a 17-point title at 1920 x 1080), and a name
    # is cut only where it still does not fit (measured: a name of narrow letters stays whole)
    lines = 2 if room >= 2 * line * len(shown) else 1
    longest = max((text_extent(figure, names[i], **font)[0] for i in shown), default=0.0)
    if lines == 1 and longest > widest:
        size = max(7.0, 0.8 * size, min(size, int(2 * size * widest / longest) / 2))
        font = {"fontsize": size}
    place = offset_copy(ax.transData, fig=figure, x=END_GAP, y=0, units="points")
    middle = sum(ax.get_ylim()) / 2
    labels = []
    for i in shown:
        name = wrap_to(names[i], widest, lambda t: text_extent(figure, t, **font)[0], lines)
        text = ax.text(x, middle, name, fontsize=size, color=colours[i], va="center", transform=place,
                       clip_on=False)  # fmt: skip
        labels.append((i, text))
    lay_out_now(figure)
    return labels


def _rows_kept(ax, labels) -> int:
    """How many of ``labels`` (priority order) have a row within the axes' height as laid out now
    (taller scenario names or title take some)."""
    figure = ax.figure
    wrap_texts(figure)  # the title as it will be wrapped: its height takes from the axes'
    lay_out_now(figure)
    heights = np.cumsum([text.get_window_extent().height for _i, text in labels])
    return max(1, int(np.searchsorted(heights, ax.bbox.height + 0.5, side="right"))) if labels else 0


def _keep_end_labels(ax, labels) -> list:
    """``labels`` (priority order) less the last ones without a row (``_rows_kept``), removed."""
    count = _rows_kept(ax, labels)
    for _i, text in labels[count:]:
        text.remove()
    return labels[:count]


def _spread_end_labels(ax, x: float, ys, labels) -> None:
    """Put each name of ``_add_end_labels`` beside its line's end, moved apart vertically within
    the axes where they would overlap, with a leader line back to the line it names. Done once
    the chart is laid out for good: spread for another height, names drift onto each other."""
    if not labels:
        return
    figure = ax.figure
    wrap_texts(figure)  # the title as it will be wrapped: its height takes from the axes'
    lay_out_now(figure)
    place = labels[0][1].get_transform()
    ends = np.array([ys[i] for i, _text in labels], float)
    points = ax.transData.transform(np.column_stack([np.full(len(ends), x), ends]))
    heights = [text.get_window_extent().height for _i, text in labels]
    centres = spread_1d(points[:, 1], heights, ax.bbox.y0, ax.bbox.y1)
    inverse = ax.transData.inverted()
    for (_i, text), (_px, py), centre, end in zip(labels, points, centres, ends, strict=True):
        _tx, ty = inverse.transform((0, centre))
        text.set_y(ty)
        if abs(centre - py) > 2:  # a leader line back to the moved name's line
            ax.annotate("", (x, end), (x, ty), textcoords=place, annotation_clip=False,
                        arrowprops={"arrowstyle": "-", "color": text.get_color(), "linewidth": 0.8,
                                    "shrinkA": 0, "shrinkB": 1})  # fmt: skip


def _whole(labels, names) -> bool:
    """True when every one of ``names`` has a row (``_add_end_labels``), if maybe cut short."""
    return len(labels) == len(names)


def draw_one_way(ax, curve) -> bool:
    """Score of each drawn partner against one criterion's weight (``scoring.tipping.OneWayCurve``);
    False when a partner's name had to be left out (``draw_fitted`` then tries smaller text)."""
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
    title = QCoreApplication.translate("Charts", "Scores as the weight of {criterion} changes").format(
        criterion=curve.criterion
    )
    _tidy(ax, title)
    ends = curve.scores[-1]
    best = np.argsort(-ends if curve.higher_is_better else ends, kind="stable")  # named first if not all fit
    names = list(curve.partners)
    labels = _add_end_labels(ax, 1.0, names, colours, best)
    if len(labels) == len(names) and _rows_kept(ax, labels) < len(labels):
        # the title says again what the x axis' label says: in a short chart it gives its rows to
        # the names (at 1280 x 800 the names kept theirs only at 0.6 of the text size)
        ax.set_title("", loc="left")
        if _rows_kept(ax, labels) < len(labels):
            _tidy(ax, title)  # not every name has a row even so: the title says how many are shown
    while ax.get_title(loc="left"):  # as for the bump chart: a title saying how many are named may take a row
        if len(labels) < len(names):
            more = QCoreApplication.translate("Charts", "(showing {shown} of {total})").format(
                shown=len(labels), total=len(names)
            )
            ax.set_title(f"{title} {more}", fontsize=style.sizes().title, loc="left", pad=12)
        kept = _keep_end_labels(ax, labels)
        if len(kept) == len(labels):
            break
        labels = kept
    _spread_end_labels(ax, 1.0, ends, labels)
    return _whole(labels, names)


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
    for (i, r), share in np.ndenumerate(shares):  # the axes' only texts (``_fit_to_cells``)
        if share >= 0.005:
            ax.text(r, i, format_percent(share, 0), ha="center", va="center", fontsize=style.sizes().note - 1,
                    color="white" if share > 0.55 else "#222222")  # fmt: skip
    figure, font = ax.figure, {"fontsize": style.sizes().tick}
    labels = []
    for i in rows:  # the name cut only where, measured, it would take more than half the width
        rank = f"  ({format_number(acceptability.expected_rank[i], 1)})"
        room = 0.5 * figure.bbox.width - text_extent(figure, rank, **font)[0]
        labels.append(
            elide_to(acceptability.partners[i], room, lambda t: text_extent(figure, t, **font)[0]) + rank
        )
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
    _fit_to_cells(ax)


def draw_heat_map(figure, acceptability) -> None:
    """``draw_acceptability`` fitted to ``figure``: as many partners as hold one name per row.

    The rows are known only once the figure is laid out at its text size (``draw_fitted``):
    when the names would overlap (16 piled into a block at 1280 x 800), draw fewer.
    """
    limit = HEATMAP_ROWS
    while True:
        # the cells fitted again once the title is wrapped: before, the axes were a fraction of
        # their final width, and the ranks read "1 4" under a grid with room for "1 2 3 4 5 6"
        draw_fitted(
            figure,
            lambda f, n=limit: draw_acceptability(f.add_subplot(), acceptability, n),
            finish=lambda: _fit_to_cells(figure.axes[0]) or True,
        )
        ax = figure.axes[0]
        names = [t.get_window_extent() for t in ax.get_yticklabels() if t.get_text()]
        pitch = ax.bbox.height / max(len(names), 1)
        tallest = max((box.height for box in names), default=0.0)
        if pitch >= tallest or len(names) <= MIN_HEATMAP_ROWS:
            return
        limit = max(MIN_HEATMAP_ROWS, min(len(names) - 1, int(len(names) * pitch / tallest)))


def _fit_to_cells(ax) -> None:
    """Once laid out: hide the numbers when the widest would not fit in a cell (the colours still
    tell), and label every k-th rank when the ranks' numbers would touch. In a narrow view both
    ran into each other."""
    lay_out_now(ax.figure)
    rows, columns = ax.images[0].get_array().shape
    cell, numbers = ax.bbox.width / columns, ax.texts
    if numbers:
        width, height = text_extent(ax.figure, format_percent(1.0, 0), fontsize=numbers[0].get_fontsize())
        for number in numbers:
            number.set_visible(width <= cell - 2 and height <= ax.bbox.height / rows)
    label = text_extent(ax.figure, f"{columns} ", fontsize=style.sizes().tick)[0]  # the widest rank
    step = max(1, math.ceil(label / cell))
    ax.set_xticks(
        np.arange(0, columns, step),
        [str(r + 1) for r in range(0, columns, step)],
        fontsize=style.sizes().tick,
    )


def draw_bump(ax, comparison) -> bool:
    """Ranks of each partner across scenarios (a bump chart); robust choices in colour. False when
    a scenario's name was cut into its first word (``draw_fitted`` then tries smaller text).

    The partners' names at the right end keep a row each within the axes: when not all have one,
    the robust choices and then the best ranked under the last scenario are named, and the title
    says how many ("showing 9 of 16"). The scenarios' names are wrapped to the room between ticks.
    """
    robust = set(comparison.robust)
    x = np.arange(len(comparison.scenarios))
    n = len(comparison.partners)
    named, colours = [], []
    palette = iter(style.partner_lines(len(robust)))
    for i, name in enumerate(comparison.partners):
        colour, dash = next(palette) if name in robust else (style.MUTED, "-")
        ax.plot(x, comparison.ranks[i], color=colour, linestyle=dash, marker="o",
                linewidth=3 if name in robust else 1.2, zorder=3 if name in robust else 2)  # fmt: skip
        if name in robust or n <= 16:
            named.append(i)
        colours.append(colour if name in robust else "#555555")
    shown = [comparison.label(s, current_language()) for s in comparison.scenarios]  # "Current weights"
    ax.set_xticks(x, shown, fontsize=style.sizes().tick)
    ax.set_xlim(-0.3, x[-1] + 0.3 if len(x) else 0.3)
    ax.set_ylim(n + 0.5, 0.5)
    ax.set_yticks(np.arange(1, n + 1) if n <= 20 else np.linspace(1, n, 6).round())
    ax.set_ylabel(QCoreApplication.translate("Charts", "Rank"), fontsize=style.sizes().label)
    ax.grid(axis="y", color="#EEEEEE")
    title = QCoreApplication.translate(
        "Charts", "Ranks under each scenario (robust choices in colour: top {top} in all)"
    ).format(top=comparison.top)
    _tidy(ax, title)
    if not named or not len(x):
        _thin_rank_ticks(ax, n)
        return True
    last = comparison.ranks[:, -1]
    priority = sorted(range(len(named)), key=lambda k: (comparison.partners[named[k]] not in robust,
                                                         last[named[k]], k))  # fmt: skip
    names = [comparison.partners[i] for i in named]
    labels = _add_end_labels(ax, float(x[-1]), names, [colours[i] for i in named], priority)
    whole = _wrap_scenario_names(ax, x, shown)
    while True:  # a title saying how many are named may take another line, and so a row
        if len(labels) < n:
            more = QCoreApplication.translate("Charts", "(showing {shown} of {total})").format(
                shown=len(labels), total=n
            )
            ax.set_title(f"{title} {more}", fontsize=style.sizes().title, loc="left", pad=12)
        kept = _keep_end_labels(ax, labels)
        if len(kept) == len(labels):
            break
        labels = kept
    _thin_rank_ticks(ax, n)
    _spread_end_labels(ax, float(x[-1]), last[named], labels)
    return whole  # partners left out are counted in the title: each scenario must be told apart


def _thin_rank_ticks(ax, n: int) -> None:
    """Every k-th rank on the axis when, laid out now, the ranks' numbers would touch (a short chart)."""
    lay_out_now(ax.figure)
    ticks = ax.get_yticks()
    pitch = ax.bbox.height / n * (ticks[1] - ticks[0] if len(ticks) > 1 else 1)
    tall = text_extent(ax.figure, str(n), fontsize=style.sizes().tick)[1]
    step = math.ceil(tall / pitch) if pitch > 0 else 1
    if step > 1:
        ax.set_yticks(ticks[::step])


def _wrap_scenario_names(ax, x, names) -> bool:
    """Scenario names under their ticks, wrapped (at most three lines) to the room between ticks
    as the renderer measures them: one line each, they ran into each other ("CurreS1S2MaS3...").
    Where a word is wider than that room ("Manufacturer" in a 450 px view), every other name
    goes on a second row under the first, which doubles each one's room: cut to its first word
    ("S1 Minis…"), a scenario could not be told by its name. True when every name is whole;
    else ``draw_fitted`` tries a smaller size (the two rows kept, as they cut the least)."""
    figure = ax.figure
    lay_out_now(figure)
    font = {"fontsize": style.sizes().tick}

    def width(text: str) -> float:
        return text_extent(figure, text, **font)[0]

    pitch = ax.bbox.width / (ax.get_xlim()[1] - ax.get_xlim()[0])
    centres = ax.transData.transform(np.column_stack([x, np.zeros(len(x))]))[:, 0]
    # a name centred on its tick reaches no farther than the figure's edges
    edges = 2 * np.minimum(centres - figure.bbox.x0, figure.bbox.x1 - centres) - 2 * EDGE
    for rows in (1, 2):
        room = np.minimum(rows * pitch - width("  "), edges)
        wrapped = [wrap_to(name, r, width, 3) for name, r in zip(names, room, strict=True)]
        whole = all(" ".join(w.split()) == " ".join(n.split()) for w, n in zip(wrapped, names, strict=True))
        if whole:
            break
    if rows == 1:
        ax.set_xticks(x, wrapped, **font)
        return whole
    ax.set_xticks(x[::2], wrapped[::2], **font)
    ax.set_xticks(x[1::2], wrapped[1::2], minor=True, **font)
    # the second row starts under the tallest name of the first
    tallest = max(text_extent(figure, w, **font)[1] for w in wrapped[::2]) * 72 / figure.dpi
    pad, length = rcParams["xtick.major.pad"], rcParams["xtick.major.size"]
    ax.tick_params(axis="x", which="minor", pad=pad + tallest + pad, length=length)
    return whole


def draw_gaia(ax, plane) -> None:
    """The GAIA plane: partners as points, criteria as axes, the decision stick as a thick arrow.

    Criterion titles and the stick's name are placed beyond their arrows' tips, each clear of
    the others and of every partner's marker; partners' names then go around them all. Fixed
    at a fraction past the tip, titles ran over each other and over names ("Geopolitical
    alignment" on "LS Eco Energy").
    """
    xy = plane.partners_xy
    ax.scatter(xy[:, 0], xy[:, 1], s=60, color=style.MUTED, zorder=3)
    reach = float(np.abs(xy).max()) if xy.size else 1.0
    reach = reach or 1.0
    tips = plane.criteria_xy * reach
    colours = list(style.criterion_colours(len(plane.criteria)))
    for (cx, cy), colour in zip(tips, colours, strict=True):
        ax.annotate("", (cx, cy), (0, 0), arrowprops={"arrowstyle": "->", "color": colour, "linewidth": 2})
    stick = plane.stick / (np.linalg.norm(plane.stick) or 1.0) * reach
    ax.annotate(
        "", tuple(stick), (0, 0), arrowprops={"arrowstyle": "-|>", "color": "#C1121F", "linewidth": 4}
    )
    ax.axhline(0, color="#DDDDDD", linewidth=1)
    ax.axvline(0, color="#DDDDDD", linewidth=1)
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
    wrap_texts(figure)  # the title as it will be wrapped, so the axes keep the size placed for
    lay_out_now(figure)  # place against the Axes' final size
    box = ax.bbox
    # equal scales by widening the limits to the box, not by shrinking the box at draw time (an
    # equal aspect): a shrunk box moved the title's left edge right, off the figure at 1024 x 700
    limit = 1.3 * reach
    wide = box.width / box.height if box.height > 0 else 1.0
    ax.set_xlim(-limit * max(wide, 1.0), limit * max(wide, 1.0))
    ax.set_ylim(-limit * max(1 / wide, 1.0), limit * max(1 / wide, 1.0))
    bounds = (box.x0, box.y0, box.x1, box.y1)
    radius = math.sqrt(60) / 2 * figure.dpi / 72  # a marker's half size in pixels
    pixels = ax.transData.transform(xy) if len(xy) else np.zeros((0, 2))
    markers = [(px - radius, py - radius, px + radius, py + radius) for px, py in pixels]
    origin = ax.transData.transform((0, 0))
    taken = [(origin[0] - 3, origin[1] - 3, origin[0] + 3, origin[1] + 3)]  # where the arrows start
    bold = {"fontsize": style.sizes().note, "fontweight": "bold"}

    # names and titles clear of the arrows' lines too where they can be: across one, a text read as cut
    arrows = [(*origin, *ax.transData.transform(tip)) for tip in (*tips, stick)]
    leaders: dict = {}  # a favourite with no spot clear beside its marker is named farther out

    def arrow_title(name, tip, colour) -> None:  # beyond its arrow's tip, clear of what is placed
        text = wrap_to(name, 0.3 * box.width, lambda t: text_extent(figure, t, **bold)[0], 2)
        spot = _beyond_tip(origin, ax.transData.transform(tip), text_extent(figure, text, **bold),
                           bounds, taken, markers, [*arrows, *leaders.values()])  # fmt: skip
        taken.append(spot)
        cx, cy = ax.transData.inverted().transform(((spot[0] + spot[2]) / 2, (spot[1] + spot[3]) / 2))
        ax.text(cx, cy, text, color=colour, ha="center", va="center", **bold)

    arrow_title(QCoreApplication.translate("Charts", "decision stick"), stick, "#C1121F")
    note = {"fontsize": style.sizes().note}
    # a long name on two lines, cut only where, measured, it needs more than two of that width
    names = [
        wrap_to(p, 0.4 * box.width, lambda t: text_extent(figure, t, **note)[0], 2) for p in plane.partners
    ]
    sizes = [text_extent(figure, n, **note) for n in names]
    # the five farthest along the stick (PROMETHEE's favourites) are named first, even where no
    # spot is free; the criteria's titles go around them, then every other name where it fits
    along = xy @ plane.stick if len(xy) else np.zeros(0)
    favourites = set(np.argsort(-along, kind="stable")[:5].tolist())
    never = (10 * box.width, 10 * box.height)  # a size no spot holds: the name is not placed now
    first = place_labels(pixels, [size if i in favourites else never for i, size in enumerate(sizes)],
                         bounds, [i in favourites for i in range(len(names))], obstacles=taken[1:],
                         radius=radius, segments=arrows, leaders=leaders)  # fmt: skip
    taken += [
        (c[0], c[1], c[0] + sizes[i][0], c[1] + sizes[i][1]) for i, c in enumerate(first) if c is not None
    ]
    longest = sorted(range(len(plane.criteria)), key=lambda k: -float(np.hypot(*tips[k])))
    for k in longest:
        arrow_title(plane.criteria[k], tips[k], colours[k])
    rest = place_labels(pixels, [never if i in favourites else size for i, size in enumerate(sizes)],
                        bounds, [False] * len(names), obstacles=taken[1:], radius=radius,
                        segments=arrows + list(leaders.values()))  # fmt: skip
    inverse = ax.transData.inverted()
    corners = [a if a is not None else b for a, b in zip(first, rest, strict=True)]
    for name, corner in zip(names, corners, strict=True):  # a box's lower-left corner: va="bottom"
        if corner is not None:
            tx, ty = inverse.transform(corner)
            ax.text(tx, ty, name, fontsize=style.sizes().note, color="#333333", va="bottom")
    for x0, y0, x1, y1 in leaders.values():
        ax.annotate("", inverse.transform((x1, y1)), inverse.transform((x0, y0)), annotation_clip=False,
                    arrowprops={"arrowstyle": "-", "color": "#777777", "linewidth": 0.8,
                                "shrinkA": radius * 72 / figure.dpi, "shrinkB": 1})  # fmt: skip


def _beyond_tip(origin, tip, size, bounds, taken, markers, lines=()) -> tuple[float, float, float, float]:
    """A box of ``size`` just beyond an arrow's ``tip`` (pixels), clear of the texts ``taken``, of
    the partners' ``markers`` and of the arrows' and leaders' ``lines``.

    Tried straight on first, then turned a little either way and farther out; inside ``bounds``
    always. When no spot is clear, the first clear of text (on a marker or a line), else the first tried.
    """
    w, h = size
    direction = np.asarray(tip, float) - np.asarray(origin, float)
    angle = math.atan2(direction[1], direction[0]) if np.hypot(*direction) > 0 else 0.0
    x0, y0, x1, y1 = bounds
    first = on_marker = None
    for extra in (3, 12, 24, 40, 60, 85):
        for turn in (0, 15, -15, 30, -30, 50, -50, 75, -75, 105, -105):
            a = angle + math.radians(turn)
            ux, uy = math.cos(a), math.sin(a)
            # from the tip to the box's edge along the direction, plus a gap
            reach = min(w / 2 / abs(ux) if abs(ux) > 1e-9 else math.inf,
                        h / 2 / abs(uy) if abs(uy) > 1e-9 else math.inf) + extra  # fmt: skip
            cx = min(max(tip[0] + ux * reach, x0 + w / 2), x1 - w / 2)  # slid back inside the axes
            cy = min(max(tip[1] + uy * reach, y0 + h / 2), y1 - h / 2)
            box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
            first = first or box
            if not any(boxes_overlap(box, other) for other in taken):
                if not any(boxes_overlap(box, other) for other in markers) and not any(
                    crosses(box, line, 2) for line in lines
                ):
                    return box
                on_marker = on_marker or box
    return on_marker or first
