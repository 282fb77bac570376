"""Numbers on the charts in the interface's language: ``0,5`` and ``20 %`` in Vietnamese.

Texts the plots write themselves use ``desktop.i18n.format_number``/``format_percent``;
axes whose ticks matplotlib places get one of the formatters below.
"""

from __future__ import annotations

from matplotlib.ticker import ScalarFormatter

from desktop.i18n import format_percent, local_decimals


class LocalScalarFormatter(ScalarFormatter):
    """matplotlib's tick numbers, with the interface language's decimal separator."""

    def __call__(self, x, pos=None) -> str:
        return local_decimals(super().__call__(x, pos))


def number_ticks(*axes) -> None:
    """Tick labels of ``axes`` (``ax.xaxis``, ``ax.yaxis``) as numbers in the interface's language."""
    for axis in axes:
        axis.set_major_formatter(LocalScalarFormatter())


def percent_ticks(axis, digits: int = 0) -> None:
    """Tick labels of ``axis`` (shares 0-1) as percentages in the interface's language."""
    axis.set_major_formatter(lambda x, _pos: format_percent(x, digits))
