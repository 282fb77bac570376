"""analysis_sheets: the result workbook's robustness sheets hold what the scoring functions compute."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from openpyxl import load_workbook

from criteria.study import StudyState
from scoring import rank
from scoring.agreement import CONTRACT_METHODS, method_agreement
from scoring.scenarios import compare_scenarios
from scoring.sensitivity import rank_acceptability
from scoring.tipping import tipping_points
from scoring.verdict import study_verdict
from workbooks.analysis_sheets import analysis_sheets, cell, valid_sheet_name
from workbooks.reader import read_workbook
from workbooks.sample import load_sample, sample_path
from workbooks.writer import write_result

ANALYSIS = ["Tipping points", "Stability", "Method comparison", "Scenario comparison"]


@pytest.fixture(scope="module")
def state() -> StudyState:
    return StudyState.from_model(load_sample())


@pytest.fixture(scope="module")
def acceptability(state):
    return rank_acceptability(state, n_samples=400, seed=7, spread="full")


@pytest.fixture(scope="module")
def sheets(state, acceptability) -> dict[str, list[list]]:
    return dict(analysis_sheets(state, acceptability=acceptability))


def after(rows: list[list], header: list) -> list[list]:
    """The rows of the table whose header row is ``header``, up to the next empty row."""
    start = rows.index(header) + 1
    end = next((k for k in range(start, len(rows)) if not rows[k]), len(rows))
    return rows[start:end]


def row_for(rows: list[list], first: object) -> list:
    matches = [row for row in rows if row and row[0] == first]
    assert len(matches) == 1, (first, matches)
    return matches[0]


def test_sheet_names_are_valid_for_excel_and_in_order(state, acceptability):
    names = [name for name, _ in analysis_sheets(state, acceptability=acceptability)]
    assert names == ["Acceptability", *ANALYSIS]
    assert all(valid_sheet_name(name) for name in names)
    assert [name for name, _ in analysis_sheets(state)] == ANALYSIS  # no Monte Carlo, no Acceptability


def test_valid_sheet_name_refuses_what_excel_refuses():
    assert valid_sheet_name("Scenario comparison")
    assert valid_sheet_name("x" * 31)
    for bad in ["", "x" * 32, "a/b", "a\\b", "a?", "a*", "a:b", "[a]", "'quoted'"]:
        assert not valid_sheet_name(bad), bad


def test_cells_are_only_text_numbers_or_empty(sheets):
    for name, rows in sheets.items():
        assert rows and rows[0], name  # a header row first
        for row in rows:
            assert isinstance(row, list)
            for value in row:
                assert value is None or type(value) in (str, int, float), (name, row, value)
                assert not (isinstance(value, float) and not np.isfinite(value)), (name, row)


def test_cell_turns_numpy_scalars_into_numbers():
    assert cell(np.int64(3)) == 3 and type(cell(np.int64(3))) is int
    assert cell(np.float64(0.25)) == 0.25 and type(cell(np.float64(0.25))) is float
    assert cell(float("nan")) is None and cell(np.inf) is None
    assert cell("text") == "text" and cell(None) is None


def test_acceptability_sheet_is_the_monte_carlo_result(sheets, acceptability, state):
    rows = sheets["Acceptability"]
    assert row_for(rows, "Method") == ["Method", acceptability.method]
    assert row_for(rows, "Samples") == ["Samples", 400]
    assert row_for(rows, "Seed") == ["Seed", 7]
    assert row_for(rows, "Spread parameter") == ["Spread parameter", "full"]
    verdict = study_verdict(state, rank(state), acceptability)
    assert row_for(rows, "Verdict") == ["Verdict", verdict.sentence]
    assert row_for(rows, "Grade") == ["Grade", verdict.grade]
    n = len(acceptability.partners)
    table = after(rows, ["Partner", "Expected rank"] + [f"Rank {r}" for r in range(1, n + 1)])
    assert sorted(row[0] for row in table) == sorted(acceptability.partners)
    for row in table:
        i = acceptability.partners.index(row[0])
        assert row[1] == acceptability.expected_rank[i]
        assert row[2:] == acceptability.shares[i].tolist()
    expected = [row[1] for row in table]
    assert expected == sorted(expected)  # best expected rank first


def test_acceptability_notes_a_local_spread_as_a_number(state):
    result = rank_acceptability(state, n_samples=50, seed=3, spread=0.3)
    rows = dict(analysis_sheets(state, acceptability=result))["Acceptability"]
    assert row_for(rows, "Spread parameter") == ["Spread parameter", 0.3]
    assert row_for(rows, "Spread") == ["Spread", result.describe_spread()]


def test_tipping_points_sheet_holds_the_sentences_and_every_tipping_point(sheets, state):
    report = tipping_points(state)
    rows = sheets["Tipping points"]
    flat = [row[0] for row in rows if len(row) == 1]
    for sentence in report.sentences():
        assert sentence in flat
    assert row_for(rows, "Computed") == ["Computed", "exact" if report.exact else "searched"]
    assert row_for(rows, "Tolerance") == ["Tolerance", report.tolerance]
    assert row_for(rows, "Leader") == ["Leader", report.leader]
    found = after(
        rows, ["Finding", "Criterion", "Current weight", "New weight", "Change", "Overtakes", "Is overtaken"]
    )
    expected = []
    for c in report.per_criterion:
        for label, t in (("raise", c.raised), ("lower", c.lowered)):
            if t is not None:
                expected.append([label, t.criterion, t.current, t.threshold, t.new_leader, t.leader])
    for r in report.rivals:
        t = r.tipping
        assert t is not None  # the sample's rivals can all be put first by one weight
        expected.append([f"rival {r.rival}", t.criterion, t.current, t.threshold, t.new_leader, t.leader])
    assert [[*row[:4], *row[5:]] for row in found] == expected
    for row in found:
        assert row[4] == pytest.approx(row[3] - row[2])
    # the per-criterion table of TippingReport.sheet() comes first, unchanged
    _, own = report.sheet()
    assert rows[: len(own)] == own


def test_tipping_points_of_a_searched_method_state_the_tolerance(state):
    searched = state.replace(method="topsis")
    report = tipping_points(searched)
    assert not report.exact
    sheets = dict(analysis_sheets(searched))
    for name in ("Tipping points", "Stability"):
        assert row_for(sheets[name], "Computed") == ["Computed", "searched"]
        assert row_for(sheets[name], "Tolerance") == ["Tolerance", report.tolerance]
    assert row_for(sheets["Tipping points"], "Grid step") == ["Grid step", report.grid_step]


def test_stability_sheet_holds_every_interval_and_the_top_order(sheets, state):
    report = tipping_points(state)
    rows = sheets["Stability"]
    k = len(report.top)
    header = [
        "Criterion",
        "Current weight",
        "Keeps the winner from",
        "to",
        f"Keeps the top {k} order from",
        "to",
    ]
    assert rows[0] == header
    table = after(rows, header)
    assert [row[0] for row in table] == list(report.criteria)
    for row, c in zip(table, report.per_criterion):
        assert row[1] == c.current
        assert row[2:4] == (list(c.winner) if c.winner else [None, None])
        assert row[4:6] == (list(c.top_order) if c.top_order else [None, None])
    assert after(rows, ["Place", "Partner"]) == [[i + 1, p] for i, p in enumerate(report.top)]
    leader = rank(state)
    assert report.top[0] == leader.partners[leader.order[0]]


def test_method_comparison_sheet_holds_ranks_and_correlations(sheets, state):
    agreement = method_agreement(state)
    rows = sheets["Method comparison"]
    assert list(agreement.methods) == list(CONTRACT_METHODS)
    assert rows[0][: 1 + len(agreement.methods)] == ["Partner", *agreement.methods]
    table = after(rows, rows[0])
    assert [row[0] for row in table] == list(agreement.partners)
    assert [row[1 : 1 + len(agreement.methods)] for row in table] == agreement.ranks.tolist()
    # every method column is the rank under that method
    for k, method in enumerate(agreement.methods):
        ranking = rank(state.replace(method=method))
        by_partner = dict(zip(ranking.partners, ranking.ranks.tolist()))
        assert [row[1 + k] for row in table] == [by_partner[p] for p in agreement.partners]
    for title, matrix in (("Kendall's tau", agreement.kendall), ("Spearman's rho", agreement.spearman)):
        block = after(rows, [title, *agreement.methods])
        assert [row[0] for row in block] == list(agreement.methods)
        assert [row[1:] for row in block] == matrix.tolist()


def test_scenario_comparison_sheet_holds_ranks_and_robust_choices(sheets, state):
    comparison = compare_scenarios(state)
    rows = sheets["Scenario comparison"]
    names = [s.name for s in state.model.scenarios]
    assert rows[0][: 1 + len(names)] == ["Partner", *names]
    table = after(rows, rows[0])
    assert [row[0] for row in table] == list(comparison.partners)
    assert [row[1 : 1 + len(names)] for row in table] == comparison.ranks.tolist()
    for k, name in enumerate(names):
        ranking = rank(StudyState.from_model(state.model, scenario=name))
        by_partner = dict(zip(ranking.partners, ranking.ranks.tolist()))
        assert [row[1 + k] for row in table] == [by_partner[p] for p in comparison.partners]
    robust = next(row for row in rows if row and str(row[0]).startswith("Robust choices"))
    assert robust[1:] == list(comparison.robust)
    assert [comparison.sentence()] in rows


def test_no_scenario_sheet_without_scenarios(state):
    plain = state.replace(model=dataclasses.replace(state.model, scenarios=()))
    assert [name for name, _ in analysis_sheets(plain)] == [
        "Tipping points",
        "Stability",
        "Method comparison",
    ]


def trimmed(row) -> list:
    row = list(row)
    while row and row[-1] is None:
        row.pop()
    return row


def test_written_through_write_result_and_read_back(tmp_path, state, sheets):
    ranking = rank(state)
    out = tmp_path / "result.xlsx"
    with sample_path() as source:
        write_result(out, state, ranking, source=source, extra_sheets=list(sheets.items()))
    book = load_workbook(out)
    names = book.sheetnames
    assert names[names.index("Settings") + 1 :] == list(sheets)
    for name, rows in sheets.items():
        back = [trimmed(row) for row in book[name].iter_rows(values_only=True)]
        while back and not back[-1]:
            back.pop()
        assert back == [trimmed(row) for row in rows], name
    # numbers are stored as numbers, not as text
    stability = book["Stability"]
    assert stability.cell(2, 2).data_type == "n" and isinstance(stability.cell(2, 2).value, float)
    # the result workbook still ranks the same
    again = rank(StudyState.from_model(read_workbook(out)))
    assert [again.partners[k] for k in again.order] == [ranking.partners[k] for k in ranking.order]
    assert again.ranks.tolist() == ranking.ranks.tolist()
