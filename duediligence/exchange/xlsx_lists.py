"""One sheet per list of an exported evaluation (Options, Costs, Evidence, Checklist, Risks, …): an Excel
table whose first column is the row's ID, inputs unlocked and validated, computed columns locked."""

from __future__ import annotations

from typing import Any

from duediligence.exchange import layout as L
from duediligence.exchange import matrix_layout as M
from duediligence.exchange.audience import LEFT_OUT
from duediligence.exchange.matrix_layout import MatrixLayout
from duediligence.exchange.xlsx_book import GREY, write_formula, write_text, write_value
from duediligence.exchange.xlsx_sheet_base import BANDS, EXTRA_ROWS, FIXED, INPUT, SheetWriter, plain, span
from duediligence.fields import MAX_AMOUNT

FORMATS = {
    "date": {"num_format": L.DATE_FORMAT},
    "money": {"num_format": L.MONEY_FORMAT},
    "number": {"num_format": L.NUMBER_FORMAT},
    "integer": {"num_format": "0"},
}
NUMBER_BOUNDS = {  # (lo, hi, whole) the editors accept (fields.py)
    "integer": (1, 5, True),
    "money": (-MAX_AMOUNT, MAX_AMOUNT, False),
    "number": (None, None, False),
}
EVIDENCE_IDS = ("Option ID", "Criterion ID")


class ListSheets(SheetWriter):
    """The list sheets (layout.LIST_SHEETS)."""

    def list_sheet(self, spec: L.ListSheet) -> None:
        ws = self.sheet(spec.key)
        headers = [c.header for c in spec.columns]
        rows = spec.rows(self.doc)
        widths = [4 if self.audience.blanks(spec.key, c.header) else c.width for c in spec.columns]
        self.table(ws, spec.key, 0, headers, len(rows), widths)
        last = max(len(rows), 1)
        reach = last + EXTRA_ROWS
        names = {"option": self.option_names, "stakeholder": self.people}
        self._lookup = self._score_lookup() if spec is L.EVIDENCE else ""
        book = self.book
        for j, c in enumerate(spec.columns):
            blank = self.audience.blanks(spec.key, c.header)
            editable = c.kind not in ("id", "formula", "label") and not blank
            style: dict[str, Any] = {**FORMATS.get(c.kind, {}), "valign": "top"}
            if c.width >= 40:
                style["text_wrap"] = True
            if editable:
                style |= INPUT
            cell_format = book.fmt(**style)
            ws.set_column(j, j, widths[j], cell_format if editable else None, {"hidden": blank})
            for i, item in enumerate([] if blank else rows, start=1):
                if c.kind == "formula":
                    write_formula(book, ws, i, j, c.formula.format(row=i + 1), _risk_score(spec, c, item))
                elif c.kind == "label":
                    self._label(ws, i, j, c.header, item)
                else:
                    value = item.get(c.field) if c.field else None
                    if c.kind in names:
                        value = names[c.kind].get(value)
                    elif c.kind in ("date", "flag"):
                        value = plain(value, c.kind)
                    if value is not None:  # an empty cell takes the column's format
                        write_value(book, ws, i, j, value, f"{ws.name}, row {i + 1}, {c.header}", cell_format)
            if blank:
                self.text(ws, 0, j, c.header, ws.name, bold=True)
                ws.write_comment(0, j, f"Empty: {LEFT_OUT}.", {"author": "Due-Diligence Workbook"})
            elif editable:
                self._validate(ws, span(1, j, reach, j), c)
        if spec is L.RISKS:
            self._bands(ws, reach)
        ws.freeze_panes(1, 1)
        self.finish(ws, (0, 0), locked=not (spec.can_add or spec.can_remove))

    def _validate(self, ws: Any, cells: str, c: L.Column) -> None:
        if c.kind == "choice":
            self.validation_list(ws, cells, c.choices, blank=c.optional_choice, what=c.header)
        elif c.kind == "flag":
            self.validation_list(ws, cells, (L.YES, L.NO), blank=False, what=c.header)
        elif c.kind in NUMBER_BOUNDS:
            lo, hi, whole = NUMBER_BOUNDS[c.kind]
            self.validation_number(ws, cells, lo, hi, whole=whole, what=c.header)
        elif c.kind == "option":
            self.option_list_validation(ws, cells)

    def _label(self, ws: Any, r: int, j: int, header: str, item: dict[str, Any]) -> None:
        """The Evidence sheet's own columns: which option and criterion a row is about, and the score,
        looked up in the Matrix by their IDs (so that sorting either sheet keeps it right)."""
        book, option_id = self.book, item["option_id"]
        where = f"{ws.name}, row {r + 1}, {header}"
        if header == "Option":
            write_text(book, ws, r, j, self.option_names[option_id], where, book.fmt(**FIXED))
        elif header == "Criterion":
            write_text(book, ws, r, j, item["criterion"], where, book.fmt(**FIXED))
        elif header in EVIDENCE_IDS:
            value = option_id if header == "Option ID" else item["criterion_id"]
            write_value(book, ws, r, j, value, where, book.fmt(font_color=GREY))
        else:
            write_formula(
                book, ws, r, j, self._lookup.replace("{row}", str(r + 1)), item["value"], book.fmt(**FIXED)
            )

    def _score_lookup(self) -> str:
        """The Evidence score formula, "{row}" standing for the sheet row: the Matrix cell found by the
        row's criterion ID (column A of the Matrix) and option ID (its "Option ID" results row)."""
        from xlsxwriter.utility import quote_sheetname, xl_col_to_name

        lay = MatrixLayout(len(self.criteria), len(self.options), self.src.exposures is not None)
        matrix = quote_sheetname(self.titles["Matrix"])
        cols = {h: i for i, h in enumerate(c.header for c in L.EVIDENCE.columns)}
        oid, cid = (f"${xl_col_to_name(cols[h])}{{row}}" for h in EVIDENCE_IDS)
        last = lay.last_col
        area = f"{matrix}!{span(lay.first, 0, lay.range_end, last, absolute=True)}"
        ids = f"{matrix}!{span(lay.first, M.ID, lay.range_end, M.ID, absolute=True)}"
        header = f"{matrix}!{span(lay.result(M.OPTION_ID), 0, lay.result(M.OPTION_ID), last, absolute=True)}"
        cell = f"INDEX({area},MATCH({cid},{ids},0),MATCH({oid},{header},0))"
        return f'=IFERROR(IF(ISNUMBER({cell}),{cell},""),"")'

    def _bands(self, ws: Any, reach: int) -> None:
        from xlsxwriter.utility import xl_cell_to_rowcol

        for letter in L.RISK_SCORE_COLUMNS:
            _, col = xl_cell_to_rowcol(f"{letter}1")
            for lo, hi, colour in BANDS:
                ws.conditional_format(
                    1,
                    col,
                    reach,
                    col,
                    {
                        "type": "cell",
                        "criteria": "between",
                        "minimum": int(lo),
                        "maximum": int(hi),
                        "format": self.book.fmt(bg_color=colour),
                    },
                )


def _risk_score(spec: L.ListSheet, c: L.Column, item: dict[str, Any]) -> Any:
    """The cached result of a Risks score column (likelihood × impact, or nothing)."""
    if spec is not L.RISKS:
        return None
    a, b = ("likelihood", "impact") if c.header == "Score" else ("residual_likelihood", "residual_impact")
    x, y = item.get(a), item.get(b)
    return x * y if isinstance(x, int | float) and isinstance(y, int | float) else ""
