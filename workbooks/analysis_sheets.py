"""Robustness sheets of the result workbook (issue 5, Export): one list of (sheet name, rows).

Pure: no Qt, no matplotlib. Every figure comes from the Qt-free computations in ``scoring``
(``sensitivity``, ``tipping``, ``agreement``, ``scenarios``); this module only lays them out.
Where a result already has its own ``sheet()`` layout (the one ``partner-scout sensitivity --out``
writes), that layout is kept as the start of the sheet and anything added comes after it, so a
sheet of the same name reads the same whichever command wrote it.

Rows hold only ``str``, ``int``, ``float`` and ``None`` (numbers as numbers, never as text);
the first row of each table is its header.
"""

from __future__ import annotations

import math
import numbers
import re

from criteria.study import StudyState
from scoring.agreement import MethodAgreement, method_agreement
from scoring.rank import rank
from scoring.scenarios import compare_scenarios
from scoring.sensitivity import Acceptability
from scoring.tipping import Tipping, TippingReport, tipping_points
from scoring.verdict import Verdict, study_verdict

ACCEPTABILITY = "Acceptability"
TIPPING = "Tipping points"
STABILITY = "Stability"
METHODS = "Method comparison"
SCENARIOS = "Scenario comparison"
SHEET_NAMES = (ACCEPTABILITY, TIPPING, STABILITY, METHODS, SCENARIOS)

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")

Rows = list[list]


def valid_sheet_name(name: str) -> bool:
    """True when Excel accepts ``name`` as a sheet name as it is (1-31 characters, none of ``[]:*?/\\``)."""
    return (
        isinstance(name, str)
        and 0 < len(name) <= 31
        and not _BAD_SHEET_CHARS.search(name)
        and not name.startswith("'")
        and not name.endswith("'")
    )


def analysis_sheets(
    state: StudyState,
    *,
    acceptability: Acceptability | None = None,
    tipping: TippingReport | None = None,
) -> list[tuple[str, Rows]]:
    """The robustness sheets of the result workbook for ``state``.

    Parameters
    ----------
    state : StudyState
        The study that was ranked (its method, weights and missing-value policy).
    acceptability : scoring.sensitivity.Acceptability, optional
        A Monte Carlo result (``rank_acceptability``); the ``Acceptability`` sheet is written
        only when it is given (sampling is the caller's choice: it is seeded and can be long).
    tipping : scoring.tipping.TippingReport, optional
        ``tipping_points(state)`` when the caller already has it; computed otherwise.

    Returns
    -------
    list of (str, list of list)
        ``Acceptability`` (when given), ``Tipping points``, ``Stability``, ``Method comparison``
        and ``Scenario comparison`` (when the workbook has scenarios), in that order, ready for
        ``workbooks.writer.write_result(..., extra_sheets=...)``.

    Raises
    ------
    InputError
        The study cannot be scored (every problem listed).
    """
    sheets: list[tuple[str, Rows]] = []
    report = tipping if tipping is not None else tipping_points(state)
    agreement = method_agreement(state)
    if acceptability is not None:
        verdict = study_verdict(
            state, rank(state), acceptability, tipping=report, method_ranks=agreement.by_method
        )
        sheets.append(acceptability_sheet(acceptability, verdict))
    sheets.append(tipping_sheet(report))
    sheets.append(stability_sheet(report))
    sheets.append(method_sheet(agreement))
    if state.model.scenarios:
        sheets.append(scenario_sheet(state))
    for name, _ in sheets:
        if not valid_sheet_name(name):
            raise ValueError(f"{name!r} is not a valid Excel sheet name")
    return [(name, [[cell(value) for value in row] for row in rows]) for name, rows in sheets]


def acceptability_sheet(result: Acceptability, verdict: Verdict) -> tuple[str, Rows]:
    """Method, spread, the verdict (``scoring.verdict``) and its grade, then ``Acceptability.sheet()``:
    samples, seed and the table.

    The table (partner, expected rank, share at rank 1..n) stays last, as
    ``partner-scout sensitivity --out`` writes it.
    """
    _, rows = result.sheet()
    notes: Rows = [
        ["Method", result.method],
        ["Spread parameter", result.spread if isinstance(result.spread, str) else float(result.spread)],
        ["Verdict", verdict.sentence],
        ["Grade", verdict.grade],
    ]
    if result.excluded:
        notes.append(["Excluded (missing values)", *result.excluded])
    return ACCEPTABILITY, notes + list(rows)


def tipping_sheet(report: TippingReport) -> tuple[str, Rows]:
    """Per criterion the tipping points, the findings in words, then every tipping point as data.

    The first part is ``TippingReport.sheet()``; then the settings (leader, exact or searched,
    tolerance) and one row per tipping point: which weight moves from what to what, and who
    overtakes whom.
    """
    _, rows = report.sheet()
    rows = list(rows)
    rows += [
        [],
        ["Method", report.method],
        ["Leader", report.leader],
        ["Computed", "exact" if report.exact else "searched"],
        ["Grid step", None if report.exact else report.grid_step],
        ["Tolerance", report.tolerance],
        [],
        ["Finding", "Criterion", "Current weight", "New weight", "Change", "Overtakes", "Is overtaken"],
    ]
    for c in report.per_criterion:
        for label, t in (("raise", c.raised), ("lower", c.lowered)):
            if t is not None:
                rows.append([label, *_tip(t)])
        if c.raised is None and c.lowered is None:
            rows.append(["no change of this weight alone changes the winner", c.criterion, c.current])
    for r in report.rivals:
        if r.tipping is None:
            rows.append([f"rival {r.rival}: no single weight puts it first", *[None] * 4, r.rival, r.leader])
        else:
            rows.append([f"rival {r.rival}", *_tip(r.tipping)])
    return TIPPING, rows


def _tip(t: Tipping) -> list:
    """Criterion, current weight, new weight, change, who overtakes, who is overtaken."""
    return [t.criterion, t.current, t.threshold, t.threshold - t.current, t.new_leader, t.leader]


def stability_sheet(report: TippingReport) -> tuple[str, Rows]:
    """Each criterion's weight interval that keeps the winner, and the one that keeps the top order."""
    k = len(report.top)
    rows: Rows = [
        [
            "Criterion",
            "Current weight",
            "Keeps the winner from",
            "to",
            f"Keeps the top {k} order from",
            "to",
        ]
    ]
    for c in report.per_criterion:
        winner, ordered = c.winner or (None, None), c.top_order or (None, None)
        rows.append([c.criterion, c.current, *winner, *ordered])
    rows += [
        [],
        ["Each weight alone, the others rescaled in proportion; an empty interval: no weight keeps it."],
        ["Computed", "exact" if report.exact else "searched"],
        ["Tolerance", report.tolerance],
        [],
        [f"Top {k} order", None],
        ["Place", "Partner"],
    ]
    rows += [[place, partner] for place, partner in enumerate(report.top, start=1)]
    return STABILITY, rows


def method_sheet(agreement: MethodAgreement) -> tuple[str, Rows]:
    """Rank of every partner under each of the five methods, then Kendall's tau and Spearman's rho."""
    _, rows = agreement.sheet()
    return METHODS, list(rows)


def scenario_sheet(state: StudyState) -> tuple[str, Rows]:
    """Rank of every partner under each scenario, the robust choices, each scenario's weights."""
    comparison = compare_scenarios(state)
    _, rows = comparison.sheet()
    robust = f"Robust choices (top {comparison.top} in every scenario)"
    rows = [*rows, [], [comparison.sentence()], [robust, *comparison.robust]]
    return SCENARIOS, rows


def cell(value: object) -> str | int | float | None:
    """A value as the workbook stores it: numbers as ``int``/``float`` (NaN and infinities empty)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        number = float(value)
        return number if math.isfinite(number) else None
    raise TypeError(f"cannot write {value!r} to a sheet")
