"""Where the weights came from, in a language: ``StudyState.weights_from`` / ``weights_label``
and the app's sources ("AHP (CR 0.04)", "Ballots of 5 people"), which are kept in English.

The study records its weights' origin in English (the result workbook's ``Settings`` sheet and
json keep those words); the interface and the brief show it in their language through
``weights_words(text, lang)``. Words it does not know (a scenario's name, a source an older
session wrote in another language) are returned unchanged.
"""

from __future__ import annotations

import re

from criteria.i18n import N_, Language, language

# the words criteria.study composes, and the app's sources with a number in them
EDITED, CHANGED, SCENARIO = ", edited by hand", " (edited)", "Scenario "
EQUAL_WEIGHTS = N_("Equal weights")
FIXED = (
    N_("Workbook weights"),
    N_("Custom weights"),
    N_("Edited by hand"),
    N_("Ballots of 1 person"),
    EQUAL_WEIGHTS,
)
_AHP = re.compile(r"AHP \(CR (\d+\.\d+)\)")
_BALLOTS = re.compile(r"Ballots of (\d+) people")


def ahp_source(consistency_ratio: float) -> str:
    """The source of AHP weights, as recorded: ``AHP (CR 0.04)``."""
    return f"AHP (CR {consistency_ratio:.2f})"


def ballots_source(people: int) -> str:
    """The source of a group's weights, as recorded: ``Ballots of 5 people``."""
    return "Ballots of 1 person" if people == 1 else f"Ballots of {people} people"


def weights_words(text: str, lang: Language | str | None = None) -> str:
    """``text`` (how the study names where its weights came from) in ``lang``."""
    lang = language(lang)
    if text.endswith(EDITED):
        return lang.t("{source}, edited by hand", source=weights_words(text.removesuffix(EDITED), lang))
    if text.endswith(CHANGED):
        return lang.t("{name} (edited)", name=text.removesuffix(CHANGED))
    if text.startswith(SCENARIO):
        return lang.t("Scenario {name}", name=text.removeprefix(SCENARIO))
    if found := _AHP.fullmatch(text):
        return lang.t("AHP (CR {ratio})", ratio=lang.number(float(found[1]), 2))
    if found := _BALLOTS.fullmatch(text):
        return lang.t("Ballots of {count} people", count=lang.integer(int(found[1])))
    return lang.t(text) if text in FIXED else text
