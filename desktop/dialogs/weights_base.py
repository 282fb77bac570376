"""The frame every weight-setting dialog shares: input on top, the resulting weights below, Apply.

A subclass builds its input widgets in ``body()`` and computes weights in ``compute()``
(pure ``criteria`` functions; InputError for unusable input). The preview shows the
current and the new weight of each criterion; Apply (after ``confirm()``) calls
``session.set_weights`` once with the dialog's ``source()``, so the whole change is one
undo step and the main window can say where the weights came from.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from criteria.errors import InputError
from desktop.dialogs.scrolled import ScrolledForm
from desktop.i18n import current_language, format_percent

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WARNING_STYLE = "color: #a4262c;"  # a caveat the room must not miss (dark red, readable on white)


def percent_text(share: float) -> str:
    return format_percent(share)


def spin_boxes(
    names, values, maximum: float, on_change, suffix: str = ""
) -> tuple[QWidget, list[QDoubleSpinBox]]:
    """A form with one spin box (0..maximum) per criterion, each calling ``on_change`` when edited."""
    form = QWidget()
    layout = QFormLayout(form)
    boxes = []
    for name, value in zip(names, values, strict=True):
        box = QDoubleSpinBox()
        box.setRange(0.0, maximum)
        box.setDecimals(1)
        box.setSuffix(suffix)
        box.setValue(value)
        box.valueChanged.connect(on_change)
        layout.addRow(name, box)
        boxes.append(box)
    return form, boxes


def fit_to_screen(dialog: QWidget, width: int = 0) -> None:
    """Open at the size the dialog asks for (at least ``width`` wide, tall enough for its wrapped texts at
    that width), never over 90% of its screen."""
    hint = dialog.sizeHint()
    wanted_width = max(hint.width(), width)
    screen = (dialog.parentWidget() or dialog).screen()
    if screen is None:
        dialog.resize(wanted_width, hint.height())
        return
    room = screen.availableGeometry()
    width = min(wanted_width, room.width() * 9 // 10)
    layout, height = dialog.layout(), hint.height()
    if layout is not None and layout.hasHeightForWidth():  # wrapped texts whole at that width
        height = max(height, layout.totalHeightForWidth(width))
    dialog.resize(width, min(height, room.height() * 9 // 10))


class WeightsPreview(QTableWidget):
    """Criterion | now | new (| extra columns), for reading only."""

    def __init__(self, names, current, extra_headers=(), parent: QWidget | None = None):
        super().__init__(len(names), 3 + len(extra_headers), parent)
        self.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Now"), self.tr("New"), *extra_headers])
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row, (name, share) in enumerate(zip(names, current, strict=True)):
            self.setItem(row, 0, QTableWidgetItem(name))
            self.setItem(row, 1, QTableWidgetItem(percent_text(share)))
            for column in range(2, self.columnCount()):
                self.setItem(row, column, QTableWidgetItem(""))
        self.size_to_contents()

    def size_to_contents(self) -> None:
        """Every column wide enough for "100.0%" and its header, every row visible (up to 12)."""
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        number = metrics.horizontalAdvance(percent_text(1.0)) + 3 * metrics.averageCharWidth()
        self.resizeColumnsToContents()
        for column in range(1, self.columnCount()):
            self.setColumnWidth(column, max(self.columnWidth(column), number))
            self.model().setHeaderData(
                column, Qt.Orientation.Horizontal, _RIGHT, Qt.ItemDataRole.TextAlignmentRole
            )
            for row in range(self.rowCount()):
                self.item(row, column).setTextAlignment(_RIGHT)
        rows = min(self.rowCount(), 12)
        height = header.sizeHint().height() + 2 * self.frameWidth() + 2
        height += sum(self.rowHeight(row) for row in range(rows))
        width = sum(self.columnWidth(c) for c in range(self.columnCount())) + 2 * self.frameWidth() + 2
        width += self.verticalScrollBar().sizeHint().width() if rows < self.rowCount() else 0
        screen = self.screen()  # wider than a dialog on its screen can be (many columns, large text): scrolls
        room = screen.availableGeometry().width() * 9 // 10 - 40 if screen is not None else width
        if width > room:
            width, height = room, height + self.horizontalScrollBar().sizeHint().height()
        self.setMinimumSize(width, height)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def show_weights(self, weights, column: int = 2) -> None:
        """Fill ``column`` with ``weights`` as percentages ("-" when there are none)."""
        for row in range(self.rowCount()):
            self.item(row, column).setText(percent_text(weights[row]) if weights is not None else "-")


class WeightsDialog(QDialog):
    """Base class: subclasses set ``title``/``label`` and implement ``body()`` and ``compute()``."""

    # English sources (context "WeightsDialog"), shown in the interface's language
    title = QT_TRANSLATE_NOOP("WeightsDialog", "Set weights")
    label = QT_TRANSLATE_NOOP("WeightsDialog", "Weights")  # the undo step reads "Weights: <label>"

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.names = session.state.model.criterion_names
        self.weights: tuple[float, ...] | None = None
        self.setWindowTitle(self.tr(self.title))
        layout = QVBoxLayout(self)
        layout.addWidget(ScrolledForm(self.body()), 1)  # scrolls on a small screen at a large text size
        self.preview = WeightsPreview(self.names, session.state.weights, self.extra_headers())
        layout.addWidget(self.preview)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()
        fit_to_screen(self)

    def body(self) -> QWidget:
        raise TypeError(f"{type(self).__name__} must build its input widgets in body()")

    def extra_headers(self) -> tuple[str, ...]:
        return ()

    def compute(self) -> tuple[float, ...]:
        raise TypeError(f"{type(self).__name__} must compute its weights in compute()")

    def refresh(self) -> None:
        """Recompute from the inputs and show the result (or why there is none)."""
        try:
            self.weights = self.compute()
        except InputError as error:
            self.weights = None
            self.message.setText(error.summary(limit=4, lang=current_language()))
        else:
            self.message.setText(self.note())
        self.preview.show_weights(self.weights)
        self.apply_button.setEnabled(self.weights is not None)

    def note(self) -> str:
        return ""

    def source(self) -> str:
        """Where the applied weights come from, as shown beside the weights ("Swing weighting")."""
        label = self.tr(self.label)
        return label[:1].upper() + label[1:]

    def confirm(self) -> bool:
        """Whether to apply the weights computed (a subclass asks when they are doubtful)."""
        return True

    def _on_apply_clicked(self) -> None:
        if self.weights is None or not self.confirm():
            return
        if self.session.set_weights(
            self.weights, self.tr("Weights: {label}").format(label=self.tr(self.label)), self.source()
        ):
            self.accept()
