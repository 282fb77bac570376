"""The registry of scoring methods: ``METHODS`` and ``get_method``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

import numpy as np

from criteria.errors import InputError, Problem
from criteria.i18n import N_
from scoring import extra_methods, kernels

Kernel = Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray], np.ndarray]


@dataclass(frozen=True)
class Method:
    """One scoring method: how to compute it, and how to explain it to users.

    ``contributions`` maps ``(X, w, benefit, lo, hi)`` for one weight vector to the
    ``(n, m)`` per-criterion terms behind each score (None when the method has no additive
    decomposition). ``needs_positive`` methods reject values <= 0. ``compared`` is what ranks
    compare when it is not the score itself: an increasing function of the score on which
    the tie tolerance of ``scoring.ranks`` is meaningful (WPM: the log of its product).
    """

    key: str
    label: str
    higher_is_better: bool
    description: str
    reference: str
    kernel: Kernel
    contributions: Kernel | None = None
    needs_positive: bool = False
    contract: bool = False  # one of the five methods the public contract defines
    compared: Kernel | None = None
    # For methods whose score is ``W @ terms(X, benefit, lo, hi).T``: the weight-free terms,
    # computed once per prepared study and reused for every weight vector.
    terms: Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray], np.ndarray] | None = None
    # WSM's per-criterion value functions (``scoring.value_wsm``), () for the straight line
    value_functions: tuple = ()
    # PROMETHEE's preference functions (``criteria.preference``), one per criterion, bound into
    # its kernels by :meth:`with_preferences`; None for the usual criterion everywhere.
    preferences: tuple | None = None

    def with_preferences(self, preferences: tuple) -> Method:
        """This method with ``preferences`` bound into its kernels (PROMETHEE only; others unchanged).

        A prepared study carries the bound method, so every caller of its kernels (ranks,
        Monte Carlo, tipping points) scores with the study's functions.
        """
        if self.key != "promethee" or all(f.is_usual for f in preferences):
            return self
        return replace(
            self,
            kernel=partial(kernels.promethee, preferences=preferences),
            contributions=partial(kernels.promethee_contributions, preferences=preferences),
            terms=partial(kernels.promethee_terms, preferences=preferences),
            preferences=preferences,
        )

    # keyword settings already bound into ``kernel`` (VIKOR's ``v``), for batch twins of the kernel
    options: tuple[tuple[str, float], ...] = ()

    @property
    def ranked_by(self) -> Kernel:
        """The kernel whose values ranks compare (``compared``, else the score's own kernel)."""
        return self.compared or self.kernel


_ALL = (
    Method(
        "wsm",
        N_("Weighted sum (WSM)"),
        True,
        "Each criterion is rescaled to 0-1 (1 = best) and the weighted scores are added up.",
        "Triantaphyllou, E. (2000). Multi-Criteria Decision Making Methods: A Comparative Study, sec. 2.2.1.",
        kernels.wsm,
        kernels.wsm_contributions,
        contract=True,
        terms=kernels.wsm_terms,
    ),
    Method(
        "wpm",
        N_("Weighted product (WPM)"),
        True,
        "The raw values are multiplied together, each raised to its weight, so a weak value "
        "on any criterion pulls the score down sharply.",
        "Triantaphyllou, E. (2000). Multi-Criteria Decision Making Methods: A Comparative Study, sec. 2.2.2.",
        kernels.wpm,
        kernels.wpm_contributions,
        needs_positive=True,
        contract=True,
        compared=kernels.wpm_log,
    ),
    Method(
        "topsis",
        "TOPSIS",
        True,
        "Partners are scored by how close they are to an imaginary best partner and how far "
        "from an imaginary worst one (1 = best).",
        "Hwang, C.-L. & Yoon, K. (1981). Multiple Attribute Decision Making, sec. 2.3.6. Springer.",
        kernels.topsis,
        kernels.topsis_contributions,
        contract=True,
    ),
    Method(
        "vikor",
        "VIKOR",
        False,
        "A compromise index balancing the overall shortfall from the best values against the "
        "single worst shortfall; lower is better (0 = best).",
        "Opricovic, S. & Tzeng, G.-H. (2004). European Journal of Operational Research 156(2), 445-455.",
        kernels.vikor,
        kernels.vikor_contributions,
        contract=True,
    ),
    Method(
        "promethee",
        "PROMETHEE II",
        True,
        "Every pair of partners is compared criterion by criterion; the score is the weighted "
        "share of comparisons won minus those lost (-1 to 1).",
        "Brans, J.-P. & Vincke, Ph. (1985). Management Science 31(6), 647-656.",
        kernels.promethee,
        kernels.promethee_contributions,
        contract=True,
        terms=kernels.promethee_terms,
    ),
    Method(
        "moora",
        N_("MOORA (ratio system)"),
        True,
        "Values are scaled by each criterion's overall size; weighted benefits are added and "
        "weighted costs subtracted.",
        "Brauers, W. K. M. & Zavadskas, E. K. (2006). Control and Cybernetics 35(2), 445-469.",
        extra_methods.moora,
    ),
    Method(
        "waspas",
        "WASPAS",
        True,
        "The average of a weighted sum and a weighted product of values scaled against the best value.",
        "Zavadskas, E. K. et al. (2012). Elektronika ir Elektrotechnika 122(6), 3-6.",
        extra_methods.waspas,
        needs_positive=True,
    ),
    Method(
        "spotis",
        "SPOTIS",
        False,
        "The weighted distance of each partner from the best possible point of the scales; "
        "lower is better, and adding or removing partners never reorders the others.",
        "Dezert, J. et al. (2020). FUSION 2020, 1-8.",
        extra_methods.spotis,
    ),
)

METHODS: dict[str, Method] = {method.key: method for method in _ALL}


def configured(key: str, *, vikor_v: float = kernels.VIKOR_V) -> Method:
    """The method under ``key`` with the study's settings bound into its kernel (VIKOR's ``v``)."""
    method = get_method(key)
    if method.key != "vikor" or vikor_v == kernels.VIKOR_V:
        return method
    return replace(method, kernel=partial(kernels.vikor, v=vikor_v), options=(("v", vikor_v),))


def get_method(key: str) -> Method:
    """The method registered under ``key`` (trimmed, any case).

    Raises
    ------
    criteria.errors.InputError
        Naming the valid keys when ``key`` is unknown.
    """
    method = METHODS.get(str(key).strip().lower())
    if method is None:
        valid = ", ".join(METHODS)
        raise InputError(Problem(f"unknown method {str(key)!r} (choose one of {valid})"))
    return method
