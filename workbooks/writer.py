"""Save studies and result workbooks (.xlsx), atomically, with user text always stored as text."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from criteria.errors import InputError, OutputError, Problem
from criteria.levels import has_levels
from criteria.model import DecisionModel
from criteria.study import StudyState
from criteria.study_settings import model_to_save
from criteria.value_functions import criteria_with_functions
from scoring.promethee_one import partial_ranking
from workbooks import layout
from workbooks.atomic import write_atomic
from workbooks.container import Container, readable
from workbooks.sheets import number, put_rows, set_widths, study_sheets, widths_for
from workbooks.summary import summary_sheet
from workbooks.table import match_sheets
from workbooks.xlsx import Sheet, write_xlsx

FAILS_MINIMUM = "Fails minimum level"  # the Ranking sheet's column, when the study has levels
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def tool_version() -> str:
    try:
        return version("partner-scout")
    except PackageNotFoundError:
        return "unknown"


def sheet_title(name: str) -> str:
    """A name Excel accepts for a sheet: no ``[]:*?/\\``, at most 31 characters."""
    return _BAD_SHEET_CHARS.sub("_", name).strip("'")[:31] or "Sheet"


def save_study(
    path: str | Path,
    model: DecisionModel,
    weights: Sequence[float] | None = None,
    source: str | Path | None = None,
) -> Path:
    """Save a study losslessly: reading the file back gives an equal ``DecisionModel``.

    Parameters
    ----------
    path : str or Path
        The .xlsx file to write (replaced atomically).
    model : DecisionModel
        Partners, criteria, values (NaN written as empty cells) and scenarios.
    weights : sequence of float, optional
        The ``Weight`` column; the model's own weights when None.
    source : str or Path, optional
        The workbook the study came from: its other sheets are kept untouched, in order;
        only ``Partners``, ``Criteria`` and ``Scenarios`` are replaced.

    Raises
    ------
    InputError
        ``source`` cannot be read safely.
    OutputError
        ``path`` cannot be written; any old file is intact.

    References
    ----------
    The workbook format of Partner Scout's CONTRACT.md ("Other sheets are kept untouched").
    """
    sheets = study_sheets(model, weights)
    if source is None:
        return _write_new(path, sheets)
    book = _source_book(source)
    theirs = match_sheets(book.sheetnames)
    if layout.STUDY_SETTINGS in theirs and layout.STUDY_SETTINGS not in sheets:
        # written since the study was read (an earlier save); its settings are back at their defaults
        book.remove(book[theirs.pop(layout.STUDY_SETTINGS)])
    for name, rows in sheets.items():
        position = len(book.sheetnames)
        if name in theirs:
            position = book.sheetnames.index(theirs[name])
            book.remove(book[theirs[name]])
        sheet = book.create_sheet(name, position)
        put_rows(sheet, rows)
        set_widths(sheet, widths_for(rows[0]))
    return write_atomic(path, book.save)


def _source_book(source: str | Path):
    """The study's own workbook in openpyxl, to copy its other sheets; InputError when it cannot be."""
    vetted = Container(source)  # refuse zip bombs and entity tricks before openpyxl parses anything
    from openpyxl import load_workbook

    try:
        # through a file object: by name openpyxl refuses an .xlsx file called .xls or .ods,
        # which the reader opened by its content
        with vetted.path.open("rb") as handle:
            return load_workbook(handle, rich_text=True)
    except OSError as error:
        raise InputError(Problem(f"cannot read {readable(vetted.path)}: {error.strerror or error}")) from None
    except Exception as error:  # openpyxl raises many unrelated types for what it cannot parse
        raise InputError(
            Problem(f"{vetted.name}: its other sheets cannot be copied ({type(error).__name__}: {error})")
        ) from None


def write_result(
    path: str | Path,
    state: StudyState,
    ranking,
    source: str | Path | None = None,
    extra_sheets: Sequence[tuple[str, Sequence[Sequence[object]]]] = (),
    acceptability=None,
) -> Path:
    """Write the contract's result workbook: ``Summary``, the study's sheets, ``Ranking`` and ``Settings``.

    ``Partners``, ``Criteria`` (with the normalised weights used) and ``Scenarios`` are written
    from the study, so ranking the result again gives the same order; the source's other
    sheets are copied as values, in order.

    Parameters
    ----------
    path : str or Path
        The .xlsx file to write (replaced atomically).
    state : StudyState
        The study that was ranked.
    ranking : scoring.Ranking
        Its result.
    source : str or Path, optional
        The input workbook whose other sheets are kept (as values).
    extra_sheets : sequence of (name, rows)
        More sheets to add after ``Settings`` (robustness analyses).
    acceptability : scoring.sensitivity.Acceptability, optional
        A Monte Carlo result whose first-place shares the ``Summary`` sheet shows.

    Raises
    ------
    InputError
        ``source`` cannot be read safely.
    OutputError
        ``path`` cannot be written; any old file is intact.

    References
    ----------
    The ``--out`` option of Partner Scout's CONTRACT.md ("Command line").
    """
    if source is not None:
        _refuse_overwriting(path, source)
    ours = study_sheets(model_to_save(state), state.weights)  # with its settings: ranks the same again
    added = {
        layout.RANKING: ranking_rows(state, ranking),
        layout.SETTINGS: settings_rows(state, ranking, source),
    }
    if ranking.method == "promethee":  # PROMETHEE I beside the net-flow ranking
        from workbooks.promethee_one_sheet import SHEET, promethee_one_rows

        added[SHEET] = promethee_one_rows(partial_ranking(state))
    added.update((sheet_title(name), [list(row) for row in rows]) for name, rows in extra_sheets)
    summary = summary_sheet(ranking, acceptability)  # first: what a reader opening the file sees
    sheets = _with_source(ours, {*added, summary.name}, source) if source is not None else ours
    sheets.update(added)
    return _write_new(path, sheets, first=summary)


def _refuse_overwriting(path: str | Path, source: str | Path) -> None:
    """OutputError when ``path`` is the input workbook: a result workbook in its place would keep
    its other sheets as values only (formulas lost), so the study itself would be gone."""
    try:
        same = os.path.samefile(path, source)
    except OSError:  # no such file yet (or unreadable): not the source
        return
    if same:
        raise OutputError(
            f"cannot write {readable(Path(path))}: it is the input workbook; write the results to another file"
        )


def _with_source(
    ours: dict[str, list[list]], replaced: set[str], source: str | Path
) -> dict[str, list[list]]:
    """The source's sheets in order, ours in place of theirs, the rest as values."""
    book = Container(source)
    theirs = {actual: name for name, actual in match_sheets(book.sheet_names).items()}
    # Excel sheet names are unique regardless of case: a source "ranking" gives way to our "Ranking"
    replaced_keys = {name.casefold() for name in replaced}
    sheets: dict[str, list[list]] = {}
    for name in book.worksheet_names:
        if theirs.get(name) in ours:  # (an empty optional sheet of theirs is not ours to replace)
            sheets[theirs[name]] = ours[theirs[name]]
        elif name.casefold() not in replaced_keys:
            sheets[name] = _values(book, name)
    for name, rows in ours.items():
        sheets.setdefault(name, rows)
    return sheets


def _values(book: Container, sheet: str) -> list[list]:
    """A sheet's cell values; a formula never calculated (no saved result) is kept as its text."""
    rows = [[None if value == "" else value for value in row] for row in book.rows(sheet)]
    for (r, c), formula in book.scan(sheet).uncached.items():
        if formula:
            while len(rows) <= r:
                rows.append([])
            rows[r].extend([None] * (c + 1 - len(rows[r])))
            rows[r][c] = f"={formula}"
    return rows


def ranking_rows(state: StudyState, ranking) -> list[list]:
    """Rank, Partner, Score, each criterion's part of the method's breakdown (headers say what
    it is: points of the score or a gap to the ideal), the filled-in criteria; excluded last."""
    criteria = list(ranking.criteria)
    contributions = ranking.contributions
    header = ["Rank", "Partner", "Score"]
    if contributions is not None:
        header += [ranking.breakdown.header(name) for name in criteria]
    header.append("Filled in")
    levels = has_levels(state.model)
    if levels:
        header.append(FAILS_MINIMUM)
    rows = [header]
    for r in ranking.order.tolist():
        row = [int(ranking.ranks[r]), ranking.partners[r], number(ranking.scores[r])]
        if contributions is not None:
            row += [number(v) for v in contributions[r].tolist()]
        filled = [name for name, flag in zip(criteria, ranking.filled[r].tolist(), strict=True) if flag]
        row.append(", ".join(filled) or None)
        if levels:
            row.append(", ".join(ranking.fails_minimum(r)) or None)
        rows.append(row)
    rows.extend(_excluded_row(ranking, name, len(header)) for name in ranking.excluded)
    return rows


def _excluded_row(ranking, name: str, width: int) -> list:
    """``excluded``, the partner, and in the last column why it failed a minimum level, if it did."""
    reasons = ranking.screen.by_name().get(name)
    return ["excluded", name] + ([None] * (width - 3) + [", ".join(reasons)] if reasons else [])


def settings_rows(state: StudyState, ranking, source: str | Path | None) -> list[list]:
    rows = [
        ["Setting", "Value"],
        ["Method", ranking.method],
        ["Best score", "highest" if ranking.higher_is_better else "lowest"],
        ["Missing values", state.missing.value],
        *(
            [["Below a minimum level", state.levels.value]] if has_levels(state.model) else []
        ),  # exclude: left out of the ranking; mark: ranked and marked
        *(
            [["Value functions", f"used by wsm only: {', '.join(functions)}"]]
            if (functions := criteria_with_functions(state.model))
            else []
        ),
        ["Weights from", state.weights_from],  # workbook, scenario, AHP, ballots, edited by hand...
    ]
    if ranking.compromise is not None:  # VIKOR: its v and the authors' answer (scoring.compromise)
        found = ranking.compromise
        rows += [
            ["VIKOR v", number(found.v)],
            ["VIKOR compromise set", "; ".join(found.names(ranking.partners))],
            ["VIKOR compromise", found.sentence(ranking.partners)],
        ]
    rows += [
        [f"Weight: {name}", number(w)] for name, w in zip(ranking.criteria, ranking.weights, strict=True)
    ]
    rows += [
        ["Source workbook", Path(source).name if source is not None else None],
        ["Tool version", f"partner-scout {tool_version()}"],
        ["Date", dt.datetime.now().astimezone().isoformat(timespec="seconds")],
    ]
    return rows


def _write_new(path: str | Path, sheets: dict[str, list[list]], first: Sheet | None = None) -> Path:
    """Write ``sheets`` (after ``first``, a sheet laid out already) as a new workbook, atomically."""
    specs = [first] if first is not None else []
    specs += [Sheet(name, rows, widths_for(rows[0]) if rows else ()) for name, rows in sheets.items()]
    return write_atomic(path, lambda temp: write_xlsx(temp, specs))
