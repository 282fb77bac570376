"""Read a Partner Scout workbook (.xlsx) into a ``DecisionModel``.

Every problem found is collected (sheet, cell, value) and raised once as an InputError.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from criteria.errors import InputError, Problem, quote
from criteria.evidence_settings import EvidenceSettings
from criteria.model import Criterion, DecisionModel, Direction, Partner, Scenario, name_key
from workbooks import layout
from workbooks.cells import as_text, column_letters, is_blank
from workbooks.container import Container
from workbooks.evidence_settings_sheet import read_evidence_settings
from workbooks.evidence_sheet import check_widths, read_evidence
from workbooks.levels_sheet import read_levels, read_value_functions
from workbooks.preference_columns import check_preferences
from workbooks.study_settings_sheet import read_settings
from workbooks.table import Table, TextNumber, header_key, match_sheets, read_table, unique_name


def read_workbook(path: str | Path) -> DecisionModel:
    """``read_with_notes(path)``'s model, for callers with no one to tell about the notes."""
    return read_with_notes(path)[0]


def read_with_notes(path: str | Path) -> tuple[DecisionModel, tuple[TextNumber | Problem, ...]]:
    """Read the ``Partners``, ``Criteria`` and optional ``Scenarios`` and ``Evidence`` sheets of an .xlsx file.

    Parameters
    ----------
    path : str or Path
        The workbook. Other sheets are ignored.

    Returns
    -------
    DecisionModel
        Empty criterion cells are NaN; ``partner_rows`` and ``criterion_columns``
        locate each value in the ``Partners`` sheet.
    tuple of TextNumber or Problem
        The cells read other than as written: numbers stored as text (Excel warns
        about them but computes with them), each with its sheet, cell and text; and
        cells read as written that may not say what was meant (a ``Minimum`` on a cost
        criterion), as Problems naming the cell.

    Raises
    ------
    InputError
        Once, listing every problem found, each naming its sheet, cell and value.

    References
    ----------
    The workbook format of Partner Scout's CONTRACT.md ("Workbook format", "Missing values").
    """
    book = Container(path)
    problems: list[Problem] = []
    sheets = _find_sheets(book, problems)
    tables = {
        ours: read_table(book, sheets[ours], first, problems)
        for ours, first in ((layout.CRITERIA, layout.CRITERION), (layout.PARTNERS, layout.PARTNER))
        if ours in sheets
    }
    criteria_table, partners_table = tables.get(layout.CRITERIA), tables.get(layout.PARTNERS)
    criteria, criterion_rows = _read_criteria(criteria_table) if criteria_table else ((), ())
    if criteria_table:
        check_widths(criteria_table, criteria, criterion_rows)
        check_preferences(criteria_table, criteria, criterion_rows)
        criteria = read_levels(criteria_table, criteria, criterion_rows)
    # Criteria rows not read (their problem is reported there): other sheets naming them say nothing more
    broken = _listed_criteria(criteria_table) - {c.name for c in criteria}
    value_function_columns: tuple[str, ...] = ()
    if layout.VALUE_FUNCTIONS in sheets and criteria:
        table = read_table(book, sheets[layout.VALUE_FUNCTIONS], layout.CRITERION, problems, optional=True)
        if table:
            criteria = read_value_functions(table, criteria, broken)
            value_function_columns = tuple(text for _, text in table.headers)
            tables[layout.VALUE_FUNCTIONS] = table
    partners = (
        _read_partners(partners_table, criteria, criterion_rows, criteria_table) if partners_table else None
    )
    scenarios: tuple[Scenario, ...] = ()
    scenario_columns: tuple[str, ...] = ()
    if layout.SCENARIOS in sheets and criteria:
        table = read_table(book, sheets[layout.SCENARIOS], layout.SCENARIO, problems, optional=True)
        scenarios, scenario_columns = _read_scenarios(table, criteria, broken) if table else ((), ())
        tables[layout.SCENARIOS] = table
    evidence: tuple = ()
    evidence_columns: tuple[str, ...] = ()
    if layout.EVIDENCE in sheets and criteria and partners is not None:
        table = read_table(book, sheets[layout.EVIDENCE], layout.PARTNER, problems, optional=True)
        if table:
            names = tuple(p.name for p in partners.partners)
            evidence = read_evidence(table, names, criteria, partners.values, broken)
            evidence_columns = tuple(text for _, text in table.headers)
            tables[layout.EVIDENCE] = table
    settings, settings_columns = (), ()
    if layout.STUDY_SETTINGS in sheets:
        table = read_table(book, sheets[layout.STUDY_SETTINGS], layout.SETTING, problems, optional=True)
        if table:
            settings, settings_columns = read_settings(table), tuple(text for _, text in table.headers)
            tables[layout.STUDY_SETTINGS] = table
    evidence_settings = EvidenceSettings()
    if layout.EVIDENCE_SETTINGS in sheets:
        table = read_table(book, sheets[layout.EVIDENCE_SETTINGS], layout.SETTING, problems, optional=True)
        evidence_settings = read_evidence_settings(table)
        tables[layout.EVIDENCE_SETTINGS] = table
    if problems or partners is None:
        raise InputError(problems or [Problem(f"{book.name} could not be read")])
    notes = tuple(note for table in tables.values() if table for note in (*table.text_numbers, *table.notes))
    model = DecisionModel(
        partners=partners.partners,
        criteria=criteria,
        values=partners.values,
        descriptive_columns=partners.descriptive,
        scenarios=scenarios,
        partner_rows=partners.rows,
        criterion_columns=partners.columns,
        title=Path(path).stem,
        partner_columns=partners.order,
        criteria_sheet_columns=tuple(text for _, text in criteria_table.headers) if criteria_table else (),
        scenario_columns=scenario_columns,
        evidence=evidence,
        evidence_columns=evidence_columns,
        value_function_columns=value_function_columns,
        study_settings=settings,
        study_settings_columns=settings_columns,
        evidence_settings=evidence_settings,
    )
    return model, notes


def notes_sentence(notes: tuple[TextNumber | Problem, ...], limit: int = 8, lang=None) -> str:
    """``read_with_notes``'s notes in one sentence for the user, naming at most ``limit`` cells
    read as numbers, then each other note (``Criteria!D4: Minimum 12 on cost criterion ...``);
    in ``lang`` (a ``criteria.i18n`` language or its code; None: English)."""
    from criteria.i18n import language
    from criteria.problem_words import problem_words

    lang = language(lang)
    numbers = [n for n in notes if isinstance(n, TextNumber)]
    cells = ", ".join(map(str, numbers[:limit]))
    if len(numbers) > limit:
        cells = lang.t("{cells} and {count} more cells", cells=cells, count=len(numbers) - limit)
    said = [lang.t("numbers stored as text were read as numbers: {cells}", cells=cells)] if numbers else []
    return "; ".join(said + [problem_words(n, lang) for n in notes if not isinstance(n, TextNumber)])


def _find_sheets(book: Container, problems: list[Problem]) -> dict[str, str]:
    """Our sheet names -> the workbook's spelling (any case, spaces trimmed)."""
    found = match_sheets(book.sheet_names)
    listed = ", ".join(repr(n) for n in book.sheet_names)
    for required in (layout.PARTNERS, layout.CRITERIA):
        if required not in found:
            problems.append(Problem(f"{book.name} has no sheet named {required!r} (its sheets: {listed})"))
    return found


def _read_criteria(table: Table) -> tuple[tuple[Criterion, ...], tuple[int, ...]]:
    """The criteria in sheet order and the sheet row of each."""
    columns = {name: table.column(name) for name in layout.CRITERIA_COLUMNS}
    missing = [name for name in layout.CRITERIA_REQUIRED if columns[name] is None]
    if missing:
        names = ", ".join(repr(n) for n in missing)
        table.problems.append(Problem(f"the header row has no {names} column", table.sheet, "A1"))
        return (), ()
    fixed = {header_key(name) for name in layout.CRITERIA_COLUMNS + layout.LEVEL_COLUMNS}
    extra = [(c, text) for c, text in table.headers if header_key(text) not in fixed]
    criteria, rows, seen = [], [], {}
    for r, row in table.rows:
        name = unique_name(table, r, row, columns[layout.CRITERION], seen, "criterion")
        context = f"criterion {quote(name)}" if name else ""
        direction = _direction(table, r, row, columns[layout.DIRECTION], context)
        weight = _weight(table, r, row, columns[layout.WEIGHT], context)
        low, high = (
            table.number(r, row, columns[key], context) if columns[key] is not None else None
            for key in (layout.MIN, layout.MAX)
        )
        bad_scale = low is not None and high is not None and low >= high
        if bad_scale:
            table.problem(
                r,
                columns[layout.MAX],
                f"Max {as_text(high)} must be greater than Min {as_text(low)} ({context})",
            )
        if name is None or direction is None or weight is None or bad_scale:
            continue
        criteria.append(
            Criterion(
                name,
                direction,
                weight,
                _optional_text(table, r, row, columns[layout.DESCRIPTION]),
                low,
                high,
                _optional_text(table, r, row, columns[layout.UNIT]),
                _extra_cells(table, r, row, extra),
            )
        )
        rows.append(r)
    if not table.rows:
        table.problems.append(
            Problem("there are no criteria; list at least one below the header", table.sheet, "A2")
        )
    elif criteria and len(criteria) == len(table.rows) and not any(c.weight > 0 for c in criteria):
        letters = column_letters(columns[layout.WEIGHT])
        span = f"{letters}{table.rows[0][0] + 1}:{letters}{table.rows[-1][0] + 1}"
        table.problems.append(
            Problem("every weight is 0; at least one must be greater than 0", table.sheet, span)
        )
    return tuple(criteria), tuple(rows)


def _direction(table: Table, r: int, row: list, column: int, context: str) -> Direction | None:
    value = table.value(row, column)
    direction = Direction.parse(as_text(value))
    if direction is None:
        shown = "empty" if is_blank(value) else quote(as_text(value))
        table.problem(r, column, f"direction is {shown}; use benefit or cost ({context})")
    return direction


def _weight(table: Table, r: int, row: list, column: int, context: str) -> float | None:
    """A weight cell: a number >= 0 (an empty cell is a problem)."""
    if (
        is_blank(table.value(row, column))
        and (r, column) not in table.scan.errors
        and (r, column) not in table.scan.uncached
    ):
        table.problem(r, column, f"the weight is empty; enter a number >= 0 ({context})")
        return None
    weight = table.number(r, row, column, context)
    if weight is not None and weight < 0:
        table.problem(r, column, f"{as_text(weight)} is negative; weights must be >= 0 ({context})")
        return None
    return weight


def _optional_text(table: Table, r: int, row: list, column: int | None) -> str:
    return table.text(r, row, column) if column is not None else ""


def _extra_cells(table: Table, r: int, row: list, columns: list[tuple[int, str]]) -> tuple:
    """(header, value) of a row's non-empty cells in ``columns``, values as read (types kept)."""
    cells = ((text, table.raw(r, row, c)) for c, text in columns)
    return tuple((text, value) for text, value in cells if value is not None)


@dataclass(frozen=True)
class _PartnersSheet:
    partners: tuple[Partner, ...]
    values: np.ndarray
    descriptive: tuple[str, ...]
    rows: tuple[int, ...]
    columns: tuple[str | None, ...]
    order: tuple[str, ...]  # descriptive and criterion columns in sheet order


def _read_partners(
    table: Table,
    criteria: tuple[Criterion, ...],
    criterion_rows: tuple[int, ...],
    criteria_table: Table | None,
) -> _PartnersSheet:
    """Partners, their values (NaN where empty) and descriptive fields."""
    partner_column = table.column(layout.PARTNER)
    index = {c.name: j for j, c in enumerate(criteria)}
    # Names of every Criteria row, valid or not, so a bad Criteria row is reported once, not twice.
    known = set(index) | _listed_criteria(criteria_table)
    columns: list[int | None] = [None] * len(criteria)
    descriptive = []
    order = []
    for c, text in table.headers:
        key = name_key(text)
        if c == partner_column:
            continue
        if key in known and key not in index:  # its Criteria row is wrong; still check its cells
            _column_values(table, c, f"criterion {quote(text)}")
            continue
        if key in index:
            columns[index[key]] = c
            order.append(criteria[index[key]].name)
        else:  # numbers or dates alike: only the Criteria sheet makes a column a criterion
            descriptive.append((c, text))
            order.append(text)
    for j, column in enumerate(columns):
        if column is None and criteria_table is not None:
            criteria_table.problem(
                criterion_rows[j],
                criteria_table.column(layout.CRITERION),
                f"criterion {quote(criteria[j].name)} has no column in the Partners sheet (its header must match the name)",
            )
    seen: dict[str, int] = {}
    partners = tuple(
        Partner(
            unique_name(table, r, row, partner_column, seen, "partner") or "",
            tuple((text, table.text(r, row, c)) for c, text in descriptive),
            _typed_cells(table, row, descriptive),
        )
        for r, row in table.rows
    )
    values = np.array(
        [
            _column_values(table, column, f"criterion {quote(c.name)}")
            if column is not None
            else [math.nan] * len(table.rows)
            for c, column in zip(criteria, columns, strict=True)
        ],
        dtype=float,
    ).T.reshape(len(table.rows), len(criteria))
    _check_bounds(table, values, criteria, columns)
    return _PartnersSheet(
        tuple(partners),
        values,
        tuple(text for _, text in descriptive),
        tuple(r + 1 for r, _ in table.rows),
        tuple(None if c is None else column_letters(c) for c in columns),
        tuple(order),
    )


def _typed_cells(table: Table, row: list, descriptive: list[tuple[int, str]]) -> tuple:
    """(column, value) of the descriptive cells holding a number, date or TRUE/FALSE."""
    cells = ((text, table.value(row, c)) for c, text in descriptive)
    return tuple((text, value) for text, value in cells if not isinstance(value, str) and value is not None)


def _column_values(table: Table, column: int, context: str) -> list[float]:
    """One criterion column as floats, NaN where empty or wrong (wrong cells are recorded)."""
    result = []
    for r, row in table.rows:
        value = row[column] if column < len(row) else ""
        if type(value) is not float or not math.isfinite(value):  # floats are the common case
            value = table.number(r, row, column, context)
        result.append(math.nan if value is None else value)
    return result


def _listed_criteria(table: Table | None) -> set[str]:
    column = table.column(layout.CRITERION) if table else None
    if column is None:
        return set()
    return {name_key(table.text(r, row, column)) for r, row in table.rows}


def _looks_numeric(table: Table, column: int) -> bool:
    """True when the column holds at least one number and nothing but numbers."""
    cells = [table.value(row, column) for _, row in table.rows]
    filled = [v for v in cells if not is_blank(v)]
    return bool(filled) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in filled)


def _check_bounds(
    table: Table, values: np.ndarray, criteria: tuple[Criterion, ...], columns: list[int | None]
) -> None:
    """Values outside a criterion's Min..Max scale (from the Criteria sheet)."""
    low = np.array([-math.inf if c.min is None else c.min for c in criteria])
    high = np.array([math.inf if c.max is None else c.max for c in criteria])
    with np.errstate(invalid="ignore"):
        outside = (values < low) | (values > high)
    for i, j in zip(*np.nonzero(outside), strict=True):
        c, value = criteria[j], as_text(float(values[i, j]))
        if c.min is not None and c.max is not None:
            said = f"{value} is outside the scale {as_text(c.min)}..{as_text(c.max)}"
        else:  # one bound only ("the scale 1.." read as a typo)
            said = (
                f"{value} is below the Min {as_text(c.min)}"
                if c.max is None
                else f"{value} is above the Max {as_text(c.max)}"
            )
        table.problem(
            table.rows[i][0], columns[j], f"{said} set in the Criteria sheet (criterion {quote(c.name)})"
        )


def _read_scenarios(
    table: Table, criteria: tuple[Criterion, ...], broken: set[str] = frozenset()
) -> tuple[tuple[Scenario, ...], tuple[str, ...]]:
    """Each scenario's weights in criterion order, and the sheet's columns in sheet order.

    Every criterion needs a column. Another column holding only numbers is an error (a
    misspelt criterion, most likely); any other one (``Notes``) is descriptive and kept.
    """
    name_column = table.column(layout.SCENARIO)
    index = {c.name: j for j, c in enumerate(criteria)}
    columns: list[int | None] = [None] * len(criteria)
    descriptive, order = [], []
    for c, text in table.headers:
        if c == name_column:
            continue
        if name_key(text) in broken:  # its Criteria row is wrong and said so
            continue
        if name_key(text) in index:
            columns[index[name_key(text)]] = c
            order.append(criteria[index[name_key(text)]].name)
        elif _looks_numeric(table, c):
            table.problem(0, c, f"column {quote(text)} is not a criterion in the Criteria sheet")
        else:
            descriptive.append((c, text))
            order.append(text)
    for j, column in enumerate(columns):
        if column is None:
            table.problems.append(
                Problem(f"no column for criterion {quote(criteria[j].name)}", table.sheet, "A1")
            )
    if None in columns:
        return (), ()
    scenarios, seen = [], {}
    for r, row in table.rows:
        name = unique_name(table, r, row, name_column, seen, "scenario")
        shown = table.text(r, row, name_column)
        context = f"scenario {quote(shown)}, " if shown else ""
        weights = [
            _weight(table, r, row, column, f"{context}criterion {quote(c.name)}")
            for c, column in zip(criteria, columns, strict=True)
        ]
        if name is None or None in weights:
            continue
        if not any(w > 0 for w in weights):
            table.problem(
                r,
                name_column,
                f"every weight of scenario {quote(name)} is 0; at least one must be greater than 0",
            )
            continue
        scenarios.append(Scenario(name, tuple(weights), _extra_cells(table, r, row, descriptive)))
    return tuple(scenarios), tuple(order)
