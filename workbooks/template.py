"""A blank study workbook: the study sheets (Evidence with its header only), the five default criteria, and an About sheet."""

from __future__ import annotations

from pathlib import Path

from criteria.evidence_settings import EvidenceSettings
from criteria.model import DecisionModel
from workbooks import layout
from workbooks.atomic import write_atomic
from workbooks.defaults import DEFAULT_CRITERIA, SCALE
from workbooks.evidence_settings_sheet import new_sheet_rows
from workbooks.sheets import NAME_WIDTH, put_rows, set_widths, study_sheets, widths_for

DESCRIPTIVE = ("Country", "Type", "Notes", "Sources")
TEMPLATE_ROWS = 500  # rows covered by data validation
ABOUT = (
    ("How to use this workbook",),
    ("Partners: one row per candidate partner. 'Partner' must be filled in and unique.",),
    ("Descriptive columns (Country, Type, Notes, Sources, or your own) are kept and shown as text.",),
    ("Each criterion has one column in Partners whose header is exactly its name in Criteria.",),
    ("Criterion cells hold numbers on the scale Min..Max; leave a cell empty when the value is unknown.",),
    ("Criteria: Direction is benefit (higher is better) or cost (lower is better);",),
    ("Weight is any number >= 0 (at least one > 0); Partner Scout rescales the weights to sum to 1.",),
    ("Scenarios (optional): one row per stakeholder profile, one weight column per criterion.",),
    (
        "Evidence (optional): one row per Partner and Criterion: Source, Date, Confidence (high, medium, low "
        "or cao, trung bình, thấp), Low and High (the plausible range of the score) and a Note.",
    ),
    (
        "Evidence settings (optional): the range a confidence gives a score without Low and High "
        "(+- points on a 1-10 scale), and the age in years past which evidence is flagged.",
    ),
    ("Keep the header in row 1 of each sheet. This About sheet is ignored when the workbook is read.",),
)


def write_template(path: str | Path) -> Path:
    """Write a blank study workbook that reads back as a valid model with no partners.

    Parameters
    ----------
    path : str or Path
        The .xlsx file to create (replaced atomically).

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    OutputError
        ``path`` cannot be written; any old file is intact.

    References
    ----------
    The ``template`` command of Partner Scout's CONTRACT.md; criteria from the domain brief, section 2.
    """
    from openpyxl import Workbook

    model = DecisionModel(
        (), DEFAULT_CRITERIA, [], descriptive_columns=DESCRIPTIVE, evidence_columns=layout.EVIDENCE_COLUMNS
    )
    book = Workbook()
    book.remove(book.active)
    sheets = study_sheets(model) | {layout.EVIDENCE_SETTINGS: new_sheet_rows(EvidenceSettings())}
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        put_rows(sheet, rows)
        set_widths(sheet, widths_for(rows[0]))
        sheet.freeze_panes = "A2"
    criteria_sheet = book[layout.CRITERIA]
    set_widths(criteria_sheet, [24, 12, 10, 90, 8, 8, 12])
    about = book.create_sheet("About")
    put_rows(about, ABOUT)
    set_widths(about, [NAME_WIDTH * 3])
    _validate(book, model)
    return write_atomic(path, book.save)


def _validate(book, model: DecisionModel) -> None:
    """Drop-down for Direction, numbers >= 0 for weights, Min..Max numbers in criterion cells."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    last = TEMPLATE_ROWS + 1
    direction = DataValidation(type="list", formula1='"benefit,cost"', allow_blank=False)
    direction.error = "Direction must be benefit (higher is better) or cost (lower is better)."
    weight = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0")
    weight.error = "A weight is a number >= 0."
    criteria_sheet = book[layout.CRITERIA]
    for rule, column in ((direction, "B"), (weight, "C")):
        rule.showErrorMessage = True
        criteria_sheet.add_data_validation(rule)
        rule.add(f"{column}2:{column}{last}")
    first = len(model.descriptive_columns) + 2
    score = DataValidation(type="decimal", operator="between", formula1=str(SCALE[0]), formula2=str(SCALE[1]))
    score.error = f"Scores are numbers from {SCALE[0]:g} to {SCALE[1]:g}; leave the cell empty if unknown."
    score.showErrorMessage = True
    partners = book[layout.PARTNERS]
    partners.add_data_validation(score)
    span = f"{get_column_letter(first)}2:{get_column_letter(first + len(model.criteria) - 1)}{last}"
    score.add(span)
