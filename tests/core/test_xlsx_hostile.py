"""Workbooks from outside are untrusted: each hostile file is refused with a clear message, and the
database is exactly as it was."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import openpyxl.xml
import pytest
from xlsx_support import document, replace_entry, sheet_entry

from duediligence.errors import WorkbookError
from duediligence.exchange.commands import import_command, prepare_import
from duediligence.exchange.layout import META_SHEET
from duediligence.exchange.safety import XlsxImportError

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">
<c r="A1" t="inlineStr"><is><t>&lol4;</t></is></c></row></sheetData></worksheet>"""


def refused(crm, path: Path, message: str) -> None:
    """The import fails with `message`, and the evaluation is unchanged."""
    db, eid = crm
    before = document(db, eid)
    with pytest.raises(XlsxImportError, match=message) as caught:
        import_command(db, path)
    assert "Nothing in the workbook was changed" in str(caught.value)
    assert document(db, eid) == before


def test_a_file_that_is_not_a_zip_is_refused(crm, tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("name,score\nNorthwind,8\n")
    refused(crm, path, "not a zip archive")


def test_a_truncated_workbook_is_refused(crm, exported: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(exported.read_bytes()[: exported.stat().st_size // 2])
    refused(crm, path, "not a zip archive|damaged|truncated")


def test_a_zip_bomb_is_refused_before_parsing(crm, exported: Path, tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    zeros = b"<worksheet>" + b"0" * 20_000_000 + b"</worksheet>"
    replace_entry(exported, path, sheet_entry(exported, "Summary"), zeros)
    assert path.stat().st_size < 200_000
    refused(crm, path, "zip bomb")


def test_a_billion_laughs_sheet_is_refused_by_defusedxml(crm, exported: Path, tmp_path: Path) -> None:
    path = tmp_path / "laughs.xlsx"
    replace_entry(exported, path, sheet_entry(exported, "Summary"), BILLION_LAUGHS)
    refused(crm, path, "declares entities or a DTD")


def test_a_workbook_with_macros_is_refused(crm, exported: Path, tmp_path: Path) -> None:
    path = tmp_path / "macro.xlsx"
    replace_entry(exported, path, "xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not really", add=True)
    refused(crm, path, "macros")


def test_an_xlsm_file_is_refused_by_its_name(crm, exported: Path, tmp_path: Path) -> None:
    path = tmp_path / "crm.xlsm"
    path.write_bytes(exported.read_bytes())
    refused(crm, path, "macro-enabled")


def test_a_workbook_made_by_another_program_is_refused(crm, tmp_path: Path) -> None:
    path = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Option", "Score"])
    wb.save(path)
    refused(crm, path, "this workbook was not exported by the Due-Diligence Workbook")


def test_a_changed_export_data_sheet_is_refused(crm, exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    wb[META_SHEET]["A2"].value = wb[META_SHEET]["A2"].value.replace('"title"', '"titel"', 1)
    wb.save(exported)
    refused(crm, exported, "changed or is damaged")


def test_import_is_refused_when_defusedxml_is_not_protecting_the_parser(
    crm, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = crm
    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    with pytest.raises(WorkbookError, match="defusedxml"):
        prepare_import(db, exported)


def test_a_sheet_claiming_the_whole_grid_is_read_by_its_real_cells(
    crm, exported: Path, tmp_path: Path
) -> None:
    db, _ = crm
    path = tmp_path / "claims.xlsx"
    entry = sheet_entry(exported, "Matrix")
    with zipfile.ZipFile(exported) as z:
        xml = z.read(entry)
    start = xml.index(b'<dimension ref="') + len(b'<dimension ref="')
    claimed = xml[:start] + b"A1:XFD1048576" + xml[xml.index(b'"', start) :]
    replace_entry(exported, path, entry, claimed)
    assert prepare_import(db, path).lines == ()
