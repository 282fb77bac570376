"""The brief as an editable Word document (.docx), with python-docx."""

from __future__ import annotations

import io
from pathlib import Path

from briefing.document import Bullets, Document, Figure, Heading, Notice, Paragraph, Table

TEXT_WIDTH_CM = 17.0  # A4 (21 cm) less 2 cm margins
_LOCALES = {"vi": "vi-VN", "en": "en-GB"}


def write_docx(document: Document, path: str | Path) -> None:
    """Lay ``document`` out in Word and save it to ``path`` (not atomic by itself: ``briefing.write_brief``)."""
    from docx import Document as WordDocument
    from docx.shared import Cm

    word = WordDocument()
    section = word.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    _styles(word, document.language)
    word.core_properties.title = document.title
    word.core_properties.language = _LOCALES[document.language]
    for block in document.blocks:
        _add(word, block)
    word.save(str(path))


def _styles(word, language: str) -> None:
    """A font with every Vietnamese letter, and the text's language for Word's spelling checker."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    normal = word.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    properties = normal.element.get_or_add_rPr()
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = properties.makeelement(qn("w:lang"), {})
        properties.append(lang)
    lang.set(qn("w:val"), _LOCALES[language])


def _add(word, block) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    if isinstance(block, Heading):
        word.add_heading(block.text, level=block.level)
    elif isinstance(block, Paragraph):
        paragraph = word.add_paragraph()
        if block.lead:
            paragraph.add_run(block.lead + " ").bold = True
        run = paragraph.add_run(block.text)
        if block.small:
            run.font.size = Pt(9)
    elif isinstance(block, Notice):
        run = word.add_paragraph().add_run(block.text)
        run.bold = True
        run.font.color.rgb = RGBColor(0xA0, 0x1C, 0x1C)
    elif isinstance(block, Bullets):
        for item in block.items:
            word.add_paragraph(item, style="List Bullet")
    elif isinstance(block, Table):
        table = word.add_table(rows=1 + len(block.rows), cols=len(block.header))
        table.style = "Light Grid Accent 1"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, row in enumerate((block.header, *block.rows)):
            for c, text in enumerate(row):
                cell = table.cell(r, c)
                cell.width = Cm(TEXT_WIDTH_CM * block.widths[c])
                paragraph = cell.paragraphs[0]
                paragraph.add_run(text).font.size = Pt(9)
                if block.numeric[c]:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        word.add_paragraph()
    elif isinstance(block, Figure):
        word.add_picture(io.BytesIO(block.png), width=Cm(TEXT_WIDTH_CM))
        caption = word.add_paragraph().add_run(block.caption)
        caption.italic = True
        caption.font.size = Pt(9)
    else:  # pragma: no cover - a new block type must be laid out here
        raise TypeError(f"no Word layout for {type(block).__name__}")
