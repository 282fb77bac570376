"""Qt widgets around the Qt-free plots: a canvas that redraws cheaply, and a chart view with export.

A weight edit changes only a few artists (bars, score numbers). Those are marked
animated and drawn over a cached background (blitting): about 25 ms instead of
a 120-180 ms full redraw at 1600 x 1000, whose time goes on rendering text.
Two cached layers: the figure without any dynamic artist, and that plus the
"slow" dynamic artists (partner labels), re-composed only when the order of
partners changes. A full redraw happens when the plot says its limits changed,
on resize, and when a hidden chart is shown again. Requests are coalesced by a
single-shot timer, so a slider drag costs at most one draw per interval.
"""

from __future__ import annotations

import contextlib
import os
import warnings

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from criteria.errors import InputError, OutputError
from desktop.charts.export import FORMATS, export_figure
from desktop.charts.plots import Redraw

REDRAW_DELAY_MS = 40
MAX_SPRITES = 400  # cached label renderings per canvas (about 20 kB each)
EXPORT_FILTER = ";;".join(f"{fmt.upper()} (*.{fmt})" for fmt in FORMATS)


class ChartCanvas(FigureCanvasQTAgg):
    """A matplotlib canvas that blits its ``dynamic`` artists and coalesces redraw requests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Figure(figsize=(8, 5), layout="constrained"))
        self.setParent(parent)
        self.setMinimumSize(320, 240)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._fast: tuple = ()
        self._slow: tuple = ()
        self._base = None  # the figure without dynamic artists
        self._layer = None  # the base plus the slow dynamic artists
        # (text, size, dpi) -> (pixels, extent) of a rendered slow label, kept across full draws
        self._sprites: dict[tuple, tuple] = {}
        self._pending = Redraw.FIGURE
        self.draws = {"full": 0, "labels": 0, "blit": 0}  # counters, read by tests and benchmarks
        self.relayout = None  # called after a resize, before the redraw (e.g. to re-place labels)
        self.mpl_connect("draw_event", self._on_canvas_draw)

    def clear(self):
        """Empty the figure for a rebuild; returns it."""
        self.set_dynamic(())
        self.figure.clear()
        self._sprites.clear()  # the rebuilt figure may have another style
        return self.figure

    @property
    def _dynamic(self) -> tuple:
        return self._slow + self._fast

    def set_dynamic(self, fast, slow=()) -> None:
        """The artists cheap updates change: ``fast`` ones on every update, ``slow`` ones now and then."""
        for artist in self._dynamic:
            artist.set_animated(False)
        self._fast, self._slow = tuple(fast), tuple(slow)
        for artist in self._dynamic:
            artist.set_animated(True)
        self._base = self._layer = None
        self._pending = Redraw.FIGURE

    def request_redraw(self, level: Redraw = Redraw.ARTISTS) -> None:
        """Redraw soon (coalesced), as much as ``level`` says changed."""
        self._pending = max(self._pending, Redraw(level))
        self._timer.start()

    def flush(self) -> None:
        """Do a pending redraw now (tests, export)."""
        if self._timer.isActive():
            self._timer.stop()
            self._on_timer_timeout()

    def _on_timer_timeout(self) -> None:
        if not self.isVisible():
            self._pending = Redraw.FIGURE  # redrawn in showEvent
            return
        level, self._pending = self._pending, Redraw.ARTISTS
        if level is Redraw.FIGURE or self._base is None:
            with warnings.catch_warnings():
                # a dock squeezed during start-up; the next resize lays the figure out again
                warnings.filterwarnings("ignore", "constrained_layout not applied", UserWarning)
                self.draw()  # also queues the Qt paint
            return
        if level is Redraw.LABELS:
            self._compose_layer()
            self.draws["labels"] += 1
        self.restore_region(self._layer)
        for artist in self._fast:
            self.figure.draw_artist(artist)
        self.blit(self.figure.bbox)
        self.draws["blit"] += 1

    def _compose_layer(self) -> None:
        """The base plus the slow artists; a text seen before is copied from its sprite, not re-rendered.

        Rendering a 30-character label costs about 1.8 ms; copying its pixels
        about 20 us. Valid because labels sit on the plain figure background. The
        sprites survive full redraws (a refit moves labels, it does not change them);
        a rebuild (``clear``) or another dpi empties them.
        """
        self.restore_region(self._base)
        renderer = self.get_renderer()
        if len(self._sprites) > MAX_SPRITES:  # a long session: forget old names
            self._sprites.clear()
        for artist in self._slow:
            text = artist.get_text()
            if not text:
                continue
            key = (text, artist.get_fontsize(), self.figure.dpi)
            extent = artist.get_window_extent(renderer).padded(2)
            sprite = self._sprites.get(key)
            if (
                sprite is not None
                and abs(sprite[1].width - extent.width) + abs(sprite[1].height - extent.height) < 1
            ):
                region, where = sprite
                x1, y1, _x2, _y2 = region.get_extents()  # y counts down from the top
                self.restore_region(
                    region, xy=(x1 + round(extent.x0 - where.x0), y1 - round(extent.y0 - where.y0))
                )
            else:
                self.figure.draw_artist(artist)
                self._sprites[key] = (self.copy_from_bbox(extent), extent)
        self._layer = self.copy_from_bbox(self.figure.bbox) if self._slow else self._base

    def _on_canvas_draw(self, event) -> None:
        if event.canvas is not self:  # an export to SVG/PDF draws the figure on its own canvas
            return
        self.draws["full"] += 1
        self._base = self.copy_from_bbox(self.figure.bbox)
        self._compose_layer()
        for artist in self._fast:
            self.figure.draw_artist(artist)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)  # resizes the figure and queues a full draw
        if self.relayout is not None:
            self.relayout()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._pending is Redraw.FIGURE:
            self.request_redraw(Redraw.FIGURE)

    def export(self, path: str | os.PathLike):
        """Write the chart to ``path`` (.png, .svg or .pdf), dynamic artists included."""
        with self._all_drawn():
            return export_figure(self.figure, path)

    @contextlib.contextmanager
    def _all_drawn(self):
        for artist in self._dynamic:
            artist.set_animated(False)
        try:
            yield
        finally:
            for artist in self._dynamic:
                artist.set_animated(True)
            self.request_redraw(Redraw.FIGURE)  # saving re-rendered the figure at another size

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        menu = QMenu(self)
        menu.addAction("Export chart…", self.export_dialog)
        menu.exec(event.globalPos())

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export chart", "chart.png", EXPORT_FILTER)
        if not path:
            return
        try:
            self.export(path)
        except (InputError, OutputError) as error:
            QMessageBox.warning(self, "Export chart", str(error))


class ChartView(QWidget):
    """A chart with a header row: optional controls on the left, an Export button on the right."""

    def __init__(self, controls: list[QWidget] | tuple = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = ChartCanvas(self)
        header = QHBoxLayout()
        for control in controls:
            header.addWidget(control)
        self.message = QLabel(self)
        self.message.setWordWrap(True)  # a long message wraps instead of widening the charts' minimum
        header.addWidget(self.message, 1)
        export = QPushButton("Export…", self)
        export.setToolTip("Save this chart as PNG, SVG or PDF")
        export.clicked.connect(self.canvas.export_dialog)
        header.addWidget(export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.canvas, 1)
