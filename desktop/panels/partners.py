"""The partners table (sortable, editable in place) with buttons to add and remove partners and criteria."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.criterion import CriterionDialog, CriterionForm
from desktop.models.partners import SORT_ROLE, PartnersTableModel
from desktop.panels.columns import PADDING, header_width
from desktop.session import StudyChange, StudySession

ROWS_SHOWN = 3  # rows of the partners table that always fit, at any text size


BUTTONS = (
    QT_TRANSLATE_NOOP("PartnersPanel", "Add partner…"),
    QT_TRANSLATE_NOOP("PartnersPanel", "Remove partner"),
    QT_TRANSLATE_NOOP("PartnersPanel", "Add criterion…"),
    QT_TRANSLATE_NOOP("PartnersPanel", "Edit criterion…"),
    QT_TRANSLATE_NOOP("PartnersPanel", "Remove criterion"),
)


class PartnersPanel(QWidget):
    def __init__(self, session: StudySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._own_selection = False
        self.model = PartnersTableModel(session, self)
        # static sort: the proxy re-sorts only when a header is clicked, never on every edit
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(False)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # workbook order
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        # a new study (File > New) starts with one partner: a ranking of one says nothing yet
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        buttons = QHBoxLayout()
        self.buttons = []
        for slot in (
            self.on_add_partner,
            self.on_remove_partners,
            self.on_add_criterion,
            self.on_edit_criterion,
            self.on_remove_criterion,
        ):
            button = QPushButton()
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        session.selection_changed.connect(self._on_session_selection_changed)
        session.changed.connect(self._on_session_changed)
        self._retranslate()
        self.size_columns()
        self._show_prompt()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:  # rows grow with the text: so does the room for them
            self.size_columns()
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.retranslate()
            self.size_columns()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._show_legend()
        self.prompt.setText(
            self.tr(
                "<b>Add partners:</b> rename the first row, double-click its cells to enter its scores, "
                "and use <i>Add partner…</i> for every other candidate."
            )
        )
        for button, text in zip(self.buttons, BUTTONS, strict=True):
            button.setText(self.tr(text))

    def size_columns(self) -> None:
        """Widths from the font once per structure change; long notes get a capped column.

        Titles are measured bold with room for the sort arrow, so no header is clipped.
        """
        width = self.view.fontMetrics().horizontalAdvance
        model = self.session.state.model
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            needed = header_width(self.view, title, sortable=True)
            if column == 0:
                longest = max((p.name for p in model.partners[:200]), key=len, default="")
                content = min(width(longest), width("M" * 24))
            elif self.model.criterion_of_column(column) is None:
                content = width("M" * 9)
            else:
                content = width("00.00")
            self.view.setColumnWidth(column, max(needed, content + PADDING + 10))
        # a useful number of rows always shows, at any text size (the dock's minimum follows)
        row = max(self.view.verticalHeader().defaultSectionSize(), self.view.fontMetrics().height() + 8)
        bar = self.view.horizontalScrollBar().sizeHint().height()
        self.view.setMinimumHeight(
            self.view.horizontalHeader().sizeHint().height() + ROWS_SHOWN * row + bar + 4
        )

    def _show_legend(self) -> None:
        edit = self.tr("Double-click a value to edit it; clear it to make it missing.")
        self.legend.setText(f"{edit} {self.model.missing_legend()}")

    def _on_session_changed(self, change: StudyChange) -> None:
        if change.what - {"weights", "values"}:  # the missing-value policy may differ (never on an edit)
            self._show_legend()
        if change.what & {"structure", "file"}:
            self.size_columns()
            self._show_prompt()

    def _show_prompt(self) -> None:
        self.prompt.setVisible(len(self.session.state.model.partners) < 2)

    # -- selection, mirrored with the ranking table ----------------------------------------------

    def selected_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(index).row() for index in self.view.selectionModel().selectedRows()}
        return sorted(rows)

    def _on_view_selection_changed(self, *_args) -> None:
        self._own_selection = True
        self.session.set_selection(self.selected_rows())
        self._own_selection = False

    def _on_session_selection_changed(self, selection: tuple) -> None:
        if self._own_selection:
            return
        selected = QItemSelection()
        last = self.model.columnCount() - 1
        for row in selection:
            top = self.proxy.mapFromSource(self.model.index(row, 0))
            selected.select(top, top.siblingAtColumn(last))
        blocker = QSignalBlocker(self.view.selectionModel())
        self.view.selectionModel().select(selected, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        blocker.unblock()
        self.view.viewport().update()

    # -- editing (buttons and menu actions) -------------------------------------------------------

    def on_add_partner(self) -> None:
        name = self.ask_text(self.tr("Add partner"), self.tr("Partner name:"))
        if name:
            self.session.add_partner(name)

    def on_remove_partners(self) -> None:
        self.session.remove_partners(self.session.selection)

    def current_criterion(self) -> int | None:
        j = self.model.criterion_of_column(self.proxy.mapToSource(self.view.currentIndex()).column())
        if j is None and len(self.session.state.model.criteria) == 1:
            return 0
        return j

    def on_add_criterion(self) -> None:
        form = self.ask_criterion(None)
        if form:
            self.session.add_criterion(form.name, form.direction, form.low, form.high, **form.extras())

    def on_edit_criterion(self) -> None:
        j = self.current_criterion()
        if j is None:
            self.session.failed.emit(self.tr("Click a cell in a criterion's column first."))
            return
        form = self.ask_criterion(j)
        if form:
            self.session.update_criterion(j, form.name, form.direction, form.low, form.high, **form.extras())

    def on_remove_criterion(self) -> None:
        j = self.current_criterion()
        if j is None:
            self.session.failed.emit(self.tr("Click a cell in a criterion's column first."))
            return
        self.session.remove_criterion(j)

    # Dialogs are behind these two methods so tests can answer them without a modal loop.

    def ask_text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def ask_criterion(self, index: int | None) -> CriterionForm | None:
        criterion = None if index is None else self.session.state.model.criteria[index]
        ranking = self.session.ranking
        span = None if index is None else float(ranking.hi[index] - ranking.lo[index])
        dialog = CriterionDialog(self, criterion, span)
        return dialog.form() if dialog.exec() else None
