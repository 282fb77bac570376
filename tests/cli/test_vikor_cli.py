"""`--vikor-v`, VIKOR's compromise set in table/json/result workbook, and `partner-scout reversal`."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tests.cli.conftest import digest, run_cli, strict_json

SET = ["Star Group Industrial", "LS Eco Energy"]


def test_json_gives_the_compromise_set_and_the_conditions(sample_copy):
    result = run_cli("rank", sample_copy, "--method", "vikor", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = strict_json(result.stdout)
    assert data["compromise_set"] == SET
    vikor = data["vikor"]
    assert vikor["v"] == 0.5 and vikor["dq"] == pytest.approx(1 / 15)
    assert vikor["acceptable_advantage"] is False and vikor["acceptable_stability"] is True
    assert vikor["advantage"] == pytest.approx(data["ranking"][1]["score"] - data["ranking"][0]["score"])
    assert set(vikor["S"]) == {row["partner"] for row in data["ranking"]}


def test_v_changes_q_and_the_answer(sample_copy):
    data = strict_json(
        run_cli("rank", sample_copy, "--method", "vikor", "--vikor-v", "0.25", "--format", "json").stdout
    )
    assert data["compromise_set"] == ["Star Group Industrial"] and data["vikor"]["v"] == 0.25
    default = strict_json(run_cli("rank", sample_copy, "--method", "vikor", "--format", "json").stdout)
    assert [r["score"] for r in data["ranking"]] != [r["score"] for r in default["ranking"]]


def test_other_methods_have_no_compromise_set(sample_copy):
    data = strict_json(run_cli("rank", sample_copy, "--method", "topsis", "--format", "json").stdout)
    assert "compromise_set" not in data


def test_the_table_says_the_compromise_in_words(sample_copy):
    english = run_cli("rank", sample_copy, "--method", "vikor").stdout
    assert "Star Group Industrial and LS Eco Energy together form the compromise solution" in english
    vietnamese = run_cli("rank", sample_copy, "--method", "vikor", "--lang", "vi").stdout
    assert (
        "Star Group Industrial và LS Eco Energy cùng tạo thành nghiệm thỏa hiệp theo VIKOR (v = 0,5)"
        in vietnamese
    )


@pytest.mark.parametrize("value", ["1.5", "-0.1", "half", "nan"])
def test_a_bad_v_is_a_usage_error(sample_copy, value):
    before = digest(sample_copy)
    result = run_cli("rank", sample_copy, "--method", "vikor", "--vikor-v", value)
    assert result.returncode == 2 and "VIKOR v" in result.stderr and "Traceback" not in result.stderr
    assert digest(sample_copy) == before


def test_the_result_workbook_records_v_and_the_compromise(sample_copy, tmp_path):
    out = tmp_path / "result.xlsx"
    result = run_cli("rank", sample_copy, "--method", "vikor", "--vikor-v", "0.75", "--out", out)
    assert result.returncode == 0, result.stderr
    workbook = load_workbook(out, read_only=True)
    settings = {row[0]: row[1] for row in workbook["Settings"].iter_rows(values_only=True)}
    assert settings["VIKOR v"] == 0.75
    assert settings["VIKOR compromise set"] == "; ".join(SET)
    assert settings["VIKOR compromise"].startswith("Star Group Industrial and LS Eco Energy together form")
    summary = [cell for row in workbook["Summary"].iter_rows(values_only=True) for cell in row if cell]
    assert any(str(cell).startswith("Star Group Industrial and LS Eco Energy together") for cell in summary)


def test_reversal_says_which_pairs_swap(sample_copy):
    result = run_cli("reversal", sample_copy, "--method", "vikor", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert (
        "Without Blackstone Minerals, JOGMEC and Shin-Etsu Chemical swap places under VIKOR."
        in result.stdout.splitlines()
    )
    data = strict_json(run_cli("reversal", sample_copy, "--method", "vikor", "--format", "json").stdout)
    assert data["checked"] == 16
    assert {
        "removed": "Blackstone Minerals",
        "was_ahead": "JOGMEC",
        "now_ahead": "Shin-Etsu Chemical",
    } in data["reversals"]
    none = run_cli("reversal", sample_copy, "--method", "wpm", "--lang", "en").stdout
    assert "leaves the order of the others unchanged under WPM" in none
