"""What a colleague does to a shared workbook in a spreadsheet program, done with openpyxl: sort,
delete and insert rows, rename sheets, and the empty last row LibreOffice writes after a deletion.

`mark_sheets` adds the sheet marks of the export contract (layout.sheet_marks) the way the export
writes them, so these tests hold whether or not the export in this branch writes them already.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from duediligence.exchange.layout import sheet_marks


def _edit(path: Path, change: Any) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    change(wb)
    wb.save(path)


def header_row(ws: Any) -> int:
    """The row holding the ID header (the export puts it first; a colleague may push it down)."""
    for row in range(1, min(ws.max_row, 60) + 1):
        if ws.cell(row, 1).value == "ID":
            return row
    return 1


def mark_sheets(path: Path) -> None:
    """Give every exported sheet its two sheet-scoped names, pointing at its header row."""
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.workbook.defined_name import DefinedName

    def mark(wb: Any) -> None:
        from duediligence.exchange.layout import META_SHEET
        from duediligence.exchange.meta import decode

        meta = decode([tuple(c.value for c in row) for row in wb[META_SHEET].iter_rows()])
        assert meta is not None
        for number, entry in enumerate(meta["evaluations"], start=1):
            for key, title in entry["sheets"].items():
                try:
                    names = sheet_marks(key, number)
                except ValueError:
                    continue
                mark_one(wb[title], names)

    def mark_one(ws: Any, names: tuple[str, str]) -> None:
        row = header_row(ws)
        last = get_column_letter(max(ws.max_column, 1))
        ref = f"{quote_sheetname(ws.title)}!$A${row}:${last}${row}"
        for name in names:
            ws.defined_names[name] = DefinedName(name, attr_text=ref)

    _edit(path, mark)


def move_mark(path: Path, sheet: str, row: int) -> None:
    """Point a sheet's marks at another header row, as a spreadsheet program does when rows are
    inserted above it."""
    from openpyxl.utils import quote_sheetname
    from openpyxl.workbook.defined_name import DefinedName

    def move(wb: Any) -> None:
        ws = wb[sheet]
        for name in list(ws.defined_names):
            found = re.search(r":\$([A-Z]+)\$", ws.defined_names[name].attr_text)
            last = found.group(1) if found else "A"
            ws.defined_names[name] = DefinedName(
                name, attr_text=f"{quote_sheetname(ws.title)}!$A${row}:${last}${row}"
            )

    _edit(path, move)


def rename_sheet(path: Path, old: str, new: str) -> None:
    """Rename a sheet; its marks follow it (LibreOffice and Excel rewrite them too)."""
    from openpyxl.utils import quote_sheetname

    def rename(wb: Any) -> None:
        ws = wb[old]
        ws.title = new
        for name in ws.defined_names.values():
            name.attr_text = quote_sheetname(new) + "!" + name.attr_text.split("!", 1)[1]

    _edit(path, rename)


def row_of_id(ws: Any, row_id: int) -> int:
    for row in range(1, ws.max_row + 1):
        if ws.cell(row, 1).value == row_id:
            return row
    raise KeyError(row_id)


def delete_row(path: Path, sheet: str, row_id: int) -> None:
    """Delete the row with this ID, the rows below moving up."""
    _edit(path, lambda wb: wb[sheet].delete_rows(row_of_id(wb[sheet], row_id)))


def insert_rows(path: Path, sheet: str, at: int, count: int = 1) -> None:
    """Insert empty rows before row `at`, the rows below moving down."""
    _edit(path, lambda wb: wb[sheet].insert_rows(at, count))


def put(path: Path, sheet: str, cells: dict[str, Any]) -> None:
    """Type values into cells given as A1 references."""

    def typed(wb: Any) -> None:
        for ref, value in cells.items():
            wb[sheet][ref].value = value

    _edit(path, typed)


def sort_rows(path: Path, sheet: str, first: int, last: int, key_column: int, reverse: bool = True) -> None:
    """Sort rows first..last by one column, moving whole rows (formulas move as they are)."""

    def sort(wb: Any) -> None:
        ws = wb[sheet]
        width = ws.max_column
        rows = [[ws.cell(r, c).value for c in range(1, width + 1)] for r in range(first, last + 1)]
        rows.sort(key=lambda values: str(values[key_column - 1]), reverse=reverse)
        for offset, values in enumerate(rows):
            for c, value in enumerate(values, start=1):
                ws.cell(first + offset, c).value = value

    _edit(path, sort)


def empty_last_row(path: Path, sheet: str) -> None:
    """What LibreOffice writes after a row was deleted: a formatted, empty row 1,048,576."""
    from openpyxl.styles import Font

    _edit(path, lambda wb: setattr(wb[sheet].cell(1_048_576, 1), "font", Font(bold=True)))
