"""Every problem a hostile workbook gives reads in Vietnamese (``rank --lang vi``, the app in
Vietnamese): the file itself (CSV, encrypted, .xls, damaged zip), a sheet's layout, the Study
settings, Evidence settings, Evidence and Value functions sheets. These wordings stayed English."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from criteria.errors import InputError
from criteria.problem_words import problem_words
from tests.workbooks.hostile import study
from workbooks.reader import read_workbook

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def files(folder):
    """Files that are no workbook at all."""
    (folder / "csv.xlsx").write_text("Partner,Tech\nA,1\n")
    (folder / "empty.xlsx").write_bytes(b"")
    (folder / "page.xlsx").write_text("<html><table></table></html>")
    (folder / "locked.xlsx").write_bytes(OLE + b"\0" * 600 + "EncryptedPackage".encode("utf-16-le"))
    (folder / "old.xls").write_bytes(OLE + b"\0" * 600)
    (folder / "damaged.xlsx").write_bytes(b"PK\x03\x04" + b"\x07" * 300)
    with zipfile.ZipFile(folder / "other.xlsx", "w") as archive:
        archive.writestr("hello.txt", "hi")
    with zipfile.ZipFile(folder / "sheet.ods.xlsx", "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    return sorted(folder.iterdir()) + [folder / "missing.xlsx", folder]


CELLS = {
    "levels": {("Study settings", 2, 2): "maybe"},
    "v range": {("Study settings", 3, 2): 1.5},
    "v text": {("Study settings", 3, 2): "half"},
    "v empty": {("Study settings", 3, 1): "VIKOR v", ("Study settings", 3, 2): None},
    "setting without name": {("Study settings", 3, 1): None},
    "width text": {("Evidence settings", 2, 2): "wide"},
    "width range": {("Evidence settings", 2, 2): 5000},
    "age empty": {("Evidence settings", 5, 2): None},
    "not a setting": {("Evidence settings", 3, 1): "Colour"},
    "confidence": {("Evidence", 2, 5): "sure"},
    "date": {("Evidence", 2, 4): "2024-02-30"},
    "date number": {("Evidence", 3, 4): 45000},
    "low": {("Evidence", 2, 6): 0},
    "high": {("Evidence", 2, 7): 7.5},
    "range": {("Evidence", 4, 6): 30, ("Evidence", 4, 7): 25, ("Partners", 4, 6): None},  # no score
    "unknown partner": {("Evidence", 2, 1): "Omega"},
    "no criterion": {("Evidence", 3, 2): None},
    "twice": {("Evidence", 3, 1): "Alpha", ("Evidence", 3, 2): "Tech"},
    "widths": {("Criteria", 2, 12): "high=much"},
    "score": {("Value functions", 3, 3): 1.5},
    "point twice": {("Value functions", 3, 2): 10},
    "decreasing": {("Value functions", 3, 3): 0.05, ("Value functions", 2, 3): 0.5},
    "not finite": {("Partners", 2, 5): "=1/0"},
    "header moved": {("Study settings", 1, 1): None, ("Study settings", 1, 2): None},
    "no value column": {("Evidence settings", 1, 2): "Amount"},
    "scenario column": {("Scenarios", 1, 2): "Technology"},
    "date in settings": {("Evidence settings", 5, 2): dt.datetime(2024, 1, 1)},
}


def problems(path):
    with pytest.raises(InputError) as raised:
        read_workbook(path)
    return raised.value.problems


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    nothing = folder / "files"
    nothing.mkdir()
    said = [p for path in files(nothing) for p in problems(path)]
    for name, changes in CELLS.items():
        said += problems(study(folder / f"{name}.xlsx", changes))
    return said


def test_each_hostile_workbook_gives_its_own_problem(found):
    text = "\n".join(map(str, found))
    for fragment in ("a text (CSV) file", "is empty (0 bytes)", "a web page", "password-protected",
                     "Excel 97-2003", "is damaged", "zip archive but not", "OpenDocument", "not found",
                     "is a folder", "unknown minimum-level setting 'maybe'", "VIKOR v must be from 0 to 1",
                     "'half' is not a number (setting 'VIKOR v')", "the value is empty (setting 'VIKOR v')",
                     "a value but no setting name", "'wide' is not a number (setting 'Confidence width high')",
                     "from 0 to 1000, not 5000", "Evidence older than (years) has no value", "is not a setting",
                     "confidence 'sure'", "'2024-02-30' is not a date", "45000 is not a date", "Low 0 is outside",
                     "High 7.5 is below the score 8", "High 25 is below Low 30", "partner 'Omega' is not in",
                     "no criterion name", "is listed twice", "confidence width 'high=much'",
                     "score 1.5 is outside 0..1", "value 10 is given twice", "a benefit criterion",
                     "the formula here has no saved result", "row 1 must hold the column headers",
                     "the header row has no 'Value' column", "no column for criterion 'Tech'",
                     "2024-01-01 is a date or time"):  # fmt: skip
        assert fragment in text, fragment


def test_every_problem_of_a_hostile_workbook_reads_in_vietnamese(found):
    for problem in found:
        english, vietnamese = str(problem), problem_words(problem, "vi")
        assert vietnamese != english, english  # a known wording: translated, not passed through
        for context in ("(criterion ", "(setting ", "(partner ", "(value function "):
            assert context not in vietnamese, vietnamese
        if problem.cell:
            assert vietnamese.startswith(f"{problem.sheet}!{problem.cell}: "), vietnamese
    said = {problem_words(p, "vi") for p in found}
    assert "Study settings!B3: 'half' không phải là số (thiết lập 'VIKOR v')" in said
    assert any(s.startswith("csv.xlsx là tệp văn bản (CSV), không phải tệp Excel") for s in said)
