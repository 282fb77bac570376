"""Fixtures for the desktop tests: settings and autosave in tmp_path, a study workbook, a main window."""

from __future__ import annotations

import numpy as np
import pytest

from criteria.model import Criterion, DecisionModel, Direction, Partner, Scenario
from criteria.study import StudyState
from desktop.settings import Settings, use_folder

CRITERIA = (
    Criterion("Technology transfer", Direction.BENEFIT, 0.3, min=1, max=10),
    Criterion("Capital", Direction.BENEFIT, 0.2, min=1, max=10),
    Criterion("ESG credibility", Direction.BENEFIT, 0.2, min=1, max=10),
    Criterion("Geopolitical alignment", Direction.BENEFIT, 0.15, min=1, max=10),
    Criterion("Months", Direction.COST, 0.15, unit="months"),
)
VALUES = [  # domain brief section 4 (illustrative scores)
    [8, 5, 8, 8, 60],
    [4, 7, 7, 8, 60],
    [3, 7, 8, 8, 18],
    [6, 4, 7, 8, 42],
    [4, 4, 6, 8, np.nan],
    [7, 3, 9, 9, 48],
]
PARTNERS = (
    ("JOGMEC", "Japan", "Joint research with ITRRE"),
    ("Toyota Tsusho + Sojitz", "Japan", "Trading houses; offtake"),
    ("Shin-Etsu Chemical", "Japan", "Plant running since 2013"),
    ("Australian Strategic Materials", "Australia", "Bought 100 t of oxide in 2023"),
    ("Blackstone Minerals", "Australia", "Speed unknown"),
    ("Australian Govt + Critical Minerals R&D Hub", "Australia", "Partnership of 7 Mar 2024"),
)


def study_model() -> DecisionModel:
    partners = tuple(
        Partner(name, (("Country", country), ("Notes", notes))) for name, country, notes in PARTNERS
    )
    return DecisionModel(
        partners,
        CRITERIA,
        VALUES,
        descriptive_columns=("Country", "Notes"),
        scenarios=(
            Scenario("ESG counts double", (0.3, 0.2, 0.4, 0.15, 0.15)),
            Scenario("Speed first", (1, 1, 1, 1, 4)),
        ),
    )


@pytest.fixture(autouse=True)
def settings_folder(tmp_path):
    """QSettings in tmp_path: tests never read or write the user's settings."""
    folder = tmp_path / "settings"
    use_folder(folder)
    Settings().store.clear()
    return folder


@pytest.fixture(autouse=True)
def default_text_size(qapp):
    """Each test starts with the application's and the charts' text at the default size."""
    from desktop.charts import style
    from desktop.settings import DEFAULT_FONT_SIZE

    font = qapp.font()
    font.setPointSize(DEFAULT_FONT_SIZE)
    qapp.setFont(font)
    style.follow_font(DEFAULT_FONT_SIZE)
    yield
    style.follow_font(DEFAULT_FONT_SIZE)


@pytest.fixture
def workbook(tmp_path):
    """A study saved as a workbook, with an extra sheet that saves must keep."""
    from openpyxl import load_workbook

    from workbooks.writer import save_study

    path = tmp_path / "study.xlsx"
    save_study(path, study_model())
    book = load_workbook(path)
    book.create_sheet("Sources")["A1"] = "Seed A, 2025"
    book.save(path)
    return path


@pytest.fixture
def session(qapp, workbook):
    from desktop.session import StudySession
    from workbooks.reader import read_workbook

    return StudySession(
        StudyState.from_model(read_workbook(workbook)), path=str(workbook), source=str(workbook)
    )


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Build real main windows on sessions, autosaving to tmp_path, with dialogs answered.

    Unsaved-changes prompts answer "discard" (qtbot closes the windows after the test); a
    test expecting an error dialog replaces ``files.show_problems``/``show_error``.
    """
    from desktop.main_window import MainWindow

    def make(session):
        win = MainWindow(session, Settings(), autosave_folder=tmp_path / "recovery")
        win.files.ask_save_changes = lambda: "discard"
        win.files.show_problems = lambda title, error: pytest.fail(f"unexpected problems dialog: {error}")
        win.files.show_error = lambda title, text: pytest.fail(f"unexpected error dialog: {text}")
        win.ask_restore = lambda recovery: pytest.fail("unexpected restore prompt")
        qtbot.addWidget(win)
        return win

    return make


@pytest.fixture
def window(qtbot, session, make_window):
    """The main window on the study at 1600 x 1000, shown."""
    win = make_window(session)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def language(qapp):
    """The app's Language, set back to English (no translator, the previous locale) afterwards."""
    from PySide6.QtCore import QLocale

    from criteria.i18n import ENGLISH
    from desktop.i18n import language_of

    previous = QLocale()
    language = language_of(qapp)
    yield language
    language.apply(ENGLISH)
    QLocale.setDefault(previous)
