"""`partner-scout sensitivity`: Monte Carlo rank acceptability, plus tipping points (CONTRACT.md).

Never imports Qt, matplotlib or scikit-criteria; the same ``scoring`` functions feed the GUI.
"""

from __future__ import annotations

import argparse

from criteria.errors import InputError
from desktop import cli_smaa
from desktop.cli_common import (
    add_study_options,
    load_state,
    message_language,
    note_filled,
    print_json,
    print_table,
    weights_line,
)
from scoring.sensitivity import (
    DEFAULT_SAMPLES,
    DEFAULT_SEED,
    DEFAULT_SPREAD,
    MIN_DEFAULT_SAMPLES,
    SCORE_BUDGET,
    parse_spread,
)


def _spread(text: str) -> float | str:
    try:
        return parse_spread(text)
    except InputError as error:
        raise argparse.ArgumentTypeError(error.summary()) from None


def _whole_number(lowest: int):
    """An argparse type: a whole number >= ``lowest`` (1 for --samples, 0 for --seed)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < lowest:
            raise argparse.ArgumentTypeError(f"{value} is not >= {lowest}")
        return value

    return parse


_count, _seed = _whole_number(1), _whole_number(0)


def add_sampling_options(parser: argparse.ArgumentParser) -> None:
    """--samples, --seed and --spread of the Monte Carlo (shared with ``partner-scout brief``)."""
    parser.add_argument(
        "--samples",
        type=_count,
        help=f"number of weight samples (default {DEFAULT_SAMPLES:,}; fewer, at least "
        f"{MIN_DEFAULT_SAMPLES:,}, above {SCORE_BUDGET // DEFAULT_SAMPLES:,} partners)",
    )
    parser.add_argument(
        "--seed", type=_seed, default=DEFAULT_SEED, help="random seed (same seed, same figures)"
    )
    parser.add_argument(
        "--spread",
        type=_spread,
        default=DEFAULT_SPREAD,
        help=f"P in [0, 1], or 'full' (default {DEFAULT_SPREAD})",
    )


def register(subparsers) -> None:
    """Add the ``sensitivity`` subcommand to the ``partner-scout`` parser."""
    parser = subparsers.add_parser(
        "sensitivity",
        help="how sure is the ranking? Monte Carlo rank acceptability and tipping points",
        description="Rank acceptability under uncertain weights: each sample multiplies every weight "
        "by a factor uniform in [1 - P, 1 + P] and renormalises (--spread full: any weights).",
    )
    add_study_options(parser)
    add_sampling_options(parser)
    parser.add_argument("--format", choices=["table", "json"], default="table")
    parser.add_argument("--no-tipping", action="store_true", help="skip the tipping points")
    parser.add_argument(
        "--out",
        help="also write a result workbook (.xlsx) with sheets for acceptability, tipping points, "
        "method comparison and scenario comparison (and with SMAA-2: central weights, pairwise, check first)",
    )
    cli_smaa.add_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from scoring import rank
    from scoring.missing_range import missing_value_ranges, range_limit
    from scoring.sensitivity import default_samples, rank_acceptability
    from scoring.tipping import tipping_points
    from scoring.verdict import study_verdict, tie_caveat

    state = load_state(args)
    ranking = rank(state)
    note_filled(state, ranking, message_language(args))
    samples = args.samples or default_samples(len(ranking.partners))
    smaa, checks = cli_smaa.run_smaa_study(args, state, samples) if cli_smaa.wanted(args) else (None, None)
    result = (
        smaa.acceptability
        if smaa is not None
        else rank_acceptability(state, n_samples=samples, seed=args.seed, spread=args.spread)
    )
    tipping = None if args.no_tipping else tipping_points(state)
    verdict = study_verdict(state, ranking, result, tipping=tipping, find_tipping=False)
    most = range_limit(ranking.method, len(ranking.partners))
    gaps = missing_value_ranges(state, most=most)
    unranged = int(ranking.rests_on_filled.sum()) - len(gaps)
    if args.out:
        _write(args, state, ranking, result, tipping, cli_smaa.extra_sheets(smaa, checks) if smaa else [])
    if args.format == "json":
        payload = result.to_dict()
        payload["verdict"] = verdict.sentence
        payload["verdict_details"] = verdict.to_dict()
        if tipping is not None:
            payload["tipping"] = tipping.to_dict()
        payload["missing_ranges"] = {
            g.partner: {
                "rank": g.rank,
                "best": g.best,
                "worst": g.worst,
                "exact": g.exact,
                "cells": list(g.cells),
            }
            for g in gaps
        }
        payload["missing_ranges_omitted"] = unranged
        if smaa is not None:
            cli_smaa.add_json(payload, smaa, checks)
        print_json(payload)
        return 0
    print(weights_line(state))
    _print_table(result, tipping, verdict.sentence, tie_caveat(ranking))
    if smaa is not None:
        cli_smaa.print_smaa(smaa, checks, cli_smaa.evidence_age(args, state.model))
    if samples < DEFAULT_SAMPLES and args.samples is None:
        print(
            f"\n{samples:,} samples by default for {len(result.partners):,} partners "
            f"(--samples {DEFAULT_SAMPLES} for the usual {DEFAULT_SAMPLES:,}, slower)."
        )
    if gaps:
        how = (
            "however the gaps are filled"
            if all(g.exact for g in gaps)
            else "from the best and worst fill of each partner's gaps"
        )
        print(f"\nRanks resting on filled-in values (best to worst, {how}):")
        for gap in gaps:
            print(f"  - {gap.sentence()}")
    if unranged:
        print(
            f"  ({unranged:,} more partners with filled-in values, ranked below these, are not shown: "
            f"{ranking.method} rescores the whole study for each; wsm and wpm show them all)"
        )
    return 0


def _print_table(result, tipping, verdict: str, caveat: str | None) -> None:
    n = len(result.partners)
    shown = min(n, 5)  # wider tables do not fit a terminal; json has every rank
    order = sorted(range(n), key=lambda i: (result.expected_rank[i], i))
    print(f"{result.method}: {result.samples} samples, seed {result.seed}, {result.describe_spread()}")
    headers = ["Partner", "Expected rank"] + [f"#{r + 1}" for r in range(shown)]
    shares = result.top_shares(shown)
    rows = [
        [result.partners[i], f"{result.expected_rank[i]:.2f}"] + [f"{shares[i, r]:.1%}" for r in range(shown)]
        for i in order
    ]
    print_table(headers, rows, "<" + ">" * (shown + 1))
    print()
    print(verdict)
    if tipping is not None:
        note = "exact" if tipping.exact else f"searched, tolerance {tipping.tolerance:.0e}"
        print(f"\nTipping points for {tipping.leader} ({note}):")
        if caveat is not None:
            print(f"  {caveat}")
        for sentence in tipping.sentences():
            print(f"  - {sentence}")
        print("\nStability intervals (each weight alone, the others rescaled in proportion):")
        print_table(
            ["Criterion", "Weight", "Keeps the winner", f"Keeps the top {len(tipping.top)} order"],
            [
                [c.criterion, f"{c.current:.1%}", _interval(c.winner), _interval(c.top_order)]
                for c in tipping.per_criterion
            ],
        )
    if result.excluded:
        print(f"\nexcluded (missing values): {', '.join(result.excluded)}")


def _interval(bounds) -> str:
    return "never" if bounds is None else f"{bounds[0]:.1%} to {bounds[1]:.1%}"


def _write(args: argparse.Namespace, state, ranking, acceptability, tipping, smaa_sheets) -> None:
    """The result workbook of ``rank --out`` plus the robustness sheets, Acceptability first, then
    the SMAA-2 ones (the study's own Evidence sheet is written with the study)."""
    from workbooks.analysis_sheets import analysis_sheets
    from workbooks.writer import write_result

    sheets = analysis_sheets(state, acceptability=acceptability, tipping=tipping) + smaa_sheets
    write_result(
        args.out, state, ranking, source=args.workbook, extra_sheets=sheets, acceptability=acceptability
    )
