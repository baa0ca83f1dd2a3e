"""The import finds sheets and rows by what they are, not where they are: after rows are sorted,
deleted or inserted, sheets renamed, and the empty formatted rows a spreadsheet program leaves."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from xlsx_colleague import (
    delete_row,
    empty_last_row,
    insert_rows,
    mark_sheets,
    move_mark,
    put,
    rename_sheet,
    row_of_id,
    sort_rows,
)
from xlsx_support import document, edit_cells, matrix_row

from duediligence.exchange import sheet_reader
from duediligence.exchange.commands import export_command, prepare_import
from duediligence.exchange.safety import XlsxImportError


@pytest.fixture
def exported(crm, tmp_path: Path) -> Path:
    db, eid = crm
    path = export_command(db, [str(eid)], tmp_path / "crm.xlsx")
    mark_sheets(path)
    return path


def kinds(db, path: Path) -> list[tuple[str, str]]:
    return [(line.kind, line.sentence) for line in prepare_import(db, path).lines]


def risk(db, eid: int) -> dict:
    return next(r for r in document(db, eid)["risks"] if r["kind"] == "risk")


def test_the_empty_last_row_libreoffice_writes_after_a_deletion_is_not_counted(crm, exported: Path) -> None:
    db, eid = crm
    gone = risk(db, eid)
    delete_row(exported, "Risks", gone["id"])
    empty_last_row(exported, "Risks")
    assert [(line.kind, line.old) for line in prepare_import(db, exported).lines] == [
        ("removed", repr(gone["title"]))
    ]


def filled_rows(path: Path) -> tuple[str, int]:
    """The sheet with the most rows holding a value, and how many."""
    wb = load_workbook(path, read_only=True)
    counts = {
        ws.title: sum(1 for row in ws.iter_rows(values_only=True) if any(v is not None for v in row))
        for ws in wb.worksheets
        if ws.title != "DD export data"
    }
    wb.close()
    return max(counts.items(), key=lambda item: item[1])


def test_the_row_limit_counts_filled_rows_up_to_and_including_the_limit(
    crm, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = crm
    title, most = filled_rows(exported)
    empty_last_row(exported, title)
    monkeypatch.setattr(sheet_reader, "MAX_ROWS", most)
    assert prepare_import(db, exported).lines == ()
    monkeypatch.setattr(sheet_reader, "MAX_ROWS", most - 1)
    with pytest.raises(XlsxImportError, match=f"the sheet '{title}' has more than {most - 1:,} filled rows"):
        prepare_import(db, exported)


def test_options_sorted_by_name_change_nothing(crm, exported: Path) -> None:
    db, eid = crm
    count = len(document(db, eid)["options"])
    sort_rows(exported, "Options", 2, count + 1, key_column=2)
    assert kinds(db, exported) == []


def test_a_matrix_sorted_by_criterion_keeps_each_weight_and_score_with_its_criterion(
    crm, exported: Path
) -> None:
    db, eid = crm
    doc = document(db, eid)
    count = sum(len(g["criteria"]) for g in doc["criteria_groups"]) + len(doc["ungrouped_criteria"])
    top = matrix_row(exported)
    sort_rows(exported, "Matrix", top, top + count - 1, key_column=3)
    first = doc["criteria_groups"][0]["criteria"][0]
    edit_cells(exported, [("Matrix", first["id"], "Weight", 9)])
    assert [(line.kind, line.field, line.new) for line in prepare_import(db, exported).lines] == [
        ("changed", "weight", 9)
    ]


def test_rows_inserted_above_the_header_are_passed_over_through_the_sheets_mark(crm, exported: Path) -> None:
    db, eid = crm
    option = document(db, eid)["options"][0]
    edit_cells(exported, [("Options", option["id"], "Vendor", "Acme GmbH")])
    insert_rows(exported, "Options", 1, 3)
    move_mark(exported, "Options", 4)
    put(exported, "Options", {"A1": "Shortlist for the steering group", "B2": "ID"})
    [line] = prepare_import(db, exported).lines
    assert (line.kind, line.field, line.new, line.row) == ("changed", "vendor", "Acme GmbH", 5)


def test_without_a_mark_the_header_row_is_found_by_its_headers(crm, exported: Path) -> None:
    db, _ = crm
    drop_marks(exported)
    insert_rows(exported, "Risks", 1, 2)
    put(exported, "Risks", {"A1": "Risks we see"})
    assert kinds(db, exported) == []


def drop_marks(path: Path) -> None:
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for name in list(ws.defined_names):
            del ws.defined_names[name]
    wb.save(path)


def test_a_renamed_sheet_is_found_by_its_marks(crm, exported: Path) -> None:
    db, eid = crm
    rename_sheet(exported, "Risks", "Risiken")
    target = risk(db, eid)
    edit_cells(exported, [("Risiken", target["id"], "Status", "closed")])
    [line] = prepare_import(db, exported).lines
    assert (line.kind, line.sheet, line.field, line.new) == ("changed", "Risiken", "status", "closed")


def test_a_renamed_sheet_whose_marks_were_lost_is_found_by_its_header_row(crm, exported: Path) -> None:
    db, eid = crm
    drop_marks(exported)
    rename_sheet(exported, "Risks", "Risiken")
    edit_cells(exported, [("Risiken", risk(db, eid)["id"], "Status", "closed")])
    [line] = prepare_import(db, exported).lines
    assert (line.kind, line.sheet, line.field, line.new) == ("changed", "Risiken", "status", "closed")


def test_a_sheet_that_cannot_be_found_is_a_line_and_none_of_its_rows_is_removed(crm, exported: Path) -> None:
    db, _ = crm
    drop_marks(exported)
    rename_sheet(exported, "Risks", "Risiken")
    put(exported, "Risiken", {"C1": "Risiko"})  # nor can its header row tell what it is
    assert kinds(db, exported) == [
        (
            "ignored",
            "The sheet 'Risks' is not in the file (deleted, or renamed by a program that did not keep "
            "its marks): nothing on it is imported and none of its rows is removed.",
        ),
        ("ignored", "The sheet 'Risiken' was not exported by the app: nothing on it is read."),
    ]


def test_a_sheet_a_colleague_added_is_a_line(crm, exported: Path) -> None:
    db, _ = crm
    wb = load_workbook(exported)
    wb.create_sheet("My notes")["A1"] = "call Acme on Monday"
    wb.save(exported)
    assert kinds(db, exported) == [
        ("ignored", "The sheet 'My notes' was not exported by the app: nothing on it is read.")
    ]


def test_a_risk_typed_into_a_row_inserted_mid_table_is_a_new_risk(crm, exported: Path) -> None:
    db, eid = crm
    wb = load_workbook(exported)
    at = row_of_id(wb["Risks"], risk(db, eid)["id"]) + 1
    insert_rows(exported, "Risks", at)
    put(exported, "Risks", {f"C{at}": "Key developer leaves", f"F{at}": 2, f"G{at}": 4, f"I{at}": "open"})
    [line] = prepare_import(db, exported).lines
    assert (line.kind, line.row, line.new["title"]) == ("added", at, "Key developer leaves")


def test_in_a_file_of_two_evaluations_each_renamed_sheet_is_found_for_its_own_evaluation(
    crm, tmp_path: Path
) -> None:
    db, eid = crm
    laptop = eid + 1
    path = export_command(db, [str(eid), str(laptop)], tmp_path / "both.xlsx")
    mark_sheets(path)
    wb = load_workbook(path)
    titles = [t for t in wb.sheetnames if t.endswith(" Risks")]
    wb.close()
    assert len(titles) == 2
    for n, title in enumerate(titles):  # titles that no longer say whose they are: only marks can tell
        rename_sheet(path, title, f"Risks {n + 1}")
    edit_cells(path, [("Risks 1", risk(db, eid)["id"], "Status", "closed")])
    plan = prepare_import(db, path)
    assert [(p.target_id, [(line.sheet, line.field) for line in p.lines]) for p in plan.evaluations] == [
        (eid, [("Risks 1", "status")]),
        (laptop, []),
    ]


def test_two_unmarked_sheets_that_could_both_be_the_risks_sheet_are_neither_taken_for_it(
    crm, exported: Path
) -> None:
    db, _ = crm
    drop_marks(exported)
    rename_sheet(exported, "Risks", "Risiken")
    wb = load_workbook(exported)
    wb.copy_worksheet(wb["Risiken"]).title = "Risiken alt"
    wb.save(exported)
    assert [(kind, sentence.split("'")[1]) for kind, sentence in kinds(db, exported)] == [
        ("ignored", "Risks"),
        ("ignored", "Risiken"),
        ("ignored", "Risiken alt"),
    ]
