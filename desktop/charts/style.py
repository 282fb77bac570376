"""The one home of chart colours and type sizes, so every chart agrees.

A criterion keeps its colour (by position in the study's criterion order) in
the contributions, weights and radar charts alike. Sizes are for a projector at
the back of a workshop room.
"""

from __future__ import annotations

# Okabe-Ito (colour-blind safe) without its yellow and black, then Tableau hues.
CRITERION_COLOURS = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#8C564B",
    "#7F7F7F",
    "#BCBD22",
    "#17BECF",
    "#1F3A93",
    "#9B2226",
)
# Partners compared side by side (radar, highlighted points): dark, distinct from the criteria.
PARTNER_COLOURS = ("#1B1B1B", "#C1121F", "#3A86FF", "#6A994E")
FRONTIER_COLOUR = "#C1121F"
MUTED = "#9E9E9E"

TITLE_SIZE = 17
LABEL_SIZE = 14
TICK_SIZE = 13
NOTE_SIZE = 12


def criterion_colours(count: int) -> tuple[str, ...]:
    """The colour of each of ``count`` criteria, in criterion order (cycling past 12)."""
    return tuple(CRITERION_COLOURS[i % len(CRITERION_COLOURS)] for i in range(count))


def partner_colour(position: int) -> str:
    return PARTNER_COLOURS[position % len(PARTNER_COLOURS)]
