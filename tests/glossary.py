"""docs/glossary.md as a check: a message with an English term must use its Vietnamese word.

Shared by the core catalogue's test (tests/criteria/test_i18n.py) and the interface's
(tests/desktop/test_translations.py), so both follow the one glossary.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@cache
def glossary() -> list[tuple[list[str], str]]:
    """Rows of docs/glossary.md with one plain term: (English spellings, Vietnamese term)."""
    rows = []
    for line in (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 2 or cells[0] in ("English", "---") or re.search(r"[(/;]", "".join(cells)):
            continue
        rows.append(([t.strip() for t in cells[0].split(",")], cells[1]))
    return sorted(rows, key=lambda row: -max(map(len, row[0])))  # longest terms first


def missing_terms(english: str, vietnamese: str) -> list[str]:
    """The glossary's Vietnamese words that ``vietnamese`` lacks although ``english`` has the term."""
    # the tool's name, sheet names, place-holders ({partner}, %1) and accelerators are not words
    english = re.sub(r"\{\w+\}|%\d|Partner Scout|\b\w+(?= sheet\b)", " ", english.replace("&", ""))
    missing = []
    for terms, word in glossary():
        pattern = r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")s?\b"
        if re.search(pattern, english, re.IGNORECASE):
            if word.lower() not in vietnamese.replace("&", "").lower():
                missing.append(word)
            english = re.sub(pattern, " ", english, flags=re.IGNORECASE)  # "result workbook" first
    return missing
