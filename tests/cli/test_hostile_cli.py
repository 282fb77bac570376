"""The command line on hostile workbooks: exit code 1 and one message naming the cell (in
Vietnamese under --lang vi), never a traceback or an "unexpected error", the input untouched, and
``--out`` never replacing the input workbook or an old result it failed to replace."""

from __future__ import annotations

import os
import resource
import subprocess
import zipfile

import pytest

from tests.cli.conftest import CLI, digest, run_cli, strict_json
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


def _sheet_edited(path, edit):
    """``path`` with its Partners sheet's XML passed through ``edit`` (a raw zip edit)."""
    edited = path.with_name(f"edited {path.name}")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(edited, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(
                info.filename, edit(data) if info.filename == "xl/worksheets/sheet1.xml" else data
            )
    return edited


@pytest.mark.parametrize(
    "stray, far",
    [
        (b'<row r="99999999"><c r="A99999999" t="n"><v>1</v></c></row>', "A99999999"),  # past Excel's grid
        (b'<row r="99999999"><c r="a99999999" t="n"><v>1</v></c></row>', "A99999999"),  # lower case
        (b'<row r="99999999"><c t="n"><v>1</v></c></row>', "A99999999"),  # the row's own number only
        (b'<row r="1048576"><c r="A1048576" t="n"><v>1</v></c></row>', "A1048576"),  # was named as G1
    ],
)
def test_a_stray_cell_far_down_is_refused_not_allocated(tmp_path, stray, far):
    # 8 digits or a lower-case address slipped past the check: calamine allocated the grid up to
    # it (22 GB) and the process aborted with a Rust backtrace, or the machine ran out of memory
    path = _sheet_edited(
        study(tmp_path / "study.xlsx"), lambda xml: xml.replace(b"</sheetData>", stray + b"</sheetData>")
    )
    result = subprocess.run([CLI, "rank", str(path)], capture_output=True, text=True, timeout=120,
                            preexec_fn=_two_gigabytes, env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith(f"partner-scout: Partners!{far}: this sheet's data runs out to {far} (")


def _two_gigabytes():
    """Address space for a child process: what the old reader asked calamine for could not fit."""
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
