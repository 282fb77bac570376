"""`rank` outputs with minimum levels: the csv has json's fails_minimum, and the note on filled-in
values names only partners that are ranked (issue 14, gaps of items 4)."""

from __future__ import annotations

import csv
import io

from tests.cli.conftest import run_cli, strict_json
from tests.cli.test_levels_cli import CRITERIA, PARTNERS
from tests.xlsx import write_workbook

GAP = ["Gap", 7, None, 8]  # ranked (ESG 8 passes), its Capital filled in


def rows_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_csv_has_the_fails_minimum_column_under_both_settings(tmp_path):
    path = write_workbook(tmp_path / "levels.xlsx", PARTNERS, CRITERIA)
    left_out = run_cli("rank", path, "--format", "csv")
    assert left_out.returncode == 0, left_out.stderr
    assert rows_of(left_out.stdout) == [
        ["rank", "partner", "score", "fails_minimum"],
        ["1", "Steady", rows_of(left_out.stdout)[1][2], ""],
        ["2", "Green", rows_of(left_out.stdout)[2][2], ""],
    ]
    marked = {
        row[1]: row[3]
        for row in rows_of(run_cli("rank", path, "--format", "csv", "--below-minimum", "mark").stdout)
    }
    assert marked["Top Capital"] == "below ESG credibility minimum 4"
    assert marked["Unknown ESG"] == "no value for ESG credibility (minimum 4)"
    assert marked["Steady"] == "" and marked["partner"] == "fails_minimum"


def test_csv_without_levels_keeps_the_contract_columns(tmp_path):
    criteria = [row[:3] for row in CRITERIA]
    result = run_cli("rank", write_workbook(tmp_path / "plain.xlsx", PARTNERS, criteria), "--format", "csv")
    assert rows_of(result.stdout)[0] == ["rank", "partner", "score"]


def test_filled_in_note_names_only_ranked_partners(tmp_path):
    path = write_workbook(tmp_path / "gap.xlsx", [*PARTNERS, GAP], CRITERIA)
    result = run_cli("rank", path)
    assert result.returncode == 0, result.stderr
    note = next(line for line in result.stderr.splitlines() if "filled in" in line)
    assert "(Gap, Capital)" in note and "Unknown ESG" not in note
    marked = run_cli("rank", path, "--below-minimum", "mark")  # ranked now: its gap is filled in too
    note = next(line for line in marked.stderr.splitlines() if "filled in" in line)
    assert "(Gap, Capital)" in note and "(Unknown ESG, ESG credibility)" in note


def test_rank_reads_the_study_settings_and_an_option_overrides_them(tmp_path):
    settings = [["Setting", "Value"], ["Below a minimum level", "mark"], ["VIKOR v", 0.8]]
    path = write_workbook(tmp_path / "s.xlsx", PARTNERS, CRITERIA, extra_sheets={"Study settings": settings})
    data = strict_json(run_cli("rank", path, "--method", "vikor", "--format", "json").stdout)
    assert data["below_minimum"] == "mark" and data["vikor"]["v"] == 0.8 and data["excluded"] == []
    data = strict_json(
        run_cli(
            "rank",
            path,
            "--method",
            "vikor",
            "--format",
            "json",
            "--below-minimum",
            "exclude",
            "--vikor-v",
            "0.5",
        ).stdout
    )
    assert data["below_minimum"] == "exclude" and data["vikor"]["v"] == 0.5


def test_the_result_of_rank_out_ranks_the_same_again(tmp_path):
    path, out = write_workbook(tmp_path / "levels.xlsx", PARTNERS, CRITERIA), tmp_path / "out.xlsx"
    options = ("--method", "vikor", "--below-minimum", "mark", "--vikor-v", "0.25", "--format", "json")
    first = strict_json(run_cli("rank", path, *options, "--out", out).stdout)
    again = strict_json(run_cli("rank", out, "--method", "vikor", "--format", "json").stdout)
    assert again["ranking"] == first["ranking"] and again["vikor"]["v"] == 0.25
