"""A returned scoring sheet is read with the one parser the editors use: a score typed as text is read
as the importing person writes numbers, a number cell as it is; anything that cannot be stored refuses
the sheet, naming the cell, and nothing is stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_scoring_sheets import fill, stored
from xlsx_support import put_cell_xml

from duediligence.exchange.safety import XlsxImportError
from duediligence.exchange.scoring_sheets import read_scoring_sheet, write_scoring_sheet


@pytest.fixture
def sheet(crm, tmp_path: Path) -> Path:
    db, eid = crm
    return write_scoring_sheet(db, eid, "Anna", tmp_path / "anna.xlsx")


def problems(crm, path: Path) -> list[str]:
    db, _ = crm
    found = list(read_scoring_sheet(db, path).problems)
    assert stored(db) == {}
    for problem in found:
        problem.encode("utf-8")  # printable: no half characters
    return found


def test_a_score_typed_as_7_5_is_seven_and_a_half_under_german(crm, sheet: Path, in_locale) -> None:
    db, _ = crm
    in_locale("de_DE")
    fill(sheet, {(0, 0): "7,5", (0, 1): "6"})
    assert sorted(s.value for s in read_scoring_sheet(db, sheet).scores) == [6.0, 7.5]


def test_a_score_typed_as_7_5_under_english_is_refused_saying_how_to_write_it(
    crm, sheet: Path, in_locale
) -> None:
    in_locale("en_US")
    fill(sheet, {(0, 0): "7,5"})
    [problem] = problems(crm, sheet)
    assert problem.startswith("Scores, cell E6 (")
    assert "is not a number as written in English (United States)" in problem and "write 7.5" in problem


@pytest.mark.parametrize(
    ("value", "says"),
    [
        (1e308, "is too large"),
        (-1e308, "is too large"),
        ("1e400", "is not a number"),
        ("NaN", "is not a number"),
        (True, "expected 0 to 10"),
        ("1" + "0" * 1000, "is not a number (1001 characters)"),
    ],
)
def test_an_extreme_score_is_refused_naming_its_cell(crm, sheet: Path, value: Any, says: str) -> None:
    fill(sheet, {(0, 1): value})
    [problem] = problems(crm, sheet)
    assert problem.startswith("Scores, cell F6 (") and says in problem and len(problem) < 400


@pytest.mark.parametrize("value", ["1e400", "-1e400", "1" + "0" * 1000])
def test_a_number_cell_beyond_any_float_is_refused_naming_its_cell(
    crm, sheet: Path, tmp_path: Path, value: str
) -> None:
    edited = tmp_path / "edited.xlsx"
    put_cell_xml(sheet, edited, "Scores", "F6", f'<c r="F6"><v>{value}</v></c>')
    [problem] = problems(crm, edited)
    assert problem.startswith("Scores, cell F6 (")


def test_an_id_cell_beyond_any_float_is_a_missing_row_not_a_crash(crm, sheet: Path, tmp_path: Path) -> None:
    edited = tmp_path / "edited.xlsx"
    put_cell_xml(sheet, edited, "Scores", "A6", '<c r="A6"><v>1e400</v></c>')
    [problem] = problems(crm, edited)
    assert problem.startswith("Scores: the row of criterion") and "is missing" in problem


@pytest.mark.parametrize("value", ["nan", "1" + "0" * 5000])
def test_a_number_cell_no_program_could_read_is_refused_naming_its_cell(
    crm, sheet: Path, tmp_path: Path, value: str
) -> None:
    db, _ = crm
    edited = tmp_path / "edited.xlsx"
    put_cell_xml(sheet, edited, "Scores", "F6", f'<c r="F6"><v>{value}</v></c>')
    with pytest.raises(XlsxImportError, match=r"the sheet 'Scores', cell F6, holds '"):
        read_scoring_sheet(db, edited)


def test_a_note_with_a_lone_surrogate_is_refused_naming_its_cell(crm, sheet: Path, tmp_path: Path) -> None:
    edited = tmp_path / "edited.xlsx"
    cell = '<c r="E6" t="inlineStr"><is><t>good_xD800_</t></is></c>'  # OOXML's escape of U+D800
    put_cell_xml(sheet, edited, "Notes", "E6", cell)
    [problem] = problems(crm, edited)
    assert problem.startswith("Notes, cell E6 (") and "contains a broken character" in problem


def test_a_note_longer_than_a_note_may_be_is_refused_not_cut(crm, sheet: Path) -> None:
    fill(sheet, {(0, 0): 7}, {(0, 0): "n" * 20_001})
    [problem] = problems(crm, sheet)
    assert problem.startswith("Notes, cell E6 (") and "is 20,001 characters long; at most 20,000" in problem
