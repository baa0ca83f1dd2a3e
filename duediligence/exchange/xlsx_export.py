"""Evaluations as an Excel workbook a team can share: tables, live formulas, validation, a chart.

The Matrix sheet recomputes shares, weighted totals (0–100) and ranks with formulas over the weight
and score cells, giving the app's numbers for every missing-score policy, fixed scales, fixed ranges,
min–max normalisation, "lower is better", must-have exclusions and options you excluded. What stays
a value (grey, with a note): weights derived from pairwise comparisons, and criterion values derived
from costs and timing (TCO, NPV, time to results). openpyxl cannot store formula results, so the
Computed sheet holds the app's own results as plain values, for readers that do not calculate.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from duediligence.decision.scoring import FIXED_SCALES, scale_bounds
from duediligence.exchange import layout as L
from duediligence.exchange.safety import (
    ExportCancelled,
    XlsxExportError,
    header_text,
    sheet_title,
    write_text,
    write_value,
)

Progress = Callable[[float, str], Any]  # returns True to cancel

BANDS = (("1", "4", "C6EFCE"), ("5", "9", "FFEB9C"), ("10", "15", "F8CBAD"), ("16", "25", "FF7C80"))
EXTRA_ROWS = 200  # validation and formats reach this far below a table, for rows a colleague adds


@dataclass(frozen=True)
class Source:
    """What one evaluation contributes: its document, ranking and derived criterion values."""

    doc: dict[str, Any]
    ranking: Any
    derived: dict[tuple[int, int], float | None]  # (option id, criterion id) -> value, derived criteria
    history: tuple[tuple[str, str, str], ...] = ()  # (when, who, what), newest first: the change log


def load_source(session: Any, evaluation_id: int) -> Source:
    from duediligence.decision.ranking import criterion_values, option_finance, rank_matrix
    from duediligence.reads.documents import evaluation_document
    from duediligence.reads.matrix import load_matrix

    matrix = load_matrix(session, evaluation_id)
    rows = criterion_values(matrix, option_finance(matrix))
    derived = {
        (o.id, c.id): (None if v != v else v)
        for o, row in zip(matrix.options, rows, strict=True)
        for c, v in zip(matrix.criteria, row, strict=True)
        if c.value_source != "manual"
    }
    from duediligence.reads.evaluations import change_log

    history = tuple(
        (row.at.strftime("%Y-%m-%d %H:%M UTC"), row.user, row.action)
        for row in change_log(session, evaluation_id)
    )
    return Source(evaluation_document(session, evaluation_id), rank_matrix(matrix), derived, history)


def _ref(title: str, cell: str) -> str:
    from openpyxl.utils import quote_sheetname

    return f"{quote_sheetname(title)}!{cell}"


def _plain(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "date" and isinstance(value, str):
        return date.fromisoformat(value)
    if kind == "flag":
        return L.YES if value else L.NO
    return value


class EvaluationWriter:
    """Writes one evaluation's sheets into a workbook."""

    def __init__(self, wb: Any, source: Source, number: int, titles: dict[str, str], stamp: str) -> None:
        self.wb, self.src, self.doc, self.n, self.titles, self.stamp = (
            wb,
            source,
            source.doc,
            number,
            titles,
            stamp,
        )
        self.options = self.doc["options"]
        self.option_names = {o["id"]: o["name"] for o in self.options}
        self.people = {p["id"]: p["name"] for p in self.doc["stakeholders"]}
        self.criteria = [c for g in self.doc["criteria_groups"] for c in g["criteria"]] + self.doc[
            "ungrouped_criteria"
        ]
        groups = {c["id"]: g["name"] for g in self.doc["criteria_groups"] for c in g["criteria"]}
        self.group_of = groups
        self.option_columns: list[tuple[str, int]] = []

    # --- helpers -------------------------------------------------------------------------------------

    def sheet(self, key: str) -> Any:
        return self.wb.create_sheet(self.titles[key])

    def table(self, ws: Any, key: str, ncols: int, nrows: int) -> None:
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.table import Table, TableStyleInfo

        last = get_column_letter(ncols)
        name = "".join(ch for ch in key if ch.isalnum()) + f"_{self.n}"
        table = Table(displayName=name, ref=f"A1:{last}{max(nrows, 1) + 1}")
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        ws.add_table(table)

    def header(self, ws: Any, headers: list[str], widths: list[float]) -> None:
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        for i, (text, width) in enumerate(zip(headers, widths, strict=True), start=1):
            cell = ws.cell(1, i)
            write_text(cell, text, f"{ws.title} header")
            cell.font = Font(bold=True)
            ws.column_dimensions[get_column_letter(i)].width = width

    def validation_list(self, ws: Any, cells: str, choices: tuple[str, ...], blank: bool) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        dv = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=blank)
        dv.error, dv.errorTitle, dv.showErrorMessage = (
            f"Choose one of: {', '.join(choices)}",
            "Not allowed",
            True,
        )
        dv.add(cells)
        ws.add_data_validation(dv)

    def validation_number(self, ws: Any, cells: str, lo: float | None, hi: float | None, whole: bool) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        lo_, hi_ = -1e300 if lo is None else lo, 1e300 if hi is None else hi
        dv = DataValidation(
            type="whole" if whole else "decimal", operator="between", formula1=repr(lo_), formula2=repr(hi_)
        )
        dv.allow_blank, dv.showErrorMessage = True, True
        bounds = f"from {lo:g}" if lo is not None else ""
        bounds += f" to {hi:g}" if hi is not None else ""
        dv.error, dv.errorTitle = f"Enter a {'whole ' if whole else ''}number {bounds}".strip(), "Not allowed"
        dv.add(cells)
        ws.add_data_validation(dv)

    # --- sheets --------------------------------------------------------------------------------------

    def summary(self) -> None:
        from openpyxl.styles import Alignment, Font

        ws = self.sheet("Summary")
        self.header(ws, ["Field", "Value"], [22, 90])
        for f in L.SUMMARY_FIELDS:
            row = L.SUMMARY_ROW[f.field]
            write_text(ws.cell(row, 1), f.label, "Summary")
            value = self.doc.get(f.field)
            if f.kind == "option":
                value = self.option_names.get(value)
            cell = ws.cell(row, 2)
            write_value(cell, _plain(value, f.kind), f"Summary, {f.label}")
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if f.kind == "date":
                cell.number_format = L.DATE_FORMAT
            elif f.kind == "money":
                cell.number_format = L.MONEY_FORMAT
            if f.choices:
                self.validation_list(ws, f"B{row}", f.choices, blank=False)
            elif f.kind == "option":
                self.option_list_validation(ws, f"B{row}")
        last = len(L.SUMMARY_FIELDS) + 1
        self.table(ws, "Summary", 2, len(L.SUMMARY_FIELDS))
        ws.freeze_panes = "A2"
        r = last + 2
        ranked = sorted(self.src.ranking.options, key=lambda o: (o.rank is None, o.rank or 0))
        write_text(ws.cell(r, 1), "Ranking", "Summary")
        ws.cell(r, 1).font = Font(bold=True)
        note = f"computed by the app at export time {self.stamp}; the Matrix sheet recalculates live"
        write_text(ws.cell(r, 2), note, "Summary")
        if self.src.ranking.problem:
            r += 1
            write_text(ws.cell(r, 2), self.src.ranking.problem, "Summary")
        for o in ranked:
            r += 1
            place = f"{o.rank}." if o.rank is not None else "–"
            score = f"{o.score:.1f}" if o.score is not None else "no score"
            why = f" ({o.exclusion_reason})" if o.excluded and o.exclusion_reason else ""
            write_text(ws.cell(r, 1), place, "Summary")
            write_text(ws.cell(r, 2), f"{o.name}: {score}{why}", "Summary")

    def option_list_validation(self, ws: Any, cells: str) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        last = max(len(self.options), 1) + 1 + EXTRA_ROWS
        dv = DataValidation(type="list", formula1="=" + _ref(self.titles["Options"], f"$B$2:$B${last}"))
        dv.allow_blank = True
        dv.add(cells)
        ws.add_data_validation(dv)

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

    def computed(self) -> None:
        from openpyxl.styles import Font

        ws = self.sheet("Computed")
        r = self.src.ranking
        write_text(ws.cell(1, 1), f"Computed by the app at export time {self.stamp}", "Computed")
        ws.cell(1, 1).font = Font(bold=True)
        write_text(
            ws.cell(2, 1),
            "Plain values: they do not change when this file is edited. The Matrix sheet recalculates.",
            "Computed",
        )
        if r.problem or r.consistency_note:
            write_text(ws.cell(3, 1), r.problem or r.consistency_note, "Computed")
        heads = [
            "Option",
            "Weighted total (0–100)",
            "Rank",
            "Share of weight without a score",
            "Excluded",
            "Why",
            "Must-haves failed",
            "Must-haves unknown",
            "TCO",
            "TCO low",
            "TCO high",
            "NPV",
            "IRR",
            "Payback (years)",
            "Time to results (weeks)",
            "Money unknown because",
        ]
        row = 5
        for j, h in enumerate(heads, start=1):
            write_text(ws.cell(row, j), h, "Computed")
            ws.cell(row, j).font = Font(bold=True)
        for o in r.options:
            row += 1
            f = o.finance
            cells = [
                o.name,
                o.score,
                o.rank,
                o.missing_weight,
                L.YES if o.excluded else L.NO,
                o.exclusion_reason or "",
                ", ".join(o.must_have_failures),
                ", ".join(o.must_have_unknown),
                f.tco,
                f.tco_low,
                f.tco_high,
                f.npv,
                f.irr,
                f.payback_years,
                o.time_to_results_weeks,
                f.unknown_reason() or "",
            ]
            for j, v in enumerate(cells, start=1):  # unknown money stays blank (never 0), with the reason
                write_value(ws.cell(row, j), v, f"Computed, {o.name}")
            for j in (9, 10, 11, 12):
                ws.cell(row, j).number_format = L.MONEY_FORMAT
            ws.cell(row, 13).number_format = "0.0%"
            ws.cell(row, 4).number_format = "0.0%"
        row += 2
        for j, h in enumerate(["Criterion", "Group", "Weight", "Share", "Normalisation"], start=1):
            write_text(ws.cell(row, j), h, "Computed")
            ws.cell(row, j).font = Font(bold=True)
        for c in r.criteria:
            row += 1
            for j, v in enumerate([c.name, c.group, c.weight, c.share, c.normalisation], start=1):
                write_value(ws.cell(row, j), v, f"Computed, {c.name}")
            ws.cell(row, 4).number_format = "0.0%"
        ws.column_dimensions["A"].width = 34
        ws.freeze_panes = "A6"

    def history(self, entries: tuple[tuple[str, str, str], ...]) -> None:
        """Who changed what and when (read-only for the import: history is not edited in a sheet)."""
        ws = self.sheet("Change log")
        self.header(ws, ["When", "Who", "What"], [20, 24, 80])
        for r, entry in enumerate(entries, start=2):
            for j, value in enumerate(entry, start=1):
                write_text(ws.cell(r, j), value, f"{ws.title}, row {r}")
        self.table(ws, "ChangeLog", 3, len(entries))
        ws.freeze_panes = "A2"

    def list_sheet(self, spec: L.ListSheet) -> None:
        from openpyxl.formatting.rule import CellIsRule
        from openpyxl.styles import Alignment, PatternFill
        from openpyxl.utils import get_column_letter as col

        ws = self.sheet(spec.key)
        self.header(ws, [c.header for c in spec.columns], [c.width for c in spec.columns])
        rows = spec.rows(self.doc)
        names = {"option": self.option_names, "stakeholder": self.people}
        scores = {s["id"]: s for s in self.doc["scores"]}
        criteria = {c["id"]: c["name"] for c in self.criteria}
        matrix_rows = {c["id"]: i + 2 for i, c in enumerate(self.criteria)}
        option_cols = {o["id"]: L.MATRIX_FIRST_OPTION + j for j, o in enumerate(self.options)}
        wrap = Alignment(wrap_text=True, vertical="top")
        for i, item in enumerate(rows):
            r = i + 2
            for j, c in enumerate(spec.columns, start=1):
                cell = ws.cell(r, j)
                where = f"{ws.title}, row {r}, {c.header}"
                if c.kind == "formula":
                    cell.value = c.formula.format(row=r)
                    continue
                if c.kind == "label":  # the Evidence sheet names its option and criterion
                    s = scores[item["id"]]
                    if c.header == "Option":
                        write_text(cell, self.option_names[s["option_id"]], where)
                    elif c.header == "Criterion":
                        write_text(cell, criteria[s["criterion_id"]], where)
                    else:
                        target = f"{col(option_cols[s['option_id']])}{matrix_rows[s['criterion_id']]}"
                        ref = _ref(self.titles["Matrix"], target)
                        cell.value = f'=IF(ISNUMBER({ref}),{ref},"")'
                    continue
                value = item.get(c.field) if c.field else None
                if c.kind in names:
                    value = names[c.kind].get(value)
                write_value(cell, _plain(value, c.kind), where)
                if c.width >= 40 and isinstance(value, str):
                    cell.alignment = wrap
        last = max(len(rows), 1) + 1
        self.table(ws, spec.key, len(spec.columns), len(rows))
        ws.freeze_panes = "B2"
        reach = last + EXTRA_ROWS
        for j, c in enumerate(spec.columns, start=1):
            cells = f"{col(j)}2:{col(j)}{reach}"
            fmt = {"date": L.DATE_FORMAT, "money": L.MONEY_FORMAT, "number": L.NUMBER_FORMAT}.get(c.kind)
            if fmt:
                for r in range(2, last + 1):
                    ws.cell(r, j).number_format = fmt
            if c.kind == "choice":
                self.validation_list(ws, cells, c.choices, blank=c.optional_choice)
            elif c.kind == "flag":
                self.validation_list(ws, cells, (L.YES, L.NO), blank=False)
            elif c.kind == "integer":
                self.validation_number(ws, cells, 1, 5, whole=True)
            elif c.kind in ("number", "money"):
                self.validation_number(ws, cells, None, None, whole=False)
            elif c.kind == "option":
                self.option_list_validation(ws, cells)
        if spec is L.RISKS:
            for letter in L.RISK_SCORE_COLUMNS:
                for lo, hi, color in BANDS:
                    ws.conditional_formatting.add(
                        f"{letter}2:{letter}{reach}",
                        CellIsRule(
                            operator="between", formula=[lo, hi], fill=PatternFill("solid", fgColor=color)
                        ),
                    )


def sheet_titles(docs: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Per evaluation, the title of each of its sheets (plain names when there is only one)."""
    keys = ["Summary", "Matrix", "Computed"] + [s.key for s in L.LIST_SHEETS] + ["Change log"]
    taken: set[str] = {L.META_SHEET.lower()}
    result = []
    for doc in docs:
        if len(docs) == 1:
            result.append({k: sheet_title(k, taken) for k in keys})
        else:
            result.append({k: sheet_title(f"{doc['title'][: 30 - len(k)].strip()} {k}", taken) for k in keys})
    return result


def write_workbook(
    sources: list[Source],
    out_path: Path,
    identity: dict[str, Any],
    label: str,
    progress: Progress | None = None,
) -> Path:
    """Write the export to a temporary file beside `out_path`, then rename it into place."""
    from openpyxl import Workbook

    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")  # noqa: UP017
    wb = Workbook()
    wb.remove(wb.active)
    titles = sheet_titles([s.doc for s in sources])
    steps = len(sources) * (3 + len(L.LIST_SHEETS)) + 1
    done = 0

    def tick(text: str) -> None:
        nonlocal done
        done += 1
        if progress is not None and progress(done / steps, text):
            raise ExportCancelled()

    evaluations = []
    for n, (source, names) in enumerate(zip(sources, titles, strict=True), start=1):
        writer = EvaluationWriter(wb, source, n, names, stamp)
        title = source.doc["title"]
        writer.summary()
        tick(f"{title}: summary")
        writer.matrix()
        tick(f"{title}: matrix")
        writer.computed()
        tick(f"{title}: computed results")
        for spec in L.LIST_SHEETS:
            writer.list_sheet(spec)
            tick(f"{title}: {spec.key.lower()}")
        writer.history(source.history)
        evaluations.append(
            {
                "id": source.doc["id"],
                "created_at": source.doc["created_at"],
                "title": title,
                "sheets": names,
                "option_columns": writer.option_columns,
                "document": source.doc,
            }
        )
    _write_meta(wb, {"exported_at": stamp, "source": label, "workbook": identity, "evaluations": evaluations})
    wb.calculation.fullCalcOnLoad = True
    return _save(wb, out_path, tick)


def _write_meta(wb: Any, meta: dict[str, Any]) -> None:
    from duediligence.exchange.meta import encode

    ws = wb.create_sheet(L.META_SHEET)
    checksum, chunks = encode(meta)
    write_text(ws.cell(1, 1), L.META_MARKER, "export data")
    write_text(ws.cell(1, 2), checksum, "export data")
    for i, chunk in enumerate(chunks, start=2):
        write_text(ws.cell(i, 1), chunk, "export data")
    ws.sheet_state = "veryHidden"


def _save(wb: Any, out_path: Path, tick: Callable[[str], None]) -> Path:
    if out_path.suffix.lower() != ".xlsx":
        raise XlsxExportError(f"the file name must end in .xlsx (got {out_path.name})")
    if out_path.is_dir():
        raise XlsxExportError(f"{out_path} is a folder")
    partial = out_path.with_name(f".{out_path.name}.{os.getpid()}.partial")
    try:
        wb.save(partial)
        tick("saved")  # last chance to cancel: the target is untouched until the rename below
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
        partial.replace(out_path)
    finally:
        partial.unlink(missing_ok=True)
    return out_path
