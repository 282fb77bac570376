"""`partner-scout brief`: a 2-4 page Word or PDF brief on a study, in English or Vietnamese.

Never imports Qt; matplotlib, python-docx and reportlab load only when the brief is written.
"""

from __future__ import annotations

import argparse

from desktop.cli_common import add_study_options, load_state, message_language, note_filled
from desktop.cli_sensitivity import add_sampling_options


def register(subparsers) -> None:
    """Add the ``brief`` subcommand to the ``partner-scout`` parser."""
    parser = subparsers.add_parser(
        "brief",
        help="write a 2-4 page brief (.docx or .pdf) for decision-makers",
        description="The recommendation, how sure it is, the ranking, the contributions chart, scenarios, "
        "tipping points, the weights used and the data caveats, in English or Vietnamese.",
    )
    add_study_options(parser)
    add_sampling_options(parser)
    parser.add_argument("--out", required=True, help="the brief to write: .docx (editable) or .pdf")
    parser.add_argument(
        "--lang",
        choices=["vi", "en"],
        help="language of the brief (default: from LANGUAGE/LC_ALL/LANG; Vietnamese when it starts with vi)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from briefing import brief_format, write_brief
    from briefing.content import OVERRIDES, SCENARIO, WORKBOOK, WeightSource, build_content
    from scoring.sensitivity import default_samples
    from workbooks.front_matter import read_front_matter

    brief_format(args.out)  # a wrong suffix is a usage error before any work
    state = load_state(args)
    if args.weights:
        source = WeightSource(OVERRIDES, args.scenario, args.weights)
    else:
        source = WeightSource(SCENARIO, args.scenario) if args.scenario else WeightSource(WORKBOOK)
    content = build_content(
        state,
        read_front_matter(args.workbook),
        source=args.workbook,
        weight_source=source,
        samples=args.samples or default_samples(len(state.model.partners)),
        seed=args.seed,
        spread=args.spread,
    )
    note_filled(state, content.ranking, message_language(args))
    write_brief(args.out, content, args.lang)
    print(f"wrote {args.out}")
    return 0
