"""Issue 9, items 3, 4 and 5: the window fits the screen, the robustness view takes no room from the
main chart and leaves the layout as it was, and larger text grows the panels' small print and room."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction

from desktop.main_window import MainWindow
from desktop.settings import Settings


class FakeScreen:
    """A screen of a given available size (the offscreen platform has one 800 x 600 screen)."""

    def __init__(self, width: int, height: int):
        self.area = QRect(0, 0, width, height)

    def availableGeometry(self) -> QRect:  # noqa: N802 (Qt name)
        return self.area


@pytest.fixture
def on_screen(monkeypatch, qtbot, make_window, session):
    """A main window started (first run) on a screen of the given size, shown, charts loaded."""

    def start(width: int, height: int):
        screen = FakeScreen(width, height)
        monkeypatch.setattr(MainWindow, "screen", lambda self: screen)
        window = make_window(session)
        window.show()
        qtbot.waitExposed(window)
        window.load_charts()
        qtbot.waitUntil(lambda: window.charts.isVisible())
        return window, screen.area

    return start


@pytest.mark.parametrize("size", [(1280, 800), (1280, 720), (1024, 700)])
def test_first_start_fits_the_screen_with_the_ranking_on_it(qtbot, on_screen, size):
    window, area = on_screen(*size)
    qtbot.waitUntil(lambda: window.docks["Ranking"].width() >= window.ranking.minimumSizeHint().width())
    assert area.contains(window.frameGeometry())
    assert window.minimumSizeHint().width() <= area.width()
    ranking = window.docks["Ranking"]
    assert window.rect().contains(ranking.geometry()) and ranking.isVisible()
    assert window.charts.contributions.canvas.width() >= 200  # the chart keeps a column of its own


def test_layout_is_remembered_per_screen_size(qtbot, on_screen, make_window, session, monkeypatch):
    window, _area = on_screen(1920, 1080)
    window.resize(1500, 900)
    window.close()
    assert Settings().window(QSize(1920, 1080))[0] is not None
    assert Settings().window(QSize(1280, 800)) == (None, None)  # another screen starts afresh
    window, area = on_screen(1280, 800)
    assert area.contains(window.frameGeometry())


def test_robustness_opens_beside_the_chart_and_closing_restores_the_layout(qtbot, window):
    """It opens as a tab after the chart tabs: the chart keeps its whole height (a row of tabs of
    its own once took 38 px from it, and made the window taller than a 700 px screen at +6 text),
    no dock moves, and closing it shows the chart last looked at, exactly as it was."""
    window.load_charts()
    canvas = window.charts.weights.canvas  # not the tab beside it, which Qt shows when it closes
    window.charts.tabs.setCurrentWidget(window.charts.weights)
    qtbot.waitUntil(lambda: canvas.isVisible())
    before_state, before_size = window.saveState(), canvas.size()
    before_minimum, bar = window.minimumSizeHint(), window.charts.tabs.tabBar()
    bar_height = bar.height()
    docks = {title: dock.geometry() for title, dock in window.docks.items()}
    action = next(a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+R")
    action.trigger()
    qtbot.waitUntil(lambda: window.robustness.isVisible())
    assert window.robustness_area.height() >= canvas.height() - 40  # the whole centre, no squeezed half
    assert not window.charts.export_button.isVisible()  # the robustness charts have their own
    assert {title: dock.geometry() for title, dock in window.docks.items()} == docks
    assert window.minimumSizeHint() == before_minimum
    window.charts.tabs.setCurrentWidget(window.charts.weights)  # the chart, one click away, whole
    qtbot.waitUntil(lambda: canvas.isVisible())
    grown = bar.height() - bar_height  # a tab with a close button: a pixel or two, no more
    assert 0 <= grown <= 4 and canvas.size() == before_size - QSize(0, grown)
    window.charts.tabs.setCurrentWidget(window.robustness_area)
    window.charts.tabs.tabCloseRequested.emit(window.charts.tabs.indexOf(window.robustness_area))
    assert window.charts.tabs.indexOf(window.robustness_area) < 0
    qtbot.waitUntil(lambda: canvas.isVisible())
    assert window.charts.export_button.isVisible()
    assert window.saveState() == before_state and canvas.size() == before_size


def test_larger_text_grows_the_small_print_the_selector_and_the_partner_rows(qtbot, window):
    hint = window.ranking.legend
    small = hint.font().pointSize()
    window.weights.scenarios.setCurrentIndex(window.weights.scenarios.findText("ESG counts double"))
    for _ in range(4):
        window.change_font(+1)
    qtbot.wait(50)  # let the font change reach every widget
    assert hint.font().pointSize() >= small + 4
    combo = window.weights.scenarios
    text = combo.fontMetrics().horizontalAdvance(combo.currentText())
    qtbot.waitUntil(lambda: combo.width() >= text + 20)  # the selector is not cut
    view = window.partners.view
    qtbot.waitUntil(lambda: view.viewport().height() >= 3 * view.rowHeight(0))  # three rows still show


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800)])
def test_robustness_view_fits_the_centre_without_scrolling_sideways(qtbot, on_screen, size):
    """Its Monte Carlo controls once made it 740 px wide, wider than the centre even at 1920 x 1080:
    the charts scrolled sideways and their right part (names, Export) was out of sight."""
    window, _area = on_screen(*size)
    assert_robustness_never_scrolls_sideways(qtbot, window)


def assert_robustness_never_scrolls_sideways(qtbot, window) -> None:
    window.show_robustness()
    qtbot.waitUntil(lambda: window.robustness.isVisible())
    for tab in range(window.robustness.tabs.count()):
        window.robustness.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda: window.robustness.width() == window.robustness_area.viewport().width())
        name = window.robustness.tabs.tabText(tab)
        assert not window.robustness_area.horizontalScrollBar().isVisible(), name


@pytest.mark.parametrize("steps", [4, 6])
def test_ranking_keeps_four_rows_when_large_text_makes_its_sentences_long(qtbot, on_screen, steps):
    """At 1280 x 800 and +4 text, VIKOR's method note and compromise sentence once squeezed the
    ranking table to a single row, and cut the sentence mid-line: now the sentences scroll."""
    window, _area = on_screen(1280, 800)
    window.session.set_method("vikor")
    for _ in range(steps):
        window.change_font(+1)
    panel = window.ranking
    qtbot.waitUntil(lambda: panel.compromise.isVisible() and panel.compromise.text() != "")
    view = panel.view
    qtbot.waitUntil(lambda: view.viewport().height() >= 4 * view.rowHeight(0))
    area = panel.compromise.parentWidget().parentWidget().parentWidget()  # label > content > viewport > area
    assert area.verticalScrollBar().maximum() > 0 or area.height() >= area.widget().height()


def test_the_ranking_moved_to_the_bottom_shows_its_notes_whole_and_rows(qtbot, on_screen):
    """At 1280 x 800 and +4 text the ranking moves in front of the bottom tabs: it is given the
    height its notes need (once they scrolled there, a line and a half of the legend cut)."""
    window, _area = on_screen(1280, 800)
    for _ in range(4):
        window.change_font(+1)
    dock, panel = window.docks["Ranking"], window.ranking
    qtbot.waitUntil(lambda: window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea)
    notes = panel.legend.parentWidget().parentWidget().parentWidget()  # label > content > viewport > area
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty() and notes.verticalScrollBar().maximum() == 0)
    assert panel.view.viewport().height() >= 4 * panel.view.rowHeight(0)


def test_check_these_first_keeps_rows_of_its_list_under_its_sentences(qtbot, make_window, monkeypatch):
    """At 1280 x 800 its summary and legend once left the list a single row: now they scroll."""
    from criteria.study import StudyState
    from desktop.session import StudySession
    from workbooks.sample import load_sample

    screen = FakeScreen(1280, 800)
    monkeypatch.setattr(MainWindow, "screen", lambda self: screen)
    window = make_window(StudySession(StudyState.from_model(load_sample())))
    window.show()
    qtbot.waitExposed(window)
    window.show_check_first()
    panel = window.docks["Check these first"].widget()
    panel.run_button.click()
    qtbot.waitUntil(lambda: panel.result is not None and panel.table.rowCount() > 1, timeout=20000)
    rows = 2 * panel.table.verticalHeader().defaultSectionSize()  # three less its sideways scroll bar
    qtbot.waitUntil(lambda: panel.table.viewport().height() >= rows)


def test_robustness_view_fits_the_centre_in_vietnamese(qtbot, on_screen, language):
    """In Vietnamese the Monte Carlo spread selector ("mỗi trọng số × 0,8-1,2, quy lại về 100 %")
    made the view 446 px wide in a 415 px centre at 1280 x 800: every tab scrolled sideways, with
    Export and the charts' right edge out of sight."""
    language.apply("vi")
    window, _area = on_screen(1280, 800)
    assert_robustness_never_scrolls_sideways(qtbot, window)


def test_larger_text_keeps_each_direction_word_whole(qtbot, window, language):
    """At +4 text in Vietnamese the direction selectors read "lợi íc": a combo box sized on its
    first show stops counting its items, so a larger font left it its old width (in English the
    wider "Direction" header happened to hide it)."""
    language.apply("vi")
    small = window.weights.rows[0].direction.font().pointSize()
    for _ in range(4):
        window.change_font(+1)
    qtbot.waitUntil(lambda: window.weights.rows[0].direction.font().pointSize() >= small + 4)
    for row in window.weights.rows:
        combo = row.direction
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        # what the panel's grid guarantees it when the dock is narrow (the window's own width varies)
        kept = window.weights.grid.itemAtPosition(1 + 2 * window.weights.rows.index(row), 2).minimumSize()
        assert kept.width() >= widest + 20, (kept, widest)


def test_a_long_verdict_scrolls_under_the_heat_map_rather_than_squeeze_it(qtbot, on_screen, language):
    """At 1920 x 1080 and +4 text in Vietnamese the verdict took 288 px under a heat map left at its
    242 px minimum, where 16 partners' names piled up; like the other tabs' sentences it now
    scrolls in a quarter of the height."""
    from tests.desktop.test_scenarios_panel import run_monte_carlo

    language.apply("vi")
    window, _area = on_screen(1920, 1080)
    for _ in range(4):
        window.change_font(+1)
    window.show_robustness()
    panel = window.robustness
    panel.tabs.setCurrentWidget(panel.monte_carlo)
    run_monte_carlo(qtbot, window)
    canvas = panel.monte_carlo.canvas
    shown = lambda: panel.verdict.visibleRegion().boundingRect().height()  # noqa: E731 (its room)
    qtbot.waitUntil(lambda: 0 < shown() and canvas.height() >= 2 * shown())


@pytest.mark.parametrize(("size", "steps"), [((1280, 800), 0), ((1920, 1080), 4)])
def test_the_methods_tab_shows_ranks_under_every_method_beside_the_names(qtbot, on_screen, size, steps):
    """At 1280 x 800 the ranks table showed one row and only the partners' names (the longest took
    its whole width, every method's column out of sight, their headers blank); at 1920 x 1080 with
    +4 text "PROMETHEE" was cut to "ROMETHE". Names are cut in the middle past a share of the width
    (whole in a tooltip), each column is as wide as its acronym, the sentences below scroll."""
    from desktop.panels.robustness import METHODS
    from desktop.settings import DEFAULT_FONT_SIZE

    window, _area = on_screen(*size)
    window.set_font_size(DEFAULT_FONT_SIZE + steps)
    try:
        window.show_robustness()
        panel = window.robustness
        panel.tabs.setCurrentIndex(METHODS)
        table = panel.method_table
        qtbot.waitUntil(lambda: table.rowCount() > 0 and table.isVisible(), timeout=30000)
        names, columns = table.verticalHeader(), table.horizontalHeader()
        assert table.viewport().height() >= 4 * table.rowHeight(0)  # four partners at least
        assert columns.sectionViewportPosition(1) + columns.sectionSize(1) <= table.viewport().width()
        for grid in (table, panel.correlation_table):
            header = grid.horizontalHeader()
            for k in range(grid.columnCount()):
                text = grid.horizontalHeaderItem(k).text()
                assert header.sectionSize(k) >= header.fontMetrics().horizontalAdvance(text), text
        for row in range(table.rowCount()):
            name = table.verticalHeaderItem(row)
            assert name.toolTip() == name.text() and name.text() in window.session.ranking.partners
        assert names.width() <= table.width() // 2
    finally:
        window.set_font_size(DEFAULT_FONT_SIZE)


def test_the_ranking_never_shows_two_partners_under_one_cut_name(qtbot, make_window):
    """At 1280 x 800 with larger text two rows of the ranking read "Australian …" (Australian Govt
    + Critical Minerals R&D Hub, Australian Strategic Materials, in a partner column 85 px wide):
    names are cut in the middle, so at any width the column may have, each name as the view draws
    it (elided in the view's mode, measured with its font) is its own."""
    from criteria.study import StudyState
    from desktop.session import StudySession
    from desktop.settings import DEFAULT_FONT_SIZE
    from workbooks.sample import load_sample

    window = make_window(StudySession(StudyState.from_model(load_sample())))
    window.set_font_size(DEFAULT_FONT_SIZE + 4)
    try:
        view, names = window.ranking.view, window.session.ranking.partners
        metrics = view.fontMetrics()
        for room in range(
            6 * metrics.averageCharWidth(), 3 * max(map(metrics.horizontalAdvance, names)) // 4
        ):
            drawn = [metrics.elidedText(name, view.textElideMode(), room) for name in names]
            assert len(set(drawn)) == len(names), (room, drawn)
    finally:
        window.set_font_size(DEFAULT_FONT_SIZE)
