"""The `partner-scout` command line. Loads no Qt unless it opens a window (CONTRACT.md: Command line).

Exit codes: 0 success, 1 input error, 2 usage error, 3 output error.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import os
import sys
from pathlib import Path

from criteria.errors import InputError, OutputError, UsageError
from criteria.levels import has_levels
from criteria.value_functions import criteria_with_functions
from desktop.cli_common import (
    add_study_options,
    compromise_json,
    csv_text,
    left_out_words,
    level_json,
    load_state,
    message_language,
    note_filled,
    print_json,
    print_table,
    weights_line,
)
from workbooks.writer import tool_version

EXIT_INPUT, EXIT_USAGE, EXIT_OUTPUT = 1, 2, 3

# Subcommands that live in their own modules; each has register(subparsers).
COMMAND_MODULES = (
    "desktop.cli_sensitivity",
    "desktop.cli_ballots",
    "desktop.cli_brief",
    "desktop.cli_reversal",
)


def cmd_rank(args: argparse.Namespace) -> int:
    from scoring import rank

    if args.analysis and not args.out:
        raise UsageError("--analysis adds sheets to the result workbook: give --out OUT.xlsx too")
    state = load_state(args)
    ranking = rank(state)
    note_filled(state, ranking, message_language(args))
    if args.out:
        from workbooks.writer import write_result

        extra = ()
        if args.analysis:
            from workbooks.analysis_sheets import analysis_sheets

            extra = analysis_sheets(state)  # no Monte Carlo here: `sensitivity --out` adds Acceptability
        write_result(args.out, state, ranking, source=args.workbook, extra_sheets=extra)
    names = [ranking.partners[k] for k in ranking.order]
    ranks = [int(ranking.ranks[k]) for k in ranking.order]
    scores = [float(ranking.scores[k]) for k in ranking.order]
    levels = has_levels(state.model)  # json and csv then say who fails a minimum level
    if args.format == "json":
        from desktop.cli_common import finite

        result = {
            "method": ranking.method,
            "weights": dict(zip(ranking.criteria, ranking.weights)),
            "ranking": [
                {"rank": r, "partner": p, "score": finite(s)} for r, p, s in zip(ranks, names, scores)
            ],
            "excluded": list(ranking.excluded),
            **(level_json(ranking) if levels else {}),
            **compromise_json(ranking),
        }
        if ranking.method == "promethee":  # PROMETHEE I's flows and pairs beside the net-flow ranking
            from scoring.promethee_one import partial_ranking
            from workbooks.promethee_one_sheet import promethee_one_json

            result["promethee_i"] = promethee_one_json(partial_ranking(state))
        print_json(result)
    elif args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["rank", "partner", "score", *(["fails_minimum"] if levels else [])])
        rows = [[r, csv_text(p), repr(s)] for r, p, s in zip(ranks, names, scores)]
        if levels:  # the reasons, "; " between them, empty for a partner that passes
            rows = [
                row + [csv_text("; ".join(ranking.fails_minimum(int(k))))]
                for row, k in zip(rows, ranking.order)
            ]
        writer.writerows(rows)
    else:
        from briefing.text import method_name
        from criteria.i18n import Language

        lang = Language(args.lang)  # the table is for reading; csv and json never change
        best = lang.t("higher is better") if ranking.higher_is_better else lang.t("lower is better")
        print(lang.t("{method}: score, {best}", method=method_name(ranking.method, lang), best=best))
        print(weights_line(state, lang))
        if functions := criteria_with_functions(state.model):
            print(
                lang.t(
                    "Value functions for {names}: used by WSM only; the other methods ignore them.",
                    names=", ".join(functions),
                )
            )
        marks = [", ".join(ranking.fails_minimum(k, lang)) for k in ranking.order]
        marked = any(marks)  # a column only when a ranked partner fails (setting mark)
        print_table(
            [lang.t("Rank"), lang.t("Partner"), lang.t("Score")] + [lang.t("Fails minimum level")] * marked,
            [
                (r, p, lang.readable(s, 4, ranking.scientific_scores), *[m] * marked)
                for r, p, s, m in zip(ranks, names, scores, marks)
            ],
            "><><",
        )
        if ranking.left_out_below_minimum:
            print(lang.t("Left out below a minimum level: {names}.", names=left_out_words(ranking, lang)))
        if ranking.excluded_for_missing:
            print(
                lang.t("Left out for missing values: {names}.", names=", ".join(ranking.excluded_for_missing))
            )
        if ranking.compromise is not None:
            print(ranking.compromise.sentence(ranking.partners, lang))
    return 0


def cmd_methods(args: argparse.Namespace) -> int:
    from scoring.methods import METHODS

    rows = [
        (m.key, "higher" if m.higher_is_better else "lower", m.label, m.description) for m in METHODS.values()
    ]
    print_table(["Method", "Best", "Name", "What it does"], rows)
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from workbooks.template import write_template

    write_template(args.out)
    print(f"wrote {args.out}")
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    from workbooks.sample import copy_sample

    copy_sample(args.out)
    print(f"wrote {args.out}")
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    workbook = getattr(args, "workbook", None)
    if workbook is not None and not Path(workbook).is_file():
        raise InputError(f"{workbook} not found")
    if sys.platform.startswith("linux") and not any(
        map(os.environ.get, ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    ):
        raise InputError(
            "no display to open a window on (set DISPLAY, or use `partner-scout rank` on this machine)"
        )
    from desktop.app import run  # the only path that loads Qt

    return run(workbook, smoke_test=getattr(args, "smoke_test", None))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partner-scout",
        description="Rank candidate partners from an Excel workbook with multi-criteria methods.",
    )
    parser.add_argument("--version", action="version", version=f"partner-scout {tool_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("open", help="open the desktop app on a workbook")
    p.add_argument("workbook", help="the study workbook (.xlsx)")
    # the built bundle's GUI check (packaging/bundle_test.py): drag a weight, save here, quit
    p.add_argument("--smoke-test", metavar="OUT.xlsx", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_open)

    p = sub.add_parser("rank", help="rank the partners of a workbook")
    add_study_options(p)
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument(
        "--lang", choices=["vi", "en"], help="language of the table (default: from LANGUAGE/LC_ALL/LANG)"
    )
    p.add_argument("--out", help="also write a result workbook (.xlsx)")
    p.add_argument(
        "--analysis",
        action="store_true",
        help="with --out: add sheets for tipping points, stability intervals, method and scenario comparison",
    )
    p.set_defaults(func=cmd_rank)

    p = sub.add_parser("methods", help="list the scoring methods")
    p.set_defaults(func=cmd_methods)

    p = sub.add_parser("template", help="write a blank workbook to fill in")
    p.add_argument("out", help="where to write it (.xlsx)")
    p.set_defaults(func=cmd_template)

    p = sub.add_parser("sample", help="write a copy of the bundled sample workbook")
    p.add_argument("out", help="where to write it (.xlsx)")
    p.set_defaults(func=cmd_sample)

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # usage errors exit 2 here
    try:
        return args.func(args) if args.command else cmd_open(args)
    except (InputError, OutputError) as error:
        # in the language of the command's messages (--lang, else the environment's) when it has one
        print(f"partner-scout: {error.summary(lang=message_language(args))}", file=sys.stderr)
        if isinstance(error, OutputError):
            return EXIT_OUTPUT
        return EXIT_USAGE if isinstance(error, UsageError) else EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `partner-scout rank ... | head`
        return 0
    except Exception as error:  # a bug of ours: still one line on stderr, never a traceback
        print(
            f"partner-scout: unexpected error ({type(error).__name__}: {error}); please report it",
            file=sys.stderr,
        )
        return EXIT_INPUT


if __name__ == "__main__":
    sys.exit(main())
