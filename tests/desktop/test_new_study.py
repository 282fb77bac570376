"""Issue 9, items 7 and 8: File > New gives a usable study, File > Open the sample goes back, and the
ranking's footnote explains a rank range only with a real row that has one."""

from __future__ import annotations

from PySide6.QtGui import QAction

from tests.conftest import make_model


def action(window, text: str) -> QAction:
    found = [a for a in window.findChildren(QAction) if a.text().replace("&", "") == text]
    assert found, text
    return found[0]


def test_new_from_template_opens_a_new_study_with_a_row_to_fill_in(window, session):
    failures = []
    session.failed.connect(failures.append)
    action(window, "New from template").trigger()
    assert not failures  # not "there are no partners to rank"
    assert session.path is None and session.source is None
    assert window.windowTitle().startswith("Untitled")
    assert session.state.model.criterion_names == (
        "Technology transfer",
        "Capital",
        "ESG credibility",
        "Geopolitical alignment",
        "Speed",
    )
    assert window.partners.model.rowCount() == 1 and window.ranking.model.rowCount() == 1
    assert (
        window.partners.prompt.isVisibleTo(window.partners)
        and "Add partners" in window.partners.prompt.text()
    )
    assert session.undo_stack.count() == 0 and not window.isWindowModified()
    window.partners.ask_text = lambda title, label: "Lynas"
    window.partners.on_add_partner()
    assert not window.partners.prompt.isVisibleTo(window.partners)  # two partners rank: the prompt goes


def test_open_sample_goes_back_to_the_bundled_sample(window, session):
    action(window, "Open the sample").trigger()
    assert len(session.state.model.partners) == 16
    assert window.windowTitle().startswith("Sample:")
    assert session.path is None  # Save asks where: the bundled file is never overwritten


def test_footnote_explains_rank_ranges_only_with_a_real_row(window, session):
    legend = window.ranking.legend
    model = window.ranking.model
    assert session.state.model.missing.any()  # Blackstone's speed is unknown
    row = next(r for r in range(model.rowCount()) if "(" in model.index(r, 0).data())
    shown, name = model.index(row, 0).data(), model.partner_name(row)
    assert f"{shown}: {name} could rank" in legend.text()
    assert "12 (7–15)" not in legend.text()
    complete = make_model([[1, 2], [2, 1], [3, 3]])
    from criteria.study import StudyState

    session.load(StudyState.from_model(complete), None)
    assert "could rank" not in legend.text() and "≈" not in legend.text()
