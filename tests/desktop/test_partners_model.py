"""PartnersTableModel: missing cells show what the session's ranking counts them as."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from criteria.missing import FILL_WORDS, MissingPolicy
from criteria.study import StudyState
from desktop.models.partners import PartnersTableModel
from desktop.session import StudySession
from tests.desktop.conftest import study_model

BLACKSTONE, MONTHS = 4, 4  # the partner with no Months value, and that criterion


def table(qtmodeltester, policy):
    session = StudySession(StudyState.from_model(study_model(), missing=policy))
    model = PartnersTableModel(session)
    qtmodeltester.check(model)
    return session, model, model.index(BLACKSTONE, model.column_of_criterion(MONTHS))


@pytest.mark.parametrize("policy", [MissingPolicy.WORST, MissingPolicy.MEAN])
def test_a_missing_cell_shows_the_value_the_ranking_counts(qtmodeltester, monkeypatch, policy):
    # the ranking already holds the filled values: the table does not fill them in again
    def refill(*_args):
        raise AssertionError("the table re-ran the missing-value policy")

    monkeypatch.setattr("desktop.models.partners.apply_policy", refill, raising=False)
    session, _model, index = table(qtmodeltester, policy)
    ranking = session.ranking
    row = list(ranking.indices).index(BLACKSTONE)
    counted = ranking.values[row, MONTHS]
    assert index.data() == f"({counted:.4g})"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert f"counted as {counted:.4g}, {FILL_WORDS[policy]}." in tip


def test_a_partner_left_out_of_the_ranking_is_said_to_be(qtmodeltester):
    session, _model, index = table(qtmodeltester, MissingPolicy.EXCLUDE)
    assert BLACKSTONE not in session.ranking.indices
    assert index.data() == "—"
    assert "left out of the ranking (policy exclude)" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_filling_the_cell_in_follows_the_new_ranking(qtmodeltester):
    session, model, index = table(qtmodeltester, MissingPolicy.MEAN)
    other = model.index(0, model.column_of_criterion(MONTHS))
    assert model.setData(other, "30")  # the mean of the others moves, and so does the shown value
    row = list(session.ranking.indices).index(BLACKSTONE)
    assert index.data() == f"({session.ranking.values[row, MONTHS]:.4g})"
    assert model.setData(index, "12")
    assert index.data() == "12" and index.data(Qt.ItemDataRole.ToolTipRole) is None


def type_in_cell(qtbot, view, index, text: str) -> None:
    """Edit a cell as a person does: open its editor, replace the text, press Enter."""
    from PySide6.QtWidgets import QLineEdit

    def editors():  # the delegate's editor lives on the view's viewport while open
        return [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]

    view.setCurrentIndex(index)
    view.edit(index)
    qtbot.waitUntil(lambda: len(editors()) == 1)
    editor = editors()[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editors())


def test_cells_read_numbers_in_the_vietnamese_notation(qtbot, window, session, language):
    """'.' between thousands and ',' for decimals; '1,000' (one, or an English thousand?) is
    refused with both ways to write it, not read as 1."""
    from criteria.i18n import VIETNAMESE

    language.apply(VIETNAMESE)
    view, proxy, model = window.partners.view, window.partners.proxy, window.partners.model
    messages = []
    session.failed.connect(messages.append)
    missing = proxy.mapFromSource(model.index(BLACKSTONE, model.column_of_criterion(MONTHS)))
    type_in_cell(qtbot, view, missing, "1.000")
    assert session.state.model.values[BLACKSTONE, MONTHS] == 1000.0
    assert missing.data() == "1000" and not messages
    months = proxy.mapFromSource(model.index(0, model.column_of_criterion(MONTHS)))  # JOGMEC: 60
    type_in_cell(qtbot, view, months, "2,5")
    assert session.state.model.values[0, MONTHS] == 2.5
    steps = session.undo_stack.count()
    type_in_cell(qtbot, view, months, "1,000")
    assert session.state.model.values[0, MONTHS] == 2.5 and session.undo_stack.count() == steps
    assert messages == [
        "Months, JOGMEC: '1,000' chưa rõ nghĩa: gõ 1 nếu là số có phần thập phân, hoặc 1000 nếu là số nguyên."
    ]
    type_in_cell(qtbot, view, months, "7.125,5")
    assert session.state.model.values[0, MONTHS] == 7125.5
    assert months.data(Qt.ItemDataRole.EditRole) == "7125,5"  # the editor opens on every digit
    type_in_cell(qtbot, view, months, "0,125")  # a leading 0 is never a thousands group
    assert session.state.model.values[0, MONTHS] == 0.125
    steps = session.undo_stack.count()
    type_in_cell(qtbot, view, months, "0,125")  # as it opened: nothing to do
    assert session.undo_stack.count() == steps and len(messages) == 1


def test_cells_read_numbers_in_the_english_notation(qtbot, window, session):
    view, proxy, model = window.partners.view, window.partners.proxy, window.partners.model
    messages = []
    session.failed.connect(messages.append)
    months = proxy.mapFromSource(model.index(0, model.column_of_criterion(MONTHS)))
    type_in_cell(qtbot, view, months, "1,000")
    assert session.state.model.values[0, MONTHS] == 1000.0
    type_in_cell(qtbot, view, months, "2.5")
    assert session.state.model.values[0, MONTHS] == 2.5
    type_in_cell(qtbot, view, months, "7.125")
    assert session.state.model.values[0, MONTHS] == 2.5
    assert messages == [
        "Months, JOGMEC: '7.125' is ambiguous here: type 7.1250 for the number with decimals, or 7125 "
        "for the whole number."
    ]


@pytest.mark.parametrize(
    ("policy", "mark", "words", "vietnamese"),
    [
        (
            MissingPolicy.WORST,
            "(n)",
            "missing, counted as n, the worst value of its criterion.",
            "giá trị kém nhất",
        ),
        (
            MissingPolicy.MEAN,
            "(n)",
            "missing, counted as n, the mean of its criterion.",
            "giá trị trung bình",
        ),
        (
            MissingPolicy.EXCLUDE,
            "—",
            "missing: its partner is left out of the ranking (policy exclude)",
            "bị loại",
        ),
    ],
)
def test_the_legend_says_what_a_missing_cell_counts_as_under_the_studys_policy(
    qtbot, language, policy, mark, words, vietnamese
):
    """The legend said "(3) = missing, counted as 3" whatever the value and the policy (Blackstone's
    Speed, missing in the sample, shows "(1)": the worst value of that criterion)."""
    from criteria.i18n import VIETNAMESE
    from desktop.panels.partners import PartnersPanel
    from workbooks.sample import load_sample

    session = StudySession(StudyState.from_model(load_sample(), missing=policy))
    panel = PartnersPanel(session)
    qtbot.addWidget(panel)
    model = session.state.model
    speed = panel.model.column_of_criterion(model.criterion_names.index("Speed"))
    shown = panel.model.index(model.partner_names.index("Blackstone Minerals"), speed).data()
    assert shown == {MissingPolicy.WORST: "(1)", MissingPolicy.EXCLUDE: "—"}.get(policy, shown)
    assert shown.startswith(mark[0])
    legend = panel.legend.text()
    assert f"<i>{mark}</i></span> = {words}" in legend and "counted as 3" not in legend
    language.apply(VIETNAMESE)
    assert f"<i>{mark}</i></span> = giá trị thiếu" in panel.legend.text()
    assert vietnamese in panel.legend.text()
