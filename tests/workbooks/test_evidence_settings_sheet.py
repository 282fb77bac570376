"""The Evidence settings sheet: any valid settings saved read back as set; the user's other columns
and rows stay; a study with only the defaults gets no sheet; the widths feed value_ranges."""

from __future__ import annotations

import dataclasses

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from criteria.evidence import ConfidenceWidths, value_ranges
from criteria.evidence_settings import LARGEST, EvidenceSettings, set_evidence_settings
from workbooks.reader import read_workbook
from workbooks.sample import load_sample
from workbooks.writer import save_study

amount = st.floats(min_value=0, max_value=LARGEST, allow_nan=False)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(high=amount, medium=amount, low=amount, age=amount)
def test_any_valid_settings_read_back_as_saved(tmp_path, high, medium, low, age):
    chosen = EvidenceSettings(ConfidenceWidths(high, medium, low), age)
    model = set_evidence_settings(load_sample(), chosen)
    path = tmp_path / "study.xlsx"
    save_study(path, model)
    again = read_workbook(path)
    assert again.evidence_settings == chosen and again == model


def test_other_columns_and_rows_of_the_sheet_are_kept(tmp_path):
    path = tmp_path / "study.xlsx"
    save_study(path, load_sample())
    book = load_workbook(path)
    sheet = book.create_sheet("Evidence settings")
    for row in (
        ("Setting", "Value", "Agreed by"),
        ("Evidence older than (years)", 3, "workshop 1"),
        (None, None, None),
        ("Confidence width low", 2.5, "Lan"),
    ):
        sheet.append(row)
    book.save(path)
    model = read_workbook(path)
    assert (model.evidence_settings.max_age_years, model.evidence_settings.widths.low) == (3, 2.5)
    changed = set_evidence_settings(model, dataclasses.replace(model.evidence_settings, max_age_years=4))
    save_study(path, changed, source=path)
    rows = list(load_workbook(path)["Evidence settings"].values)
    assert rows == [
        ("Setting", "Value", "Agreed by"),
        ("Evidence older than (years)", 4, "workshop 1"),
        (None, None, None),
        ("Confidence width low", 2.5, "Lan"),
    ]


def test_a_study_with_the_default_settings_gets_no_sheet(tmp_path):
    path = tmp_path / "study.xlsx"
    save_study(path, load_sample())
    assert "Evidence settings" not in load_workbook(path).sheetnames
    assert read_workbook(path).evidence_settings == EvidenceSettings()


def test_the_study_widths_give_the_default_ranges():
    model = load_sample()
    low, high = value_ranges(model)
    wider = set_evidence_settings(model, EvidenceSettings(ConfidenceWidths(1, 2, 4)))
    wide_low, wide_high = value_ranges(wider)
    assert np.array_equal(value_ranges(wider, ConfidenceWidths()), (low, high), equal_nan=True)
    spread = np.nan_to_num(high - low)
    assert (np.nan_to_num(wide_high - wide_low) >= spread).all() and (
        np.nan_to_num(wide_high - wide_low) > spread
    ).any()
