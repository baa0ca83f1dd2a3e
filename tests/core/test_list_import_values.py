"""A list (CSV or .xlsx) is read with the one parser the editors use: text as the importing person
writes numbers, number cells as they are; whatever cannot be stored is an error line naming the row
and column, and one error line blocks the whole import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from xlsx_support import put_cell_xml

from duediligence.exchange.list_columns import CRITERIA, OPTIONS
from duediligence.exchange.list_columns import suggest_mapping as mapping_for
from duediligence.exchange.list_files import ListImportError, read_table
from duediligence.exchange.lists import plan_list_import
from duediligence.operations.evaluations import CreateEvaluation
from duediligence.reads.documents import evaluation_document
from duediligence.storage.database import Database


@pytest.fixture
def eid(db: Database) -> int:
    with db.transaction() as session:
        evaluation_id: int = CreateEvaluation("CRM", {}).apply(session).result
    return evaluation_id


def plan(db: Database, eid: int, path: Path, target: str = CRITERIA) -> Any:
    table = read_table(path)
    with db.reading() as session:
        return plan_list_import(session, eid, table, target, mapping_for(table.headers, target))


def stored_weights(db: Database, eid: int, path: Path) -> dict[str, float]:
    result = plan(db, eid, path)
    assert not result.errors, [e.sentence for e in result.errors]
    with db.transaction() as session:
        result.operation().apply(session)
    with db.reading() as session:
        doc = evaluation_document(session, eid)
    return {c["name"]: c["weight"] for c in doc["ungrouped_criteria"]}


def errors(db: Database, eid: int, path: Path, target: str = CRITERIA) -> list[str]:
    result = plan(db, eid, path, target)
    assert not result.can_apply
    for line in result.errors:
        line.sentence.encode("utf-8")  # printable: no half characters
    return [line.sentence for line in result.errors]


def csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    return path


def xlsx(tmp_path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    path = tmp_path / "list.xlsx"
    wb.save(path)
    return path


def test_a_german_list_is_read_as_german_numbers_under_german(
    db: Database, eid: int, tmp_path: Path, in_locale
) -> None:
    in_locale("de_DE")
    path = csv(tmp_path, "Kriterium;Gewicht\nPreis;1,5\nSupport;1.500\nSicherheit;2.500,25\n")
    assert stored_weights(db, eid, path) == {"Preis": 1.5, "Support": 1500, "Sicherheit": 2500.25}


def test_1_500_in_a_semicolon_list_is_fifteen_hundred_under_english_not_one_and_a_half(
    db: Database, eid: int, tmp_path: Path, in_locale
) -> None:
    in_locale("en_US")
    path = csv(tmp_path, "Criterion;Weight\nSupport;1,500\nPrice;2.25\n")
    assert stored_weights(db, eid, path) == {"Support": 1500, "Price": 2.25}


def test_an_ambiguous_1_5_under_english_is_an_error_line_saying_how_to_write_it(
    db: Database, eid: int, tmp_path: Path, in_locale
) -> None:
    in_locale("en_GB")
    path = csv(tmp_path, 'Criterion,Weight\nPrice,"1,5"\nSupport,"8.640,00"\n')
    assert errors(db, eid, path) == [
        "Row 2 (Price), Weight: is not a number as written in English (United Kingdom), where the decimal "
        "sign is “.”: write 1.5 (got “1,5”)",
        "Row 3 (Support), Weight: is not a number as written in English (United Kingdom), where the "
        "decimal sign is “.”: write 8,640 (got “8.640,00”)",
    ]


def test_a_weight_in_percent_is_read_as_its_number(db: Database, eid: int, tmp_path: Path, in_locale) -> None:
    in_locale("en_GB")
    path = csv(tmp_path, "Criterion,Weight\nPrice,25 %\nSupport,12.5%\n")
    assert stored_weights(db, eid, path) == {"Price": 25, "Support": 12.5}


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("1e308", "is not a number"),
        ("1e400", "is not a number"),
        ("NaN", "is not a number"),
        ("inf", "is not a number"),
        ("1" + "0" * 1000, "is not a number (1001 characters)"),
        ("1,000,001", "must be at most 1,000,000"),
        ("-0.5", "must be at least 0"),
    ],
)
def test_an_extreme_weight_written_as_text_is_an_error_line(
    db: Database, eid: int, tmp_path: Path, in_locale, text: str, says: str
) -> None:
    in_locale("en_US")
    [sentence] = errors(db, eid, csv(tmp_path, f'Criterion,Weight\nPrice,"{text}"\n'))
    assert sentence.startswith("Row 2 (Price), Weight: ") and says in sentence


def test_number_cells_of_a_workbook_are_taken_as_they_are_and_bounded(
    db: Database, eid: int, tmp_path: Path, in_locale
) -> None:
    in_locale("de_DE")  # a number cell is a number whatever the language
    path = xlsx(tmp_path, [["Criterion", "Weight"], ["Price", 1.5], ["Support", 1e6]])
    assert stored_weights(db, eid, path) == {"Price": 1.5, "Support": 1e6}
    path = xlsx(tmp_path, [["Criterion", "Weight"], ["Price", 1e308], ["Support", 1_000_001]])
    assert [sentence.split(" (got")[0] for sentence in errors(db, eid, path)] == [
        "Row 2 (Price), Weight: is too large (at most 1,000,000,000,000,000)",
        "Row 3 (Support), Weight: must be at most 1.000.000",
    ]


@pytest.mark.parametrize("value", ["1e400", "-1e400", "1" + "0" * 1000])
def test_a_number_cell_beyond_any_float_is_an_error_line_naming_row_and_column(
    db: Database, eid: int, tmp_path: Path, value: str
) -> None:
    source = xlsx(tmp_path, [["Criterion", "Weight"], ["Price", 2]])
    edited = tmp_path / "edited.xlsx"
    put_cell_xml(source, edited, "Sheet", "B2", f'<c r="B2"><v>{value}</v></c>')
    [sentence] = errors(db, eid, edited)
    assert sentence.startswith("Row 2 (Price), Weight: ") and len(sentence) < 200


def test_a_number_cell_beyond_any_float_as_a_name_is_refused_not_a_crash(
    db: Database, eid: int, tmp_path: Path
) -> None:
    source = xlsx(tmp_path, [["Name", "Vendor"], ["x", "A"], ["y", "B"]])
    edited, again = tmp_path / "edited.xlsx", tmp_path / "again.xlsx"
    put_cell_xml(source, edited, "Sheet", "A2", '<c r="A2"><v>1e400</v></c>')
    put_cell_xml(edited, again, "Sheet", "A3", f'<c r="A3"><v>{"9" * 1000}</v></c>')
    result = plan(db, eid, again, OPTIONS)
    assert [(line.kind, line.row) for line in result.lines] == [("add", 2), ("error", 3)]
    assert result.lines[0].name == "inf"  # as the cell shows it; a name may be any text
    assert "is 1,000 characters" in result.lines[1].text


@pytest.mark.parametrize("value", ["nan", "1" + "0" * 5000])
def test_a_number_cell_no_program_could_read_is_refused_naming_its_cell(tmp_path: Path, value: str) -> None:
    source = xlsx(tmp_path, [["Criterion", "Weight"], ["Price", 2]])
    edited = tmp_path / "edited.xlsx"
    put_cell_xml(source, edited, "Sheet", "B2", f'<c r="B2"><v>{value}</v></c>')
    with pytest.raises(ListImportError, match=r"the sheet 'Sheet', cell B2, holds '") as caught:
        read_table(edited)
    assert "\n" not in str(caught.value)


def test_a_lone_surrogate_is_an_error_line_that_can_be_printed(
    db: Database, eid: int, tmp_path: Path
) -> None:
    source = xlsx(tmp_path, [["Name", "Vendor"], ["x", "A"]])
    edited = tmp_path / "edited.xlsx"
    cell = '<c r="A2" t="inlineStr"><is><t>Pipe_xD800_drive</t></is></c>'  # OOXML's escape of U+D800
    put_cell_xml(source, edited, "Sheet", "A2", cell)
    [sentence] = errors(db, eid, edited, OPTIONS)
    assert sentence.startswith("Row 2 (Pipe\ufffddrive), Name: contains a broken character")


def test_a_header_with_a_lone_surrogate_is_shown_with_a_replacement_character(tmp_path: Path) -> None:
    source = xlsx(tmp_path, [["Name", "Vendor"], ["x", "A"]])
    edited = tmp_path / "edited.xlsx"
    put_cell_xml(source, edited, "Sheet", "B1", '<c r="B1" t="inlineStr"><is><t>Ven_xDFFF_dor</t></is></c>')
    assert read_table(edited).headers == ("Name", "Ven\ufffddor")


def test_a_number_cell_as_a_name_keeps_the_digits_a_spreadsheet_shows(
    db: Database, eid: int, tmp_path: Path
) -> None:
    path = xlsx(tmp_path, [["Criterion", "Weight"], [1234567.5, 2], [20261204, 1]])
    assert stored_weights(db, eid, path) == {"1234567.5": 2, "20261204": 1}


def test_a_value_with_a_line_break_is_quoted_on_one_line(db: Database, eid: int, tmp_path: Path) -> None:
    path = csv(tmp_path, 'Criterion,Weight\nSpeed,"0\n0"\n')
    [sentence] = errors(db, eid, path)
    assert "\n" not in sentence and "(got “0⏎0”)" in sentence
