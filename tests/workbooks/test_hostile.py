"""Files that are not what they claim, or are built to hurt: one clear message, quickly, never a crash."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from criteria.errors import InputError
from tests.xlsx import write_workbook
from workbooks.container import OLE_MAGIC
from workbooks.reader import read_workbook
from workbooks.xlsx import Sheet, write_xlsx


def message(path: Path) -> str:
    """The single message reading ``path`` gives; the file is unchanged afterwards."""
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(InputError) as caught:
        read_workbook(path)
    if before is not None:
        assert path.read_bytes() == before
    assert len(caught.value.problems) == 1
    return str(caught.value)


def test_not_found(tmp_path):
    assert message(tmp_path / "nope.xlsx") == f"{tmp_path / 'nope.xlsx'} not found"


def test_a_folder(tmp_path):
    assert "is a folder" in message(tmp_path)


def test_empty_file(tmp_path):
    (tmp_path / "e.xlsx").write_bytes(b"")
    assert message(tmp_path / "e.xlsx") == "e.xlsx is empty (0 bytes); it is not a workbook"


def test_old_xls_renamed(tmp_path):
    (tmp_path / "book.xlsx").write_bytes(OLE_MAGIC + bytes(4088))
    assert message(tmp_path / "book.xlsx") == (
        "book.xlsx is an old Excel 97-2003 (.xls) file; open it in Excel and save it as .xlsx"
    )


def test_encrypted_workbook(tmp_path):
    body = OLE_MAGIC + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(500)
    (tmp_path / "secret.xlsx").write_bytes(body)
    assert "secret.xlsx is password-protected" in message(tmp_path / "secret.xlsx")


def test_csv_renamed(tmp_path):
    (tmp_path / "data.xlsx").write_text("Partner,Capital\nJOGMEC,5\n", encoding="utf-8")
    assert message(tmp_path / "data.xlsx") == (
        "data.xlsx is a text (CSV) file, not an Excel workbook; open it in Excel and save it as .xlsx"
    )


def test_random_bytes(tmp_path):
    (tmp_path / "x.xlsx").write_bytes(bytes(range(256)) * 4)
    assert "x.xlsx is not an Excel workbook" in message(tmp_path / "x.xlsx")


def test_truncated_zip(tmp_path):
    good = write_workbook(tmp_path / "good.xlsx").read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(good[: len(good) // 2])
    assert "cut.xlsx is damaged" in message(tmp_path / "cut.xlsx")


def test_zip_that_is_not_a_workbook(tmp_path):
    with zipfile.ZipFile(tmp_path / "z.xlsx", "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "z.xlsx is a zip archive but not an Excel workbook" in message(tmp_path / "z.xlsx")


def test_zip_bomb_is_refused_from_declared_sizes(tmp_path):
    path = write_workbook(tmp_path / "bomb.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", bytes(64 << 20))  # 64 MiB of zeros, ~64 KiB packed
    started = time.perf_counter()
    text = message(path)
    assert "refusing to read it (zip bomb?)" in text and "xl/media/padding.bin" in text
    assert time.perf_counter() - started < 5.0  # a guard against inflating it, not a benchmark


def test_xml_entities_are_refused(tmp_path):
    path = write_workbook(tmp_path / "lol.xlsx")
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    )
    members["xl/workbook.xml"] = laughs + members["xl/workbook.xml"]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    assert message(path) == "lol.xlsx: xl/workbook.xml declares XML entities; refusing to read it"


def test_stray_formatted_cell_at_the_last_cell_loads_quickly(tmp_path):
    path = write_workbook(tmp_path / "far.xlsx")
    book = load_workbook(path)
    book["Partners"]["XFD1048576"].number_format = "0.00"
    book.save(path)
    started = time.perf_counter()
    assert read_workbook(path).shape == (4, 3)
    assert time.perf_counter() - started < 5.0  # a guard against allocating the grid, not a benchmark


def test_stray_value_at_the_last_cell_is_refused_not_allocated(tmp_path):
    # calamine would try to allocate the whole sheet grid (hundreds of GiB) and abort.
    path = write_workbook(tmp_path / "far.xlsx")
    book = load_workbook(path)
    book["Partners"]["XFD1048576"] = "x"
    book.save(path)
    text = message(path)
    assert text.startswith("Partners!XFD1048576: this sheet's data runs out to XFD1048576")


def _big(path: Path, rows: int) -> Path:
    criteria = [f"C{j}" for j in range(10)]
    partners = [["Partner", "Country", *criteria]]
    partners += [[f"P{i}", "VN", *((i * 7 + j) % 10 + 1.5 for j in range(10))] for i in range(rows)]
    criteria_rows = [["Criterion", "Direction", "Weight"], *([c, "benefit", 1] for c in criteria)]
    write_xlsx(path, [Sheet("Partners", partners), Sheet("Criteria", criteria_rows)])
    return path


def test_100k_rows_load_in_a_few_seconds(tmp_path):
    path = _big(tmp_path / "big.xlsx", 100_000)
    started = time.perf_counter()
    model = read_workbook(path)
    assert time.perf_counter() - started < 30.0  # a hang guard; `make bench` measures the speed
    assert model.shape == (100_000, 10)
    assert model.partner_rows[-1] == 100_001
