"""The import's sheet reader gives, for every filled row, exactly the values openpyxl's own read-only
reader gives (formulas marked as formulas), whether the file was written by the export or saved again
by another program; only empty rows are left out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from xlsx_support import workbook_with_samples

from duediligence.exchange.commands import export_command
from duediligence.exchange.safety import ooxml_unescape
from duediligence.exchange.sheet_reader import Formula, filled_rows


def openpyxls_rows(ws: Any) -> list[tuple[int, tuple[Any, ...]]]:
    ws.reset_dimensions()
    rows = []
    for number, cells in enumerate(ws.iter_rows(), start=1):
        values = []
        for cell in cells:
            value = cell.value
            if isinstance(value, str):
                value = Formula(ooxml_unescape(value)) if cell.data_type == "f" else ooxml_unescape(value)
            values.append(None if value == "" else value)
        while values and values[-1] is None:
            values.pop()
        if values:
            rows.append((number, tuple(values)))
    return rows


@pytest.fixture(params=["as exported", "saved again"])
def workbook(request, tmp_path: Path) -> Path:
    db, ids = workbook_with_samples(tmp_path / "wb.db")
    path = export_command(db, [str(i) for i in ids], tmp_path / "both.xlsx")
    db.close()
    if request.param == "saved again":
        load_workbook(path).save(path)  # shared strings, rewritten formulas and styles
    return path


def test_every_filled_row_holds_what_openpyxl_reads(workbook: Path) -> None:
    book = load_workbook(workbook, read_only=True)
    try:
        for ws in book.worksheets:
            ours, theirs = filled_rows(ws, workbook), tuple(openpyxls_rows(ws))
            assert ours == theirs, ws.title
            kinds = [type(v) for _, row in ours for v in row]
            assert kinds == [type(v) for _, row in theirs for v in row], ws.title
    finally:
        book.close()


@pytest.mark.parametrize(
    "cell",
    [
        '<c r="K2" t="inlineStr"><is><r><t>rich </t></r><r><t xml:space="preserve">text </t></r>'
        '<rPh sb="0" eb="1"><t>phonetic</t></rPh></is></c>',
        '<c r="K2" t="b"><v>1</v></c>',
        '<c r="K2" t="e"><v>#N/A</v></c>',
        '<c r="K2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>',
        '<c r="K2" t="d"><v>2026-12-04T00:00:00</v></c>',
        '<c r="K2"><v>1.5E3</v></c>',
        '<c r="K2" t="inlineStr"><is><t>North_x000D_wind</t></is></c>',
    ],
)
def test_a_cell_any_program_may_write_reads_as_openpyxl_reads_it(tmp_path: Path, cell: str) -> None:
    from xlsx_support import put_cell_xml

    db, ids = workbook_with_samples(tmp_path / "wb.db")
    path = export_command(db, [str(ids[0])], tmp_path / "crm.xlsx")
    db.close()
    edited = tmp_path / "edited.xlsx"
    put_cell_xml(path, edited, "Options", "K2", cell)
    book = load_workbook(edited, read_only=True)
    try:
        assert filled_rows(book["Options"], edited) == tuple(openpyxls_rows(book["Options"]))
    finally:
        book.close()


def test_a_sheet_declaring_a_dtd_is_refused_as_a_possible_attack(tmp_path: Path) -> None:
    from xlsx_support import replace_entry, sheet_entry

    from duediligence.exchange.commands import prepare_import
    from duediligence.exchange.safety import XlsxImportError

    db, ids = workbook_with_samples(tmp_path / "wb.db")
    path = export_command(db, [str(ids[0])], tmp_path / "crm.xlsx")
    entry = sheet_entry(path, "Risks")
    import zipfile

    with zipfile.ZipFile(path) as z:
        xml = z.read(entry).decode()
    start = xml.index("<worksheet")
    replace_entry(
        path, tmp_path / "dtd.xlsx", entry, (xml[:start] + "<!DOCTYPE worksheet>" + xml[start:]).encode()
    )
    try:
        with pytest.raises(XlsxImportError, match="declares entities or a DTD"):
            prepare_import(db, tmp_path / "dtd.xlsx")
    finally:
        db.close()
