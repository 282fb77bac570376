"""Qt-free chart drawing on a matplotlib ``Axes``: contributions, weights, radar, trade-off.

Each plot class builds its artists once for a given structure (partners shown,
criteria) and then only updates them (``set_width``, ``set_text``, ...), because
a full rebuild costs 60-430 ms against a few ms for an update (ARCHITECTURE.md
section 2.5). The caller redraws. Only ``matplotlib.figure``/``axes`` objects
are used: no pyplot, no GUI backend.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

import numpy as np
from matplotlib.collections import PolyCollection
from matplotlib.patches import Patch
from matplotlib.transforms import Bbox, offset_copy

from desktop.charts import style
from desktop.charts.labels import fit_label, legend_columns, place_labels, text_size

TOP_N = 20  # bars shown in the contributions chart; the rest are summarised in a note


def figure_title(figure, text: str):
    """A title across the whole figure, left-aligned and wrapped at its edge, so it is never cut off."""
    return figure.suptitle(text, x=0.01, ha="left", fontsize=style.sizes().title, wrap=True)


class Redraw(IntEnum):
    """What an update changed, so the canvas redraws no more than that."""

    ARTISTS = 0  # only the fast dynamic artists (bars, numbers)
    LABELS = 1  # also the slow dynamic artists (partner labels)
    FIGURE = 2  # axis limits or layout: the whole figure


class ContributionPlot:
    """Stacked horizontal bars of each criterion's contribution, best partner on top.

    Positive contributions stack right of zero and negative ones left of it, so
    decompositions with signed parts (TOPSIS, PROMETHEE) read correctly. Each
    bar slot is a rank position; an update re-labels the slots. The bars are one
    ``PolyCollection`` (one draw call instead of slots x criteria patches).
    """

    BAR_HEIGHT = 0.72

    def __init__(
        self,
        ax,
        criteria: Sequence[str],
        slots: int,
        *,
        colours: Sequence[str] | None = None,
        title: str = "",
        xlabel: str = "Contribution to score",
    ) -> None:
        self.ax = ax
        self.slots = slots
        self.criteria = tuple(criteria)
        count = len(self.criteria)
        colours = tuple(colours or style.criterion_colours(count))
        positions = np.arange(slots)
        self.bars = PolyCollection(
            np.zeros((slots * count, 4, 2)),
            facecolors=np.tile(colours, slots),
            edgecolors="white",
            linewidths=0.8,
        )
        ax.add_collection(self.bars)
        # the score numbers sit two spaces' width (0.64 em) right of their bar: an offset, not
        # leading spaces, which cost glyph renders on every update
        beside = offset_copy(ax.transData, ax.figure, x=0.64 * style.sizes().tick, units="points")
        self.score_texts = [
            ax.text(0, y, "", va="center", ha="left", fontsize=style.sizes().tick, color="#333333",
                    transform=beside)
            for y in positions
        ]  # fmt: skip
        # partner labels are texts, not tick labels, so a new order redraws only them. The rank
        # number is its own text, anchored left of the name's first line ("3. Name"): a reorder
        # pairs known names with known numbers, so the canvas re-uses both as cached pixels
        self.name_texts = [
            ax.text(-0.01, y, "", transform=ax.get_yaxis_transform(), ha="right", va="center",
                    fontsize=style.sizes().tick, linespacing=1.0)
            for y in positions
        ]  # fmt: skip
        self.rank_texts = [
            ax.annotate("", xy=(0, 0), xycoords=_FirstBaseline(name), xytext=(-RANK_GAP, 0),
                        textcoords="offset points", ha="right", va="baseline", fontsize=style.sizes().tick,
                        annotation_clip=False)
            for name in self.name_texts
        ]  # fmt: skip
        self.dynamic = (self.bars, *self.score_texts)
        self.slow_dynamic = (*self.name_texts, *self.rank_texts)
        self._lines = self._label_lines()
        self._extent: tuple[float, float] | None = None  # leftmost and rightmost bar ends last shown
        self._shown: tuple[Sequence[str], Sequence[int]] = ((), ())  # names and ranks last shown
        self._labels: list[str] = []
        self._label_room = 0  # longest label line the last layout made room for
        ax.axvline(0, color="#444444", linewidth=1)
        ax.set_ylim(slots - 0.5, -0.5)  # rank 1 at the top
        ax.set_yticks([])
        ax.tick_params(axis="x", labelsize=style.sizes().tick)
        ax.grid(axis="x", color="#DDDDDD")
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        # the title spans the figure (the axes is narrowed by the partner labels); the note
        # sits in the axes' own right-hand title slot, a line below it, so the two never meet
        self.title = figure_title(ax.figure, title)
        ax.set_xlabel(xlabel, fontsize=style.sizes().label, loc="right")  # wider than the bars: grows left
        self._handles = [Patch(color=c, label=n) for n, c in zip(self.criteria, colours, strict=True)]
        self.legend = None
        self._legend_layout = (0, 0.0)
        self.fit_legend()
        self.note = ax.set_title("", loc="right", fontsize=style.sizes().note, color="#555555")

    def update(
        self,
        names: Sequence[str],
        ranks: Sequence[int],
        scores: Sequence[float],
        contributions: np.ndarray,
        *,
        total: int | None = None,
        note: str = "",
        grow_only: bool = False,
    ) -> Redraw:
        """Show ``names`` (already in rank order, at most ``slots``) and their contributions.

        ``contributions`` is (shown, criteria); ``total`` is the number of ranked
        partners, for the "top N of total" note. With ``grow_only`` (during a slider
        drag) the x-axis only widens, never narrows, so the cached background stays
        valid; call ``refit()`` when the drag pauses. Returns how much must be redrawn.
        """
        values = np.zeros((self.slots, len(self.criteria)))
        shown = min(len(names), self.slots)
        values[:shown] = np.asarray(contributions, dtype=float).reshape(len(names), -1)[:shown]
        positive = np.where(values > 0, values, 0.0)
        negative = np.where(values < 0, values, 0.0)
        # exclusive running sums: where each segment starts on its side of zero
        start = np.where(values >= 0, np.cumsum(positive, 1) - positive, np.cumsum(negative, 1) - negative)
        self.bars.set_verts(_rectangles(start, values, self.BAR_HEIGHT))
        right = positive.sum(1)
        for slot, text in enumerate(self.score_texts):
            text.set_x(right[slot])
            text.set_text(f"{scores[slot]:.3f}" if slot < shown else "")
        self._shown = (names[:shown], ranks[:shown])
        level = self._set_labels()
        total = len(names) if total is None else total
        text = "  ".join(filter(None, [note, f"Top {shown} of {total} partners" if total > shown else ""]))
        if text != self.note.get_text():  # the note is static: only a full redraw shows it
            self.note.set_text(text)
            level = Redraw.FIGURE
        self._extent = (float(negative.sum(1).min()), float(right.max()))
        if self._fit_limits(*self._extent, grow_only=grow_only):
            level = Redraw.FIGURE
        return level

    def refit(self) -> bool:
        """Fit the x-axis snugly to the bars last shown (after a drag); True if the limits changed."""
        return self._extent is not None and self._fit_limits(*self._extent)

    def _label_lines(self) -> int:
        """Two-line partner labels when a bar slot is tall enough for them, else one line."""
        line = style.sizes().tick * self.ax.figure.dpi / 72.0 * 1.25
        return 2 if self.slots <= 16 and self.ax.bbox.height / max(self.slots, 1) >= 2.1 * line else 1

    def _set_labels(self) -> Redraw:
        """Label the slots with the names and ranks last shown; how much that must redraw."""
        names, ranks = self._shown
        width = 26 if self._lines == 2 else 32
        parts = [(f"{ranks[k]}.", fit_label(names[k], width, self._lines)) for k in range(len(names))]
        parts += [("", "")] * (self.slots - len(names))
        labels = [f"{rank} {name}" if name else "" for rank, name in parts]
        if labels == self._labels:
            return Redraw.ARTISTS
        self._labels = labels
        for rank_text, name_text, (rank, name) in zip(self.rank_texts, self.name_texts, parts, strict=True):
            rank_text.set_text(rank if name else "")
            name_text.set_text(name)
        room = max((len(line) for label in labels for line in label.split("\n")), default=0)
        level = Redraw.FIGURE if room > self._label_room else Redraw.LABELS
        self._label_room = max(room, self._label_room)
        return level

    def fit_to_size(self) -> bool:
        """Fit the legend and the partner labels to the figure's size (after a resize); True if changed.

        Two-line labels in slots shorter than two lines overlap their neighbours, so
        they become one elided line when the chart is short.
        """
        changed = self.fit_legend()
        lines = self._label_lines()
        if lines != self._lines:
            self._lines = lines
            self._set_labels()
            changed = True
        size = self._label_size()
        if size != self.name_texts[0].get_fontsize():
            for text in (*self.name_texts, *self.rank_texts, *self.score_texts):
                text.set_fontsize(size)
            changed = True
        return changed

    def _label_size(self) -> float:
        """The labels' type size: the chart's own, smaller only when a bar slot is shorter than a line."""
        slot = self.ax.bbox.height / max(self.slots, 1) * 72.0 / self.ax.figure.dpi  # in points
        return float(min(style.sizes().tick, max(round(slot / 1.3), 8)))

    def fit_legend(self) -> bool:
        """Lay the legend out in as many columns as the figure's width holds; True if it changed.

        Call after the figure is resized: a five-column legend wider than the figure
        is cut at both ends ("…nology transfer").
        """
        figure = self.ax.figure
        labels = [h.get_label() for h in self._handles]
        wanted = min(len(labels), 3)  # a tall one-column legend would take the bars' room
        for size in (style.sizes().label, style.sizes().note):
            columns = legend_columns(labels, size, figure.dpi, figure.bbox.width)
            if columns >= wanted:
                break
        if self.legend is not None and self._legend_layout == (columns, size):
            return False
        if self.legend is not None:
            self.legend.remove()
        self._legend_layout = (columns, size)
        self.legend = figure.legend(
            handles=self._handles, loc="outside lower center", ncols=columns, fontsize=size, frameon=False
        )
        return True

    def _fit_limits(self, low: float, high: float, *, grow_only: bool = False) -> bool:
        low, high = min(low, 0.0), max(high, 0.0)
        span = (high - low) or 1.0
        wanted = (low - 0.02 * span if low < 0 else 0.0, high + 0.16 * span)  # room for the score numbers
        return _refit(self.ax.set_xlim, self.ax.get_xlim(), wanted, grow_only=grow_only)

    def widths(self) -> np.ndarray:
        """The drawn (slots, criteria) bar widths, read back from the artist (for tests and exports)."""
        verts = np.array([path.vertices[:4] for path in self.bars.get_paths()])
        return (verts[:, 1, 0] - verts[:, 0, 0]).reshape(self.slots, len(self.criteria))

    def labels(self) -> list[str]:
        """The slots' labels as read: "3. Name" ("" for an empty slot)."""
        return [
            f"{rank.get_text()} {name.get_text()}" if name.get_text() else ""
            for rank, name in zip(self.rank_texts, self.name_texts, strict=True)
        ]


RANK_GAP = 3.5  # points between a rank number and its partner's name (about a space)


class _FirstBaseline:
    """Where a partner's rank number goes: the start of its name's first line, on its baseline, in pixels.

    Aligning to the name's box instead would misplace the number by a pixel or two: with a
    fixed line spacing matplotlib centres each line's ink in its line box, so the baseline
    within the box depends on the letters ("Hello" against "Pxyz").
    """

    def __init__(self, text) -> None:
        self.text = text

    def __call__(self, renderer) -> Bbox:
        _box, lines, _descent = self.text._get_layout(renderer)  # per line: (text, size, baseline start)
        x, y = self.text._get_xy_display()
        left, base = lines[0][2]  # the first line's own start, after right-aligning it
        return Bbox.from_bounds(x + left, y + base, 0, 0)


def _refit(
    setter, current: tuple[float, float], wanted: tuple[float, float], *, grow_only: bool = False
) -> bool:
    """Apply axis limits ``wanted`` unless ``current`` holds them snugly; True if they changed.

    Snug means the wanted range fills at least 60% of the current one. New limits
    get 10% slack beyond the wanted range; the slack keeps the axis (and so the cached
    background) still during small edits. With ``grow_only`` (a slider drag) limits that
    hold the wanted range are kept however loose, and limits that do not are widened
    to cover both, with 25% slack: every refit costs a full redraw of the figure.
    """
    holds = current[0] <= wanted[0] and current[1] >= wanted[1]
    if holds and (grow_only or (wanted[1] - wanted[0]) >= 0.6 * (current[1] - current[0])):
        return False
    span = wanted[1] - wanted[0]
    if grow_only:  # widen only the side that is short
        low = (
            current[0] if current[0] <= wanted[0] else wanted[0] - 0.25 * span if wanted[0] < 0 else wanted[0]
        )
        high = current[1] if current[1] >= wanted[1] else wanted[1] + 0.25 * span
        setter(low, high)
        return True
    setter(wanted[0] - 0.1 * span if wanted[0] < 0 else wanted[0], wanted[1] + 0.1 * span)
    return True


def _rectangles(start: np.ndarray, width: np.ndarray, height: float) -> np.ndarray:
    """(slots * m, 4, 2) corners of bars starting at ``start`` with ``width``, slot k centred on y = k."""
    slots, count = start.shape
    y = np.repeat(np.arange(slots, dtype=float), count)
    x0 = start.ravel()
    x1 = x0 + width.ravel()
    bottom, top = y - height / 2, y + height / 2
    return np.stack(
        [np.column_stack(pair) for pair in ((x0, bottom), (x1, bottom), (x1, top), (x0, top))], axis=1
    )


class WeightPlot:
    """One horizontal bar per criterion, its width the weight, labelled with the percentage."""

    def __init__(self, ax, criteria: Sequence[str], *, title: str = "Weights") -> None:
        self.ax = ax
        count = len(criteria)
        positions = np.arange(count)
        self.bars = ax.barh(positions, np.zeros(count), height=0.65, color=style.criterion_colours(count))
        self.texts = [
            ax.text(0, y, "", va="center", ha="left", fontsize=style.sizes().label) for y in positions
        ]
        self.dynamic = (*self.bars.patches, *self.texts)
        ax.set_yticks(positions, [fit_label(c, 22) for c in criteria], fontsize=style.sizes().label)
        ax.set_ylim(count - 0.5, -0.5)
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(lambda x, _pos: f"{x:.0%}")
        ax.tick_params(axis="x", labelsize=style.sizes().tick)
        ax.tick_params(axis="y", length=0)
        ax.grid(axis="x", color="#DDDDDD")
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.set_title(title, fontsize=style.sizes().title, loc="left", pad=12)

    def update(self, weights: Sequence[float]) -> Redraw:
        """Show ``weights``; returns how much must be redrawn."""
        weights = np.asarray(weights, dtype=float)
        for bar, text, w in zip(self.bars.patches, self.texts, weights, strict=True):
            bar.set_width(w)
            text.set_x(w)
            text.set_text(f" {w:.0%}" if w >= 0.005 else f" {w:.1%}")
        changed = _refit(self.ax.set_xlim, self.ax.get_xlim(), (0.0, max(float(weights.max()) * 1.25, 0.05)))
        return Redraw.FIGURE if changed else Redraw.ARTISTS


class RadarPlot:
    """Profiles of up to four partners on normalised criteria (0 = worst, 1 = best), on a polar Axes."""

    MAX_PARTNERS = 4

    def __init__(self, ax, criteria: Sequence[str], *, title: str = "Profiles") -> None:
        self.ax = ax
        count = len(criteria)
        self.angles = np.linspace(0, 2 * np.pi, count, endpoint=False)
        closed = np.append(self.angles, self.angles[0])
        ax.set_theta_offset(np.pi / 2)
        ax.set_theta_direction(-1)
        ax.set_xticks(self.angles, [fit_label(c, 16) for c in criteria], fontsize=style.sizes().label)
        for label, colour in zip(ax.get_xticklabels(), style.criterion_colours(count), strict=True):
            label.set_color(colour)
            label.set_fontweight("bold")
        ax.tick_params(axis="x", pad=14)
        ax.set_ylim(0, 1)
        ax.set_rlabel_position(180 / count)  # between the first two spokes, off the data lines
        ax.set_yticks(
            [0.25, 0.5, 0.75, 1.0], ["", "0.5", "", "1"], fontsize=style.sizes().note, color=style.MUTED
        )
        self.lines = []
        self.fills = []
        for k in range(self.MAX_PARTNERS):
            colour = style.partner_colour(k)
            (line,) = ax.plot(closed, np.zeros(count + 1), color=colour, linewidth=2.5, marker="o")
            (fill,) = ax.fill(closed, np.zeros(count + 1), color=colour, alpha=0.08)
            line.set_visible(False)
            fill.set_visible(False)
            self.lines.append(line)
            self.fills.append(fill)
        self.title = figure_title(ax.figure, title)  # over the legend too, never under it
        self.legend = None

    def update(self, names: Sequence[str], profiles: np.ndarray, *, title: str | None = None) -> None:
        """Show the first four of ``names`` with their (k, criteria) normalised ``profiles``."""
        profiles = np.asarray(profiles, dtype=float).reshape(len(names), -1)
        closed = np.append(self.angles, self.angles[0])
        for k, (line, fill) in enumerate(zip(self.lines, self.fills, strict=True)):
            visible = k < min(len(names), self.MAX_PARTNERS)
            line.set_visible(visible)
            fill.set_visible(visible)
            if visible:
                radii = np.append(profiles[k], profiles[k, 0])
                line.set_data(closed, radii)
                line.set_label(fit_label(names[k], 24, 2))
                fill.set_xy(np.column_stack([closed, radii]))
        if title is not None:
            self.title.set_text(title)
        if self.legend is not None:
            self.legend.remove()
        shown = [line for line in self.lines if line.get_visible()]
        self.legend = None
        if shown:
            self.legend = self.ax.figure.legend(
                handles=shown, loc="outside right upper", fontsize=style.sizes().label, frameon=False
            )


class TradeoffPlot:
    """Partners on two criteria, the Pareto frontier joined, labels placed without overlap.

    With more than ``LABEL_ALL`` partners only the frontier and the selection are labelled.
    """

    LABEL_ALL = 25

    def __init__(self, ax, *, title: str = "Trade-off") -> None:
        self.ax = ax
        self.points = ax.scatter([], [], s=70, color=style.MUTED, edgecolor="white", zorder=3)
        self.frontier_points = ax.scatter(
            [], [], s=110, color=style.FRONTIER_COLOUR, zorder=4, label="Pareto frontier"
        )
        self.selected_points = ax.scatter(
            [], [], s=260, facecolor="none", edgecolor=style.PARTNER_COLOURS[0], linewidth=2.5, zorder=5,
            label="Selected",
        )  # fmt: skip
        (self.frontier_line,) = ax.plot(
            [], [], color=style.FRONTIER_COLOUR, linewidth=1.8, linestyle="--", zorder=2
        )
        ax.tick_params(labelsize=style.sizes().tick)
        ax.grid(color="#E5E5E5")
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        self.title = ax.set_title(title, fontsize=style.sizes().title, loc="left", pad=12)
        self.labels: list = []
        self._data: tuple | None = None

    def update(
        self,
        x: np.ndarray,
        y: np.ndarray,
        names: Sequence[str],
        frontier: np.ndarray,
        selected: np.ndarray,
        *,
        xlabel: str,
        ylabel: str,
        x_benefit: bool = True,
        y_benefit: bool = True,
    ) -> None:
        """Plot (x, y) per partner; ``frontier`` and ``selected`` are boolean masks."""
        x, y = np.asarray(x, float), np.asarray(y, float)
        frontier, selected = np.asarray(frontier, bool), np.asarray(selected, bool)
        self.points.set_offsets(np.column_stack([x, y]))
        self.frontier_points.set_offsets(np.column_stack([x[frontier], y[frontier]]))
        self.selected_points.set_offsets(np.column_stack([x[selected], y[selected]]))
        order = np.argsort(x[frontier], kind="stable")
        self.frontier_line.set_data(x[frontier][order], y[frontier][order])
        self.ax.set_xlabel(
            f"{xlabel}  ({'higher' if x_benefit else 'lower'} is better)", fontsize=style.sizes().label
        )
        self.ax.set_ylabel(
            f"{ylabel}  ({'higher' if y_benefit else 'lower'} is better)", fontsize=style.sizes().label
        )
        self.title.set_text(f"Trade-off: {ylabel} against {xlabel}")
        for axis, values in ((self.ax.set_xlim, x), (self.ax.set_ylim, y)):
            low, high = (float(values.min()), float(values.max())) if len(values) else (0.0, 1.0)
            pad = 0.08 * ((high - low) or 1.0)
            axis(low - pad, high + pad)
        self._data = (x, y, list(names), frontier, selected)
        self.place_labels()

    def place_labels(self) -> None:
        """(Re)place the point labels for the current size of the Axes (call after a resize)."""
        for text in self.labels:
            text.remove()
        self.labels = []
        if self._data is None:
            return
        x, y, names, frontier, selected = self._data
        groups = _coincident_groups(x, y)
        many = len(x) > self.LABEL_ALL
        anchors, texts, required = [], [], []
        for members in groups:
            keep = [i for i in members if not many or frontier[i] or selected[i]]
            if not keep:
                continue
            anchors.append((x[members[0]], y[members[0]]))
            texts.append("\n".join(fit_label(names[i], 26, 1) for i in keep))
            required.append(bool(frontier[keep].any() or selected[keep].any()))
        if not anchors:
            return
        figure = self.ax.figure
        if (engine := figure.get_layout_engine()) is not None:
            engine.execute(figure)  # place against the Axes' final size, not the pre-layout one
        pixels = self.ax.transData.transform(np.asarray(anchors))
        sizes = [text_size(t, style.sizes().note, figure.dpi) for t in texts]
        box = self.ax.bbox
        corners = place_labels(pixels, sizes, (box.x0, box.y0, box.x1, box.y1), required)
        inverse = self.ax.transData.inverted()
        for text, corner, bold in zip(texts, corners, required, strict=True):
            if corner is None:
                continue
            tx, ty = inverse.transform(corner)
            self.labels.append(
                self.ax.text(
                    tx, ty, text, ha="left", va="bottom", fontsize=style.sizes().note, linespacing=1.0,
                    fontweight="bold" if bold else "normal", color="#222222" if bold else "#555555", zorder=6,
                )
            )  # fmt: skip


def _coincident_groups(x: np.ndarray, y: np.ndarray) -> list[list[int]]:
    """Indices of partners sharing a point, so one label lists them all (integer scales tie often)."""
    groups: dict[tuple[float, float], list[int]] = {}
    for i, key in enumerate(zip(x.tolist(), y.tolist(), strict=True)):
        groups.setdefault(key, []).append(i)
    return list(groups.values())
