"""A file that leaves sheets out (an export for someone outside the buying team keeps no
stakeholders and no change sheets, and its hidden data holds only what the file shows): what is in
neither the file nor its hidden data was not shared, never deleted."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from xlsx_support import document, edit_cells, workbook_with_samples

from duediligence.exchange import layout as L
from duediligence.exchange.commands import export_command, import_command, prepare_import
from duediligence.exchange.meta import decode, encode

LEFT_OUT = ("Stakeholders", "Change notes", "Actions", "Change log")
PRIVATE = ("stakeholders", "change_notes", "actions", "approvals", "readiness")


def leave_out(path: Path, sheets: tuple[str, ...] = LEFT_OUT, sections: tuple[str, ...] = PRIVATE) -> None:
    """Rewrite an export as one for outside the team: the sheets gone, and from the hidden data too."""
    wb = load_workbook(path)
    for title in sheets:
        wb.remove(wb[title])
    ws = wb[L.META_SHEET]
    meta = decode([tuple(c.value for c in row) for row in ws.iter_rows()])
    assert meta is not None
    for entry in meta["evaluations"]:
        entry["sheets"] = {k: v for k, v in entry["sheets"].items() if k not in sheets}
        entry["document"] = {k: v for k, v in entry["document"].items() if k not in sections}
    meta = {k: v for k, v in meta.items() if k not in ("format", "version")}
    ws.delete_rows(1, ws.max_row)
    checksum, chunks = encode(meta)
    ws.cell(1, 1).value, ws.cell(1, 2).value = L.META_MARKER, checksum
    for i, chunk in enumerate(chunks, start=2):
        ws.cell(i, 1).value = chunk
    wb.save(path)


@pytest.fixture
def external(crm, tmp_path: Path) -> Path:
    db, eid = crm
    path = export_command(db, [str(eid)], tmp_path / "for-vendor.xlsx")
    leave_out(path)
    return path


def test_sheets_left_out_of_the_file_and_its_data_are_not_shared_and_nothing_is_removed(
    crm, external: Path
) -> None:
    db, eid = crm
    before = document(db, eid)
    assert before["stakeholders"] and before["change_notes"]
    assert prepare_import(db, external).lines == ()


def test_edits_in_the_sheets_the_file_shares_are_imported_and_the_rest_stays(crm, external: Path) -> None:
    db, eid = crm
    before = document(db, eid)
    risk = next(r for r in before["risks"] if r["kind"] == "risk")
    edit_cells(external, [("Risks", risk["id"], "Status", "closed")])
    report = import_command(db, external)
    assert report.applied and [line.field for line in report.lines] == ["status"]
    after = document(db, eid)
    assert next(r for r in after["risks"] if r["id"] == risk["id"])["status"] == "closed"
    assert (after["stakeholders"], after["change_notes"], after["actions"]) == (
        before["stakeholders"],
        before["change_notes"],
        before["actions"],
    )


def test_a_sheet_the_data_still_lists_but_the_file_lacks_is_a_line_not_a_removal(crm, tmp_path: Path) -> None:
    db, eid = crm
    path = export_command(db, [str(eid)], tmp_path / "crm.xlsx")
    leave_out(path, sheets=(), sections=("stakeholders",))  # the data lost the section; the sheet is there
    wb = load_workbook(path)
    wb.remove(wb["Change notes"])  # the sheet is gone; the data still lists it
    wb.save(path)
    assert [(line.kind, line.sheet) for line in prepare_import(db, path).lines] == [
        ("ignored", "Change notes")
    ]


def test_a_file_for_outside_the_team_comes_into_another_workbook_without_the_parts_it_left_out(
    crm, external: Path, tmp_path: Path
) -> None:
    other, _ = workbook_with_samples(tmp_path / "other.db")
    try:
        report = import_command(other, external)
        assert report.applied and report.problem is None
        new = document(other, report.evaluation_ids[0])
        assert (new["stakeholders"], new["change_notes"], new["actions"]) == ([], [], [])
        assert len(new["options"]) == 5
    finally:
        other.close()


def test_a_summary_field_the_data_does_not_keep_is_not_shared_and_a_value_typed_there_is_a_line(
    crm, tmp_path: Path
) -> None:
    db, eid = crm
    path = export_command(db, [str(eid)], tmp_path / "crm.xlsx")
    leave_out(path, sheets=(), sections=("rationale",))
    assert prepare_import(db, path).lines == ()
    edit_cells(path, [("Summary", -L.SUMMARY_ROW["rationale"], "Value", "Cheapest that does the job")])
    assert [line.sentence for line in prepare_import(db, path).lines] == [
        "Summary!B10 (the evaluation, Rationale): this file does not share it; not imported."
    ]
