"""The language of the text we write (the brief, command-line messages) and of its numbers; no Qt.

Messages are English msgids translated with the standard library's ``gettext`` from the
catalogue in ``criteria/locale/<lang>/LC_MESSAGES/partner_scout.mo`` (compiled from the ``.po``
beside it; ``tests/criteria/test_i18n.py`` checks the two agree). Criterion and partner names
come from the workbook and are never translated. The words used in Vietnamese are fixed in
``docs/glossary.md``.

Numbers follow the language (Vietnamese: decimal comma, ``.`` between thousands and a space
before ``%``, as in ``0,622`` and ``20,0 %``; English: ``0.622`` and ``20.0%``). Workbooks,
json and csv keep plain numbers; these functions are only for text people read. Dates are
written out (``6 December 2026``, ``ngày 6 tháng 12 năm 2026``), never ``2026-12-06``.
"""

from __future__ import annotations

import datetime
import gettext
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ENGLISH, VIETNAMESE = "en", "vi"
LANGUAGES = (ENGLISH, VIETNAMESE)
DOMAIN = "partner_scout"
LOCALE_DIR = Path(__file__).parent / "locale"
# the variables gettext reads, in its order of precedence
_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip


def N_(message: str) -> str:  # noqa: N802 (gettext's name for it)
    """Mark an English message for the catalogue where it is defined; translate it where shown
    (``lang.t(message)``)."""
    return message


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """``"vi"`` when the first locale variable set (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) starts with vi."""
    environ = os.environ if environ is None else environ
    for name in _ENVIRONMENT:
        value = environ.get(name, "")
        if value:
            # LANGUAGE may list several ("vi:en"); the first one is the user's choice
            return VIETNAMESE if value.split(":")[0].lower().startswith("vi") else ENGLISH
    return ENGLISH


def resolve(language: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """``language`` when given (``"vi"``/``"en"``, or a locale such as ``vi_VN``), else the environment's."""
    if not language:
        return language_from_environment(environ)
    key = language.strip().lower().replace("-", "_").split("_")[0]
    if key not in LANGUAGES:
        raise ValueError(f"unknown language {language!r} (choose {' or '.join(LANGUAGES)})")
    return key


@cache
def _translations(language: str) -> gettext.NullTranslations:
    if language == ENGLISH:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language])


@dataclass(frozen=True)
class Language:
    """Translated text and formatted numbers in one language.

    ``lang.t("Ranking")`` translates; ``lang.t("{n} samples", n=lang.integer(10000))`` fills
    the place-holders after translating, so the translation may move them.
    """

    code: str = ENGLISH
    _catalogue: gettext.NullTranslations = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "code", resolve(self.code))
        object.__setattr__(self, "_catalogue", _translations(self.code))

    def t(self, message: str, /, **values: object) -> str:
        text = self._catalogue.gettext(message)
        return text.format(**values) if values else text

    def number(self, value: float, digits: int = 3) -> str:
        return format_number(value, digits, self.code)

    def percent(self, share: float, digits: int = 1) -> str:
        return format_percent(share, digits, self.code)

    def readable(self, value: float, decimals: int = 4, scientific: bool = True) -> str:
        return format_readable(value, decimals, self.code, scientific)

    def integer(self, value: int) -> str:
        return format_number(value, 0, self.code)

    def significant(self, value: float, digits: int = 4) -> str:
        """``value`` to ``digits`` significant digits, ungrouped (``12.5`` / ``12,5``)."""
        text = f"{float(value):.{digits}g}"
        return text.replace(".", ",") if self.code == VIETNAMESE else text

    def date(self, day: datetime.date) -> str:
        """``6 December 2026`` / ``ngày 6 tháng 12 năm 2026`` (Vietnamese names months by number)."""
        month = f"tháng {day.month}" if self.code == VIETNAMESE else MONTHS[day.month - 1]
        return self.t("{day} {month} {year}", day=day.day, month=month, year=day.year)

    def names(self, names) -> str:
        """``A``, ``A and B``, ``A, B and C`` (``A, B và C``)."""
        names = list(names)
        if len(names) <= 1:
            return "".join(names)
        return self.t("{names} and {last}", names=", ".join(names[:-1]), last=names[-1])


def language(lang: Language | str | None = None) -> Language:
    """``lang`` as a ``Language`` (None: English, the words of the workbook, json and csv)."""
    return lang if isinstance(lang, Language) else Language(lang or ENGLISH)


def format_number(value: float, digits: int = 3, language: str = ENGLISH) -> str:
    """``value`` with ``digits`` decimals and grouped thousands: ``1,234.568`` / ``1.234,568``.

    A value that rounds to zero is ``0.000``, never ``-0.000`` (a VIKOR Q of -1e-17 is 0)."""
    value = float(value)
    if round(value, digits) == 0:
        value = 0.0
    text = f"{value:,.{digits}f}"
    if resolve(language) == VIETNAMESE:
        text = text.translate(str.maketrans({",": ".", ".": ","}))
    return text


def digits_apart(a: float, b: float, digits: int = 3, most: int = 10) -> int:
    """The fewest decimals, from ``digits`` up to ``most``, at which ``a`` and ``b`` print apart: a
    sentence saying one is larger never shows "0.360 against 0.360" (0.36000 against 0.35971)."""
    while digits < most and f"{float(a):.{digits}f}" == f"{float(b):.{digits}f}":
        digits += 1
    return digits


def format_readable(value: float, decimals: int = 4, language: str = ENGLISH, scientific: bool = True) -> str:
    """A score for reading: ``decimals`` places, or as many significant digits in scientific
    notation when fixed places would hide it (a WPM product of 1.3e-9 is not "0.0000").

    ``scientific=False`` for scores on a fixed scale (VIKOR's Q in 0..1): there a leader's Q of
    4e-17 is rounding, read as ``0.0000``."""
    value = float(value)
    if not scientific or value == 0 or abs(value) >= 10.0**-decimals or not math.isfinite(value):
        return format_number(value, decimals, language)
    text = f"{value:.{decimals - 1}e}"
    return text.replace(".", ",") if resolve(language) == VIETNAMESE else text


def format_percent(share: float, digits: int = 1, language: str = ENGLISH) -> str:
    """A share (0.2) as a percentage: ``20.0%`` in English, ``20,0 %`` in Vietnamese."""
    number = format_number(100.0 * float(share), digits, language)
    # a no-break space: the sign never starts a line of its own
    return f"{number}\u00a0%" if resolve(language) == VIETNAMESE else f"{number}%"


class AmbiguousNumber(ValueError):
    """Typed text that the two conventions read as two different numbers (``1,000``: one in
    Vietnamese, a thousand in English); ``decimal`` is the interface language's reading, ``whole``
    the other convention's."""

    def __init__(self, text: str, decimal: float, whole: float):
        super().__init__(f"{text!r} could be {decimal:g} or {whole:g}")
        self.text, self.decimal, self.whole = text, decimal, whole


_SEPARATED = re.compile(r"\d+(?:[.,]\d+)*")


def read_number(text: object, language: str = ENGLISH) -> float | None:
    """A number typed by a person, read in ``language``'s notation; None for blank text.

    Vietnamese: ``.`` between thousands and ``,`` for decimals (``1.000`` is a thousand, ``1,5``
    one and a half); English the other way round. A number written only the other convention's
    way (``1.5`` in Vietnamese, ``1,5`` in English) has one reading and is read so. Text the two
    conventions read as two numbers, unless the language's own thousands separators say which
    (``1,000`` in Vietnamese: one, or a thousand written the English way?), raises
    ``AmbiguousNumber`` rather than guessing; anything else that is not a number, ValueError.
    """
    raw = str(text).strip()
    if not raw:
        return None
    sign, body = (-1.0 if raw[0] == "-" else 1.0, raw[1:]) if raw[0] in "+-" else (1.0, raw)
    if not _SEPARATED.fullmatch(body):
        if "," in body or ("." in body and resolve(language) == VIETNAMESE):
            raise ValueError(raw)
        return float(raw)  # 12, 1e-5 (1.5e3 in English): as Python reads them; ValueError otherwise
    decimal, group = (",", ".") if resolve(language) == VIETNAMESE else (".", ",")
    own, other = _strict(body, decimal, group), _strict(body, group, decimal)
    if own is not None and other is not None and own != other and group not in body:
        raise AmbiguousNumber(raw, sign * own, sign * other)
    value = own if own is not None else other
    if value is None:
        raise ValueError(raw)
    return sign * value


def _strict(body: str, decimal: str, group: str) -> float | None:
    """``body`` (digits and separators) with these separators: thousands in groups of three
    after a first group of 1-3 digits not starting with 0; None when it is not written so."""
    whole, *fraction = body.split(decimal)
    if len(fraction) > 1 or any(group in f for f in fraction):
        return None
    groups = whole.split(group)
    if len(groups) > 1 and (
        not 1 <= len(groups[0]) <= 3 or groups[0].startswith("0") or any(len(g) != 3 for g in groups[1:])
    ):
        return None
    return float("".join(groups) + ("." + fraction[0] if fraction else ""))
