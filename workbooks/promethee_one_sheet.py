"""The result workbook's ``PROMETHEE I`` sheet: each partner's flows, and every pair's relation."""

from __future__ import annotations

from scoring.promethee_one import PAIR_LIMIT, PartialRanking, Relation
from workbooks.sheets import number

SHEET = "PROMETHEE I"
FLOW_HEADER = ["Partner", "Phi+ (leaving flow)", "Phi- (entering flow)", "Phi (net flow)"]
PAIR_HEADER = ["Partner A", "Relation", "Partner B"]
WORDS = {
    Relation.OUTRANKS: "outranks",
    Relation.INDIFFERENT: "is indifferent to",
    Relation.INCOMPARABLE: "is incomparable with",
}


def promethee_one_rows(partial: PartialRanking) -> list[list]:
    """Flows in columns A-D (net-flow order, full precision), pairs in F-H ("A outranks B")."""
    flows = [FLOW_HEADER] + [
        [name, number(plus), number(minus), number(plus - minus)]
        for name, plus, minus in zip(
            partial.partners, partial.phi_plus.tolist(), partial.phi_minus.tolist(), strict=True
        )
    ]
    names = partial.partners
    pairs = [PAIR_HEADER] + [[names[a], WORDS[relation], names[b]] for a, relation, b in partial.pairs()]
    if not partial.lists_pairs:
        pairs.append([f"pairs are listed up to {PAIR_LIMIT} partners; this study has {len(names)}"])
    rows = []
    for r in range(max(len(flows), len(pairs))):
        left = flows[r] if r < len(flows) else [None] * len(FLOW_HEADER)
        rows.append([*left, None, *(pairs[r] if r < len(pairs) else [])])
    return rows


def promethee_one_json(partial: PartialRanking) -> dict:
    """The same for ``rank --format json``: ``flows`` and ``pairs`` (``relation``: outranks,
    indifferent, incomparable; a pair reads "a <relation> b")."""
    names = partial.partners
    return {
        "flows": [
            {"partner": name, "phi_plus": plus, "phi_minus": minus, "phi": plus - minus}
            for name, plus, minus in zip(
                names, partial.phi_plus.tolist(), partial.phi_minus.tolist(), strict=True
            )
        ],
        "pairs": [
            {"a": names[a], "relation": relation.value, "b": names[b]} for a, relation, b in partial.pairs()
        ],
        "pairs_listed": partial.lists_pairs,
    }
