"""Open an .xlsx file safely: recognise what it really is, refuse hostile archives, find the sheets.

python-calamine reads cells fast but trusts the file: a value in cell XFD1048576 makes it
allocate the whole 17-billion-cell grid and abort the process, and it reads Excel errors and
formulas without a cached value as empty cells. So before calamine sees a sheet we look at the
raw archive and sheet XML ourselves, cheaply, with byte searches and regular expressions.
"""

from __future__ import annotations

import os
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from xml.sax.saxutils import unescape

from criteria.errors import InputError, Problem
from workbooks.cells import column_index

MAX_TOTAL_BYTES = 1 << 30  # declared uncompressed size of the whole archive
MAX_RATIO = 200  # compression ratio above which a big member is taken for a zip bomb
RATIO_FLOOR = 20 << 20  # members smaller than this may compress as well as they like
MAX_CELLS = 5_000_000  # used area (rows x columns) we are willing to load per sheet
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SAVE_AS = "open it in Excel and save it as .xlsx"

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_FULL_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?<!/)>(.*?)</(?:\w+:)?c>", re.S)
# a cell element with content: ``<c r="B2"></c>`` (openpyxl with lxml, for a formatted empty cell) has none
# any letters and digits: A99999999 is past Excel's grid but calamine would still allocate up to it
_FILLED_REF = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Za-z]+)([0-9]+)"[^>]*?(?<!/)>(?!</(?:\w+:)?c>)')
_REF = re.compile(rb'\br="([A-Za-z]+)([0-9]+)"')
_UNPLACED_CELL = re.compile(rb"<(?:\w+:)?c(?:\s(?![^>]*\br=)[^>]*)?(?<!/)>(?!</(?:\w+:)?c>)")  # filled, no r=
_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="([0-9]+)"[^>]*?(?<!/)>(.*?)</(?:\w+:)?row>', re.S)
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]+)</(?:\w+:)?v>")
_FORMULA = re.compile(rb"<(?:\w+:)?f\b")
_FORMULA_TEXT = re.compile(rb"<(?:\w+:)?f\b[^>]*(?<!/)>([^<]*)<")
_XML_QUOTES = {"&quot;": '"', "&apos;": "'"}


@dataclass(frozen=True)
class SheetScan:
    """What calamine cannot tell us about a sheet: Excel errors and formulas without a saved result.

    Keys are 0-based (row, column).
    """

    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    uncached: dict[tuple[int, int], str] = field(default_factory=dict)  # formula text, without "="


def readable(path: str | Path) -> str:
    """A path for messages: bytes of a Linux file name that are not UTF-8 shown as U+FFFD."""
    return os.fsencode(path).decode("utf-8", "replace")


def _fail(message: str) -> InputError:
    return InputError(Problem(message))


def _sniff(path: Path) -> None:
    """Raise a plain-English InputError unless ``path`` looks like an .xlsx archive."""
    name = readable(path.name)
    if not path.exists():
        raise _fail(f"{readable(path)} not found")
    if not path.is_file():
        raise _fail(f"{readable(path)} is a folder, not a workbook")
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        raise _fail(f"cannot open {readable(path)}: {error.strerror or error}") from None
    if not head:
        raise _fail(f"{name} is empty (0 bytes); it is not a workbook")
    if head.startswith(OLE_MAGIC):
        # Encrypted .xlsx files are OLE containers too; their directory names the
        # EncryptedPackage stream (UTF-16), which an old .xls never has.
        if "EncryptedPackage".encode("utf-16-le") in path.read_bytes():
            raise _fail(f"{name} is password-protected; remove the password in Excel, then save it as .xlsx")
        raise _fail(f"{name} is an old Excel 97-2003 (.xls) file; {SAVE_AS}")
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _fail(f"{name} is not an Excel workbook (.xlsx); {SAVE_AS}") from None
    lowered = text.lstrip().lower()
    if lowered.startswith(("<html", "<!doctype html", "<?xml", "<table")):
        raise _fail(f"{name} is a web page or XML file, not an Excel workbook; {SAVE_AS}")
    raise _fail(f"{name} is a text (CSV) file, not an Excel workbook; {SAVE_AS}")


def _check_archive(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse zip bombs (by declared sizes) and XML with DTDs or entity declarations."""
    members = archive.infolist()
    total = sum(info.file_size for info in members)
    if total > MAX_TOTAL_BYTES:
        raise _fail(f"{name} would unpack to {total / 2**30:.1f} GiB; refusing to read it (zip bomb?)")
    for info in members:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise _fail(
                f"{name}: {info.filename} is compressed {ratio:.0f} to 1; refusing to read it (zip bomb?)"
            )
    for info in members:
        if info.filename.endswith((".xml", ".rels")):
            with archive.open(info) as member:
                prolog = member.read(2048)
            if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
                raise _fail(f"{name}: {info.filename} declares XML entities; refusing to read it")
    names = {info.filename for info in members}
    if "mimetype" in names and b"opendocument" in archive.read("mimetype"):
        raise _fail(f"{name} is an OpenDocument spreadsheet (.ods); {SAVE_AS}")


def _sheet_members(archive: zipfile.ZipFile, name: str) -> dict[str, str]:
    """Sheet name -> archive path of its XML, in workbook order."""
    from defusedxml import ElementTree

    try:
        root_rels = ElementTree.fromstring(archive.read("_rels/.rels"))
        book = next(
            rel.get("Target", "").lstrip("/")
            for rel in root_rels.iter(f"{_NS_PKG}Relationship")
            if rel.get("Type", "").endswith("/officeDocument")
        )
        folder = posixpath.dirname(book)
        rels_path = posixpath.join(folder, "_rels", posixpath.basename(book) + ".rels")
        targets = {
            rel.get("Id"): rel.get("Target", "")
            for rel in ElementTree.fromstring(archive.read(rels_path)).iter(f"{_NS_PKG}Relationship")
        }
        sheets = {}
        for sheet in ElementTree.fromstring(archive.read(book)).iter(f"{_NS_MAIN}sheet"):
            target = targets.get(sheet.get(f"{_NS_REL}id"), "")
            member = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
            sheets[sheet.get("name", "")] = member
    except (KeyError, StopIteration):
        raise _fail(f"{name} is a zip archive but not an Excel workbook; {SAVE_AS}") from None
    except Exception as error:  # defusedxml and expat errors share no base class
        raise _fail(f"{name} is damaged ({type(error).__name__}); {SAVE_AS} again") from None
    return sheets


def _has_unplaced_cells(data: bytes) -> bool:
    """Whether some cell may give no address (``<c t="n">``): counted at C speed when no cell tag
    has a namespace prefix and every one starts with its address, as Excel and openpyxl write them."""
    if b":c " in data or b":c>" in data:
        return _UNPLACED_CELL.search(data) is not None
    return data.count(b"<c ") + data.count(b"<c>") > data.count(b'<c r="')


def _rows_of_unplaced_cells(data: bytes) -> list[bytes]:
    """The numbers of the rows holding a filled cell without an address of its own."""
    return [number for number, body in _ROW.findall(data) if _UNPLACED_CELL.search(body)]


class Container:
    """A vetted .xlsx file: its sheet names, raw sheet XML scans, and calamine rows."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.name = readable(self.path.name)
        _sniff(self.path)
        try:
            with zipfile.ZipFile(self.path) as archive:
                _check_archive(archive, self.name)
                self._members = _sheet_members(archive, self.name)
        except zipfile.BadZipFile:
            raise _fail(f"{self.name} is damaged (not a valid .xlsx archive); {SAVE_AS} again") from None
        except OSError as error:
            raise _fail(f"cannot read {readable(self.path)}: {error.strerror or error}") from None
        self._book = None
        self._xml: dict[str, bytes] = {}

    @property
    def sheet_names(self) -> list[str]:
        return list(self._members)

    @property
    def worksheet_names(self) -> list[str]:
        """Sheets holding cells (not chart sheets), in workbook order."""
        return [name for name, member in self._members.items() if "/worksheets/" in f"/{member}"]

    def _sheet_xml(self, sheet: str) -> bytes:
        if sheet not in self._xml:
            try:
                with zipfile.ZipFile(self.path) as archive:
                    self._xml[sheet] = archive.read(self._members[sheet])
            except (KeyError, zipfile.BadZipFile):
                raise _fail(f"{self.name}: sheet {sheet!r} is missing or damaged; {SAVE_AS} again") from None
            except OSError as error:  # the file went away or cannot be read: saving again would not help
                raise _fail(f"cannot read {readable(self.path)}: {error.strerror or error}") from None
        return self._xml[sheet]

    def _check_extent(self, sheet: str) -> None:
        """Refuse a used area too big to load (calamine would allocate it all): by every filled
        cell's own address, in any order, and by the row of a filled cell that gives none."""
        data = self._sheet_xml(sheet)
        refs = _FILLED_REF.findall(data)
        if _has_unplaced_cells(data):
            refs += [(b"A", row) for row in _rows_of_unplaced_cells(data)]
        if not refs:
            return
        last_column = max(
            column_index(letters.decode().upper()) for letters in {letters for letters, _ in refs}
        )
        last_row = max(map(int, map(itemgetter(1), refs)))
        if (last_column + 1) * last_row > MAX_CELLS:
            # the stray cell: at the far column or the far row, whichever is further out of Excel's grid
            far_column = next(r for r in refs if column_index(r[0].decode().upper()) == last_column)
            far_row = next(r for r in refs if int(r[1]) == last_row)
            letters, row = far_row if last_row / 1_048_576 > (last_column + 1) / 16_384 else far_column
            far = f"{letters.decode().upper()}{int(row)}"
            raise InputError(
                Problem(
                    f"this sheet's data runs out to {far} ({last_row} rows x {last_column + 1} columns), "
                    "too big to load; delete the stray cells beyond your table and save again",
                    sheet,
                    far,
                )
            )

    def scan(self, sheet: str) -> SheetScan:
        """Excel error values and formulas without a cached value in ``sheet``."""
        data = self._sheet_xml(sheet)
        if b't="e"' not in data and not _FORMULA.search(data):
            return SheetScan()
        errors, uncached = {}, {}
        for attributes, body in _FULL_CELL.findall(data):
            is_error = b't="e"' in attributes
            has_formula = _FORMULA.search(body) is not None
            if not (is_error or has_formula) or not (ref := _REF.search(attributes)):
                continue
            where = (int(ref.group(2)) - 1, column_index(ref.group(1).decode().upper()))
            value = _VALUE.search(body)
            if is_error:
                errors[where] = value.group(1).decode() if value else "#N/A"
            elif value is None:
                formula = _FORMULA_TEXT.search(body)
                uncached[where] = unescape(formula.group(1).decode(), _XML_QUOTES) if formula else ""
        return SheetScan(errors, uncached)

    def rows(self, sheet: str) -> list[list]:
        """The sheet's cells from A1, trailing empty rows and columns dropped."""
        import python_calamine

        self._check_extent(sheet)
        try:
            if self._book is None:
                # through a Python file object: calamine's own open needs a UTF-8 path, and a
                # Linux file name may hold any bytes
                with self.path.open("rb") as handle:
                    self._book = python_calamine.CalamineWorkbook.from_filelike(handle)
            rows = self._book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        except OSError as error:
            raise _fail(f"cannot read {readable(self.path)}: {error.strerror or error}") from None
        except python_calamine.PasswordError:
            raise _fail(
                f"{self.name} is password-protected; remove the password in Excel, then save it as .xlsx"
            ) from None
        except Exception as error:  # calamine raises several unrelated types for damaged files
            raise _fail(f"{self.name}: sheet {sheet!r} cannot be read ({error}); {SAVE_AS} again") from None
        while rows and all(value == "" for value in rows[-1]):
            rows.pop()
        return rows
