"""The main window: composition only (panels in docks, menus, actions, title).

Colleagues plug in through ``add_dock(title, widget, area)`` and ``menu(title)``
(a menu is created before Help if it does not exist yet). The charts arrive
after the first paint so matplotlib never delays the first window; "How sure are we?"
opens as a closable tab after the chart tabs, so it never moves a dock nor adds a row of tabs. The first
window fits the screen's available area; the layout is remembered per screen size.

Every text is an English source marked for ``lupdate`` (``QT_TRANSLATE_NOOP("MainWindow", ...)``)
and set through ``_translated``, which remembers it: View > Language switches at once, and
``retranslate()`` (on ``QEvent.LanguageChange``) sets them all again. Docks and menus keep
their English titles as keys (``docks["Ranking"]``, saved layouts), whatever the language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)
from shiboken6 import isValid

from desktop.autosave import Autosaver, Recovery
from desktop.charts import style
from desktop.dialogs.files import FileActions
from desktop.dialogs.weights_menu import add_weights_menu, retranslate_weights_menu
from desktop.dock_fit import DockFit
from desktop.evidence_marks import EvidenceDelegate
from desktop.i18n import LANGUAGE_NAMES, language_of
from desktop.panels.check_first import CheckFirstPanel
from desktop.panels.history import HistoryPanel
from desktop.panels.partners import PartnersPanel
from desktop.panels.ranking import RankingPanel
from desktop.panels.weights import WeightsPanel
from desktop.panels.why import WhyPanel
from desktop.scrolling_text import ScrollablePanel
from desktop.session import StudySession
from desktop.settings import FONT_RANGE, Settings

Area = Qt.DockWidgetArea
TALL_ENOUGH = 900  # below this first-run height "Why this rank" is a tab beside the partners
CENTRE_MINIMUM = (200, 300)
# the charts' width the ranking leaves when it widens for long names: a chart still readable, and
# the window fits 1024 x 700 with its side panels
CHART_WIDTH = 560


class MainWindow(QMainWindow):
    first_painted = Signal()
    charts_ready = Signal()

    def __init__(
        self,
        session: StudySession,
        settings: Settings,
        autosave_folder: Path | None = None,
        autosave_interval_ms: int | None = None,
    ):
        super().__init__()
        self.session = session
        self.settings = settings
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        self._painted = False
        self._translations: list[tuple] = []  # (setter, English source): what retranslate() sets
        self._menus: dict[str, QMenu] = {}  # by English title
        self._first_size: QSize | None = None
        self.charts: QWidget | None = None
        self.files = FileActions(session, self)
        extra = {} if autosave_interval_ms is None else {"interval_ms": autosave_interval_ms}
        self.autosaver = Autosaver(session, autosave_folder, parent=self, **extra)

        self.placeholder = QLabel()
        self._translated(self.placeholder.setText, QT_TRANSLATE_NOOP("MainWindow", "Charts are loading…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # the centre: the placeholder, then the charts ("How sure are we?" opens among their tabs)
        self.centre = QStackedWidget()
        self.centre.addWidget(self.placeholder)
        self.centre.setMinimumSize(*CENTRE_MINIMUM)  # not the charts' own (their controls may crowd)
        self.setCentralWidget(self.centre)
        self.dock_fit = DockFit(self, self.centre)  # the side docks give way to the charts' width
        self.robustness_area: QScrollArea | None = None
        self.weights = WeightsPanel(session)
        self.ranking = RankingPanel(session)
        self.why = WhyPanel(session)
        self.partners = PartnersPanel(session)
        self.history = HistoryPanel(session)
        self.docks: dict[str, QDockWidget] = {}
        self.add_dock(
            QT_TRANSLATE_NOOP("MainWindow", "Criteria and weights"),
            ScrollablePanel(self.weights),
            Area.LeftDockWidgetArea,
        )
        self.add_dock(QT_TRANSLATE_NOOP("MainWindow", "Why this rank"), self.why, Area.LeftDockWidgetArea)
        self.add_dock(QT_TRANSLATE_NOOP("MainWindow", "Ranking"), self.ranking, Area.RightDockWidgetArea)
        self.add_dock(QT_TRANSLATE_NOOP("MainWindow", "Partners"), self.partners, Area.BottomDockWidgetArea)
        self.add_dock(QT_TRANSLATE_NOOP("MainWindow", "History"), self.history, Area.BottomDockWidgetArea)
        self.tabifyDockWidget(self.docks["Partners"], self.docks["History"])
        self.partners.view.setItemDelegate(EvidenceDelegate(session, self.partners))
        self.docks["Partners"].raise_()
        self.resizeDocks(
            [self.docks["Criteria and weights"], self.docks["Ranking"]], [400, 430], Qt.Orientation.Horizontal
        )
        self.resizeDocks(
            [self.docks["Criteria and weights"], self.docks["Partners"]], [420, 250], Qt.Orientation.Vertical
        )

        self._build_menus()
        self.weights_actions = add_weights_menu(
            self.menu(QT_TRANSLATE_NOOP("MainWindow", "&Weights")), session, self
        )
        self._action(
            self.menu(QT_TRANSLATE_NOOP("MainWindow", "&Analysis")),
            QT_TRANSLATE_NOOP("MainWindow", "How sure are we? (&Robustness)"),
            self.show_robustness,
            "Ctrl+R",
        )
        self.close_robustness_action = self._action(
            self.menu(QT_TRANSLATE_NOOP("MainWindow", "&Analysis")),
            QT_TRANSLATE_NOOP("MainWindow", "&Close the robustness view"),
            self.hide_robustness,
        )
        self.close_robustness_action.setEnabled(False)  # nothing to close until the view is shown
        self._action(
            self.menu(QT_TRANSLATE_NOOP("MainWindow", "&Analysis")),
            QT_TRANSLATE_NOOP("MainWindow", "&Evidence for a score…"),
            self.edit_evidence,
        )
        self._action(
            self.menu(QT_TRANSLATE_NOOP("MainWindow", "&Analysis")),
            QT_TRANSLATE_NOOP("MainWindow", "Evidence &settings…"),
            self.edit_evidence_settings,
        )
        self._action(
            self.menu(QT_TRANSLATE_NOOP("MainWindow", "&Analysis")),
            QT_TRANSLATE_NOOP("MainWindow", "&Check these first"),
            self.show_check_first,
        )
        self._action(
            self.menu(QT_TRANSLATE_NOOP("MainWindow", "&Analysis")),
            QT_TRANSLATE_NOOP("MainWindow", "Rank &reversal…"),
            self.show_rank_reversal,
        )
        session.file_changed.connect(self._show_title)
        session.failed.connect(self._on_session_failed)
        self.files.opened.connect(self.settings.add_recent)
        self.autosaver.failed.connect(self._on_session_failed)
        self._show_title()
        self._restore_layout()

    def _default_dock_sizes(self) -> None:
        """Room for the ranking's names and the weights; the charts take the rest."""
        side = [self.docks["Criteria and weights"], self.docks["Ranking"]]
        weights = max(
            self.docks["Criteria and weights"].minimumSizeHint().width(), min(360, self.width() // 4)
        )
        self.resizeDocks(side, [weights, self._ranking_width()], Qt.Orientation.Horizontal)
        self.resizeDocks(
            [self.docks["Criteria and weights"], self.docks["Partners"]],
            [self.height() * 11 // 20, self.docks["Partners"].minimumSizeHint().height()],  # the chart first
            Qt.Orientation.Vertical,
        )
        self.dock_fit.refit()

    def _ranking_width(self) -> int:
        """Room for the longest partner name, as far as the charts keep a readable width beside it.

        The ranking takes up to two fifths of the window, more on a wide one as long as the charts
        keep ``CHART_WIDTH`` (names cut in the ranking are whole in its tooltip).
        """
        beside = self.width() - self.docks["Criteria and weights"].width() - CHART_WIDTH
        room = max(self.width() * 2 // 5, beside)
        return max(min(self.ranking.wanted_width(), room), self.ranking.minimumSizeHint().width())

    # -- extension points ------------------------------------------------------------------------

    def add_dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """Put ``widget`` in a dock the user can move; its place is remembered by title."""
        dock = QDockWidget(self)
        self._translated(dock.setWindowTitle, title)
        dock.setObjectName(title.replace(" ", "_"))
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[title] = dock
        self.dock_fit.watch(dock)
        if hasattr(self, "view_menu"):
            self.view_menu.insertAction(self.view_menu.actions()[0], dock.toggleViewAction())
            self.restoreDockWidget(dock)
        return dock

    def menu(self, title: str) -> QMenu:
        """The menu called ``title`` ("&Analysis", "&Weights"...), created before Help if missing."""
        plain = title.replace("&", "")
        if plain not in self._menus:
            self._menus[plain] = QMenu(self)
            self._translated(self._menus[plain].setTitle, title)
            self.menuBar().insertMenu(self.help_menu.menuAction(), self._menus[plain])
        return self._menus[plain]

    def _top_menu(self, title: str) -> QMenu:
        """A menu at the end of the menu bar (while it is being built), titled in the interface's language."""
        menu = self.menuBar().addMenu("")
        self._translated(menu.setTitle, title)
        self._menus[title.replace("&", "")] = menu
        return menu

    def _translated(self, setter, source: str) -> None:
        """Call ``setter`` with ``source`` in the interface's language, now and after every switch."""
        self._translations.append((setter, source))
        setter(self.tr(source))

    def retranslate(self) -> None:
        """Every text of the window in the interface's language (after View > Language)."""
        for setter, source in self._translations:
            if isValid(setter.__self__):  # the placeholder is gone once the charts are in
                setter(self.tr(source))
        retranslate_weights_menu(self.weights_actions)
        if self.charts is not None:
            self.charts.rename_page(self.robustness_area, self.tr("How sure are we?"))
        self._show_title()
        self._show_undo_texts()
        self._check_language()

    # -- menus -----------------------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(self)
        self._translated(action.setText, text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            self._translated(action.setStatusTip, tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        file = self._top_menu(QT_TRANSLATE_NOOP("MainWindow", "&File"))
        self._action(file, QT_TRANSLATE_NOOP("MainWindow", "&New from template"), self.files.new, keys.New)
        self._action(file, QT_TRANSLATE_NOOP("MainWindow", "&Open…"), lambda: self.files.open(), keys.Open)
        self._action(
            file,
            QT_TRANSLATE_NOOP("MainWindow", "Open the sa&mple"),
            self.files.open_sample,
            tip=QT_TRANSLATE_NOOP("MainWindow", "Back to the bundled sample study"),
        )
        self.recent_menu = file.addMenu("")
        self._translated(self.recent_menu.setTitle, QT_TRANSLATE_NOOP("MainWindow", "Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        self._action(file, QT_TRANSLATE_NOOP("MainWindow", "&Save"), self.files.save, keys.Save)
        self._action(file, QT_TRANSLATE_NOOP("MainWindow", "Save &as…"), self.files.save_as, keys.SaveAs)
        self._action(
            file,
            QT_TRANSLATE_NOOP("MainWindow", "&Export results…"),
            self.files.export_results,
            "Ctrl+E",
            QT_TRANSLATE_NOOP("MainWindow", "The result workbook of rank --out"),
        )
        self._action(
            file,
            QT_TRANSLATE_NOOP("MainWindow", "Export &briefing…"),
            self.files.export_briefing,
            tip=QT_TRANSLATE_NOOP(
                "MainWindow", "A 2-4 page Word or PDF brief for decision-makers, in Vietnamese or English"
            ),
        )
        file.addSeparator()
        self._action(file, QT_TRANSLATE_NOOP("MainWindow", "&Quit"), self.close, keys.Quit)

        edit = self._top_menu(QT_TRANSLATE_NOOP("MainWindow", "&Edit"))
        stack = self.session.undo_stack
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(keys.Undo)
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcut(keys.Redo)
        self.redo_action.triggered.connect(stack.redo)
        edit.addActions([self.undo_action, self.redo_action])
        for signal in (
            stack.canUndoChanged,
            stack.canRedoChanged,
            stack.undoTextChanged,
            stack.redoTextChanged,
        ):
            signal.connect(self._on_undo_stack_changed)  # a method: disconnected with the window
        self._show_undo_texts()
        edit.addSeparator()
        self._action(
            edit,
            QT_TRANSLATE_NOOP("MainWindow", "Add &partner…"),
            self.partners.on_add_partner,
            "Ctrl+Shift+P",
        )
        self._action(
            edit,
            QT_TRANSLATE_NOOP("MainWindow", "Remove selected partners"),
            self.partners.on_remove_partners,
        )
        self._action(
            edit,
            QT_TRANSLATE_NOOP("MainWindow", "Add &criterion…"),
            self.partners.on_add_criterion,
            "Ctrl+Shift+C",
        )
        self._action(
            edit, QT_TRANSLATE_NOOP("MainWindow", "Edit current criterion…"), self.partners.on_edit_criterion
        )
        self._action(
            edit,
            QT_TRANSLATE_NOOP("MainWindow", "Remove current criterion"),
            self.partners.on_remove_criterion,
        )
        edit.addSeparator()
        self._action(edit, QT_TRANSLATE_NOOP("MainWindow", "&Equal weights"), self.session.equal_weights)
        self._action(
            edit,
            QT_TRANSLATE_NOOP("MainWindow", "Reset &weights to the workbook's"),
            self.session.reset_weights,
        )

        self.view_menu = self._top_menu(QT_TRANSLATE_NOOP("MainWindow", "&View"))
        for dock in self.docks.values():
            self.view_menu.addAction(dock.toggleViewAction())
        self.view_menu.addSeparator()
        larger = self._action(
            self.view_menu,
            QT_TRANSLATE_NOOP("MainWindow", "&Larger text"),
            lambda: self.change_font(+1),
            keys.ZoomIn,
        )
        # Ctrl+= too (no Shift on most layouts); a hidden action's shortcut would be disabled by Qt
        larger.setShortcuts([*QKeySequence.keyBindings(keys.ZoomIn), QKeySequence("Ctrl+=")])
        self._action(
            self.view_menu,
            QT_TRANSLATE_NOOP("MainWindow", "&Smaller text"),
            lambda: self.change_font(-1),
            keys.ZoomOut,
        )
        for number, (text, title, panel) in enumerate(
            (
                (
                    QT_TRANSLATE_NOOP("MainWindow", "Go to criteria and weights"),
                    "Criteria and weights",
                    self.weights,
                ),
                (QT_TRANSLATE_NOOP("MainWindow", "Go to ranking"), "Ranking", self.ranking),
                (QT_TRANSLATE_NOOP("MainWindow", "Go to partners"), "Partners", self.partners),
            ),
            1,
        ):
            self._action(self.view_menu, text, lambda p=panel, t=title: self._focus(t, p), f"Alt+{number}")
        self.view_menu.addSeparator()
        self._build_language_menu()

        self.help_menu = self._top_menu(QT_TRANSLATE_NOOP("MainWindow", "&Help"))
        self._action(
            self.help_menu,
            QT_TRANSLATE_NOOP("MainWindow", "&How to read this screen"),
            self._show_help,
            keys.HelpContents,
        )

    def _on_undo_stack_changed(self, *_args) -> None:
        if isValid(self.session.undo_stack):  # not while the stack itself is being deleted
            self._show_undo_texts()

    def _show_undo_texts(self) -> None:
        """Edit > Undo / Redo name the step ("Undo Weight: Capital 20% -> 30%"), in the interface's language."""
        stack = self.session.undo_stack
        for action, can, step, plain, named in (
            (self.undo_action, stack.canUndo(), stack.undoText(), self.tr("&Undo"), self.tr("&Undo {step}")),
            (self.redo_action, stack.canRedo(), stack.redoText(), self.tr("&Redo"), self.tr("&Redo {step}")),
        ):
            action.setEnabled(can)
            action.setText(named.format(step=step) if can and step else plain)

    def _build_language_menu(self) -> None:
        """View > Language: each language named in itself, applied at once and remembered."""
        menu = self.view_menu.addMenu("")
        self._translated(menu.setTitle, QT_TRANSLATE_NOOP("MainWindow", "&Language"))
        group = QActionGroup(self)
        self.language_actions = {}
        for code, name in LANGUAGE_NAMES.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self._on_language_triggered(c))
            self.language_actions[code] = action
        self._check_language()

    def _check_language(self) -> None:
        code = language_of(QApplication.instance()).code
        for key, action in self.language_actions.items():
            action.setChecked(key == code)

    def _on_language_triggered(self, code: str) -> None:
        language_of(QApplication.instance()).apply(code, self.settings.store)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            self.recent_menu.addAction(Path(path).name, lambda p=path: self.files.open(p)).setToolTip(path)
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _focus(self, title: str, panel: QWidget) -> None:
        self.docks[title].show()
        self.docks[title].raise_()
        panel.setFocus(Qt.FocusReason.ShortcutFocusReason)
        panel.focusNextChild()

    def _show_help(self) -> None:
        QMessageBox.information(
            self,
            self.tr("How to read this screen"),
            self.tr(
                "Criteria and weights (left): drag a slider to say how much a criterion counts. "
                "The other weights make room; tick Lock to keep one fixed.\n\n"
                "Ranking (right): best first. ▲/▼ show the move against the workbook's own weights; "
                "◆ marks a partner another one beats on every criterion; ≈ a score resting on "
                "filled-in values for missing data.\n\n"
                "Why this rank: select a partner to see what drives its place.\n\n"
                "Partners (bottom): the data; double-click a value to change it. Every change can be "
                "undone (Ctrl+Z) and is listed under History."
            ),
        )

    # -- behaviour -------------------------------------------------------------------------------

    def change_font(self, step: int) -> None:
        self.set_font_size(self.settings.font_size() + step)
        dock = self.docks["Ranking"]
        if step > 0 and not dock.isFloating() and dock.width() < self._ranking_width():
            self.resizeDocks([dock], [self._ranking_width()], Qt.Orientation.Horizontal)  # names stay whole

    def set_font_size(self, size: int) -> None:
        size = min(max(int(size), FONT_RANGE[0]), FONT_RANGE[1])
        font = QApplication.font()
        font.setPointSize(size)
        QApplication.setFont(font)
        self.settings.set_font_size(size)
        if style.follow_font(size) and self.charts is not None:  # chart text follows, rebuilt once
            self.charts.restyle()
            self.robustness.restyle()
        self.ranking.size_columns()
        self.partners.size_columns()
        # its minimum width follows the font, once the font change has reached its widgets
        panel = self.docks["Criteria and weights"].widget()
        QTimer.singleShot(0, panel, panel.fit_width)  # context object: dropped if it is deleted first

    def _show_title(self) -> None:
        path = self.session.path
        if path:
            name = Path(path).name
        elif self.session.source:  # the bundled sample: shown, but Save asks where
            name = self.tr("Sample: Vietnam rare-earth partners (illustrative)")
        else:  # the wording of exported charts' names and footers
            from desktop.charts.context import untitled_study

            name = untitled_study()
        self.setWindowTitle(f"{name}[*] — Partner Scout")
        self.setWindowModified(self.session.is_dirty)

    def _on_session_failed(self, message: str) -> None:
        self.statusBar().showMessage(message.replace("\n", "; "), 10_000)

    def _screen_size(self) -> QSize:
        """The available size of the screen the window is on (the key its layout is remembered under)."""
        screen = self.screen() or QApplication.primaryScreen()
        return screen.availableGeometry().size() if screen is not None else QSize()

    def _restore_layout(self) -> None:
        geometry, state = self.settings.window(self._screen_size())
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._first_run_size()
        if state is not None:
            self.restoreState(state)
        elif self.height() < TALL_ENOUGH:  # the weights need the left column's height to themselves
            self.tabifyDockWidget(self.docks["Partners"], self.docks["Why this rank"])
            self.docks["Partners"].raise_()

    def _first_run_size(self) -> None:
        """Most of the screen on first start, never more than its available area (down to 1024 x 700)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        share = 0.9 if area.width() >= 1600 else 1.0  # small screens: every pixel counts
        self.resize(int(area.width() * share), int(area.height() * share))
        self._first_size = self.size()  # fitted again, frame included, when shown at this size
        frame = self.frameGeometry()
        frame.moveCenter(area.center())
        self.move(frame.topLeft())

    def fit_on_screen(self) -> None:
        """Shrink and move the window (frame included, known once shown) into the screen's available area."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        extra = self.frameGeometry().size() - self.size()
        self.resize(
            min(self.width(), area.width() - extra.width()),
            min(self.height(), area.height() - extra.height()),
        )
        frame = self.frameGeometry()
        x = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
        y = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
        self.move(x, y)

    def load_charts(self) -> None:
        """Build the charts panel (imports matplotlib); called after the first paint."""
        if self.charts is not None:
            return
        from desktop.charts.panel import ChartsPanel
        from desktop.panels.robustness import RobustnessPanel

        self.charts = ChartsPanel(self.session, self)
        self.charts.page_close_requested.connect(self._on_charts_page_close_requested)
        self.centre.addWidget(self.charts)
        self.centre.setCurrentWidget(self.charts)
        self.centre.removeWidget(self.placeholder)
        self.placeholder.deleteLater()
        self.robustness = RobustnessPanel(self.session, self)
        # below its minimum size it scrolls (the window never grows); a child of the window even while
        # closed, so shutdown_tasks finds its workers
        self.robustness_area = QScrollArea(self)
        self.robustness_area.setWidget(self.robustness)
        self.robustness_area.setWidgetResizable(True)
        self.robustness_area.setFrameShape(QFrame.Shape.NoFrame)
        self.robustness_area.hide()
        geometry, state = self.settings.window(self._screen_size())
        if state is None:  # first run: the new central widget took space from the docks
            self._default_dock_sizes()
            QTimer.singleShot(0, self, self._default_dock_sizes)  # again once the new layout has settled
        self.charts_ready.emit()

    def show_check_first(self) -> None:
        """The "Check these first" dock, made on first use as a tab beside Partners."""
        if "Check these first" not in self.docks:
            self.check_first = CheckFirstPanel(self.session)
            self.add_dock(
                QT_TRANSLATE_NOOP("MainWindow", "Check these first"),
                self.check_first,
                Area.BottomDockWidgetArea,
            )
            self.tabifyDockWidget(self.docks["Partners"], self.docks["Check these first"])
        dock = self.docks["Check these first"]
        dock.show()
        dock.raise_()

    def show_rank_reversal(self) -> None:
        """Analysis > Rank reversal: the pairs that swap when one partner is removed, checked now."""
        from desktop.dialogs.rank_reversal import RankReversalDialog

        if getattr(self, "rank_reversal", None) is not None:
            self.rank_reversal.close()  # its run is cancelled; the new one checks the study as it is now
        self.rank_reversal = RankReversalDialog(self.session, self)
        self.rank_reversal.show()

    def edit_evidence(self) -> None:
        """The Evidence dialog on the selected partner; what is entered becomes one undo step."""
        from criteria import edits
        from desktop.dialogs.evidence import EvidenceDialog

        dialog = EvidenceDialog(self.session.state.model, (self.session.selection or (0,))[0], 0, self)
        if dialog.exec():  # Accepted
            i, j = dialog.cell
            label = self.tr("Evidence: {partner}, {criterion}").format(
                partner=dialog.partner.currentText(), criterion=dialog.criterion.currentText()
            )
            self.session.try_edit(edits.set_evidence, i, j, dialog.evidence(), label=label)

    def edit_evidence_settings(self) -> None:
        """The study's confidence widths and evidence age; what is entered becomes one undo step."""
        from criteria.evidence_settings import set_evidence_settings
        from desktop.dialogs.evidence_settings import EvidenceSettingsDialog

        dialog = EvidenceSettingsDialog(self.session.state.model, self)
        if dialog.exec():  # Accepted
            label = self.tr("Evidence settings")
            self.session.try_edit(set_evidence_settings, dialog.settings(), label=label)

    def show_robustness(self) -> None:
        """Show "How sure are we?" as a tab after the charts' (their size and the docks stay as they are)."""
        self.load_charts()
        self.charts.open_page(self.robustness_area, self.tr("How sure are we?"))
        self.close_robustness_action.setEnabled(True)

    def hide_robustness(self) -> None:
        """Close the robustness tab: the chart last shown is back, exactly as it was."""
        if self.charts is not None:
            self.charts.close_page(self.robustness_area)
        self.close_robustness_action.setEnabled(False)

    def _on_charts_page_close_requested(self, page) -> None:
        if page is self.robustness_area:
            self.hide_robustness()

    def offer_recovery(self) -> bool:
        """After a crash, offer the autosaved study; True when it was restored."""
        recovery = self.autosaver.pending()
        if recovery is None or not self.ask_restore(recovery):
            return False
        return self.restore(recovery)

    def restore(self, recovery: Recovery) -> bool:
        from criteria.errors import InputError
        from criteria.study import StudyState
        from criteria.weights import normalise
        from workbooks.reader import read_workbook

        try:
            state = StudyState.from_model(read_workbook(recovery.workbook), method=recovery.method)
            if recovery.weights and len(recovery.weights) == len(state.weights):
                state = state.replace(weights=normalise(recovery.weights))
        except InputError as error:
            self.files.show_problems(self.tr("The recovered study could not be read"), error)
            return False
        if not self.session.load(state, recovery.source, source=str(recovery.workbook)):
            return False
        self.session.undo_stack.resetClean()  # restored work is not saved in its file yet
        self.session.file_changed.emit()
        return True

    def ask_restore(self, recovery: Recovery) -> bool:
        where = Path(recovery.source).name if recovery.source else self.tr("an unsaved study")
        answer = QMessageBox.question(
            self,
            self.tr("Restore unsaved work?"),
            self.tr("Partner Scout closed without saving changes to {name}. Restore them?").format(
                name=where
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- Qt events -------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self, self.load_charts)
        return handled

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self.size() == self._first_size:  # a size given by the caller is left alone
            self._first_size = None
            self.fit_on_screen()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        if not self.files.confirm_discard():
            event.ignore()
            return
        self.settings.set_window(self._screen_size(), self.saveGeometry(), self.saveState())
        self.settings.set_method(self.session.state.method)
        self.settings.set_vikor_v(self.session.state.vikor_v)
        self.settings.sync()
        self.autosaver.discard()
        self.shutdown_tasks()
        event.accept()

    def shutdown_tasks(self) -> None:
        """Cancel every background task (Monte Carlo, export, opening a file) and wait for its worker.

        Runs before the window goes away, so no worker emits into deleted objects.
        """
        from desktop.tasks import TaskRunner

        for runner in self.findChildren(TaskRunner):
            runner.shutdown()

    @staticmethod
    def _dropped_workbook(event) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [
            u.toLocalFile() for u in urls if u.isLocalFile() and u.toLocalFile().lower().endswith(".xlsx")
        ]
        return paths[0] if paths else None

    def dragEnterEvent(self, event) -> None:
        if self._dropped_workbook(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = self._dropped_workbook(event)
        if path:
            event.acceptProposedAction()
            QTimer.singleShot(0, self.files, lambda: self.files.open(path))
