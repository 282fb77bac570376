"""The brief's words: ``compose(content, language)`` -> a ``Document`` of headings, sentences and tables.

Every sentence states the setting it holds under (method, weights, samples); where the figures
disagree (a tie at the top, methods or scenarios that put someone else first, a rank resting on
filled-in values) the recommendation says so. Names of partners, criteria and scenarios are
the workbook's and are never translated; numbers follow the language (``criteria.i18n``).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.content import OVERRIDES, SCENARIO, SET_IN_APP, BriefContent
from briefing.document import Bullets, Document, Figure, Heading, Notice, Paragraph, Table
from criteria.evidence import Confidence, outdated
from criteria.i18n import N_, Language
from criteria.missing import MissingPolicy
from criteria.weights_words import weights_words
from scoring.sensitivity import FULL
from scoring.tipping import CriterionStability, Tipping, TippingReport, shown_weight
from scoring.verdict import CLEAR, OPENING

TOP_ROWS = 10  # partners in the ranking table and the chart; the result workbook lists all
SCENARIO_ROWS = 8  # partners in the scenario table (plus any scenario's winner)
CLOSE = 0.2  # a runner-up first this often is a real alternative
ALTERNATIVE = 0.1  # a partner first this often is named beside the leader
ADDITIVE = frozenset({"wsm", "promethee"})  # their criteria's parts add up to the score itself


def compose(content: BriefContent, language: str | None = None, *, chart: bytes | None = None) -> Document:
    """The brief in ``language`` (``"en"``/``"vi"``; None: from the environment).

    ``chart`` is the contributions chart as PNG (``briefing.chart``); without it the section
    says the method has no additive parts.
    """
    lang = Language(language)
    blocks: list = [*_front(content, lang)]
    blocks += [Heading(lang.t("Recommendation")), Paragraph(recommendation(content, lang))]
    blocks += _ranking(content, lang)
    blocks += _contributions(content, lang, chart)
    blocks += _scenarios(content, lang)
    blocks += _tipping(content, lang)
    blocks += _verify_first(content, lang)
    blocks += _weights(content, lang)
    blocks += _caveats(content, lang)
    blocks += _appendix(content, lang)
    return Document(lang.code, _title(content, lang), tuple(blocks))


# -- helpers -----------------------------------------------------------------------------------


def names_list(names: Sequence[str], lang: Language, limit: int = 3) -> str:
    """``A, B and 2 more`` / ``A, B và 2 đối tác khác``."""
    names = list(names)
    if len(names) > limit:
        return lang.t(
            "{names} and {count} more", names=", ".join(names[: limit - 1]), count=len(names) - limit + 1
        )
    if len(names) <= 1:
        return "".join(names)
    return lang.t("{names} and {last}", names=", ".join(names[:-1]), last=names[-1])


def method_name(key: str, lang: Language) -> str:
    from scoring.methods import get_method

    names = {
        "wsm": lang.t("Weighted sum (WSM)"),
        "wpm": lang.t("Weighted product (WPM)"),
        "topsis": lang.t("TOPSIS (closeness to the ideal)"),
        "vikor": lang.t("VIKOR (compromise ranking)"),
        "promethee": lang.t("PROMETHEE II (net outranking flow)"),
    }
    return names.get(key, get_method(key).label)


def contribution_label(key: str, lang: Language) -> str:
    """What each criterion's part in the contributions chart is (``scoring.kernels``: one per method)."""
    labels = {
        "wsm": lang.t("weighted 0-1 score"),
        "promethee": lang.t("weighted net flow"),
        "wpm": lang.t("weighted logarithm of the value"),
        "topsis": lang.t("pull towards the ideal partner"),
        "vikor": lang.t("weighted shortfall from the best value, lower is better"),
    }
    return labels.get(key, lang.t("contribution to the score"))


def weight_percent(share: float, lang: Language) -> str:
    """A weight as the app shows it: ``40%``, ``39.9%`` (one decimal when it is not whole)."""
    return shown_weight(share).text(lang)


def tipping_sentence(t: Tipping, lang: Language, *, nearest: bool = False) -> str:
    """``If the weight of Speed rises from 15% to 21%, X overtakes Y.`` (``nearest``: as the nearest one).

    The weights are ``Tipping.shown``, as the verdict, the app and the workbook quote them."""
    shown = t.shown
    old, new = shown.current.text(lang), shown.threshold.text(lang)
    values = dict(criterion=t.criterion, old=old, new=new, rival=t.new_leader, leader=t.leader)
    rises = shown.rises
    if nearest and rises:
        return lang.t(
            "The nearest tipping point: if the weight of {criterion} rises from {old} to {new}, {rival} overtakes {leader}.",
            **values,
        )
    if nearest:
        return lang.t(
            "The nearest tipping point: if the weight of {criterion} falls from {old} to {new}, {rival} overtakes {leader}.",
            **values,
        )
    if rises:
        return lang.t(
            "If the weight of {criterion} rises from {old} to {new}, {rival} overtakes {leader}.", **values
        )
    return lang.t(
        "If the weight of {criterion} falls from {old} to {new}, {rival} overtakes {leader}.", **values
    )


def _spread_words(content: BriefContent, lang: Language) -> str:
    spread = content.acceptability.spread
    if spread == FULL:
        return lang.t("With weights drawn at random from all possible weights")
    # the factor, not "within ±20%": after rescaling to 100% a weight can leave that band
    return lang.t(
        "With each weight multiplied by a random factor between {low} and {high}, then rescaled to 100%",
        low=lang.number(1.0 - spread, 2).rstrip("0").rstrip(".,"),
        high=lang.number(1.0 + spread, 2).rstrip("0").rstrip(".,"),
    )


def _nearest(content: BriefContent) -> Tipping | None:
    found = [c.nearest for c in content.tipping.per_criterion if c.nearest is not None]
    return min(found, key=lambda t: t.change) if found else None


# -- sections ----------------------------------------------------------------------------------


def _title(content: BriefContent, lang: Language) -> str:
    return content.front.title or lang.t("Untitled study")


def _front(content: BriefContent, lang: Language) -> list:
    blocks: list = [Heading(_title(content, lang), level=0)]
    if content.front.question:
        blocks.append(Paragraph(content.front.question, lead=lang.t("Question:")))
    date = lang.date(content.date)  # as a chart's footer writes it
    prepared = (
        lang.t(
            "Prepared on {date} with Partner Scout {version} from the workbook {file}.",
            date=date,
            version=content.version,
            file=content.source,
        )
        if content.source
        else lang.t(
            "Prepared on {date} with Partner Scout {version} from a study not yet saved to a workbook.",
            date=date,
            version=content.version,
        )
    )
    blocks.append(Paragraph(prepared, small=True))
    blocks += [Notice(text) for text in content.front.notices]
    return blocks


def recommendation(content: BriefContent, lang: Language) -> str:
    """One honest paragraph: who leads, how sure, what would change it, and whether the methods agree."""
    ranking = content.ranking
    method = method_name(ranking.method, lang)
    tied = content.tied_first
    winner = content.winner
    score = lang.number(float(ranking.scores[int(ranking.order[0])]))
    sentences = []
    if len(tied) > 1:
        sentences.append(
            lang.t(
                "{names} tie for first place with {method} and the weights used (score {score}).",
                names=names_list(tied, lang, limit=4),
                method=method,
                score=score,
            )
        )
    elif len(ranking.partners) == 1:
        sentences.append(lang.t("{winner} is the only partner ranked.", winner=winner))
    else:
        second_rank = min(int(r) for r in ranking.ranks if r > 1)
        seconds = [ranking.partners[k] for k in ranking.order if ranking.ranks[k] == second_rank]
        second_score = float(ranking.scores[int(ranking.order[1])])
        sentences.append(
            lang.t(
                "{winner} ranks first with {method} and the weights used (score {score}; next: {next} at {next_score}).",
                winner=winner,
                method=method,
                score=score,
                next=names_list(seconds, lang),
                next_score=lang.number(second_score),
            )
        )
    if ranking.compromise is not None:  # VIKOR's answer may be a set (scoring.compromise)
        sentences.append(ranking.compromise.sentence(ranking.partners, lang))
    sentences.append(_how_sure(content, lang))
    nearest = _nearest(content)
    if nearest is None:
        sentences.append(lang.t("No change of a single weight changes the winner."))
    else:
        sentences.append(tipping_sentence(nearest, lang, nearest=True))
    sentences.append(_methods(content, lang))
    if content.scenarios is not None:
        sentences.append(_scenario_sentence(content, lang))
    gap = content.range_of(winner)
    if gap is not None and gap.best != gap.worst:
        sentences.append(
            lang.t(
                "{winner}'s rank rests on filled-in values: rank {best} to {worst} depending on them.",
                winner=winner,
                best=gap.best,
                worst=gap.worst,
            )
        )
    sentences.append(_conclusion(content, lang))
    return " ".join(sentences)


def _how_sure(content: BriefContent, lang: Language) -> str:
    result = content.acceptability
    winner = content.winner
    share = content.first_share(winner)
    values = dict(
        spread=_spread_words(content, lang),
        winner=winner,
        share=lang.percent(share, 0),
        samples=lang.integer(result.samples),
    )
    tied = content.tied_first
    if len(tied) > 1:  # tied partners share rank 1 in most samples too: no one's share is a lead
        shares = [f"{p} {lang.percent(content.first_share(p), 0)}" for p in tied]
        return lang.t(
            "{spread}, the partners tied at the top rank first, alone or tied, in this share of the {samples} samples: {shares}.",
            spread=values["spread"],
            samples=values["samples"],
            shares=names_list(shares, lang, limit=5),
        )
    first = result.first_place()
    top, top_share = first[0]
    others = [(p, s) for p, s in first if p != winner]
    rival, rival_share = others[0] if others else ("", 0.0)
    if content.verdict.grade == CLEAR:  # the app's grade, never a threshold of the brief's own
        return lang.t("{spread}, {winner} is first in {share} of {samples} samples: a clear lead.", **values)
    if top != winner:
        return lang.t(
            "{spread}, {winner} is first in only {share} of {samples} samples; {top} is first more often ({top_share}).",
            top=top,
            top_share=lang.percent(top_share, 0),
            **values,
        )
    if rival_share >= CLOSE:
        return lang.t(
            "{spread}, {winner} is first in {share} of {samples} samples and {rival} in {rival_share}: no clear winner between the two.",
            rival=rival,
            rival_share=lang.percent(rival_share, 0),
            **values,
        )
    return lang.t(
        "{spread}, {winner} is first in {share} of {samples} samples; no other partner is first in more than {rival_share}.",
        rival_share=lang.percent(rival_share, 0),
        **values,
    )


def _methods(content: BriefContent, lang: Language) -> str:
    agreement = content.agreement
    winner = content.winner
    agreeing = content.methods_ranking_first(winner)
    total = len(agreement.methods)
    upper = [m.upper() for m in agreeing]
    if len(agreeing) == total:
        return lang.t("All {total} methods compared rank {winner} first.", total=total, winner=winner)
    others = []
    for k, method in enumerate(agreement.methods):
        if method in agreeing:
            continue
        if method == "vikor" and agreement.vikor_set:  # its answer: several partners together
            compromise = names_list(list(agreement.vikor_set), lang, limit=3)
            others.append(lang.t("VIKOR: the compromise set of {names}", names=compromise))
            continue
        firsts = [p for p, r in zip(agreement.partners, agreement.ranks[:, k]) if r == 1]
        others.append(f"{method.upper()}: {names_list(firsts, lang, limit=2)}")
    if not agreeing:
        return lang.t("None of the {total} methods compared ranks {winner} first: {others}.",
                      total=total, winner=winner, others="; ".join(others))  # fmt: skip
    return lang.t(
        "Methods that rank {winner} first: {methods} of the {total} compared; the others put first {others}.",
        total=total,
        winner=winner,
        methods=", ".join(upper),
        others="; ".join(others),
    )


def _scenario_sentence(content: BriefContent, lang: Language) -> str:
    scenarios = content.scenarios
    winner = content.winner
    wins = [name for name, firsts in scenarios.winners().items() if winner in firsts]
    first = lang.t(
        "{winner} is first under {count} of {total} scenarios.",
        winner=winner,
        count=len(wins),
        total=len(scenarios.scenarios),
    )
    return f"{first} {_robust_sentence(content, lang)}"


def _robust_sentence(content: BriefContent, lang: Language) -> str:
    scenarios = content.scenarios
    if not scenarios.robust:
        return lang.t("No partner is in the top {top} under every scenario.", top=scenarios.top)
    return lang.t(
        "In the top {top} under every scenario (robust choices): {names}.",
        top=scenarios.top,
        names=", ".join(scenarios.robust),
    )


def _conclusion(content: BriefContent, lang: Language) -> str:
    """The app's verdict in its own word (the one the room saw on screen), then what to do."""
    grade = content.verdict.grade
    verdict = lang.t("Verdict: {grade}.", grade=lang.t(OPENING[grade]))
    return f"{verdict} {_advice(content, lang)}"


def _advice(content: BriefContent, lang: Language) -> str:
    winner = content.winner
    if content.verdict.grade == CLEAR:
        return lang.t("On these figures {winner} is the recommended partner.", winner=winner)
    tied = content.tied_first
    alternatives = [p for p in tied if p != winner]
    if content.ranking.compromise is not None:
        alternatives += content.ranking.compromise.names(content.ranking.partners)
    alternatives += [p for p, s in content.acceptability.first_place() if s >= ALTERNATIVE and p != winner]
    for k in range(len(content.agreement.methods)):
        alternatives += [
            p for p, r in zip(content.agreement.partners, content.agreement.ranks[:, k]) if r == 1
        ]
    alternatives = [p for p in dict.fromkeys(alternatives) if p != winner][:3]
    if len(tied) > 1:  # no leading candidate among equals (the first named is only the workbook's order)
        return _tied_conclusion(tied, [p for p in alternatives if p not in tied], lang)
    if not alternatives:
        return lang.t("Treat {winner} as the leading candidate rather than a settled choice.", winner=winner)
    return lang.t(
        "The figures do not single out one partner: treat {winner} as the leading candidate and weigh {others} alongside it.",
        winner=winner,
        others=names_list(alternatives, lang),
    )


def _tied_conclusion(tied: Sequence[str], others: list[str], lang: Language) -> str:
    names = names_list(tied, lang, limit=4)
    if not others:
        return lang.t(
            "The figures do not single out one partner: treat {names}, tied first, as the leading candidates.",
            names=names,
        )
    return lang.t(
        "The figures do not single out one partner: treat {names}, tied first, as the leading candidates and weigh {others} alongside them.",
        names=names,
        others=names_list(others, lang),
    )


def _ranking(content: BriefContent, lang: Language) -> list:
    ranking = content.ranking
    scenarios = content.scenarios
    top = [ranking.partners[int(k)] for k in ranking.order[:TOP_ROWS]]
    has_ranges = any((gap := content.range_of(p)) is not None and gap.best != gap.worst for p in top)
    header = [lang.t("Rank"), lang.t("Partner"), lang.t("Score"), lang.t("First in (Monte Carlo)")]
    if scenarios is not None:
        header.append(lang.t("Rank across scenarios"))
    if has_ranges:
        header.append(lang.t("Rank if gaps filled otherwise"))
    rows = []
    for k in ranking.order[:TOP_ROWS]:
        partner = ranking.partners[int(k)]
        row = [str(int(ranking.ranks[k])), partner, lang.number(float(ranking.scores[k])),
               lang.percent(content.first_share(partner))]  # fmt: skip
        if scenarios is not None:
            ranks = scenarios.ranks[scenarios.partners.index(partner)]
            low, high = int(ranks.min()), int(ranks.max())
            row.append(str(low) if low == high else f"{low}–{high}")
        if has_ranges:
            gap = content.range_of(partner)
            row.append(
                "" if gap is None else (str(gap.best) if gap.best == gap.worst else f"{gap.best}–{gap.worst}")
            )
        rows.append(tuple(row))
    widths = {
        4: (0.1, 0.5, 0.15, 0.25),
        5: (0.09, 0.4, 0.11, 0.2, 0.2),
        6: (0.09, 0.33, 0.1, 0.16, 0.16, 0.16),
    }
    numeric = (True, False) + (True,) * (len(header) - 2)
    best = lang.t("higher is better") if ranking.higher_is_better else lang.t("lower is better")
    note = lang.t(
        "Score: {method}, {best}. Ties share the better rank. First in: share of the Monte Carlo samples in which the partner ranks first.",
        method=method_name(ranking.method, lang),
        best=best,
    )
    if len(ranking.partners) > TOP_ROWS:
        note += " " + lang.t(
            "Top {shown} of {total} partners; the result workbook lists them all.",
            shown=TOP_ROWS,
            total=len(ranking.partners),
        )
    return [
        Heading(lang.t("Ranking")),
        Table(tuple(header), tuple(rows), numeric, widths[len(header)]),
        Paragraph(note, small=True),
    ]


def _contributions(content: BriefContent, lang: Language, chart: bytes | None) -> list:
    blocks: list = [Heading(lang.t("What makes up the scores"))]
    if chart is None:
        blocks.append(
            Paragraph(
                lang.t(
                    "{method} has no additive parts per criterion, so there is no contributions chart.",
                    method=method_name(content.ranking.method, lang),
                )  # fmt: skip
            )
        )
        return blocks
    shown = min(TOP_ROWS, len(content.ranking.partners))
    if content.ranking.method in ADDITIVE:
        caption = lang.t(
            "Each bar is a partner's score split into the parts its criteria contribute (the top {shown}).",
            shown=shown,
        )
    else:
        caption = lang.t(
            "Each bar splits the method's own measure into its criteria's parts ({measure}); the number at its end is the score (the top {shown}).",
            measure=contribution_label(content.ranking.method, lang),
            shown=shown,
        )
    from briefing.chart import png_aspect

    blocks.append(Figure(chart, png_aspect(chart), caption))
    return blocks


def _scenarios(content: BriefContent, lang: Language) -> list:
    scenarios = content.scenarios
    if scenarios is None:
        return []
    ranking = content.ranking
    shown = [ranking.partners[int(k)] for k in ranking.order[:SCENARIO_ROWS]]
    shown += [p for firsts in scenarios.winners().values() for p in firsts]
    shown = list(dict.fromkeys(shown))
    current = lang.t("Current weights")
    header = (lang.t("Partner"), current, *scenarios.scenarios)
    rows = []
    for partner in shown:
        ranks = scenarios.ranks[scenarios.partners.index(partner)]
        now = int(ranking.ranks[ranking.partners.index(partner)])
        rows.append((partner, str(now), *(str(int(r)) for r in ranks)))
    count = len(header) - 1
    widths = (0.3, *([0.7 / count] * count))
    words = {"method": method_name(scenarios.method, lang), "current": current}
    if len(shown) == len(ranking.partners):
        text = lang.t(
            "Rank of each partner under each scenario's weights, with {method}; the column {current} repeats the ranking above.",
            **words,
        )
    else:  # a subset: said so, or a partner left out (rank 9 with rank 10 shown) reads as a slip
        text = lang.t(
            "Rank under each scenario's weights, with {method}, of the first {count} partners of the ranking above and of any partner first under a scenario; the column {current} repeats that ranking.",
            count=min(SCENARIO_ROWS, len(ranking.partners)),
            **words,
        )
    return [
        Heading(lang.t("Scenarios")),
        Paragraph(text),
        Table(header, tuple(rows), (False,) + (True,) * count, widths),
        Paragraph(_robust_sentence(content, lang)),
    ]


def _stability_sentence(c: CriterionStability, lang: Language) -> list[str]:
    found = [t for t in (c.raised, c.lowered) if t is not None]
    if not found:
        return [
            lang.t("No change of the weight of {criterion} alone changes the winner.", criterion=c.criterion)
        ]
    return [tipping_sentence(t, lang) for t in found]


def tipping_findings(report: TippingReport, lang: Language) -> list[str]:
    """The tipping points in words, nearest first, then rivals not yet named (the brief's list,
    also shown by the app's One-way tab)."""
    ordered = sorted(report.per_criterion, key=lambda c: c.nearest.change if c.nearest else float("inf"))
    items = [s for c in ordered for s in _stability_sentence(c, lang)]
    stated = {(t.criterion, t.new_leader) for c in ordered for t in (c.raised, c.lowered) if t is not None}
    for rival in report.rivals:
        if rival.tipping is None:
            items.append(rival.sentence(lang) + ".")
        elif (rival.tipping.criterion, rival.rival) not in stated:
            items.append(tipping_sentence(rival.tipping, lang))
    return items


def _tipping(content: BriefContent, lang: Language) -> list:
    report = content.tipping
    items = tipping_findings(report, lang)
    how = (
        lang.t("exact for this method")
        if report.exact
        else lang.t("searched on a grid, to within {tolerance}", tolerance=f"{report.tolerance:.0e}")
    )
    intro = lang.t(
        "One weight at a time, the others rescaled in proportion: the changes that put another partner ahead of {leader} ({how}).",
        leader=report.leader,
        how=how,
    )
    return [Heading(lang.t("Tipping points")), Paragraph(intro), Bullets(tuple(items))]


VERIFY_FIRST = 3  # the uncertain scores the brief quotes
CONFIDENCE_WORDS = {
    Confidence.HIGH: N_("high confidence"),
    Confidence.MEDIUM: N_("medium confidence"),
    Confidence.LOW: N_("low confidence"),
}


def _verify_first(content: BriefContent, lang: Language) -> list:
    """The three uncertain scores whose true value would most change who leads, with the effect
    in words (``scoring.check_first``); nothing when no score has a range."""
    checks = content.check_first
    if checks is None or not checks.cells:
        return []
    intro = lang.t(
        "Of the {count} scores with a plausible range in the Evidence sheet, these would most change "
        "who leads if their true value were different ({sampling}). Verify them before deciding.",
        count=lang.integer(len(checks.cells) + checks.untried),
        sampling=checks.describe(lang),
    )
    leader = lang.t(
        "With those scores drawn within their ranges, {leader} ranks first most often, in {share} of cases.",
        leader=checks.leader,
        share=lang.percent(checks.first_shares[checks.leader], 0),
    )
    age = content.state.model.evidence_settings.max_age_years
    today = content.date
    items = []
    for cell in checks.cells[:VERIFY_FIRST]:
        level = Confidence.parse(cell.confidence)
        facts = [
            lang.t(
                "score {score}, plausible {low} to {high}",
                score=lang.significant(cell.score, 6),
                low=lang.significant(cell.low, 6),
                high=lang.significant(cell.high, 6),
            )
        ]
        if level is not None:
            facts.append(lang.t(CONFIDENCE_WORDS[level]))
        facts.append(
            lang.t("source: {source}", source=cell.source) if cell.source else lang.t("no source given")
        )
        if cell.date is not None:
            dated = lang.t("dated {date}", date=cell.date)
            if outdated(cell.date, today, age):
                dated = lang.t(
                    "{dated}, older than {years} years", dated=dated, years=lang.significant(age, 6)
                )
            facts.append(dated)
        items.append(f"{checks.sentence(cell, lang)} ({'; '.join(facts)}).")
    return [Heading(lang.t("Scores to verify first")), Paragraph(f"{intro} {leader}"), Bullets(tuple(items))]


def _weights(content: BriefContent, lang: Language) -> list:
    ranking = content.ranking
    model = content.state.model
    source = content.weight_source
    if source.kind == SCENARIO:
        where = lang.t("The weights of the scenario {scenario} (Scenarios sheet).", scenario=source.scenario)
    elif source.kind == OVERRIDES:
        base = (
            lang.t("the scenario {scenario}", scenario=source.scenario)
            if source.scenario
            else lang.t("the Criteria sheet")
        )
        where = lang.t("The weights of {base}, changed on the command line ({overrides}); the others rescaled in proportion.",
                       base=base, overrides=source.overrides)  # fmt: skip
    elif source.kind == SET_IN_APP:
        where = lang.t("Weights set in the desktop app: “{how}”.", how=weights_words(source.overrides, lang))
    else:
        where = lang.t("The weights of the workbook's Criteria sheet.")
    rows = []
    for name, weight in zip(ranking.criteria, ranking.weights):
        criterion = model.criteria[model.criterion_index(name)]
        better = (
            lang.t("higher is better")
            if criterion.direction.value == "benefit"
            else lang.t("lower is better")
        )
        rows.append((name, better, weight_percent(weight, lang)))
    return [
        Heading(lang.t("Weights used")),
        Paragraph(
            where + " " + lang.t("Weights are normalised to add up to {total}.", total=lang.percent(1, 0))
        ),
        Table(
            (lang.t("Criterion"), lang.t("Direction"), lang.t("Weight")),
            tuple(rows),
            (False, False, True),
            (0.5, 0.3, 0.2),
        ),
    ]


def _caveats(content: BriefContent, lang: Language) -> list:
    items = [lang.t("The workbook says: {notice}", notice=notice) for notice in content.front.notices]
    policy = content.state.missing
    cells = [
        f"{partner}, {criterion}" + (f" (Partners!{ref})" if ref else "")
        for ref, partner, criterion in content.missing_cells
    ]
    if cells and policy in (MissingPolicy.WORST, MissingPolicy.MEAN):
        fill = (
            lang.t("the worst value on that criterion (its scale bound, else the worst observed value)")
            if policy == MissingPolicy.WORST
            else lang.t("the mean of the observed values on that criterion")
        )
        items.append(
            lang.t(
                "{count} missing values were counted as {fill}: {cells}.",
                count=len(cells),
                fill=fill,
                cells="; ".join(cells),
            )
        )
    for gap in content.missing_ranges:
        if gap.best != gap.worst:
            items.append(
                lang.t(
                    "{partner} ranks {rank} as filled; {best} to {worst} depending on its missing values.",
                    partner=gap.partner,
                    rank=gap.rank,
                    best=gap.best,
                    worst=gap.worst,
                )  # fmt: skip
            )
    if content.ranking.excluded:
        items.append(
            lang.t("Left out for missing values: {names}.", names=", ".join(content.ranking.excluded))
        )
    for method, _ in content.agreement.skipped:
        items.append(
            lang.t(
                "{method} could not score this study and is left out of the method comparison.",
                method=method.upper(),
            )
        )
    result = content.acceptability
    items.append(
        lang.t(
            "Monte Carlo figures: {samples} samples, seed {seed}; the same seed gives the same figures.",
            samples=lang.integer(result.samples),
            seed=result.seed,
        )
    )
    items.append(lang.t("Scores are rounded to three decimals; the result workbook keeps full precision."))
    return [Heading(lang.t("Data caveats")), Bullets(tuple(items))]


def _method_definition(key: str, lang: Language) -> str:
    from scoring.methods import get_method

    definitions = {
        "wsm": lang.t(
            "Weighted sum: each criterion is rescaled to 0-1 (1 = best; the scale bounds Min and Max when given, else the observed range) and the weighted values are added up. Higher is better."
        ),
        "wpm": lang.t(
            "Weighted product: the raw values are multiplied together, each raised to its weight (cost criteria to minus its weight), so a weak value on any criterion pulls the score down sharply. Higher is better."
        ),
        "topsis": lang.t(
            "TOPSIS: values are divided by the length of their column and weighted; the score is the distance to the worst profile divided by the sum of the distances to the best and the worst profile. Higher is better."
        ),
        "vikor": lang.t(
            "VIKOR: a compromise between the weighted total shortfall from the best values and the largest single shortfall (v = 0.5); the score Q is lower for better partners."
        ),
        "promethee": lang.t(
            "PROMETHEE II: every pair of partners is compared criterion by criterion with the criterion's preference function (the usual one, where any difference is full preference, unless the Criteria sheet sets thresholds); the score is the net flow, how much a partner outranks the others minus how much it is outranked. Higher is better."
        ),
    }
    method = get_method(key)
    return definitions.get(key, f"{method.label}: {method.description}")


def _appendix(content: BriefContent, lang: Language) -> list:
    from scoring.methods import get_method

    key = content.ranking.method
    paragraphs = [
        _method_definition(key, lang),
        lang.t(
            "Monte Carlo rank acceptability: the ranking is repeated for many random weightings around the weights used; the share of samples in which a partner ranks first measures how sure its place is (Lahdelma, Hokkanen and Salminen 1998)."
        ),
        lang.t(
            "Tipping point: the weight of one criterion at which another partner overtakes the leader, with the other weights rescaled in proportion (Triantaphyllou and Sanchez 1997)."
        ),
        lang.t(
            "Method comparison: the same weights and values ranked by {methods}; agreement between the rankings is measured with Kendall's tau and Spearman's rho in the result workbook.",
            methods=", ".join(m.upper() for m in content.agreement.methods),
        ),
        lang.t(
            "Scenario comparison: the ranking under each scenario's weights from the workbook; a robust choice is in the top {top} under every scenario.",
            top=content.scenarios.top if content.scenarios is not None else 3,
        ),
    ]
    return [
        Heading(lang.t("Appendix: how the figures were made")),
        *(Paragraph(text, small=True) for text in paragraphs),
        Paragraph(get_method(key).reference, lead=lang.t("Reference:"), small=True),
    ]
