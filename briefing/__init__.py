"""The brief: a 2-4 page Word or PDF note on one study, in English or Vietnamese.

Its own layer between ``desktop`` and ``workbooks``: it draws a chart with matplotlib (Agg,
never a GUI backend) and writes .docx and .pdf files, which the core packages never do. Pure
otherwise: no Qt, so the command line and the GUI call the same ``write_brief``.
"""

from __future__ import annotations

from pathlib import Path

from criteria.errors import Problem, UsageError

FORMATS = (".docx", ".pdf")


def brief_format(path: str | Path) -> str:
    """``".docx"`` or ``".pdf"`` from the file name (UsageError otherwise)."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise UsageError(Problem(f"--out {str(path)!r}: the brief is written as .docx or .pdf"))
    return suffix


def write_brief(path: str | Path, content, language: str | None = None) -> Path:
    """Compose the brief on ``content`` (``briefing.content.BriefContent``) and write it atomically.

    The format follows the suffix (.docx or .pdf). Raises ``UsageError`` for another suffix and
    ``OutputError`` when the file cannot be written (any old file is then intact).
    """
    from briefing.chart import contributions_png
    from briefing.text import TOP_ROWS, compose, contribution_label
    from criteria.i18n import Language
    from workbooks.atomic import write_atomic

    suffix = brief_format(path)
    lang = Language(language)
    ranking = content.ranking
    chart = None
    if ranking.contributions is not None:
        rows = ranking.order[:TOP_ROWS]
        chart = contributions_png(
            [ranking.partners[k] for k in rows],
            [int(ranking.ranks[k]) for k in rows],
            [float(ranking.scores[k]) for k in rows],
            ranking.contributions[rows],
            list(ranking.criteria),
            lang,
            _sentence_case(contribution_label(ranking.method, lang)),
        )
    document = compose(content, lang.code, chart=chart)
    if suffix == ".docx":
        from briefing.word import write_docx as write
    else:
        from briefing.pdf import write_pdf as write
    return write_atomic(path, lambda temp: write(document, temp))


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]
