"""Contract corners found by a conformance audit, each through the installed command (CONTRACT.md)."""

import re
import zipfile

import pytest
from openpyxl import load_workbook

from tests.cli.conftest import run_cli, strict_json
from tests.xlsx import DEFAULT_CRITERIA, write_workbook

CRITERIA = [["Criterion", "Direction", "Weight"], ["A", "benefit", 1], ["B", "cost", 1]]


def test_result_workbook_replaces_source_sheets_named_ranking_or_settings_in_any_case(tmp_path):
    # Excel sheet names are unique regardless of case: two sheets "ranking" and "Ranking" break the file
    source = write_workbook(tmp_path / "s.xlsx", extra_sheets={"ranking": [["old"]], "SETTINGS": [["old"]]})
    out = tmp_path / "out.xlsx"
    result = run_cli("rank", source, "--out", out)
    assert result.returncode == 0, result.stderr
    names = re.findall(r'<sheet name="([^"]+)"', zipfile.ZipFile(out).read("xl/workbook.xml").decode())
    assert len({name.casefold() for name in names}) == len(names), names
    assert load_workbook(out)["Ranking"]["A1"].value == "Rank"


def test_weights_option_that_zeroes_every_weight_is_a_usage_error(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx")
    result = run_cli("rank", path, "--weights", "Technology transfer=0,Capital=0,Months=0")
    assert result.returncode == 2
    assert result.stderr.startswith("partner-scout: --weights:") and "Traceback" not in result.stderr


@pytest.mark.parametrize("method", ["wsm", "topsis", "vikor", "promethee"])
def test_extreme_values_give_finite_scores_and_a_quiet_stderr(tmp_path, method):
    partners = [["Partner", "A", "B"], ["p1", 1e308, 2], ["p2", -1e308, 3]]
    path = write_workbook(tmp_path / "s.xlsx", partners, CRITERIA)
    result = run_cli("rank", path, "--method", method, "--format", "json")
    assert result.returncode == 0 and result.stderr == ""
    ranking = strict_json(result.stdout)["ranking"]
    assert [row["partner"] for row in ranking] == ["p1", "p2"]
    assert all(isinstance(row["score"], float) for row in ranking)


def test_wpm_names_an_extreme_value_briefly(tmp_path):
    partners = [["Partner", "A", "B"], ["p1", 1e308, 2], ["p2", -1e308, 3]]
    path = write_workbook(tmp_path / "s.xlsx", partners, CRITERIA)
    result = run_cli("rank", path, "--method", "wpm")
    assert result.returncode == 1
    assert result.stderr == "partner-scout: Partners!B3: -1e+308 must be > 0 for method wpm (criterion 'A')\n"


def test_text_starting_with_equals_from_openpyxl_stays_text_through_out(tmp_path):
    # openpyxl stores any text starting with "=" as a formula without a saved result
    name = '=HYPERLINK("http://example.com","x")'
    partners = [["Partner", "Notes", "A", "B"], [name, "=1+1", 1, 2], ["p2", "ok", 2, 1]]
    path = write_workbook(tmp_path / "s.xlsx", partners, CRITERIA)
    out = tmp_path / "out.xlsx"
    first = run_cli("rank", path, "--format", "json", "--out", out)
    assert first.returncode == 0, first.stderr
    assert [row["partner"] for row in strict_json(first.stdout)["ranking"]] == ["p2", name]
    book = load_workbook(out)
    cells = {cell.value: cell.data_type for row in book["Partners"].iter_rows() for cell in row}
    assert cells[name] == "s" and cells["=1+1"] == "s"
    again = run_cli("rank", out, "--format", "json")
    assert strict_json(again.stdout)["ranking"] == strict_json(first.stdout)["ranking"]


def test_weights_too_big_to_add_up_give_no_traceback(tmp_path):
    criteria = [DEFAULT_CRITERIA[0], ["Technology transfer", "benefit", 1e308], ["Capital", "benefit", 1e308]]
    criteria.append(["Months", "cost", 1])
    path = write_workbook(tmp_path / "s.xlsx", criteria=criteria)
    result = run_cli("rank", path, "--format", "json")
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1)
    assert len(result.stderr.splitlines()) <= 3
