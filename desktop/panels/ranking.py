"""The ranking: method selector, ranked table with score bars and rank-change arrows."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QRect, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from criteria.i18n import Language
from criteria.levels import LevelPolicy
from desktop.core_words import core_words
from desktop.i18n import current_language
from desktop.models.ranking import (
    BAR_ROLE,
    CHANGE,
    NOTES,
    PARTNER,
    RANK,
    ROW_ROLE,
    SCORE,
    RankingTableModel,
)
from desktop.panels.columns import cell_width, header_width, keep_rows
from desktop.panels.levels import LevelsBar
from desktop.panels.text import coloured
from desktop.scrolling_text import ScrollingText
from desktop.session import StudyChange, StudySession

BAR_COLOUR = QColor("#7FB3D5")
MIN_ROWS = 3  # rows the ranking table keeps however large the text and short the dock


class ScoreBarDelegate(QStyledItemDelegate):
    """Paints the score cell as a bar (length from ``BAR_ROLE``) under the number."""

    def paint(self, painter: QPainter, option, index) -> None:
        fraction = index.data(BAR_ROLE)
        if fraction is not None:
            rect = option.rect.adjusted(2, 4, -2, -4)
            painter.save()
            painter.fillRect(
                QRect(rect.left(), rect.top(), int(rect.width() * max(fraction, 0.02)), rect.height()),
                BAR_COLOUR,
            )
            painter.restore()
        super().paint(painter, option, index)


class RankingPanel(QWidget):
    def __init__(self, session: StudySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._own_selection = False
        self.method = QComboBox()
        self._fill_methods()
        self.model = RankingTableModel(session, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(SCORE, ScoreBarDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # cut in the middle: "Australian Govt…R&D Hub" and "Australian…Materials" stay two partners
        # (cut at the end, two rows read "Australian …" at large text); whole in the tooltip
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setMinimumWidth(330)  # partner names stay readable next to the charts
        header = self.view.horizontalHeader()
        # fixed modes: no resize-to-contents per update (it costs ~1 s on large tables)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PARTNER, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.excluded = QLabel()
        self.description = QLabel()
        coloured(self.description)
        top = QHBoxLayout()
        self.method_label = QLabel(buddy=self.method)
        top.addWidget(self.method_label)
        top.addWidget(self.method, 1)
        # VIKOR's v, shown while VIKOR is the method (scoring.compromise: its compromise set)
        self.vikor_v = QDoubleSpinBox(minimum=0.0, maximum=1.0, singleStep=0.05, decimals=2)
        self.vikor_v.setKeyboardTracking(False)  # one undo step per value typed, not per key
        self.vikor_v_label = QLabel(buddy=self.vikor_v)
        top.addWidget(self.vikor_v_label)
        top.addWidget(self.vikor_v)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.compromise = QLabel()  # VIKOR's answer in words: one partner or a compromise set
        self.method_problem = QLabel()  # why the chosen method cannot rank this study, when it cannot
        coloured(self.method_problem, "#8a1c00")
        self.method_problem.hide()
        # the sentences above and below the table scroll rather than squeeze it (large text)
        layout.addWidget(ScrollingText([self.description, self.compromise, self.method_problem]))
        layout.addWidget(self.view, 1)
        self.levels = LevelsBar(session)
        self.legend = QLabel()
        coloured(self.legend)
        layout.addWidget(ScrollingText([self.levels, self.excluded, self.legend]))
        self.method.activated.connect(self._on_method_activated)
        self.vikor_v.valueChanged.connect(self._on_vikor_v_value_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        session.changed.connect(self._on_session_changed)
        session.selection_changed.connect(self._on_session_selection_changed)
        self.model.missing.updated.connect(self._show_legend)
        self._retranslate()
        self._show_legend()
        self._show_excluded()
        self.size_columns()

    def _retranslate(self) -> None:
        """Texts in the interface's language; the table's headers and cells are drawn again."""
        self.method.setToolTip(
            self.tr("How partners are scored; hover a method for what it does")
            + "\n"
            + self.tr(
                "Rank reversal: under TOPSIS, VIKOR, PROMETHEE II and WSM without Min/Max bounds on every "
                "criterion, adding or removing one partner can swap two others (Analysis > Rank reversal). "
                "WSM with those bounds and WPM score each partner on its own and cannot, unless a missing "
                "value is filled in from the other partners' values."
            )
        )
        self.vikor_v_label.setText(self.tr("&v:"))
        self.vikor_v.setToolTip(
            self.tr(
                "VIKOR's v: the weight of the majority of criteria (group utility S) against the single "
                "worst shortfall (individual regret R); 0.5 balances them"
            )
        )
        self.method.setAccessibleName(self.tr("Scoring method"))
        self.method_label.setText(self.tr("&Method:"))
        blocker = QSignalBlocker(self.method)
        self.method.clear()
        self._fill_methods()
        blocker.unblock()
        self._show_method()
        self.model.retranslate()

    def _fill_methods(self) -> None:
        from scoring.methods import METHODS

        for key, method in METHODS.items():
            self.method.addItem(core_words(method.label), key)
            self.method.setItemData(
                self.method.count() - 1, core_words(method.description), Qt.ItemDataRole.ToolTipRole
            )

    def size_columns(self) -> None:
        """Column widths from the font, once per structure change (never per update).

        Rank, Move, Score and Marks get just their content; the partner column stretches over the rest.
        The rank column makes room for a best-to-worst range when the study has missing values.
        """
        digits = str(max(len(self.session.state.model.partners), 10))
        self._gaps = bool(self.session.state.model.missing.any())
        rank = f"{digits} ({digits}–{digits})" if self._gaps else digits  # "12 (7–15)": best to worst
        samples = {RANK: rank, CHANGE: "▲ 10", SCORE: "-00.000", NOTES: "◆ ≈"}
        for column, sample in samples.items():
            self.view.setColumnWidth(
                column,
                max(
                    cell_width(self.view, sample),
                    header_width(self.view, self.model.headerData(column, Qt.Orientation.Horizontal)),
                ),
            )
        # never squeeze the names to nothing in a narrow dock: about 11 characters always show
        self.setMinimumWidth(self._width_with_partner_column(cell_width(self.view, "Australian…")))
        keep_rows(self.view, MIN_ROWS)  # and never squeeze the table below a few rows

    def changeEvent(self, event) -> None:
        # the application font can be set after the panel is built (start-up, projector sizes)
        if event.type() == QEvent.Type.FontChange:
            self.size_columns()
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._show_legend()
            self._show_excluded()
            self.size_columns()  # the headers' new words need their own room
        super().changeEvent(event)

    def wanted_width(self) -> int:
        """The panel width that shows every partner's name in full (the dock's preferred width)."""
        names = [p.name for p in self.session.state.model.partners[:200]]
        longest = max((cell_width(self.view, name) for name in names), default=0)
        return self._width_with_partner_column(
            max(longest, header_width(self.view, self.model.headerData(PARTNER, Qt.Orientation.Horizontal)))
        )

    def _width_with_partner_column(self, partner: int) -> int:
        fixed = sum(self.view.columnWidth(column) for column in (RANK, CHANGE, SCORE, NOTES))
        margins = self.layout().contentsMargins()
        frame = 2 * self.view.frameWidth() + margins.left() + margins.right()
        return fixed + partner + frame + self.view.verticalScrollBar().sizeHint().width()

    def _show_method(self) -> None:
        from scoring.methods import get_method

        blocker = QSignalBlocker(self.method)
        self.method.setCurrentIndex(self.method.findData(self.session.state.method))
        blocker.unblock()
        method = get_method(self.session.state.method)
        if method.higher_is_better:
            best = self.tr("{description} Score: higher is better.")
        else:
            best = self.tr("{description} Score: lower is better.")
        self.description.setText(best.format(description=core_words(method.description)))
        vikor = method.key == "vikor"
        self.vikor_v_label.setVisible(vikor)
        self.vikor_v.setVisible(vikor)
        blocker = QSignalBlocker(self.vikor_v)
        self.vikor_v.setValue(self.session.state.vikor_v)
        blocker.unblock()
        self._show_compromise()

    def _show_compromise(self) -> None:
        """VIKOR's answer (``scoring.compromise``) in the interface's language; hidden for other methods."""
        ranking = self.session.ranking
        found = ranking.compromise
        self.compromise.setVisible(found is not None)
        self.compromise.setText(
            "" if found is None else found.sentence(ranking.partners, Language(current_language()))
        )

    def _show_excluded(self) -> None:
        excluded = self.session.ranking.excluded_for_missing  # those below a minimum level: LevelsBar
        self.excluded.setVisible(bool(excluded))
        self.excluded.setText(
            self.tr("Not ranked (missing values): {names}").format(names=", ".join(excluded))
            if excluded
            else ""
        )

    def _show_legend(self) -> None:
        """The marks in use; the rank range explained on a real row, only when some rank has one."""
        model = self.model
        parts = [self.tr("▲/▼ move against the workbook's weights"), self.tr("◆ dominated")]
        if model.filled.any():
            parts.append(self.tr("≈ uses filled-in values"))
        screen = self.session.ranking.screen
        if screen.policy is LevelPolicy.MARK and screen.failures:
            parts.append(self.tr("⊘ below a minimum level"))
        text = " · ".join(parts)
        for row in np.flatnonzero(model.filled):
            found = model.missing.ranges.get(model.partner_name(row))
            if found is not None and found.best != found.worst:
                text += "; " + self.tr(
                    "{rank} ({best}–{worst}): {partner} could rank {best} to {worst} depending on how its gaps "
                    "are filled"
                ).format(
                    rank=model.ranks[row], best=found.best, worst=found.worst, partner=model.partner_name(row)
                )
                break
        self.legend.setText(text)

    def _on_session_changed(self, change: StudyChange) -> None:
        self._show_legend()
        if change.what & {"method", "file"}:
            self._show_method()  # and its compromise sentence
        else:
            self._show_compromise()
        if change.what & {"values", "structure", "file"}:
            self._show_excluded()
            if self._gaps != bool(change.state.model.missing.any()):
                self.size_columns()
        if change.what & {"structure", "file"}:
            self._on_session_selection_changed(self.session.selection)

    def _on_method_activated(self, position: int) -> None:
        refusals = []
        self.session.failed.connect(refusals.append)
        try:
            accepted = self.session.set_method(self.method.itemData(position))
        finally:
            self.session.failed.disconnect(refusals.append)
        if accepted:
            self.method_problem.hide()
            return
        current = self.method.itemText(self.method.findData(self.session.state.method))
        self.method_problem.setText(
            self.tr("{method} cannot rank this study: {reason}. The ranking stays on {current}.").format(
                method=self.method.itemText(position), reason="; ".join(refusals), current=current
            )
        )
        self.method_problem.show()
        self._show_method()

    def _on_vikor_v_value_changed(self, value: float) -> None:
        self.session.set_vikor_v(value)

    def _on_view_selection_changed(self, *_args) -> None:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        self._own_selection = True
        self.session.set_selection(self.model.data(self.model.index(r, 0), ROW_ROLE) for r in rows)
        self._own_selection = False

    def _on_session_selection_changed(self, selection: tuple) -> None:
        """Mirror a selection made elsewhere (the partners table) without echoing it back."""
        if self._own_selection:
            return
        wanted = set(selection)
        selected = QItemSelection()
        for row, model_row in enumerate(self.model.rows):
            if int(model_row) in wanted:
                selected.select(self.model.index(row, 0), self.model.index(row, NOTES))
        blocker = QSignalBlocker(self.view.selectionModel())
        self.view.selectionModel().select(selected, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        blocker.unblock()
        self.view.viewport().update()
