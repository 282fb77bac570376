"""A workbook's data notice: the first line of its "Read me" sheet (the sample's "ILLUSTRATIVE DATA ...").

Charts exported from a study carry it in their footer, so a chart pasted into
slides keeps saying what its data is.
"""

from __future__ import annotations

from pathlib import Path

READ_ME_SHEETS = ("read me", "readme", "notice")  # compared without case


def data_notice(path: str | Path | None) -> str:
    """The first non-empty cell of column A of the workbook's "Read me" sheet ("" when none or unreadable)."""
    if not path or not Path(path).is_file():
        return ""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True)
    except Exception:  # noqa: BLE001 (a notice is optional: any unreadable file has none)
        return ""
    try:
        for sheet in book.worksheets:
            if sheet.title.strip().lower() not in READ_ME_SHEETS:
                continue
            for (value,) in sheet.iter_rows(min_col=1, max_col=1, max_row=50, values_only=True):
                if value is not None and str(value).strip():
                    return " ".join(str(value).split())
        return ""
    finally:
        book.close()
