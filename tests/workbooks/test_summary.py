"""The result workbook's Summary sheet: for reading (rounded, percentages, widths, frozen header)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from criteria.study import StudyState
from scoring import rank
from scoring.sensitivity import rank_acceptability
from workbooks.sample import load_sample
from workbooks.writer import write_result


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    state = StudyState.from_model(load_sample())
    ranking = rank(state)
    acceptability = rank_acceptability(state, n_samples=500, seed=3)
    path = tmp_path_factory.mktemp("summary") / "result.xlsx"
    write_result(path, state, ranking, acceptability=acceptability)
    return load_workbook(path), ranking, acceptability


def test_summary_comes_first_with_a_frozen_header_and_readable_widths(result):
    book, _, _ = result
    assert book.sheetnames[0] == "Summary"
    sheet = book["Summary"]
    assert sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]] == [
        "Rank", "Partner", "Score", "First in (Monte Carlo)", "Expected rank", "Filled in"
    ]  # fmt: skip
    assert sheet.column_dimensions["B"].width >= 30  # partner names
    assert sheet.column_dimensions["D"].width >= len("First in (Monte Carlo)")


def test_scores_are_rounded_and_shares_are_percentages_while_ranking_keeps_full_precision(result):
    book, ranking, acceptability = result
    summary, data = book["Summary"], book["Ranking"]
    top = int(ranking.order[0])
    score, share = float(ranking.scores[top]), float(acceptability.shares[top, 0])
    assert score != round(score, 3)  # the sample's winner has a long decimal (0.6222...)
    rank_cell, partner, score_cell, share_cell, expected = (summary.cell(2, c) for c in range(1, 6))
    assert (rank_cell.value, partner.value) == (1, ranking.partners[top])
    assert (score_cell.value, score_cell.number_format) == (round(score, 3), "0.000")
    assert (share_cell.value, share_cell.number_format) == (round(share, 3), "0.0%")
    assert expected.number_format == "0.00"
    assert data.cell(2, 3).value == score  # the data sheet keeps every digit


def test_weights_are_listed_as_percentages(result):
    book, ranking, _ = result
    rows = list(book["Summary"].iter_rows())
    start = next(i for i, row in enumerate(rows) if row[1].value == "Criterion")
    weights = rows[start + 1 : start + 1 + len(ranking.criteria)]
    assert [row[1].value for row in weights] == list(ranking.criteria)
    assert all(row[2].number_format == "0.0%" for row in weights)
    assert sum(row[2].value for row in weights) == pytest.approx(1.0, abs=1e-3)


def test_without_monte_carlo_the_summary_has_no_share_columns(tmp_path):
    state = StudyState.from_model(load_sample())
    path = write_result(tmp_path / "r.xlsx", state, rank(state))
    header = [c.value for c in load_workbook(path)["Summary"][1]]
    assert header == ["Rank", "Partner", "Score", "Filled in"]
