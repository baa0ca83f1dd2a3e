"""Excel import: a diff before anything is written, a three-way merge against the export, one operation."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from xlsx_support import append_row, document, edit_cells, matrix_row, workbook_with_samples

from duediligence.exchange.commands import export_command, import_command, prepare_import
from duediligence.operations.edits import AddRow, SetScore, UpdateRow
from duediligence.storage.backups import list_backups
from duediligence.storage.database import Database


def first(doc: dict, key: str, **match: object) -> dict:
    return next(r for r in doc[key] if all(r.get(k) == v for k, v in match.items()))


def criteria(doc: dict) -> list[dict]:
    return [c for g in doc["criteria_groups"] for c in g["criteria"]] + doc["ungrouped_criteria"]


def risk_row(path: Path, risk_id: int) -> int:
    ws = load_workbook(path)["Risks"]
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == risk_id)


def visible(plan) -> list[tuple[str, str]]:
    return [(line.kind, line.sentence) for line in plan.lines]


def test_an_unchanged_round_trip_has_an_empty_diff(crm, exported: Path) -> None:
    db, _ = crm
    assert visible(prepare_import(db, exported)) == []


def test_carriage_returns_and_escape_like_text_survive_the_round_trip(crm, tmp_path: Path) -> None:
    db, eid = crm
    with db.transaction() as session:
        values = {
            "kind": "risk",
            "title": "Odd text",
            "description": "line\r\nnext\rend",
            "note": "a_x0041_b",
        }
        AddRow("risk_item", eid, values).apply(session)
    path = export_command(db, [str(eid)], tmp_path / "odd.xlsx")
    assert prepare_import(db, path).lines == ()


def test_edited_weight_score_and_risk_status_are_listed_with_old_and_new(crm, exported: Path) -> None:
    db, eid = crm
    doc = document(db, eid)
    criterion, risk = criteria(doc)[0], first(doc, "risks", kind="risk")
    option = doc["options"][0]
    edit_cells(
        exported,
        [
            ("Matrix", criterion["id"], "Weight", 7),
            ("Matrix", criterion["id"], option["name"], 2),
            ("Risks", risk["id"], "Status", "closed"),
        ],
    )
    lines = prepare_import(db, exported).lines
    assert sorted((line.kind, line.field, line.old, line.new) for line in lines) == sorted(
        [
            ("changed", "weight", 3.0, 7.0),
            ("changed", "value", 8.0, 2.0),
            ("changed", "status", risk["status"], "closed"),
        ]
    )
    assert sorted(line.sentence.split(" (")[0] for line in lines) == sorted(
        [
            f"Matrix!G{matrix_row(exported)}",
            f"Matrix!M{matrix_row(exported)}",
            f"Risks!I{risk_row(exported, risk['id'])}",
        ]
    )
    assert all("→" in line.sentence for line in lines)


def test_applying_stores_the_edits_and_one_inverse_undoes_them_all(crm, exported: Path) -> None:
    db, eid = crm
    before = document(db, eid)
    criterion, risk = criteria(before)[0], first(before, "risks", kind="risk")
    edit_cells(
        exported, [("Matrix", criterion["id"], "Weight", 7), ("Risks", risk["id"], "Status", "closed")]
    )
    report = import_command(db, exported, dry_run=False)
    after = document(db, eid)
    assert (
        report.applied
        and criteria(after)[0]["weight"] == 7
        and first(after, "risks", id=risk["id"])["status"] == "closed"
    )
    with db.transaction() as session:
        report.undo.apply(session)
    undone = document(db, eid)
    assert (criteria(undone)[0]["weight"], first(undone, "risks", id=risk["id"])["status"]) == (
        3,
        risk["status"],
    )


def test_a_backup_is_taken_before_the_import_writes(crm, exported: Path) -> None:
    db, eid = crm
    edit_cells(exported, [("Matrix", criteria(document(db, eid))[0]["id"], "Weight", 5)])
    report = import_command(db, exported)
    assert report.backup is not None and [b.reason for b in list_backups(db.path)] == ["before-import"]


def test_a_dry_run_writes_nothing(crm, exported: Path) -> None:
    db, eid = crm
    before = document(db, eid)
    edit_cells(exported, [("Matrix", criteria(before)[0]["id"], "Weight", 5)])
    report = import_command(db, exported, dry_run=True)
    assert not report.applied and report.problem is None and document(db, eid) == before


def test_a_risk_added_in_the_sheet_is_an_added_line_and_becomes_a_risk(crm, exported: Path) -> None:
    db, eid = crm
    row = append_row(
        exported, "Risks", {"Risk": "Key developer leaves", "Likelihood": 2, "Impact": 4, "Status": "open"}
    )
    lines = prepare_import(db, exported).lines
    assert [(line.kind, line.row) for line in lines] == [("added", row)]
    import_command(db, exported)
    added = first(document(db, eid), "risks", title="Key developer leaves")
    assert (added["kind"], added["likelihood"], added["impact"]) == ("risk", 2, 4)


def test_a_stakeholder_row_deleted_in_the_sheet_is_a_removed_line(crm, exported: Path) -> None:
    db, eid = crm
    person = document(db, eid)["stakeholders"][-1]
    wb = load_workbook(exported)
    ws = wb["Stakeholders"]
    ws.delete_rows(next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == person["id"]))
    wb.save(exported)
    assert [(line.kind, line.old) for line in prepare_import(db, exported).lines] == [
        ("removed", repr(person["name"]))
    ]


def test_the_same_score_changed_in_the_app_and_the_file_is_a_conflict(crm, exported: Path) -> None:
    db, eid = crm
    doc = document(db, eid)
    criterion, option = criteria(doc)[0], doc["options"][0]
    with db.transaction() as session:
        SetScore(option["id"], criterion["id"], {"value": 5}).apply(session)
    edit_cells(exported, [("Matrix", criterion["id"], option["name"], 2)])
    lines = prepare_import(db, exported).lines
    assert [(line.kind, line.old, line.app, line.new) for line in lines] == [("conflict", 8.0, 5.0, 2.0)]


def test_an_open_conflict_refuses_the_import_and_a_choice_resolves_it(crm, exported: Path) -> None:
    db, eid = crm
    doc = document(db, eid)
    criterion, option = criteria(doc)[0], doc["options"][0]
    with db.transaction() as session:
        UpdateRow("criterion", criterion["id"], {"weight": 4}).apply(session)
    edit_cells(
        exported, [("Matrix", criterion["id"], "Weight", 6), ("Matrix", criterion["id"], option["name"], 1)]
    )
    refused = import_command(db, exported)
    assert (
        not refused.applied
        and "conflict" in refused.problem
        and criteria(document(db, eid))[0]["weight"] == 4
    )
    import_command(db, exported, conflicts="file")
    assert criteria(document(db, eid))[0]["weight"] == 6


def test_a_change_only_the_app_made_since_the_export_is_kept(crm, exported: Path) -> None:
    db, eid = crm
    criterion = criteria(document(db, eid))[1]
    with db.transaction() as session:
        UpdateRow("criterion", criterion["id"], {"weight": 9}).apply(session)
    assert prepare_import(db, exported).lines == ()


def test_a_workbook_exported_from_another_workbook_file_becomes_a_new_evaluation(
    crm, exported: Path, tmp_path: Path
) -> None:
    db, eid = crm
    other, _ = workbook_with_samples(tmp_path / "other.db")
    try:
        count = len(document(other, 1)["options"])  # touch it: the samples are there
        edit_cells(exported, [("Matrix", criteria(document(db, eid))[0]["id"], "Weight", 8)])
        plan = prepare_import(other, exported)
        assert [p.target_id for p in plan.evaluations] == [None]
        report = import_command(other, exported)
        new = document(other, report.evaluation_ids[0])
        assert report.evaluation_ids[0] not in (1, 2) and len(new["options"]) == count
        assert criteria(new)[0]["weight"] == 8 and criteria(document(other, 1))[0]["weight"] == 3
    finally:
        other.close()


def test_a_score_cell_holding_text_is_an_error_line_and_nothing_changes(crm, exported: Path) -> None:
    db, eid = crm
    before = document(db, eid)
    criterion, option = criteria(before)[0], before["options"][0]
    edit_cells(exported, [("Matrix", criterion["id"], option["name"], "very good")])
    report = import_command(db, exported)
    [line] = report.lines
    assert (line.kind, line.sheet, line.column) == ("error", "Matrix", option["name"])
    assert "is not a number" in line.sentence and not report.applied and document(db, eid) == before


def test_a_formula_typed_into_a_score_is_refused_never_stored(crm, exported: Path) -> None:
    db, eid = crm
    criterion, option = criteria(document(db, eid))[0], document(db, eid)["options"][0]
    edit_cells(exported, [("Matrix", criterion["id"], option["name"], "=4+4")])
    [line] = prepare_import(db, exported).lines
    assert line.kind == "error" and "formula" in line.sentence


def test_a_formula_typed_into_a_note_is_kept_as_text_and_exported_as_text(
    crm, exported: Path, tmp_path: Path
) -> None:
    db, eid = crm
    risk = first(document(db, eid), "risks", kind="risk")
    edit_cells(exported, [("Risks", risk["id"], "Note", '=HYPERLINK("http://x.example")')])
    import_command(db, exported)
    assert first(document(db, eid), "risks", id=risk["id"])["note"] == '=HYPERLINK("http://x.example")'
    again = export_command(db, [str(eid)], tmp_path / "again.xlsx")
    ws = load_workbook(again)["Risks"]
    cell = next(ws.cell(r, 17) for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == risk["id"])
    assert (cell.value, cell.data_type) == ('=HYPERLINK("http://x.example")', "s")


def test_a_score_outside_its_scale_is_an_error_naming_sheet_row_and_column(crm, exported: Path) -> None:
    db, eid = crm
    criterion, option = criteria(document(db, eid))[0], document(db, eid)["options"][0]
    edit_cells(exported, [("Matrix", criterion["id"], option["name"], 11)])
    [line] = prepare_import(db, exported).lines
    assert line.kind == "error"
    assert (
        line.sentence == f"Matrix!M{matrix_row(exported)} ({criterion['name']} × {option['name']}): "
        "11 is outside the scale 0 to 10."
    )


def test_an_over_long_note_is_an_error_line_not_a_truncation(crm, exported: Path) -> None:
    db, eid = crm
    risk = first(document(db, eid), "risks", kind="risk")
    edit_cells(exported, [("Risks", risk["id"], "Note", "y" * 30_000)])
    [line] = prepare_import(db, exported).lines
    assert line.kind == "error" and "is 30,000 characters long; at most 20,000" in line.sentence


def test_a_status_that_is_not_a_choice_is_an_error_line(crm, exported: Path) -> None:
    db, eid = crm
    risk = first(document(db, eid), "risks", kind="risk")
    edit_cells(exported, [("Risks", risk["id"], "Status", "sort of done")])
    [line] = prepare_import(db, exported).lines
    assert line.kind == "error" and "must be one of" in line.sentence


def test_a_workbook_reopened_in_a_new_session_imports_into_the_same_evaluation(crm, exported: Path) -> None:
    db, eid = crm
    again = Database.open(db.path)
    try:
        assert [p.target_id for p in prepare_import(again, exported).evaluations] == [eid]
    finally:
        again.close()
