"""The fixed English phrases the core hands the interface, translated in the interface's catalogue.

``scoring`` names its methods, describes them and titles its breakdowns in English (the
command line, the result workbook and json keep those words). The app shows them in its
own language: ``core_words(text)`` translates a phrase listed here and returns any other
text (a partner's name, a new phrase) unchanged. ``tests/desktop/test_translations.py``
checks that every method's label and description and every breakdown's title is listed,
so a reworded phrase in the core cannot slip through in English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.i18n import current_language

CORE_WORDS = (
    QT_TRANSLATE_NOOP("CoreWords", "Weighted sum (WSM)"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "Each criterion is rescaled to 0-1 (1 = best) and the weighted scores are added up."
    ),
    QT_TRANSLATE_NOOP("CoreWords", "Weighted product (WPM)"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "The raw values are multiplied together, each raised to its weight, so a weak value on any criterion pulls the score down sharply.",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "TOPSIS"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "Partners are scored by how close they are to an imaginary best partner and how far from an imaginary worst one (1 = best).",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "VIKOR"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "A compromise index balancing the overall shortfall from the best values against the single worst shortfall; lower is better (0 = best).",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "PROMETHEE II"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "Every pair of partners is compared criterion by criterion; the score is the weighted share of comparisons won minus those lost (-1 to 1).",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "MOORA (ratio system)"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "Values are scaled by each criterion's overall size; weighted benefits are added and weighted costs subtracted.",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "WASPAS"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "The average of a weighted sum and a weighted product of values scaled against the best value.",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "SPOTIS"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "The weighted distance of each partner from the best possible point of the scales; lower is better, and adding or removing partners never reorders the others.",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "Points of the score per criterion (they add up to the score)"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "Points of the score per criterion (they add up to the net flow, the score)"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "Gap to the ideal per criterion (0 = ideal; not additive: combined they give d+)"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "Shortfall from the best per criterion (0 = best; they add up to S; the rank is by Q)"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "Log-gap to the best per criterion (0 = best; they add up to log(score / ideal score))"
    ),
)


def core_words(text: str) -> str:
    """``text`` in the interface's language when it is one of ``CORE_WORDS``, else unchanged."""
    return QCoreApplication.translate("CoreWords", text)


def weights_words(text: str) -> str:
    """Where the weights came from, as ``criteria.study`` records it ("Scenario S1, edited by hand",
    "AHP (CR 0.04)"), in the interface's language (the core's catalogue: the brief says it alike)."""
    from criteria.weights_words import weights_words as in_language

    return in_language(text, current_language())
