"""Values in a returned workbook are read with the one parser the editors use: text cells as the
importing person writes numbers and dates, number cells as they are. A value that cannot be stored is
refused with the sheet, row and column (or the cell) it sits in, and nothing is stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from xlsx_support import document, edit_cells, matrix_row, put_cell_xml

from duediligence.exchange.commands import import_command, prepare_import


def first_criterion(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["criteria_groups"][0]["criteria"][0]


def first_cost(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["options"][0]["costs"][0]


def only_error(crm, path: Path) -> str:
    """The one error line importing `path` gives; the import stores nothing."""
    db, eid = crm
    before = document(db, eid)
    report = import_command(db, path)
    assert [line.kind for line in report.lines] == ["error"]
    assert not report.applied and document(db, eid) == before
    sentence = report.lines[0].sentence
    sentence.encode("utf-8")  # printable as it is: no half characters
    return sentence


def test_a_weight_typed_as_text_1_5_under_english_is_refused_naming_sheet_row_and_column(
    crm, exported: Path, in_locale
) -> None:
    in_locale("en_US")
    db, eid = crm
    edit_cells(exported, [("Matrix", first_criterion(document(db, eid))["id"], "Weight", "1,5")])
    sentence = only_error(crm, exported)
    assert sentence.startswith(
        f"Matrix!G{matrix_row(exported)} (Account and contact management, Weight): "
        "'1,5' is not a number as written in English"
    )
    assert "write 1.5" in sentence


def test_a_weight_typed_as_text_1_5_under_german_is_one_and_a_half(crm, exported: Path, in_locale) -> None:
    in_locale("de_DE")
    db, eid = crm
    edit_cells(exported, [("Matrix", first_criterion(document(db, eid))["id"], "Weight", "1,5")])
    [line] = prepare_import(db, exported).lines
    assert (line.kind, line.field, line.new) == ("changed", "weight", 1.5)


def test_a_cost_typed_as_text_8_640_00_is_refused_under_english_and_8640_under_german(
    crm, exported: Path, in_locale
) -> None:
    db, eid = crm
    cost = first_cost(document(db, eid))
    assert cost["amount"] == 8640  # so 8640 is "unchanged" and a misreading (8.64) a change
    edit_cells(exported, [("Costs", cost["id"], "Amount", "8.640,00")])
    in_locale("en_GB")
    sentence = only_error(crm, exported)
    assert sentence.startswith(
        f"Costs!F2 ({cost['label']}, Amount): '8.640,00' is not a number as written in English"
    )
    in_locale("de_DE")
    assert prepare_import(db, exported).lines == ()


def test_a_weight_of_1e308_is_refused_by_the_bounds(crm, exported: Path) -> None:
    db, eid = crm
    edit_cells(exported, [("Matrix", first_criterion(document(db, eid))["id"], "Weight", 1e308)])
    assert only_error(crm, exported).startswith(
        f"Matrix!G{matrix_row(exported)} (Account and contact management, Weight): 1e+308 is too large"
    )


def test_the_largest_weight_is_accepted_and_the_next_refused(crm, exported: Path, tmp_path: Path) -> None:
    db, eid = crm
    criterion = first_criterion(document(db, eid))
    edit_cells(exported, [("Matrix", criterion["id"], "Weight", 1_000_000)])
    assert [line.new for line in prepare_import(db, exported).lines] == [1_000_000]
    edit_cells(exported, [("Matrix", criterion["id"], "Weight", 1_000_000.5)])
    assert "must be at most 1,000,000" in only_error(crm, exported)


@pytest.mark.parametrize(
    ("sheet", "ref", "value", "column"),
    [
        ("Options", "A2", "1e400", "ID"),
        ("Options", "A2", "-1e400", "ID"),
        ("Costs", "A2", "1e400", "ID"),
        ("Options", "A2", "1" + "0" * 1000, "ID"),
        ("Options", "A2", "1.5", "ID"),
        ("Matrix", "A2", "1e400", "ID"),
        ("Matrix", "G2", "1e400", "Weight"),
        ("Matrix", "G2", "1" + "0" * 1000, "Weight"),
        ("Costs", "F2", "-1e400", "Amount"),
    ],
)
def test_a_number_cell_beyond_any_float_is_one_error_line_naming_its_cell(
    crm, exported: Path, tmp_path: Path, sheet: str, ref: str, value: str, column: str
) -> None:
    edited = tmp_path / "edited.xlsx"
    if sheet == "Matrix":  # row 2: the first row under the header (the Matrix's is below its results)
        ref = f"{ref[0]}{matrix_row(exported)}"
    put_cell_xml(exported, edited, sheet, ref, f'<c r="{ref}"><v>{value}</v></c>')
    sentence = only_error(crm, edited)
    assert sentence.startswith(f"{sheet}!{ref} (") and f"{column}): " in sentence
    assert len(sentence) < 200


@pytest.mark.parametrize("value", ["nan", "inf", "1" + "0" * 5000, "0x10"])
def test_a_number_cell_no_program_could_write_is_one_error_line_naming_its_cell(
    crm, exported: Path, tmp_path: Path, value: str
) -> None:
    edited = tmp_path / "edited.xlsx"
    ref = f"G{matrix_row(exported, 1)}"
    put_cell_xml(exported, edited, "Matrix", ref, f'<c r="{ref}"><v>{value}</v></c>')
    sentence = only_error(crm, edited)
    assert sentence.startswith(f"Matrix!{ref} (Pipeline and renewal forecasting, Weight): holds '")
    assert sentence.endswith("which is not a value a spreadsheet can hold.") and len(sentence) < 200


def test_a_lone_surrogate_in_a_name_is_refused_as_a_broken_character(
    crm, exported: Path, tmp_path: Path
) -> None:
    edited = tmp_path / "edited.xlsx"
    cell = '<c r="B2" t="inlineStr"><is><t>North_xD800_wind</t></is></c>'  # OOXML's escape of U+D800
    put_cell_xml(exported, edited, "Options", "B2", cell)
    assert only_error(crm, edited).startswith(
        "Options!B2 (Northwind CRM Cloud, Name): 'North?wind' contains a broken character"
    )


def test_a_number_cell_in_a_text_column_keeps_the_digits_a_spreadsheet_shows(crm, exported: Path) -> None:
    db, eid = crm
    option = document(db, eid)["options"][0]
    edit_cells(
        exported,
        [("Options", option["id"], "Vendor", 1234567.5), ("Options", option["id"], "Contact", 0.1 + 0.2)],
    )
    changed = {line.field: line.new for line in prepare_import(db, exported).lines}
    assert changed == {"vendor": "1234567.5", "contact": "0.3"}  # not 1.23457e+06
