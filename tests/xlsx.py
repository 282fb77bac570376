"""Build workbooks for tests with openpyxl directly, independent of our own writer."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

DEFAULT_CRITERIA = [
    ["Criterion", "Direction", "Weight"],
    ["Technology transfer", "benefit", 0.4],
    ["Capital", "benefit", 0.3],
    ["Months", "cost", 0.3],
]
DEFAULT_PARTNERS = [
    ["Partner", "Country", "Technology transfer", "Capital", "Months"],
    ["JOGMEC", "Japan", 8, 5, 60],
    ["Shin-Etsu Chemical", "Japan", 3, 7, 18],
    ["China Rare Earth Group", "China", 4, 9, 24],
    ["LS Eco Energy", "S. Korea", 6, 5, 36],
]


def write_workbook(
    path: Path,
    partners: Sequence[Sequence[object]] = DEFAULT_PARTNERS,
    criteria: Sequence[Sequence[object]] = DEFAULT_CRITERIA,
    scenarios: Sequence[Sequence[object]] | None = None,
    extra_sheets: dict[str, Sequence[Sequence[object]]] | None = None,
) -> Path:
    """Write the given rows (row 1 = header) to sheets Partners, Criteria, and optionally Scenarios."""
    book = Workbook()
    book.remove(book.active)
    sheets = {"Partners": partners, "Criteria": criteria}
    if scenarios is not None:
        sheets["Scenarios"] = scenarios
    sheets.update(extra_sheets or {})
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path
