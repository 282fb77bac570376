"""The charts panel's ``PROMETHEE I`` tab: the two-scale chart and the incomparable pairs in words.

Shown only while the method is PROMETHEE (the net-flow ranking stays the ranking); drawn when
the tab is on screen, so weight edits on other tabs cost nothing here. On screen, a weight edit
moves the lines, values and names already drawn and the canvas blits them (about 15 ms, most of it
rendering the names); building the chart afresh, fitted to its size, took 70-290 ms a step and made
a slider drag lag. Once the edits pause the chart is checked (a few ms) and fitted again only if a
text reached another.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from criteria.i18n import digits_apart
from desktop.charts.canvases import ChartView
from desktop.charts.fitting import draw_fitted, texts_apart, texts_inside
from desktop.charts.plots import Redraw
from desktop.charts.promethee_one_plot import PrometheeOnePlot
from desktop.i18n import format_number
from scoring.promethee_one import partial_ranking

PAIRS_IN_WORDS = 2  # incomparable pairs spelt out; the rest are counted


def incomparable_words(partial) -> str:
    """The incomparable pairs as sentences the room can quote (at most ``PAIRS_IN_WORDS``, then a count)."""
    if not partial.lists_pairs:
        return QCoreApplication.translate(
            "PrometheeOne", "Too many partners to list the incomparable pairs ({count})."
        ).format(count=len(partial.partners))
    pairs = partial.incomparable()
    if not pairs:
        return QCoreApplication.translate(
            "PrometheeOne",
            "PROMETHEE I finds no incomparable pair: both flows order every pair as the net flow does.",
        )
    sentences = []
    for a, b in pairs[:PAIRS_IN_WORDS]:
        strong, weak = (a, b) if partial.phi_plus[a] > partial.phi_plus[b] else (b, a)
        plus, minus = partial.phi_plus[[strong, weak]], partial.phi_minus[[strong, weak]]
        plus_digits, minus_digits = digits_apart(*plus), digits_apart(*minus)  # "more" shows as more
        sentences.append(
            QCoreApplication.translate(
                "PrometheeOne",
                "{a} and {b} are incomparable: {a} outranks the others more (φ+ {ap} against {bp}) "
                "but is also outranked more (φ− {am} against {bm}).",
            ).format(
                a=partial.partners[strong],
                b=partial.partners[weak],
                ap=format_number(plus[0], plus_digits),
                bp=format_number(plus[1], plus_digits),
                am=format_number(minus[0], minus_digits),
                bm=format_number(minus[1], minus_digits),
            )
        )
    if len(pairs) > PAIRS_IN_WORDS:
        sentences.append(
            QCoreApplication.translate("PrometheeOne", "{count} more incomparable pairs.").format(
                count=len(pairs) - PAIRS_IN_WORDS
            )
        )
    return " ".join(sentences)


class PrometheeOneTab:
    """Keeps the ``PROMETHEE I`` chart view in step with the session; ``refresh()`` when shown."""

    def __init__(self, session, view: ChartView) -> None:
        self.session, self.view = session, view
        self.stale = True
        self.partial = None
        self.plot: PrometheeOnePlot | None = None
        self.moved = False  # artists moved by edits since the chart was last fitted (``settle``)
        view.canvas.relayout = self._draw  # names are spread for a size: place them again at a new one

    @property
    def applies(self) -> bool:
        return self.session.state.method == "promethee"

    def refresh(self, edit: bool = False) -> None:
        """Compute PROMETHEE I for the current study and draw it: after an ``edit`` of weights or
        values by moving what is drawn (blitted), unless the chart must be built again."""
        self.stale = False
        self.partial = partial_ranking(self.session.state)
        self.view.message.setText(incomparable_words(self.partial))
        if edit and self.plot is not None and self.plot.update(*self._flows()):
            self.moved = True
            self.view.canvas.request_redraw(Redraw.ARTISTS)
            return
        self._draw()
        self.view.canvas.request_redraw(Redraw.FIGURE)

    def settle(self) -> None:
        """Once edits pause: fit the chart again if the moved names or values reach another text."""
        if not self.moved:
            return
        self.moved = False
        figure = self.view.canvas.figure
        if not (texts_apart(figure) and texts_inside(figure)):
            self._draw()
            self.view.canvas.request_redraw(Redraw.FIGURE)

    def _flows(self) -> tuple:
        return self.partial.partners, self.partial.phi_plus, self.partial.phi_minus

    def _draw(self) -> None:
        """Build the chart for the size it is drawn at, its text smaller only if it cannot hold it."""
        if self.partial is None:
            return
        self.moved = False
        canvas = self.view.canvas
        figure = canvas.clear()

        def draw(figure) -> None:
            self.plot = PrometheeOnePlot(figure.add_subplot(), *self._flows())
            if (rows := self.plot.rows()) < len(self.plot.names):  # a short chart: the best it holds
                figure.clear()
                self.plot = PrometheeOnePlot(figure.add_subplot(), *self._flows(), limit=rows)

        def finish() -> bool:
            self.plot.place_names()
            return texts_apart(figure)

        draw_fitted(figure, draw, finish)
        canvas.set_dynamic(self.plot.dynamic)  # what a weight edit moves
