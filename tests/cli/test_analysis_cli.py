"""`rank --out --analysis` and `sensitivity --out` through a real process: the robustness sheets."""

import pytest
from openpyxl import load_workbook

from tests.cli.conftest import digest, run_cli, strict_json

METHODS = ["wsm", "wpm", "topsis", "vikor", "promethee"]
SCENARIOS_OF_THE_SAMPLE = 4


def rows_of(book, name) -> list[list]:
    rows = []
    for row in book[name].iter_rows(values_only=True):
        row = list(row)
        while row and row[-1] is None:
            row.pop()
        rows.append(row)
    while rows and not rows[-1]:
        rows.pop()
    return rows


def ranks_by_partner(*args) -> dict[str, int]:
    result = run_cli("rank", *args, "--format", "json")
    assert result.returncode == 0, result.stderr
    return {row["partner"]: row["rank"] for row in strict_json(result.stdout)["ranking"]}


def order_of(path) -> list[tuple[int, str]]:
    result = run_cli("rank", path, "--format", "json")
    assert result.returncode == 0, result.stderr
    return [(row["rank"], row["partner"]) for row in strict_json(result.stdout)["ranking"]]


@pytest.fixture(scope="module")
def analysed(sample_copy, tmp_path_factory):
    """The sample ranked with ``--out --analysis``, and the input's digest before the run."""
    before = digest(sample_copy)
    out = tmp_path_factory.mktemp("analysis") / "result.xlsx"
    result = run_cli("rank", sample_copy, "--format", "json", "--out", out, "--analysis")
    assert result.returncode == 0, result.stderr
    return out, before, strict_json(result.stdout)


def test_rank_analysis_writes_the_robustness_sheets(analysed, sample_copy):
    out, before, payload = analysed
    assert digest(sample_copy) == before  # the input file is untouched
    names = load_workbook(out, read_only=True).sheetnames
    tail = names[names.index("Ranking") :]
    assert tail == [
        "Ranking",
        "Settings",
        "Tipping points",
        "Stability",
        "Method comparison",
        "Scenario comparison",
    ]
    assert "Acceptability" not in names  # no Monte Carlo in `rank`
    # the result workbook ranks the same as the input, and as the command said
    assert order_of(out) == order_of(sample_copy)
    assert order_of(out) == [(row["rank"], row["partner"]) for row in payload["ranking"]]


def test_rank_analysis_sheets_agree_with_the_command_line(analysed, sample_copy):
    out, _, payload = analysed
    book = load_workbook(out)
    criteria = list(payload["weights"])
    stability = rows_of(book, "Stability")
    assert [row[0] for row in stability[1 : 1 + len(criteria)]] == criteria
    assert [row[1] for row in stability[1 : 1 + len(criteria)]] == pytest.approx(
        list(payload["weights"].values())
    )
    winner = payload["ranking"][0]["partner"]
    assert ["Leader", winner] in rows_of(book, "Tipping points")
    assert [1, winner] in stability

    methods = rows_of(book, "Method comparison")
    assert methods[0][: 1 + len(METHODS)] == ["Partner", *METHODS]
    table = methods[1 : 1 + len(payload["ranking"])]
    for k, method in enumerate(METHODS):
        expected = ranks_by_partner(sample_copy, "--method", method)
        assert {row[0]: row[1 + k] for row in table} == expected, method

    scenarios = rows_of(book, "Scenario comparison")
    names = scenarios[0][1 : 1 + SCENARIOS_OF_THE_SAMPLE]
    table = scenarios[1 : 1 + len(payload["ranking"])]
    for k, name in enumerate(names):
        expected = ranks_by_partner(sample_copy, "--scenario", name)
        assert {row[0]: row[1 + k] for row in table} == expected, name
    robust = [row for row in scenarios if row and str(row[0]).startswith("Robust choices")]
    assert len(robust) == 1
    for partner in robust[0][1:]:
        assert all(row[1 + k] <= 3 for row in table if row[0] == partner for k in range(len(names)))


def test_analysis_without_out_is_a_usage_error(sample_copy):
    result = run_cli("rank", sample_copy, "--analysis")
    assert result.returncode == 2
    assert "--out" in result.stderr and "Traceback" not in result.stderr


def test_rank_out_without_analysis_adds_no_sheets(sample_copy, tmp_path):
    out = tmp_path / "plain.xlsx"
    result = run_cli("rank", sample_copy, "--out", out)
    assert result.returncode == 0, result.stderr
    names = load_workbook(out, read_only=True).sheetnames
    assert names[-2:] == ["Ranking", "Settings"]


def test_sensitivity_out_writes_acceptability_and_the_analysis_sheets(sample_copy, tmp_path, analysed):
    before = digest(sample_copy)
    out = tmp_path / "sensitivity.xlsx"
    result = run_cli(
        "sensitivity", sample_copy, "--samples", 300, "--seed", 5, "--format", "json", "--out", out
    )
    assert result.returncode == 0, result.stderr
    assert digest(sample_copy) == before
    payload = strict_json(result.stdout)
    book = load_workbook(out)
    for name in (
        "Ranking",
        "Settings",
        "Acceptability",
        "Tipping points",
        "Method comparison",
        "Scenario comparison",
    ):
        assert name in book.sheetnames
    rows = rows_of(book, "Acceptability")
    n = len(payload["acceptability"])
    header = rows.index(["Partner", "Expected rank"] + [f"Rank {r}" for r in range(1, n + 1)])
    table = rows[header + 1 :]
    assert {row[0]: row[2:] for row in table} == {
        p: pytest.approx(s) for p, s in payload["acceptability"].items()
    }
    assert {row[0]: row[1] for row in table} == pytest.approx(payload["expected_rank"])
    assert ["Samples", 300] in rows and ["Seed", 5] in rows
    # the same sheet reads the same whichever command wrote it
    analysis = load_workbook(analysed[0])
    assert rows_of(book, "Method comparison") == rows_of(analysis, "Method comparison")
    for name in ("Tipping points", "Scenario comparison"):  # `--analysis` adds rows after the same start
        own = rows_of(book, name)
        assert rows_of(analysis, name)[: len(own)] == own, name
    # the result workbook still ranks the same
    assert order_of(out) == order_of(sample_copy)
