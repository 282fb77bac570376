"""`rank` and `sensitivity` with minimum levels and value functions (issue 14, items 4 and 5)."""

from __future__ import annotations

from openpyxl import load_workbook

from tests.cli.conftest import digest, run_cli, strict_json
from tests.xlsx import write_workbook

CRITERIA = [
    ["Criterion", "Direction", "Weight", "Minimum", "Maximum"],
    ["Technology transfer", "benefit", 0.4, None, None],
    ["Capital", "benefit", 0.3, None, None],
    ["ESG credibility", "benefit", 0.3, 4, None],
]
PARTNERS = [
    ["Partner", "Technology transfer", "Capital", "ESG credibility"],
    ["Top Capital", 9, 10, 1],
    ["Steady", 6, 5, 7],
    ["Green", 4, 4, 9],
    ["Unknown ESG", 8, 8, None],
]


def workbook(tmp_path, **sheets):
    return write_workbook(tmp_path / "levels.xlsx", PARTNERS, CRITERIA, extra_sheets=sheets or None)


def test_json_leaves_failing_partners_out_and_says_why(tmp_path):
    result = run_cli("rank", workbook(tmp_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = strict_json(result.stdout)
    assert [row["partner"] for row in data["ranking"]] == ["Steady", "Green"]
    assert data["excluded"] == ["Top Capital", "Unknown ESG"]
    assert data["fails_minimum"] == {
        "Top Capital": ["below ESG credibility minimum 4"],
        "Unknown ESG": ["no value for ESG credibility (minimum 4)"],
    }
    assert data["below_minimum"] == "exclude"
    assert "left out below a minimum level: Top Capital (below ESG credibility minimum 4)" in result.stderr


def test_mark_keeps_them_ranked_and_the_table_flags_them(tmp_path):
    path = workbook(tmp_path)
    result = run_cli("rank", path, "--below-minimum", "mark", "--lang", "en")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    top = next(line for line in lines if "Top Capital" in line)
    assert top.lstrip().startswith("1 ") and top.endswith("below ESG credibility minimum 4")
    assert "Fails minimum level" in result.stdout
    data = strict_json(run_cli("rank", path, "--below-minimum", "mark", "--format", "json").stdout)
    assert data["ranking"][0]["partner"] == "Top Capital" and data["excluded"] == []


def test_result_workbook_records_failures_and_setting(tmp_path):
    path, out = workbook(tmp_path), tmp_path / "out.xlsx"
    before = digest(path)
    assert run_cli("rank", path, "--out", out).returncode == 0
    assert digest(path) == before
    book = load_workbook(out)
    rows = [[c.value for c in row] for row in book["Ranking"].iter_rows()]
    assert rows[0][-1] == "Fails minimum level"
    assert [
        "excluded",
        "Top Capital",
        None,
        None,
        None,
        None,
        None,
        "below ESG credibility minimum 4",
    ] in rows
    settings = {row[0].value: row[1].value for row in book["Settings"].iter_rows()}
    assert settings["Below a minimum level"] == "exclude"
    again = strict_json(run_cli("rank", out, "--format", "json").stdout)  # ranks the same again
    assert [row["partner"] for row in again["ranking"]] == ["Steady", "Green"]


def test_sensitivity_never_samples_an_excluded_partner(tmp_path):
    result = run_cli(
        "sensitivity", workbook(tmp_path), "--format", "json", "--samples", "200", "--spread", "full"
    )
    assert result.returncode == 0, result.stderr
    assert set(strict_json(result.stdout)["acceptability"]) == {"Steady", "Green"}


def test_value_function_changes_wsm_and_is_said_to_be_wsm_only(tmp_path):
    functions = [["Criterion", "Value", "Score"], ["Capital", 0, 0], ["Capital", 5, 0.9], ["Capital", 10, 1]]
    path = workbook(tmp_path, **{"Value functions": functions})
    table = run_cli("rank", path, "--below-minimum", "mark", "--lang", "en")
    assert "used by WSM only; the other methods ignore them" in table.stdout
    with_function = strict_json(run_cli("rank", path, "--format", "json").stdout)
    steady = next(r for r in with_function["ranking"] if r["partner"] == "Steady")
    # Steady's Capital 5 is worth 0.9 (not the straight line's (5-4)/(5-4) over the kept range)
    assert abs(steady["score"] - (0.4 * 1 + 0.3 * 0.9 + 0.3 * 0)) < 1e-12


def test_bad_level_exit_1_naming_the_cell(tmp_path):
    criteria = [row[:] for row in CRITERIA]
    criteria[3][3] = "four"
    path = write_workbook(tmp_path / "bad.xlsx", PARTNERS, criteria)
    result = run_cli("rank", path)
    assert result.returncode == 1 and "Criteria!D4" in result.stderr and "Traceback" not in result.stderr
