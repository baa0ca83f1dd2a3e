"""One sheet per list of an exported evaluation (Options, Costs, Evidence, Checklist, Risks, …): an Excel
table whose first column is the row's ID, inputs unlocked and validated, computed columns locked."""

from __future__ import annotations

from typing import Any

from duediligence.exchange import layout as L
from duediligence.exchange import matrix_layout as M
from duediligence.exchange.audience import LEFT_OUT
from duediligence.exchange.matrix_layout import MatrixLayout
from duediligence.exchange.xlsx_book import GREY, write_formula, write_text, write_value
from duediligence.exchange.xlsx_sheet_base import (
    BANDS,
    EXTRA_ROWS,
    FIXED,
    HEADER,
    INPUT,
    SheetWriter,
    plain,
    span,
    wrapped_height,
)
from duediligence.fields import MAX_AMOUNT, MAX_YEAR

FORMATS = {
    "date": {"num_format": L.DATE_FORMAT},
    "money": {"num_format": L.MONEY_FORMAT},
    "number": {"num_format": L.NUMBER_FORMAT},
    "integer": {"num_format": "0"},
    "year": {"num_format": "0"},
    "percent": {"num_format": "0.0%"},  # typing 5 in such a cell gives 5 %, stored 0.05
}
NUMBER_BOUNDS = {  # (lo, hi, whole) the editors accept (fields.py)
    "integer": (1, 5, True),
    "year": (0, MAX_YEAR, True),
    "percent": (-0.99, 10, False),
    "money": (-MAX_AMOUNT, MAX_AMOUNT, False),
    "number": (None, None, False),
}
EVIDENCE_IDS = ("Option ID", "Criterion ID")


class ListSheets(SheetWriter):
    """The list sheets (layout.LIST_SHEETS)."""

    def list_sheet(self, spec: L.ListSheet) -> None:
        streamed = spec is L.EVIDENCE  # one row per score: written row by row, never all held in memory
        headers = [c.header for c in spec.columns]
        last_col = len(headers) - 1
        ws = self.sheet(spec.key, span(0, 0, 0, last_col, absolute=True), streamed=streamed)
        rows = spec.rows(self.doc)
        blanks = [self.audience.blanks(spec.key, c.header) for c in spec.columns]
        widths = [4 if blank else c.width for c, blank in zip(spec.columns, blanks, strict=True)]
        editable = [
            c.kind not in ("id", "formula", "label") and not b
            for c, b in zip(spec.columns, blanks, strict=True)
        ]
        formats = [self.book.fmt(**self._style(c, e)) for c, e in zip(spec.columns, editable, strict=True)]
        for j, (width, fmt) in enumerate(zip(widths, formats, strict=True)):
            ws.set_column(j, j, width, fmt if editable[j] else None, {"hidden": blanks[j]})
        if streamed:  # an autofilter instead of a table (a streamed sheet cannot hold one)
            ws.set_row(0, wrapped_height(headers, widths))
            for j, text in enumerate(headers):
                self.text(ws, 0, j, text, f"{ws.name} header", **HEADER)
        else:
            self.table(ws, spec.key, 0, headers, len(rows), widths)
        for j, blank in enumerate(blanks):
            if blank:
                ws.write_comment(0, j, f"Empty: {LEFT_OUT}.", {"author": "Due-Diligence Workbook"})
        self._lookup = self._score_lookup() if streamed else ""
        self._rows(ws, spec, rows, blanks, formats)
        last, reach = max(len(rows), 1), max(len(rows), 1) + EXTRA_ROWS
        if streamed:
            ws.autofilter(0, 0, last, last_col)
        for j, c in enumerate(spec.columns):
            if editable[j]:
                self._validate(ws, span(1, j, reach, j), c)
        if spec is L.RISKS:
            self._bands(ws, reach)
        ws.freeze_panes(1, 1)
        self.finish(ws, (0, 0), locked=not (spec.can_add or spec.can_remove))

    @staticmethod
    def _style(c: L.Column, editable: bool) -> dict[str, Any]:
        style: dict[str, Any] = {**FORMATS.get(c.kind, {}), "valign": "top"}
        if c.width >= 40:
            style["text_wrap"] = True
        return style | INPUT if editable else style

    def _rows(
        self, ws: Any, spec: L.ListSheet, rows: list[dict[str, Any]], blanks: list[bool], formats: list[Any]
    ) -> None:
        """The table's rows, row by row (what a streamed sheet needs)."""
        book = self.book
        names = {"option": self.option_names, "stakeholder": self.people}
        columns = [(j, c, formats[j]) for j, c in enumerate(spec.columns) if not blanks[j]]
        for i, item in enumerate(rows, start=1):
            for j, c, fmt in columns:
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
                        write_value(book, ws, i, j, value, f"{ws.name}, row {i + 1}, {c.header}", fmt)

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
        fixed = book.fmt(font_color=GREY) if header in EVIDENCE_IDS else book.fmt(**FIXED)
        if header == "Option":
            write_text(book, ws, r, j, self.option_names[option_id], where, fixed)
        elif header == "Criterion":
            write_text(book, ws, r, j, item["criterion"], where, fixed)
        elif header in EVIDENCE_IDS:
            write_value(
                book, ws, r, j, option_id if header == "Option ID" else item["criterion_id"], where, fixed
            )
        else:
            write_formula(book, ws, r, j, self._lookup.replace("{row}", str(r + 1)), item["value"], fixed)

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
