"""The other sheets of an exported evaluation: Summary, Computed (the app's own results as values),
Change log, and one sheet per list (Options, Costs, Risks, Stakeholders…)."""

from __future__ import annotations

from duediligence.exchange import layout as L
from duediligence.exchange.safety import (
    write_text,
    write_value,
)
from duediligence.exchange.xlsx_sheet_base import BANDS, EXTRA_ROWS, SheetWriter, _plain, _ref


class OtherSheets(SheetWriter):
    """Summary, Computed, Change log and the list sheets."""

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
