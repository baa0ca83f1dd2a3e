"""The sections of the decision report, in order; each lays out one part of `ReportData` on `Pages`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from duediligence.charts.draw_registers import draw_cost_curves, draw_risk_heat, draw_stakeholder_grid
from duediligence.charts.draw_scores import draw_first_place, draw_score_breakdown, draw_tornado
from duediligence.charts.numbers import amount, count, fixed
from duediligence.charts.numbers import percent as whole_percent
from duediligence.formats import format_day, format_number, format_percent
from duediligence.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from duediligence.kinds import kind_words
from duediligence.report.answers import critical_answers
from duediligence.report.value import value_for_money

if TYPE_CHECKING:
    from datetime import date

    from duediligence.decision.finance import OptionFinance
    from duediligence.report.data import ReportData
    from duediligence.report.pages import Pages

TOP_RISKS = 12

# Stored values the report writes as words (statuses, kinds, policies, bands), marked for lupdate.
VALUE_WORDS = (
    *(QT_TRANSLATE_NOOP("Report", "defining"), QT_TRANSLATE_NOOP("Report", "exploring")),
    *(QT_TRANSLATE_NOOP("Report", "evaluating"), QT_TRANSLATE_NOOP("Report", "deciding")),
    *(QT_TRANSLATE_NOOP("Report", "decided"), QT_TRANSLATE_NOOP("Report", "reviewed")),
    *(QT_TRANSLATE_NOOP("Report", "cancelled"), QT_TRANSLATE_NOOP("Report", "vendor product")),
    *(QT_TRANSLATE_NOOP("Report", "build"), QT_TRANSLATE_NOOP("Report", "extend")),
    *(QT_TRANSLATE_NOOP("Report", "do nothing"), QT_TRANSLATE_NOOP("Report", "other")),
    *(QT_TRANSLATE_NOOP("Report", "open"), QT_TRANSLATE_NOOP("Report", "mitigated")),
    *(QT_TRANSLATE_NOOP("Report", "accepted"), QT_TRANSLATE_NOOP("Report", "closed")),
    *(QT_TRANSLATE_NOOP("Report", "pending"), QT_TRANSLATE_NOOP("Report", "approved")),
    *(QT_TRANSLATE_NOOP("Report", "rejected"), QT_TRANSLATE_NOOP("Report", "ignore")),
    *(QT_TRANSLATE_NOOP("Report", "worst"), QT_TRANSLATE_NOOP("Report", "mean")),
    *(QT_TRANSLATE_NOOP("Report", "exclude"), QT_TRANSLATE_NOOP("Report", "flag")),
    *(QT_TRANSLATE_NOOP("Report", "low"), QT_TRANSLATE_NOOP("Report", "medium")),
    *(QT_TRANSLATE_NOOP("Report", "high"), QT_TRANSLATE_NOOP("Report", "critical")),
)
MONTHS = (
    *(QT_TRANSLATE_NOOP("Report", "January"), QT_TRANSLATE_NOOP("Report", "February")),
    *(QT_TRANSLATE_NOOP("Report", "March"), QT_TRANSLATE_NOOP("Report", "April")),
    *(QT_TRANSLATE_NOOP("Report", "May"), QT_TRANSLATE_NOOP("Report", "June")),
    *(QT_TRANSLATE_NOOP("Report", "July"), QT_TRANSLATE_NOOP("Report", "August")),
    *(QT_TRANSLATE_NOOP("Report", "September"), QT_TRANSLATE_NOOP("Report", "October")),
    *(QT_TRANSLATE_NOOP("Report", "November"), QT_TRANSLATE_NOOP("Report", "December")),
)


def words(value: str | None) -> str:
    """A stored value as a word of the report's language ("not_checked" -> "not checked")."""
    return translate("Report", value.replace("_", " ")) if value else ""


def day(value: date) -> str:
    """A date written out with a four-digit year ("05 December 2026", "05. Dezember 2026")."""
    text = translate("Report", "%1 %2 %3", "day, month, year")
    month = translate("Report", MONTHS[value.month - 1])
    return text.replace("%1", f"{value.day:02d}").replace("%2", month).replace("%3", str(value.year))


def money(value: float | None, currency: str = "") -> str:
    """A whole amount in the user's locale: with its currency (€8,000 / 8.000 €), or bare (8,000 /
    8.000) in a column whose heading names it; "—" when unknown."""
    return amount(value, currency)


def percent(value: float | None) -> str:
    """A rate such as an IRR with one decimal (12.5% / 12,5 %), or "—" where it is unknown or undefined."""
    return whole_percent(value, 1)


def payback(f: OptionFinance, horizon_years: int) -> str:
    """Years to pay back; "—" when the money is unknown, "> H y" when not within the horizon."""
    if not f.known:
        return "—"
    if f.payback_years is None:
        return translate("Report", "> %1 y").replace("%1", str(horizon_years))
    return translate("Report", "%1 y").replace("%1", fixed(f.payback_years, 1))


def title_page(pages: Pages, data: ReportData) -> None:
    e = data.evaluation
    pages.new_page()
    pages.y = 1.6
    pages.text(0, translate("Report", "DECISION REPORT"), 10, color="#666666", fontweight="bold")
    pages.y += 0.3
    pages.paragraph(e.title, 22, fontweight="bold")
    pages.paragraph(
        translate("Report", "%1 · status: %2 · prepared %3")
        .replace("%1", kind_words(e.kind))
        .replace("%2", words(e.status))
        .replace("%3", day(data.today)),
        10,
        color="#666666",
    )
    pages.y += 0.3
    chosen = next((o.name for o in data.matrix.options if o.id == e.chosen_option_id), None)
    not_set = translate("Report", "not set")
    pages.field(translate("Report", "Need"), e.need)
    pages.field(translate("Report", "Goals"), e.goals)
    pages.field(
        translate("Report", "Budget"), money(e.budget, e.currency) if e.budget is not None else not_set
    )
    pages.field(translate("Report", "Deadline"), day(e.deadline) if e.deadline else not_set)
    pages.field(translate("Report", "Status"), words(e.status))
    decided = chosen or translate("Report", "No decision recorded yet.")
    if chosen and (e.decided_on or e.decided_by):
        decided = decided_text(
            e.decided_on,
            e.decided_by,
            translate("Report", "%1 (decided on %2 by %3)"),
            translate("Report", "%1 (decided on %2)"),
            translate("Report", "%1 (decided by %3)"),
        ).replace("%1", chosen)
    pages.field(translate("Report", "Decision"), decided)
    pages.field(translate("Report", "Rationale"), e.rationale or "—")
    ranked = data.ranking.ranked()
    if ranked and not chosen:
        leading = translate("Report", "%1 (%2 of 100)").replace("%2", fixed(ranked[0].score, 1))
        pages.field(translate("Report", "Leading option"), leading.replace("%1", ranked[0].name))


def decided_text(on: date | None, by: str | None, both: str, only_on: str, only_by: str) -> str:
    """When and by whom, as far as recorded, in the sentence for what is known (%2: the day, %3: who)."""
    text = both if on and by else only_on if on else only_by
    return text.replace("%2", day(on) if on else "").replace("%3", by or "")


def options(pages: Pages, data: ReportData) -> None:
    pages.new_page()
    pages.heading(translate("Report", "The options"))
    if not data.matrix.options:
        pages.paragraph(translate("Report", "No options have been added yet."))
        return
    rows = []
    weeks = translate("Report", "%1 weeks")
    for o in data.matrix.options:
        ttr = (
            "—"
            if o.time_to_results_weeks is None
            else weeks.replace("%1", format_number(o.time_to_results_weeks))
        )
        rows.append((o.name, words(o.kind), o.vendor or "—", o.product or "—", ttr))
    headers = (
        translate("Report", "Option"),
        translate("Report", "Kind"),
        translate("Report", "Vendor"),
        translate("Report", "Product"),
        translate("Report", "Ready in"),
    )
    pages.table(headers, rows, (0.32, 0.15, 0.19, 0.22, 0.12))
    for o in data.matrix.options:
        if o.notes:
            pages.paragraph(f"{o.name}: {o.notes}", 8.5, color="#666666")


def ranking(pages: Pages, data: ReportData) -> None:
    r, currency = data.ranking, data.matrix.currency
    pages.heading(translate("Report", "Ranking"))
    if r.problem:
        pages.paragraph(r.problem)
    else:
        how = translate("Report", "Weighted score 0–100; missing scores: %1; must-haves: %2.")
        if data.scores.risk_adjusted:
            how = translate(
                "Report",
                "Weighted score 0–100; missing scores: %1; must-haves: %2. Scores are risk-adjusted.",
            )
        how = how.replace("%1", words(r.missing_policy)).replace("%2", words(r.must_have_policy))
        pages.paragraph(how, 9, color="#666666")
    rows = []
    for o in sorted(r.options, key=lambda o: (o.rank is None, o.rank or 0)):
        f = o.finance
        rows.append(
            (
                "–" if o.rank is None else str(o.rank),
                o.name,
                fixed(o.score, 1),
                whole_percent(o.missing_weight),
                money(f.tco),
                money(f.npv),
                percent(f.irr),
                payback(f, data.matrix.horizon_years),
            )
        )
    headers = (
        translate("Report", "Rank"),
        translate("Report", "Option"),
        translate("Report", "Score"),
        translate("Report", "Unscored"),
        translate("Report", "TCO (%1)").replace("%1", currency),
        translate("Report", "NPV (%1)").replace("%1", currency),
        translate("Report", "IRR"),
        translate("Report", "Payback"),
    )
    if rows:
        widths = (0.06, 0.27, 0.09, 0.1, 0.13, 0.13, 0.1, 0.12)
        pages.table(headers, rows, widths, right=(2, 3, 4, 5, 6, 7))
    unknown = [f"{o.name}: {o.finance.unknown_reason()}" for o in r.options if o.finance.unknown_reason()]
    if unknown:
        pages.paragraph(
            translate(
                "Report",
                "Money unknown (—), never counted as 0: %1. A criterion fed by costs counts such an option "
                "as unscored.",
            ).replace("%1", "; ".join(unknown)),
            8.5,
            color="#666666",
        )
    excluded = [o for o in r.options if o.excluded and o.exclusion_reason]
    for o in excluded:
        pages.paragraph(f"{o.name}: {o.exclusion_reason}", 8.5, color="#666666")
    if not r.problem:
        pages.chart(draw_score_breakdown, data.scores, 4.2)
    if r.criteria:
        pages.heading(translate("Report", "Criteria and weights"), 12)
        weights = [(c.group or "—", c.name, whole_percent(c.share), c.normalisation) for c in r.criteria]
        pages.table(
            (
                translate("Report", "Group"),
                translate("Report", "Criterion"),
                translate("Report", "Weight"),
                translate("Report", "How values became 0–1"),
            ),
            weights,
            (0.22, 0.33, 0.09, 0.36),
            right=(2,),
            size=8,
        )


def robustness(pages: Pages, data: ReportData) -> None:
    odds = data.odds
    pages.new_page()
    pages.heading(translate("Report", "How robust is the winner?"))
    if odds.problem:
        pages.paragraph(odds.problem)
        return
    for note in odds.notes:
        pages.paragraph(note, 9, color="#666666")
    pages.chart(draw_first_place, odds, 3.0)
    pages.chart(draw_tornado, data.tornado, 3.9)
    pages.heading(translate("Report", "What to find out next"), 12)
    if odds.find_out_next:
        pages.paragraph(
            translate(
                "Report", "Most likely to change the winner first, as counted over the %1 simulations."
            ).replace("%1", count(odds.draws)),
            8.5,
            color="#666666",
        )
        for k, sentence in enumerate(odds.find_out_next, 1):
            pages.paragraph(f"{k}. {sentence}", 9)
    else:
        pages.paragraph(translate("Report", "Nothing missing or uncertain could change the ranking."), 9.5)


def costs(pages: Pages, data: ReportData) -> None:
    pages.new_page()
    pages.heading(translate("Report", "Costs over the horizon"))
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
    headers = (
        translate("Report", "Option"),
        translate("Report", "TCO low"),
        translate("Report", "TCO (%1)").replace("%1", c.currency),
        translate("Report", "TCO high"),
        translate("Report", "NPV"),
        translate("Report", "IRR"),
    )
    pages.table(headers, rows, (0.4, 0.13, 0.13, 0.13, 0.13, 0.08), right=(1, 2, 3, 4, 5))
    pages.paragraph(
        translate(
            "Report",
            "Over %1 years; TCO undiscounted without benefits, NPV discounted at %2 with benefits; IRR: the "
            "rate at which the NPV is 0 (— where there is none, e.g. without returns). — means unknown: no "
            "costs entered, an amount or an exchange rate missing.",
        )
        .replace("%1", str(c.horizon_years))
        .replace("%2", format_percent(data.matrix.discount_rate, decimals=2)),
        8.5,
        color="#666666",
    )
    rates = data.matrix.rates
    if rates:
        stated = data.matrix.exchange_rates_on
        rate = translate("Report", "1 %1 = %2 %3", "one unit of a currency in the evaluation's currency")
        said = "; ".join(
            rate.replace("%2", format_number(value, decimals=6)).replace("%3", c.currency).replace("%1", code)
            for code, value in rates.items()
        )
        if stated:
            text = translate("Report", "Amounts in other currencies converted at %1 (rates stated on %2).")
            text = text.replace("%2", format_day(stated))
        else:
            text = translate(
                "Report", "Amounts in other currencies converted at %1 (the day of the rates not stated)."
            )
        pages.paragraph(text.replace("%1", said), 8.5, color="#666666")


def risks(pages: Pages, data: ReportData) -> None:
    from duediligence.decision.risks import band, counted_score

    pages.new_page()
    pages.heading(translate("Report", "Open risks"))
    summary = data.ranking.risks
    pages.chart(draw_risk_heat, data.heat, 3.9)
    if summary is None:
        return
    names = {o.option_id: o.name for o in summary.options}
    open_risks = [(counted_score(r), r) for r in summary.risks if not r.is_checklist and r.status != "closed"]
    open_risks.sort(key=lambda pair: -(pair[0] or 0))
    rows = []
    for counted, r in open_risks[:TOP_RISKS]:
        about = ", ".join(names.get(i, "?") for i in r.option_ids) or translate("Report", "all options")
        rows.append(
            (
                r.title,
                about,
                "—"
                if counted is None
                else translate("Report", "%1 %2", "a risk's score and its band")
                .replace("%2", words(band(counted)))
                .replace("%1", format_number(counted)),
                words(r.status),
                r.owner or "—",
            )
        )
    if rows:
        top = translate("Report", "Top %n open risk(s) by the score that counts", None, PLURAL, len(rows))
        pages.heading(top, 12)
        headers = (
            translate("Report", "Risk"),
            translate("Report", "Concerns"),
            translate("Report", "Score"),
            translate("Report", "Status"),
            translate("Report", "Owner"),
        )
        pages.table(headers, rows, (0.38, 0.26, 0.12, 0.11, 0.13))
    riskiest = summary.riskiest()
    if riskiest is not None:
        exposure = format_number(riskiest.exposure)
        text = translate("Report", "Riskiest option: %1 (exposure %2).").replace("%2", exposure)
        pages.paragraph(text.replace("%1", riskiest.name), 9.5)


def stakeholders(pages: Pages, data: ReportData) -> None:
    pages.new_page()
    pages.heading(translate("Report", "Stakeholders and approvals"))
    pages.chart(draw_stakeholder_grid, data.people, 4.2)
    pages.heading(translate("Report", "Approvals"), 12)
    if data.approvals:
        rows = [
            (
                a.subject,
                a.stakeholder or "—",
                words(a.status),
                format_day(a.decided_on) or "—",
            )
            for a in data.approvals
        ]
        headers = (
            translate("Report", "Subject"),
            translate("Report", "Who"),
            translate("Report", "Status"),
            translate("Report", "Decided on"),
        )
        pages.table(headers, rows, (0.55, 0.2, 0.12, 0.13))
        for a in data.approvals:
            if a.comment:
                pages.paragraph(f"{a.stakeholder or a.subject}: {a.comment}", 8.5, color="#666666")
    pages.paragraph(data.gate, 10, fontweight="bold")


def decision(pages: Pages, data: ReportData) -> None:
    e = data.evaluation
    pages.heading(translate("Report", "Decision and rationale"))
    chosen = next((o.name for o in data.matrix.options if o.id == e.chosen_option_id), None)
    if chosen is None:
        ranked = data.ranking.ranked()
        if ranked:
            text = translate(
                "Report", "No decision has been recorded yet. The ranking currently leads with %1."
            )
            pages.paragraph(text.replace("%1", ranked[0].name))
        else:
            pages.paragraph(translate("Report", "No decision has been recorded yet."))
        return
    pages.paragraph(translate("Report", "Chosen: %1").replace("%1", chosen), 12, fontweight="bold")
    if e.decided_on or e.decided_by:
        when = decided_text(
            e.decided_on,
            e.decided_by,
            translate("Report", "Decided on %2 by %3"),
            translate("Report", "Decided on %2"),
            translate("Report", "Decided by %3"),
        )
        pages.paragraph(when, 9.5, color="#666666")
    pages.paragraph(e.rationale or translate("Report", "No rationale recorded."))


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
