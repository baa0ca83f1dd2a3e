"""The Matrix sheet's bar chart: options in rank order (best on top), options that are not ranked in
grey and marked "(not ranked)" at the end. The order is live: four hidden working rows of the results
block sort the options by their current rank (place p in option column p), and the chart reads them."""

from __future__ import annotations

from typing import Any

from duediligence.exchange import matrix_layout as M
from duediligence.exchange.matrix_layout import MatrixLayout, col_name
from duediligence.exchange.matrix_values import Cached, MatrixValues
from duediligence.exchange.xlsx_book import GREY, Book, write_formula

RANKED_COLOUR, OTHER_COLOUR = "#4472C4", "#BFBFBF"
NOT_RANKED = " (not ranked)"


def chart_order(rank: Cached, j: int, k: int) -> float:
    """The sort key of option column j: its rank, options without one after every ranked option, ties
    in column order."""
    return (rank if isinstance(rank, int) else k + 1) + (j + 1) / (10 * (k + 1))


def add_chart(book: Book, ws: Any, lay: MatrixLayout, names: list[str], values: MatrixValues) -> None:
    if not lay.k or not lay.n:
        return
    k = lay.k
    score = M.ADJUSTED if lay.adjusted else M.TOTAL

    def row(label: str) -> str:
        r = lay.result(label) + 1
        return f"${col_name(lay.option(0))}${r}:${col_name(lay.last_option)}${r}"

    ranks, scores, order = row(M.RANK), row(score), row(M.CHART_ORDER)
    top = lay.results_header + 1
    header = f"${col_name(lay.option(0))}${top}:${col_name(lay.last_option)}${top}"  # the option names
    keys = [chart_order(values.results[j][M.RANK], j, k) for j in range(k)]
    places = sorted(range(k), key=lambda j: keys[j])
    for p in range(k):
        col, c = lay.option(p), col_name(lay.option(p))
        rank_cell = f"{c}${lay.result(M.RANK) + 1}"
        write_formula(
            book,
            ws,
            lay.result(M.CHART_ORDER),
            col,
            f"=IF(ISNUMBER({rank_cell}),{rank_cell},{k + 1})+{p + 1}/{10 * (k + 1)}",
            keys[p],
            font_color=GREY,
        )
        pick = f"MATCH(SMALL({order},{p + 1}),{order},0)"
        shown = places[p]
        rank, total = values.results[shown][M.RANK], values.results[shown][score]
        ranked, number = isinstance(rank, int), isinstance(total, float)
        label = f"{rank}. {names[shown]}" if ranked else f"{names[shown]}{NOT_RANKED}"
        cells = {
            M.CHART_LABEL: (
                f'=IF(ISNUMBER(INDEX({ranks},1,{pick})),INDEX({ranks},1,{pick})&". "&'
                f'INDEX({header},1,{pick}),INDEX({header},1,{pick})&"{NOT_RANKED}")',
                label,
            ),
            M.CHART_RANKED: (
                f"=IF(AND(ISNUMBER(INDEX({ranks},1,{pick})),ISNUMBER(INDEX({scores},1,{pick}))),"
                f"INDEX({scores},1,{pick}),0)",
                total if ranked and number else 0,
            ),
            M.CHART_OTHER: (
                f"=IF(AND(NOT(ISNUMBER(INDEX({ranks},1,{pick}))),ISNUMBER(INDEX({scores},1,{pick}))),"
                f"INDEX({scores},1,{pick}),0)",
                total if not ranked and number else 0,
            ),
        }
        for label_row, (formula, cached) in cells.items():
            write_formula(book, ws, lay.result(label_row), col, formula, cached, font_color=GREY)
    sheet = "'" + ws.name.replace("'", "''") + "'"
    chart = book.wb.add_chart({"type": "bar"})
    for label_row, name, colour in (
        (M.CHART_RANKED, "Ranked", RANKED_COLOUR),
        (M.CHART_OTHER, "Not ranked", OTHER_COLOUR),
    ):
        chart.add_series(
            {
                "name": name,
                "categories": f"={sheet}!{row(M.CHART_LABEL)}",
                "values": f"={sheet}!{row(label_row)}",
                "fill": {"color": colour},
                "border": {"none": True},
                "data_labels": {"value": True, "num_format": "0.0;;;"},
                "overlap": 100,
                "gap": 60,
            }
        )
    title = "Risk-adjusted total (0–100)" if lay.adjusted else "Weighted total (0–100)"
    chart.set_title({"name": f"{title}, in rank order", "name_font": {"size": 11, "bold": True}})
    chart.set_x_axis({"min": 0, "max": 100, "major_unit": 20})
    chart.set_y_axis({"reverse": True})
    chart.set_legend({"position": "bottom"})
    chart.show_hidden_data()
    chart.set_size({"width": 760, "height": min(900, 120 + 28 * k)})
    ws.insert_chart(lay.chart_row, M.GROUP, chart, {"object_position": 1})
