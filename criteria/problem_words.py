"""The workbook's problem messages (``Partners!D7: 'seven' is not a number (criterion 'Capital')``)
in a language, for the interface and the command line's ``--lang``.

``workbooks`` writes each message in English (the CLI's default, logs and tests read them so);
here each known wording is a template whose place-holders are read back from the English message
and put into its translation; a message of no known wording is left as written. The templates
follow the f-strings of ``workbooks.reader``, ``workbooks.table``, ``workbooks.cells`` and the
``N_`` rules of ``criteria.value_functions``
(``tests/criteria/test_problem_words.py`` makes each problem there and checks it is translated).
"""

from __future__ import annotations

import re
from functools import cache

from criteria.errors import Problem
from criteria.i18n import ENGLISH, N_, Language, language

TEMPLATES = (
    N_("{value} is not a number"),
    N_("{value} is a number stored as text; convert it to a number (Excel: Convert to Number)"),
    N_("{value} is text with a comma; enter it as a number, with a decimal point and no thousands separator"),
    N_("{value} is an Excel error, not a number"),
    N_("{value} is a date or time, not a number (format the cell as Number)"),
    N_("{value} is a true/false value, not a number"),
    N_("the formula here has no saved result; open the file in Excel, let it recalculate and save it"),
    N_("direction is {value}; use benefit or cost"),
    N_("the weight is empty; enter a number >= 0"),
    N_("{value} is negative; weights must be >= 0"),
    N_("this row has data but no {what} name"),
    N_("{what} {name} appears twice (also in row {row})"),
    N_("{value} is outside the scale {low}..{high} set in the Criteria sheet (criterion {name})"),
    N_("Max {high} must be greater than Min {low}"),
    N_("there are no criteria; list at least one below the header"),
    N_("every weight is 0; at least one must be greater than 0"),
    N_("criterion {name} has no column in the Partners sheet (its header must match the name)"),
    N_("column {name} is not a criterion in the Criteria sheet"),
    N_("column {name} appears twice (also in {cell})"),
    N_("column {letters} has data but no header"),
    N_("every weight of scenario {name} is 0; at least one must be greater than 0"),
    N_("{book} has no sheet named {sheet} (its sheets: {sheets})"),
    N_("the header row has no {names} column"),
    # PROMETHEE's preference functions, minimum levels and value functions
    N_("unknown preference function {name} (known: {known})"),
    N_("the {function} preference function needs {column}"),
    N_("{column} {value} is not used by the {function} preference function (it takes {uses})"),
    N_("{column} must be greater than 0 for the {function} preference function"),
    N_("q {q} and p {p} must both be absolute or both a share of the range"),
    N_("{column} {value} must be a number >= 0 or a share of the range such as '10%'"),
    N_("q must be <= p (q {q}, p {p})"),
    N_("Maximum {high} is below Minimum {low}; no value could pass"),
    N_("criterion {name} is not in the Criteria sheet ({known})"),
    N_("the {what} is empty"),
    N_("value {value} and score {score} must be finite numbers"),
    N_("score {score} is outside 0..1"),
    N_("a value function needs at least 2 points, this one has {count}"),
    N_("value {value} is given twice"),
    N_(
        "score {score} at {value} is below {before} at {before_value}; on a benefit "
        "criterion a higher value may not score less"
    ),
    N_(
        "score {score} at {value} is above {before} at {before_value}; on a cost "
        "criterion a higher value may not score more"
    ),
    N_(
        "Minimum {level} on cost criterion {name} leaves out the partners below it, whose lower "
        "values are better; a cost criterion's limit is usually a Maximum"
    ),
    N_(
        "Maximum {level} on benefit criterion {name} leaves out the partners above it, whose higher "
        "values are better; a benefit criterion's limit is usually a Minimum"
    ),
    N_(
        "every partner fails a minimum level; none is left to rank "
        "(set minimum levels to mark rather than exclude to rank them anyway)"
    ),
    # the file itself (workbooks.container): a wrong path, a CSV, an old .xls ...
    N_("{path} not found"),
    N_("{path} is a folder, not a workbook"),
    N_("{name} is empty (0 bytes); it is not a workbook"),
    N_("{name} is password-protected; remove the password in Excel, then save it as .xlsx"),
    N_("{name} is an old Excel 97-2003 (.xls) file; open it in Excel and save it as .xlsx"),
    N_("{name} is not an Excel workbook (.xlsx); open it in Excel and save it as .xlsx"),
    N_("{name} is a web page or XML file, not an Excel workbook; open it in Excel and save it as .xlsx"),
    N_("{name} is a text (CSV) file, not an Excel workbook; open it in Excel and save it as .xlsx"),
    N_("{name} is an OpenDocument spreadsheet (.ods); open it in Excel and save it as .xlsx"),
    N_("{name} is a zip archive but not an Excel workbook; open it in Excel and save it as .xlsx"),
)
# what a message says its cell belongs to, in brackets at its end ("(criterion 'Capital')")
CONTEXTS = (
    N_("criterion {name}"),
    N_("scenario {scenario}, criterion {name}"),
    N_("value function of {name}"),
)
# single words put into the templates
WORDS = (
    N_("empty"),
    N_("partner"),
    N_("criterion"),
    N_("scenario"),
    N_("value"),
    N_("score"),
    N_("no threshold"),
    N_("q and p"),
)


@cache
def _pattern(template: str, context: bool) -> re.Pattern:
    parts = re.split(r"\{(\w+)\}", template)
    text = "".join(re.escape(p) if k % 2 == 0 else f"(?P<{p}>.+?)" for k, p in enumerate(parts))
    return re.compile(text + (r" \((?P<_context>.+)\)" if context else ""))


def _read(message: str, templates) -> tuple[str, dict[str, str], str | None] | None:
    """The template ``message`` was written from, its values and its bracketed context (a known
    one: tried first, so that a last value does not swallow it)."""
    for context in (True, False):
        for template in templates:
            if found := _pattern(template, context).fullmatch(message):
                values = found.groupdict()
                said = values.pop("_context", None)
                if said is None or _read(said, CONTEXTS) is not None:
                    return template, values, said
    return None


def _say(message: str, templates, lang: Language) -> str | None:
    read = _read(message, templates)
    if read is None:
        return None
    template, values, context = read
    text = lang.t(template, **{k: lang.t(v) if v in WORDS else v for k, v in values.items()})
    if context is not None:
        said = _say(context, CONTEXTS, lang)
        text += f" ({context if said is None else said})"
    return text


def problem_words(problem: Problem, lang: Language | str | None = None) -> str:
    """``str(problem)`` in ``lang``: its message translated when its wording is known."""
    lang = language(lang)
    if lang.code == ENGLISH:
        return str(problem)
    said = _say(problem.message, TEMPLATES, lang)
    return str(Problem(problem.message if said is None else said, problem.sheet, problem.cell))


def summary_words(problems, limit: int = 8, lang: Language | str | None = None) -> str:
    """``InputError.summary`` in ``lang``: at most ``limit`` problems, then a count of the rest."""
    lang = language(lang)
    lines = [problem_words(p, lang) for p in problems[:limit]]
    rest = len(problems) - limit
    if rest == 1:
        lines.append(lang.t("... and 1 more problem"))
    elif rest > 1:
        lines.append(lang.t("... and {count} more problems", count=rest))
    return "\n".join(lines)
