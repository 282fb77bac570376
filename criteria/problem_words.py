"""The workbook's problem messages (``Partners!D7: 'seven' is not a number (criterion 'Capital')``)
in a language, for the interface and the command line's ``--lang``.

``workbooks`` writes each message in English (the CLI's default, logs and tests read them so);
here each known wording is a template whose place-holders are read back from the English message
and put into its translation; a message of no known wording is left as written. The templates
follow the f-strings of ``workbooks.reader``, ``workbooks.table``, ``workbooks.cells`` and
``workbooks.ballots`` (``tests/criteria/test_problem_words.py`` makes each problem there and checks it is translated).
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
    N_("{value} is below the Min {low} set in the Criteria sheet"),
    N_("{value} is above the Max {high} set in the Criteria sheet"),
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
    N_(
        "every partner fails a minimum level; none is left to rank "
        "(set minimum levels to mark rather than exclude to rank them anyway)"
    ),
    # the file itself, a sheet's layout, the settings sheets, the Evidence sheet, value functions
    # (workbooks.container, workbooks.table, workbooks.*_sheet, criteria.value_functions)
    N_("{book} not found"),
    N_("{book} is a folder, not a workbook"),
    N_("cannot open {book}: {reason}"),
    N_("cannot read {book}: {reason}"),
    N_("{book} is empty (0 bytes); it is not a workbook"),
    N_("{book} is password-protected; remove the password in Excel, then save it as .xlsx"),
    N_("{book} is an old Excel 97-2003 (.xls) file; open it in Excel and save it as .xlsx"),
    N_("{book} is not an Excel workbook (.xlsx); open it in Excel and save it as .xlsx"),
    N_("{book} is a web page or XML file, not an Excel workbook; open it in Excel and save it as .xlsx"),
    N_("{book} is a text (CSV) file, not an Excel workbook; open it in Excel and save it as .xlsx"),
    N_("{book} is an OpenDocument spreadsheet (.ods); open it in Excel and save it as .xlsx"),
    N_("{book} is a zip archive but not an Excel workbook; open it in Excel and save it as .xlsx"),
    N_("{book} is damaged (not a valid .xlsx archive); open it in Excel and save it as .xlsx again"),
    N_("{book} is damaged ({reason}); open it in Excel and save it as .xlsx again"),
    N_("{book}: sheet {sheet} is missing or damaged; open it in Excel and save it as .xlsx again"),
    N_("{book}: sheet {sheet} cannot be read ({reason}); open it in Excel and save it as .xlsx again"),
    N_("{book} would unpack to {size} GiB; refusing to read it (zip bomb?)"),
    N_("{book}: {member} is compressed {ratio} to 1; refusing to read it (zip bomb?)"),
    N_("{book}: {member} declares XML entities; refusing to read it"),
    N_("{book} could not be read"),
    N_("this sheet is empty; row 1 must hold the column headers"),
    N_("this sheet has no {name} column in its header row (row 1); row 1 must hold the column headers"),
    N_("the header row is row {row}, but it must be row 1; delete the rows above it"),
    N_(
        "this sheet's data runs out to {cell} ({rows} rows x {columns} columns), too big to "
        "load; delete the stray cells beyond your table and save again"
    ),
    N_("the header row has no {names} column (columns: {columns})"),
    N_("{value} is not a finite number"),
    N_("no column for criterion {name}"),
    N_("there are no partners to rank"),
    N_("{value} (filled in for a missing value) must be > 0 for method {method}"),
    N_("{value} must be > 0 for method {method}"),
    N_("this row has a value but no setting name"),
    N_("unknown minimum-level setting {value} (choose one of {choices})"),
    N_("VIKOR v must be a number from 0 to 1, not {value}"),
    N_("VIKOR v must be from 0 to 1, not {value}"),
    N_("{value} is not a setting ({known})"),
    N_("{setting} has no value"),
    N_("{setting} must be a number of points from 0 to {largest}, not {value}"),
    N_("{setting} must be a number of years from 0 to {largest}, not {value}"),
    N_("this row has no {what} name"),
    N_("{what} {name} is not in the {sheet} sheet"),
    N_("partner {partner}, criterion {name} is listed twice (also in row {row})"),
    N_("confidence {value} is not one of {words}"),
    # notes: cells read as written that may not say what was meant
    N_(
        "{what} {name} looks the same as {other} in row {row} (they differ only in spaces or invisible characters)"
    ),
    N_(
        "Minimum {level} on cost criterion {name} leaves out the partners below it, whose lower "
        "values are better; a cost criterion's limit is usually a Maximum"
    ),
    N_(
        "Maximum {level} on benefit criterion {name} leaves out the partners above it, whose higher "
        "values are better; a benefit criterion's limit is usually a Minimum"
    ),
    N_("{value} is not a date (format the cell as a date)"),
    N_("{value} is not a date (use a date, or 2024, 2024-03, 2024-03-05)"),
    N_("Low {value} is outside the scale {scale}"),
    N_("High {value} is outside the scale {scale}"),
    N_("Low {value} is above the score {score}"),
    N_("High {value} is below the score {score}"),
    N_("High {high} is below Low {low}"),
    N_("score {score} is outside 0..1"),
    N_("value {value} is given twice"),
    N_("a value function needs at least 2 points, this one has {count}"),
    N_("value {value} and score {score} must be finite numbers"),
    N_(
        "score {score} at {value} is below {before} at {before_value}; on a benefit criterion a "
        "higher value may not score less"
    ),
    N_(
        "score {score} at {value} is above {before} at {before_value}; on a cost criterion a "
        "higher value may not score more"
    ),
    N_("confidence width {value} is not '<{words}>=<points from 0 to {largest}>'"),
    # returned ballots (workbooks.ballots), shown by the ballots dialog
    N_("{book} is not a Partner Scout ballot: sheet {sheets} missing"),
    N_("{book}: both the Weights and the Pairwise sheet are filled in; keep one and send it again"),
    N_("{book}: the ballot is empty (neither Weights nor Pairwise is filled in)"),
    N_("every criterion has 0 points"),
    N_("{name} already voted in {book}; this ballot is left out"),
    N_("importance given for {name}, who has no usable ballot"),
    N_("{folder} holds no .xlsx ballots"),
    N_("{value} is not a criterion of this study"),
    N_("{name} is listed twice (also row {row})"),
    N_("{value} is negative; points must be >= 0"),
    N_("{value} is not on the 1-9 scale"),
    N_("this pair is compared twice or with itself"),
    N_("only {count} of the {needed} pairs are judged"),
    N_("some pairs are not judged: {pairs}"),
    N_("{value}: choose A or B (which criterion matters more)"),
)
# what a message says its cell belongs to, in brackets at its end ("(criterion 'Capital')")
CONTEXTS = (
    N_("criterion {name}"),
    N_("scenario {scenario}, criterion {name}"),
    N_("value function of {name}"),
    N_("setting {name}"),
    N_("partner {partner}, criterion {name}"),
    N_("criterion {name}, partner {partner}"),
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
    N_("setting"),
)


@cache
def _pattern(template: str) -> re.Pattern:
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile("".join(re.escape(p) if k % 2 == 0 else f"(?P<{p}>.+?)" for k, p in enumerate(parts)))


def _read(message: str, templates) -> tuple[str, dict[str, str], str | None] | None:
    """The template ``message`` was written from, its values and its bracketed context (a known
    one: tried first, so that a last value does not swallow it). The context is the last
    bracket that reads as one: values and contexts may hold brackets of their own
    (``high, medium, low (or cao, ...) (partner 'A', criterion 'B')``, ``(setting 'Evidence
    older than (years)')``)."""
    ends = [k for k in range(len(message) - 1, -1, -1) if message.startswith(" (", k)]
    splits = [(message[:k], message[k + 2 : -1]) for k in ends if message.endswith(")")]
    for head, said in [*splits, (message, None)]:
        if said is not None and _read(said, CONTEXTS) is None:
            continue
        for template in templates:
            if found := _pattern(template).fullmatch(head):
                return template, found.groupdict(), said
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
