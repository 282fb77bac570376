"""Why this rank follows the selected method: its breakdown, and strengths in that method's own view."""

from __future__ import annotations

import numpy as np
import pytest

GOVT = 5  # Australian Govt + Critical Minerals R&D Hub; JOGMEC leads it under TOPSIS and VIKOR


def choose_method(window, key: str) -> None:
    combo = window.ranking.method
    position = combo.findData(key)
    combo.setCurrentIndex(position)
    combo.activated.emit(position)


def select_partner(window, partner: int) -> None:
    rows = window.ranking.model.rows
    window.ranking.view.selectRow(list(rows).index(partner))


def strengths(window) -> str:
    return next(s for s in window.why.sentences if s.startswith("Strengths"))


def named_in_order(sentence: str, criteria) -> list[str]:
    listed = sentence.split("largest first): ", 1)[1]
    return sorted((c for c in criteria if c + " (" in listed), key=listed.index)


def own_view_order(session, other_name: str) -> list[str]:
    """Criteria on which GOVT beats ``other`` in the method's own terms, largest lead first,
    computed from the method definitions (TOPSIS: gap to the ideal; VIKOR: shortfall from the best)."""
    model, state = session.state.model, session.state
    X = np.array(model.values, dtype=float)
    X[np.isnan(X[:, 4]), 4] = np.nanmax(X[:, 4])  # missing Months counts as the worst
    benefit = np.array([c.direction.value == "benefit" for c in model.criteria])
    w = np.array(state.weights)
    if state.method == "topsis":
        v = X / np.sqrt((X**2).sum(axis=0)) * w
        gap = np.abs(v - np.where(benefit, v.max(axis=0), v.min(axis=0)))
    else:
        best = np.where(benefit, X.max(axis=0), X.min(axis=0))
        worst = np.where(benefit, X.min(axis=0), X.max(axis=0))
        gap = w * (best - X) / (best - worst)
    other = model.partner_names.index(other_name)
    lead = gap[other] - gap[GOVT]
    names = model.criterion_names
    return [names[j] for j in np.argsort(-lead, kind="stable") if lead[j] > 1e-12][:3]


@pytest.mark.parametrize("first, second", [("topsis", "vikor"), ("vikor", "topsis")])
def test_switching_method_switches_the_strengths_to_its_own_view(qtbot, window, session, first, second):
    select_partner(window, GOVT)
    texts = {}
    for key in (first, second):
        choose_method(window, key)
        qtbot.waitUntil(
            lambda key=key: session.ranking.method == key and key.upper() in strengths(window).upper()
        )
        text = strengths(window)
        compromise = session.ranking.compromise  # VIKOR's set of several: none is "the leader"
        whom = (
            "the leader JOGMEC" if compromise is None or compromise.single else "JOGMEC, first by Q, one of"
        )
        assert f"against {whom}" in text
        assert named_in_order(text, session.state.model.criterion_names) == own_view_order(session, "JOGMEC")
        texts[key] = text
    assert texts["topsis"] != texts["vikor"]  # same leader, same values: only the view differs
    assert "gap to the ideal" in texts["topsis"] and "shortfall from the best" in texts["vikor"]


def test_breakdown_sentence_says_what_the_parts_are(qtbot, window, session):
    select_partner(window, GOVT)
    choose_method(window, "vikor")
    qtbot.waitUntil(lambda: session.ranking.method == "vikor")
    breakdown = window.why.sentences[1]
    assert breakdown.startswith("Shortfall from the best per criterion")
    assert "they add up to S" in breakdown and "the rank is by Q" in breakdown
    choose_method(window, "wsm")
    qtbot.waitUntil(lambda: session.ranking.method == "wsm")
    assert window.why.sentences[1].startswith("Points of the score per criterion")
    assert "they add up to the score" in window.why.sentences[1]
