"""The optional Evidence sheet (issue 13): read, checked cell by cell, saved back losslessly."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest
from openpyxl import load_workbook

from criteria.errors import InputError
from criteria.evidence import ConfidenceWidths, value_ranges
from tests.xlsx import write_workbook
from workbooks.reader import read_workbook
from workbooks.sample import load_sample
from workbooks.template import write_template
from workbooks.writer import save_study

CRITERIA = [
    ["Criterion", "Direction", "Weight", "Min", "Max"],
    ["Speed", "benefit", 0.5, 1, 10],
    ["Capital", "benefit", 0.5, 1, 10],
]
PARTNERS = [["Partner", "Speed", "Capital"], ["JOGMEC", 3, 5], ["Shin-Etsu Chemical", 7, 10]]
HEADER = ["Partner", "Criterion", "Source", "Date", "Confidence", "Low", "High", "Note", "Checked by"]


def book(tmp_path, rows):
    return write_workbook(tmp_path / "e.xlsx", PARTNERS, CRITERIA, extra_sheets={"Evidence": [HEADER, *rows]})


def problems(tmp_path, rows) -> list[str]:
    with pytest.raises(InputError) as caught:
        read_workbook(book(tmp_path, rows))
    return [str(p) for p in caught.value.problems]


def test_evidence_is_read_with_its_extra_columns_and_saved_back_equal(tmp_path):
    rows = [
        [
            "Shin-Etsu Chemical",
            "Speed",
            "S31 press release",
            dt.datetime(2024, 3, 5),
            "trung bình",
            5,
            8,
            "timing unknown",
            "Lan",
        ],
        ["JOGMEC", "Capital", "https://example.org", "2023-10", "cao", None, None, None, None],
    ]
    model = read_workbook(book(tmp_path, rows))
    first = model.evidence_cells()[1, 0]
    assert (first.source, first.confidence, first.low, first.high, first.note) == (
        "S31 press release",
        "trung bình",
        5,
        8,
        "timing unknown",
    )
    assert first.extra == (("Checked by", "Lan"),) and first.day == dt.date(2024, 3, 5)
    saved = save_study(tmp_path / "saved.xlsx", model, source=tmp_path / "e.xlsx")
    again = read_workbook(saved)
    assert again == model and again.evidence_columns == tuple(HEADER)
    assert again.evidence_cells()[0, 1].date == "2023-10"
    assert dataclasses.replace(again, evidence=again.evidence[:1]) != model
    assert dataclasses.replace(again, evidence=again.evidence[::-1]) == model  # row order is layout


def test_every_problem_is_named_by_sheet_and_cell(tmp_path):
    rows = [
        ["Nobody", "Speed", None, None, "high"],
        ["JOGMEC", "Weather", None, None, "high"],
        ["JOGMEC", "Speed", None, "last spring", "sure"],
        ["JOGMEC", "Speed", None, None, "low"],
        ["Shin-Etsu Chemical", "Speed", None, 45000, "low", 8, 6],
        ["Shin-Etsu Chemical", "Capital", None, None, "low", 0, 11],
    ]
    found = problems(tmp_path, rows)
    assert found == [
        "Evidence!A2: partner 'Nobody' is not in the Partners sheet",
        "Evidence!B3: criterion 'Weather' is not in the Criteria sheet",
        "Evidence!E4: confidence 'sure' is not one of high, medium, low (or cao, trung bình, thấp) "
        "(partner 'JOGMEC', criterion 'Speed')",
        "Evidence!D4: 'last spring' is not a date (use a date, or 2024, 2024-03, 2024-03-05) "
        "(partner 'JOGMEC', criterion 'Speed')",
        "Evidence!A5: partner 'JOGMEC', criterion 'Speed' is listed twice (also in row 4)",
        "Evidence!D6: 45000 is not a date (format the cell as a date) (partner 'Shin-Etsu Chemical', criterion 'Speed')",
        "Evidence!F6: Low 8 is above the score 7 (partner 'Shin-Etsu Chemical', criterion 'Speed')",
        "Evidence!G6: High 6 is below the score 7 (partner 'Shin-Etsu Chemical', criterion 'Speed')",
        "Evidence!F7: Low 0 is outside the scale 1..10 (partner 'Shin-Etsu Chemical', criterion 'Capital')",
        "Evidence!G7: High 11 is outside the scale 1..10 (partner 'Shin-Etsu Chemical', criterion 'Capital')",
    ]


def test_confidence_gives_the_documented_default_range_clipped_to_the_scale(tmp_path):
    rows = [
        ["JOGMEC", "Speed", None, None, "high"],
        ["JOGMEC", "Capital", None, None, "thấp"],
        ["Shin-Etsu Chemical", "Speed", None, None, "medium", 6],
        ["Shin-Etsu Chemical", "Capital", None, None, "Trung Binh"],
    ]
    model = read_workbook(book(tmp_path, rows))
    low, high = value_ranges(model)
    np.testing.assert_array_equal(low, [[2.5, 3], [6, 9]])
    np.testing.assert_array_equal(high, [[3.5, 7], [7, 10]])
    low, high = value_ranges(model, ConfidenceWidths.parse("low=1,high=0"))
    np.testing.assert_array_equal(low, [[3, 4], [6, 9]])


def test_template_has_the_evidence_header_and_the_sample_cites_its_sources(tmp_path):
    path = write_template(tmp_path / "t.xlsx")
    assert [c.value for c in load_workbook(path)["Evidence"][1]] == HEADER[:-1]
    sample = load_sample()
    scored = int((~np.isnan(sample.values)).sum())
    assert len(sample.evidence_cells()) == scored
    for (i, _), item in sample.evidence_cells().items():
        assert item.level is not None
        assert item.source.split(":")[0] in sample.partners[i].field("Sources")
    low, high = value_ranges(sample)
    shin_etsu, speed = sample.partner_index("Shin-Etsu Chemical"), sample.criterion_index("Speed")
    assert (low[shin_etsu, speed], high[shin_etsu, speed]) == (5, 8)
    scored_cells = ~np.isnan(sample.values)
    assert (low[scored_cells] <= sample.values[scored_cells]).all()
    assert (high[scored_cells] >= sample.values[scored_cells]).all()
    assert (high - low)[scored_cells].max() <= 4  # low confidence: +-2 points at most


def test_renames_carry_the_evidence_and_a_new_score_outside_its_range_clears_the_range():
    from criteria import edits

    sample = load_sample()
    i, j = sample.partner_index("Shin-Etsu Chemical"), sample.criterion_index("Speed")
    renamed = edits.rename_criterion(edits.rename_partner(sample, i, "Shin-Etsu"), j, "Pace")
    assert renamed.evidence_cells().keys() == sample.evidence_cells().keys()
    assert (
        renamed.evidence_cells()[i, j].partner == "Shin-Etsu"
        and renamed.evidence_cells()[i, j].criterion == "Pace"
    )
    inside = edits.set_value(sample, i, j, 6)
    assert (inside.evidence_cells()[i, j].low, inside.evidence_cells()[i, j].high) == (5, 8)
    outside = edits.set_value(sample, i, j, 9).evidence_cells()[i, j]
    assert (outside.low, outside.high, outside.confidence) == (None, None, "medium")
    assert outside.note == sample.evidence_cells()[i, j].note
    removed = edits.remove_criterion(edits.remove_partner(sample, i), j)
    assert not any(e.partner == "Shin-Etsu Chemical" or e.criterion == "Speed" for e in removed.evidence)
    again = edits.add_partner(removed, "Shin-Etsu Chemical")  # a new partner starts without evidence
    assert not any(e.partner == "Shin-Etsu Chemical" for e in again.evidence)


def test_a_criterion_can_keep_its_own_confidence_widths_in_the_criteria_sheet(tmp_path):
    criteria = [[*CRITERIA[0], "Confidence widths"], [*CRITERIA[1], "high=0.25, thấp=1"], CRITERIA[2]]
    rows = [["JOGMEC", "Speed", None, None, "low"], ["JOGMEC", "Capital", None, None, "low"]]
    path = write_workbook(tmp_path / "w.xlsx", PARTNERS, criteria, extra_sheets={"Evidence": [HEADER, *rows]})
    low, high = value_ranges(read_workbook(path))
    assert (low[0, 0], high[0, 0]) == (2, 4)  # Speed: low +-1 as its cell says
    assert (low[0, 1], high[0, 1]) == (3, 7)  # Capital: the default +-2
    assert read_workbook(save_study(tmp_path / "again.xlsx", read_workbook(path))) == read_workbook(path)
    criteria[1][-1] = "high=wide"
    write_workbook(tmp_path / "bad.xlsx", PARTNERS, criteria)
    with pytest.raises(InputError) as caught:
        read_workbook(tmp_path / "bad.xlsx")
    assert str(caught.value.problems[0]).startswith("Criteria!F2: confidence width 'high=wide' is not")


def test_evidence_older_than_the_chosen_age_is_flagged_and_undated_evidence_is_not():
    from criteria.evidence import outdated

    today = dt.date(2026, 1, 31)
    assert outdated("2011", today) and outdated(dt.datetime(2023, 10, 20), today)
    assert not outdated("2024-03", today) and not outdated("2024-03", today, years=2)
    assert outdated("2024-01", today, years=2) and not outdated("2024-02", today, years=2)
    assert not outdated(None, today)


def test_set_evidence_checks_like_the_sheet_keeps_the_row_and_its_extra_cells_and_can_remove_it(tmp_path):
    from criteria import edits
    from criteria.evidence import Evidence

    rows = [
        ["JOGMEC", "Speed", "S30", None, "low", None, None, None, "Lan"],
        ["Shin-Etsu Chemical", "Capital", "S31", None, "high"],
    ]
    model = read_workbook(book(tmp_path, rows))
    edited = edits.set_evidence(model, 0, 0, Evidence("", "", "S30 p. 4", "2024-03", "cao", 2, 4, "asked"))
    record = edited.evidence[0]
    assert (record.partner, record.criterion, record.source, record.low, record.high) == (
        "JOGMEC",
        "Speed",
        "S30 p. 4",
        2,
        4,
    )
    assert record.extra == (("Checked by", "Lan"),)
    assert read_workbook(save_study(tmp_path / "s.xlsx", edited)) == edited
    added = edits.set_evidence(model, 0, 1, Evidence("", "", confidence="medium"))
    assert added.evidence_cells()[0, 1].confidence == "medium" and len(added.evidence) == 3
    assert len(edits.set_evidence(model, 1, 1, Evidence("", "")).evidence) == 1
    with pytest.raises(InputError) as caught:
        edits.set_evidence(model, 0, 0, Evidence("", "", date="soon", confidence="sure", low=4, high=0))
    assert [p.message for p in caught.value.problems] == [
        "Low 4 is above the score 3",
        "High 0 is outside the scale 1..10",
        "confidence 'sure' is not one of high, medium, low (or cao, trung bình, thấp)",
        "'soon' is not a date (use 2024, 2024-03 or 2024-03-05)",
    ]
