"""The export's own cell writer: the same XML as XlsxWriter's for every cell it writes directly, and text
that stays exactly as given whatever it looks like."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from duediligence.exchange.safety import XlsxExportError, ooxml_unescape
from duediligence.exchange.xlsx_book import Book, write_formula, write_text, write_value

CELLS = [
    1,
    -2.5,
    0.1 + 0.2,
    1e-300,
    123456789012345.67,
    "plain text",
    "text & <tags>",
    None,
    True,
]
FORMULAS = [
    ("=1+1", 2),
    ("=0.1+0.2", 0.1 + 0.2),
    ('="a"&"b"', "ab"),
    ('=""', ""),
    ("=1=1", True),
    ("=A1", None),
]


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml").decode()


def fill(book: Book, ws, put) -> None:
    fmt = book.fmt(num_format="0.00")
    for i, value in enumerate(CELLS):
        put(ws, i, 0, value, fmt)
    for i, (formula, cached) in enumerate(FORMULAS):
        ws.write_formula(i, 1, formula, fmt, "" if cached is None else cached)


def test_cells_written_directly_are_the_same_xml_xlsxwriter_writes(tmp_path: Path) -> None:
    from xlsxwriter.worksheet import Worksheet

    def ours(ws, row, col, value, fmt):
        write_value(ours_book, ws, row, col, value, "test", fmt)

    def theirs(ws, row, col, value, fmt):
        if value is None:
            ws.write_blank(row, col, None, fmt)
        else:
            ws.write(row, col, value, fmt)

    ours_book, plain_book = Book(tmp_path / "ours.xlsx"), Book(tmp_path / "plain.xlsx")
    fill(ours_book, ours_book.sheet("S"), ours)
    fill(plain_book, plain_book.wb.add_worksheet("S", worksheet_class=Worksheet), theirs)
    ours_book.close()
    plain_book.close()
    assert sheet_xml(tmp_path / "ours.xlsx") == sheet_xml(tmp_path / "plain.xlsx")


@pytest.mark.parametrize(
    "text",
    [
        "<r>a&b</r>",
        "<r><t>x</t></r>",
        "a_x0041_b",
        "line\r\nnext\rend",
        '=HYPERLINK("x")',
        " padded ",
        "tab\there",
    ],
)
def test_text_is_read_back_exactly_and_never_as_a_formula(tmp_path: Path, text: str) -> None:
    book = Book(tmp_path / "t.xlsx")
    ws = book.sheet("S")
    write_text(book, ws, 0, 0, text, "test")
    write_formula(book, ws, 1, 0, "=1+1", 2)
    book.close()
    cell = next(load_workbook(tmp_path / "t.xlsx", read_only=True)["S"].iter_rows())[0]
    assert (ooxml_unescape(cell.value), cell.data_type) == (text, "s")


def test_text_longer_than_a_cell_as_excel_counts_it_is_refused(tmp_path: Path) -> None:
    book = Book(tmp_path / "t.xlsx")
    with pytest.raises(XlsxExportError, match="as Excel counts them"):
        write_text(book, book.sheet("S"), 0, 0, "😀" * 20_000, "the note")  # 20,000 characters, 40,000 units
