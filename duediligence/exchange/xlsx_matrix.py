"""The Matrix sheet: weights and scores as inputs, shares, utilities, totals and ranks as live formulas
that give the app's numbers (see exchange.xlsx_export for what stays a value)."""

from __future__ import annotations

from typing import Any

from duediligence.decision.scoring import FIXED_SCALES, scale_bounds
from duediligence.exchange import layout as L
from duediligence.exchange.safety import (
    header_text,
    write_text,
    write_value,
)
from duediligence.exchange.xlsx_sheet_base import SheetWriter, _ref


class MatrixSheet(SheetWriter):
    """The Matrix sheet and its totals."""

    def matrix(self) -> None:
        from openpyxl.chart import BarChart, Reference
        from openpyxl.comments import Comment
        from openpyxl.styles import Font, PatternFill
        from openpyxl.utils import get_column_letter as col

        ws = self.sheet("Matrix")
        ranking, criteria, options = self.src.ranking, self.criteria, self.options
        n, k = len(criteria), len(options)
        first, last_row = L.MATRIX_FIRST_OPTION, len(criteria) + 1
        taken = {h.lower() for h in L.MATRIX_HEADERS}
        headers = list(L.MATRIX_HEADERS)
        for o in options:
            h, i = header_text(o["name"]), 1
            base = h
            while h.lower() in taken:
                i += 1
                h = f"{base} ({i})"
            taken.add(h.lower())
            headers.append(h)
            self.option_columns.append((h, o["id"]))
        widths = [7, 18, 34, 10, 9, 10, 8, 8, 8, 8, 30, 10] + [14] * k
        self.header(ws, headers, widths)
        self.table(ws, "Matrix", len(headers), n)
        ws.freeze_panes = "D2"

        scores = {(s["option_id"], s["criterion_id"]): s for s in self.doc["scores"]}
        shares = {c.id: c for c in ranking.criteria}
        pairwise = self.doc["weight_source"] == "pairwise"
        grey = Font(italic=True, color="808080")
        derived_fill = PatternFill("solid", fgColor="EDEDED")
        ucol0 = first + k + 1  # utilities block, after one blank column
        mean_col = ucol0 + k
        o_first, o_last = col(first), col(first + k - 1) if k else col(first)
        for i, c in enumerate(criteria):
            r = i + 2
            derived = c["value_source"] != "manual"
            direction = ("higher" if c["value_source"] == "npv" else "lower") if derived else c["direction"]
            unit = self.doc["currency"] if c["value_source"] in ("tco", "npv") else c["unit"]
            scale = f"from {c['value_source']}" if derived else c["scale"]
            where = f"Matrix, criterion {c['name']!r}"
            for j, value in enumerate(
                [c["id"], self.group_of.get(c["id"], ""), c["name"], scale, direction, unit], start=1
            ):
                write_value(ws.cell(r, j), value, where)
            weight = shares[c["id"]].weight if c["id"] in shares and pairwise else c["weight"]
            ws.cell(r, 7).value = weight
            ws.cell(r, 7).number_format = "0.00##"
            if pairwise:
                ws.cell(r, 7).font = grey
            ws.cell(r, 8).value = f"=IF(SUM($G$2:$G${last_row})>0,G{r}/SUM($G$2:$G${last_row}),0)"
            ws.cell(r, 8).number_format = "0.0%"
            lo, hi, method = self._bounds(c, derived)
            row_range = f"${o_first}{r}:${o_last}{r}"
            ws.cell(r, 9).value = lo if lo is not None else f"=MIN({row_range})"
            ws.cell(r, 10).value = hi if hi is not None else f"=MAX({row_range})"
            write_text(ws.cell(r, 11), method, where)
            if c["must_have"] and c["must_have_threshold"] is not None:
                ws.cell(r, 12).value = c["must_have_threshold"]
            for j, o in enumerate(options):
                cell = ws.cell(r, first + j)
                if derived:
                    cell.value = self.src.derived.get((o["id"], c["id"]))
                    cell.font, cell.fill = grey, derived_fill
                    if cell.value is None and c["value_source"] in ("tco", "npv"):
                        cell.comment = Comment(
                            "Unknown, not 0: no costs entered for this option, or a cost without an "
                            "amount. Counted as a missing score.",
                            "Due-Diligence Workbook",
                        )
                else:
                    found = scores.get((o["id"], c["id"]))
                    cell.value = found["value"] if found else None
                cell.number_format = L.NUMBER_FORMAT
                x = f"{col(first + j)}{r}"
                ws.cell(r, ucol0 + j).value = (
                    f"=IF(ISNUMBER({x}),IF($J{r}-$I{r}<=1E-12*MAX(1,ABS($I{r}),ABS($J{r})),1,"
                    f'MAX(0,MIN(1,IF($E{r}="lower",($J{r}-{x})/($J{r}-$I{r}),({x}-$I{r})/($J{r}-$I{r}))))),"")'
                )
                ws.cell(r, ucol0 + j).number_format = "0.000"
            if not derived and k:
                bounds = self._validation_bounds(c)
                self.validation_number(ws, f"{o_first}{r}:{o_last}{r}", *bounds, whole=False)
            elif derived and k:
                ws.cell(r, 3).comment = Comment(
                    f"Values computed by the app from {c['value_source'].replace('_', ' ')} at export time "
                    f"{self.stamp}; they are not recalculated when costs or timing change in this file.",
                    "Due-Diligence Workbook",
                )
            ucells = f"{col(ucol0)}{r}:{col(ucol0 + k - 1)}{r}" if k else f"{col(ucol0)}{r}"
            ws.cell(r, mean_col).value = f'=IF(COUNT({ucells})>0,AVERAGE({ucells}),"")'
            ws.cell(r, mean_col).number_format = "0.000"
        if pairwise:
            ws.cell(1, 7).comment = Comment(
                "Weights derived by the app from pairwise comparisons (AHP) at export time; "
                "edit the comparisons in the app. Changes here recalculate this sheet but are not imported.",
                "Due-Diligence Workbook",
            )
        for j, (h, _) in enumerate(self.option_columns):
            write_text(ws.cell(1, ucol0 + j), f"Utility: {h}", "Matrix")
            ws.cell(1, ucol0 + j).font = grey
            ws.column_dimensions[col(ucol0 + j)].width = 12
        write_text(ws.cell(1, mean_col), "Mean utility", "Matrix")
        ws.cell(1, mean_col).font = grey
        self._totals(ws, n, k, ucol0, mean_col)
        if k and n:
            chart = BarChart()
            chart.type, chart.title, chart.legend = "bar", "Weighted total (0–100)", None
            chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 100
            total_row = n + 3
            chart.add_data(
                Reference(ws, min_col=first, max_col=first + k - 1, min_row=total_row), from_rows=True
            )
            chart.set_categories(Reference(ws, min_col=first, max_col=first + k - 1, min_row=1))
            chart.height, chart.width = 7 + 0.6 * k, 16
            ws.add_chart(chart, f"C{n + 14}")

    def _totals(self, ws: Any, n: int, k: int, ucol0: int, mean_col: int) -> None:
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter as col

        first, end = L.MATRIX_FIRST_OPTION, n + 1
        summary = self.titles["Summary"]
        policy = _ref(summary, f"$B${L.SUMMARY_ROW['missing_policy']}")
        mh_policy = _ref(summary, f"$B${L.SUMMARY_ROW['must_have_policy']}")
        labels = L.MATRIX_TOTALS
        r0 = n + 3
        rows = {name: r0 + i for i, name in enumerate(labels)}
        for name, r in rows.items():
            write_text(ws.cell(r, 3), name, "Matrix")
            ws.cell(r, 3).font = Font(bold=not name.startswith("Working"), italic=name.startswith("Working"))
        h = f"$H$2:$H${end}"
        mean = f"${col(mean_col)}$2:${col(mean_col)}${end}"
        thr, dirs = f"$L$2:$L${end}", f"$E$2:$E${end}"
        key_row = rows["Working: rank key"]
        keys = f"${col(first)}${key_row}:${col(first + max(k, 1) - 1)}${key_row}"
        options_title = self.titles["Options"]
        for j in range(k):
            c, u = col(first + j), col(ucol0 + j)
            us, xs = f"{u}$2:{u}${end}", f"{c}$2:{c}${end}"
            at = {name: f"{c}{r}" for name, r in rows.items()}
            total, num, den = (at[x] for x in L.MATRIX_TOTALS[0:1] + L.MATRIX_TOTALS[5:7])
            ranked, key = at["Working: ranked (1) or not (0)"], at["Working: rank key"]
            fails, excluded = at["Must-haves failed"], at["Excluded by you (Options sheet)"]
            present = f"ISNUMBER({us})"
            tol = f"1E-9+1E-9*ABS({thr})"
            formulas = {
                "Working: weighted utility sum": (
                    f'=IF({policy}="mean",SUMPRODUCT({h},{us})+SUMPRODUCT({h},1-{present},{mean}),'
                    f"SUMPRODUCT({h},{us}))"
                ),
                "Working: weight counted": (
                    f'=IF({policy}="worst",SUM({h}),IF({policy}="mean",'
                    f"SUMPRODUCT({h},{present}+(1-{present})*ISNUMBER({mean})),SUMPRODUCT({h},--{present})))"
                ),
                "Weighted total (0–100)": (
                    f'=IF(OR(COUNT({us})=0,{den}<=1E-15),"",MAX(0,MIN(100,100*{num}/{den})))'
                ),
                "Share of weight without a score": f"=MAX(0,MIN(1,SUMPRODUCT({h},1-{present})))",
                "Must-haves failed": (
                    f'=SUMPRODUCT(ISNUMBER({thr})*ISNUMBER({xs})*(({dirs}="lower")*({xs}-{thr}>{tol})'
                    f'+({dirs}<>"lower")*({thr}-{xs}>{tol})))'
                ),
                "Excluded by you (Options sheet)": "="
                + _ref(options_title, f"${col(L.EXCLUDED_COLUMN)}${j + 2}"),
                "Working: ranked (1) or not (0)": (
                    f'=IF(AND(ISNUMBER({total}),{excluded}<>"yes",OR({mh_policy}="flag",{fails}=0)),1,0)'
                ),
                "Working: rank key": f"=IF({ranked}=1,{total},-1)",
                "Rank": f'=IF({ranked}=1,1+SUMPRODUCT(--({keys}>{key}+1E-9)),"")',
            }
            for name, formula in formulas.items():
                ws.cell(rows[name], first + j).value = formula
            ws.cell(rows["Weighted total (0–100)"], first + j).number_format = "0.00"
            ws.cell(rows["Share of weight without a score"], first + j).number_format = "0.0%"

    def _bounds(self, c: dict[str, Any], derived: bool) -> tuple[float | None, float | None, str]:
        if not derived and c["scale"] in FIXED_SCALES:
            lo, hi = FIXED_SCALES[c["scale"]][:2]
            return (
                lo,
                hi,
                {
                    "0-10": "scale 0–10",
                    "1-5": "scale 1–5",
                    "yes-no": "yes/no (no = 0, yes = 1)",
                    "percent": "percent 0–100",
                }[c["scale"]],
            )
        if not derived and c["scale_min"] is not None and c["scale_max"] is not None:
            return (
                c["scale_min"],
                c["scale_max"],
                f"fixed range {c['scale_min']:g}–{c['scale_max']:g} {c['unit']}".strip(),
            )
        return None, None, "min–max across options (recalculated)"

    def _validation_bounds(self, c: dict[str, Any]) -> tuple[float | None, float | None]:
        lo, hi = scale_bounds(c["scale"])
        return (
            c["scale_min"] if c["scale_min"] is not None else lo,
            c["scale_max"] if c["scale_max"] is not None else hi,
        )
