"""`partner-scout sensitivity`: Monte Carlo rank acceptability, plus tipping points (CONTRACT.md).

Never imports Qt, matplotlib or scikit-criteria; the same ``scoring`` functions feed the GUI.
"""

from __future__ import annotations

import argparse

from criteria.errors import InputError
from criteria.i18n import ENGLISH
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
from scoring.tipping import shown_interval, shown_weight


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
    parser.add_argument(
        "--lang",
        choices=["vi", "en"],
        help="language of the table and the notes (default: from LANGUAGE/LC_ALL/LANG); json never changes",
    )
    parser.add_argument("--no-tipping", action="store_true", help="skip the tipping points")
    parser.add_argument(
        "--out",
        help="also write a result workbook (.xlsx) with sheets for acceptability, tipping points, "
        "method comparison and scenario comparison (and with SMAA-2: central weights, pairwise, check first)",
    )
    cli_smaa.add_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from criteria.i18n import Language
    from scoring import rank
    from scoring.missing_range import missing_value_ranges, range_limit
    from scoring.sensitivity import default_samples, rank_acceptability
    from scoring.tipping import tipping_points
    from scoring.verdict import study_verdict, tie_caveat

    state = load_state(args)
    ranking = rank(state)
    lang = message_language(args)
    note_filled(state, ranking, lang)
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
    lang = Language(args.lang)  # the table is for reading; json never changes
    print(weights_line(state, lang))
    _print_table(result, tipping, verdict.in_language(lang).sentence, tie_caveat(ranking, lang), lang)
    if smaa is not None:
        cli_smaa.print_smaa(smaa, checks, cli_smaa.evidence_age(args, state.model), lang)
    if samples < DEFAULT_SAMPLES and args.samples is None:
        print()
        print(
            lang.t(
                "{samples} samples by default for {partners} partners "
                "(--samples {usual_samples} for the usual {usual}, slower).",
                samples=lang.integer(samples),
                partners=lang.integer(len(result.partners)),
                usual_samples=DEFAULT_SAMPLES,
                usual=lang.integer(DEFAULT_SAMPLES),
            )
        )
    if gaps:
        how = (
            lang.t("however the gaps are filled")
            if all(g.exact for g in gaps)
            else lang.t("from the best and worst fill of each partner's gaps")
        )
        print()
        print(lang.t("Ranks resting on filled-in values (best to worst, {how}):", how=how))
        for gap in gaps:
            print(f"  - {gap.sentence(lang)}")
    if unranged:
        text = lang.t(
            "{count} more partners with filled-in values, ranked below these, are not shown: "
            "{method} rescores the whole study for each; wsm and wpm show them all",
            count=lang.integer(unranged),
            method=ranking.method,
        )
        print(f"  ({text})")
    return 0


def _print_table(result, tipping, verdict: str, caveat: str | None, lang) -> None:
    """The acceptability table, the verdict and the tipping points, in ``lang`` (a ``Language``)."""
    n = len(result.partners)
    shown = min(n, 5)  # wider tables do not fit a terminal; json has every rank
    order = sorted(range(n), key=lambda i: (result.expected_rank[i], i))
    print(
        lang.t(
            "{method}: {samples} samples, seed {seed}, {spread}",
            method=result.method,
            samples=result.samples if lang.code == ENGLISH else lang.integer(result.samples),
            seed=result.seed,
            spread=result.describe_spread(lang),
        )
    )
    headers = [lang.t("Partner"), lang.t("Expected rank")] + [f"#{r + 1}" for r in range(shown)]
    shares = result.top_shares(shown)
    rows = [
        [result.partners[i], lang.number(result.expected_rank[i], 2)]
        + [lang.percent(shares[i, r]) for r in range(shown)]
        for i in order
    ]
    print_table(headers, rows, "<" + ">" * (shown + 1))
    print()
    print(verdict)
    if tipping is not None:
        note = (
            lang.t("exact")
            if tipping.exact
            else lang.t("searched, tolerance {tolerance}", tolerance=f"{tipping.tolerance:.0e}")
        )
        print()
        print(lang.t("Tipping points for {leader} ({note}):", leader=tipping.leader, note=note))
        if caveat is not None:
            print(f"  {caveat}")
        for sentence in tipping.sentences(lang):
            print(f"  - {sentence}")
        print()
        print(lang.t("Stability intervals (each weight alone, the others rescaled in proportion):"))
        print_table(
            [
                lang.t("Criterion"),
                lang.t("Weight"),
                lang.t("Keeps the winner"),
                lang.t("Keeps the top {count} order", count=len(tipping.top)),
            ],
            [
                [
                    c.criterion,
                    shown_weight(c.current).text(lang),
                    _interval(c.winner, lang),
                    _interval(c.top_order, lang),
                ]
                for c in tipping.per_criterion
            ],
        )
    if result.excluded:
        print()
        print(lang.t("excluded (missing values): {names}", names=", ".join(result.excluded)))


def _interval(bounds, lang) -> str:
    if bounds is None:
        return lang.t("never")
    low, high = shown_interval(*bounds)
    return lang.t("{low} to {high}", low=low.text(lang), high=high.text(lang))


def _write(args: argparse.Namespace, state, ranking, acceptability, tipping, smaa_sheets) -> None:
    """The result workbook of ``rank --out`` plus the robustness sheets, Acceptability first, then
    the SMAA-2 ones (the study's own Evidence sheet is written with the study)."""
    from workbooks.analysis_sheets import analysis_sheets
    from workbooks.writer import write_result

    sheets = analysis_sheets(state, acceptability=acceptability, tipping=tipping) + smaa_sheets
    write_result(
        args.out, state, ranking, source=args.workbook, extra_sheets=sheets, acceptability=acceptability
    )
