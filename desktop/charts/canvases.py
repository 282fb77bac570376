"""Qt widgets around the Qt-free plots: a canvas that redraws cheaply, and a chart view with export.

A weight edit changes only a few artists (bars, score numbers): those are marked
animated and drawn over a cached image of the rest of the figure (blitting), a few
ms instead of a 60-120 ms full redraw whose time goes on rendering text. Partner
names (the "slow" dynamic artists) change only when the order changes; then just
the names that changed are drawn again, each over the background of the place it
left and the place it takes (measured with the renderer), so a name is always
drawn where its artist says it is. Everything else (limits, layout, a resize, a
chart shown again) is a full draw. Requests are coalesced per pass of the event
loop: a slider step is painted at once, and a burst of steps costs one paint.
"""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import Callable
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
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
from desktop.charts.context import ChartContext, default_export_path, untitled_study
from desktop.charts.export import FORMATS, export_figure
from desktop.charts.labels import squeezed_quietly
from desktop.charts.plots import Redraw
from desktop.flow_layout import FlowLayout
from desktop.i18n import current_language
from desktop.scrolling_text import ScrollingText

REDRAW_DELAY_MS = 0  # redraw once the events already queued are handled: coalesces, never waits
EXPORT_FILTER = ";;".join(f"{fmt.upper()} (*.{fmt})" for fmt in FORMATS)
INK_MARGIN = 2  # pixels around a text's extent that antialiased glyph edges may touch


class ChartCanvas(FigureCanvasQTAgg):
    """A matplotlib canvas that blits its ``dynamic`` artists and coalesces redraw requests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Figure(figsize=(8, 5), layout="constrained"))
        self.setParent(parent)
        self.setMinimumSize(320, 220)  # 220: the chart whole below the docks at 1024 x 700 with +6 text
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._fast: tuple = ()
        self._slow: tuple = ()
        self._base = None  # the figure without dynamic artists
        self._layer = None  # the base plus the slow dynamic artists
        self._layer_size: tuple[int, int] | None = None  # the figure's size in pixels when they were taken
        self._drawn_at: dict = {}  # slow artist -> its extent when last drawn (display pixels)
        self._stale: set = set()  # slow artists changed since the layer was composed
        self._laid_out_for: tuple[int, int] | None = None
        self._placed_at: dict = {}  # figure size -> where the last draw at that size put the axes
        self._exporting = False
        self._pending = Redraw.FIGURE
        self.draws = {"full": 0, "labels": 0, "blit": 0}  # counters, read by tests and benchmarks
        self.paints = 0  # Qt paints of the canvas, read by tests and benchmarks
        self.relayout = None  # called before a full draw at a new size (e.g. to fit labels to it)
        self.mpl_connect("draw_event", self._on_canvas_draw)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """A fixed wish, not matplotlib's (the figure's current size, which kept a grown chart
        grown: a scroll area round the robustness view then scrolled to show it whole)."""
        return QSize(480, 240)

    def clear(self):
        """Empty the figure for a rebuild; returns it."""
        self.set_dynamic(())
        self.figure.clear()
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
        self._drawn_at = {}
        self._stale.clear()
        self._pending = Redraw.FIGURE

    def request_redraw(self, level: Redraw = Redraw.ARTISTS, changed=()) -> None:
        """Redraw soon (coalesced), as much as ``level`` says changed; ``changed``: slow artists that did."""
        self._pending = max(self._pending, Redraw(level))
        self._stale.update(changed)
        self._timer.start()

    @property
    def up_to_date(self) -> bool:
        """True when what is painted shows the figure at its current size with every change made."""
        return (
            self._pending is Redraw.ARTISTS
            and not self._timer.isActive()
            and self._layer_size == self._size()
        )

    def flush(self) -> None:
        """Do a pending redraw now (tests, export)."""
        if self._timer.isActive():
            self._timer.stop()
            self._on_timer_timeout()

    def draw(self) -> None:
        """Render the whole figure, fitted to its size first (``relayout``) when the size changed.

        At a new size the axes start where the last draw at that size left them, or else with
        the last margins in pixels, so the draw's own layout pass usually finds them at rest (a
        pass that moves nothing: what an export's pass leaves as it is). When it moves them, the
        figure is drawn once more from there, as every resize used to be: two passes.
        """
        size = self._size()
        with squeezed_quietly():
            settling = self._fit_to(size)
            placed = self._placement()
            super().draw()  # queues the Qt paint
        placement = self._placement()
        if len(self._placed_at) > 16:  # a long session of resizes: forget old sizes
            self._placed_at.clear()
        self._placed_at[size] = [ax.get_position().bounds for ax in self.figure.axes]
        if settling and not _same_placement(placed, placement):
            self.request_redraw(Redraw.FIGURE)  # at the same size: no relayout, one more pass

    def _fit_to(self, size: tuple[int, int]) -> bool:
        """Call ``relayout`` when the figure is to be drawn at a new ``size``; True if it was (the
        layout then settles in the draw)."""
        if self.relayout is None or size == self._laid_out_for:
            return False
        previous, self._laid_out_for = self._laid_out_for, size
        if previous is not None:
            self._place_axes(previous, size)
        self.relayout()
        engine = self.figure.get_layout_engine()
        if engine is not None and previous is None and self.figure.axes:  # nowhere to start: a first pass
            engine.execute(self.figure)
        return engine is not None

    def refit(self) -> None:
        """Fit the figure to its size again (``relayout``) at the next draw: what it shows changed."""
        self._laid_out_for = None
        self.request_redraw(Redraw.FIGURE)

    def _placement(self) -> list[tuple[float, ...]]:
        """Where the layout put each axes, in pixels."""
        width, height = self.figure.bbox.width, self.figure.bbox.height
        return [(p.x0 * width, p.y0 * height, p.x1 * width, p.y1 * height)
                for p in (ax.get_position() for ax in self.figure.axes)]  # fmt: skip

    def _place_axes(self, old: tuple[int, int], new: tuple[int, int]) -> None:
        """Start the layout at the ``new`` size where the last one at that size ended, else with the
        margins the ``old`` size had, in pixels (a start only: the draw's own pass decides)."""
        axes = [ax for ax in self.figure.axes if ax.get_in_layout()]
        before = self._placed_at.get(new)
        if before is None or len(before) != len(self.figure.axes) or len(axes) != len(self.figure.axes):
            (old_w, old_h), (new_w, new_h) = old, new
            before = []
            for p in (ax.get_position() for ax in axes):
                x0, y0 = p.x0 * old_w / new_w, p.y0 * old_h / new_h
                x1, y1 = 1 - (1 - p.x1) * old_w / new_w, 1 - (1 - p.y1) * old_h / new_h
                before.append((x0, y0, x1 - x0, y1 - y0))
        for ax, bounds in zip(axes, before, strict=True):
            if bounds[2] > 0 and bounds[3] > 0:
                ax.set_position(bounds)
                ax.set_in_layout(True)  # set_position takes an axes out of the layout: it stays in

    def _size(self) -> tuple[int, int]:
        return round(self.figure.bbox.width), round(self.figure.bbox.height)

    def _on_timer_timeout(self) -> None:
        if not self.isVisible():
            self._pending = Redraw.FIGURE  # redrawn in showEvent
            return
        level, self._pending = self._pending, Redraw.ARTISTS
        if level is Redraw.FIGURE or self._layer is None or self._layer_size != self._size():
            self.draw()
            return
        if self._stale:
            self._redraw_slow()
        self.restore_region(self._layer)
        for artist in self._fast:
            self.figure.draw_artist(artist)
        self.blit(self.figure.bbox)
        self.draws["blit"] += 1

    def _redraw_slow(self) -> None:
        """Draw the changed slow artists again over the base, where they were and where they are now.

        Another slow artist touching a cleared area is cleared and drawn whole too, so
        no glyph is cut or drawn twice: the result equals a full draw, pixel for pixel.
        """
        renderer = self.get_renderer()
        self.restore_region(self._layer)
        redraw = set(self._stale)
        self._stale.clear()
        areas = []
        for artist in redraw:
            areas.append(artist.get_window_extent(renderer).padded(INK_MARGIN))
            if artist in self._drawn_at:
                areas.append(self._drawn_at[artist])
        grown = True
        while grown:  # neighbours whose ink the cleared areas would cut
            grown = False
            for artist, where in self._drawn_at.items():
                if artist not in redraw and any(where.overlaps(area) for area in areas):
                    redraw.add(artist)
                    areas.append(where)
                    grown = True
        for area in areas:
            self._restore_area(self._base, area)
        for artist in self._slow:
            if artist in redraw:
                self._draw_slow(artist, renderer)
        self._layer = self.copy_from_bbox(self.figure.bbox)
        self.draws["labels"] += 1

    def _draw_slow(self, artist, renderer) -> None:
        self.figure.draw_artist(artist)
        self._drawn_at[artist] = artist.get_window_extent(renderer).padded(INK_MARGIN)

    def _restore_area(self, region, area) -> None:
        """Put back ``region``'s pixels inside ``area`` (display pixels, y up) only.

        ``restore_region`` takes the box in Agg's pixel rows (y down) and ``xy`` as where
        the region's own corner goes: (0, 0) for a region of the whole figure.
        """
        width, height = self._size()
        x0, x1 = max(math.floor(area.x0), 0), min(math.ceil(area.x1), width - 1)
        top, bottom = max(math.floor(height - area.y1), 0), min(math.ceil(height - area.y0), height - 1)
        if x1 >= x0 and bottom >= top:
            self.restore_region(region, bbox=(x0, top, x1, bottom), xy=(0, 0))

    def _on_canvas_draw(self, event) -> None:
        if event.canvas is not self or self._exporting:  # an export draws the figure for its file
            return
        self.draws["full"] += 1
        self._timer.stop()  # this draw shows every pending change
        self._pending = Redraw.ARTISTS
        self._stale.clear()
        self._base = self.copy_from_bbox(self.figure.bbox)
        renderer = self.get_renderer()
        self._drawn_at = {}
        for artist in self._slow:
            self._draw_slow(artist, renderer)
        self._layer = self.copy_from_bbox(self.figure.bbox)
        self._layer_size = self._size()
        for artist in self._fast:
            self.figure.draw_artist(artist)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        self.paints += 1

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)  # resizes the figure and queues a full draw (fitted in ``draw``)
        self._pending = Redraw.FIGURE

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._pending is Redraw.FIGURE:
            self.request_redraw(Redraw.FIGURE)

    def export(self, path: str | os.PathLike, footer: str = ""):
        """Write the chart to ``path`` (.png, .svg or .pdf) as shown, dynamic artists included.

        ``footer`` (the study, method, weights, date, data notice) is set below the chart.
        """
        with squeezed_quietly():
            self._fit_to(self._size())  # a chart not shown yet is built for its size first
        with self._all_drawn():
            return export_figure(self.figure, path, footer=footer)

    @contextlib.contextmanager
    def _all_drawn(self):
        for artist in self._dynamic:
            artist.set_animated(False)
        self._exporting = True
        try:
            yield
        finally:
            self._exporting = False
            for artist in self._dynamic:
                artist.set_animated(True)
            self._layer = None
            self.request_redraw(Redraw.FIGURE)  # saving re-rendered the figure at another size

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        view = self.parent()
        if isinstance(view, ChartView):
            menu = QMenu(self)
            menu.addAction(QCoreApplication.translate("ChartView", "Export chart…"), view.export_dialog)
            menu.exec(event.globalPos())


def _same_placement(a: list, b: list, tolerance: float = 0.01) -> bool:
    return len(a) == len(b) and all(
        abs(u - v) <= tolerance
        for box_a, box_b in zip(a, b, strict=True)
        for u, v in zip(box_a, box_b, strict=True)
    )


class ChartNote(QLabel):
    """A note on what a chart shows, wrapped to the chart's width; hidden while empty (no blank row)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(text)
        self.setVisible(bool(text))


class ExportButton(QPushButton):
    """ "Export…", in the interface's language: saves a chart as PNG, SVG or PDF."""

    def __init__(self, parent: QWidget, export: Callable[[], None]) -> None:
        super().__init__(parent)
        self.clicked.connect(export)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("ChartView", "Export…"))
        self.setToolTip(
            QCoreApplication.translate(
                "ChartView", "Save this chart as PNG, SVG or PDF, with a footer naming the study"
            )
        )

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ChartView(QWidget):
    """A chart under a header row: optional controls on the left, an Export button on the right.

    ``name`` ("contributions") and ``context`` (a callable giving the study's
    ``ChartContext``) make the export's default file name and footer. With
    ``export_button=False`` the view leaves exporting to one button for many views
    (a tab widget's corner), and a view without controls then has no header at all. A note
    (``message``) longer than ``note_lines`` lines scrolls.
    """

    def __init__(
        self,
        controls: list[QWidget] | tuple = (),
        parent: QWidget | None = None,
        *,
        name: str = "chart",
        context: Callable[[], ChartContext] | None = None,
        export_button: bool = True,
        note_lines: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.name, self.context = name, context
        self.canvas = ChartCanvas(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)  # at 1024 x 700 with +6 text every pixel of the chart's height counts
        self.export_button = ExportButton(self, self.export_dialog) if export_button else None
        if controls or self.export_button is not None:
            header = QHBoxLayout()
            flow = FlowLayout()  # the controls wrap in a narrow view instead of widening it
            for control in controls:
                flow.addWidget(control)
            header.addLayout(flow, 1)
            if self.export_button is not None:
                header.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(header)
        # on a row of its own: beside the controls, a narrow view wrapped it one word per line;
        # a long one scrolls past ``note_lines`` (PROMETHEE I's pairs in words took half the chart)
        self.message = ChartNote(self)
        layout.addWidget(
            self.message if note_lines is None else ScrollingText([self.message], max_lines=note_lines)
        )
        layout.addWidget(self.canvas, 1)

    def export_dialog(self) -> None:
        """Ask where to save ("<study title> - <chart>.png", next to its workbook or in the last folder
        used), then save with a footer naming the study by the same title."""
        from desktop.settings import Settings

        context = self.context() if self.context is not None else ChartContext(untitled_study(), None, "")
        settings = Settings()
        suggested = default_export_path(context, self.name, settings.export_folder())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), str(suggested), EXPORT_FILTER)
        if not path:
            return
        if not Path(path).suffix:  # a name typed without a format: the one chosen by default
            path = f"{path}{suggested.suffix}"
        try:
            self.canvas.export(path, footer=context.footer)
        except (InputError, OutputError) as error:
            QMessageBox.warning(self, self.tr("Export chart"), error.summary(lang=current_language()))
            return
        settings.set_export_folder(Path(path).parent)
