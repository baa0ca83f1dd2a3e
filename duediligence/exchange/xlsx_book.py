"""Writing cells with XlsxWriter the safe way: text that stays text, formulas with their cached results,
shared formats, the sheet marks, protection and page set-up every sheet of an export shares.

XlsxWriter (not openpyxl) writes the export because it stores each formula's result beside the formula,
so readers that do not calculate (pandas, previews, `load_workbook(data_only=True)`) see the numbers.
Two of its habits are guarded here: a text of the form "<r>…</r>" would be copied into the XML as rich
text (a damaged file), and text over 32,767 UTF-16 units would be cut without a word. Such texts, and
texts holding "_xHHHH_" (which openpyxl, the import's reader, decodes once too often from the shared
strings), are written as inline strings escaped by us, as openpyxl wrote them before.
"""

from __future__ import annotations

import re
from collections import namedtuple
from datetime import date, datetime
from pathlib import Path
from typing import Any

from duediligence.exchange.layout import sheet_marks
from duediligence.exchange.safety import (
    EXCEL_CELL_CHARS,
    FORMULA_LEADS,
    XlsxExportError,
    checked_text,
)

# A cell holding text written inline (not through the shared-string table). Named "String" so that
# XlsxWriter's row writer takes it for a string cell; our `_write_cell` writes it.
_Inline = namedtuple("String", "string, format")  # type: ignore[name-match]
_ESCAPE_LIKE = re.compile(r"_x[0-9A-Fa-f]{4}_")

FONT = "Calibri"
GREY = "#808080"
HEADER_FILL = "#DDEBF7"
INPUT_FILL = "#FFF9E5"  # cells a colleague is asked to fill in


def utf16_units(text: str) -> int:
    """Length as Excel counts it (characters outside the BMP take two units)."""
    return len(text.encode("utf-16-le")) // 2


def _needs_inline(text: str) -> bool:
    return (text.startswith("<r>") and text.endswith("</r>")) or (
        "_x" in text and bool(_ESCAPE_LIKE.search(text))
    )


def _worksheet_class() -> tuple[type, type]:
    from xlsxwriter.utility import xl_rowcol_to_cell_fast
    from xlsxwriter.worksheet import (
        CellBlankTuple,
        CellFormulaTuple,
        CellNumberTuple,
        CellStringTuple,
        Worksheet,
    )
    from xlsxwriter.xmlwriter import XMLwriter

    escape = XMLwriter._escape_control_characters
    escape_data = XMLwriter._escape_data

    class SafeWorksheet(Worksheet):
        """A worksheet that writes risky texts inline (escaped exactly once) and formulas as given."""

        def _check(self, row: int, col: int) -> None:
            if self._check_dimensions(row, col):
                raise XlsxExportError(
                    f"the cell at row {row + 1:,}, column {col + 1:,} is beyond Excel's limits"
                )

        def _flush(self, row: int) -> None:
            """In constant-memory mode, write out the previous row when a new one starts."""
            if self.constant_memory and row > self.previous_row:
                self._write_single_row(row)

        def put_text(self, row: int, col: int, text: str, cell_format: Any) -> None:
            if _needs_inline(text):
                self._check(row, col)
                self._flush(row)
                self.table[row][col] = _Inline(text, cell_format)
            elif self._write_string(row, col, text, cell_format) != 0:
                raise XlsxExportError(f"the text at row {row + 1:,}, column {col + 1:,} cannot be written")

        def put_formula(self, row: int, col: int, formula: str, cell_format: Any, value: Any) -> None:
            """A formula of plain Excel 2007 functions (no preparation needed), with its result."""
            self._check(row, col)
            self._flush(row)
            self.table[row][col] = CellFormulaTuple(
                formula[1:] if formula[:1] == "=" else formula, cell_format, value
            )

        def _write_cell(self, row: int, col: int, cell: Any) -> None:
            """XlsxWriter's cell writer, with the common formatted cells written directly (the same XML,
            checked by a test): the export of a large evaluation spends most of its time here."""
            kind = type(cell)
            fmt = cell.format
            if fmt is not None and kind is not _Inline:
                ref, xf = xl_rowcol_to_cell_fast(row, col), fmt._get_xf_index()
                if kind is CellNumberTuple:
                    self.fh.write(f'<c r="{ref}" s="{xf}"><v>{cell.number:.16G}</v></c>')
                    return
                if kind is CellStringTuple and not self.constant_memory:  # a shared string's index
                    self.fh.write(f'<c r="{ref}" s="{xf}" t="s"><v>{cell.string}</v></c>')
                    return
                if kind is CellBlankTuple:
                    self.fh.write(f'<c r="{ref}" s="{xf}"/>')
                    return
                value = cell.value if kind is CellFormulaTuple else None
                if isinstance(value, int | float) and not isinstance(value, bool):
                    self.fh.write(
                        f'<c r="{ref}" s="{xf}"><f>{escape_data(self, cell.formula)}</f><v>{value}</v></c>'
                    )
                    return
            if kind is not _Inline:
                super()._write_cell(row, col, cell)
                return
            attributes: list[tuple[str, Any]] = [("r", xl_rowcol_to_cell_fast(row, col))]
            if cell.format is not None:
                attributes.append(("s", cell.format._get_xf_index()))
            string = escape(cell.string)
            preserve = bool(string) and (string[0] in " \t\n" or string[-1] in " \t\n")
            self._xml_inline_string(string, preserve, attributes)

    class StreamedWorksheet(SafeWorksheet):
        """A sheet written row by row to a temporary file (XlsxWriter's constant-memory mode): for the
        sheet with one row per score. Rows must be written in order; it cannot hold an Excel table."""

        def _initialize(self, init_data: dict[str, Any]) -> None:
            super()._initialize({**init_data, "constant_memory": True})

    return SafeWorksheet, StreamedWorksheet


class Book:
    """One XlsxWriter workbook and its shared formats."""

    def __init__(self, path: Path) -> None:
        import xlsxwriter

        self.wb = xlsxwriter.Workbook(
            str(path),
            {
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "nan_inf_to_errors": False,
            },
        )
        self.wb.set_calc_mode("auto")
        self._formats: dict[tuple[tuple[str, Any], ...], Any] = {}
        self._props: dict[int, dict[str, Any]] = {}  # id(format) -> its properties
        self._quoted: dict[int | None, Any] = {}
        self._sheet_class, self._streamed_class = _worksheet_class()

    def sheet(self, title: str, *, streamed: bool = False) -> Any:
        """A new sheet; `streamed`: written row by row, in order, without keeping the rows in memory."""
        return self.wb.add_worksheet(
            title, worksheet_class=self._streamed_class if streamed else self._sheet_class
        )

    def fmt(self, **props: Any) -> Any:
        """A shared format (XlsxWriter keeps one per distinct set of properties)."""
        key = tuple(sorted(props.items()))
        found = self._formats.get(key)
        if found is None:
            found = self._formats[key] = self.wb.add_format({"font_name": FONT, "font_size": 10, **props})
            self._props[id(found)] = props
        return found

    def quoted(self, cell_format: Any) -> Any:
        """The same format with Excel's quote prefix (text that looks like a formula shows as typed)."""
        key = None if cell_format is None else id(cell_format)
        if key not in self._quoted:
            props = {} if cell_format is None else self._props[id(cell_format)]
            self._quoted[key] = self.fmt(**{**props, "quote_prefix": True})
        return self._quoted[key]

    def close(self) -> None:
        self.wb.close()


def write_text(
    book: Book, ws: Any, row: int, col: int, text: str, where: str, fmt: Any = None, **style: Any
) -> None:
    """Text exactly as given, never evaluated (a leading "=" gets Excel's quote prefix), or a refusal
    naming `where` (never a silent cut). `fmt`: a format from `book.fmt`, or give `style` instead."""
    checked_text(text, where)
    if len(text) > EXCEL_CELL_CHARS // 2 and utf16_units(text) > EXCEL_CELL_CHARS:
        raise XlsxExportError(
            f"{where} holds {utf16_units(text):,} characters as Excel counts them (symbols such as emoji "
            f"count twice); a cell holds at most {EXCEL_CELL_CHARS:,}. "
            "Shorten it in the app, then export again"
        )
    if style:
        fmt = book.fmt(**style)
    if text.startswith(FORMULA_LEADS):
        fmt = book.quoted(fmt)
    ws.put_text(row, col, text, fmt)


def write_value(
    book: Book, ws: Any, row: int, col: int, value: Any, where: str, fmt: Any = None, **style: Any
) -> None:
    """Numbers, dates and text as themselves; None as an empty (formatted) cell."""
    if style:
        fmt = book.fmt(**style)
    if isinstance(value, str):
        write_text(book, ws, row, col, value, where, fmt)
    elif value is None:
        if fmt is not None:
            ws.write_blank(row, col, None, fmt)
    elif isinstance(value, bool):
        ws.write_boolean(row, col, value, fmt)
    elif isinstance(value, int | float):
        if value != value or value in (float("inf"), float("-inf")):
            raise XlsxExportError(f"{where} holds {value!r}, which a spreadsheet cannot hold")
        ws.write_number(row, col, value, fmt)
    elif isinstance(value, datetime | date):
        ws.write_datetime(row, col, value, fmt)
    else:
        raise XlsxExportError(f"{where} holds a {type(value).__name__}, which the export cannot write")


def write_formula(
    book: Book, ws: Any, row: int, col: int, formula: str, cached: Any, fmt: Any = None, **style: Any
) -> None:
    """A formula with the result the app computed for it (None: an empty result)."""
    ws.put_formula(row, col, formula, book.fmt(**style) if style else fmt, "" if cached is None else cached)


def mark(book: Book, ws: Any, key: str, number: int, header: str = "$A$1") -> None:
    """The sheet's two local defined names (layout.sheet_marks) on its header row."""
    from xlsxwriter.utility import quote_sheetname

    quoted = quote_sheetname(ws.name)
    for name in sheet_marks(key, number):  # XlsxWriter finds the sheet by its plain title before the "!"
        if book.wb.define_name(f"{ws.name}!{name}", f"={quoted}!{header}") != 0:
            raise XlsxExportError(f"the sheet {ws.name!r} cannot be marked for the import")


def protect(ws: Any) -> None:
    """Locked cells cannot be overwritten by accident; no password, so anyone may lift it to restructure."""
    ws.protect(
        "",
        {
            "format_cells": True,
            "format_columns": True,
            "format_rows": True,
            "insert_rows": True,
            "sort": True,
            "autofilter": True,
            "select_locked_cells": True,
            "select_unlocked_cells": True,
        },
    )


def header_footer_text(text: str) -> str:
    """Text for a print header or footer: "&" starts a code there, so it is doubled."""
    return text.replace("&", "&&")


def page_setup(
    ws: Any, title: str, stamp: str, *, header_rows: tuple[int, int] | None, landscape: bool
) -> None:
    """Fit to the page width, repeat the header row(s), title / date / page in the margins."""
    if landscape:
        ws.set_landscape()
    ws.set_paper(9)  # A4; Excel and LibreOffice rescale for Letter
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.5, right=0.5, top=0.75, bottom=0.75)
    if header_rows is not None:
        ws.repeat_rows(*header_rows)
    name = header_footer_text(title[:80])
    ws.set_header(f'&L&"{FONT},Bold"{name}&R&"{FONT},Regular"{header_footer_text(ws.name)}')
    ws.set_footer(f'&L&"{FONT},Regular"Exported {header_footer_text(stamp)}&RPage &P of &N')
