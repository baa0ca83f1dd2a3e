"""A scoring sheet filled in by an evaluator in LibreOffice Calc (German locale) comes back whole.

One Calc session: the evaluator types scores as a German writes them, is stopped by the sheet's scale
check, switches the sheet's protection off (it has no password) to delete a blank row below the
grid, and saves. Calc then writes an empty row 1,048,576 into that sheet.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from calc import CalcRefused, calc_session, cell_name, header_row, row_with_id
from xlsx_support import workbook_with_samples

from duediligence.exchange.scoring_sheets import SCORES, read_scoring_sheet, write_scoring_sheet
from duediligence.reads.matrix import load_matrix
from duediligence.storage.database import Database

OPTION = "Northwind CRM Cloud"
TYPED = {"Account and contact management": "7,5", "Ease of use for sales reps": "4"}
OFF_SCALE = "Pipeline and renewal forecasting"  # 0 to 10


@dataclass
class Returned:
    db: Database
    path: Path
    refusal: str  # what Calc said to 11 on a 0-10 criterion
    ids: dict[str, int]  # criterion name -> id; OPTION's id under OPTION


@pytest.fixture(scope="module")
def returned(uno_python: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Returned]:
    folder = tmp_path_factory.mktemp("scoring-calc")
    db, ids = workbook_with_samples(folder / "w.db")
    with db.reading() as session:
        matrix = load_matrix(session, ids[0])
    names = {c.name: c.id for c in matrix.criteria} | {o.name: o.id for o in matrix.options}
    sent = write_scoring_sheet(db, ids[0], "Anna Berg", folder / "anna.xlsx")
    with calc_session(uno_python, sent, locale="de-DE") as calc:
        grid = calc.read_sheet(SCORES)
        head = header_row(grid, "ID", "Criterion", OPTION)
        column = grid[head].index(OPTION)

        def cell(criterion: str) -> str:
            return cell_name(row_with_id(grid, head, names[criterion]), column)

        for criterion, text in TYPED.items():
            calc.type(SCORES, cell(criterion), text)
        with pytest.raises(CalcRefused) as refused:
            calc.type(SCORES, cell(OFF_SCALE), "11")
        calc.unprotect(SCORES)
        calc.delete_row(SCORES, len(grid) + 5)  # a blank row below the grid
        calc.protect(SCORES)
        back = calc.save(folder / "anna-back.xlsx")
    yield Returned(db, back, str(refused.value), names)
    db.close()


def test_scores_typed_in_a_german_calc_that_deleted_a_blank_row_are_read_back(returned: Returned) -> None:
    plan = read_scoring_sheet(returned.db, returned.path)
    assert plan.problems == ()
    got = {(s.criterion, s.option): s.value for s in plan.scores}
    assert got == {
        ("Account and contact management", OPTION): 7.5,
        ("Ease of use for sales reps", OPTION): 4.0,
    }


def test_calc_refuses_a_score_off_the_scale_quoting_the_scale(returned: Returned) -> None:
    assert returned.refusal.endswith(
        f"{OFF_SCALE}: enter 0 to 10 (higher is better), or leave the cell empty"
    )
