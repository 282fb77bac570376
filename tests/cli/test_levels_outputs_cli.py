"""`rank` outputs with minimum levels: the csv has json's fails_minimum, and the note on filled-in
values names only partners that are ranked (issue 14, gaps of items 4)."""

from __future__ import annotations

import csv
import io

from tests.cli.conftest import run_cli
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
