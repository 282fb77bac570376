"""What an exported chart says about itself: the study, method, weights, date and data notice.

Read from the session when a chart is exported (Qt-free apart from reading the
session's attributes), so a chart pasted into slides still names where it came from.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from criteria.errors import InputError
from desktop.core_words import core_words
from desktop.i18n import format_date, format_percent
from scoring.methods import get_method
from workbooks.front_matter import read_front_matter

UNTITLED_STUDY = QT_TRANSLATE_NOOP("ChartContext", "Untitled study")  # a study with no title nor file
UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')  # not allowed in Windows (or any) file names
NAME_LIMIT = 120  # characters of "<study> - <chart>" in a file name (a title can be a long sentence)


@dataclass(frozen=True)
class ChartContext:
    study: str  # the study's title, used in file names and the footer
    folder: Path | None  # the study workbook's folder, when it is saved as a file
    footer: str  # set below an exported chart


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChartContext", text)


def untitled_study() -> str:
    """The one wording for a study that has neither a title nor a file, in the interface's language."""
    return _tr(UNTITLED_STUDY)


def study_title(session) -> tuple[str, str]:
    """The study's title and its workbook's data notice ("" when none).

    The title is the workbook's front matter (``workbooks.front_matter``: a ``Title`` sheet, else
    the first ``Read me`` line that is not a data notice), else the workbook's file stem, else
    "Untitled study". The workbook's own words, never translated.
    """
    source, path = session.existing_source, session.path
    front = None
    if source:
        try:
            front = read_front_matter(source)
        except InputError:  # a footer must not fail for want of a title
            front = None
    notice = front.notice if front else ""
    if front is not None and Path(source).stem != front.title:  # read_front_matter falls back to the stem
        return " ".join(front.title.split()), notice
    stem = Path(path or source or "").stem
    return stem or untitled_study(), notice


def chart_context(session, today: datetime.date | None = None) -> ChartContext:
    """The context of the charts of ``session``'s current study."""
    state = session.state
    study, notice = study_title(session)
    folder = Path(session.path).parent if session.path else None
    method = core_words(get_method(state.method).label)
    parts = [
        f"Partner Scout: {study}",
        method,
        weights_words(state),
        format_date(today or datetime.date.today()),
    ]
    return ChartContext(study, folder, " · ".join(parts) + (f"\n{notice}" if notice else ""))


def weights_words(state) -> str:
    """The words "scenario S1 Ministry" when the weights are a named scenario's, else each weight in percent."""
    weights = np.asarray(state.weights, dtype=float)
    for scenario in state.model.scenarios:
        theirs = np.asarray(scenario.weights, dtype=float)
        if theirs.sum() > 0 and np.allclose(theirs / theirs.sum(), weights, atol=5e-4):
            return QCoreApplication.translate("ChartContext", "weights of scenario {name}").format(
                name=scenario.name
            )
    names = state.model.criterion_names
    shares = ", ".join(f"{name} {format_percent(w, 0)}" for name, w in zip(names, weights, strict=True))
    return QCoreApplication.translate("ChartContext", "weights {shares}").format(shares=shares)


def default_export_path(
    context: ChartContext, chart: str, last_folder: Path | None, fmt: str = "png"
) -> Path:
    """The path "<study> - <chart>.<fmt>" ("<study>.<fmt>" when ``chart`` is "") next to the workbook,
    else in the last export folder, else at home; characters no file system allows are dropped,
    and a long title is cut at a word."""
    folder = context.folder if context.folder and context.folder.is_dir() else last_folder or Path.home()
    study = " ".join(UNSAFE.sub(" ", context.study).split())
    tail = f" - {chart}" if chart else ""
    limit = NAME_LIMIT - len(tail)
    if len(study) > limit:  # cut a long title at a word, keeping " - <chart>" whole
        study = study[:limit].rsplit(" ", 1)[0] if " " in study[:limit] else study[:limit]
    name = " ".join(UNSAFE.sub(" ", f"{study}{tail}").split()).strip(" .-")
    return folder / f"{name or chart or untitled_study()}.{fmt}"
