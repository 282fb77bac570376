"""AHP: weights from a pairwise comparison matrix, its consistency, and help to repair it.

``analyse(matrix)`` checks the matrix (square, positive, finite, reciprocal), takes
Saaty's principal eigenvector as the weights and reports the consistency ratio, plus
the single judgement that departs most from the weights and the 1-9 value that would
agree with them, so a workshop can fix the worst judgement first.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from criteria.errors import InputError, Problem, quote

# Saaty's random consistency index, n = 1..10 (Saaty 1980, table 1.7; Saaty 1990, p. 15).
_SAATY_RI = (0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49)
# n = 11..15 from Alonso & Lamata (2006), table 4 (500,000 random matrices per n), rounded
# to two places like Saaty's. Saaty's own n = 12 value (1.48) breaks monotonicity; theirs does not.
_ALONSO_LAMATA_RI = (1.51, 1.54, 1.56, 1.57, 1.58)
RANDOM_INDEX: tuple[float, ...] = _SAATY_RI + _ALONSO_LAMATA_RI

CR_THRESHOLD = 0.10  # Saaty's rule of thumb: revise the judgements above 10 %

# Saaty's fundamental scale; the even values are compromises between their neighbours.
VERBAL_SCALE: Mapping[int, str] = {
    1: "equally important",
    2: "equally to moderately more important",
    3: "moderately more important",
    4: "moderately to strongly more important",
    5: "strongly more important",
    6: "strongly to very strongly more important",
    7: "very strongly more important",
    8: "very strongly to extremely more important",
    9: "extremely more important",
}

RECIPROCAL_TOLERANCE = 0.02  # relative; lets users type 0.33 for 1/3


def random_index(n: int) -> float:
    """Saaty's random consistency index RI for an ``n`` x ``n`` matrix.

    Parameters
    ----------
    n : int
        Matrix order, at least 1.

    Returns
    -------
    float
        RI; 0 for n <= 2. Beyond n = 15, Alonso and Lamata's linear fit
        RI = (1.7699 n - 4.3513) / (n - 1).

    References
    ----------
    .. [1] Saaty, T. L. (1980). *The Analytic Hierarchy Process*. McGraw-Hill, table 1.7.
    .. [2] Alonso, J. A., & Lamata, M. T. (2006). Consistency in the analytic hierarchy
       process: a new approach. *International Journal of Uncertainty, Fuzziness and
       Knowledge-Based Systems*, 14(4), 445-459.
    """
    if n < 1:
        raise ValueError("matrix order must be at least 1")
    if n <= len(RANDOM_INDEX):
        return RANDOM_INDEX[n - 1]
    return (1.7699 * n - 4.3513) / (n - 1)


def snap_to_scale(ratio: float) -> float:
    """The nearest value of Saaty's scale 1/9 ... 1/2, 1, 2 ... 9 (nearest in log terms)."""
    exponent = min(range(-8, 9), key=lambda k: abs(math.log(ratio) - math.log(scale_value(k))))
    return scale_value(exponent)


def scale_value(step: int) -> float:
    """Saaty's scale as steps: -8..8 give 1/9 ... 1/2, 1, 2 ... 9 (sliders use the steps)."""
    return float(step + 1) if step >= 0 else 1.0 / (1 - step)


def scale_step(value: float) -> int:
    """The step (-8..8) of the scale value nearest ``value``; inverse of ``scale_value``."""
    snapped = snap_to_scale(value)
    return round(snapped) - 1 if snapped >= 1 else 1 - round(1 / snapped)


@dataclass(frozen=True)
class Judgement:
    """One entry ``a[row, column]`` of the matrix, with the value the weights imply."""

    row: int
    column: int
    value: float
    implied: float  # w_row / w_column
    suggested: float  # ``implied`` snapped to Saaty's scale

    @property
    def error(self) -> float:
        """|log(a_ij * w_j / w_i)|: how far the judgement is from the weights, as a log ratio."""
        return abs(math.log(self.value / self.implied))


@dataclass(frozen=True)
class AhpResult:
    weights: tuple[float, ...]  # principal eigenvector, sums to 1
    lambda_max: float
    consistency_index: float  # (lambda_max - n) / (n - 1)
    consistency_ratio: float  # CI / RI; 0 for n <= 2
    worst: Judgement | None  # the most inconsistent judgement above the diagonal; None for n <= 2

    @property
    def acceptable(self) -> bool:
        return self.consistency_ratio <= CR_THRESHOLD


def check_matrix(
    matrix: object, labels: Sequence[str] | None = None, *, sheet: str | None = None
) -> np.ndarray:
    """The matrix as a float array, or InputError listing every bad cell.

    A cell is named ``row 2, column 3`` (or by the labels, when given) so the
    user can find it; ``sheet`` goes into each Problem for workbook input.
    """
    rows = [
        list(r) if isinstance(r, (Sequence, np.ndarray)) and not isinstance(r, str) else None
        for r in _rows(matrix)
    ]
    n = len(rows)
    if n == 0:
        raise InputError(Problem("the pairwise matrix is empty", sheet=sheet))
    bad_rows = [i for i, r in enumerate(rows) if r is None or len(r) != n]
    if bad_rows:
        raise InputError(
            [
                Problem(
                    f"the pairwise matrix is not square: row {i + 1} does not have {n} entries", sheet=sheet
                )
                for i in bad_rows
            ]
        )

    def where(i: int, j: int) -> str:
        if labels is not None and len(labels) == n:
            return f"{labels[i]!r} vs {labels[j]!r} (row {i + 1}, column {j + 1})"
        return f"row {i + 1}, column {j + 1}"

    problems = []
    values = np.full((n, n), np.nan)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            number = _number(cell)
            if number is None:
                problems.append(Problem(f"{where(i, j)}: {quote(cell)} is not a number", sheet=sheet))
            elif not math.isfinite(number) or number <= 0:
                problems.append(
                    Problem(f"{where(i, j)}: {quote(cell)} must be a finite number > 0", sheet=sheet)
                )
            else:
                values[i, j] = number
    for i in range(n):
        if not np.isnan(values[i, i]) and not math.isclose(values[i, i], 1.0, rel_tol=RECIPROCAL_TOLERANCE):
            problems.append(
                Problem(f"{where(i, i)}: the diagonal must be 1, not {quote(values[i, i])}", sheet=sheet)
            )
        for j in range(i + 1, n):
            product = values[i, j] * values[j, i]
            if not np.isnan(product) and not math.isclose(product, 1.0, rel_tol=RECIPROCAL_TOLERANCE):
                problems.append(
                    Problem(
                        f"{where(i, j)}: {values[i, j]:g} is not the reciprocal of {where(j, i)} = {values[j, i]:g}",
                        sheet=sheet,
                    )
                )
    if problems:
        raise InputError(problems)
    return values


def _rows(matrix: object) -> list:
    if isinstance(matrix, np.ndarray):
        return list(matrix) if matrix.ndim == 2 else [None]
    if isinstance(matrix, Sequence) and not isinstance(matrix, str):
        return list(matrix)
    return [None]


def _number(cell: object) -> float | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float, np.integer, np.floating)):
        return float(cell)
    return None


def principal_eigenvector(values: np.ndarray) -> tuple[np.ndarray, float]:
    """Perron vector (normalised to sum to 1) and eigenvalue of a positive matrix."""
    eigenvalues, vectors = np.linalg.eig(values)
    k = int(np.argmax(eigenvalues.real))
    vector = np.abs(vectors[:, k].real)  # Perron-Frobenius: one sign, so abs only fixes it
    return vector / vector.sum(), float(eigenvalues[k].real)


def analyse(matrix: object, labels: Sequence[str] | None = None) -> AhpResult:
    """Weights and consistency of a pairwise comparison matrix.

    Parameters
    ----------
    matrix : sequence of sequences or 2-D array
        Square, positive, reciprocal (``a[j, i] = 1 / a[i, j]`` within 2 %), finite;
        ``a[i, j]`` says how much more important criterion i is than j.
    labels : sequence of str, optional
        Criterion names, used to name cells in error messages.

    Returns
    -------
    AhpResult
        ``weights`` (principal right eigenvector, sum 1), ``lambda_max``,
        ``consistency_index`` CI = (lambda_max - n) / (n - 1), ``consistency_ratio``
        CR = CI / RI (0 for n <= 2), and ``worst``: the judgement with the largest
        |log(a_ij w_j / w_i)| and the scale value nearest w_i / w_j.

    Raises
    ------
    InputError
        Naming each cell that is missing, not a number, not positive and finite,
        or not the reciprocal of its mirror.

    References
    ----------
    .. [1] Saaty, T. L. (1980). *The Analytic Hierarchy Process*. McGraw-Hill.
    .. [2] Saaty, T. L. (1990). How to make a decision: the analytic hierarchy process.
       *European Journal of Operational Research*, 48(1), 9-26.
    .. [3] Saaty, T. L. (2003). Decision-making with the AHP: why is the principal
       eigenvector necessary. *European Journal of Operational Research*, 145(1), 85-91
       (the perturbation a_ij w_j / w_i used to find the worst judgement).
    """
    values = check_matrix(matrix, labels)
    n = len(values)
    weights, lambda_max = principal_eigenvector(values)
    # lambda_max >= n for a positive reciprocal matrix; clip rounding noise below n
    ci = max(lambda_max - n, 0.0) / (n - 1) if n > 1 else 0.0
    cr = ci / random_index(n) if n > 2 else 0.0
    return AhpResult(tuple(float(w) for w in weights), lambda_max, ci, cr, _worst(values, weights))


def _worst(values: np.ndarray, weights: np.ndarray) -> Judgement | None:
    n = len(values)
    if n <= 2:
        return None
    rows, columns = np.triu_indices(n, k=1)
    errors = np.abs(np.log(values[rows, columns] * weights[columns] / weights[rows]))
    k = int(np.argmax(errors))
    i, j = int(rows[k]), int(columns[k])
    implied = float(weights[i] / weights[j])
    return Judgement(i, j, float(values[i, j]), implied, snap_to_scale(implied))


def matrix_from_judgements(n: int, judgements: Mapping[tuple[int, int], float]) -> np.ndarray:
    """A reciprocal matrix from judgements above (or below) the diagonal; unset pairs are 1."""
    values = np.ones((n, n))
    for (i, j), value in judgements.items():
        values[i, j] = value
        values[j, i] = 1.0 / value
    return values


def consistent_matrix(weights: Sequence[float]) -> np.ndarray:
    """The perfectly consistent matrix ``a_ij = w_i / w_j`` of positive weights."""
    w = np.asarray(weights, dtype=float)
    return w[:, None] / w[None, :]
