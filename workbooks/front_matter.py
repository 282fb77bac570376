"""What a workbook says about itself, for the brief's first page: title, question, data notice.

The rules (README, "The brief"):

- title: the first line of a ``Title`` sheet; else the first line of the ``Read me`` sheet that
  is not a data notice; else the file name;
- question: a ``Read me`` line starting ``Question:``, ``Decision:`` or ``The decision:``
  (the text after the colon);
- data notices: ``Read me`` lines written in capitals (a banner such as the sample's
  ``ILLUSTRATIVE DATA - NOT AN ASSESSMENT OF REAL ORGANISATIONS``) or that say the data are
  illustrative.

A line is the first non-empty cell of a row. The text is the workbook's own and is never
translated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from workbooks.container import Container
from workbooks.table import header_key

TITLE_SHEET, READ_ME_SHEET = "Title", "Read me"
_QUESTION = re.compile(r"^\s*(?:question|(?:the\s+)?decision)\s*:\s*(.+)$", re.IGNORECASE | re.DOTALL)
_WORD = re.compile(r"[^\W\d_]{2,}")  # words of two letters or more
_ILLUSTRATIVE = re.compile(r"\billustrative\b", re.IGNORECASE)


@dataclass(frozen=True)
class FrontMatter:
    title: str
    question: str | None
    notices: tuple[str, ...]

    @property
    def notice(self) -> str:
        """The data notices on one line, for a chart's footer ("" when none)."""
        return " ".join(" ".join(line.split()) for line in self.notices)


def is_notice(line: str) -> bool:
    """A banner in capitals (two words or more) or a line saying the data are illustrative."""
    words = _WORD.findall(line)
    banner = len(words) >= 2 and all(word.isupper() for word in words)
    return banner or bool(_ILLUSTRATIVE.search(line))


def _lines(book: Container, sheet: str | None) -> list[str]:
    if sheet is None:
        return []
    found = []
    for row in book.rows(sheet):
        text = next((str(v).strip() for v in row if v not in (None, "") and str(v).strip()), None)
        if text:
            found.append(text)
    return found


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:]


def read_front_matter(path: str | Path) -> FrontMatter:
    """Title, question and data notices of the workbook at ``path`` (InputError if unreadable)."""
    book = Container(path)
    by_key = {header_key(name): name for name in book.worksheet_names}
    title_lines = _lines(book, by_key.get(header_key(TITLE_SHEET)))
    read_me = _lines(book, by_key.get(header_key(READ_ME_SHEET)))
    notices = tuple(line for line in read_me if is_notice(line))
    questions = [_sentence(m.group(1)) for line in read_me if (m := _QUESTION.match(line))]
    plain = [line for line in read_me if not is_notice(line) and not _QUESTION.match(line)]
    title = (title_lines or plain or [Path(path).stem])[0]
    return FrontMatter(title, questions[0] if questions else None, notices)


def data_notice(path: str | Path | None) -> str:
    """The workbook's data notices on one line, for a chart's footer ("" when none or unreadable:
    a notice is optional, and an export must not fail for want of one)."""
    from criteria.errors import InputError

    if not path or not Path(path).is_file():
        return ""
    try:
        return read_front_matter(path).notice
    except InputError:
        return ""
