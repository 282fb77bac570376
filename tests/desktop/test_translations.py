"""The Vietnamese interface: the catalogue is complete and compiled, and what people see is Vietnamese.

Three kinds of checks:
- the ``.ts``: every message translated, with the same place-holders, accelerators and glossary words
  (docs/glossary.md); the committed ``.qm`` is what ``lrelease`` makes of it; ``lupdate`` finds no
  string in the sources that the ``.ts`` lacks;
- a walk through every widget, action, tooltip and table header of the translated windows in
  Vietnamese, failing on any string still in English (workbook names and method acronyms aside);
- switching the language changes the texts of open widgets at once, and is remembered.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from criteria.i18n import DOMAIN, LOCALE_DIR
from criteria.model import Scenario
from criteria.study import StudyState
from desktop.charts.canvases import ChartView
from desktop.i18n import (
    ENGLISH,
    LANGUAGE_NAMES,
    VIETNAMESE,
    format_number,
    format_percent,
    language_of,
    saved_language,
    system_language,
)
from desktop.session import StudySession
from desktop.settings import Settings
from tests.conftest import make_model
from tests.glossary import missing_terms
from tools import translations

ACRONYMS = ("WSM", "WPM", "TOPSIS", "VIKOR", "PROMETHEE", "AHP", "ESG", "CRITIC", "GAIA")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d|%n")
SCENARIO_NAMES = ["S1", "S2"]
ACCELERATOR = re.compile(r"&(?=\w)")
CRITERIA = ["Technology transfer", "Capital", "ESG credibility", "Speed"]
PARTNERS = ["JOGMEC", "Shin-Etsu Chemical", "Star Group Industrial", "European Union"]


def messages() -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of the Vietnamese .ts."""
    root = ET.parse(translations.ts_path(VIETNAMESE)).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def core_messages() -> list[tuple[str, str]]:
    """(English, Vietnamese) of every message of the core's catalogue (the sentences the GUI shows
    from scoring: why this rank, the verdict, scenarios, check these first)."""
    from babel.messages.pofile import read_po

    with (LOCALE_DIR / VIETNAMESE / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as handle:
        return [(m.id, m.string) for m in read_po(handle) if m.id]


def english_vocabulary() -> set[str]:
    """Words of the English messages (the interface's and the core's) that no Vietnamese
    translation keeps (so not names or acronyms)."""
    words = lambda text: {w.lower() for w in re.findall(r"[A-Za-z]{3,}", PLACEHOLDER.sub(" ", text))}  # noqa: E731
    english, kept = set(), set()
    pairs = [(source, translation.text or "") for _context, source, translation in messages()]
    for source, translation in [*pairs, *core_messages()]:
        english |= words(source)
        kept |= words(translation)
    return english - kept


# -- the catalogue -------------------------------------------------------------------------------


def test_every_message_is_translated_with_the_same_placeholders_and_accelerators():
    found = messages()
    assert len(found) > 100
    for context, source, translation in found:
        text = translation.text or ""
        where = f"{context}: {source!r}"
        assert translation.get("type") is None and text.strip(), f"not translated: {where}"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
        assert len(ACCELERATOR.findall(text)) == len(ACCELERATOR.findall(source)), where


def test_translations_use_the_glossary_words():
    for context, source, translation in messages():
        assert missing_terms(source, translation.text or "") == [], f"{context}: {source!r}"


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path):
    fresh = translations.compile_ts(translations.ts_path(VIETNAMESE), tmp_path / "fresh.qm")
    assert fresh.read_bytes() == translations.qm_path(VIETNAMESE).read_bytes(), "run make translations"


def test_the_ts_holds_every_string_of_the_sources(tmp_path):
    copy = tmp_path / "copy.ts"
    shutil.copy(translations.ts_path(VIETNAMESE), copy)
    translations.update(VIETNAMESE, copy)
    unfinished = [m.findtext("source") for m in ET.parse(copy).getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]  # fmt: skip
    assert unfinished == [], "new strings: run make translations and translate them"


# -- the widgets in Vietnamese -------------------------------------------------------------------


@pytest.fixture
def vietnamese(language):
    language.apply(VIETNAMESE)
    return language


@pytest.fixture
def session(qapp):
    model = make_model(
        [[8, 5, 8, 3], [3, 7, 8, 7], [6, 6, 6, 7], [4, 9, 4, 7]],
        names=CRITERIA,
        partners=PARTNERS,
        weights=[0.4, 0.3, 0.2, 0.1],
    )
    scenarios = (Scenario("S1", (0.4, 0.3, 0.2, 0.1)), Scenario("S2", (0.1, 0.2, 0.3, 0.4)))
    session = StudySession(StudyState.from_model(replace(model, scenarios=scenarios)))
    yield session
    session.undo_stack.cleanChanged.disconnect()


def visible_texts(root: QWidget, own: bool = False) -> list[str]:
    """Every string a person can see or hear on ``root`` (and its children unless ``own``): texts,
    titles, tooltips, items, headers."""
    texts = [root.windowTitle()]
    for widget in [root] if own else [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.statusTip(), widget.accessibleName()]
        texts += [t for action in widget.actions() for t in (action.text(), action.toolTip())]
        if isinstance(widget, QLabel):
            texts.append(re.sub(r"<[^>]+>", " ", widget.text()))
        elif isinstance(widget, QAbstractButton | QGroupBox):
            texts.append(widget.text() if isinstance(widget, QAbstractButton) else widget.title())
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())  # the text typed in is the user's
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [t for i in range(widget.count()) for t in (widget.tabText(i), widget.tabToolTip(i))]
        elif isinstance(widget, QAbstractSpinBox):
            texts += [
                widget.specialValueText(),
                getattr(widget, "suffix", str)(),
                getattr(widget, "prefix", str)(),
            ]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
            texts += model_texts(widget.model())
    return [t for t in texts if t]


def model_texts(model) -> list[str]:
    texts = []
    for orientation, count in (
        (Qt.Orientation.Horizontal, model.columnCount()),
        (Qt.Orientation.Vertical, model.rowCount()),
    ):
        texts += [str(model.headerData(i, orientation) or "") for i in range(count)]
    for row in range(model.rowCount()):
        texts += [str(model.index(row, column).data() or "") for column in range(model.columnCount())]
    return texts


def english_left(texts, data=()) -> list[str]:
    """The texts that still hold an English word, once workbook names and acronyms are set aside
    (a name cut short to the room a chart has for it too: "Star Group Indu…", or wrapped onto
    two lines: "Star Group\nIndustrial")."""
    vocabulary = english_vocabulary()
    left = []
    for text in texts:
        rest = " ".join(text.replace("&", "").split())
        for name in sorted([*CRITERIA, *PARTNERS, *data, *ACRONYMS], key=len, reverse=True):
            rest = rest.replace(name, " ")
            for cut in range(len(name) - 1, 0, -1):
                rest = rest.replace(name[:cut].rstrip() + "\u2026", " ")
        words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", rest)}
        if words & vocabulary:
            left.append(text)
    return left


def open_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_english_detector_finds_english(qapp, session):
    from desktop.dialogs.weights_direct import DirectDialog

    assert english_left(["Share 100 points among the criteria", "Chia 100 điểm", "Capital 20,0 %"]) == [
        "Share 100 points among the criteria"
    ]
    dialog = DirectDialog(session)  # in English
    assert len(english_left(visible_texts(dialog))) > 5
    dialog.deleteLater()


def test_weight_dialogs_and_menu_show_no_english(qtbot, vietnamese, session):
    from desktop.dialogs.weights_data import DataWeightsDialog
    from desktop.dialogs.weights_direct import DirectDialog
    from desktop.dialogs.weights_menu import add_weights_menu
    from desktop.dialogs.weights_rank import RankDialog
    from desktop.dialogs.weights_swing import SwingDialog

    for kind in (DirectDialog, RankDialog, SwingDialog, DataWeightsDialog):
        dialog = open_dialog(qtbot, kind(session))
        # PENDING(phase 2): the preview table and buttons of weights_base are translated after the merge
        preview = [dialog.preview, *dialog.preview.findChildren(QWidget)]
        texts = [
            t
            for w in [dialog, *dialog.findChildren(QWidget)]
            if w not in preview
            for t in visible_texts(w, own=True)
        ]
        assert english_left(texts) == [], (kind.__name__, english_left(texts))
        if kind is DirectDialog:
            dialog.boxes[0].setValue(50.0)  # 110 points: the note explains the rescaling
            assert "110" in dialog.message.text()
            assert english_left([dialog.message.text()]) == []
    menu = QMenu()
    add_weights_menu(menu, session, None)
    assert english_left(visible_texts(menu)) == []
    assert [a.text() for a in menu.actions() if a.text()][0] == "Chia 100 điểm..."


def test_criterion_dialog_shows_no_english(qtbot, vietnamese, session):
    from desktop.dialogs.criterion import CriterionDialog

    added = open_dialog(qtbot, CriterionDialog())  # no name yet: the message says why OK is off
    assert added.message.isVisible() and not added.ok_button.isEnabled()
    edited = open_dialog(qtbot, CriterionDialog(criterion=session.state.model.criteria[0]))
    for dialog in (added, edited):
        assert english_left(visible_texts(dialog)) == []
    assert added.windowTitle() == "Thêm tiêu chí" and added.ok_button.text() == "Đồng ý"


def test_ballot_dialogs_show_no_english(qtbot, vietnamese, session, tmp_path):
    from desktop.dialogs.ballots import BallotsExportDialog, BallotsImportDialog

    export = open_dialog(qtbot, BallotsExportDialog(session))
    export.names.setPlainText("An\nBình\n")
    export.folder.setText(str(tmp_path))
    export._on_save_clicked()
    assert len(export.written) == 2
    files = [p.name for p in export.written]
    assert english_left(visible_texts(export), data=[str(tmp_path), *files]) == []
    for path, points in zip(export.written, [[40, 30, 20, 10], [10, 20, 30, 40]], strict=True):
        book = load_workbook(path)
        for row, value in zip((2, 3, 4, 5), points, strict=True):
            book["Weights"].cell(row=row, column=3, value=value)
        book.save(path)
    dialog = open_dialog(qtbot, BallotsImportDialog(session, [tmp_path]))
    assert dialog.group is not None
    dialog.save_button.click()
    assert "Đã lưu 3 kịch bản" in dialog.feedback.text()
    assert english_left(visible_texts(dialog), data=["An", "Bình", "Group", *files]) == []
    assert dialog.disagreement.item(0, 1).text().endswith("\u00a0%")  # 25,0 %: Vietnamese numbers


def test_ballot_import_lists_the_files_problems_in_vietnamese(qtbot, vietnamese, session, tmp_path):
    """Returned ballots with problems: the dialog names each in the interface's language (the
    cells and file names as written), not in the English of the ballot reader."""
    from desktop.dialogs.ballots import BallotsExportDialog, BallotsImportDialog

    export = open_dialog(qtbot, BallotsExportDialog(session))
    export.names.setPlainText("An\nBình\nChi\n")
    export.folder.setText(str(tmp_path))
    export._on_save_clicked()
    good, bad, empty = export.written
    for path, points in ((good, [40, 30, 20, 10]), (bad, [10, "abc", 30, 40])):
        book = load_workbook(path)
        for row, value in zip((2, 3, 4, 5), points, strict=True):
            book["Weights"].cell(row=row, column=3, value=value)
        book.save(path)
    (tmp_path / "notes.xlsx").write_text("Partner;Score\nA;1\n", encoding="utf-8")  # not a workbook
    dialog = open_dialog(qtbot, BallotsImportDialog(session, [tmp_path]))
    shown = dialog.problem_text.text()
    assert f"[{bad.name}]Weights!C3: 'abc' không phải là số" in shown
    assert f"{empty.name}: phiếu còn trống" in shown
    assert "notes.xlsx là tệp văn bản (CSV), không phải tệp Excel" in shown
    names = [good.name, bad.name, empty.name, "notes.xlsx", "Weights", "Pairwise", "CSV", "xlsx"]
    assert english_left(shown.splitlines(), data=names) == []


def test_robustness_and_why_panels_show_no_english(qtbot, vietnamese, session):
    from desktop.panels.robustness import METHODS, MONTE_CARLO, SCENARIOS, RobustnessPanel
    from desktop.panels.why import WhyPanel

    panel = RobustnessPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.tipping_text.text() != "", timeout=20000)  # One-way: the tipping points
    panel.tabs.setCurrentIndex(METHODS)
    qtbot.waitUntil(lambda: panel.method_table.rowCount() == len(PARTNERS), timeout=20000)
    panel.tabs.setCurrentIndex(SCENARIOS)  # the comparison's sentence and winners, from scoring.scenarios
    qtbot.waitUntil(lambda: "kịch bản" in panel.scenario_text.text(), timeout=20000)
    panel.tabs.setCurrentIndex(MONTE_CARLO)
    panel.samples_spin.setValue(200)
    with qtbot.waitSignal(panel.runner.finished, timeout=20000):
        panel.start_monte_carlo()
    # PENDING(phase 2): the charts' Export button (desktop/charts) is translated after the merge
    export = {b for b in panel.findChildren(QPushButton) if isinstance(b.parent(), ChartView)}
    export -= {panel.run_button, panel.cancel_button}
    texts = [
        t
        for w in [panel, *panel.findChildren(QWidget)]
        if w not in export
        for t in visible_texts(w, own=True)
    ]
    assert english_left(texts, data=SCENARIO_NAMES) == [], english_left(texts, data=SCENARIO_NAMES)
    assert panel.tabs.tabText(METHODS) == "Phương pháp"
    verdict = panel.verdict.text()  # scoring.verdict's sentence, in the interface's language
    assert verdict.startswith(("Dẫn đầu", "Chưa ngã ngũ", "Đồng hạng")) and "\u00a0%" in verdict
    assert "phương pháp" in verdict and not ENGLISH_DECIMAL.search(verdict)
    drawn = chart_texts(panel)  # one-way lines, the rank acceptability heat map, the scenarios' bumps
    assert (
        english_left(drawn, data=SCENARIO_NAMES) == []
        and [t for t in drawn if ENGLISH_DECIMAL.search(t)] == []
    )
    assert any(t.endswith("\u00a0%") for t in drawn)
    assert "sẽ vượt" in panel.tipping_text.text()  # the brief's Vietnamese findings
    why = WhyPanel(session)
    qtbot.addWidget(why)
    explained = why.text.toPlainText()  # scoring.explain's sentences and the hint
    assert "Chọn một đối tác" in explained and "xếp hạng 1/4" in explained
    assert english_left(explained.splitlines()) == [], english_left(explained.splitlines())
    assert re.search(r"\d,\d{3}", explained) and not ENGLISH_DECIMAL.search(explained)

    vietnamese.apply(ENGLISH)  # the core's sentences are asked for again, in English
    assert panel.verdict.text().startswith(("Clear winner", "Fragile lead", "Contested", "Tied"))
    panel.tabs.setCurrentIndex(SCENARIOS)  # a hidden tab is computed again when shown
    qtbot.waitUntil(lambda: "under every scenario" in panel.scenario_text.text(), timeout=20000)
    assert "Winners: Current weights: JOGMEC" in panel.scenario_text.text()
    assert "ranks 1 of 4" in why.text.toPlainText()


def test_a_tie_is_said_in_vietnamese(qtbot, vietnamese):
    from desktop.panels.robustness import RobustnessPanel

    model = make_model(
        [[8, 5], [5, 8], [3, 3]], names=CRITERIA[:2], partners=PARTNERS[:3], weights=[0.5, 0.5]
    )
    session = StudySession(StudyState.from_model(model))
    panel = RobustnessPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.tipping_text.text() != "", timeout=20000)
    text = panel.tipping_text.text()  # scoring.verdict's caveat above the tipping points of a tie
    assert "đồng hạng nhất" in text and english_left([re.sub(r"<[^>]+>", " ", text)]) == []
    session.undo_stack.cleanChanged.disconnect()


# -- switching -----------------------------------------------------------------------------------


def test_switching_language_retranslates_open_panels_at_once_and_is_remembered(qtbot, language, session):
    from desktop.panels.robustness import ONE_WAY, RobustnessPanel
    from desktop.panels.why import WhyPanel

    settings = Settings().store
    language.apply(ENGLISH)
    panel, why = RobustnessPanel(session), WhyPanel(session)
    for widget in (panel, why):
        qtbot.addWidget(widget)
    assert panel.tabs.tabText(ONE_WAY) == "One-way" and panel.run_button.text() == "Run"
    language.apply(VIETNAMESE, settings)
    assert panel.tabs.tabText(ONE_WAY) == "Từng trọng số" and panel.run_button.text() == "Chạy"
    assert panel.spread_combo.currentText() == "trọng số × 0,8-1,2, quy về 100 %"
    assert "Chọn một đối tác" in why.text.toPlainText()
    assert format_percent(0.2) == "20,0\u00a0%" and format_number(0.6221) == "0,622"
    assert saved_language(Settings().store) == VIETNAMESE  # the next start opens in Vietnamese
    language.apply(ENGLISH, settings)
    assert panel.run_button.text() == "Run" and "Select a partner" in why.text.toPlainText()
    assert format_percent(0.2) == "20.0%" and format_number(0.6221) == "0.622"
    assert saved_language(Settings().store) == ENGLISH


def test_the_first_start_follows_the_system_locale(qapp):
    assert saved_language(Settings().store) == system_language()
    with pytest.raises(ValueError):
        language_of(qapp).apply("fr")


# -- the charts ----------------------------------------------------------------------------------

ENGLISH_DECIMAL = re.compile(r"\d\.(?:\d{1,2}|\d{4,})(?!\d)")  # 0.62, 0.6221: not the 10.000 of Vietnamese


def chart_texts(root: QWidget) -> list[str]:
    """The texts drawn on every chart under ``root``: titles, axis labels, legends, ticks, notes."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.text import Text

    texts = []
    for canvas in root.findChildren(FigureCanvasQTAgg):
        canvas.figure.canvas.draw()  # tick labels exist once drawn
        texts += [t.get_text() for t in canvas.figure.findobj(Text) if t.get_visible()]
    return [t for t in texts if t.strip()]


def test_core_words_list_every_method_and_breakdown_title():
    from desktop.core_words import CORE_WORDS
    from scoring.breakdown import BREAKDOWNS
    from scoring.methods import METHODS

    wanted = {t for m in METHODS.values() for t in (m.label, m.description)}
    wanted |= {b.axis_title for b in BREAKDOWNS.values()}
    assert wanted <= set(CORE_WORDS), wanted - set(CORE_WORDS)


@pytest.mark.parametrize("method", ["wsm", "topsis"])
def test_charts_show_no_english_and_vietnamese_numbers(qtbot, vietnamese, session, method):
    from desktop.charts.panel import ChartsPanel

    session.set_method(method)
    panel = ChartsPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1280, 700)
    panel.show()
    qtbot.waitExposed(panel)
    drawn = chart_texts(panel)
    assert english_left(drawn) == [], english_left(drawn)
    assert [t for t in drawn if ENGLISH_DECIMAL.search(t)] == []
    assert any(re.search(r"\d,\d", t) for t in drawn)  # scores and ticks with a decimal comma
    assert panel.tabs.tabText(0) == "Đóng góp"
    vietnamese.apply(ENGLISH)  # switching back redraws every chart in English at once
    back = " ".join(chart_texts(panel)).lower()
    assert "điểm" not in back and "numbers: score" in back
    assert panel.tabs.tabText(0) == "Contributions"


# -- the main window -----------------------------------------------------------------------------


def menu_texts(menu) -> list[str]:
    """Every action's text and tips in ``menu`` and its sub-menus (the language names aside)."""
    texts = [menu.title()]
    for action in menu.actions():
        if action.menu() is not None:
            texts += menu_texts(action.menu())
        elif action.data() not in LANGUAGE_NAMES:  # each language is named in itself
            texts += [action.text(), action.toolTip(), action.statusTip()]
    return [t for t in texts if t]


def test_view_language_switches_the_whole_window_at_once_and_is_remembered(qtbot, language, window):
    language.apply(ENGLISH)
    window.load_charts()
    window.show_robustness()
    assert window.menuBar().actions()[0].text() == "&File"
    window.language_actions[VIETNAMESE].trigger()  # View > Language > Tiếng Việt
    assert (
        window.menuBar().actions()[0].text() == "&Tệp" and window.docks["Ranking"].windowTitle() == "Xếp hạng"
    )
    assert window.language_actions[VIETNAMESE].isChecked()
    assert saved_language(Settings().store) == VIETNAMESE  # the next start opens in Vietnamese
    texts = [t for w in [window, *window.findChildren(QWidget)] for t in visible_texts(w, own=True)]
    texts += [t for action in window.menuBar().actions() for t in menu_texts(action.menu())]
    left = english_left(texts, data=[*LANGUAGE_NAMES.values(), *SCENARIO_NAMES])
    assert left == [], "\n".join(left)
    drawn = chart_texts(window)
    assert english_left(drawn) == [] and [t for t in drawn if ENGLISH_DECIMAL.search(t)] == []
    window.weights.rows[0].slider.setValue(500)  # an undo step named in Vietnamese
    assert window.undo_action.text().startswith("&Hoàn tác Trọng số:")
    window.language_actions[ENGLISH].trigger()
    assert (
        window.menuBar().actions()[0].text() == "&File" and window.docks["Ranking"].windowTitle() == "Ranking"
    )
    assert window.undo_action.text().startswith("&Undo Trọng số:")  # a step keeps the words it was taken in
    assert saved_language(Settings().store) == ENGLISH


def test_where_the_weights_came_from_follows_the_language(qtbot, language, window):
    from desktop.dialogs.weights_ahp import AhpDialog

    language.apply(ENGLISH)
    dialog = AhpDialog(window.session)
    qtbot.addWidget(dialog)
    dialog.apply_button.click()  # all judgements equal: CR 0.00, recorded in English
    window.weights.rows[0].spin.setValue(50.0)  # an edit by hand
    origin = window.weights.origin
    assert origin.text() == "Weights from: AHP (CR 0.00), edited by hand"
    language.apply(VIETNAMESE)
    assert "AHP (CR 0,00), đã chỉnh tay" in origin.text() and english_left([origin.text()]) == []
    window.weights.scenarios.setCurrentIndex(window.weights.scenarios.findText("S1"))
    window.weights.scenarios.activated.emit(window.weights.scenarios.currentIndex())
    assert origin.text().endswith("Kịch bản S1")
    language.apply(ENGLISH)
    assert origin.text() == "Weights from: Scenario S1"


def test_a_bad_workbook_is_explained_in_vietnamese(qtbot, language, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.dialogs.files import FileActions
    from tests.xlsx import DEFAULT_CRITERIA, DEFAULT_PARTNERS, write_workbook

    partners = [list(row) for row in DEFAULT_PARTNERS]
    partners[1][3] = "seven"  # text in a score cell
    partners[3][0] = "JOGMEC"  # a partner twice
    criteria = [list(row) for row in DEFAULT_CRITERIA]
    criteria[2][2] = -0.3  # a negative weight
    bad = write_workbook(tmp_path / "bad.xlsx", partners, criteria)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    window.files.show_problems = FileActions.show_problems.__get__(window.files)  # the real dialog
    language.apply(VIETNAMESE)
    with qtbot.waitSignal(window.files.open_failed, timeout=10_000):
        assert window.files.open(bad)
    box = shown[0]
    said = box.informativeText()
    assert "Partners!D2: 'seven' không phải là số (tiêu chí 'Capital')" in said
    assert "Criteria!C3: -0.3 là số âm; trọng số phải >= 0 (tiêu chí 'Capital')" in said
    assert "Partners!A4: đối tác 'JOGMEC' xuất hiện hai lần (cả ở hàng 2)" in said
    data = ["Months", "bad.xlsx", str(tmp_path)]
    texts = [box.text(), *said.splitlines(), *box.detailedText().splitlines()]
    assert english_left(texts, data=data) == [], english_left(texts, data=data)


def test_qts_own_file_dialog_and_message_box_buttons_follow_the_language(qtbot, language, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    language.apply(VIETNAMESE)
    files = QFileDialog(None, "", str(tmp_path), "Excel (*.xlsx)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, where the platform has none
    box = QMessageBox(QMessageBox.Icon.Warning, "", "")
    box.setDetailedText("Partners!D2")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                           | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)  # fmt: skip
    for dialog in (files, box):
        open_dialog(qtbot, dialog)
    label = files.findChild(QLabel, "fileNameLabel")
    buttons = lambda: {b.text() for b in box.findChildren(QAbstractButton) if b.text()}  # noqa: E731
    assert label.text() == "&Tên tệp:" and "Ngày sửa đổi" in model_texts(
        files.findChild(QAbstractItemView, "treeView").model()
    )
    assert buttons() == {"Hiện chi tiết...", "&Có", "&Không", "Lưu", "Hủy"}
    data = [str(tmp_path), tmp_path.name, "Excel", "Partners!D2"]
    left = english_left([*visible_texts(files), *visible_texts(box)], data=data)
    assert left == [], left
    language.apply(ENGLISH)  # open dialogs switch at once
    assert label.text() == "File &name:" and buttons() == {"Show Details...", "&Yes", "&No", "Save", "Cancel"}


def test_qts_own_file_dialog_names_the_computer_in_the_language(qtbot, language, tmp_path):
    """Its sidebar's first place read "Computer" in the Vietnamese app (every save and open dialog
    on Linux): an item of a list model, which the check of visible labels does not read."""
    from PySide6.QtWidgets import QFileDialog, QListView

    language.apply(VIETNAMESE)
    files = QFileDialog(None, "", str(tmp_path), "Excel (*.xlsx)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    open_dialog(qtbot, files)
    places = model_texts(files.findChild(QListView, "sidebar").model())
    assert "Máy tính" in places and "Computer" not in places


def test_qts_own_file_dialog_names_a_folders_type_in_the_language(qtbot, language, tmp_path):
    """The file list's Type column read "Folder" in the Vietnamese app's save dialogs (Linux)."""
    from PySide6.QtWidgets import QFileDialog, QFileSystemModel

    (tmp_path / "walk").mkdir()
    language.apply(VIETNAMESE)
    files = QFileDialog(None, "", str(tmp_path), "Excel (*.xlsx)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setViewMode(QFileDialog.ViewMode.Detail)
    open_dialog(qtbot, files)
    model = files.findChild(QFileSystemModel)
    kind = model.index(str(tmp_path / "walk"), 2)  # the Type column, filled in by Qt's file info thread
    qtbot.waitUntil(lambda: bool(kind.data()))
    assert kind.data() == "Thư mục"


# -- the evidence (issue 13's dialog, tooltips and dock) -------------------------------------------


def test_evidence_dialog_tooltips_and_check_first_dock_show_no_english(qtbot, language, make_window):
    from desktop.dialogs.evidence import EvidenceDialog
    from desktop.dialogs.evidence_settings import EvidenceSettingsDialog
    from tests.desktop.test_evidence_marks import cell
    from workbooks.sample import load_sample

    session = StudySession(StudyState.from_model(load_sample()))
    model = session.state.model
    sources = [r.source.replace("&", "") for r in model.evidence_cells().values()]  # english_left drops "&"
    data = [*model.criterion_names, *(p.name for p in model.partners), *sources]
    window = make_window(session)
    language.apply(VIETNAMESE)
    i, j = model.partner_index("Toyota Tsusho + Sojitz"), model.criterion_index("Speed")
    dialog = open_dialog(qtbot, EvidenceDialog(model, i, j))
    assert english_left(visible_texts(dialog), data=data) == []
    assert dialog.windowTitle() == "Bằng chứng cho một điểm" and dialog.confidence.currentText() == "thấp"
    assert "±0,5" in dialog.default_range.text()  # the decimal comma
    settings = open_dialog(qtbot, EvidenceSettingsDialog(model))  # Analysis > Evidence settings…
    assert english_left(visible_texts(settings), data=data) == [], english_left(
        visible_texts(settings), data=data
    )
    assert settings.table.item(0, 1).text() == "1 – 10" and settings.table.item(0, 2).text() == "±0,5"
    settings.close()
    delegate = window.partners.view.itemDelegate()
    tip = delegate.tooltip(cell(window.partners, model, "Toyota Tsusho + Sojitz", "Speed"))
    note = model.evidence_cells()[i, j].note
    assert "Ngày: 2011 (cũ hơn 2 năm)" in tip and "Độ tin cậy: thấp, khoảng 1 đến 5" in tip
    assert english_left(tip.replace(note, " ").splitlines(), data=data) == []

    analysis = window.menu("&Analysis")
    next(a for a in analysis.actions() if a.text() == "&Cần kiểm tra trước").trigger()
    panel = window.docks["Check these first"].widget()
    assert english_left(visible_texts(panel), data=data) == []  # before a run: buttons, legend, headers
    panel.start()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=60000)
    result = panel.result
    effects = [panel.table.item(r, 6).text() for r in range(panel.table.rowCount())]
    assert english_left(effects, data=data) == [], english_left(effects, data=data)  # scoring.check_first's
    assert any("\u00a0%" in e for e in effects)
    texts = visible_texts(panel)  # the sampling's words (scoring.smaa_sampling) too
    assert english_left(texts, data=data) == [], english_left(texts, data=data)
    assert result.describe(VIETNAMESE) in panel.summary.text() and "trọng số" in result.describe(VIETNAMESE)
    assert "xếp hạng nhất" in panel.summary.text() and panel.table.horizontalHeaderItem(1).text() == "Đối tác"
    levels = lambda: {panel.table.item(r, 5).text() for r in range(panel.table.rowCount())} - {""}  # noqa: E731
    assert effects and levels() and levels() <= {"cao", "trung bình", "thấp"}

    language.apply(ENGLISH)  # back: the open dialog and dock are in English at once
    assert dialog.windowTitle() == "Evidence for a score" and dialog.confidence.currentText() == "low"
    assert "±0.5" in dialog.default_range.text()
    assert panel.run_button.text() == "Find what to check first" and "ranks first" in panel.summary.text()
    assert " of cases" in panel.table.item(0, 6).text()  # the effects asked for again, in English
    assert panel.table.horizontalHeaderItem(1).text() == "Partner"
    assert levels() and levels() <= {"high", "medium", "low"}
    tip = delegate.tooltip(cell(window.partners, model, "Toyota Tsusho + Sojitz", "Speed"))
    assert "Date: 2011 (older than 2 years)" in tip and "Confidence: low, range 1 to 5" in tip
