"""The command line on hostile workbooks: exit code 1 and one message naming the cell (in
Vietnamese under --lang vi), never a traceback or an "unexpected error", the input untouched, and
``--out`` never replacing the input workbook or an old result it failed to replace."""

from __future__ import annotations

import pytest

from tests.cli.conftest import digest, run_cli, strict_json
from tests.workbooks.hostile import study


def test_promethee_json_with_a_gaussian_threshold_of_5e_324_is_strict_json(tmp_path):
    # the NaN flows of such an s made json.dumps fail: "unexpected error (ValueError: Out of range
    # float values are not JSON compliant: nan); please report it", exit 1
    path = study(tmp_path / "tiny.xlsx", {("Criteria", 3, 11): 5e-324})
    result = run_cli("rank", path, "--method", "promethee", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert all(row["score"] is not None for row in strict_json(result.stdout)["ranking"])


@pytest.mark.parametrize("out", ["same", "dot", "link"])
def test_out_never_replaces_the_input_workbook(tmp_path, out):
    # a result workbook keeps the input's other sheets as values only: written over the input
    # (also through ./ or a link) it took the study's formulas with it
    path = study(tmp_path / "study.xlsx")
    target = {"same": path, "dot": tmp_path / "." / "study.xlsx", "link": tmp_path / "link.xlsx"}[out]
    if out == "link":
        target.symlink_to(path)
    before = digest(path)
    result = run_cli("rank", path, "--out", target)
    assert result.returncode == 3
    assert result.stderr.strip().splitlines() == [
        f"partner-scout: cannot write {target}: it is the input workbook; write the results to another file"
    ]
    assert digest(path) == before


@pytest.mark.parametrize(
    "changes, english, vietnamese",
    [
        (
            {("Study settings", 3, 2): True},
            "Study settings!B3: TRUE is a true/false value, not a number (setting 'VIKOR v')",
            "Study settings!B3: TRUE là giá trị đúng/sai, không phải là số (thiết lập 'VIKOR v')",
        ),
        (
            {("Evidence", 2, 4): "2024-02-30"},
            "Evidence!D2: '2024-02-30' is not a date (use a date, or 2024, 2024-03, 2024-03-05) "
            "(partner 'Alpha', criterion 'Tech')",
            "Evidence!D2: '2024-02-30' không phải là ngày (hãy ghi một ngày, hoặc 2024, 2024-03, "
            "2024-03-05) (đối tác 'Alpha', tiêu chí 'Tech')",
        ),
        (
            {("Evidence settings", 5, 2): "#N/A"},
            "Evidence settings!B5: '#N/A' is an Excel error, not a number (setting 'Evidence older than (years)')",
            "Evidence settings!B5: '#N/A' là lỗi Excel, không phải là số (thiết lập 'Evidence older than (years)')",
        ),
    ],
)
def test_a_bad_cell_is_one_line_naming_it_in_either_language(tmp_path, changes, english, vietnamese):
    path = study(tmp_path / "bad.xlsx", changes)
    before = digest(path)
    old = study(tmp_path / "old results.xlsx")
    kept = digest(old)
    for lang, expected in (("en", english), ("vi", vietnamese)):
        result = run_cli("rank", path, "--lang", lang, "--out", old)
        assert (result.returncode, result.stdout) == (1, "")
        assert result.stderr.splitlines() == [f"partner-scout: {expected}"]
    assert digest(path) == before and digest(old) == kept


def test_a_csv_file_named_xlsx_is_named_in_vietnamese(tmp_path):
    path = tmp_path / "Đối tác 2026.xlsx"
    path.write_text("Partner,Tech\nAlpha,1\n", encoding="utf-8")
    result = run_cli("rank", path, "--lang", "vi")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "partner-scout: Đối tác 2026.xlsx là tệp văn bản (CSV), không phải tệp Excel; "
        "hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx"
    ]
