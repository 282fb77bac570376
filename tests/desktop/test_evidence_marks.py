"""Evidence marks on the partners table: painted corner colour, old-evidence dot, tooltip (pytest-qt)."""

from __future__ import annotations

import pytest

from criteria.study import StudyState
from desktop.evidence_marks import COLOURS, OLD, EvidenceDelegate
from desktop.panels.partners import PartnersPanel
from desktop.session import StudySession
from workbooks.sample import load_sample


@pytest.fixture
def table(qtbot):
    session = StudySession(StudyState.from_model(load_sample()))
    panel = PartnersPanel(session)
    qtbot.addWidget(panel)
    delegate = EvidenceDelegate(session, panel)
    panel.view.setItemDelegate(delegate)
    panel.resize(1800, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return session, panel, delegate


def cell(panel, model, partner: str, criterion: str):
    i, j = model.partner_index(partner), model.criterion_index(criterion)
    return panel.proxy.mapFromSource(panel.model.index(i, panel.model.column_of_criterion(j)))


def painted(panel, index):
    """The viewport as painted with ``index`` scrolled into view, and the cell's rectangle."""
    panel.view.scrollTo(index)
    return panel.view.viewport().grab().toImage(), panel.view.visualRect(index)


def test_each_scored_cell_carries_its_confidence_colour_and_old_evidence_a_dot(table):
    session, panel, _ = table
    model = session.state.model
    for partner, criterion in (
        ("Shin-Etsu Chemical", "Speed"),
        ("Shin-Etsu Chemical", "Capital"),
        ("JOGMEC", "Speed"),
    ):
        image, rect = painted(panel, cell(panel, model, partner, criterion))
        level = model.evidence_cells()[model.partner_index(partner), model.criterion_index(criterion)].level
        assert image.pixelColor(rect.right() - 1, rect.top() + 1).name() == COLOURS[level].name()
    image, missing = painted(panel, cell(panel, model, "Blackstone Minerals", "Speed"))  # no evidence
    assert image.pixelColor(missing.right() - 1, missing.top() + 1).name() not in {
        c.name() for c in COLOURS.values()
    }
    image, old = painted(panel, cell(panel, model, "Toyota Tsusho + Sojitz", "Capital"))  # source of 2011
    assert image.pixelColor(old.left() + 4, old.bottom() - 3).name() == OLD.name()
    image, recent = painted(panel, cell(panel, model, "European Union", "Capital"))  # source of Jan 2026
    assert image.pixelColor(recent.left() + 4, recent.bottom() - 3).name() != OLD.name()


def test_the_tooltip_gives_source_date_range_and_note(table):
    session, panel, delegate = table
    model = session.state.model
    text = delegate.tooltip(cell(panel, model, "Shin-Etsu Chemical", "Speed"))
    record = model.evidence_cells()[model.partner_index("Shin-Etsu Chemical"), model.criterion_index("Speed")]
    assert text == f"Source: {record.source}\nConfidence: medium, range 5 to 8\nNote: {record.note}"
    old = delegate.tooltip(cell(panel, model, "Toyota Tsusho + Sojitz", "Speed"))
    assert "Date: 2011 (older than 2 years)" in old and "Confidence: low, range 1 to 5" in old
    assert delegate.tooltip(cell(panel, model, "Blackstone Minerals", "Speed")) is None
