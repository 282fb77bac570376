"""The workbook's problem messages in Vietnamese (issue 11): every wording the reader writes for a
bad cell is known to ``criteria.problem_words``, so none stays in English under ``--lang vi`` or
View > Language; English is left exactly as written."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from criteria.errors import InputError
from criteria.problem_words import TEMPLATES, problem_words
from tests.xlsx import DEFAULT_CRITERIA, DEFAULT_PARTNERS, write_workbook
from workbooks.reader import read_workbook

CRITERIA = [
    ["Criterion", "Direction", "Weight", "Min", "Max"],
    ["Technology transfer", "benefit", 0.4, 0, 10],
    ["Capital", "up", -0.3, None, None],  # unknown direction, negative weight
    ["Months", "cost", None, 5, 1],  # empty weight, Max below Min
    ["Speed", "benefit", 0.2, None, None],  # no column in Partners
]
PARTNERS = [
    ["Partner", "Country", "Technology transfer", "Capital", "Months", "Months"],  # a column twice
    ["JOGMEC", "Japan", "seven", 5, 60, 1],  # text in a score cell
    ["JOGMEC", "Japan", 12, "1,5", 18, 1],  # duplicate partner; outside 0..10; a comma
    [None, "Korea", True, dt.date(2026, 1, 5), 24, 1],  # no name; TRUE; a date
    ["LS Eco Energy", "Korea", "#N/A", 5, 36, 1],  # an Excel error
]
SCENARIOS = [
    ["Scenario", "Technology transfer", "Capital", "Months"],
    ["S1 Ministry", 0, 0, 0],  # every weight 0
    ["S2 Company", 0.5, -1, 0.2],  # a negative weight of a scenario
]

# PROMETHEE's preference functions, minimum levels and value functions (issue 14)
PREFERENCE_CRITERIA = [
    ["Criterion", "Direction", "Weight", "Preference function", "q", "p", "s", "Minimum", "Maximum"],
    ["Technology transfer", "benefit", 0.2, "banana", None, None, None, None, None],  # unknown function
    ["Capital", "benefit", 0.2, "linear", 3, 1, None, None, None],  # q above p
    ["ESG credibility", "benefit", 0.2, "v-shape", None, None, None, 5, 2],  # no p; Maximum below Minimum
    ["Speed", "benefit", 0.1, "usual", 1, None, None, None, None],  # a threshold the function does not use
    ["Months", "cost", 0.1, "gaussian", None, None, 0, None, None],  # s = 0
    ["Risk", "cost", 0.1, "linear", "10%", 2, None, None, None],  # a share and a number
    ["Size", "benefit", 0.1, "u-shape", -1, None, None, None, None],  # negative
]
PREFERENCE_PARTNERS = [
    ["Partner", "Technology transfer", "Capital", "ESG credibility", "Speed", "Months", "Risk", "Size"],
    ["A", 1, 2, 3, 4, 5, 6, 7],
    ["B", 2, 3, 4, 5, 6, 7, 8],
]
VALUE_FUNCTIONS = [
    ["Criterion", "Value", "Score"],
    ["Nope", 1, 0],
    ["Capital", None, 0.5],
    ["Capital", 2, None],
]
# a value function's points, each cell readable but the function not (read only once cells pass)
VALUE_FUNCTION_SHAPES = [
    ["Criterion", "Value", "Score"],
    ["Technology transfer", 3, 0.9],
    ["Technology transfer", 5, 0.5],  # a benefit criterion scoring less higher up
    ["Months", 10, 0.2],
    ["Months", 20, 0.8],  # a cost criterion scoring more higher up
    ["Capital", 1, 0.2],
    ["Capital", 1, 0.4],  # a value twice
    ["Speed", 2, 1.5],  # a score outside 0..1
    ["Speed", 4, 1],
]


@pytest.fixture(scope="module")
def problems(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    found = []
    for name, sheets in (
        ("cells", (PARTNERS, CRITERIA)),
        ("scenarios", (DEFAULT_PARTNERS, DEFAULT_CRITERIA, SCENARIOS)),
    ):
        with pytest.raises(InputError) as caught:
            read_workbook(write_workbook(folder / f"{name}.xlsx", *sheets))
        found += caught.value.problems
    with pytest.raises(InputError) as caught:
        read_workbook(
            write_workbook(
                folder / "preferences.xlsx",
                PREFERENCE_PARTNERS,
                PREFERENCE_CRITERIA,
                extra_sheets={"Value functions": VALUE_FUNCTIONS},
            )
        )
    found += caught.value.problems
    with pytest.raises(InputError) as caught:
        read_workbook(
            write_workbook(
                folder / "shapes.xlsx",
                PREFERENCE_PARTNERS,
                [[*row[:3]] for row in PREFERENCE_CRITERIA],
                extra_sheets={"Value functions": VALUE_FUNCTION_SHAPES},
            )
        )
    found += caught.value.problems
    return tuple(found)


def english_words(text: str) -> set[str]:
    """The words of the templates' English left in ``text`` (quoted values and names aside)."""
    text = re.sub(r"'[^']*'", " ", text)
    template_words = {
        w.lower() for t in TEMPLATES for w in re.findall(r"[A-Za-z]{3,}", re.sub(r"\{\w+\}", " ", t))
    }
    # sheets, columns, TRUE, and the preference functions' names as typed in a cell ("level")
    kept = {"excel", "criteria", "partners", "max", "min", "benefit", "cost", "true", "level"}
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)} & template_words - kept


def test_the_bad_workbook_has_each_kind_of_cell_problem(problems):
    said = "\n".join(map(str, problems))
    for fragment in ("'seven' is not a number (criterion 'Technology transfer')", "is negative",
                     "appears twice", "is outside the scale", "is an Excel error", "true/false",
                     "date or time", "with a comma", "direction is 'up'", "the weight is empty",
                     "no partner name", "every weight of scenario", "scenario 'S2 Company', criterion 'Capital'",
                     "has no column in the Partners sheet", "must be greater than Min",
                     "unknown preference function 'banana'", "q must be <= p", "needs p", "it takes no threshold",
                     "must be greater than 0 for the gaussian", "both a share of the range", "such as '10%'",
                     "Maximum 2 is below Minimum 5", "criterion 'Nope' is not in the Criteria sheet",
                     "the value is empty", "the score is empty", "on a benefit criterion a higher value may not score less",
                     "on a cost criterion a higher value may not score more", "value 1 is given twice",
                     "score 1.5 is outside 0..1"):  # fmt: skip
        assert fragment in said, fragment


def test_every_problem_reads_in_vietnamese_naming_its_sheet_cell_and_value(problems):
    for problem in problems:
        english, vietnamese = str(problem), problem_words(problem, "vi")
        said = vietnamese.split(": ", 1)[-1]  # after "Value functions!A2: ", the sheet's own name
        assert vietnamese != english and english_words(said) == set(), (english, vietnamese)
        assert vietnamese.startswith(f"{problem.sheet}!{problem.cell}: " if problem.cell else problem.sheet)
        assert re.findall(r"'[^']*'", vietnamese) == re.findall(
            r"'[^']*'", english
        )  # values, names as written
    text = next(problem_words(p, "vi") for p in problems if "seven" in p.message)
    assert text == "Partners!C2: 'seven' không phải là số (tiêu chí 'Technology transfer')"


def test_english_stays_as_written_and_an_unknown_wording_passes_through(problems):
    assert [problem_words(p, "en") for p in problems] == [str(p) for p in problems]
    error = InputError(list(problems))
    assert error.summary(limit=3, lang="en") == error.summary(limit=3)
    assert error.summary(limit=3, lang="vi").endswith(f"... và {len(problems) - 3} vấn đề khác")
    from criteria.errors import Problem

    odd = Problem("a wording no template knows", "Partners", "A1")
    assert problem_words(odd, "vi") == "Partners!A1: a wording no template knows"


@pytest.mark.parametrize(
    "make, said",
    [
        (lambda folder: folder / "gone.xlsx", "không tìm thấy {path}"),
        (lambda folder: folder, "{path} là một thư mục, không phải tệp Excel"),
        (
            lambda folder: _file(folder / "empty.xlsx", b""),
            "empty.xlsx trống (0 byte); đây không phải là tệp Excel",
        ),
        (
            lambda folder: _file(folder / "export.xlsx", b"Partner,Capital\nJOGMEC,5\n"),
            "export.xlsx là tệp văn bản (CSV), không phải tệp Excel; "
            "hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx",
        ),
    ],
)
def test_a_file_that_is_not_a_workbook_is_named_in_vietnamese(tmp_path, make, said):
    """Opening a CSV saved as .xlsx, an empty file or a path that is gone showed the problem in
    English to a Vietnamese user (the app's problems dialog and ``--lang vi``)."""
    path = make(tmp_path)
    with pytest.raises(InputError) as raised:
        read_workbook(path)
    assert raised.value.summary(lang="vi") == said.format(path=path)


def _file(path, content: bytes):
    path.write_bytes(content)
    return path
