"""The five default criteria (domain brief section 2): 1-10 scales, higher is better, equal weights."""

from __future__ import annotations

from criteria.model import Criterion, Direction

SCALE = (1.0, 10.0)
UNIT = "score 1-10"


def _criterion(name: str, description: str) -> Criterion:
    return Criterion(name, Direction.BENEFIT, 0.2, description, SCALE[0], SCALE[1], UNIT)


DEFAULT_CRITERIA: tuple[Criterion, ...] = (
    _criterion(
        "Technology transfer",
        "Know-how left with Vietnamese staff. 2: trade only, or home rules block sharing; "
        "5: local plant, Vietnamese operators, process proprietary; "
        "9: licensed or co-developed separation/metal-making, structured training.",
    ),
    _criterion(
        "Capital",
        "Money the partner can credibly put into Vietnamese projects. 2: under US$5 m or in-kind only; "
        "5: tens of millions, committed or clearly available; 9: hundreds of millions, with a record of deploying it.",
    ),
    _criterion(
        "ESG credibility",
        "Environment, radioactive waste, community, governance. 2: criminal case, illegal mining, opaque owners; "
        "5: no known incidents, little disclosure; "
        "9: audited reporting, international standards, a waste record financiers accept.",
    ),
    _criterion(
        "Geopolitical alignment",
        "Fit with balanced diplomacy, diversification, trusted buyers. 2: deepens reliance on the dominant supplier; "
        "5: neutral or mixed; 9: top-tier partner, output qualifies for EU/US/Japan/Korea buyers.",
    ),
    _criterion(
        "Speed",
        "How soon new capacity runs in Vietnam. 2: 6+ years or no path; 5: output in about 3 years; "
        "9: ready plant or design, output within about 12 months.",
    ),
)
