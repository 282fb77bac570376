"""The brief as a PDF (A4), with reportlab's platypus and a font that has every Vietnamese letter.

The PDF base fonts (Helvetica...) lack letters such as ế, ư and đ, so DejaVu Sans, shipped with
matplotlib (``matplotlib.get_data_path()/fonts/ttf``), is registered and embedded.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from briefing.document import Bullets, Document, Figure, Heading, Notice, Paragraph, Table

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
CELL_PADDING = 6  # reportlab's default left and right padding of a table cell, in points
ACCENT = "#1F4E79"


@cache
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular and bold) with reportlab, once; return their names."""
    import matplotlib
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, BOLD)
    return FONT, BOLD


def _styles() -> dict:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("body", fontName=FONT, fontSize=9.3, leading=12.6, spaceAfter=4)
    return {
        "body": body,
        "small": ParagraphStyle("small", body, fontSize=8.3, leading=11.5),
        "title": ParagraphStyle(
            "title", body, fontName=BOLD, fontSize=17, leading=21, spaceAfter=8, textColor=HexColor(ACCENT)
        ),  # fmt: skip
        "h1": ParagraphStyle(
            "h1",
            body,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
            textColor=HexColor(ACCENT),
            keepWithNext=True,
        ),  # fmt: skip
        "notice": ParagraphStyle(
            "notice",
            body,
            fontName=BOLD,
            textColor=HexColor("#A01C1C"),
            borderColor=HexColor("#A01C1C"),
            borderWidth=0.8,
            borderPadding=4,
            spaceBefore=4,
            spaceAfter=8,
        ),  # fmt: skip
        "cell": ParagraphStyle("cell", body, fontSize=8.3, leading=10.5, spaceAfter=0),
        "caption": ParagraphStyle("caption", body, fontSize=8.3, leading=11, textColor=HexColor("#444444")),
    }


def write_pdf(document: Document, path: str | Path) -> None:
    """Lay ``document`` out on A4 pages and write the PDF to ``path`` (not atomic by itself)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    styles = _styles()
    template = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=1.8 * cm,
        bottomMargin=1.8 * cm,
        title=document.title,
        author="Partner Scout",
        lang=document.language,
        initialFontName=FONT,  # else every page also references Helvetica, which has no Vietnamese letters
    )
    from reportlab.platypus import KeepTogether

    flowables, heading = [], []
    for block in document.blocks:
        made = _flowables(block, styles, template.width)
        if isinstance(block, Heading) and block.level:
            heading = made  # a heading stays on the page of what follows it
            continue
        if heading:
            made, heading = [KeepTogether(heading + made[:1]), *made[1:]], []
        flowables += made
    flowables += heading
    template.build(flowables, onFirstPage=_page_number, onLaterPages=_page_number)


def _page_number(canvas, template) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.drawRightString(
        template.pagesize[0] - template.rightMargin, 1.0 * 28.35, str(canvas.getPageNumber())
    )
    canvas.restoreState()


def _column_widths(block: Table, width: float, size: float) -> list[float]:
    """The block's shares of ``width``, widened where a header word would not fit (measured in the
    bold font), the room taken from the widest column."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths = [share * width for share in block.widths]
    needed = [
        max(stringWidth(word, BOLD, size) for word in h.split() or [""]) + 2 * CELL_PADDING
        for h in block.header
    ]
    short = [max(0.0, need - have) for need, have in zip(needed, widths)]
    widest = max(range(len(widths)), key=widths.__getitem__)
    widths = [max(have, need) for have, need in zip(widths, needed)]
    widths[widest] -= sum(short)
    return widths


def _text(text: str) -> str:
    """Plain text for a reportlab Paragraph, which reads a little XML markup."""
    return escape(text)


def _flowables(block, styles: dict, width: float) -> list:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Image, KeepTogether, ListFlowable, ListItem, TableStyle
    from reportlab.platypus import Paragraph as Para
    from reportlab.platypus import Table as PdfTable

    if isinstance(block, Heading):
        return [Para(_text(block.text), styles["title" if block.level == 0 else "h1"])]
    if isinstance(block, Paragraph):
        lead = f"<b>{_text(block.lead)}</b> " if block.lead else ""
        return [Para(lead + _text(block.text), styles["small" if block.small else "body"])]
    if isinstance(block, Notice):
        return [Para(_text(block.text), styles["notice"])]
    if isinstance(block, Bullets):
        items = [ListItem(Para(_text(item), styles["body"]), leftIndent=12) for item in block.items]
        return [ListFlowable(items, bulletType="bullet", start="•", bulletFontName=FONT, leftIndent=12)]
    if isinstance(block, Table):
        cell = styles["cell"]
        right = cell.clone("right", alignment=2)
        header = [
            Para(f"<b>{_text(h)}</b>", right if n else cell) for h, n in zip(block.header, block.numeric)
        ]
        body = [
            [Para(_text(v), right if n else cell) for v, n in zip(row, block.numeric)] for row in block.rows
        ]
        table = PdfTable([header, *body], colWidths=_column_widths(block, width, cell.fontSize), repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),  # the cells are Paragraphs; no Helvetica left over
                    ("BACKGROUND", (0, 0), (-1, 0), HexColor("#DCE6F1")),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(ACCENT)),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [HexColor("#FFFFFF"), HexColor("#F4F6F9")]),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return [table]
    if isinstance(block, Figure):
        image = Image(io.BytesIO(block.png), width=width, height=width * block.aspect)
        return [KeepTogether([image, Para(_text(block.caption), styles["caption"])])]
    raise TypeError(f"no PDF layout for {type(block).__name__}")  # pragma: no cover
