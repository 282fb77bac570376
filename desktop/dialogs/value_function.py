"""Edit a criterion's value function for WSM: a table of points and the curve they draw.

The rules (two points or more, scores 0..1, monotone in the criterion's direction) are
``criteria.value_functions.problems``; OK stays disabled while one is broken and the
message says which. The result goes back through the criterion dialog as one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from criteria import value_functions
from criteria.i18n import Language
from desktop.i18n import current_language, format_number, local_decimals

CURVE = QColor("#1f5f99")
LINE = QColor("#9a9a9a")


def parse_number(text: str) -> float | None:
    """A typed number in either language's decimals (``0,6`` or ``0.6``); None when it is not one."""
    cleaned = text.strip().replace(" ", "")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


class ValueCurve(QWidget):
    """The function as a line from the first point to the last, score 0 at the bottom, 1 at the top."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.points: tuple[tuple[float, float], ...] = ()
        self.setMinimumSize(260, 160)

    def set_points(self, points) -> None:
        self.points = value_functions.sorted_points(points)
        self.update()

    def plot_area(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("0.0") + 8
        return QRectF(left, 8, self.width() - left - 12, self.height() - metrics.height() - 16)

    def position(self, value: float, score: float) -> QPointF:
        area = self.plot_area()
        low, high = self.points[0][0], self.points[-1][0]
        x = area.left() + area.width() * (value - low) / (high - low)
        return QPointF(x, area.bottom() - area.height() * score)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.plot_area()
        metrics = painter.fontMetrics()
        painter.setPen(QPen(LINE, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())
        for score in (0.0, 1.0):
            text = format_number(score, 1)
            y = area.bottom() - area.height() * score + metrics.ascent() / 2
            painter.drawText(QPointF(area.left() - metrics.horizontalAdvance(text) - 4, y), text)
        if len(self.points) < 2 or self.points[0][0] == self.points[-1][0]:
            return
        for value, align_right in ((self.points[0][0], False), (self.points[-1][0], True)):
            text = format_number(value, 3).rstrip("0").rstrip(".,")
            x = area.left() if not align_right else area.right() - metrics.horizontalAdvance(text)
            painter.drawText(QPointF(x, area.bottom() + metrics.height()), text)
        painter.setPen(QPen(CURVE, 2))
        corners = [self.position(v, s) for v, s in self.points]
        for a, b in zip(corners, corners[1:]):
            painter.drawLine(a, b)
        painter.setBrush(CURVE)
        for corner in corners:
            painter.drawEllipse(corner, 3, 3)


class ValueFunctionDialog(QDialog):
    def __init__(self, parent: QWidget | None, name: str, benefit: bool, points=()):
        super().__init__(parent)
        self.benefit = benefit
        self.setWindowTitle(self.tr("Value function: {name}").format(name=name))
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Score (0-1)")])
        self.table.verticalHeader().hide()
        self.curve = ValueCurve()
        self.add_button = QPushButton(self.tr("&Add point"))
        self.remove_button = QPushButton(self.tr("&Remove point"))
        self.clear_button = QPushButton(self.tr("&Straight line (no function)"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4262c;")
        direction = (
            self.tr("A higher value may never score less (benefit criterion).")
            if benefit
            else self.tr("A higher value may never score more (cost criterion).")
        )
        help_text = QLabel(
            self.tr(
                "Each point gives the score (0 = worst, 1 = best) a value is worth; between points the "
                "score follows the straight line, beyond the first and last it stays level. {direction} "
                "Only WSM uses value functions; the other methods ignore them."
            ).format(direction=direction)
        )
        help_text.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.clear_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.curve, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for value, score in points:
            self._append(value, score)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self._check()

    def _append(self, value: float, score: float) -> None:
        blocked = self.table.blockSignals(True)
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, number in enumerate((value, score)):
            self.table.setItem(r, c, QTableWidgetItem(local_decimals(f"{number:g}")))
        self.table.blockSignals(blocked)

    def _on_table_item_changed(self, _item) -> None:
        self._check()

    def _on_add_button_clicked(self) -> None:
        points = self.points() or ()
        last = max((v for v, _ in points), default=0.0)
        self._append(last + 1.0, 1.0 if self.benefit else 0.0)
        self._check()

    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        self.table.removeRow(row if row >= 0 else self.table.rowCount() - 1)
        self._check()

    def _on_clear_button_clicked(self) -> None:
        self.table.setRowCount(0)
        self._check()

    def points(self) -> tuple[tuple[float, float], ...] | None:
        """The points typed, or None while a cell is not a number."""
        points = []
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c) for c in (0, 1)]
            numbers = [parse_number(cell.text()) if cell else None for cell in cells]
            if None in numbers:
                return None
            points.append((numbers[0], numbers[1]))
        return tuple(points)

    def problem(self) -> str:
        """Why OK is disabled ("" when the points make a valid function, or there are none)."""
        points = self.points()
        if points is None:
            return self.tr("Every cell must hold a number.")
        if not points:
            return ""
        found = value_functions.problems(points, self.benefit, Language(current_language()))
        if not found:
            return ""
        k, message = found[0]
        return self.tr("Point {number}: {problem}").format(number=k + 1, problem=message)

    def _check(self) -> None:
        problem = self.problem()
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)
        points = self.points()
        self.curve.set_points(points if points and not problem else ())
