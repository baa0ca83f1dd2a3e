"""The "Value for money" block of the Computed sheet: the app's benefit scores, money, price per point,
dominance and the steps up the efficient frontier, as plain values (cached: readers that do not
calculate see them), and the exchange rates the money was converted at."""

from __future__ import annotations

from typing import Any

from duediligence.exchange import layout as L
from duediligence.exchange.xlsx_book import GREY, write_value
from duediligence.exchange.xlsx_sheet_base import HEADER

SHEET = "Computed"


def value_block(writer: Any, ws: Any, row: int, ranking: Any, rates: dict[str, float], rates_on: Any) -> int:
    """Write the block from `row`; returns the first row after it."""
    vfm = ranking.value_for_money
    writer.text(ws, row, 0, "Value for money", SHEET, bold=True)
    row += 1
    if vfm is None:
        writer.text(ws, row, 0, ranking.problem or "The options cannot be ranked yet.", SHEET)
        return row + 2
    money = "TCO" if vfm.measure == "tco" else "NPV"
    heads = ["Option", "Benefit score (0–100)", money, "Per benefit point", "Dominated by", "On the frontier"]
    for j, head in enumerate(heads):
        writer.text(ws, row, j, head, SHEET, **HEADER)
    for i, point in enumerate(vfm.points, start=row + 1):
        cells = [
            point.name,
            point.benefit,
            point.money,
            point.price_per_point,
            ", ".join(vfm.names(point.dominated_by)) or None,
            L.YES if point.on_frontier else L.NO,
        ]
        for j, value in enumerate(cells):  # unknown stays blank, never 0
            style = {"num_format": "0.0"} if j == 1 else {"num_format": L.MONEY_FORMAT} if j in (2, 3) else {}
            write_value(writer.book, ws, i, j, value, f"{SHEET}, value for money, {point.name}", **style)
    row += len(vfm.points) + 2
    for step in vfm.steps:
        cheaper, dearer = vfm.names([step.from_id, step.to_id])
        line = (
            f"From {cheaper} to {dearer}: {step.extra_cost:,.0f} more for {step.extra_points:.1f} more "
            f"points, {step.cost_per_point:,.0f} a point."
        )
        writer.text(ws, row, 0, line, SHEET)
        row += 1
    note = (
        "Benefit score: the weighted score without the criteria fed by costs (TCO or NPV). Dominated: "
        "another option costs no more and scores no lower. Options not ranked take no part."
    )
    writer.text(ws, row, 0, note, SHEET, font_color=GREY, italic=True)
    row += 1
    if rates:
        said = "; ".join(f"1 {code} = {rate:g} {ranking.currency}" for code, rate in rates.items())
        when = f"stated on {rates_on}" if rates_on else "the day they were stated is not given"
        writer.text(ws, row, 0, f"Exchange rates used: {said} ({when}).", SHEET, font_color=GREY, italic=True)
        row += 1
    return row + 1
