"""The sections of the decision report, in order; each lays out one part of `ReportData` on `Pages`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from duediligence.charts.draw_registers import draw_cost_curves, draw_risk_heat, draw_stakeholder_grid
from duediligence.charts.draw_scores import draw_first_place, draw_score_breakdown, draw_tornado
from duediligence.report.answers import critical_answers
from duediligence.report.value import value_for_money

if TYPE_CHECKING:
    from duediligence.decision.finance import OptionFinance
    from duediligence.report.data import ReportData
    from duediligence.report.pages import Pages

TOP_RISKS = 12


def words(value: str | None) -> str:
    return (value or "").replace("_", " ")


def money(value: float | None, currency: str = "") -> str:
    if value is None:
        return "—"
    return f"{value:,.0f} {currency}".strip()


def percent(value: float | None) -> str:
    """A rate such as an IRR, or "—" where it is unknown or undefined."""
    return "—" if value is None else f"{value:.1%}"


def payback(f: OptionFinance, horizon_years: int) -> str:
    """Years to pay back; "—" when the money is unknown, "> H y" when not within the horizon."""
    if not f.known:
        return "—"
    return f"> {horizon_years} y" if f.payback_years is None else f"{f.payback_years:.1f} y"


def title_page(pages: Pages, data: ReportData) -> None:
    e = data.evaluation
    pages.new_page()
    pages.y = 1.6
    pages.text(0, "DECISION REPORT", 10, color="#666666", fontweight="bold")
    pages.y += 0.3
    pages.paragraph(e.title, 22, fontweight="bold")
    pages.paragraph(
        f"{words(e.kind).capitalize()} · status: {words(e.status)} · prepared {data.today:%d %B %Y}",
        10,
        color="#666666",
    )
    pages.y += 0.3
    chosen = next((o.name for o in data.matrix.options if o.id == e.chosen_option_id), None)
    pages.field("Need", e.need)
    pages.field("Goals", e.goals)
    pages.field("Budget", money(e.budget, e.currency) if e.budget is not None else "not set")
    pages.field("Deadline", f"{e.deadline:%d %B %Y}" if e.deadline else "not set")
    pages.field("Status", words(e.status))
    decided = f"{chosen}" if chosen else "No decision recorded yet."
    if chosen and (e.decided_on or e.decided_by):
        when = f" on {e.decided_on:%d %B %Y}" if e.decided_on else ""
        decided += f" (decided{when}{' by ' + e.decided_by if e.decided_by else ''})"
    pages.field("Decision", decided)
    pages.field("Rationale", e.rationale or "—")
    ranked = data.ranking.ranked()
    if ranked and not chosen:
        pages.field("Leading option", f"{ranked[0].name} ({ranked[0].score:.1f} of 100)")


def options(pages: Pages, data: ReportData) -> None:
    pages.new_page()
    pages.heading("The options")
    if not data.matrix.options:
        pages.paragraph("No options have been added yet.")
        return
    rows = []
    for o in data.matrix.options:
        ttr = "—" if o.time_to_results_weeks is None else f"{o.time_to_results_weeks:g} weeks"
        rows.append((o.name, words(o.kind), o.vendor or "—", o.product or "—", ttr))
    pages.table(("Option", "Kind", "Vendor", "Product", "Ready in"), rows, (0.32, 0.15, 0.19, 0.22, 0.12))
    for o in data.matrix.options:
        if o.notes:
            pages.paragraph(f"{o.name}: {o.notes}", 8.5, color="#666666")


def ranking(pages: Pages, data: ReportData) -> None:
    r, currency = data.ranking, data.matrix.currency
    pages.heading("Ranking")
    if r.problem:
        pages.paragraph(r.problem)
    else:
        policies = f"missing scores: {words(r.missing_policy)}; must-haves: {r.must_have_policy}"
        how = f"Weighted score 0–100; {policies}."
        if data.scores.risk_adjusted:
            how += " Scores are risk-adjusted."
        pages.paragraph(how, 9, color="#666666")
    rows = []
    for o in sorted(r.options, key=lambda o: (o.rank is None, o.rank or 0)):
        f = o.finance
        rows.append(
            (
                "–" if o.rank is None else str(o.rank),
                o.name,
                "—" if o.score is None else f"{o.score:.1f}",
                f"{o.missing_weight:.0%}",
                money(f.tco),
                money(f.npv),
                percent(f.irr),
                payback(f, data.matrix.horizon_years),
            )
        )
    headers = (
        "Rank",
        "Option",
        "Score",
        "Unscored",
        f"TCO ({currency})",
        f"NPV ({currency})",
        "IRR",
        "Payback",
    )
    if rows:
        widths = (0.07, 0.3, 0.08, 0.1, 0.13, 0.13, 0.09, 0.1)
        pages.table(headers, rows, widths, right=(2, 3, 4, 5, 6, 7))
    unknown = [f"{o.name}: {o.finance.unknown_reason()}" for o in r.options if o.finance.unknown_reason()]
    if unknown:
        pages.paragraph(
            "Money unknown (—), never counted as 0: "
            + "; ".join(unknown)
            + ". A criterion fed by costs counts "
            "such an option as unscored.",
            8.5,
            color="#666666",
        )
    excluded = [o for o in r.options if o.excluded and o.exclusion_reason]
    for o in excluded:
        pages.paragraph(f"{o.name}: {o.exclusion_reason}", 8.5, color="#666666")
    if not r.problem:
        pages.chart(draw_score_breakdown, data.scores, 4.2)
    if r.criteria:
        pages.heading("Criteria and weights", 12)
        weights = [(c.group or "—", c.name, f"{c.share:.0%}", c.normalisation) for c in r.criteria]
        pages.table(
            ("Group", "Criterion", "Weight", "How values became 0–1"),
            weights,
            (0.22, 0.33, 0.09, 0.36),
            right=(2,),
            size=8,
        )


def robustness(pages: Pages, data: ReportData) -> None:
    odds = data.odds
    pages.new_page()
    pages.heading("How robust is the winner?")
    if odds.problem:
        pages.paragraph(odds.problem)
        return
    for note in odds.notes:
        pages.paragraph(note, 9, color="#666666")
    pages.chart(draw_first_place, odds, 3.0)
    pages.chart(draw_tornado, data.tornado, 3.9)
    pages.heading("What to find out next", 12)
    if odds.find_out_next:
        pages.paragraph(
            f"Most likely to change the winner first, as counted over the {odds.draws:,} simulations.",
            8.5,
            color="#666666",
        )
        for k, sentence in enumerate(odds.find_out_next, 1):
            pages.paragraph(f"{k}. {sentence}", 9)
    else:
        pages.paragraph("Nothing missing or uncertain could change the ranking.", 9.5)


def costs(pages: Pages, data: ReportData) -> None:
    pages.new_page()
    pages.heading("Costs over the horizon")
    c = data.costs
    if c.problem:
        pages.paragraph(c.problem)
        return
    pages.chart(draw_cost_curves, c, 4.6)
    money_by_id = {o.id: o.finance for o in data.ranking.options}
    rows = []
    for option in data.matrix.options:
        f = money_by_id[option.id]
        rows.append(
            (option.name, money(f.tco_low), money(f.tco), money(f.tco_high), money(f.npv), percent(f.irr))
        )
    headers = ("Option", "TCO low", f"TCO ({c.currency})", "TCO high", "NPV", "IRR")
    pages.table(headers, rows, (0.4, 0.13, 0.13, 0.13, 0.13, 0.08), right=(1, 2, 3, 4, 5))
    pages.paragraph(
        f"Over {c.horizon_years} years; TCO undiscounted without benefits, NPV discounted at "
        f"{data.matrix.discount_rate:.0%} with benefits; IRR: the rate at which the NPV is 0 (— where "
        "there is none, e.g. without returns). — means unknown: no costs entered, an amount or an "
        "exchange rate missing.",
        8.5,
        color="#666666",
    )
    rates = data.matrix.rates
    if rates:
        stated = data.matrix.exchange_rates_on
        when = f" (rates stated on {stated.isoformat()})" if stated else " (the day of the rates not stated)"
        said = "; ".join(f"1 {code} = {rate:g} {c.currency}" for code, rate in rates.items())
        pages.paragraph(f"Amounts in other currencies converted at {said}{when}.", 8.5, color="#666666")


def risks(pages: Pages, data: ReportData) -> None:
    from duediligence.decision.risks import band, counted_score

    pages.new_page()
    pages.heading("Open risks")
    summary = data.ranking.risks
    pages.chart(draw_risk_heat, data.heat, 3.9)
    if summary is None:
        return
    names = {o.option_id: o.name for o in summary.options}
    open_risks = [(counted_score(r), r) for r in summary.risks if not r.is_checklist and r.status != "closed"]
    open_risks.sort(key=lambda pair: -(pair[0] or 0))
    rows = []
    for counted, r in open_risks[:TOP_RISKS]:
        about = ", ".join(names.get(i, "?") for i in r.option_ids) or "all options"
        rows.append(
            (
                r.title,
                about,
                "—" if counted is None else f"{counted} {band(counted)}",
                words(r.status),
                r.owner or "—",
            )
        )
    if rows:
        pages.heading(f"Top {len(rows)} open risks by the score that counts", 12)
        pages.table(("Risk", "Concerns", "Score", "Status", "Owner"), rows, (0.38, 0.26, 0.12, 0.11, 0.13))
    riskiest = summary.riskiest()
    if riskiest is not None:
        pages.paragraph(f"Riskiest option: {riskiest.name} (exposure {riskiest.exposure}).", 9.5)


def stakeholders(pages: Pages, data: ReportData) -> None:
    pages.new_page()
    pages.heading("Stakeholders and approvals")
    pages.chart(draw_stakeholder_grid, data.people, 4.2)
    pages.heading("Approvals", 12)
    if data.approvals:
        rows = [
            (
                a.subject,
                a.stakeholder or "—",
                words(a.status),
                a.decided_on.isoformat() if a.decided_on else "—",
            )
            for a in data.approvals
        ]
        pages.table(("Subject", "Who", "Status", "Decided on"), rows, (0.55, 0.2, 0.12, 0.13))
        for a in data.approvals:
            if a.comment:
                pages.paragraph(f"{a.stakeholder or a.subject}: {a.comment}", 8.5, color="#666666")
    pages.paragraph(data.gate, 10, fontweight="bold")


def decision(pages: Pages, data: ReportData) -> None:
    e = data.evaluation
    pages.heading("Decision and rationale")
    chosen = next((o.name for o in data.matrix.options if o.id == e.chosen_option_id), None)
    if chosen is None:
        ranked = data.ranking.ranked()
        lead = f" The ranking currently leads with {ranked[0].name}." if ranked else ""
        pages.paragraph(f"No decision has been recorded yet.{lead}")
        return
    pages.paragraph(f"Chosen: {chosen}", 12, fontweight="bold")
    if e.decided_on or e.decided_by:
        pages.paragraph(
            f"Decided {'on ' + e.decided_on.isoformat() if e.decided_on else ''} "
            f"{'by ' + e.decided_by if e.decided_by else ''}".strip(),
            9.5,
            color="#666666",
        )
    pages.paragraph(e.rationale or "No rationale recorded.")


SECTIONS = (
    title_page,
    options,
    ranking,
    robustness,
    costs,
    value_for_money,
    risks,
    critical_answers,
    stakeholders,
    decision,
)
