"""The brief as a list of blocks in one language, for the Word and PDF writers to lay out alike."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 0: the document's title


@dataclass(frozen=True)
class Paragraph:
    text: str
    lead: str = ""  # bold words before the text ("Question:")
    small: bool = False  # notes and the appendix


@dataclass(frozen=True)
class Notice:
    """The workbook's data notice, set apart so nobody quotes the figures without it."""

    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]  # right-aligned columns
    widths: tuple[float, ...]  # shares of the text width, summing to 1


@dataclass(frozen=True)
class Figure:
    png: bytes
    aspect: float  # height / width
    caption: str


Block = Heading | Paragraph | Notice | Bullets | Table | Figure


@dataclass(frozen=True)
class Document:
    language: str
    title: str
    blocks: tuple[Block, ...]
