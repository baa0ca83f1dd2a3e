"""Helpers shared by the Excel export/import tests: a workbook with the samples, and cell edits the way a
colleague would make them (openpyxl standing in for Excel)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from duediligence.reads.documents import evaluation_document
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples


def workbook_with_samples(path: Path) -> tuple[Database, list[int]]:
    db = Database.open(path)
    with db.transaction() as session:
        ids = add_samples().apply(session).result
    return db, ids


def document(db: Database, evaluation_id: int) -> dict[str, Any]:
    with db.reading() as session:
        return evaluation_document(session, evaluation_id)


def header_row(ws: Any) -> int:
    """A sheet's header row (1-based), as its `DD_KIND_…` mark names it (the Matrix's stands below its
    results block); row 1 for a sheet without a mark."""
    import re

    for name in ws.defined_names:
        if name.startswith("DD_KIND_"):
            found = re.search(r"\$(\d+)", ws.defined_names[name].attr_text)
            if found:
                return int(found.group(1))
    return 1


def matrix_row(path: Path, i: int = 0) -> int:
    """The sheet row (1-based) of the Matrix's criterion i (0-based, in the exported order): the
    criteria table stands below the results block, under the header row its mark names."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    try:
        return header_row(wb["Matrix"]) + 1 + i
    finally:
        wb.close()


def column_of(ws: Any, header: str) -> int:
    for cell in ws[header_row(ws)]:
        if cell.value == header:
            return cell.column
    raise KeyError(header)


def row_of(ws: Any, row_id: int) -> int:
    for row in range(header_row(ws) + 1, ws.max_row + 1):
        if ws.cell(row, 1).value == row_id:
            return row
    raise KeyError(row_id)


def edit_cells(path: Path, edits: list[tuple[str, int, str, Any]]) -> None:
    """Set (sheet, row id or sheet row as -n, column header, value) cells and save, like Excel would."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    for sheet, row_id, header, value in edits:
        ws = wb[sheet]
        row = -row_id if row_id < 0 else row_of(ws, row_id)
        ws.cell(row, column_of(ws, header)).value = value
    wb.save(path)


def append_row(path: Path, sheet: str, values: dict[str, Any]) -> int:
    """Type a new row just below a sheet's table; returns its row number."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb[sheet]
    row = ws.max_row + 1
    for header, value in values.items():
        ws.cell(row, column_of(ws, header)).value = value
    table = next(iter(ws.tables.values()))
    start = table.ref.split(":")[0]
    table.ref = f"{start}:{table.ref.split(':')[1].rstrip('0123456789')}{row}"
    wb.save(path)
    return row


def replace_entry(source: Path, dest: Path, name: str, data: bytes | None, *, add: bool = False) -> None:
    """Copy an .xlsx with one zip entry replaced (or added, or dropped when data is None)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename == name and not add:
                if data is not None:
                    zout.writestr(name, data)
                continue
            zout.writestr(info, zin.read(info.filename))
        if add and data is not None:
            zout.writestr(name, data)


def sheet_entry(path: Path, title: str) -> str:
    """The zip entry name of a sheet, found through the workbook's relationships."""
    import re

    with zipfile.ZipFile(path) as z:
        workbook = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet[^>]*name="{re.escape(title)}"[^>]*r:id="([^"]+)"', workbook)
    if rid is None:
        rid = re.search(rf'<sheet[^>]*r:id="([^"]+)"[^>]*name="{re.escape(title)}"', workbook)
    assert rid is not None
    target = re.search(rf'Id="{rid.group(1)}"[^>]*Target="([^"]+)"', rels) or re.search(
        rf'Target="([^"]+)"[^>]*Id="{rid.group(1)}"', rels
    )
    assert target is not None
    return "xl/" + target.group(1).removeprefix("/xl/")


def put_cell_xml(source: Path, dest: Path, sheet: str, ref: str, cell: str) -> None:
    """Copy an .xlsx with the cell `ref` of `sheet` replaced by raw XML (`<c r="G2"><v>1e400</v></c>`),
    as a hand-edited or hostile file would hold it: what no spreadsheet program would write."""
    import re

    entry = sheet_entry(source, sheet)
    with zipfile.ZipFile(source) as z:
        xml = z.read(entry).decode()
    found = re.search(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', xml)
    assert found is not None, ref
    replace_entry(source, dest, entry, (xml[: found.start()] + cell + xml[found.end() :]).encode())
