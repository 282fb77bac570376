"""The result workbook's ``Summary`` sheet: the ranking laid out for reading, first in the workbook.

Scores are rounded to three decimals and shares shown as percentages (``workbooks.xlsx.Formatted``),
with readable column widths and the header frozen. The data sheets (``Ranking``,
``Acceptability``...) keep every value at full precision.
"""

from __future__ import annotations

from workbooks.sheets import HEADER_WIDTH, NAME_WIDTH
from workbooks.xlsx import Formatted, Sheet

SUMMARY = "Summary"
SCORE, PERCENT, DECIMAL = "0.000", "0.0%", "0.00"


def _rounded(value: float, format: str) -> Formatted:
    digits = {SCORE: 3, PERCENT: 3, DECIMAL: 2}[
        format
    ]  # a percentage with one decimal is 3 digits of a share
    return Formatted(round(float(value), digits), format)


def summary_sheet(ranking, acceptability=None) -> Sheet:
    """Rank, partner, score (and the Monte Carlo first-place share and expected rank when given),
    then the method and the weights as percentages."""
    from scoring.methods import get_method

    header = ["Rank", "Partner", "Score"]
    mc_rows = {}
    if acceptability is not None:
        header += ["First in (Monte Carlo)", "Expected rank"]
        mc_rows = {p: i for i, p in enumerate(acceptability.partners)}
    header.append("Filled in")
    rows: list[list] = [header]
    first = None if acceptability is None else acceptability.top_shares(1)[:, 0]
    for r in ranking.order.tolist():
        partner = ranking.partners[r]
        row = [int(ranking.ranks[r]), partner, _rounded(ranking.scores[r], SCORE)]
        if acceptability is not None:
            i = mc_rows[partner]
            row += [
                _rounded(first[i], PERCENT),
                _rounded(acceptability.expected_rank[i], DECIMAL),
            ]
        filled = [c for c, flag in zip(ranking.criteria, ranking.filled[r].tolist()) if flag]
        row.append(", ".join(filled) or None)
        rows.append(row)
    rows += [[None, f"Excluded (missing values): {name}"] for name in ranking.excluded]
    method = get_method(ranking.method)
    best = "higher is better" if method.higher_is_better else "lower is better"
    rows += [[], [None, "Method", f"{method.label}, {best}"]]
    if ranking.compromise is not None:
        rows.append([None, "Compromise", ranking.compromise.sentence(ranking.partners)])
    if acceptability is not None:
        rows.append([None, "Monte Carlo", f"{acceptability.samples} samples, seed {acceptability.seed}"])
    rows += [[], [None, "Criterion", "Weight"]]
    rows += [[None, name, _rounded(w, PERCENT)] for name, w in zip(ranking.criteria, ranking.weights)]
    widths = [8, NAME_WIDTH] + [max(HEADER_WIDTH, len(h) + 2) for h in header[2:]]
    return Sheet(SUMMARY, rows, widths)
