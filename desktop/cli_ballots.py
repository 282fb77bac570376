"""`partner-scout ballots` and `partner-scout aggregate`: stakeholder ballots out and back in. No Qt.

``ballots`` writes one ballot workbook per participant; ``aggregate`` reads the returned
ones (a broken ballot is reported on stderr and left out, the rest are used), prints
the group weights, where participants disagree, and the ranking under the group's and
each participant's weights, and with ``--out`` saves the study with a scenario per
participant plus ``Group``.
"""

from __future__ import annotations

import argparse
import sys

from criteria.errors import InputError, Problem
from criteria.missing import MissingPolicy
from criteria.study import DEFAULT_METHOD
from desktop.cli_common import (
    finite,
    load_state,
    message_language,
    note_filled,
    print_json,
    print_table,
    read_study,
)

GROUP_SCENARIO = "Group"


def register(subparsers) -> None:
    p = subparsers.add_parser("ballots", help="write one weighting ballot workbook per participant")
    p.add_argument("workbook", help="the study workbook (.xlsx)")
    p.add_argument("--participants", required=True, help='participant names, comma-separated: "A,B,C"')
    p.add_argument("--out", required=True, help="folder for the ballot workbooks (created if needed)")
    p.set_defaults(func=cmd_ballots)

    p = subparsers.add_parser("aggregate", help="combine returned ballots into group weights and rank")
    p.add_argument("workbook", help="the study workbook (.xlsx)")
    p.add_argument(
        "ballots", nargs="+", metavar="BALLOT", help="returned ballot workbooks, or folders of them"
    )
    p.add_argument("--method", default=DEFAULT_METHOD, help="scoring method (see `partner-scout methods`)")
    p.add_argument("--missing", default=MissingPolicy.WORST.value, choices=[m.value for m in MissingPolicy])
    p.add_argument(
        "--combine",
        choices=["mean", "geometric"],
        help="mean of weights, or geometric mean of pairwise judgements (default: geometric if every ballot is pairwise)",
    )
    p.add_argument("--importance", help='participant importance: "A=2,B=1" (default 1 each)')
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument(
        "--out", help="write the study with a scenario per participant and a Group scenario (.xlsx)"
    )
    p.set_defaults(func=cmd_aggregate, scenario=None, weights=None)


def cmd_ballots(args: argparse.Namespace) -> int:
    from pathlib import Path

    from workbooks.ballots import write_ballots

    model = read_study(args.workbook)
    for path in write_ballots(model, args.participants.split(","), args.out, study=Path(args.workbook).name):
        print(f"wrote {path}")
    return 0


def parse_importance(text: str | None) -> dict[str, float]:
    """``"A=2, B=1"`` as {name: importance}; InputError naming each bad entry."""
    from criteria.weights import weight_problem

    result, problems = {}, []
    for part in filter(None, (p.strip() for p in (text or "").split(","))):
        name, sep, number = part.rpartition("=")
        try:
            value = float(number) if sep and name.strip() else None
        except ValueError:
            value = None
        reason = "not of the form 'Name=number'" if value is None else weight_problem(value)
        if reason:
            problems.append(Problem(f"--importance: {part!r}: {reason}"))
        else:
            result[name.strip()] = value
    if problems:
        raise InputError(problems)
    return result


def cmd_aggregate(args: argparse.Namespace) -> int:
    from criteria.aggregation import aggregate
    from criteria.errors import UsageError
    from workbooks.ballots import read_ballots

    try:
        importance = parse_importance(args.importance)
    except InputError as error:
        raise UsageError(error.problems) from None
    state = load_state(args)
    ballots, problems = read_ballots(args.ballots, state.model, importance)
    if not ballots:
        raise InputError(problems or [Problem("no ballots given")])
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    if problems:
        print(
            f"warning: {len(ballots)} ballot(s) used; fix the ones above and run again to include them",
            file=sys.stderr,
        )
    for ballot in ballots:
        if ballot.consistency_ratio is not None and ballot.consistency_ratio > 0.10:
            print(
                f"note: {ballot.participant}'s pairwise judgements are inconsistent (CR {ballot.consistency_ratio:.2f} > 0.10)",
                file=sys.stderr,
            )
    group = aggregate(ballots, args.combine)
    report = group_report(state, ballots, group)
    from scoring import rank

    group_state = state.replace(weights=group.weights)
    note_filled(group_state, rank(group_state), message_language(args))
    if args.out:
        from criteria.edits import add_scenario
        from workbooks.writer import save_study

        model = state.model
        for ballot in ballots:
            model = add_scenario(model, ballot.participant, ballot.weights)
        model = add_scenario(model, GROUP_SCENARIO, group.weights)
        save_study(args.out, model, source=args.workbook)
        print(f"wrote {args.out}", file=sys.stderr)
    if args.format == "json":
        print_json(report)
    else:
        print_report(report)
    return 0


def group_report(state, ballots, group) -> dict:
    """Everything `aggregate` shows, as plain data (the json output)."""
    from criteria.aggregation import AGGREGATION_METHODS
    from scoring import rank

    names = state.model.criterion_names
    ranking = rank(state.replace(weights=group.weights))
    theirs = {b.participant: rank(state.replace(weights=b.weights)) for b in ballots}
    return {
        "method": ranking.method,
        "combine": group.method,
        "combine_label": AGGREGATION_METHODS[group.method],
        "weights": dict(zip(names, group.weights, strict=True)),
        "consistency_ratio": group.consistency_ratio,
        "participants": [
            {
                "name": b.participant,
                "ballot": b.source,
                "importance": b.importance,
                "weights": dict(zip(names, b.weights, strict=True)),
                "consistency_ratio": b.consistency_ratio,
                "distance": distance,
            }
            for b, distance in zip(ballots, group.distances, strict=True)
        ],
        "disagreement": [
            {
                "criterion": names[c.criterion],
                "group": c.group,
                "low": c.low,
                "high": c.high,
                "spread": c.spread,
                "furthest": ballots[c.furthest].participant,
                "furthest_gap": c.furthest_gap,
            }
            for c in group.criteria
        ],
        "ranking": [
            {
                "rank": int(ranking.ranks[r]),
                "partner": ranking.partners[r],
                "score": finite(float(ranking.scores[r])),
                "ranks": {name: int(other.ranks[r]) for name, other in theirs.items()},
            }
            for r in ranking.order
        ],
        "excluded": list(ranking.excluded),
    }


def print_report(report: dict) -> None:
    print(f"Group weights ({report['combine_label']}):")
    rows = [
        (
            d["criterion"],
            f"{d['group']:.3f}",
            f"{d['low']:.3f}-{d['high']:.3f}",
            f"{d['spread']:.3f}",
            f"{d['furthest']} ({d['furthest_gap']:+.3f})",
        )
        for d in report["disagreement"]
    ]
    print_table(["Criterion", "Group", "Range", "Spread", "Furthest from group"], rows, "<>>><")
    print()
    rows = [
        (
            p["name"],
            f"{p['importance']:g}",
            f"{p['distance']:.3f}",
            "-" if p["consistency_ratio"] is None else f"{p['consistency_ratio']:.3f}",
        )
        for p in report["participants"]
    ]
    print_table(["Participant", "Importance", "Distance", "CR"], rows, "<>>>")
    print()
    people = [p["name"] for p in report["participants"]]
    print(f"Ranking ({report['method']}) under the group's weights and each participant's:")
    rows = [
        (
            r["rank"],
            r["partner"],
            "-" if r["score"] is None else f"{r['score']:.4f}",
            *(r["ranks"][n] for n in people),
        )
        for r in report["ranking"]
    ]
    print_table(["Group", "Partner", "Score", *people], rows, "><>" + ">" * len(people))
    for name in report["excluded"]:
        print(f"  excluded (missing values): {name}")
