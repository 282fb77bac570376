"""The brief's contributions chart: a matplotlib ``Figure`` drawn by Agg to PNG bytes, no GUI backend.

A static picture for paper, unlike the GUI's live ``ContributionPlot``: partner names are the
y tick labels, and the layout is left to ``constrained`` layout, which measures the text with
the renderer. DejaVu Sans (matplotlib's own font) has every Vietnamese letter.
"""

from __future__ import annotations

import io
import struct

import numpy as np

from criteria.i18n import Language

WIDTH_IN = 6.3  # the text width of an A4 page with 2 cm margins
BAR_IN = 0.24  # height per partner
DPI = 200


def contributions_png(
    names: list[str],
    ranks: list[int],
    scores: list[float],
    contributions: np.ndarray,
    criteria: list[str],
    lang: Language,
    xlabel: str,
) -> bytes:
    """Stacked bars of each criterion's part of the score, best partner on top, as PNG bytes.

    Positive parts stack right of zero and negative ones left of it (TOPSIS and PROMETHEE
    have signed parts). The score is printed at the end of each bar in the language's format;
    ``xlabel`` says what the parts are (``briefing.text.contribution_label``).
    """
    from matplotlib import colormaps
    from matplotlib.figure import Figure

    values = np.asarray(contributions, dtype=float).reshape(len(names), len(criteria))
    colours = colormaps["tab10"].colors
    height = 1.2 + BAR_IN * len(names) + 0.25 * ((len(criteria) + 2) // 3)
    figure = Figure(figsize=(WIDTH_IN, height), dpi=DPI, layout="constrained")
    ax = figure.add_subplot()
    y = np.arange(len(names))
    positive = np.where(values > 0, values, 0.0)
    negative = np.where(values < 0, values, 0.0)
    right, left = np.zeros(len(names)), np.zeros(len(names))
    for j, criterion in enumerate(criteria):
        base = np.where(values[:, j] >= 0, right, left)
        ax.barh(y, values[:, j], left=base, height=0.7, color=colours[j % len(colours)], label=criterion,
                edgecolor="white", linewidth=0.5)  # fmt: skip
        right += positive[:, j]
        left += negative[:, j]
    for k, score in enumerate(scores):
        ax.annotate(lang.number(score), (right[k], y[k]), xytext=(3, 0), textcoords="offset points",
                    va="center", fontsize=7.5, color="#333333")  # fmt: skip
    ax.set_yticks(y, [f"{r}. {n}" for r, n in zip(ranks, names)], fontsize=8)
    ax.set_ylim(len(names) - 0.5, -0.5)
    ax.axvline(0, color="#444444", linewidth=0.8)
    ax.set_xlim(min(0.0, left.min() * 1.05), right.max() * 1.12 or 1.0)
    ax.tick_params(axis="x", labelsize=7.5)
    digits = tick_decimals(ax.get_xticks())
    ax.xaxis.set_major_formatter(lambda value, _: lang.number(value, digits))
    ax.set_xlabel(xlabel, fontsize=8)
    ax.grid(axis="x", color="#DDDDDD", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    figure.legend(loc="outside lower center", ncols=min(3, len(criteria)), fontsize=7.5, frameon=False)
    buffer = io.BytesIO()
    # no date or software version in the file: the same study gives the same bytes
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def tick_decimals(ticks) -> int:
    """The fewest decimals that tell the ticks apart (0.05 steps need 2, 0.1 steps 1)."""
    step = float(np.min(np.diff(ticks))) if len(ticks) > 1 else 1.0
    return next((d for d in range(7) if abs(step * 10**d - round(step * 10**d)) < 1e-6), 6)


def png_aspect(png: bytes) -> float:
    """Height / width of a PNG, from its header."""
    width, height = struct.unpack(">II", png[16:24])
    return height / width
