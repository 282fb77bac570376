"""Fitting a whole chart to its figure: wrap long titles and axis labels, shrink text if need be.

Charts that are built afresh for a size (robustness results, profiles, trade-off) are
drawn through ``draw_fitted``: at the chart's text size when the figure holds every
text laid out, else at the first smaller size that does. Text is measured with the
renderer (``desktop.charts.labels``), never estimated from a character count.
"""

from __future__ import annotations

import itertools
import warnings

from desktop.charts import style
from desktop.charts.labels import lay_out_now, text_extent, wrap_to

TEXT_SCALES = (1.0, 0.85, 0.7, 0.6, 0.5)  # of the chart's text sizes, tried in turn in a small figure
EDGE = 4  # pixels kept free at the figure's edges (antialiased glyph edges)


def draw_fitted(figure, draw, finish=None) -> float:
    """``draw(figure)`` at the chart's text size, or smaller if the figure cannot hold it laid out;
    returns the scale of the chart's text sizes drawn at (one of ``TEXT_SCALES``).

    ``finish()`` (optional) then puts what is placed in pixels against the final layout (point
    labels) and says whether every text found room apart from the others. A squeezed figure
    whose texts do not fit makes constrained layout give up, and then titles, labels and names
    pile onto each other: the text shrinks instead, as it does for texts crowded onto one
    another. ``draw`` may return False to say that it made its texts fit only by cutting them
    short or leaving some out (the bump chart's scenario names down to "Curr…"): a smaller size
    is tried then too, down to the smallest if need be, as that cuts least. Where no size keeps
    every text apart, the largest that holds the chart laid out and inside the figure is kept:
    smaller text everywhere would not read better.
    """
    fallback = None
    for scale in TEXT_SCALES:
        fits, apart, whole = _draw_at(figure, draw, finish, scale)
        if fits and apart and (whole or scale == TEXT_SCALES[-1]):
            return scale
        if fits and apart:
            fallback = scale  # the smallest apart: it cuts the least
        elif fits and fallback is None:
            fallback = scale
    if fallback is not None and fallback != TEXT_SCALES[-1]:
        _draw_at(figure, draw, finish, fallback)
        return fallback
    return TEXT_SCALES[-1]


def _draw_at(figure, draw, finish, scale: float) -> tuple[bool, bool, bool]:
    """Draw at ``scale``; (laid out with every text inside the figure, every text apart, every
    text whole as ``draw`` says)."""
    figure.clear()
    with style.scaled(scale):
        whole = draw(figure) is not False
        wrap_texts(figure)
        fits = laid_out(figure)
        apart = finish() if finish is not None else True
    return fits and texts_inside(figure), apart, whole


def laid_out(figure) -> bool:
    """Lay ``figure`` out with its layout engine; False when the engine found no room for the axes."""
    engine = figure.get_layout_engine()
    if engine is None:
        return True
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        engine.execute(figure)
    return not any("not applied" in str(warning.message) for warning in caught)


def wrap_texts(figure) -> None:
    """Break axes' left titles and axis labels into lines that end inside the figure.

    A title longer than the room right of its axes' left edge made constrained layout shrink
    the axes to keep it in (a heat map a few pixels wide), and still ran off the figure; a long
    axis label ran off both ends ("…ht of Technology transfer (others rescaled in proportion)").
    """
    texts = [
        (ax, kind, text)
        for ax in figure.axes
        for kind, text in (("title", _left_title(ax)), ("x", ax.xaxis.label), ("y", ax.yaxis.label))
        if text is not None and text.get_visible() and text.get_text()
    ]
    if not texts:
        return
    lay_out_now(figure)
    box = figure.bbox
    for ax, kind, text in texts:
        if kind == "title":  # left-aligned at the axes' left edge
            room = box.x1 - ax.bbox.x0 - EDGE
        elif kind == "x":  # centred under the axes
            centre = (ax.bbox.x0 + ax.bbox.x1) / 2 - box.x0
            room = 2 * min(centre, box.width - centre) - 2 * EDGE
        else:  # upright beside the axes: no longer than it, or it reaches the titles above
            room = ax.bbox.height
        font = text.get_fontproperties()
        words = " ".join(text.get_text().split())
        text.set_text(
            wrap_to(words, room, lambda line, f=font: text_extent(figure, line, fontproperties=f)[0])
        )


def _left_title(ax):
    """The Text of ``ax``'s left title when it has one (public API only: found by its text)."""
    from matplotlib.text import Text

    wanted = ax.get_title(loc="left")
    if not wanted:
        return None
    return next((t for t in ax.get_children() if isinstance(t, Text) and t.get_text() == wanted), None)


def texts_inside(figure) -> bool:
    """True when everything drawn lies within ``figure`` (an axis label longer than the figure does not)."""
    tight = figure.get_tightbbox()  # inches, ticks and texts as they will be drawn
    size = figure.bbox_inches
    # the axis labels measured whole: an axes' tight box may count them only as wide as the axes
    labels = [label.get_window_extent() for ax in figure.axes for label in (ax.xaxis.label, ax.yaxis.label)
              if label.get_visible() and label.get_text()]  # fmt: skip
    box = figure.bbox
    return (
        tight.x0 >= -0.01 and tight.y0 >= -0.01 and tight.x1 <= size.x1 + 0.01 and tight.y1 <= size.y1 + 0.01
    ) and all(
        b.x0 >= box.x0 - 1 and b.x1 <= box.x1 + 1 and b.y0 >= box.y0 - 1 and b.y1 <= box.y1 + 1
        for b in labels
    )


def texts_apart(figure) -> bool:
    """True when no two texts drawn on ``figure`` overlap, as laid out now (a legend counts as one)."""
    renderer = figure.canvas.get_renderer()
    boxes = [legend.get_window_extent(renderer) for legend in figure.legends]
    for ax in figure.axes:
        ax.apply_aspect()  # a round radar or an equal-aspect plane shrinks its box only when drawn
        if ax.get_legend() is not None:
            boxes.append(ax.get_legend().get_window_extent(renderer))
    boxes += [text.get_window_extent(renderer) for text in drawn_texts(figure)]
    return not any(_overlap(a, b) for a, b in itertools.combinations(boxes, 2))


def drawn_texts(figure) -> list:
    """Every visible, non-empty text of ``figure``: its own, its axes' (titles, texts, annotations,
    axis labels) and the tick labels of ticks in view."""
    from matplotlib.text import Text

    texts = list(figure.texts)
    for ax in figure.axes:
        texts += [t for t in ax.get_children() if isinstance(t, Text)]
        for axis in (ax.xaxis, ax.yaxis) if ax.axison else ():  # an axes turned off draws no ticks
            low, high = sorted(axis.get_view_interval())
            slack = (high - low) * 1e-9
            texts.append(axis.label)
            for minor in (False, True):  # a minor tick's label too (the bump chart's second row)
                texts += [label for label, at in zip(axis.get_ticklabels(minor=minor),
                                                     axis.get_ticklocs(minor=minor), strict=True)
                          if low - slack <= at <= high + slack]  # fmt: skip
    return [t for t in texts if t.get_visible() and t.get_text()]


def _overlap(a, b, slack: float = 0.5) -> bool:
    """Boxes that overlap by more than ``slack`` pixels each way (touching is not overlapping)."""
    return a.x0 < b.x1 - slack and b.x0 < a.x1 - slack and a.y0 < b.y1 - slack and b.y0 < a.y1 - slack
