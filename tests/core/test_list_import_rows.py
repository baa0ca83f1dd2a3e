"""A list workbook's rows are counted as filled rows, not row positions: a formatted, empty row far
below the list (what LibreOffice writes after a row is deleted) is no reason to refuse the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from duediligence.exchange.list_files import MAX_ROWS, ListImportError, read_table


def list_workbook(path: Path, names: list[str]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Vendor"])
    for name in names:
        ws.append([name, "ACME"])
    wb.save(path)
    return path


def test_a_formatted_empty_last_row_of_the_sheet_is_not_counted(tmp_path: Path) -> None:
    path = list_workbook(tmp_path / "list.xlsx", ["Alpha", "Beta"])
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active.cell(1_048_576, 1).font = Font(bold=True)  # an empty row with formatting only
    wb.save(path)
    table = read_table(path)
    assert table.headers == ("Name", "Vendor")
    assert [(n, row) for n, row in table.rows] == [(2, ("Alpha", "ACME")), (3, ("Beta", "ACME"))]


def test_rows_far_apart_keep_their_sheet_row_numbers(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws["A3"], ws["B3"] = "Name", "Vendor"
    ws["A5"] = "Alpha"
    ws["A900000"] = "Omega"
    path = tmp_path / "far.xlsx"
    wb.save(path)
    table = read_table(path)
    assert table.header_row == 3
    assert [n for n, _ in table.rows] == [5, 900_000]


def test_the_row_limit_counts_filled_rows(tmp_path: Path) -> None:
    full = list_workbook(tmp_path / "full.xlsx", [f"Option {i}" for i in range(MAX_ROWS)])
    assert len(read_table(full).rows) == MAX_ROWS
    over = list_workbook(tmp_path / "over.xlsx", [f"Option {i}" for i in range(MAX_ROWS + 1)])
    with pytest.raises(ListImportError, match="more than 10,000 rows"):
        read_table(over)


def test_a_list_saved_by_libreoffice_after_a_row_delete_is_read(uno_python: str, tmp_path: Path) -> None:
    from calc import calc_session

    path = list_workbook(tmp_path / "list.xlsx", ["Alpha", "Beta", "Gamma"])
    with calc_session(uno_python, path) as calc:
        calc.delete_row("Sheet", 3)  # Beta
        saved = calc.save(tmp_path / "saved.xlsx")
    table = read_table(saved)
    assert [row[0] for _, row in table.rows] == ["Alpha", "Gamma"]
