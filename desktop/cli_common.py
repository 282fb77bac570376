"""What the command-line subcommands share: study options, loading, output. Never imports Qt."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence

from criteria.errors import InputError, Problem, UsageError
from criteria.levels import LevelPolicy
from criteria.missing import MissingPolicy
from criteria.model import DecisionModel
from criteria.study import DEFAULT_METHOD, StudyState, vikor_v_problem
from criteria.weights import parse_shares, with_shares


def add_study_options(parser: argparse.ArgumentParser) -> None:
    """The workbook argument and the options that pick a what-if: method, scenario, weights, missing."""
    parser.add_argument("workbook", help="the study workbook (.xlsx)")
    parser.add_argument(
        "--method", default=DEFAULT_METHOD, help="scoring method (see `partner-scout methods`)"
    )
    parser.add_argument("--scenario", help="use this scenario's weights from the Scenarios sheet")
    parser.add_argument(
        "--weights",
        help='shares of the named criteria, as fractions or percentages: "Capital=0.3,Speed=20%%"; '
        "the others share what is left in proportion",
    )
    parser.add_argument(
        "--missing",
        default=MissingPolicy.WORST.value,
        choices=[p.value for p in MissingPolicy],
        help="how empty criterion cells are treated (default: worst)",
    )
    parser.add_argument(
        "--below-minimum",
        choices=[p.value for p in LevelPolicy],
        help="partners failing a Minimum/Maximum level of the Criteria sheet: left out of the "
        "ranking (exclude) or ranked and marked (mark); a missing value fails the level "
        "(default: the workbook's Study settings sheet, else exclude)",
    )
    parser.add_argument(
        "--vikor-v",
        type=_vikor_v,
        metavar="V",
        help="VIKOR's weight of group utility S against individual regret R, 0 to 1 "
        "(default: the workbook's Study settings sheet, else 0.5)",
    )


def _vikor_v(text: str) -> float:
    """``--vikor-v``: a number from 0 to 1, else a usage error (argparse exits 2 with the message)."""
    if (problem := vikor_v_problem(text)) is not None:
        raise argparse.ArgumentTypeError(problem)
    return float(text)


def message_language(args: argparse.Namespace):
    """The language of a command's messages: ``--lang``, else the environment's, for a command
    with that option; English for the others."""
    from criteria.i18n import Language

    return Language(args.lang) if hasattr(args, "lang") else None


def read_study(path: str, lang=None) -> DecisionModel:
    """The workbook's study; a note on stderr names the cells not read as written (numbers as text)."""
    from criteria.i18n import language
    from workbooks.reader import notes_sentence, read_with_notes

    model, notes = read_with_notes(path)
    if notes:
        lang = language(lang)
        print(lang.t("note: {note}", note=notes_sentence(notes, lang=lang)), file=sys.stderr)
    return model


def load_state(args: argparse.Namespace) -> StudyState:
    """Read the workbook and build the study the options describe (InputError on any problem)."""
    from scoring.methods import get_method

    try:
        get_method(args.method)  # an unknown method is reported before the workbook is read
    except InputError as error:
        raise UsageError(error.problems) from None
    model = read_study(args.workbook, message_language(args))
    if args.scenario:
        try:
            model.scenario(args.scenario)
        except KeyError:
            known = ", ".join(repr(s.name) for s in model.scenarios) or "none in this workbook"
            raise UsageError(
                Problem(f"--scenario: unknown scenario {args.scenario!r} (scenarios: {known})")
            ) from None
    state = StudyState.from_model(
        model,
        method=args.method,
        missing=MissingPolicy(args.missing),
        scenario=args.scenario,
        # None (not given, or a command without the option): the workbook's setting, else the default
        levels=LevelPolicy(policy) if (policy := getattr(args, "below_minimum", None)) else None,
        vikor_v=getattr(args, "vikor_v", None),
    )
    if args.weights:
        names = model.criterion_names
        base = f"Scenario {model.scenario(args.scenario).name}" if args.scenario else "Workbook weights"
        try:
            state = state.with_weights(
                with_shares(state.weights, parse_shares(args.weights, names), names),
                f"{base} with --weights {args.weights}",
            )
        except InputError as error:
            raise UsageError(error.problems) from None
    return state


def weights_line(state: StudyState, lang=None) -> str:
    """The weights used, for a table's header (json carries them at full precision)."""
    from criteria.i18n import Language

    lang = lang or Language("en")
    shares = ", ".join(
        f"{name} {lang.percent(w)}" for name, w in zip(state.model.criterion_names, state.weights)
    )
    return lang.t("Weights: {shares}", shares=shares)


def compromise_json(ranking) -> dict:
    """VIKOR's answer for json: ``compromise_set`` (names, best Q first) and ``vikor`` (v, DQ, the
    two conditions, S and R); nothing for other methods."""
    if ranking.compromise is None:
        return {}
    details = ranking.compromise.to_dict(ranking.partners)
    return {"compromise_set": details.pop("compromise_set"), "vikor": details}


def note_filled(state: StudyState, ranking, lang=None) -> None:
    """Tell stderr which cells were filled in or which partners were left out (CONTRACT: missing
    values), in ``lang`` (the command's ``message_language``; None: English)."""
    from criteria.i18n import language
    from criteria.missing import missing_cells

    lang = language(lang)

    def note(text: str) -> None:
        print(lang.t("note: {note}", note=text), file=sys.stderr)

    if ranking.left_out_below_minimum:
        note(lang.t("left out below a minimum level: {partners}", partners=left_out_words(ranking, lang)))
    if ranking.excluded_for_missing:
        note(
            lang.t(
                "left out for missing values: {partners}", partners=", ".join(ranking.excluded_for_missing)
            )
        )
    elif ranking.filled.any():
        cells = missing_cells(state.model, ranking.indices)  # not those of partners left out
        note(
            lang.t(
                "missing values filled in ({policy}): {cells}",
                policy=state.missing.value,
                cells="; ".join(cells),
            )
        )


# OWASP "CSV injection": a spreadsheet runs a cell starting with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(text: str) -> str:
    """A text field for csv: prefixed with ``'`` when a spreadsheet would run it (numbers never pass here)."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def finite(value: float) -> float | None:
    """A float for strict JSON: NaN and infinities become null."""
    return float(value) if math.isfinite(value) else None


def print_json(payload: object) -> None:
    print(json.dumps(payload, ensure_ascii=False, indent=2, allow_nan=False))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]], align: str = "") -> None:
    """A plain text table; ``align`` holds one '<' or '>' per column (default: left)."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[k]) for r in cells) for k in range(len(headers))]
    align = align.ljust(len(headers), "<")
    for n, row in enumerate(cells):
        print("  ".join(f"{c:{a}{w}}" for c, a, w in zip(row, align, widths)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def left_out_words(ranking, lang=None) -> str:
    """The partners left out below a minimum level, each with why: "P1 (below ESG minimum 4); ..."."""
    failures = ranking.screen
    return "; ".join(
        f"{failures.failures[i][0].partner} ({', '.join(failures.words(i, lang))})" for i in failures.left_out
    )


def level_json(ranking) -> dict:
    """The json's ``fails_minimum``: every failing partner (ranked or left out) with its reasons."""
    return {"fails_minimum": ranking.screen.by_name(), "below_minimum": ranking.screen.policy.value}
