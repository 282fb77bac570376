"""Property: any content in the number and setting cells of every sheet either reads, and then ranks
with finite scores under every method or says why, or raises the reader's InputError whose every
problem names its sheet and cell and reads in Vietnamese. Never another exception; the file untouched."""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from criteria.errors import InputError
from criteria.problem_words import problem_words
from criteria.study import StudyState
from scoring import rank
from tests.workbooks.hostile import NUMBER_CELLS, study
from workbooks.cells import EXCEL_ERRORS
from workbooks.reader import read_workbook

CELLS = [(sheet, row, column) for sheet, cells in NUMBER_CELLS.items() for row, column in cells]
# text openpyxl can store (no XML control characters); "=..." becomes a formula without a saved result
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
CONTENT = st.one_of(
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(2**70), 2**70),
    st.booleans(),
    st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(9999, 1, 1)),
    st.sampled_from(EXCEL_ERRORS),
    st.sampled_from(
        ["=1/0", "=A1+1", "nan", "-inf", "1e400", "-0", " 7 ", "7,5", "10%", "0x10", "1_0", "mark"]
    ),
    TEXT,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(CELLS), CONTENT, min_size=1, max_size=3))
def test_any_cell_content_reads_or_names_its_cell(tmp_path, changes):
    path = study(tmp_path / "study.xlsx", changes)
    before = path.read_bytes()
    try:
        model = read_workbook(path)
    except InputError as error:
        for problem in error.problems:
            assert problem.sheet and problem.cell, problem
            assert problem_words(problem, "vi") != str(problem), problem  # a known wording, translated
        return
    finally:
        assert path.read_bytes() == before
    for method in ("wsm", "wpm", "topsis", "vikor", "promethee"):
        try:
            ranking = rank(StudyState.from_model(model, method=method))
        except InputError as error:  # e.g. WPM and a value <= 0, or every partner below a minimum
            assert all(problem.sheet for problem in error.problems), error
            continue
        assert np.isfinite(ranking.scores).all(), (method, ranking.scores)
