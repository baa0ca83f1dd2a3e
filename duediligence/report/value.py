"""The report's "Value for money" section: benefit against money with the efficient frontier, who is
dominated and by whom, the price per benefit point, what each step up the frontier costs per point,
and whether the discount rate or the horizon could change the winner.

Every sentence is translated whole (the amounts in the user's locale), never glued from pieces."""

from __future__ import annotations

from typing import TYPE_CHECKING

from duediligence.charts.draw_money import draw_money_sensitivity, draw_value_for_money
from duediligence.charts.numbers import amount, fixed
from duediligence.i18n import PLURAL, translate

if TYPE_CHECKING:
    from duediligence.decision.value_for_money import Point
    from duediligence.report.data import ReportData
    from duediligence.report.pages import Pages


def dominance_sentence(point: Point, other: Point, currency: str, measure: str) -> str:
    """Why `point` is dominated by `other`, as one sentence: "BigSuite costs €8,000 more and scores
    6 points lower than OpenLedger." """
    from duediligence.decision.value_for_money import TOLERANCE, net_cost

    assert point.money is not None and other.money is not None
    assert point.benefit is not None and other.benefit is not None
    extra = net_cost(measure, point.money) - net_cost(measure, other.money)
    lower = other.benefit - point.benefit
    points = round(lower)
    dearer = extra > TOLERANCE
    if lower > TOLERANCE and points:
        text = (
            translate(
                "Report", "%1 costs %2 more and scores %n point(s) lower than %3.", None, PLURAL, points
            )
            if dearer
            else translate(
                "Report", "%1 costs the same and scores %n point(s) lower than %3.", None, PLURAL, points
            )
        )
    elif lower > TOLERANCE:
        text = (
            translate("Report", "%1 costs %2 more and scores lower than %3.")
            if dearer
            else translate("Report", "%1 costs the same and scores lower than %3.")
        )
    else:
        text = (
            translate("Report", "%1 costs %2 more and scores the same as %3.")
            if dearer
            else translate("Report", "%1 costs the same and scores the same as %3.")
        )
    text = text.replace("%2", amount(extra, currency)).replace("%3", other.name)
    return text.replace("%1", point.name)


def dominance_lines(data: ReportData) -> list[str]:
    """One sentence per dominated option, naming the cheapest option that beats it."""
    from duediligence.decision.value_for_money import net_cost

    vfm = data.ranking.value_for_money
    if vfm is None:
        return []
    lines = []
    for point in vfm.points:
        if not point.dominated_by:
            continue
        others = [p for p in vfm.points if p.id in point.dominated_by]
        other = min(others, key=lambda p: net_cost(vfm.measure, p.money or 0.0))
        lines.append(dominance_sentence(point, other, data.ranking.currency, vfm.measure))
    return lines


def value_for_money(pages: Pages, data: ReportData) -> None:
    vfm, currency = data.ranking.value_for_money, data.ranking.currency
    pages.new_page()
    pages.heading(translate("Report", "Value for money"))
    if data.value.problem or vfm is None:
        problem = translate("Charts", data.value.problem) if data.value.problem else None
        pages.paragraph(problem or translate("Report", "The options cannot be ranked yet."))
    else:
        pages.chart(draw_value_for_money, data.value, 4.2)
        measure = translate("Report", "TCO (%1)") if vfm.measure == "tco" else translate("Report", "NPV (%1)")
        ranked = {o.id: o for o in data.ranking.options}
        rows = []
        for p in vfm.points:
            option = ranked[p.id]
            if option.rank is None:  # excluded: its money is known, it just takes no part
                shown = getattr(option.finance, vfm.measure)
                rows.append((p.name, "—", amount(shown), "—", translate("Report", "not ranked")))
                continue
            frontier = translate("Report", "frontier") if p.on_frontier else ""
            beaten = ", ".join(vfm.names(p.dominated_by)) or frontier
            rows.append((p.name, fixed(p.benefit, 1), amount(p.money), amount(p.price_per_point), beaten))
        headers = (
            translate("Report", "Option"),
            translate("Report", "Benefit"),
            measure.replace("%1", currency),
            translate("Report", "Per point"),
            translate("Report", "Dominated by"),
        )
        pages.table(headers, rows, (0.34, 0.1, 0.16, 0.12, 0.28), right=(1, 2, 3))
        for line in dominance_lines(data):
            pages.paragraph(line, 9)
        for step in vfm.steps:
            cheaper, dearer = vfm.names([step.from_id, step.to_id])
            sentence = translate("Report", "From %1 to %2: %3 more for %4 more points, %5 a point.")
            pages.paragraph(
                sentence.replace("%3", amount(step.extra_cost, currency))
                .replace("%4", fixed(step.extra_points, 1))
                .replace("%5", amount(step.cost_per_point, currency))
                .replace("%2", dearer)
                .replace("%1", cheaper),
                9,
            )
        pages.paragraph(
            translate(
                "Report",
                "Benefit: the weighted score without the criteria fed by costs (TCO or NPV), so money is not "
                "counted twice. Dominated: another option costs no more and scores no lower. Per point: the "
                "net cost per benefit point. — means unknown.",
            ),
            8.5,
            color="#666666",
        )
    pages.heading(translate("Report", "Discount rate and horizon"), 12)
    if data.money.problem:
        pages.paragraph(translate("Charts", data.money.problem), 9.5)
        return
    pages.chart(draw_money_sensitivity, data.money, 3.6)
