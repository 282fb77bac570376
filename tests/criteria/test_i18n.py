"""criteria.i18n: language choice, number formats, and the Vietnamese catalogue's health."""

from __future__ import annotations

import datetime
import io
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from criteria.i18n import (
    DOMAIN,
    LOCALE_DIR,
    Language,
    format_number,
    format_percent,
    language_from_environment,
    resolve,
)
from tests.glossary import glossary, missing_terms

ROOT = Path(__file__).resolve().parents[2]
PO = LOCALE_DIR / "vi" / "LC_MESSAGES" / f"{DOMAIN}.po"
MO = PO.with_suffix(".mo")
NBSP = "\u00a0"


def catalogue():
    with PO.open("rb") as handle:
        return read_po(handle)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize(
    ("value", "digits", "english", "vietnamese"),
    [
        (0.6222222222222222, 3, "0.622", "0,622"),
        (10000, 0, "10,000", "10.000"),
        (1234.5678, 2, "1,234.57", "1.234,57"),
        (-0.25, 1, "-0.2", "-0,2"),  # round half to even, as Python's format
    ],
)
def test_numbers_follow_the_language(value, digits, english, vietnamese):
    assert format_number(value, digits, "en") == english
    assert format_number(value, digits, "vi") == vietnamese


def test_percentages_follow_the_language():
    assert format_percent(0.2, 1, "en") == "20.0%"
    assert format_percent(0.2, 1, "vi") == f"20,0{NBSP}%"  # issue 11: "20,0 %", the sign kept on its line
    assert format_percent(0.862, 0, "vi") == f"86{NBSP}%"
    assert Language("vi").percent(0.15) == f"15,0{NBSP}%" and Language("en").number(0.5, 2) == "0.50"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "vi_VN.UTF-8"}, "vi"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANGUAGE": "vi:en", "LANG": "en_US.UTF-8"}, "vi"),  # LANGUAGE comes first, its first entry counts
        ({"LC_ALL": "en_US.UTF-8", "LANG": "vi_VN.UTF-8"}, "en"),
        ({"LC_ALL": "", "LANG": "vi"}, "vi"),  # an empty variable is not set
    ],
)
def test_language_from_the_environment(environ, expected):
    assert language_from_environment(environ) == expected
    assert resolve(None, environ) == expected


def test_an_explicit_language_wins_and_unknown_ones_are_refused():
    assert resolve("vi_VN", {"LANG": "en_US"}) == "vi"
    assert resolve("EN", {"LANG": "vi_VN"}) == "en"
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        resolve("fr")


def test_translation_fills_place_holders_after_translating():
    vi = Language("vi")
    assert vi.t("Ranking") == "Xếp hạng"
    assert vi.t("the scenario {scenario}", scenario="S1 Ministry") == "kịch bản S1 Ministry"
    assert Language("en").t("the scenario {scenario}", scenario="S1") == "the scenario S1"


def test_every_message_is_translated_with_the_same_place_holders():
    messages = [m for m in catalogue() if m.id]
    assert len(messages) > 50
    for message in messages:
        assert message.string, f"untranslated: {message.id!r}"
        assert not message.fuzzy, f"fuzzy: {message.id!r}"
        assert placeholders(message.string) == placeholders(message.id), message.id


def test_dates_are_written_out_in_each_language():
    """As the brief's "Prepared on ..." line writes them; the chart footer said 2026-12-06."""
    assert Language("en").date(datetime.date(2026, 12, 6)) == "6 December 2026"
    assert Language("vi").date(datetime.date(2026, 12, 6)) == "ngày 6 tháng 12 năm 2026"
    assert Language("en").date(datetime.date(2027, 1, 31)) == "31 January 2027"
    assert Language("vi").date(datetime.date(2027, 1, 31)) == "ngày 31 tháng 1 năm 2027"


def test_every_message_in_the_code_is_in_the_catalogue():
    """A new ``lang.t("...")`` without a Vietnamese entry would print English in a Vietnamese brief."""
    found = set()
    keywords = {"t": None, "N_": None}  # N_ marks a message where it is defined, t translates it
    # scoring: the sentences the GUI shows too; workbooks: the notes on cells read other than as written
    for package in ("briefing", "criteria", "scoring", "workbooks"):
        for _, _, message, _, _ in extract_from_dir(ROOT / package, keywords=keywords):
            found.add(message)
    # the rank and sensitivity tables' words, rank reversal's and why a write failed (as in the Makefile)
    for module in (
        "desktop/cli.py",
        "desktop/cli_common.py",
        "desktop/cli_reversal.py",
        "desktop/cli_sensitivity.py",
        "desktop/cli_smaa.py",
        "workbooks/atomic.py",
    ):
        with (ROOT / module).open("rb") as source:
            found.update(message for _, message, _, _ in extract("python", source, keywords=keywords))
    assert found, "no messages extracted"
    known = {m.id for m in catalogue() if m.id}
    assert found - known == set()
    assert known - found == set(), "obsolete messages: run `make translations`"


def test_compiled_catalogue_is_up_to_date_with_its_source():
    compiled = io.BytesIO()
    write_mo(compiled, catalogue())
    assert MO.read_bytes() == compiled.getvalue(), "run `make translations` and commit the .mo"


def test_vietnamese_messages_use_the_glossary():
    assert {"criterion", "weight", "partner", "scenario", "tipping point"} <= {
        t for ts, _ in glossary() for t in ts
    }
    for message in catalogue():
        if message.id:
            assert missing_terms(message.id, message.string) == [], message.id


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("1.000", "vi", 1000.0),  # Vietnamese: '.' between thousands
        ("1,5", "vi", 1.5),  # ',' for decimals
        ("1.234.567,25", "vi", 1234567.25),
        ("0,125", "vi", 0.125),  # a leading 0 is never a thousands group
        ("1.5", "vi", 1.5),  # only a decimal point can read it
        ("-2.500", "vi", -2500.0),
        ("1,000", "en", 1000.0),
        ("1.5", "en", 1.5),
        ("1,234,567.25", "en", 1234567.25),
        ("1,5", "en", 1.5),
        ("12", "vi", 12.0),
        ("1e-5", "en", 1e-5),
        ("  ", "vi", None),
    ],
)
def test_read_number_follows_the_language(text, language, value):
    from criteria.i18n import read_number

    assert read_number(text, language) == value


@pytest.mark.parametrize(
    ("text", "language", "decimal", "whole"),
    [("1,000", "vi", 1.0, 1000.0), ("7,125", "vi", 7.125, 7125.0), ("1.000", "en", 1.0, 1000.0)],
)
def test_read_number_refuses_what_the_two_notations_read_differently(text, language, decimal, whole):
    from criteria.i18n import AmbiguousNumber, read_number

    with pytest.raises(AmbiguousNumber) as raised:
        read_number(text, language)
    assert (raised.value.decimal, raised.value.whole) == (decimal, whole)


@pytest.mark.parametrize("text", ["abc", "1,2,3", "1.00,5", "1 000", "1.5e3"])
def test_read_number_refuses_what_is_no_number_in_vietnamese(text):
    from criteria.i18n import read_number

    with pytest.raises(ValueError):
        read_number(text, "vi")
