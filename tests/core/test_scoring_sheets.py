"""Scoring sheets: one per evaluator, filled in a spreadsheet, read back as that evaluator's scores."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from xlsx_support import replace_entry, sheet_entry, workbook_with_samples

from duediligence.exchange.safety import XlsxExportError, XlsxImportError
from duediligence.exchange.scoring_sheets import (
    HEADER_ROW,
    META_SHEET,
    ScoringSheetError,
    read_scoring_sheet,
    write_scoring_sheet,
)
from duediligence.reads.matrix import load_matrix
from duediligence.storage.database import Database
from duediligence.storage.models import EvaluatorScore


def manual(db: Database, eid: int) -> tuple[list[Any], list[Any]]:
    with db.reading() as session:
        matrix = load_matrix(session, eid)
    return list(matrix.options), [c for c in matrix.criteria if c.value_source == "manual"]


def fill(
    path: Path, cells: dict[tuple[int, int], Any], notes: dict[tuple[int, int], str] | None = None
) -> None:
    """Type values into the Scores grid by (criterion index, option index), like Excel would."""
    wb = load_workbook(path)
    for sheet, given in (("Scores", cells), ("Notes", notes or {})):
        ws = wb[sheet]
        for (row, column), value in given.items():
            ws.cell(HEADER_ROW + 1 + row, 5 + column).value = value
    wb.save(path)


def stored(db: Database, evaluator: str | None = None) -> dict[tuple[int, int, str], tuple[Any, str]]:
    with db.reading() as session:
        rows = session.execute(select(EvaluatorScore)).scalars()
        return {
            (r.option_id, r.criterion_id, r.evaluator): (r.value, r.note)
            for r in rows
            if evaluator is None or r.evaluator == evaluator
        }


def apply(db: Database, operation: Any) -> Any:
    with db.transaction() as session:
        return operation.apply(session)


def test_round_trip_stores_the_evaluators_values_and_notes(crm, tmp_path: Path) -> None:
    db, eid = crm
    options, criteria = manual(db, eid)
    path = write_scoring_sheet(db, eid, "Anna", tmp_path / "anna.xlsx")
    fill(path, {(0, 0): 7, (0, 1): "6.5", (1, 2): 9}, {(0, 0): "Strong hierarchy"})
    plan = read_scoring_sheet(db, path)
    assert (plan.evaluator, plan.values, plan.problems, plan.replaced) == ("Anna", 3, (), 0)
    apply(db, plan.operation())
    assert stored(db) == {
        (options[0].id, criteria[0].id, "Anna"): (7.0, "Strong hierarchy"),
        (options[1].id, criteria[0].id, "Anna"): (6.5, ""),
        (options[2].id, criteria[1].id, "Anna"): (9.0, ""),
    }


def test_the_sheet_covers_only_criteria_scored_by_hand_and_validates_each_scale(crm, tmp_path: Path) -> None:
    db, eid = crm
    options, criteria = manual(db, eid)
    path = write_scoring_sheet(db, eid, "Anna", tmp_path / "anna.xlsx")
    wb = load_workbook(path)
    ws = wb["Scores"]
    ids = [ws.cell(r, 1).value for r in range(HEADER_ROW + 1, ws.max_row + 1)]
    assert ids == [c.id for c in criteria]
    assert [ws.cell(HEADER_ROW, 5 + i).value for i in range(len(options))] == [o.name for o in options]
    assert len(ws.data_validations.dataValidation) == len(criteria)
    assert wb[META_SHEET].sheet_state == "veryHidden"


def test_reimporting_the_same_evaluator_replaces_their_scores(crm, tmp_path: Path) -> None:
    db, eid = crm
    options, criteria = manual(db, eid)
    first = write_scoring_sheet(db, eid, "Anna", tmp_path / "anna.xlsx")
    fill(first, {(0, 0): 7, (1, 0): 5})
    apply(db, read_scoring_sheet(db, first).operation())
    again = write_scoring_sheet(db, eid, "Anna", tmp_path / "anna-2.xlsx")
    fill(again, {(0, 0): 4})
    plan = read_scoring_sheet(db, again)
    assert plan.replaced == 2
    apply(db, plan.operation())
    assert stored(db) == {(options[0].id, criteria[0].id, "Anna"): (4.0, "")}


def test_storing_is_one_operation_whose_inverse_restores_the_previous_scores(crm, tmp_path: Path) -> None:
    db, eid = crm
    path = write_scoring_sheet(db, eid, "Anna", tmp_path / "anna.xlsx")
    fill(path, {(0, 0): 7})
    apply(db, read_scoring_sheet(db, path).operation())
    before = stored(db)
    fill(path, {(0, 0): 2, (1, 1): 3})
    applied = apply(db, read_scoring_sheet(db, path).operation())
    assert stored(db) != before
    apply(db, applied.inverse)
    assert stored(db) == before


def test_other_evaluators_scores_are_left_alone(crm, tmp_path: Path) -> None:
    db, eid = crm
    for name, value in (("Anna", 7), ("Ben", 3)):
        path = write_scoring_sheet(db, eid, name, tmp_path / f"{name}.xlsx")
        fill(path, {(0, 0): value})
        apply(db, read_scoring_sheet(db, path).operation())
    assert sorted(v for v, _ in stored(db).values()) == [3.0, 7.0]


@pytest.mark.parametrize(
    ("value", "says"),
    [
        (11, "outside the scale 0 to 10"),
        ("good", "expected 0 to 10"),
        ("=1+1", "formula"),
    ],
)
def test_a_value_off_the_scale_or_text_is_refused_naming_its_cell(crm, tmp_path: Path, value, says) -> None:
    db, eid = crm
    path = write_scoring_sheet(db, eid, "Anna", tmp_path / "anna.xlsx")
    fill(path, {(0, 0): 7, (0, 1): value})
    plan = read_scoring_sheet(db, path)
    assert len(plan.problems) == 1
    assert "Scores, cell F6" in plan.problems[0] and says in plan.problems[0]
    with pytest.raises(ScoringSheetError, match="Nothing was stored"):
        plan.operation()
    assert stored(db) == {}


def test_yes_no_criteria_take_yes_and_no(tmp_path: Path) -> None:
    db, ids = workbook_with_samples(tmp_path / "wb.db")
    try:
        for eid in ids:
            _, criteria = manual(db, eid)
            row = next((i for i, c in enumerate(criteria) if c.scale == "yes-no"), None)
            if row is None:
                continue
            path = write_scoring_sheet(db, eid, "Anna", tmp_path / "anna.xlsx")
            fill(path, {(row, 0): "yes", (row, 1): "no"})
            plan = read_scoring_sheet(db, path)
            assert sorted(s.value for s in plan.scores) == [0.0, 1.0]
            return
        pytest.skip("no sample has a yes/no criterion")
    finally:
        db.close()


def test_a_hostile_or_broken_file_is_refused_with_a_clear_message(crm, tmp_path: Path) -> None:
    db, eid = crm
    path = write_scoring_sheet(db, eid, "Anna", tmp_path / "anna.xlsx")
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b"<row><c><v>&b;</v></c></row></sheetData></worksheet>"
    )
    hostile = tmp_path / "hostile.xlsx"
    replace_entry(path, hostile, sheet_entry(path, "Scores"), bomb)
    with pytest.raises(XlsxImportError, match=r"entities or a DTD.*Nothing in the workbook was changed"):
        read_scoring_sheet(db, hostile)
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook")
    with pytest.raises(XlsxImportError, match="not a zip archive"):
        read_scoring_sheet(db, text)
    assert stored(db) == {}


def test_a_changed_hidden_sheet_or_an_ordinary_workbook_is_refused(crm, tmp_path: Path) -> None:
    db, eid = crm
    path = write_scoring_sheet(db, eid, "Anna", tmp_path / "anna.xlsx")
    wb = load_workbook(path)
    wb[META_SHEET].cell(2, 1).value = wb[META_SHEET].cell(2, 1).value.replace("Anna", "Eve")
    wb.save(path)
    with pytest.raises(XlsxImportError, match="changed or is damaged"):
        read_scoring_sheet(db, path)
    from openpyxl import Workbook

    plain = tmp_path / "plain.xlsx"
    Workbook().save(plain)
    with pytest.raises(XlsxImportError, match="not a scoring sheet"):
        read_scoring_sheet(db, plain)


def test_a_sheet_from_another_workbook_file_is_refused(crm, tmp_path: Path) -> None:
    db, eid = crm
    path = write_scoring_sheet(db, eid, "Anna", tmp_path / "anna.xlsx")
    other, _ = workbook_with_samples(tmp_path / "other.db")
    try:
        with pytest.raises(XlsxImportError, match="another workbook"):
            read_scoring_sheet(other, path)
    finally:
        other.close()


def test_a_deleted_option_is_reported_and_its_column_left_out(crm, tmp_path: Path) -> None:
    from duediligence.operations.rows import DeleteRows

    db, eid = crm
    options, _ = manual(db, eid)
    path = write_scoring_sheet(db, eid, "Anna", tmp_path / "anna.xlsx")
    fill(path, {(0, 0): 7, (0, 1): 6})
    apply(db, DeleteRows("option", (options[1].id,)))
    plan = read_scoring_sheet(db, path)
    assert plan.problems == () and plan.values == 1
    assert any(options[1].name in n for n in plan.notices)


def test_an_empty_evaluator_name_or_a_wrong_suffix_is_refused(crm, tmp_path: Path) -> None:
    db, eid = crm
    with pytest.raises(XlsxExportError, match="cannot be empty"):
        write_scoring_sheet(db, eid, "  ", tmp_path / "x.xlsx")
    with pytest.raises(XlsxExportError, match=r"\.xlsx"):
        write_scoring_sheet(db, eid, "Anna", tmp_path / "x.csv")
    assert not list(tmp_path.glob("*.partial")) and not (tmp_path / "x.csv").exists()
