"""`partner-scout sensitivity --values/--order/--bounds`: SMAA-2 and what to check first.

Never imports Qt; the figures come from ``scoring.smaa`` and ``scoring.check_first``.
"""

from __future__ import annotations

import argparse

from criteria.errors import InputError
from criteria.evidence import DEFAULT_MAX_AGE_YEARS, ConfidenceWidths, outdated
from criteria.evidence_settings import AGE_SETTING, value_problem
from desktop.cli_common import print_table

TOP_CHECKS = 3  # sentences printed in the table output; json and the workbook have every cell


def _widths(text: str) -> str:
    """The text, once it parses (the study's own widths are its base: read with the study)."""
    try:
        ConfidenceWidths.parse(text)
    except InputError as error:
        raise argparse.ArgumentTypeError(error.summary()) from None
    return text


def study_widths(args: argparse.Namespace, model) -> ConfidenceWidths:
    """The study's widths (its Evidence settings sheet), with ``--confidence-widths`` over them."""
    own = model.evidence_settings.widths
    return ConfidenceWidths.parse(args.confidence_widths, base=own) if args.confidence_widths else own


def evidence_age(args: argparse.Namespace, model) -> float:
    """``--evidence-age``, else the study's own (its Evidence settings sheet)."""
    return model.evidence_settings.max_age_years if args.evidence_age is None else args.evidence_age


def _age(text: str) -> float:
    try:
        years = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of years") from None
    problem = value_problem(AGE_SETTING, years)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return years


def add_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "SMAA-2 (uncertain values and constrained weights)",
        "Any of these runs SMAA-2: central weights, confidence factors, pairwise winning indices, "
        "and with --values the uncertain scores to check first.",
    )
    group.add_argument(
        "--values", action="store_true", help="draw scores within their ranges from the Evidence sheet"
    )
    group.add_argument(
        "--triangular", action="store_true", help="with --values: triangular around the score, not uniform"
    )
    group.add_argument(
        "--confidence-widths",
        type=_widths,
        help='default range per confidence without Low/High, in points of a 1-10 scale: "high=0.5,medium=1,low=2" '
        "(default: the study's Evidence settings sheet, else these; words left out keep the study's)",
    )
    group.add_argument(
        "--evidence-age",
        type=_age,
        metavar="YEARS",
        help="flag evidence older than this in the scores to check first "
        f"(default: the study's Evidence settings sheet, else {DEFAULT_MAX_AGE_YEARS})",
    )
    group.add_argument(
        "--order",
        default="",
        help='weights uniform on all weightings in this order: "ESG credibility>=Speed>=Capital" '
        "(chains separated by ';'; the spread then does not apply)",
    )
    group.add_argument(
        "--bounds",
        default="",
        help='weight shares each criterion must keep: "Capital=10%%..30%%,Speed=..20%%"',
    )


def wanted(args: argparse.Namespace) -> bool:
    return bool(args.values or args.order.strip() or args.bounds.strip())


def run_smaa_study(args: argparse.Namespace, state, samples: int):
    """``(SmaaResult, CheckFirst or None)`` for the options (check first needs --values ranges)."""
    from scoring.check_first import check_first
    from scoring.smaa import Study, run_smaa

    study = Study.of(
        state,
        spread=args.spread,
        order=args.order,
        bounds=args.bounds,
        uncertain_values=args.values,
        widths=study_widths(args, state.model),
        triangular=args.triangular,
    )
    result = run_smaa(study, n_samples=samples, seed=args.seed)
    checks = check_first(state, study, seed=args.seed) if study.values.cells.size else None
    return result, checks


def add_json(payload: dict, result, checks) -> None:
    smaa = result.to_dict()
    payload.update({key: smaa[key] for key in smaa.keys() - payload.keys()})
    payload["check_first"] = None if checks is None else checks.to_dict()


def extra_sheets(result, checks) -> list[tuple[str, list[list]]]:
    sheets = [result.central_weights_sheet(), result.pairwise_sheet()]
    if checks is not None:
        sheets.append(checks.sheet())
    return sheets


def _dated(cell, years: float, lang) -> str:
    import datetime as dt

    if cell.date is None:
        return lang.t("undated")
    dated = lang.t("dated {date}", date=cell.date)
    if outdated(cell.date, dt.date.today(), years):
        return lang.t("{dated}, older than {years} years", dated=dated, years=lang.significant(years))
    return dated


def print_smaa(result, checks, years: float = DEFAULT_MAX_AGE_YEARS, lang=None) -> None:
    """The SMAA-2 part of the table, in ``lang`` (the sampler's own description stays English)."""
    from criteria.i18n import ENGLISH, language

    lang = language(lang)
    print()
    print(lang.t("Values: {values}", values=result.describe_values(lang)))
    shares = result.acceptability.top_shares(1)[:, 0]
    winners = sorted((i for i in range(len(result.partners)) if shares[i] > 0), key=lambda i: -shares[i])[:5]
    print(lang.t("Central weights (typical weights that put each partner first) and confidence factors:"))
    print_table(
        [lang.t("Partner"), lang.t("First"), lang.t("Confidence"), *result.criteria],
        [
            [result.partners[i], lang.percent(shares[i]), lang.percent(result.confidence[i])]
            + [lang.percent(w) for w in result.central_weights[i]]
            for i in winners
        ],
        "<" + ">" * (2 + len(result.criteria)),
    )
    if checks is not None and checks.cells:
        print()
        samples = checks.samples if lang.code == ENGLISH else lang.integer(checks.samples)
        print(lang.t("Check these first ({samples} samples per value tried):", samples=samples))
        for cell in checks.cells[:TOP_CHECKS]:
            where = lang.t(
                "source: {source}; {dated}",
                source=cell.source or lang.t("none given"),
                dated=_dated(cell, years, lang),
            )
            print(f"  - {checks.sentence(cell, lang)} ({where})")
