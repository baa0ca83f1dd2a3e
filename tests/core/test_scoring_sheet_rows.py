"""A returned scoring sheet is measured by its filled rows, not by its last row's number: LibreOffice
writes an empty row 1,048,576 into a sheet whose rows were deleted (see test_scoring_sheet_calc.py for
the real program); only a row past the end of any sheet is refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from test_scoring_sheets import fill
from xlsx_support import replace_entry, sheet_entry

from duediligence.exchange.safety import XlsxImportError
from duediligence.exchange.scoring_sheets import read_scoring_sheet, write_scoring_sheet

CALC_EMPTY_ROW = '<row r="{n}" customFormat="false" ht="12.8" hidden="false" customHeight="false"></row>'


def with_row(source: Path, dest: Path, sheet: str, row_xml: str) -> Path:
    """A copy of the workbook with `row_xml` added as the sheet's last row, as LibreOffice writes it."""
    entry = sheet_entry(source, sheet)
    with zipfile.ZipFile(source) as z:
        xml = z.read(entry).decode()
    replace_entry(source, dest, entry, xml.replace("</sheetData>", row_xml + "</sheetData>").encode())
    return dest


@pytest.mark.parametrize("sheet", ["Scores", "Notes"])
def test_an_empty_row_1048576_as_libreoffice_writes_it_is_not_counted(
    crm, tmp_path: Path, sheet: str
) -> None:
    db, eid = crm
    sent = write_scoring_sheet(db, eid, "Anna", tmp_path / "anna.xlsx")
    fill(sent, {(0, 0): 7})
    back = with_row(sent, tmp_path / "back.xlsx", sheet, CALC_EMPTY_ROW.format(n=1_048_576))
    plan = read_scoring_sheet(db, back)
    assert (plan.problems, plan.values) == ((), 1)


def test_a_row_past_the_last_row_any_sheet_has_is_refused_naming_the_sheet(crm, tmp_path: Path) -> None:
    db, eid = crm
    sent = write_scoring_sheet(db, eid, "Anna", tmp_path / "anna.xlsx")
    past = '<row r="1048577"><c r="A1048577"><v>1</v></c></row>'
    back = with_row(sent, tmp_path / "back.xlsx", "Scores", past)
    with pytest.raises(XlsxImportError, match=r"the sheet 'Scores' has rows beyond row 1,048,576"):
        read_scoring_sheet(db, back)
