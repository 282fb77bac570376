"""``RobustnessPanel``: how far the ranking holds when weights, method or scenario change.

Five tabs, each showing one Qt-free computation from ``scoring``: one-way
sensitivity (``tipping``), Monte Carlo rank acceptability (``sensitivity``, run
in the one background worker of ``desktop.tasks``), method agreement
(``agreement``), scenarios (``scenarios``) and the GAIA plane (``gaia``).
The quick ones are recomputed for the visible tab shortly after the study
changes; the Monte Carlo run is started by the user and marked stale when the
study changes after it. A finished run is also recorded on the session
(``session.set_acceptability``), which hands it to the result export while it is fresh.

An edit of the named scenarios only (``what == {"scenarios"}``) leaves the ranked study as it
was: it refreshes the Scenarios tab and nothing else, and a Monte Carlo run stays current.
GAIA keeps its axes (the costly part) while only the weights or method change, and then just
moves the decision stick.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing.text import tipping_findings
from criteria.errors import InputError
from criteria.i18n import Language
from criteria.preference import preference_functions
from desktop.charts import robustness_plots as plots
from desktop.charts.canvases import ChartView
from desktop.charts.context import chart_context
from desktop.charts.fitting import draw_fitted, texts_apart
from desktop.charts.plots import Redraw
from desktop.i18n import current_language, format_number, format_percent
from desktop.tasks import TaskRunner
from scoring.sensitivity import DEFAULT_SAMPLES, DEFAULT_SEED

REFRESH_DELAY_MS = 200  # recompute after a burst of edits (a slider drag), not during it
RELAYOUT_DELAY_MS = 120  # redraw a resized chart once the resizing pauses
# what a run does to the weights, in words that hold after rescaling to 100% (not "±20%")
SPREADS = (
    (QT_TRANSLATE_NOOP("RobustnessPanel", "each weight × 0.9-1.1, rescaled"), 0.1),
    (QT_TRANSLATE_NOOP("RobustnessPanel", "each weight × 0.8-1.2, rescaled"), 0.2),
    (QT_TRANSLATE_NOOP("RobustnessPanel", "each weight × 0.7-1.3, rescaled"), 0.3),
    (QT_TRANSLATE_NOOP("RobustnessPanel", "any weights at all"), "full"),
)
TAB_TITLES = (
    QT_TRANSLATE_NOOP("RobustnessPanel", "One-way"),
    QT_TRANSLATE_NOOP("RobustnessPanel", "Monte Carlo"),
    QT_TRANSLATE_NOOP("RobustnessPanel", "Methods"),
    QT_TRANSLATE_NOOP("RobustnessPanel", "Scenarios"),
    QT_TRANSLATE_NOOP("RobustnessPanel", "GAIA"),
)
DIVERGENT = QColor("#FDE2E1")
NAME_EMS = 22  # characters of a partner's name the method ranks show before cutting it
ONE_WAY, MONTE_CARLO, METHODS, SCENARIOS, GAIA = range(5)  # tab indices


def _sentences_html(lines) -> str:
    from html import escape

    return "<ul>" + "".join(f"<li>{escape(s)}</li>" for s in lines) + "</ul>"


def _scrolling(label: QLabel) -> QScrollArea:
    """``label`` in an area that scrolls, four lines high at least, taking only the height it is given."""
    area = QScrollArea(label.parentWidget())
    area.setWidget(label)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
    area.setMinimumHeight(4 * label.fontMetrics().lineSpacing())
    return area


def _add_sentences(view: ChartView, label: QLabel) -> None:
    """Put ``label`` under ``view``'s chart in an area that scrolls: however many sentences there
    are, the chart keeps three quarters of the height (they once pushed it down to a strip)."""
    view.layout().addWidget(_scrolling(label), 1)
    view.layout().setStretchFactor(view.canvas, 3)


class RobustnessPanel(QWidget):
    """Tabs: One-way, Monte Carlo, Methods, Scenarios, GAIA."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._context = functools.partial(chart_context, session)  # for exported charts' names and footers
        self.runner = TaskRunner(self)  # the Monte Carlo worker
        # one-way, methods, scenarios and GAIA: seconds at 1000 partners with TOPSIS, so off
        # the GUI thread too; latest request wins, late results are dropped by run id
        self.quick_runner = TaskRunner(self)
        self.quick_runner.finished.connect(self._on_quick_runner_finished)
        self.quick_runner.failed.connect(self._on_quick_runner_failed)
        self._computing: int | None = None  # tab whose result the quick runner is computing
        self.tabs = QTabWidget(self)
        self._build_one_way()
        self._build_monte_carlo()
        self._build_methods()
        self.scenarios = ChartView(parent=self, name="scenarios", context=self._context)
        self.scenario_text = QLabel(self)
        self.scenario_text.setWordWrap(True)
        _add_sentences(self.scenarios, self.scenario_text)
        self.gaia = ChartView(parent=self, name="GAIA plane", context=self._context)
        for widget in (self.one_way, self.monte_carlo, self.methods, self.scenarios, self.gaia):
            self.tabs.addTab(widget, "")  # named by retranslate()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._dirty = set(range(self.tabs.count()))
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._on_refresh_due)
        self.acceptability = None  # the last Monte Carlo result shown
        self._verdict = None  # and its verdict (scoring.verdict), said in the interface's language
        self._gaia_axes = None  # the last GAIA axes computed (scoring.gaia.GaiaAxes)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        session.changed.connect(self._on_session_changed)
        # charts with names placed in pixels are drawn again at their new size after a resize
        self._drawings: dict = {}  # canvas -> function drawing its last result on a figure
        self.text_scales: dict = {}  # canvas -> the scale of the chart's text sizes it was drawn at
        self._restyle_pending: set = set()  # canvases to draw again once shown (``restyle``)
        self._resized: set = set()
        self._relayout_timer = QTimer(self, singleShot=True, interval=RELAYOUT_DELAY_MS)
        self._relayout_timer.timeout.connect(self._on_relayout_due)
        for view in (self.one_way, self.monte_carlo, self.scenarios, self.gaia):
            view.canvas.relayout = functools.partial(self._on_canvas_resized, view.canvas)
        self._fill_criteria()
        self.retranslate()
        self.refresh_current()

    # -- building ---------------------------------------------------------------------------------

    def _build_one_way(self) -> None:
        self.criterion_combo = QComboBox(self)
        self.criterion_combo.currentIndexChanged.connect(self._on_criterion_changed)
        self.weight_of_label = QLabel(self)
        self.one_way = ChartView([self.weight_of_label, self.criterion_combo], self, name="one-way",
                                 context=self._context)  # fmt: skip
        self.tipping_text = QLabel(self)
        self.tipping_text.setWordWrap(True)
        self.tipping_text.setTextFormat(Qt.TextFormat.RichText)
        _add_sentences(self.one_way, self.tipping_text)

    def _build_monte_carlo(self) -> None:
        self.samples_spin = QSpinBox(self)
        self.samples_spin.setRange(100, 200_000)
        self.samples_spin.setSingleStep(1000)
        self.samples_spin.setValue(DEFAULT_SAMPLES)
        self.spread_combo = QComboBox(self)
        for _label, value in SPREADS:
            self.spread_combo.addItem("", value)  # named by retranslate()
        self.spread_combo.setCurrentIndex(1)
        self.run_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.run_button.clicked.connect(self._on_run_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.weightings_label = QLabel(self)
        controls = [
            self.weightings_label,
            self.samples_spin,
            self.spread_combo,
            self.run_button,
            self.cancel_button,
        ]
        self.monte_carlo = ChartView([*controls, self.progress], self, name="rank acceptability",
                                     context=self._context)  # fmt: skip
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        # scrolls below the heat map: a long one (large text) once left the map a strip
        _add_sentences(self.monte_carlo, self.verdict)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.progress.connect(self._on_runner_progress)
        self.runner.busy.connect(self._on_runner_busy)

    def _build_methods(self) -> None:
        self.methods = QWidget(self)
        self.method_table = QTableWidget(self.methods)
        self.method_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.correlation_table = QTableWidget(self.methods)
        self.correlation_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.method_text = QLabel(self.methods)
        self.method_text.setWordWrap(True)
        self.method_ranks_label = QLabel(self.methods)
        self.method_agreement_label = QLabel(self.methods)
        for label in (self.method_ranks_label, self.method_agreement_label):
            label.setWordWrap(True)  # a long caption wraps instead of widening the view
        for table in (self.method_table, self.correlation_table):  # they share the height by stretch,
            table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)  # scrolling inside
            table.setMinimumHeight(70)
            # columns as wide as their acronyms ("PROMETHEE" was cut to "ROMETHE"), no wider
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # a long partner name took the table's whole width and pushed every method's column out of
        # sight: names are cut in the middle past a share of it ("Australian…R&D Hub"), whole in a tooltip
        self.method_table.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        layout = QVBoxLayout(self.methods)
        layout.addWidget(self.method_ranks_label)
        layout.addWidget(self.method_table, 3)
        layout.addWidget(self.method_agreement_label)
        layout.addWidget(self.correlation_table, 1)
        # the sentences scroll: at 1280 x 800 they took the height and left the ranks one row
        layout.addWidget(_scrolling(self.method_text), 1)

    def _fill_criteria(self) -> None:
        names = self.session.state.model.criterion_names
        current = self.criterion_combo.currentText()
        self.criterion_combo.blockSignals(True)
        self.criterion_combo.clear()
        self.criterion_combo.addItems(list(names))
        index = self.criterion_combo.findText(current)
        self.criterion_combo.setCurrentIndex(max(index, 0))
        self.criterion_combo.blockSignals(False)

    def retranslate(self) -> None:
        """Set every text in the current language; results shown are computed and drawn again."""
        for index, title in enumerate(TAB_TITLES):
            self.tabs.setTabText(index, self.tr(title))
        for index, (label, _value) in enumerate(SPREADS):
            self.spread_combo.setItemText(index, self.tr(label))
        self.weight_of_label.setText(self.tr("Weight of:"))
        self.weightings_label.setText(self.tr("Weightings:"))
        self.run_button.setText(self.tr("Run"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.method_ranks_label.setText(
            self.tr("Rank of each partner under each method (shaded: ranks 3 or more apart)")
        )
        self.method_agreement_label.setText(
            self.tr("Agreement between methods: Kendall's tau above the diagonal, Spearman's rho below")
        )
        if self.acceptability is None and not self.runner.running:
            self.verdict.setText(self.tr("Run to see how often each partner takes each rank."))
        elif self._verdict is not None and not self.runner.running:  # the core says it again
            self.verdict.setText(self._verdict.in_language(current_language()).sentence)
        self._mark_monte_carlo_stale()
        self._dirty = set(range(self.tabs.count()))
        self.restyle()  # tick labels follow the new locale
        self.refresh_current()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- slots ------------------------------------------------------------------------------------

    def _on_session_changed(self, change) -> None:
        if change.what & {"structure", "file"}:
            self._fill_criteria()
        if change.what == {"scenarios"}:  # the ranked study is as it was: only the comparison moves
            self._dirty.add(SCENARIOS)
        else:
            self._dirty = set(range(self.tabs.count()))
            self._mark_monte_carlo_stale()
        self._refresh_timer.start()

    def _on_refresh_due(self) -> None:
        self.refresh_current()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._restyle_shown()
        self.refresh_current()

    def _on_tabs_current_changed(self, _index: int) -> None:
        self._restyle_shown()
        self.refresh_current()

    def _on_criterion_changed(self, _index: int) -> None:
        self._dirty.add(0)
        self.refresh_current()

    def _on_canvas_resized(self, canvas) -> None:
        self._resized.add(canvas)
        self._relayout_timer.start()

    def _on_relayout_due(self) -> None:
        resized, self._resized = self._resized, set()
        for canvas in resized:
            if canvas in self._drawings:
                self._draw(canvas, self._drawings[canvas])

    def _draw(self, canvas, draw) -> None:
        """Draw a result with ``draw(figure)`` now, and again whenever ``canvas`` is resized.

        Line-end names and GAIA labels are spread apart in pixels: right only at the
        size they were placed for, so a taller text below or a moved splitter redraws them.
        """
        self._drawings[canvas] = draw
        self._restyle_pending.discard(canvas)
        figure = canvas.clear()  # smaller text only if the figure cannot hold it, texts apart
        self.text_scales[canvas] = draw_fitted(figure, draw, finish=lambda: texts_apart(figure))
        canvas.request_redraw(Redraw.FIGURE)

    def restyle(self) -> None:
        """Draw every shown result again with the current ``style.sizes()`` and language.

        Only the charts on screen are drawn now (each costs several layout passes); the others
        when they are shown (``_restyle_shown``), so a switch behind another tab costs nothing.
        """
        self._restyle_pending = set(self._drawings)
        self._restyle_shown()

    def _restyle_shown(self) -> None:
        for canvas in [c for c in self._restyle_pending if c.isVisible()]:
            self._draw(canvas, self._drawings[canvas])

    def _on_run_clicked(self) -> None:
        self.start_monte_carlo()

    def _on_cancel_clicked(self) -> None:
        self.runner.cancel()
        self.verdict.setText(self.tr("Run cancelled."))

    def _on_runner_finished(self, result) -> None:
        state, (acceptability, verdict) = result
        self.show_acceptability(acceptability, state, verdict)

    def _on_runner_failed(self, error) -> None:
        message = (
            error.summary()
            if isinstance(error, InputError)
            else self.tr("The run failed: {error}").format(error=error)
        )
        self.verdict.setText(message)

    def _on_runner_progress(self, done: int, total: int) -> None:
        self.progress.setVisible(True)
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _on_runner_busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)
        if not busy:
            self.progress.setVisible(False)

    # -- Monte Carlo ------------------------------------------------------------------------------

    def start_monte_carlo(self, *, seed: int = DEFAULT_SEED, chunk: int = 1000) -> int:
        """Start a run on a snapshot of the study (a running one is cancelled); returns its run id."""
        state = self.session.state  # immutable: the worker reads it without locks
        compute = functools.partial(
            _acceptability_and_verdict,
            state,
            n_samples=self.samples_spin.value(),
            seed=seed,
            spread=self.spread_combo.currentData(),
            chunk=chunk,
        )
        self.verdict.setText(self.tr("Running…"))
        return self.runner.start(functools.partial(_tagged, state, compute))

    def show_acceptability(self, acceptability, state, verdict) -> None:
        """Show a finished run and the verdict composed from it (``scoring.verdict``)."""
        self.acceptability = acceptability
        self.session.set_acceptability(acceptability, state)  # for File > Export results
        self._draw(
            self.monte_carlo.canvas,
            lambda figure: plots.draw_heat_map(figure, acceptability),
        )
        self._verdict = verdict
        self.verdict.setText(verdict.in_language(current_language()).sentence)
        self._mark_monte_carlo_stale()

    def _mark_monte_carlo_stale(self) -> None:
        stale = self.monte_carlo_stale
        self.monte_carlo.message.setText(
            self.tr("Out of date: the study changed since this run. Run again.") if stale else ""
        )
        self.monte_carlo.message.setStyleSheet("color: #C1121F; font-weight: bold;" if stale else "")

    @property
    def monte_carlo_stale(self) -> bool:
        """True when the run shown no longer describes the study (the session decides: see
        ``StudySession.acceptability``, which scenario-only edits keep current)."""
        return self.acceptability is not None and self.session.acceptability is not self.acceptability

    # -- quick computations -----------------------------------------------------------------------

    def refresh_current(self) -> None:
        """Recompute the visible tab in the background if the study changed since it was drawn."""
        index = self.tabs.currentIndex()
        if index not in self._dirty or index == MONTE_CARLO:  # Monte Carlo runs only on request
            return
        if not self.isVisible():  # behind another dock tab: compute when shown, not on every drag step
            return
        ranking = self.session.ranking
        preferences = preference_functions(self.session.state.model.criteria)
        if index == GAIA and self._gaia_axes is not None and self._gaia_axes.fits(ranking, preferences):
            self._dirty.discard(index)  # same partners and values: only the stick moves
            self._show_gaia(self._gaia_axes.plane(ranking.weights))
            return
        if self._computing is not None and self.quick_runner.running:
            self._dirty.add(self._computing)  # its run is about to be replaced
        self._dirty.discard(index)
        self._computing = index
        state = self.session.state
        criterion = max(self.criterion_combo.currentIndex(), 0)
        self.quick_runner.start(functools.partial(_compute, index, state, ranking, criterion))

    def _on_quick_runner_finished(self, result) -> None:
        index, data = result
        self._computing = None
        show = {
            ONE_WAY: self._show_one_way,
            METHODS: self._show_methods,
            SCENARIOS: self._show_scenarios,
            GAIA: self._show_gaia_axes,
        }
        show[index](data)

    def _on_quick_runner_failed(self, error) -> None:
        index, self._computing = self._computing, None
        text = (
            error.summary()
            if isinstance(error, InputError)
            else self.tr("Could not compute this view: {error}").format(error=error)
        )
        target = {ONE_WAY: self.tipping_text, METHODS: self.method_text, SCENARIOS: self.scenario_text}.get(
            index, self.gaia.message
        )
        target.setText(text)

    def _show_one_way(self, data) -> None:
        self.curve, report, tie = data
        curve = self.curve
        self._draw(self.one_way.canvas, lambda figure: plots.draw_one_way(figure.add_subplot(), curve))
        note = (
            []
            if report.exact
            else [
                self.tr("Found by search on a grid (step {step}).").format(
                    step=format_percent(report.grid_step)
                )
            ]
        )
        # the brief's wording of the findings, in the interface's language
        findings = tipping_findings(report, Language(current_language()))
        from scoring.verdict import tie_caveat

        caveat = [] if tie is None else [tie_caveat(tie, current_language())]
        self.tipping_text.setText(_sentences_html([*caveat, *findings, *note]))

    def _show_methods(self, result) -> None:
        self.agreement = result
        order = sorted(range(len(result.partners)), key=lambda i: tuple(result.ranks[i]))
        divergent = {d.partner: d for d in result.divergent}
        table = self.method_table
        table.clear()
        table.setRowCount(len(order))
        table.setColumnCount(len(result.methods))
        table.setHorizontalHeaderLabels([m.upper() for m in result.methods])
        table.setVerticalHeaderLabels([result.partners[i] for i in order])
        names = table.verticalHeader()
        names.setMaximumWidth(NAME_EMS * names.fontMetrics().averageCharWidth())
        for row, i in enumerate(order):
            table.verticalHeaderItem(row).setToolTip(result.partners[i])
            gap = divergent.get(result.partners[i])
            for k, rank in enumerate(result.ranks[i]):
                item = QTableWidgetItem(str(int(rank)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if gap is not None and rank in (gap.best, gap.worst):
                    item.setBackground(QBrush(DIVERGENT))
                table.setItem(row, k, item)
        self._fill_correlations(result)
        lines = [
            self.tr("{partner}: rank {best} with {best_methods} but {worst} with {worst_methods}").format(
                partner=d.partner,
                best=d.best,
                best_methods=", ".join(m.upper() for m in d.best_methods),  # acronyms, as in the tables
                worst=d.worst,
                worst_methods=", ".join(m.upper() for m in d.worst_methods),
            )
            for d in result.divergent
        ] or [self.tr("Every partner's rank stays within 2 places across the methods.")]
        lines += [
            self.tr("{method} was left out: {reason}").format(method=method, reason=reason)
            for method, reason in result.skipped
        ]
        self.method_text.setText(_sentences_html(lines))

    def _fill_correlations(self, result) -> None:
        table = self.correlation_table
        count = len(result.methods)
        table.clear()
        table.setRowCount(count)
        table.setColumnCount(count)
        labels = [m.upper() for m in result.methods]
        table.setHorizontalHeaderLabels(labels)
        table.setVerticalHeaderLabels(labels)
        for a in range(count):
            for b in range(count):
                value = result.kendall[a, b] if b > a else result.spearman[a, b] if b < a else 1.0
                item = QTableWidgetItem(self.tr("n/a") if value != value else format_number(value, 2))  # NaN
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(a, b, item)

    def _show_scenarios(self, comparison) -> None:
        self.comparison = comparison
        if comparison is None:
            self._draw(self.scenarios.canvas, lambda _figure: None)
            self.scenario_text.setText(
                self.tr("The workbook has no Scenarios sheet: add scenarios to compare them here.")
            )
            return
        self._draw(self.scenarios.canvas, lambda figure: plots.draw_bump(figure.add_subplot(), comparison))
        code = current_language()
        winners = "; ".join(
            f"{comparison.label(name, code)}: {', '.join(w)}" for name, w in comparison.winners().items()
        )
        self.scenario_text.setText(
            self.tr("{comparison} Winners: {winners}.").format(
                comparison=comparison.sentence(code), winners=winners
            )
        )

    def _show_gaia_axes(self, data) -> None:
        self._gaia_axes, plane = data
        self._show_gaia(plane)

    def _show_gaia(self, plane) -> None:
        self.plane = plane
        self._draw(self.gaia.canvas, lambda figure: plots.draw_gaia(figure.add_subplot(), plane))
        self.gaia.message.setText("")


def _compute(index: int, state, ranking, criterion: int, *, progress, should_stop):
    """The result tab ``index`` shows, computed in the worker from an immutable ``state``
    (``ranking`` is its ranking); for GAIA, the axes too, to be kept while only weights change."""
    if index == ONE_WAY:
        from scoring.tipping import one_way, tipping_points
        from scoring.verdict import tied_leaders

        # tipping points of a tie only break it: the GUI says so first, in its language
        tie = ranking if len(tied_leaders(ranking)) > 1 else None
        return index, (one_way(state, criterion), tipping_points(state), tie)
    if index == METHODS:
        from scoring.agreement import method_agreement

        return index, method_agreement(state)
    if index == SCENARIOS:
        from scoring.scenarios import compare_scenarios

        return index, compare_scenarios(state, include_current=True) if state.model.scenarios else None
    from scoring.gaia import gaia_axes

    axes = gaia_axes(ranking, preference_functions(state.model.criteria))
    return index, (axes, axes.plane(ranking.weights))


def _acceptability_and_verdict(state, *, progress, should_stop, **options):
    """The Monte Carlo run, then the verdict that weighs it with the nearest tipping point and
    the other methods (all in the worker: tipping points are searched for some methods)."""
    from scoring import rank
    from scoring.sensitivity import rank_acceptability
    from scoring.verdict import study_verdict

    acceptability = rank_acceptability(state, progress=progress, should_stop=should_stop, **options)
    return acceptability, study_verdict(state, rank(state), acceptability)


def _tagged(state, compute, *, progress, should_stop):
    """Run ``compute`` in the worker and return its result with the study it describes."""
    return state, compute(progress=progress, should_stop=should_stop)
