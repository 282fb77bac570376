"""The bundled sample: Vietnam's rare-earth processing partners (domain brief sections 3-5)."""

from __future__ import annotations

import math

import pytest
from openpyxl import load_workbook

from criteria.study import StudyState
from scoring import rank
from workbooks.build_sample import build
from workbooks.sample import SAMPLE_NAME, copy_sample, load_sample, sample_path


def test_sample_has_16_partners_five_criteria_and_four_scenarios():
    model = load_sample()
    assert model.shape == (16, 5)
    assert [s.name for s in model.scenarios] == [
        "S1 Ministry",
        "S2 Manufacturer",
        "S3 Green financier",
        "S4 Security office",
    ]
    assert model.descriptive_columns == ("Country", "Type", "Role in Vietnam", "Sources")
    assert "Trident + Hưng Hải (+ Zoetic)" in model.partner_names  # diacritics kept


def test_sample_missing_values_are_the_three_deliberate_ones():
    model = load_sample()
    missing = {
        (model.partners[i].name, model.criteria[j].name)
        for i, j in zip(*model.missing.nonzero(), strict=True)
    }
    assert missing == {
        ("Blackstone Minerals", "Speed"),
        ("Baotou INST Magnetic", "ESG credibility"),
        ("Trident + Hưng Hải (+ Zoetic)", "Capital"),
    }


def test_sample_values_match_the_domain_brief_table():
    """Domain brief section 4 (ILLUSTRATIVE scores): two rows spot-checked against the table."""
    model = load_sample()
    jogmec = model.values[model.partner_index("JOGMEC")].tolist()
    eu = model.values[model.partner_index("European Union")].tolist()
    assert jogmec == [8, 5, 8, 8, 3] and eu == [4, 6, 10, 8, 2]
    assert all(not math.isnan(v) for v in jogmec)


@pytest.mark.parametrize(
    ("scenario", "winner", "runner_up"),
    [
        ("S1 Ministry", "JOGMEC", "KIGAM + KOMIR"),
        ("S2 Manufacturer", "Shin-Etsu Chemical", "China Rare Earth Group"),
        ("S3 Green financier", "European Union", "Australian Govt + Critical Minerals R&D Hub"),
        ("S4 Security office", "LS Eco Energy", "Australian Govt + Critical Minerals R&D Hub"),
    ],
)
def test_wsm_winners_domain_brief_section_5_table(scenario, winner, runner_up):
    """Domain brief section 5, "Stakeholder profiles and WSM winners": winner and runner-up per scenario.

    The brief computed them skipping missing cells; it states the winners hold with fixed 1-10
    bounds and missing cells set to worst, which is what the sample (Min/Max 1..10) and our default do.
    """
    ranking = rank(StudyState.from_model(load_sample(), method="wsm", scenario=scenario))
    top = ranking.ranked()[:2]
    assert [name for _, name, _ in top] == [winner, runner_up]


def test_read_me_says_illustrative_and_lists_sources():
    with sample_path() as path:
        book = load_workbook(path)
    assert book.sheetnames[0] == "Read me"
    text = " ".join(str(row[0]) for row in book["Read me"].values if row[0])
    assert "ILLUSTRATIVE" in text and "not an assessment" in text
    assert "https://www.straitstimes.com/" in text
    sources = [row[4] for row in book["Partners"].iter_rows(min_row=2, values_only=True)]
    assert all(s.startswith("S") and "http" in s for s in sources)


def test_optional_criteria_sheet():
    with sample_path() as path:
        rows = [row[:4] for row in load_workbook(path)["Optional criteria"].values]
    assert rows[0] == ("Partner", "Offtake commitment", "Processing know-how", "Months to first output")
    assert rows[1] == ("JOGMEC", 4, 8, 60)
    assert rows[5] == ("Blackstone Minerals", 2, 4, None)


def test_copy_sample_is_byte_identical(tmp_path):
    out = copy_sample(tmp_path / "copy.xlsx")
    with sample_path() as path:
        assert path.name == SAMPLE_NAME
        assert out.read_bytes() == path.read_bytes()


def test_rebuilding_the_sample_gives_the_committed_file(tmp_path):
    rebuilt = build(tmp_path / "rebuilt.xlsx")
    with sample_path() as path:
        assert rebuilt.read_bytes() == path.read_bytes()
