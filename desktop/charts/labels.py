"""Text fitting for charts: wrap or elide long names, place labels without overlap.

Sizes are measured with matplotlib's renderer (``Text.get_window_extent``), never
estimated from a character count; the placement itself is pure numpy in pixels.
"""

from __future__ import annotations

import contextlib
import textwrap
import warnings
from collections.abc import Callable, Sequence

import numpy as np

ELLIPSIS = "\u2026"


def elide(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, ending in an ellipsis when cut."""
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: max(width - 1, 1)].rstrip() + ELLIPSIS


def fit_label(text: str, width: int, lines: int = 2) -> str:
    """``text`` wrapped to at most ``lines`` lines of ``width`` characters; the last line elided."""
    if lines <= 1:
        return elide(text, width)
    wrapped = textwrap.wrap(" ".join(str(text).split()), width, break_long_words=True) or [""]
    if len(wrapped) > lines:
        rest = " ".join(wrapped[lines - 1 :])
        wrapped = wrapped[: lines - 1] + [elide(rest, width)]
    return "\n".join(wrapped)


def text_extent(figure, text: str, renderer=None, **props) -> tuple[float, float]:
    """(width, height) in pixels of ``text`` drawn on ``figure`` with Text ``props`` (fontsize, ...).

    Measured by the renderer (``renderer`` or the figure's own), so it holds for any font.
    """
    from matplotlib.text import Text

    probe = Text(0, 0, text, **props)
    probe.set_figure(figure)
    box = probe.get_window_extent(renderer)
    return box.width, box.height


def lay_out_now(figure) -> None:
    """Run ``figure``'s layout engine, so what is placed next is placed against the axes' final size."""
    if (engine := figure.get_layout_engine()) is not None:
        with squeezed_quietly():
            engine.execute(figure)


@contextlib.contextmanager
def squeezed_quietly():
    """No warning for a chart squeezed below its own titles and ticks (a dock during start-up).

    Constrained layout then leaves the figure as it was, and the next resize lays it out again.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "constrained_layout not applied", UserWarning)
        yield


Measure = Callable[[str], float]  # the width in pixels of a one-line text


def elide_to(text: str, room: float, width: Measure) -> str:
    """``text`` on one line, cut at a word or letter and ended with an ellipsis to fit ``room`` pixels."""
    text = " ".join(str(text).split())
    if width(text) <= room:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with its ellipsis: binary search
    while low < high:
        middle = (low + high + 1) // 2
        if width(text[:middle].rstrip() + ELLIPSIS) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS if low else ELLIPSIS


def wrap_to(text: str, room: float, width: Measure, lines: int | None = None) -> str:
    """``text`` broken at spaces into lines that fit ``room`` pixels, at most ``lines`` (the last elided)."""
    words = " ".join(str(text).split()).split(" ")
    rows: list[str] = []
    for word in words:
        if rows and width(f"{rows[-1]} {word}") <= room:
            rows[-1] = f"{rows[-1]} {word}"
        else:
            rows.append(word)
    if lines is not None and len(rows) > lines:
        rows = rows[: lines - 1] + [" ".join(rows[lines - 1 :])]
    return "\n".join(elide_to(row, room, width) for row in rows)


# Offsets tried around a point, in units of (label width, label height) plus a gap: right first.
_CANDIDATES = ((0, -0.5), (0, 0), (0, -1), (-1, -0.5), (-1, 0), (-1, -1), (-0.5, 0), (-0.5, -1))


def place_labels(
    points: np.ndarray,
    sizes: Sequence[tuple[float, float]],
    bounds: tuple[float, float, float, float],
    required: Sequence[bool],
    gap: float = 2.0,
    obstacles: Sequence[tuple[float, float, float, float]] = (),
    radius: float | Sequence[float] = 4.0,
    segments: Sequence[tuple[float, float, float, float]] = (),
    leaders: dict | None = None,
) -> list[tuple[float, float] | None]:
    """Greedy non-overlapping placement of point labels (all in display pixels).

    Parameters
    ----------
    points : (n, 2) array
        Anchor points.
    sizes : sequence of (width, height)
        Each label's box.
    bounds : (x0, y0, x1, y1)
        The area labels must stay inside.
    required : sequence of bool
        Labels placed even when every position overlaps: at the first free spot
        inside the bounds if there is one, else (without ``leaders``) at the first spot inside
        nearest its own marker, else at the first inside, else outside; the
        others are dropped (None) when they do not fit. A spot
        is free when it overlaps nothing and its own marker is the nearest by ``gap`` at least.
    gap : float
        Distance between the edge of a point's marker and its label.
    obstacles : sequence of (x0, y0, x1, y1)
        Boxes already taken (other text) that labels avoid.
    radius : float or sequence of float
        Half the size of each point's marker (or of all): labels keep clear of every marker.
    segments : sequence of (x0, y0, x1, y1)
        Lines (GAIA's arrows) that a label's box does not cross where a spot clear of them is
        free; a required label with no such spot beside its marker goes to the nearest spot clear
        of them farther away when ``leaders`` is given, else it may lie across one.
    leaders : dict, optional
        Filled with {index: (x0, y0, x1, y1)}: a line from the point to its label's box, for each
        label placed away from its point (the caller draws it). Later labels keep clear of it.

    Returns
    -------
    list
        The lower-left corner of each label's box, or None when it was dropped.
        Required labels are placed first, so they get the free spots.

    References
    ----------
    .. [1] Christensen, J., Marks, J., Shieber, S. (1995). An empirical study of
       algorithms for point-feature label placement. ACM Transactions on
       Graphics 14(3), 203-232 (the greedy method is their baseline).
    """
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    radii, boxes = _markers(points, radius)
    boxes += [tuple(b) for b in obstacles]
    result: list[tuple[float, float] | None] = [None] * len(points)
    x0, y0, x1, y1 = bounds
    for i in sorted(range(len(points)), key=lambda k: not required[k]):
        w, h = sizes[i]
        px, py = points[i]
        chosen, crowded = None, []
        # beside its marker, else a little further (further still where lines cut through those spots)
        for clear in radii[i] + gap * np.array([1, 3, 6, 10] if len(segments) else [1, 3]):
            for fx, fy in _CANDIDATES:
                left = px + clear + fx * (w + 2 * clear)
                if fx == -0.5:  # above or below: slid along to stay inside, still over its point
                    left = min(max(left, x0), x1 - w)
                bottom = py + fy * h + (clear if fy == 0 else -clear if fy == -1 else 0)
                box = (left, bottom, left + w, bottom + h)
                inside = box[0] >= x0 and box[1] >= y0 and box[2] <= x1 and box[3] <= y1
                own = reads_as_own(box, i, points, radii, gap)  # else it reads as another point's name
                on_line = any(crosses(box, segment, gap) for segment in segments)
                if inside and own and not on_line and not any(boxes_overlap(box, other) for other in boxes):
                    chosen = box
                    break
                on_text = any(boxes_overlap(box, other) for other in boxes[len(points) :])
                covers = any(boxes_overlap(box, other) for other in boxes)
                crowded.append((not inside, not own, on_text, on_line, covers, box))
            if chosen is not None:
                break
        if chosen is None and required[i] and leaders is not None:
            # its leader line crossing no other line if it can, else crossing some: on a marker
            # or across a line, the name would read as another's or as cut
            # (last, its line may pass other markers: it still ends at its own point)
            for lines, passed in ((segments, ()), ((), ()), ((), boxes[: len(points)])):
                chosen, leader = _far_spot(points[i], (w, h), bounds, boxes, segments, gap, lines, passed)
                if leader is not None:
                    break
            if leader is not None:
                leaders[i] = leader
                segments = [*segments, leader]
        if chosen is None and required[i]:
            # inside first, then nearest its own marker (a name by another's point misleads), then
            # clear of other text, then of lines, then free of markers too, then in the order
            # tried; the least covered spot instead took the spots of the required labels after
            # it (GAIA's favourites)
            chosen = min(crowded, key=lambda c: c[:5])[5]
        if chosen is not None:
            boxes.append(chosen)
            result[i] = (chosen[0], chosen[1])
    return result


def _far_spot(point, size, bounds, boxes, segments, gap: float, uncrossed=(), passed=()):
    """(box, leader) for a label away from its ``point``: the nearest spot inside ``bounds``
    clear of ``boxes`` and ``segments``, tried around the point at growing distances, whose
    leader line from the point crosses no box but the point's own marker and those ``passed``,
    and none of the lines ``uncrossed``; (None, None) if none."""
    w, h = size
    px, py = point
    x0, y0, x1, y1 = bounds
    for distance in np.arange(2 * gap + h, max(x1 - x0, y1 - y0), h):
        for angle in np.radians(np.arange(0, 360, 15)):
            ux, uy = np.cos(angle), np.sin(angle)
            # the box's centre as far out as its edge stays ``distance`` from the point
            reach = distance + min(w / 2 / abs(ux) if abs(ux) > 1e-9 else np.inf,
                                   h / 2 / abs(uy) if abs(uy) > 1e-9 else np.inf)  # fmt: skip
            cx, cy = px + ux * reach, py + uy * reach
            box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
            if box[0] < x0 or box[1] < y0 or box[2] > x1 or box[3] > y1:
                continue
            if any(boxes_overlap(box, other) for other in boxes):
                continue
            if any(crosses(box, segment, gap) for segment in segments):
                continue
            end = (min(max(px, box[0]), box[2]), min(max(py, box[1]), box[3]))  # the box's nearest point
            leader = (px, py, *end)
            crossed = (other for other in boxes if not _holds(other, point) and other not in passed)
            if not any(crosses(other, leader) for other in crossed) and not any(
                _lines_cross(leader, line) for line in uncrossed
            ):
                return box, leader
    return None, None


def _lines_cross(a, b) -> bool:
    """True when the segments ``a`` and ``b`` (x0, y0, x1, y1) cross (touching ends do not)."""

    def side(p, q, r) -> float:  # > 0 when r is left of the line from p to q
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    p, q, r, t = a[:2], a[2:], b[:2], b[2:]
    return side(p, q, r) * side(p, q, t) < 0 and side(r, t, p) * side(r, t, q) < 0


def _holds(box, point) -> bool:
    """True when ``box`` contains ``point`` (a marker's own box)."""
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


def reads_as_own(box, i: int, points: np.ndarray, radii: np.ndarray, margin: float) -> bool:
    """True when point ``i``'s marker is nearer to ``box`` (edge to edge) than any other by ``margin``."""
    dx = np.maximum.reduce([box[0] - points[:, 0], np.zeros(len(points)), points[:, 0] - box[2]])
    dy = np.maximum.reduce([box[1] - points[:, 1], np.zeros(len(points)), points[:, 1] - box[3]])
    gaps = np.hypot(dx, dy) - radii
    return bool(np.all(np.delete(gaps, i) >= gaps[i] + margin))


def all_clear(corners, sizes, points, radius) -> bool:
    """True when no label placed by ``place_labels`` overlaps another label or any point's marker."""
    boxes = [
        (c[0], c[1], c[0] + w, c[1] + h) for c, (w, h) in zip(corners, sizes, strict=True) if c is not None
    ]
    markers = _markers(np.asarray(points, dtype=float).reshape(-1, 2), radius)[1]
    return not any(
        boxes_overlap(box, other) for k, box in enumerate(boxes) for other in boxes[k + 1 :] + markers
    )


def _markers(points: np.ndarray, radius) -> tuple[np.ndarray, list]:
    """Each point's marker radius (one for all, or one each) and its box (x0, y0, x1, y1)."""
    radii = np.broadcast_to(np.asarray(radius, dtype=float), (len(points),))
    return radii, [(x - r, y - r, x + r, y + r) for (x, y), r in zip(points, radii, strict=True)]


def crosses(box: tuple[float, float, float, float], segment: tuple[float, float, float, float],
            margin: float = 0.0) -> bool:  # fmt: skip
    """True when the line ``segment`` (x0, y0, x1, y1) passes through ``box`` grown by ``margin``
    each way (clipped as by Liang and Barsky; a line along an edge does not cross)."""
    x0, y0, x1, y1 = segment
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for p, q in ((-dx, x0 - box[0] + margin), (dx, box[2] + margin - x0),
                 (-dy, y0 - box[1] + margin), (dy, box[3] + margin - y0)):  # fmt: skip
        if p == 0:
            if q <= 0:  # parallel to this edge and outside it
                return False
        elif p < 0:
            low = max(low, q / p)
        else:
            high = min(high, q / p)
    return low < high


def boxes_overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """True when the boxes (x0, y0, x1, y1) share some area (touching edges do not)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def spread_1d(positions: Sequence[float], heights: Sequence[float], low: float, high: float) -> np.ndarray:
    """Label centres moved apart along one axis so that no two overlap, kept within [low, high].

    Labels keep their order; each moves as little as a sweep up then down allows.
    Used for names at the ends of lines (one-way curves, bump charts).
    """
    positions = np.asarray(positions, dtype=float)
    heights = np.asarray(heights, dtype=float)
    order = np.argsort(positions, kind="stable")
    centre = positions[order].copy()
    size = heights[order]
    for k in range(1, len(centre)):  # push up past the label below
        centre[k] = max(centre[k], centre[k - 1] + (size[k - 1] + size[k]) / 2)
    if len(centre) and centre[-1] + size[-1] / 2 > high:  # then down from the top
        centre[-1] = high - size[-1] / 2
        for k in range(len(centre) - 2, -1, -1):
            centre[k] = min(centre[k], centre[k + 1] - (size[k + 1] + size[k]) / 2)
    if len(centre) and centre[0] - size[0] / 2 < low:  # too many to fit: start at the bottom
        centre += low - (centre[0] - size[0] / 2)
    result = np.empty_like(centre)
    result[order] = centre
    return result
