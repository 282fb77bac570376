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

from scoring.methods import get_method
from workbooks.front_matter import data_notice

SAMPLE_STUDY = "Vietnam rare-earth partners (sample)"
UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')  # not allowed in Windows (or any) file names


@dataclass(frozen=True)
class ChartContext:
    study: str  # a short name for the study, used in file names
    folder: Path | None  # the study workbook's folder, when it is saved as a file
    footer: str  # set below an exported chart


def chart_context(session, today: datetime.date | None = None) -> ChartContext:
    """The context of the charts of ``session``'s current study."""
    state = session.state
    if session.path:
        study, folder = Path(session.path).stem, Path(session.path).parent
    else:
        study, folder = (SAMPLE_STUDY if session.source else "Untitled"), None
    method = get_method(state.method).label
    parts = [
        f"Partner Scout: {study}",
        method,
        weights_words(state),
        (today or datetime.date.today()).isoformat(),
    ]
    notice = data_notice(session.existing_source)
    return ChartContext(study, folder, " · ".join(parts) + (f"\n{notice}" if notice else ""))


def weights_words(state) -> str:
    """The words "scenario S1 Ministry" when the weights are a named scenario's, else each weight in percent."""
    weights = np.asarray(state.weights, dtype=float)
    for scenario in state.model.scenarios:
        theirs = np.asarray(scenario.weights, dtype=float)
        if theirs.sum() > 0 and np.allclose(theirs / theirs.sum(), weights, atol=5e-4):
            return f"weights of scenario {scenario.name}"
    names = state.model.criterion_names
    return "weights " + ", ".join(f"{name} {w:.0%}" for name, w in zip(names, weights, strict=True))


def default_export_path(
    context: ChartContext, chart: str, last_folder: Path | None, fmt: str = "png"
) -> Path:
    """The path "<study> - <chart>.<fmt>" next to the workbook, else in the last export folder, else at home."""
    folder = context.folder if context.folder and context.folder.is_dir() else last_folder or Path.home()
    name = " ".join(UNSAFE.sub(" ", f"{context.study} - {chart}").split()).strip(" .") or chart
    return folder / f"{name}.{fmt}"
