"""The Summary, Computed and Change log sheets of an exported evaluation."""

from __future__ import annotations

import math
from typing import Any

from duediligence.exchange import layout as L
from duediligence.exchange.audience import LEFT_OUT
from duediligence.exchange.xlsx_book import GREY, write_value
from duediligence.exchange.xlsx_sheet_base import FIXED, HEADER, INPUT, SheetWriter, plain, span
from duediligence.fields import MAX_AMOUNT

SUMMARY_FORMATS = {
    "date": {"num_format": L.DATE_FORMAT, "align": "left"},
    "money": {"num_format": L.MONEY_FORMAT, "align": "left"},
    "integer": {"num_format": "0", "align": "left"},
}
PERCENT_FIELDS = {"discount_rate"}
VALUE_CHARS_PER_LINE = 95  # column B's width in characters, for the row heights of long texts


def row_height(text: str, chars: int) -> float | None:
    """A row height that shows all of a wrapped text (None: the default height is enough)."""
    lines = sum(max(1, math.ceil(len(part) / chars)) for part in text.split("\n"))
    return None if lines <= 1 else min(409.0, 13.5 * lines + 2)


class OtherSheets(SheetWriter):
    """Summary, Computed and Change log."""

    def summary(self) -> None:
        ws = self.sheet("Summary", "$A$1:$B$1")
        self.table(ws, "Summary", 0, ["Field", "Value"], len(L.SUMMARY_FIELDS))
        ws.set_column(0, 0, 22)
        ws.set_column(1, 1, 100)
        for f in L.SUMMARY_FIELDS:
            row = L.SUMMARY_ROW[f.field] - 1
            self.text(ws, row, 0, f.label, "Summary", bold=True, valign="top")
            where = f"Summary, {f.label}"
            if f.field in self.audience.blanked_summary:  # empty, so that the import reads no value
                self.text(ws, row, 2, f"Left out: {LEFT_OUT}.", where, **FIXED)
                continue
            value = self.doc.get(f.field)
            if f.kind == "option":
                value = self.option_names.get(value)
            style: dict[str, Any] = {**INPUT, "text_wrap": True, "valign": "top", "align": "left"}
            style |= SUMMARY_FORMATS.get(f.kind, {})
            if f.field in PERCENT_FIELDS:
                style["num_format"] = "0.0#%"
            write_value(self.book, ws, row, 1, plain(value, f.kind), where, **style)
            if isinstance(value, str):
                height = row_height(value, VALUE_CHARS_PER_LINE)
                if height:
                    ws.set_row(row, height)
            cell = span(row, 1, row, 1)
            if f.field == "status":  # shown in the app's words (Excel, LibreOffice), stored as the code
                for code, word in L.STATUS_WORDS.items():
                    shown = self.book.fmt(num_format=f';;;"{word}"')
                    ws.conditional_format(
                        cell, {"type": "cell", "criteria": "==", "value": f'"{code}"', "format": shown}
                    )
            if f.choices:
                self.validation_list(ws, cell, f.choices, blank=False, what=f.label)
            elif f.kind == "option":
                self.option_list_validation(ws, cell)
            elif f.kind == "money":
                self.validation_number(ws, cell, 0, MAX_AMOUNT, whole=False, what=f.label)
            elif f.kind == "integer":
                self.validation_number(ws, cell, 1, 50, whole=True, what=f.label)
            elif f.field in PERCENT_FIELDS:
                hint = "A percentage, e.g. 8% (from -50% to 100%)."
                self.validation_number(ws, cell, -0.5, 1, whole=False, what=f.label, hint=hint)
        ws.freeze_panes(1, 0)
        self._ranking(ws, len(L.SUMMARY_FIELDS) + 2)
        self.finish(ws, (0, 0))

    def _ranking(self, ws: Any, r: int) -> None:
        """The app's ranking at export time, as sentences a reader can print."""
        ranking = self.src.ranking
        self.text(ws, r, 0, "Ranking", "Summary", bold=True)
        note = f"computed by the app at export time ({self.stamp}); the Matrix sheet recalculates live"
        self.text(ws, r, 1, note, "Summary", font_color=GREY)
        if ranking.problem:
            r += 1
            self.text(ws, r, 1, ranking.problem, "Summary", text_wrap=True)
        for o in sorted(ranking.options, key=lambda o: (o.rank is None, o.rank or 0)):
            r += 1
            place = f"{o.rank}." if o.rank is not None else "–"
            score = f"{o.score:.1f}" if o.score is not None else "no score"
            reason = self.exclusion_reason(o)
            why = f" ({reason})" if reason else ""
            line = f"{o.name}: {score}{why}"
            self.text(ws, r, 0, place, "Summary", align="right", valign="top")
            self.text(ws, r, 1, line, "Summary", text_wrap=True, valign="top")
            if height := row_height(line, VALUE_CHARS_PER_LINE):
                ws.set_row(r, height)

    def computed(self) -> None:
        """The app's own results as plain values, one table per option, for readers that do not calculate."""
        ws = self.sheet("Computed", span(0, 0, 0, 15, absolute=True))
        r = self.src.ranking
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
        widths = [30, 12, 7, 12, 10, 30, 20, 20, 14, 14, 14, 14, 9, 10, 12, 30]
        formats: dict[int, dict[str, Any]] = {
            1: {"num_format": "0.0"},
            3: {"num_format": "0.0%"},
            12: {"num_format": "0.0%"},
            13: {"num_format": "0.0"},
            14: {"num_format": "0.#"},
        } | {j: {"num_format": L.MONEY_FORMAT} for j in (8, 9, 10, 11)}
        self.table(ws, "Computed", 0, heads, len(r.options), widths)
        for j, w in enumerate(widths):
            ws.set_column(j, j, w)
        for i, o in enumerate(r.options, start=1):
            f = o.finance
            cells = [
                o.name,
                o.score,
                o.rank,
                o.missing_weight,
                L.YES if o.excluded else L.NO,
                self.exclusion_reason(o),
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
            for j, v in enumerate(cells):  # unknown money stays blank (never 0), with the reason
                write_value(
                    self.book,
                    ws,
                    i,
                    j,
                    v,
                    f"Computed, {o.name}",
                    text_wrap=j in (5, 15),
                    **formats.get(j, {}),
                )
        row = len(r.options) + 3
        note = (
            f"Computed by the app at export time ({self.stamp}); plain values that do not change when this "
        )
        note += "file is edited. The Matrix sheet recalculates."
        self.text(ws, row - 1, 0, note, "Computed", font_color=GREY, italic=True)
        for j, h in enumerate(["Criterion", "Group", "Weight", "Share", "Normalisation"]):
            self.text(ws, row, j, h, "Computed", **HEADER)
        for i, c in enumerate(r.criteria, start=row + 1):
            for j, v in enumerate([c.name, c.group, c.weight, c.share, c.normalisation]):
                fmt = {"num_format": "0.0%"} if j == 3 else {"num_format": "0.00##"} if j == 2 else {}
                write_value(self.book, ws, i, j, v, f"Computed, {c.name}", **fmt)
        if r.problem or r.consistency_note:
            self.text(
                ws, row + len(r.criteria) + 2, 0, r.problem or r.consistency_note, "Computed", text_wrap=True
            )
        from duediligence.decision.cost_lines import parse_rates
        from duediligence.exchange.xlsx_value import value_block

        rates = parse_rates(self.doc.get("exchange_rates") or {})
        value_block(self, ws, row + len(r.criteria) + 4, r, rates, self.doc.get("exchange_rates_on"))
        ws.freeze_panes(1, 1)
        self.finish(ws, (0, 0))

    def history(self, entries: tuple[tuple[str, str, str], ...]) -> None:
        """Who changed what and when (read-only for the import: history is not edited in a sheet)."""
        ws = self.sheet("Change log", "$A$1:$C$1")
        self.table(ws, "ChangeLog", 0, ["When", "Who", "What"], len(entries))
        for col, width in enumerate((20, 24, 80)):
            ws.set_column(col, col, width)
        for r, entry in enumerate(entries, start=1):
            for j, value in enumerate(entry):
                self.text(ws, r, j, value, f"{ws.name}, row {r + 1}", text_wrap=j == 2)
        ws.freeze_panes(1, 0)
        self.finish(ws, (0, 0))
