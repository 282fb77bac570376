"""The contributions chart's note tells partners left out below a minimum level from those left out
for missing values (issue 14, gap 7: the charts say who they leave out, and why)."""

from __future__ import annotations

import dataclasses

import numpy as np

from criteria.study import StudyState
from desktop.charts.panel import ChartsPanel
from desktop.session import StudySession
from tests.conftest import make_model


def test_the_note_gives_each_reason_its_own_count(qtbot):
    from criteria.missing import MissingPolicy

    model = make_model([[8, 5, 7], [4, 7, 2], [6, 6, 6], [7, np.nan, 8], [5, 5, 1]])
    criteria = list(model.criteria)
    criteria[2] = dataclasses.replace(criteria[2], minimum=5.0)  # P2 and P5 fail it
    model = dataclasses.replace(model, criteria=tuple(criteria))
    session = StudySession(StudyState.from_model(model, missing=MissingPolicy.EXCLUDE))  # P4 left out
    widget = ChartsPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.contributions.canvas.draws["full"] >= 1)
    note = widget.contribution_plot.note.get_text()
    assert "1 excluded (missing values)" in note and "2 not ranked (below a minimum level)" in note
