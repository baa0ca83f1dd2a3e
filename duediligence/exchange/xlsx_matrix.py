"""The Matrix sheet: weights and scores as inputs; shares, utilities, totals and ranks as live formulas
that give the app's numbers, each stored with its result (see matrix_formulas for how they survive
sorting and inserted rows, matrix_values for the results, matrix_layout for where things sit).

What stays a value (grey, with a note): weights derived from pairwise comparisons, criterion values
derived from costs and timing (TCO, NPV, time to results), and risk exposure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from duediligence.decision.scoring import FIXED_SCALES, scale_bounds
from duediligence.decision.value_functions import Discrete, ValueFunction, parse_value_function
from duediligence.exchange import layout as L
from duediligence.exchange import matrix_layout as M
from duediligence.exchange.matrix_chart import add_chart
from duediligence.exchange.matrix_formulas import MatrixFormulas
from duediligence.exchange.matrix_layout import MatrixLayout
from duediligence.exchange.matrix_values import CriterionRow, MatrixValues, compute
from duediligence.exchange.safety import header_text
from duediligence.exchange.xlsx_book import GREY, write_formula, write_value
from duediligence.exchange.xlsx_sheet_base import FIXED, HEADER, INPUT, SheetWriter, a1, span, wrapped_height

WIDTHS = [5, 16, 32, 8, 8, 8, 7, 7, 7, 7, 22, 9]
OPTION_WIDTH = 13
# A4 landscape within the margins, in points, and a default row: to keep the chart off a page break.
PAGE_WIDTH, PAGE_HEIGHT, ROW_HEIGHT = 770.0, 440.0, 15.0
UTILITY = {"num_format": '0.000;"—"', "font_color": GREY}
RESULT_LABEL = {"bold": True, "valign": "top"}
WORKING_LABEL = {"italic": True, "font_color": GREY}
NORMALISATION = {
    "0-10": "scale 0–10",
    "1-5": "scale 1–5",
    "yes-no": "yes/no (no = 0, yes = 1)",
    "percent": "percent 0–100",
}


class MatrixSheet(SheetWriter):
    """The Matrix sheet, its results block and its chart."""

    def matrix(self) -> None:
        criteria, options = self.criteria, self.options
        adjusted = self.src.exposures is not None
        lay = MatrixLayout(len(criteria), len(options), adjusted)
        self.layout = lay
        ws = self.sheet("Matrix", span(lay.header, 0, lay.header, lay.last_option, absolute=True))
        headers = self._headers()
        rows = [self._row(c) for c in criteria]
        values = compute(
            rows,
            [o["id"] for o in options],
            [L.YES if o["excluded"] else L.NO for o in options],
            self.doc["missing_policy"],
            self.doc["must_have_policy"],
            [self.src.exposures.get(o["id"], 0.0) for o in options]
            if self.src.exposures is not None
            else None,
        )
        formulas = MatrixFormulas(lay, self.titles["Summary"], self.titles["Options"])
        widths = WIDTHS + [OPTION_WIDTH] * len(options)
        self.table(ws, "Matrix", lay.header, headers, lay.n, widths)
        for col, width in enumerate(widths):
            ws.set_column(col, col, width)
        for i, (c, row) in enumerate(zip(criteria, rows, strict=True)):
            self._criterion(ws, lay, formulas, values, i, c, row)
        self._working_columns(ws, lay)
        self._results(ws, lay, formulas, values)
        self._looks(ws, lay)
        ws.freeze_panes(lay.first, M.FIRST_OPTION)
        add_chart(self.book, ws, lay, [h for h, _ in self.option_columns], values)
        self.finish(ws, (lay.header, lay.header))
        chart_rows = (120 + 28 * lay.k) * 0.75 / ROW_HEIGHT
        ws.print_area(0, 0, lay.chart_row + int(chart_rows) + 1, lay.last_option)
        if _chart_breaks_a_page(lay, widths, chart_rows):
            ws.set_h_pagebreaks([lay.chart_row])

    # --- the criteria table -----------------------------------------------------------------------

    def _headers(self) -> list[str]:
        taken = {h.lower() for h in L.MATRIX_HEADERS}
        headers = list(L.MATRIX_HEADERS)
        for o in self.options:
            h, i = header_text(o["name"]), 1
            base = h
            while h.lower() in taken:
                i += 1
                h = f"{base} ({i})"
            taken.add(h.lower())
            headers.append(h)
            self.option_columns.append((h, o["id"]))
        return headers

    def _row(self, c: dict[str, Any]) -> CriterionRow:
        derived = c["value_source"] != "manual"
        lo, hi, _ = self._bounds(c, derived)
        if derived:
            values = tuple(self.src.derived.get((o["id"], c["id"])) for o in self.options)
        else:
            scores = self._scores()
            values = tuple(scores.get((o["id"], c["id"])) for o in self.options)
        threshold = c["must_have_threshold"] if c["must_have"] else None
        return CriterionRow(
            c["id"], self._weight(c), self._direction(c, derived), lo, hi, threshold, values, _function(c)
        )

    def _scores(self) -> dict[tuple[int, int], float | None]:
        if not hasattr(self, "_score_cells"):
            self._score_cells = {(s["option_id"], s["criterion_id"]): s["value"] for s in self.doc["scores"]}
        return self._score_cells

    def _weight(self, c: dict[str, Any]) -> float | None:
        """The weight as the app ranks by it; None for pairwise comparisons the app could not use."""
        if self.doc["weight_source"] == "pairwise":
            shares = {rc.id: rc.weight for rc in self.src.ranking.criteria}
            return float(shares[c["id"]]) if c["id"] in shares else None
        return float(c["weight"])

    @staticmethod
    def _direction(c: dict[str, Any], derived: bool) -> str:
        return str(("higher" if c["value_source"] == "npv" else "lower") if derived else c["direction"])

    def _criterion(
        self,
        ws: Any,
        lay: MatrixLayout,
        f: MatrixFormulas,
        values: MatrixValues,
        i: int,
        c: dict[str, Any],
        row: CriterionRow,
    ) -> None:
        r = lay.criterion(i)
        book = self.book
        derived = c["value_source"] != "manual"
        unit = self.doc["currency"] if c["value_source"] in ("tco", "npv") else c["unit"]
        scale = f"from {c['value_source']}" if derived else c["scale"]
        where = f"Matrix, criterion {c['name']!r}"
        cells = [c["id"], self.group_of.get(c["id"], ""), c["name"], scale, row.direction, unit]
        for col, value in enumerate(cells):
            write_value(book, ws, r, col, value, where, valign="top", text_wrap=col == M.CRITERION)
        pairwise = self.doc["weight_source"] == "pairwise"
        weight_style = {**FIXED, "num_format": "0.00##"} if pairwise else {**INPUT, "num_format": "0.00##"}
        write_value(book, ws, r, M.WEIGHT, row.weight, where, **weight_style)
        write_formula(book, ws, r, M.SHARE, f.share(r), values.shares[i], num_format="0.0%")
        _, _, method = self._bounds(c, derived)
        for col, bound, which in ((M.LOW, row.lo, "MIN"), (M.HIGH, row.hi, "MAX")):
            cached = values.lows[i] if col == M.LOW else values.highs[i]
            if bound is not None:
                write_value(book, ws, r, col, bound, where, num_format=L.NUMBER_FORMAT)
            else:
                write_formula(book, ws, r, col, f.low_high(r, which), cached, num_format=L.NUMBER_FORMAT)
        self.text(ws, r, M.NORMALISATION, method, where, valign="top")
        write_value(book, ws, r, M.THRESHOLD, row.threshold, where, num_format=L.NUMBER_FORMAT)
        score_style = {**FIXED, "bg_color": "#EDEDED"} if derived else INPUT
        score_format = book.fmt(num_format=L.NUMBER_FORMAT, **score_style)
        utility_format = book.fmt(**UTILITY)
        utilities = values.utilities[i]
        for j, value in enumerate(row.values):
            write_value(book, ws, r, lay.option(j), value, where, score_format)
            formula = f.utility(r, j, row.function)
            write_formula(book, ws, r, lay.utility(j), formula, utilities[j], utility_format)
        write_formula(book, ws, r, lay.mean, f.mean(r), values.means[i], **UTILITY)
        write_formula(book, ws, r, lay.counted, f.counted(r), values.counted[i], font_color=GREY)
        write_formula(
            book, ws, r, lay.weight_problem, f.weight_problem(r), values.weight_problems[i], font_color=GREY
        )
        for col, above, cached in (
            (lay.fails_above, True, values.fails_above[i]),
            (lay.fails_below, False, values.fails_below[i]),
        ):
            write_formula(
                book, ws, r, col, f.fails_beyond(r, above), cached, font_color=GREY, num_format="General"
            )
        for col, formula, cached in (
            (lay.off_below, f.off_limit(r, below=True), values.off_below[i]),
            (lay.off_above, f.off_limit(r, below=False), values.off_above[i]),
            (lay.span, f.span(r), values.spans[i]),
        ):
            write_formula(book, ws, r, col, formula, cached, font_color=GREY, num_format="General")
        write_formula(book, ws, r, lay.row_check, f.row_check(r), values.row_checks[i], font_color="#C00000")
        if lay.k and not derived:
            lo, hi = self._validation_bounds(c)
            self.validation_number(
                ws,
                span(r, lay.option(0), r, lay.last_option),
                lo,
                hi,
                whole=isinstance(row.function, Discrete),
                what="Score",
                hint=f"{c['name']} ({method}). Leave empty when not known.",
            )
        elif derived and lay.k:
            ws.write_comment(
                a1(r, M.CRITERION),
                f"Values computed by the app from {c['value_source'].replace('_', ' ')} at export time "
                f"{self.stamp}; they are not recalculated when costs or timing change in this file. "
                "An empty cell is unknown, not 0 (no costs entered, or a cost without an amount).",
                {"author": "Due-Diligence Workbook", "x_scale": 2, "y_scale": 1.5},
            )
        if not pairwise:
            self.validation_number(
                ws,
                a1(r, M.WEIGHT),
                0,
                None,
                whole=False,
                what="Weight",
                hint="How much this criterion counts.",
            )

    def _working_columns(self, ws: Any, lay: MatrixLayout) -> None:
        hidden = {"level": 1, "hidden": True}
        for j, (h, _) in enumerate(self.option_columns):
            self.text(ws, lay.header, lay.utility(j), f"Utility: {h}", "Matrix", **HEADER, font_color=GREY)
            ws.set_column(lay.utility(j), lay.utility(j), 11, None, hidden)
        ws.set_column(lay.option(lay.k), lay.option(lay.k), 2, None, hidden)
        for col, text, width in (
            (lay.mean, "Mean utility", 11),
            (lay.counted, "Weight counted", 11),
            (lay.weight_problem, "Weight problem", 9),
            (lay.fails_above, "Must-have fails above", 11),
            (lay.fails_below, "Must-have fails below", 11),
            (lay.off_below, "Off the scale below", 11),
            (lay.off_above, "Off the scale above", 11),
            (lay.span, "Span", 9),
            (lay.row_check, "Check", 36),
        ):
            self.text(ws, lay.header, col, text, "Matrix", **HEADER, font_color=GREY)
            ws.set_column(col, col, width, None, hidden)
        if self.doc["weight_source"] == "pairwise":
            ws.write_comment(
                a1(lay.header, M.WEIGHT),
                "Weights derived by the app from pairwise comparisons (AHP) at export time; edit the "
                "comparisons in the app. Changes here recalculate this sheet but are not imported.",
                {"author": "Due-Diligence Workbook", "x_scale": 2},
            )

    # --- the results block ------------------------------------------------------------------------

    def _results(self, ws: Any, lay: MatrixLayout, f: MatrixFormulas, values: MatrixValues) -> None:
        book, top = self.book, lay.results_header
        ws.merge_range(top, 0, top, M.THRESHOLD, "", book.fmt(**HEADER))
        self.text(ws, top, 0, L.MATRIX_RESULTS_HEADER, "Matrix", **HEADER)
        for j, (h, _) in enumerate(self.option_columns):
            self.text(ws, top, lay.option(j), h, "Matrix", **HEADER, align="center")
        ws.set_row(top, wrapped_height([h for h, _ in self.option_columns], [OPTION_WIDTH] * lay.k))
        for label in lay.result_labels:
            r = lay.result(label)
            working = label in M.WORKING
            style = WORKING_LABEL if working else RESULT_LABEL
            ws.merge_range(r, 0, r, M.NOTE - 1, "", book.fmt(**style))
            self.text(ws, r, 0, label, "Matrix", **style)
            ws.merge_range(r, M.NOTE, r, M.THRESHOLD, "", book.fmt(font_color=GREY, text_wrap=True))
            if working:
                ws.set_row(r, None, None, {"level": 1, "hidden": True})
        notes = {
            M.TOTAL: "Recalculated from the weights and scores below.",
            M.RANK: "1 = best; “—” = not ranked (see Excluded and Must-haves failed).",
        }
        if lay.adjusted:
            notes[M.EXPOSURE] = "Risk exposure as the app computed it at export time (not recalculated)."
        for label, note in notes.items():
            self.text(ws, lay.result(label), M.NOTE, note, "Matrix", font_color=GREY, text_wrap=True)
        check_style = {"font_color": GREY, "text_wrap": True, "bold": True}
        write_formula(
            book, ws, lay.result(M.CHECK), M.NOTE, f.sheet_check(lay.n), values.sheet_check, **check_style
        )
        for label, field in ((M.POLICY, "missing_policy"), (M.MUST_HAVE_POLICY, "must_have_policy")):
            summary_label = next(s.label for s in L.SUMMARY_FIELDS if s.field == field)
            write_formula(book, ws, lay.result(label), M.NOTE, f.policy(summary_label), self.doc[field])
        formats: dict[str, dict[str, Any]] = {
            M.TOTAL: {"num_format": "0.0", "bold": True, "align": "center"},
            M.ADJUSTED: {"num_format": "0.0", "bold": True, "align": "center"},
            M.EXPOSURE: {**FIXED, "num_format": "0", "align": "center"},
            M.RANK: {"num_format": "0", "bold": True, "align": "center"},
            M.CHECK: {"text_wrap": True, "valign": "top", "font_size": 9},
            M.MISSING: {"num_format": "0.0%", "align": "center"},
            M.FAILED: {"num_format": "0", "align": "center"},
            M.EXCLUDED: {"align": "center"},
            M.OPTION_ID: {"font_color": GREY, "align": "center"},
        }
        for j, (_, option_id) in enumerate(self.option_columns):
            cached = values.results[j]
            texts = f.results(j)
            for label in lay.result_labels:
                r, col = lay.result(label), lay.option(j)
                look = formats.get(label, {"font_color": GREY})
                if label in texts:
                    write_formula(book, ws, r, col, texts[label], cached[label], **look)
                elif label == M.OPTION_ID:
                    write_value(book, ws, r, col, option_id, "Matrix", **look)
                elif label == M.EXPOSURE:
                    write_value(book, ws, r, col, cached[label], "Matrix", **look)

    def _looks(self, ws: Any, lay: MatrixLayout) -> None:
        """Winner highlighted, a colour scale on the totals, problems in red."""
        book = self.book
        if not lay.k:
            return
        options = (lay.option(0), lay.last_option)
        rank_row, total_row = lay.result(M.RANK), lay.result(M.ADJUSTED if lay.adjusted else M.TOTAL)
        winner = {
            "type": "cell",
            "criteria": "==",
            "value": 1,
            "format": book.fmt(bold=True, bg_color="#C6EFCE"),
        }
        ws.conditional_format(rank_row, options[0], rank_row, options[1], winner)
        rank_first = a1(rank_row, options[0]).rstrip("0123456789") + f"${rank_row + 1}"
        ws.conditional_format(
            total_row,
            options[0],
            total_row,
            options[1],
            {
                "type": "formula",
                "criteria": f"={rank_first}=1",
                "format": book.fmt(bold=True, bg_color="#C6EFCE"),
            },
        )
        for label in (M.TOTAL, M.ADJUSTED) if lay.adjusted else (M.TOTAL,):
            r = lay.result(label)
            ws.conditional_format(
                r,
                options[0],
                r,
                options[1],
                {"type": "3_color_scale", "min_type": "num", "min_value": 0, "max_type": "num",
                 "max_value": 100, "min_color": "#F8696B", "mid_color": "#FFEB84", "max_color": "#63BE7B"},
            )  # fmt: skip
        check = lay.result(M.CHECK)
        problem = book.fmt(font_color="#C00000", bold=True)
        ws.conditional_format(
            check,
            options[0],
            check,
            options[1],
            {"type": "cell", "criteria": "!=", "value": '"ok"', "format": problem},
        )
        ws.conditional_format(
            check,
            M.NOTE,
            check,
            M.NOTE,
            {"type": "cell", "criteria": "!=", "value": '"ok"', "format": problem},
        )
        excluded = lay.result(M.EXCLUDED)
        ws.conditional_format(
            excluded,
            options[0],
            excluded,
            options[1],
            {"type": "cell", "criteria": "!=", "value": '"no"', "format": book.fmt(font_color="#C00000")},
        )
        if lay.n:  # a score that is not counted (text, off the scale) is shown in red
            first_utility = a1(lay.first, lay.utility(0))
            ws.conditional_format(
                lay.first,
                options[0],
                lay.last,
                options[1],
                {
                    "type": "formula",
                    "criteria": f"={first_utility}<-1",
                    "format": book.fmt(bg_color="#FF9999"),
                },
            )

    # --- bounds -----------------------------------------------------------------------------------

    def _bounds(self, c: dict[str, Any], derived: bool) -> tuple[float | None, float | None, str]:
        function = _function(c)
        if function is not None:  # its own shape; Low and High only bound what may be typed
            unit = self.doc["currency"] if c["value_source"] in ("tco", "npv") else c["unit"]
            lo, hi, _ = self._bounds({**c, "value_function": None}, derived)
            return lo, hi, function.describe(unit)
        if not derived and c["scale"] in FIXED_SCALES:
            lo, hi = FIXED_SCALES[c["scale"]][:2]
            return lo, hi, NORMALISATION[c["scale"]]
        if not derived and c["scale_min"] is not None and c["scale_max"] is not None:
            return (
                c["scale_min"],
                c["scale_max"],
                f"fixed range {c['scale_min']:g}–{c['scale_max']:g} {c['unit']}".strip(),
            )
        return None, None, "min–max across options (recalculated)"

    def _validation_bounds(self, c: dict[str, Any]) -> tuple[float | None, float | None]:
        function = _function(c)
        if isinstance(function, Discrete):
            return 1, len(function.levels)
        lo, hi = scale_bounds(c["scale"])
        return (
            c["scale_min"] if c["scale_min"] is not None else lo,
            c["scale_max"] if c["scale_max"] is not None else hi,
        )


def _function(c: dict[str, Any]) -> ValueFunction | None:
    """A criterion's value function as the document holds it (checked when it was stored)."""
    return parse_value_function(c.get("value_function"))


def _chart_breaks_a_page(lay: MatrixLayout, widths: Sequence[float], chart_rows: float) -> bool:
    """Whether the chart, printed fitted to the page width, would straddle a page break (then it starts
    a page of its own). An estimate from column widths and row counts; hidden working rows print not."""
    width = sum(w * 7 + 5 for w in widths) * 0.75
    scale = min(1.0, PAGE_WIDTH / width)
    shown = lay.chart_row - len(M.WORKING)
    used = (shown * ROW_HEIGHT * scale) % PAGE_HEIGHT
    return used > 0 and used + chart_rows * ROW_HEIGHT * scale > PAGE_HEIGHT
