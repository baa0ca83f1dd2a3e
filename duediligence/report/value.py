"""The report's "Value for money" section: benefit against money with the efficient frontier, who is
dominated and by whom, the price per benefit point, what each step up the frontier costs per point,
and whether the discount rate or the horizon could change the winner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from duediligence.charts.draw_money import draw_money_sensitivity, draw_value_for_money

if TYPE_CHECKING:
    from duediligence.report.data import ReportData
    from duediligence.report.pages import Pages


def _money(value: float | None, currency: str = "") -> str:
    return "—" if value is None else f"{value:,.0f} {currency}".strip()


def dominance_lines(data: ReportData) -> list[str]:
    """One sentence per dominated option, naming the cheapest option that beats it."""
    from duediligence.decision.value_for_money import dominance_sentence, net_cost

    vfm = data.ranking.value_for_money
    if vfm is None:
        return []
    lines = []
    for point in vfm.points:
        if not point.dominated_by:
            continue
        others = [p for p in vfm.points if p.id in point.dominated_by]
        other = min(others, key=lambda p: net_cost(vfm.measure, p.money or 0.0))
        text = dominance_sentence(point, other, lambda x: _money(x, data.ranking.currency), vfm.measure)
        lines.append(f"{point.name} {text}.")
    return lines


def value_for_money(pages: Pages, data: ReportData) -> None:
    vfm, currency = data.ranking.value_for_money, data.ranking.currency
    pages.new_page()
    pages.heading("Value for money")
    if data.value.problem or vfm is None:
        pages.paragraph(data.value.problem or "The options cannot be ranked yet.")
    else:
        pages.chart(draw_value_for_money, data.value, 4.2)
        measure = "TCO" if vfm.measure == "tco" else "NPV"
        ranked = {o.id: o for o in data.ranking.options}
        rows = []
        for p in vfm.points:
            option = ranked[p.id]
            if option.rank is None:  # excluded: its money is known, it just takes no part
                shown = getattr(option.finance, vfm.measure)
                rows.append((p.name, "—", _money(shown), "—", "not ranked"))
                continue
            beaten = ", ".join(vfm.names(p.dominated_by)) or ("frontier" if p.on_frontier else "")
            benefit = "—" if p.benefit is None else f"{p.benefit:.1f}"
            rows.append((p.name, benefit, _money(p.money), _money(p.price_per_point), beaten))
        headers = ("Option", "Benefit", f"{measure} ({currency})", "Per point", "Dominated by")
        pages.table(headers, rows, (0.34, 0.1, 0.16, 0.12, 0.28), right=(1, 2, 3))
        for line in dominance_lines(data):
            pages.paragraph(line, 9)
        for step in vfm.steps:
            cheaper, dearer = vfm.names([step.from_id, step.to_id])
            pages.paragraph(
                f"From {cheaper} to {dearer}: {_money(step.extra_cost, currency)} more for "
                f"{step.extra_points:.1f} more points, {_money(step.cost_per_point, currency)} a point.",
                9,
            )
        pages.paragraph(
            "Benefit: the weighted score without the criteria fed by costs (TCO or NPV), so money is not "
            "counted twice. Dominated: another option costs no more and scores no lower. Per point: the "
            "net cost per benefit point. — means unknown.",
            8.5,
            color="#666666",
        )
    pages.heading("Discount rate and horizon", 12)
    if data.money.problem:
        pages.paragraph(data.money.problem, 9.5)
        return
    pages.chart(draw_money_sensitivity, data.money, 3.6)
