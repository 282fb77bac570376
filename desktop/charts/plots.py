"""Qt-free chart drawing on a matplotlib ``Axes``: contributions, weights, radar, trade-off.

Each plot class builds its artists once for a given structure (partners shown,
criteria) and then only updates them (``set_width``, ``set_text``, ...), because
a full rebuild costs 60-430 ms against a few ms for an update (ARCHITECTURE.md
section 2.5). The caller redraws. Only ``matplotlib.figure``/``axes`` objects
are used: no pyplot, no GUI backend.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from enum import IntEnum

import numpy as np
from matplotlib.artist import Artist
from matplotlib.collections import PolyCollection
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.transforms import Bbox, offset_copy
from PySide6.QtCore import QCoreApplication

from desktop.charts import style
from desktop.charts.fitting import laid_out
from desktop.charts.labels import (
    Measure,
    all_clear,
    elide_to,
    place_labels,
    reads_as_own,
    text_extent,
    wrap_to,
)
from desktop.charts.numbers import number_ticks, percent_ticks
from desktop.i18n import format_number, format_percent

LABEL_GAP = 6.0  # pixels between a point's marker and its label
# compact legends (less space around the keys than matplotlib's): two columns where one used to fit
LEGEND_STYLE = {"frameon": False, "handlelength": 1.4, "handletextpad": 0.5, "columnspacing": 1.2}
TOP_N = 20  # bars shown in the contributions chart; the rest are summarised in a note


def direction_label(name: str, benefit: bool) -> str:
    """A criterion's axis title with its direction: "Capital  (higher is better)"."""
    if benefit:
        return QCoreApplication.translate("Charts", "{name}  (higher is better)").format(name=name)
    return QCoreApplication.translate("Charts", "{name}  (lower is better)").format(name=name)


def figure_title(figure, text: str):
    """A title across the whole figure, left-aligned and wrapped at its edge, so it is never cut off."""
    return figure.suptitle(text, x=0.01, ha="left", fontsize=style.sizes().title, wrap=True)


class NameRoom(Artist):
    """Room in the layout left of an axes for its row names: ``width`` pixels past ``pad`` points.

    Draws nothing. The room grows with the widest name in steps of one em, so names that
    change within a step (a drag reordering the rows) leave the layout as it is.
    """

    def __init__(self, ax, pad: float) -> None:
        super().__init__()
        self.width = 0.0
        self.pad = pad
        ax.add_artist(self)
        self.set_clip_on(False)  # a clipped artist is left out of the layout

    def get_window_extent(self, renderer=None):
        box = self.axes.bbox
        left = box.x0 - self.pad * self.axes.figure.dpi / 72 - self.width
        return Bbox.from_extents(left, box.y0, box.x0, box.y1)

    def draw(self, renderer) -> None:
        pass


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

    Every text is anchored to its row in data coordinates (names at the axes' left
    edge, scores at the bar's end), so wherever the layout puts the axes, a name
    sits on its bar. Names are in the layout (constrained layout makes room for
    them) and are fitted to the chart's size with the renderer's measures
    (``fit_to_size``): as many rows as fit at the chart's text size (the rest are
    counted in the note), names wrapped or elided to at most ``NAME_SHARE`` of the width.
    """

    BAR_HEIGHT = 0.72
    ROW_LINES = 1.3  # a row is at least this many name heights tall, so names never touch
    NAME_SHARE = 0.4  # the most of the figure's width the partner names may take
    MIN_ROWS = 4  # rows a figure must hold at a text scale, else the chart's text is made smaller
    SCALES = (1.0, 0.85, 0.7, 0.6, 0.5, 0.4)  # of the chart's text sizes, tried in turn

    def __init__(
        self,
        ax,
        criteria: Sequence[str],
        slots: int,
        *,
        colours: Sequence[str] | None = None,
        title: str = "",
        xlabel: str = "",
        widths: dict | None = None,
    ) -> None:
        """``widths``: measured text widths to share with the plots built before and after this one
        (a rebuild on a language switch measures the same names and legend again)."""
        self.ax = ax
        self.slots = slots
        self.rows = slots  # rows shown: fewer when the chart is too short for all (``fit_to_size``)
        self.scale = 1.0  # of the chart's text sizes: below 1 only in a figure too small for them
        self.criteria = tuple(criteria)
        count = len(self.criteria)
        colours = tuple(colours or style.criterion_colours(count))
        positions = np.arange(slots)
        size = style.sizes().tick
        self.bars = PolyCollection(
            np.zeros((slots * count, 4, 2)),
            facecolors=np.tile(colours, slots),
            edgecolors="white",
            linewidths=0.8,
        )
        ax.add_collection(self.bars)
        # scores half an em right of their bar (an offset: spaces would cost glyph renders)
        beside = offset_copy(ax.transData, ax.figure, x=0.5 * size, units="points")
        self.score_texts = [
            ax.text(0, y, "", va="center", ha="left", fontsize=size, color="#333333", transform=beside)
            for y in positions
        ]
        for text in self.score_texts:  # ``_fit_limits`` keeps them inside the axes: the layout ignores
            text.set_in_layout(False)  # them, else it would move the axes that the limits were fitted to
        # "3. Name" half an em left of the axes, on its row: x in axes, y in data coordinates
        left = offset_copy(ax.get_yaxis_transform(), ax.figure, x=-0.5 * size, units="points")
        self.name_texts = [
            ax.text(0, y, "", transform=left, ha="right", va="center", fontsize=size, linespacing=1.05)
            for y in positions
        ]
        # the layout makes room on the left for the names (``NameRoom``), not the names themselves:
        # names that change in a drag then never move the axes, so the names redrawn over the
        # cached background sit where a full draw (an export) puts them
        for text in self.name_texts:
            text.set_in_layout(False)
        self.name_room = NameRoom(ax, pad=0.5 * size)
        self.dynamic = (self.bars, *self.score_texts)
        self.slow_dynamic = tuple(self.name_texts)
        self.changed_names: list = []  # name artists the last update changed (the canvas redraws them)
        self._lines = 1  # lines per name: two when the rows are tall enough
        self._name_room = NAME_ROOM_UNSET  # widest name in pixels (fitted in ``fit_to_size``)
        self._fitted: dict[str, str] = {}  # label -> label fitted to the room
        self._widths: dict[tuple, float] = {} if widths is None else widths  # (text, size, dpi) -> width
        self._margins: dict[tuple, float] = {}  # what sets the vertical margins -> their height, laid out
        self._data = None  # the last update's arguments, shown again when the rows change
        self._extent: tuple[float, float] | None = None  # leftmost and rightmost bar ends last shown
        self._labels: list[str] = [""] * slots
        self._note_key: tuple = ()
        self._note = ""
        ax.axvline(0, color="#444444", linewidth=1)
        ax.set_ylim(slots - 0.5, -0.5)  # rank 1 at the top
        ax.set_yticks([])
        number_ticks(ax.xaxis)
        ax.tick_params(axis="x", labelsize=style.sizes().tick)
        ax.grid(axis="x", color="#DDDDDD")
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        # the title spans the figure (the axes is narrowed by the partner labels); the note
        # sits in the axes' own right-hand title slot, a line below it, so the two never meet
        self.title = figure_title(ax.figure, title)
        self.title.set_wrap(False)  # wrapped by ``fit_to_size``, which must know its lines
        self._title = title
        xlabel = xlabel or QCoreApplication.translate("Charts", "Contribution to score")
        ax.set_xlabel(xlabel, fontsize=style.sizes().label, loc="right")  # wider than the bars: grows left
        self._xlabel = xlabel  # wrapped by ``fit_to_size`` too: a breakdown's label can be long
        self._handles = [Patch(color=c, label=n) for n, c in zip(self.criteria, colours, strict=True)]
        self.legend = None
        self.legend_layout = (0, 0.0)
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
        """Show ``names`` (in rank order, up to ``slots``; the first ``rows`` are shown) and their parts.

        ``contributions`` is (names, criteria); ``total`` is the number of ranked
        partners, for the "showing N of total" note. With ``grow_only`` (during a slider
        drag) the x-axis only widens, never narrows, so the cached background stays
        valid; call ``refit()`` when the drag pauses. Returns how much must be redrawn;
        ``changed_names`` then lists the name artists that changed.
        """
        self._data = (names, ranks, scores, contributions, total, note)
        values = np.zeros((self.slots, len(self.criteria)))
        shown = min(len(names), self.rows)
        values[:shown] = np.asarray(contributions, dtype=float).reshape(len(names), -1)[:shown]
        positive = np.where(values > 0, values, 0.0)
        negative = np.where(values < 0, values, 0.0)
        # exclusive running sums: where each segment starts on its side of zero
        start = np.where(values >= 0, np.cumsum(positive, 1) - positive, np.cumsum(negative, 1) - negative)
        self.bars.set_verts(_rectangles(start, values, self.BAR_HEIGHT))
        right = positive.sum(1)
        for slot, text in enumerate(self.score_texts):
            text.set_x(right[slot])
            text.set_text(format_number(scores[slot]) if slot < shown else "")
        level = self._set_labels([f"{ranks[k]}. {names[k]}" for k in range(shown)], grow_only)
        total = len(names) if total is None else total
        counted = (
            QCoreApplication.translate("Charts", "showing {shown} of {total} partners").format(
                shown=shown, total=total
            )
            if total > shown
            else ""
        )
        text = self._note_text([part for part in (note, counted) if part])
        if text != self.note.get_text():  # the note is static: only a full redraw shows it
            self.note.set_text(text)
            level = Redraw.FIGURE
        self._extent = (float(negative[:shown].sum(1).min(initial=0.0)), float(right.max()))
        if self._fit_limits(*self._extent, grow_only=grow_only):
            level = Redraw.FIGURE
        return level

    def _note_text(self, parts: list[str]) -> str:
        """The note's parts on one line, or one per line (each elided) when the figure is too narrow."""
        figure = self.ax.figure
        size = self.note.get_fontsize()
        room = figure.bbox.width * 0.95  # right-aligned at the axes' right edge, near the figure's

        def width(text: str) -> float:
            return self._width(text, size)

        key = (tuple(parts), size, room)
        if key != self._note_key:
            line = "; ".join(parts)
            self._note_key = key
            self._note = line if width(line) <= room else "\n".join(elide_to(p, room, width) for p in parts)
        return self._note

    def refit(self) -> bool:
        """Fit the x-axis and the names' room snugly to what was last shown (after a drag); True if
        either changed."""
        limits = self._extent is not None and self._fit_limits(*self._extent)
        return self._hold_widest() or limits

    def _set_labels(self, labels: list[str], grow_only: bool = False) -> Redraw:
        """Put "rank. name" on the slots, fitted to the room; how much that must redraw."""
        labels = [self._fit(label) for label in labels] + [""] * (self.slots - len(labels))
        self.changed_names = [
            text for text, old, new in zip(self.name_texts, self._labels, labels, strict=True) if old != new
        ]
        if not self.changed_names:
            return Redraw.ARTISTS
        self._labels = labels
        for text in self.changed_names:
            text.set_text(labels[self.name_texts.index(text)])
        return Redraw.FIGURE if self._hold_widest(grow_only) else Redraw.LABELS

    def _hold_widest(self, grow_only: bool = False) -> bool:
        """Make the names' room hold the widest line of the names shown, rounded up to an em (and
        only a wider one with ``grow_only``); True if the room changed: the layout must run again."""
        size = self.name_texts[0].get_fontsize()
        widest = max(
            (self._width(line, size) for label in self._labels for line in label.split("\n")), default=0
        )
        em = size * self.ax.figure.dpi / 72
        width = max(widest, min(math.ceil(widest / em) * em, self._name_room))
        if width == self.name_room.width or (grow_only and width < self.name_room.width):
            return False
        self.name_room.width = width
        return True

    def _fit(self, label: str) -> str:
        """``label`` within the names' room: wrapped to two lines when rows are tall, else elided."""
        fitted = self._fitted.get(label)
        if fitted is None:
            size = self.name_texts[0].get_fontsize()

            def width(text: str) -> float:
                return self._width(text, size)

            room = self._name_room
            fitted = (
                wrap_to(label, room, width, self._lines) if self._lines > 1 else elide_to(label, room, width)
            )
            self._fitted[label] = fitted
        return fitted

    def _width(self, text: str, size: float) -> float:
        """The measured width in pixels of one line of ``text`` at ``size`` points (remembered)."""
        key = (text, size, self.ax.figure.dpi)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) > 20_000:  # a long session of big studies: forget old names
                self._widths.clear()
            width = self._widths[key] = text_extent(self.ax.figure, text, fontsize=size)[0]
        return width

    def fit_to_size(self) -> bool:
        """Fit legend, rows and names to the figure's size (before drawing at a new size); True if changed.

        Lays the figure out (constrained layout) to learn the axes' height, then shows
        as many rows as hold one name each at the chart's text size, with two-line
        names only when a row holds two lines.
        """
        figure = self.ax.figure
        changed = False
        for scale in self.SCALES:  # the chart's own size first; smaller only if the figure cannot hold it
            if scale != self.scale:
                self._set_scale(scale)
                changed = True
            changed = self.fit_legend() or changed
            size = self.name_texts[0].get_fontsize()
            one = text_extent(figure, "Ag", fontsize=size)[1]
            two = text_extent(figure, "Ag\nAg", fontsize=size, linespacing=1.05)[1]
            room = max(figure.bbox.width * self.NAME_SHARE, one * 4)
            if room != self._name_room:  # first the names' width: it sets the axes' left edge
                self._name_room = room
                changed = self._show_again()
            width = figure.bbox.width
            changed = self._wrap(self.title, self._title, width * 0.97) or changed
            # the axis label ends at the axes' right edge (the last layout's), short of the figure's
            label_room = self.ax.get_position().x1 * width - width * 0.03
            changed = self._wrap(self.ax.xaxis.label, self._xlabel, label_room) or changed
            height = self._axes_height()
            if height is not None and height >= min(self.slots, self.MIN_ROWS) * one * self.ROW_LINES:
                break
        height = height or self.ax.bbox.height
        rows = int(min(self.slots, max(height // (one * self.ROW_LINES), 1)))
        lines = 2 if height / rows >= two * self.ROW_LINES else 1
        if (rows, lines) != (self.rows, self._lines):
            self.rows, self._lines = rows, lines
            self.ax.set_ylim(rows - 0.5, -0.5)
            changed = self._show_again()
        return self._hold_widest() or changed

    def _set_scale(self, scale: float) -> None:
        """Every text of the chart at ``scale`` times its size (below 1 only in a figure too small for it)."""
        self.scale = scale
        sizes = style.sizes()
        self.title.set_fontsize(sizes.title * scale)
        self.note.set_fontsize(sizes.note * scale)
        self.ax.xaxis.label.set_fontsize(sizes.label * scale)
        self.ax.tick_params(axis="x", labelsize=sizes.tick * scale)
        for text in (*self.name_texts, *self.score_texts):
            text.set_fontsize(sizes.tick * scale)

    def _axes_height(self) -> float | None:
        """The axes' height in pixels at the figure's size; None when the figure cannot hold the chart.

        The margins above and below the axes (title, note, tick numbers, axis label,
        legend) do not depend on the figure's height: while their texts keep their
        lines, the height follows from the last layout's margins without laying out
        again (a constrained layout costs about as much as drawing the figure).
        """
        figure = self.ax.figure
        lines = (figure.dpi, self.scale, self.legend_layout, self.title.get_text().count("\n"),
                 self.note.get_text().count("\n"), self.ax.xaxis.label.get_text().count("\n"))  # fmt: skip
        if lines in self._margins:
            return figure.bbox.height - self._margins[lines]
        if not laid_out(figure):
            return None
        self._margins[lines] = figure.bbox.height - self.ax.bbox.height
        return self.ax.bbox.height

    def _wrap(self, text: Text, original: str, room: float) -> bool:
        """Break ``original`` into lines that fit ``room`` pixels (measured) as ``text``'s content;
        True if it changed."""
        size = text.get_fontsize()
        wrapped = wrap_to(original, room, lambda t: self._width(t, size))
        if wrapped == text.get_text():
            return False
        text.set_text(wrapped)
        return True

    def _show_again(self) -> bool:
        """Fit the last update's names again (after the room or rows changed) and show them."""
        self._fitted.clear()
        if self._data is not None:
            names, ranks, scores, contributions, total, note = self._data
            self.update(names, ranks, scores, contributions, total=total, note=note)
        self._hold_widest()
        return True

    def fit_legend(self) -> bool:
        """Lay the legend out in as many columns (up to five) as the figure's width holds; True if changed.

        Call after the figure is resized: a five-column legend wider than the figure
        is cut at both ends ("…nology transfer"). Widths are measured, not estimated.
        """
        figure = self.ax.figure
        wanted = min(len(self._handles), 3)  # a tall one-column legend would take the bars' room
        sizes = style.sizes()
        choices = []  # (columns that fit, size), largest size first
        for size in (sizes.label * self.scale, sizes.note * self.scale, sizes.note * self.scale * 0.8):
            fits = [c for c in range(1, min(len(self._handles), 5) + 1)
                    if self._legend_width(c, size) <= figure.bbox.width * 0.98]  # fmt: skip
            choices.append((max(fits, default=1), size))
        # the largest size with enough columns, else the fewest rows (then the largest size): a tall
        # one-column legend at 1280 x 800 left the chart room for 7 of its 16 partners
        count = len(self._handles)
        layout = next((c for c in choices if c[0] >= wanted), None) or min(
            choices, key=lambda c: (-(-count // c[0]), -c[1])
        )
        if self.legend is not None and self.legend_layout == layout:
            return False
        if self.legend is not None:
            self.legend.remove()
        self.legend_layout = layout
        self.legend = figure.legend(
            handles=self._handles,
            loc="outside lower center",
            ncols=layout[0],
            fontsize=layout[1],
            **LEGEND_STYLE,
            # at the figure's edge: constrained layout reserves the legend's height and 2 h_pads, not
            # the default half-em pad below it, which at a large text size pushed it onto the axis label
            borderaxespad=0.0,
        )
        return True

    def _legend_width(self, columns: int, size: float) -> float:
        """The measured width of the legend in ``columns`` at ``size`` points (remembered)."""
        key = ("legend", *(h.get_label() for h in self._handles), columns, size, self.ax.figure.dpi)
        if key not in self._widths:
            self._widths[key] = legend_width(self.ax.figure, self._handles, columns, size)
        return self._widths[key]

    def _fit_limits(self, low: float, high: float, *, grow_only: bool = False) -> bool:
        """Limits that hold every bar and its score number, measured in pixels at the axes' width."""
        low, high = min(low, 0.0), max(high, 0.0)
        span = (high - low) or 1.0
        left = low - 0.02 * span if low < 0 else 0.0
        widest = max((t.get_text() for t in self.score_texts), key=len)
        label = self._width(widest, self.score_texts[0].get_fontsize())
        label += self.score_texts[0].get_fontsize() * self.ax.figure.dpi / 72.0  # the offset and a margin
        axes = self.ax.bbox.width
        # the score's right edge, (high - left) / (right - left) * axes + label, stays within the axes
        share = max(axes - label, axes * 0.3) / axes
        wanted = (left, left + ((high - left) or 1.0) / share)  # no bars yet (a new study): a 0-1 axis
        return _refit(self.ax.set_xlim, self.ax.get_xlim(), wanted, grow_only=grow_only)

    def widths(self) -> np.ndarray:
        """The drawn (slots, criteria) bar widths, read back from the artist (for tests and exports)."""
        verts = np.array([path.vertices[:4] for path in self.bars.get_paths()])
        return (verts[:, 1, 0] - verts[:, 0, 0]).reshape(self.slots, len(self.criteria))

    def labels(self) -> list[str]:
        """The slots' labels as read: "3. Name" ("" for an empty slot)."""
        return [text.get_text() for text in self.name_texts]


NAME_ROOM_UNSET = 1e9  # before the first fit to a size: names are not cut


def legend_width(figure, handles, columns: int, size: float) -> float:
    """The measured width in pixels of a frameless legend of ``handles`` in ``columns`` at ``size`` points."""
    from matplotlib.legend import Legend

    probe = Legend(
        figure, handles, [h.get_label() for h in handles], ncols=columns, fontsize=size, **LEGEND_STYLE
    )
    return probe.get_window_extent().width


def measure(figure, **props) -> Measure:
    """The width in pixels of a one-line text on ``figure`` with Text ``props``, as a function."""
    return lambda text: text_extent(figure, text, **props)[0]


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
    """One horizontal bar per criterion, its width the weight, labelled with the percentage.

    Criterion names are wrapped to ``NAME_SHARE`` of the figure's width, measured: build it
    for the size it is drawn at (``desktop.charts.fitting.draw_fitted``).
    """

    NAME_SHARE = 0.35

    def __init__(self, ax, criteria: Sequence[str], *, title: str = "") -> None:
        self.ax = ax
        count = len(criteria)
        positions = np.arange(count)
        self.bars = ax.barh(positions, np.zeros(count), height=0.65, color=style.criterion_colours(count))
        self.texts = [
            ax.text(0, y, "", va="center", ha="left", fontsize=style.sizes().label) for y in positions
        ]
        self.dynamic = (*self.bars.patches, *self.texts)
        size = style.sizes().label
        width, room = measure(ax.figure, fontsize=size), self.NAME_SHARE * ax.figure.bbox.width
        ax.set_yticks(positions, [wrap_to(name, room, width, lines=2) for name in criteria], fontsize=size)
        ax.set_ylim(count - 0.5, -0.5)
        ax.set_xlim(0, 1)
        percent_ticks(ax.xaxis)
        ax.tick_params(axis="x", labelsize=style.sizes().tick)
        ax.tick_params(axis="y", length=0)
        ax.grid(axis="x", color="#DDDDDD")
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        title = title or QCoreApplication.translate("Charts", "Weights")
        ax.set_title(title, fontsize=style.sizes().title, loc="left", pad=12)

    def update(self, weights: Sequence[float]) -> Redraw:
        """Show ``weights``; returns how much must be redrawn."""
        weights = np.asarray(weights, dtype=float)
        for bar, text, w in zip(self.bars.patches, self.texts, weights, strict=True):
            bar.set_width(w)
            text.set_x(w)
            text.set_text(" " + (format_percent(w, 0) if w >= 0.005 else format_percent(w, 1)))
        changed = _refit(self.ax.set_xlim, self.ax.get_xlim(), (0.0, max(float(weights.max()) * 1.25, 0.05)))
        return Redraw.FIGURE if changed else Redraw.ARTISTS


class RadarPlot:
    """Profiles of up to four partners on normalised criteria (0 = worst, 1 = best), on a polar Axes.

    Spoke names are wrapped to ``SPOKE_NAME_SHARE`` of the figure's size and the legend sits
    below the chart in as many columns as the width holds, all measured at the figure's size:
    build it for the size it is drawn at (``desktop.charts.fitting.draw_fitted``).
    """

    MAX_PARTNERS = 4
    SPOKE_NAME_SHARE = 0.3  # of the figure's width or height, for each criterion's name at its spoke
    LEGEND_SHARE = 0.9  # of the figure's width, for the legend's columns

    def __init__(self, ax, criteria: Sequence[str], *, title: str = "Profiles") -> None:
        self.ax = ax
        figure = ax.figure
        count = len(criteria)
        self.angles = np.linspace(0, 2 * np.pi, count, endpoint=False)
        closed = np.append(self.angles, self.angles[0])
        ax.set_theta_offset(np.pi / 2)
        ax.set_theta_direction(-1)
        size = style.sizes().label
        width = measure(figure, fontsize=size, fontweight="bold")
        room = self.SPOKE_NAME_SHARE * min(figure.bbox.width, figure.bbox.height)  # the radar is round
        ax.set_xticks(self.angles, [wrap_to(c, room, width, lines=2) for c in criteria], fontsize=size)
        for label, colour in zip(ax.get_xticklabels(), style.criterion_colours(count), strict=True):
            label.set_color(colour)
            label.set_fontweight("bold")
        ax.tick_params(axis="x", pad=14)
        ax.set_ylim(0, 1)
        ax.set_rlabel_position(180 / count)  # between the first two spokes, off the data lines
        ax.set_yticks(
            [0.25, 0.5, 0.75, 1.0],
            ["", format_number(0.5, 1), "", ""],  # the outer ring, 1, is named in the title: "1 = best"
            fontsize=style.sizes().note,
            color=style.MUTED,
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
        self.title = figure_title(figure, title)
        self.legend = None

    def update(self, names: Sequence[str], profiles: np.ndarray, *, title: str | None = None) -> None:
        """Show the first four of ``names`` with their (k, criteria) normalised ``profiles``."""
        profiles = np.asarray(profiles, dtype=float).reshape(len(names), -1)
        closed = np.append(self.angles, self.angles[0])
        figure = self.ax.figure
        size = style.sizes().label
        width = measure(figure, fontsize=size)
        for k, (line, fill) in enumerate(zip(self.lines, self.fills, strict=True)):
            visible = k < min(len(names), self.MAX_PARTNERS)
            line.set_visible(visible)
            fill.set_visible(visible)
            if visible:
                radii = np.append(profiles[k], profiles[k, 0])
                line.set_data(closed, radii)
                line.set_label(elide_to(names[k], self.LEGEND_SHARE * figure.bbox.width / 2, width))
                fill.set_xy(np.column_stack([closed, radii]))
        if title is not None:
            self.title.set_text(title)
        if self.legend is not None:
            self.legend.remove()
        self.legend = None
        shown = [line for line in self.lines if line.get_visible()]
        if shown:
            room = self.LEGEND_SHARE * figure.bbox.width
            columns = max(
                (c for c in range(1, len(shown) + 1) if legend_width(figure, shown, c, size) <= room),
                default=1,
            )
            # below the chart: beside it, the legend took the chart's width and its names ran over the title
            self.legend = figure.legend(
                handles=shown, loc="outside lower center", ncols=columns, fontsize=size, **LEGEND_STYLE
            )


class TradeoffPlot:
    """Partners on two criteria, the Pareto frontier joined, labels placed without overlap.

    With more than ``LABEL_ALL`` partners only the frontier and the selection are labelled.
    Labels are placed in pixels: call ``place_labels()`` once the figure is laid out at the
    size it is drawn at (``desktop.charts.fitting.draw_fitted`` does).
    """

    LABEL_ALL = 25
    POINT_SIZE = 70  # marker areas in points squared
    FRONTIER_SIZE = 110
    SELECTED_SIZE = 260
    RING_WIDTH = 2.5  # points
    LABEL_SHARE = 0.5  # of the axes' width, the most a point's label may take

    def __init__(self, ax, *, title: str = "") -> None:
        self.ax = ax
        self.points = ax.scatter([], [], s=self.POINT_SIZE, color=style.MUTED, edgecolor="white", zorder=3)
        self.frontier_points = ax.scatter(
            [], [], s=self.FRONTIER_SIZE, color=style.FRONTIER_COLOUR, zorder=4,
            label=QCoreApplication.translate("Charts", "Pareto frontier"),
        )  # fmt: skip
        self.selected_points = ax.scatter(
            [], [], s=self.SELECTED_SIZE, facecolor="none", edgecolor=style.PARTNER_COLOURS[0], linewidth=self.RING_WIDTH,
            zorder=5, label=QCoreApplication.translate("Charts", "Selected"),
        )  # fmt: skip
        (self.frontier_line,) = ax.plot(
            [], [], color=style.FRONTIER_COLOUR, linewidth=1.8, linestyle="--", zorder=2
        )
        ax.tick_params(labelsize=style.sizes().tick)
        number_ticks(ax.xaxis, ax.yaxis)
        ax.grid(color="#E5E5E5")
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        # the title spans the figure; a note (partners shown with filled-in values) sits in the
        # axes' left title slot under it, in the figure, so an export shows it too
        self.title = figure_title(ax.figure, title or QCoreApplication.translate("Charts", "Trade-off"))
        self.note = ax.set_title("", loc="left", fontsize=style.sizes().note, color="#555555")
        self.labels: list = []
        self.leader_lines: list = []  # from a name placed away from its point back to it
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
        note: str = "",
    ) -> None:
        """Plot (x, y) per partner; ``frontier`` and ``selected`` are boolean masks."""
        x, y = np.asarray(x, float), np.asarray(y, float)
        frontier, selected = np.asarray(frontier, bool), np.asarray(selected, bool)
        self.points.set_offsets(np.column_stack([x, y]))
        self.frontier_points.set_offsets(np.column_stack([x[frontier], y[frontier]]))
        self.selected_points.set_offsets(np.column_stack([x[selected], y[selected]]))
        order = np.argsort(x[frontier], kind="stable")
        self.frontier_line.set_data(x[frontier][order], y[frontier][order])
        self.ax.set_xlabel(direction_label(xlabel, x_benefit), fontsize=style.sizes().label)
        self.ax.set_ylabel(direction_label(ylabel, y_benefit), fontsize=style.sizes().label)
        self.title.set_text(
            QCoreApplication.translate("Charts", "Trade-off: {y} against {x}").format(y=ylabel, x=xlabel)
        )
        self.note.set_text(note)
        for axis, values in ((self.ax.set_xlim, x), (self.ax.set_ylim, y)):
            low, high = (float(values.min()), float(values.max())) if len(values) else (0.0, 1.0)
            pad = 0.08 * ((high - low) or 1.0)
            axis(low - pad, high + pad)
        self._data = (x, y, list(names), frontier, selected)

    def place_labels(self) -> bool:
        """(Re)place the point labels for the Axes' current size, inside it where they fit; False
        when a label had to be put over another or a marker (the chart is too small for its text)."""
        for artist in (*self.labels, *self.leader_lines):
            artist.remove()
        self.labels, self.leader_lines = [], []
        if self._data is None:
            return True
        x, y, names, frontier, selected = self._data
        many = len(x) > self.LABEL_ALL
        anchors, texts, required, ringed, on_frontier = [], [], [], [], []
        figure, box = self.ax.figure, self.ax.bbox
        size = style.sizes().note
        widths = {bold: measure(figure, fontsize=size, fontweight="bold" if bold else "normal")
                  for bold in (False, True)}  # fmt: skip
        for members in _coincident_groups(x, y):
            keep = [i for i in members if not many or frontier[i] or selected[i]]
            if not keep:
                continue
            bold = bool(frontier[keep].any() or selected[keep].any())
            anchors.append((x[members[0]], y[members[0]]))
            texts.append(
                "\n".join(elide_to(names[i], self.LABEL_SHARE * box.width, widths[bold]) for i in keep)
            )
            required.append(bold)
            ringed.append(bool(selected[members].any()))
            on_frontier.append(bool(frontier[members].any()))
        if not anchors:
            return True
        pixels = self.ax.transData.transform(np.asarray(anchors))
        sizes = [text_extent(figure, t, fontsize=size, linespacing=1.0, fontweight="bold" if b else "normal")
                 for t, b in zip(texts, required, strict=True)]  # fmt: skip
        points = figure.dpi / 72
        ring = (math.sqrt(self.SELECTED_SIZE) + self.RING_WIDTH) / 2 * points  # radii in pixels
        dot, frontier_dot = (
            math.sqrt(self.POINT_SIZE) / 2 * points,
            math.sqrt(self.FRONTIER_SIZE) / 2 * points,
        )
        radius = [ring if s else frontier_dot if f else dot for s, f in zip(ringed, on_frontier, strict=True)]
        leaders: dict = {}  # a required name with no free spot beside its point: away, with a line to it
        corners = place_labels(
            pixels, sizes, (box.x0, box.y0, box.x1, box.y1), required, gap=LABEL_GAP, radius=radius,
            leaders=leaders,
        )  # fmt: skip
        misleading = [  # a required name with no spot where it reads as its point's: better none
            k for k, c in enumerate(corners) if c is not None and k not in leaders
            and not reads_as_own((*c, c[0] + sizes[k][0], c[1] + sizes[k][1]), k, pixels, np.asarray(radius), LABEL_GAP)
        ]  # fmt: skip
        for k in misleading:
            corners[k] = None
        inverse = self.ax.transData.inverted()
        for x0, y0, x1, y1 in leaders.values():
            (line,) = self.ax.plot(*inverse.transform([(x0, y0), (x1, y1)]).T, color="#555555", linewidth=0.8,
                                   zorder=5)  # fmt: skip
            line.set_in_layout(False)
            self.leader_lines.append(line)
        for text, corner, bold in zip(texts, corners, required, strict=True):
            if corner is None:
                continue
            tx, ty = inverse.transform(corner)
            label = self.ax.text(
                tx, ty, text, ha="left", va="bottom", fontsize=size, linespacing=1.0,
                fontweight="bold" if bold else "normal", color="#222222" if bold else "#555555", zorder=6,
            )  # fmt: skip
            label.set_in_layout(False)  # placed for this layout: it must not move the axes
            self.labels.append(label)
        return all_clear(corners, sizes, pixels, radius) and not misleading  # else: smaller text


def _coincident_groups(x: np.ndarray, y: np.ndarray) -> list[list[int]]:
    """Indices of partners sharing a point, so one label lists them all (integer scales tie often)."""
    groups: dict[tuple[float, float], list[int]] = {}
    for i, key in enumerate(zip(x.tolist(), y.tolist(), strict=True)):
        groups.setdefault(key, []).append(i)
    return list(groups.values())
