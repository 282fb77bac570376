"""Best and worst rank of each partner whose rank rests on filled-in values, kept in step with the study.

``scoring.missing_range.missing_value_ranges`` (Qt-free) scores the study twice more for
every partner with gaps. Measured medians: 0.4-0.6 ms on the bundled sample (3 gaps, any
method); at 1000 x 10, 2-3 ms with 5 partners with gaps (PROMETHEE 17 ms), 5-10 ms with
20 (PROMETHEE 91 ms), 275 ms when every partner has one (PROMETHEE 2.4 s). So:

- while the last computation took at most ``BUDGET_MS`` it is redone at once, inside the
  weight edit (the ranges follow a slider drag live at no visible cost);
- otherwise edits only mark the ranges ``pending`` and restart a short single-shot timer
  (a drag is a burst of edits: one computation once it pauses or ends), and the
  computation then runs in a background worker (``desktop.tasks``) on the immutable
  state, so even the 2.4 s case never blocks the event loop. A result for a state that is
  no longer current is dropped and the next one is already scheduled.

``updated`` is emitted when a deferred result (or the pending mark) should be shown.
"""

from __future__ import annotations

import functools
import time

from PySide6.QtCore import QObject, QTimer, Signal

from criteria.errors import InputError
from desktop.i18n import current_language
from desktop.tasks import TaskRunner

BUDGET_MS = 5.0  # cost up to which the ranges are recomputed inside the edit
DELAY_MS = 150  # pause in the edits after which a costly recomputation starts
RELEVANT = frozenset({"weights", "values", "structure", "method", "file"})


class MissingRanges(QObject):
    """``ranges[partner name]`` is that partner's ``scoring.missing_range.RankRange``."""

    updated = Signal()

    def __init__(self, session, parent: QObject | None = None, *, budget_ms: float = BUDGET_MS,
                 delay_ms: int = DELAY_MS) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.budget_ms = budget_ms
        self.ranges: dict[str, object] = {}
        self.pending = False
        self.cost_ms = 0.0  # the last computation's duration
        self.computations = 0  # how many were made (tests, benchmarks)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.refresh()

    def follow(self, change) -> None:
        """Bring the ranges in step with a session change (the table model calls it before it rebuilds)."""
        if not change.what & RELEVANT:
            return
        if not self.session.state.model.missing.any():
            self._show(())  # nothing can be filled in: nothing to compute
        elif self.cost_ms <= self.budget_ms:
            self.refresh()
        else:
            self.pending = True
            self._timer.start()  # restarted by every edit of a burst

    def refresh(self) -> None:
        """Recompute now, on the GUI thread (cheap studies, and the first time)."""
        self._timer.stop()
        self.runner.cancel()
        state = self.session.state
        if not state.model.missing.any():
            self._show(())
            return
        ranges, self.cost_ms = _compute(state)
        self._show(ranges)

    def _show(self, ranges) -> None:
        self.ranges = {r.partner: r for r in ranges}
        self.pending = False
        self.computations += 1

    # -- reading ---------------------------------------------------------------------------------

    def span(self, partner: str) -> str:
        """``" (7–15)"`` after a rank that could be 7 to 15; ``" (…)"`` while being recomputed."""
        found = self.ranges.get(partner)
        if self.pending and (found is not None or self._may_have_gaps(partner)):
            return " (…)"
        if found is None or found.best == found.worst:
            return ""
        return f" ({found.best}–{found.worst})"

    def sentence(self, partner: str) -> str | None:
        """The range in words for a tooltip, or None for a partner without filled-in values."""
        found = self.ranges.get(partner)
        if self.pending and (found is not None or self._may_have_gaps(partner)):
            return self.tr(
                "Best and worst rank depending on how its gaps are filled: being recomputed for the new weights…"
            )
        if found is None:
            return None
        cells = self.tr(" (filled in: {cells})").format(cells=", ".join(found.cells)) if found.cells else ""
        return f"{found.sentence(current_language())}{cells}."

    def _may_have_gaps(self, partner: str) -> bool:
        ranking = self.session.ranking
        try:
            row = ranking.partners.index(partner)
        except ValueError:
            return False
        return bool(ranking.filled[row].any())

    # -- slots -----------------------------------------------------------------------------------

    def _on_timer_timeout(self) -> None:
        self.runner.start(functools.partial(_in_worker, self.session.state))
        self.updated.emit()  # show "being recomputed" where the old figures were

    def _on_runner_finished(self, result) -> None:
        state, ranges, cost = result
        if state is not self.session.state:
            return  # the study moved on; its own computation is scheduled
        self.cost_ms = cost
        self._show(ranges)
        self.updated.emit()

    def _on_runner_failed(self, _error) -> None:
        self._show(())
        self.updated.emit()


def _compute(state) -> tuple[tuple, float]:
    """The ranges of ``state`` and what they cost in ms (none when the study cannot be ranked)."""
    from scoring.missing_range import missing_value_ranges

    start = time.perf_counter()
    try:
        ranges = missing_value_ranges(state)
    except InputError:
        ranges = ()
    return ranges, (time.perf_counter() - start) * 1000


def _in_worker(state, *, progress, should_stop):
    ranges, cost = _compute(state)
    return state, ranges, cost
