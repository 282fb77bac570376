"""`partner-scout reversal`: remove each partner in turn and say which pairs of the others swap. No Qt."""

from __future__ import annotations

import argparse

from desktop.cli_common import add_study_options, load_state, message_language, note_filled, print_json


def register(subparsers) -> None:
    """Add the ``reversal`` subcommand to the ``partner-scout`` parser."""
    parser = subparsers.add_parser(
        "reversal",
        help="rank reversal check: which pairs swap places when one partner is removed",
        description="Removes each partner in turn, ranks the others again with the same method, weights "
        "and missing-value policy, and lists every pair whose order flips. TOPSIS, VIKOR, PROMETHEE II and "
        "WSM without Min/Max on every criterion can reverse; WSM with them and WPM cannot (unless a "
        "missing value is filled in from the other partners' values).",
    )
    add_study_options(parser)
    parser.add_argument("--format", choices=["table", "json"], default="table")
    parser.add_argument(
        "--lang", choices=["vi", "en"], help="language of the sentences (default: from LANGUAGE/LC_ALL/LANG)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from criteria.i18n import Language
    from scoring import rank
    from scoring.rank_reversal import rank_reversals

    state = load_state(args)
    note_filled(state, rank(state), message_language(args))
    report = rank_reversals(state)
    if args.format == "json":
        print_json(report.to_dict())
        return 0
    for sentence in report.sentences(Language(args.lang)):
        print(sentence)
    return 0
