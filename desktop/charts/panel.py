"""``ChartsPanel``: the study's charts in tabs, kept in step with the session.

Slots only translate session signals into plot updates: the drawing is in
``desktop.charts.plots`` and the numbers come from the ``Ranking`` and
``scoring`` (dominance, normalisation), never recomputed here.
"""

from __future__ import annotations

import functools

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QTabBar, QTabWidget, QVBoxLayout, QWidget

from desktop.charts import style
from desktop.charts.canvases import ChartView, ExportButton
from desktop.charts.context import chart_context
from desktop.charts.fitting import draw_fitted, texts_apart
from desktop.charts.plots import TOP_N, ContributionPlot, RadarPlot, Redraw, TradeoffPlot, WeightPlot
from desktop.charts.promethee_one_view import PrometheeOneTab
from desktop.core_words import core_words
from scoring.dominance import non_dominated
from scoring.methods import get_method
from scoring.normalise import minmax

REBUILD = frozenset({"structure", "method", "file"})
NOTE_LINES = 3  # lines of PROMETHEE I's incomparable pairs in words shown before they scroll
SETTLE_MS = 300  # pause in weight edits after which the contributions and PROMETHEE I are fitted again
TAB_TITLES = (
    QT_TRANSLATE_NOOP("ChartsPanel", "Contributions"),
    QT_TRANSLATE_NOOP("ChartsPanel", "Weights"),
    QT_TRANSLATE_NOOP("ChartsPanel", "Profiles"),
    QT_TRANSLATE_NOOP("ChartsPanel", "Trade-off"),
    QT_TRANSLATE_NOOP("ChartsPanel", "PROMETHEE I"),
)


class ChartsPanel(QWidget):
    """Contributions, weights, partner profiles and a two-criterion trade-off, one tab each.

    Pages opened beside them (the robustness view, ``open_page``) are closable tabs of the same row,
    so they take no height from the charts; ``page_close_requested`` says which one's × was clicked.
    """

    page_close_requested = Signal(QWidget)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.x_combo, self.y_combo = QComboBox(self), QComboBox(self)
        for combo in (self.x_combo, self.y_combo):  # long criterion names must not widen the charts
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        context = functools.partial(chart_context, session)
        # one Export button in the tabs' corner for the chart shown: a row more for every chart
        make_view = functools.partial(ChartView, parent=self, context=context, export_button=False)
        self.contributions = make_view(name="contributions")
        self.weights = make_view(name="weights")
        self.profiles = make_view(name="profiles")
        self.across, self.up = QLabel(self), QLabel(self)
        self.tradeoff = make_view([self.across, self.x_combo, self.up, self.y_combo], name="trade-off")
        self.promethee_one_view = make_view(name="promethee-i", note_lines=NOTE_LINES)  # pairs in words
        self.promethee_one = PrometheeOneTab(session, self.promethee_one_view)
        self.tabs = QTabWidget(self)
        for view in (self.contributions, self.weights, self.profiles, self.tradeoff, self.promethee_one_view):
            self.tabs.addTab(view, "")  # named by _retranslate()
        self.tabs.setTabsClosable(True)  # the pages opened beside the charts; the charts' own stay
        for index in range(self.tabs.count()):
            for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
                self.tabs.tabBar().setTabButton(index, side, None)
        self._last_chart = self.contributions  # shown again when a page opened beside it closes
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.tabs.tabCloseRequested.connect(self._on_tabs_tab_close_requested)
        self.export_button = ExportButton(self.tabs, lambda: self.tabs.currentWidget().export_dialog())
        self.tabs.setCornerWidget(self.export_button, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._structure: tuple | None = None
        self._profile_rows: tuple[int, ...] = ()
        self._text_widths: dict = {}  # measured by the contribution plots, kept across rebuilds
        # the radar and the trade-off are built for the size they are drawn at, when shown
        # (``_fit_profiles``, ``_fit_tradeoff``): these are what they show
        self._profiles: tuple | None = None
        self._tradeoff: dict | None = None
        # during a burst of weight edits (a slider drag) the contributions' x-axis only widens:
        # each narrowing would cost a full redraw of the figure (~60 ms against ~10 ms for a
        # blit). It is fitted snugly once the edits pause or the drag ends.
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._on_settle_timeout)
        self.contributions.canvas.relayout = self._on_contributions_resized
        self.weights.canvas.relayout = self._fit_weights
        self.profiles.canvas.relayout = self._fit_profiles
        self.tradeoff.canvas.relayout = self._fit_tradeoff
        self._retranslate()
        self._rebuild()
        self.x_combo.currentIndexChanged.connect(self._on_axis_changed)
        self.y_combo.currentIndexChanged.connect(self._on_axis_changed)
        session.changed.connect(self._on_session_changed)
        session.selection_changed.connect(self._on_session_selection_changed)

    # -- slots ------------------------------------------------------------------------------------

    def _on_session_changed(self, change) -> None:
        if change.what & REBUILD or self._structure != self._structure_key():
            self._rebuild()
            return
        edit = bool(change.what & {"weights", "values"})
        if edit:
            self._update_contributions(full=False, grow_only=True)
            self._settle.start()  # restarted by every edit of a burst
            self._update_weights(full=False)
        if "values" in change.what or self._profile_rows != self._profile_selection():
            self._update_profiles()
        if "values" in change.what:
            self._update_tradeoff()
        self.promethee_one.stale = True
        self._update_promethee_one(edit=edit)

    def _on_tabs_current_changed(self, _index: int) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, ChartView):
            self._last_chart = page
        self.export_button.setVisible(isinstance(page, ChartView))  # other pages export their own charts
        self._update_promethee_one()

    def _on_tabs_tab_close_requested(self, index: int) -> None:
        self.page_close_requested.emit(self.tabs.widget(index))

    def _on_session_selection_changed(self, _selection) -> None:
        self._update_profiles()
        self._update_tradeoff()

    def _on_axis_changed(self, _index: int) -> None:
        self._update_tradeoff()

    def _on_settle_timeout(self) -> None:
        if self.contribution_plot.refit():
            self.contributions.canvas.request_redraw(Redraw.FIGURE)
        self.promethee_one.settle()

    def _on_contributions_resized(self) -> None:
        self.contribution_plot.fit_to_size()

    def _fit_weights(self) -> None:
        """Build the weights chart for the size it is drawn at: its text smaller only if it cannot hold it."""
        canvas, criteria = self.weights.canvas, self.session.ranking.criteria

        def draw(figure) -> None:
            self.weight_plot = WeightPlot(figure.add_subplot(), criteria)
            self.weight_plot.update(self.session.ranking.weights)

        draw_fitted(canvas.figure, draw, finish=lambda: texts_apart(canvas.figure))
        canvas.set_dynamic(self.weight_plot.dynamic)  # the bars and numbers a weight edit redraws

    def _fit_profiles(self) -> None:
        """Build the radar for the size it is drawn at, its text smaller only if the figure cannot hold it."""
        if self._profiles is None:
            return
        criteria, names, profiles, title = self._profiles

        def draw(figure) -> None:
            self.radar_plot = RadarPlot(figure.add_subplot(projection="polar"), criteria)
            self.radar_plot.update(names, profiles, title=title)

        draw_fitted(
            self.profiles.canvas.figure, draw, finish=lambda: texts_apart(self.profiles.canvas.figure)
        )

    def _fit_tradeoff(self) -> None:
        """Build the trade-off for the size it is drawn at, its point labels placed in the final layout."""
        if self._tradeoff is None:
            return

        def draw(figure) -> None:
            self.tradeoff_plot = TradeoffPlot(figure.add_subplot())
            self.tradeoff_plot.update(**self._tradeoff)

        figure = self.tradeoff.canvas.figure
        draw_fitted(figure, draw, finish=lambda: self.tradeoff_plot.place_labels() and texts_apart(figure))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:  # words and numbers of every chart, at once
            self._retranslate()
            self._rebuild()
        super().changeEvent(event)

    # -- pages beside the charts -----------------------------------------------------------------

    def open_page(self, page: QWidget, title: str) -> None:
        """Show ``page`` as a closable tab after the charts'."""
        if self.tabs.indexOf(page) < 0:
            self.tabs.addTab(page, title)
        self.tabs.setCurrentWidget(page)

    def close_page(self, page: QWidget) -> None:
        """Close ``page``'s tab; the chart last shown is shown again."""
        index, last = self.tabs.indexOf(page), self._last_chart  # removing it shows its neighbour
        if index >= 0:
            self.tabs.removeTab(index)
            if self.tabs.isTabVisible(self.tabs.indexOf(last)):  # PROMETHEE I may not apply now
                self.tabs.setCurrentWidget(last)

    def rename_page(self, page: QWidget | None, title: str) -> None:
        index = self.tabs.indexOf(page) if page is not None else -1
        if index >= 0:
            self.tabs.setTabText(index, title)

    # -- building ---------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        for index, title in enumerate(TAB_TITLES):
            self.tabs.setTabText(index, self.tr(title))
        # arrows, named in full in tooltips: with the words, both pickers took two rows at large
        # text (and in Vietnamese), and the chart under them lost its x axis at 1024 x 700
        for label, arrow, combo, words in ((self.across, "\u2192", self.x_combo, self.tr("Across:")),
                                           (self.up, "\u2191", self.y_combo, self.tr("Up:"))):  # fmt: skip
            label.setText(arrow)
            label.setToolTip(words.rstrip(":"))
            combo.setToolTip(words.rstrip(":"))
            label.setAccessibleName(words.rstrip(":"))

    def restyle(self) -> None:
        """Build every chart again with the current ``style.sizes()`` (after a text-size change)."""
        self._rebuild()

    def _structure_key(self) -> tuple:
        ranking = self.session.ranking
        has_parts = ranking.contributions is not None
        return ranking.criteria, ranking.method, min(len(ranking.partners), TOP_N), has_parts

    def _rebuild(self) -> None:
        """Create every plot's artists afresh: criteria, method or the number of partners changed."""
        ranking = self.session.ranking
        self._structure = self._structure_key()
        method = get_method(ranking.method)
        if ranking.breakdown is None:  # no per-criterion breakdown: one bar per partner, its score
            parts, colours, xlabel = (self.tr("Score"),), (style.MUTED,), self.tr("Score")
        else:  # says whether the parts are points of the score or gaps to the ideal
            parts, colours, xlabel = ranking.criteria, None, core_words(ranking.breakdown.axis_title)
        self.contribution_plot = plot = ContributionPlot(
            self.contributions.canvas.clear().add_subplot(),
            parts,
            min(len(ranking.partners), TOP_N),
            colours=colours,
            title=self.tr("Why each partner scores as it does: {method}").format(
                method=core_words(method.label)
            ),
            xlabel=xlabel,
            widths=self._text_widths,
        )
        self.contributions.canvas.set_dynamic(plot.dynamic, plot.slow_dynamic)
        plot.fit_to_size()  # rows and names for this size and text size, before the first update
        self.weight_plot = WeightPlot(self.weights.canvas.clear().add_subplot(), ranking.criteria)
        self.weights.canvas.set_dynamic(self.weight_plot.dynamic)
        self.weights.canvas.refit()  # fitted to its size when next drawn
        self._settle.stop()
        self._fill_axis_combos(ranking.criteria)
        self._update_contributions(full=True)
        self._update_weights(full=True)
        self._update_profiles()
        self._update_tradeoff()
        self.promethee_one.stale = True
        self._update_promethee_one()

    def _fill_axis_combos(self, criteria) -> None:
        previous = (self.x_combo.currentText(), self.y_combo.currentText())
        for combo, wanted, fallback in ((self.x_combo, previous[0], 0), (self.y_combo, previous[1], 1)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(list(criteria))
            index = combo.findText(wanted) if wanted else -1
            combo.setCurrentIndex(index if index >= 0 else min(fallback, len(criteria) - 1))
            combo.blockSignals(False)

    # -- updating ---------------------------------------------------------------------------------

    def _update_contributions(self, *, full: bool, grow_only: bool = False) -> None:
        ranking = self.session.ranking
        shown = ranking.order[: self.contribution_plot.slots]
        parts = ranking.scores[:, None] if ranking.contributions is None else ranking.contributions
        if ranking.higher_is_better:
            notes = [self.tr("Numbers: score (higher is better)")]
        else:
            notes = [self.tr("Numbers: score (lower is better)")]
        if ranking.excluded_for_missing:  # the two reasons apart: a partner below a level has no gap
            notes.append(
                self.tr("{count} excluded (missing values)").format(count=len(ranking.excluded_for_missing))
            )
        if ranking.left_out_below_minimum:
            notes.append(
                self.tr("{count} not ranked (below a minimum level)").format(
                    count=len(ranking.left_out_below_minimum)
                )
            )
        level = self.contribution_plot.update(
            [ranking.partners[r] for r in shown],
            ranking.ranks[shown],
            ranking.scores[shown],
            parts[shown],
            total=len(ranking.partners),
            note="; ".join(notes),
            grow_only=grow_only,
        )
        canvas = self.contributions.canvas
        canvas.request_redraw(Redraw.FIGURE if full else level, self.contribution_plot.changed_names)

    def _update_promethee_one(self, edit: bool = False) -> None:
        """The PROMETHEE I tab: shown with the PROMETHEE method only, drawn when it is on screen
        (after an ``edit`` of weights or values, by moving what it shows until the edits pause)."""
        tab = self.promethee_one
        index = self.tabs.indexOf(self.promethee_one_view)
        if self.tabs.isTabVisible(index) != tab.applies:  # setting it lays out and repaints every chart tab
            self.tabs.setTabVisible(index, tab.applies)
        if tab.applies and tab.stale and self.tabs.currentWidget() is self.promethee_one_view:
            tab.refresh(edit)

    def _update_weights(self, *, full: bool) -> None:
        level = self.weight_plot.update(self.session.ranking.weights)
        self.weights.canvas.request_redraw(Redraw.FIGURE if full else level)

    def _profile_selection(self) -> tuple[int, ...]:
        """Ranking rows to compare: the selected partners (up to four), else the top three."""
        ranking = self.session.ranking
        row_of = {int(index): row for row, index in enumerate(ranking.indices)}
        chosen = [row_of[i] for i in self.session.selection if i in row_of]
        return tuple(chosen[: RadarPlot.MAX_PARTNERS]) if chosen else tuple(int(r) for r in ranking.order[:3])

    def _update_profiles(self) -> None:
        ranking = self.session.ranking
        rows = self._profile_selection()
        self._profile_rows = rows
        profiles = minmax(ranking.values[list(rows)], ranking.benefit, ranking.lo, ranking.hi)
        selected = any(int(ranking.indices[r]) in self.session.selection for r in rows)
        title = self.tr("Selected partners (1 = best on each criterion)") if selected else (
            self.tr("Top partners (select up to 4 in the ranking to compare)")
        )  # fmt: skip
        self._profiles = (ranking.criteria, [ranking.partners[r] for r in rows], profiles, title)
        self.profiles.canvas.refit()

    def _update_tradeoff(self) -> None:
        ranking = self.session.ranking
        a, b = self.x_combo.currentIndex(), self.y_combo.currentIndex()
        if a < 0 or b < 0:
            return
        pair = [a, b]
        frontier = non_dominated(ranking.values[:, pair], ranking.benefit[pair])
        selected = np.isin(ranking.indices, self.session.selection)
        filled = ranking.filled[:, pair].any(axis=1).sum()
        self._tradeoff = {
            "x": ranking.values[:, a],
            "y": ranking.values[:, b],
            "names": ranking.partners,
            "frontier": frontier,
            "selected": selected,
            "xlabel": ranking.criteria[a],
            "ylabel": ranking.criteria[b],
            "x_benefit": bool(ranking.benefit[a]),
            "y_benefit": bool(ranking.benefit[b]),
            "note": self._filled_note(int(filled)),
        }
        self.tradeoff.canvas.refit()

    def _filled_note(self, count: int) -> str:
        """How many partners drawn rest on filled-in values, "" for none (two strings: English
        has no numerus forms without a translator of its own)."""
        if not count:
            return ""
        if count == 1:
            return self.tr("1 partner shown with filled-in values")
        return self.tr("{count} partners shown with filled-in values").format(count=count)
