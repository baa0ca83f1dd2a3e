"""Export for whom: an external copy (for someone outside the buying team) tells no secrets, no copy holds
a local path, and the data kept for the three-way merge holds only what the file shows."""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from xlsx_support import document, edit_cells, workbook_with_samples

from duediligence import cli
from duediligence.exchange.commands import export_command, import_command, prepare_import
from duediligence.exchange.layout import META_SHEET
from duediligence.exchange.meta import decode
from duediligence.storage.database import Database


@pytest.fixture
def crm(tmp_path: Path):
    db, ids = workbook_with_samples(tmp_path / "secret-folder" / "wb.db")
    yield db, ids[0]
    db.close()


def every_part(path: Path) -> str:
    """Every XML part of the .xlsx, decompressed, as one text (XML-escaped characters decoded)."""
    with zipfile.ZipFile(path) as z:
        return html.unescape("\n".join(z.read(name).decode("utf-8", "replace") for name in z.namelist()))


def secrets(doc: dict) -> list[str]:
    """What must not leave the buying team: people, their contacts and stances, notes and reasons."""
    people = doc["stakeholders"]
    found = [p["name"] for p in people] + [p["contact"] for p in people if p["contact"]]
    found += [p["concerns"] for p in people if p["concerns"]]
    found += [o["contact"] for o in doc["options"] if o["contact"]] + [
        o["notes"] for o in doc["options"] if o["notes"]
    ]
    found += [o["exclusion_reason"] for o in doc["options"] if o["exclusion_reason"]]
    found += [n["text"] for n in doc["change_notes"]] + [a["title"] for a in doc["actions"]]
    found += [r["note"] for r in doc["risks"] if r["note"]] + [
        r["mitigation"] for r in doc["risks"] if r["mitigation"]
    ]
    found += [s["source"] for s in doc["scores"] if s["source"]] + [
        s["evidence"] for s in doc["scores"] if s["evidence"]
    ]
    return found


def meta_of(path: Path) -> dict:
    wb = load_workbook(path)
    return decode([tuple(c.value for c in row) for row in wb[META_SHEET].iter_rows()])


def test_an_external_copy_holds_no_name_contact_note_budget_or_path_in_any_part(crm, tmp_path: Path) -> None:
    db, eid = crm
    doc = document(db, eid)
    text = every_part(export_command(db, [str(eid)], tmp_path / "for-vendor.xlsx", for_whom="external"))
    assert [s for s in secrets(doc) if s in text] == []
    # the budget field (free texts such as the goals go as written: the sample's goals name it)
    assert re.findall(r'<v>60000(?:\.0+)?</v>|"budget": 60000', text) == []
    assert "secret-folder" not in text and "wb.db" not in text and str(tmp_path) not in text
    assert doc["options"][0]["name"] in text  # the file is not empty: options, criteria and scores are there


def test_an_internal_copy_holds_everything_but_no_local_path(crm, tmp_path: Path) -> None:
    db, eid = crm
    path = export_command(db, [str(eid)], tmp_path / "team.xlsx")
    text = every_part(path)
    assert "Katrin Weber" in text and "secret-folder" not in text and str(tmp_path) not in text
    assert meta_of(path)["source"] == "wb.db"


def test_the_external_copy_leaves_out_the_people_risk_and_history_sheets(crm, tmp_path: Path) -> None:
    db, eid = crm
    wb = load_workbook(export_command(db, [str(eid)], tmp_path / "x.xlsx", for_whom="external"))
    assert wb.sheetnames == [
        "Instructions",
        "Summary",
        "Matrix",
        "Computed",
        "Options",
        "Costs",
        "Evidence",
        META_SHEET,
    ]
    assert "outside the buying team" in str(wb["Instructions"]["A2"].value)


def test_the_data_kept_for_the_merge_holds_only_what_the_file_shows(crm, tmp_path: Path) -> None:
    db, eid = crm
    internal = meta_of(export_command(db, [str(eid)], tmp_path / "i.xlsx"))["evaluations"][0]["document"]
    assert [internal[k] for k in ("approvals", "readiness", "evaluator_scores", "inquiries", "review")] == [
        [],
        [],
        [],
        [],
        None,
    ]
    assert {(p["raci"], str(p["weights"])) for p in internal["stakeholders"]} == {(None, "{}")}
    assert len(internal["stakeholders"]) == 6 and internal["budget"] == 60000
    meta = meta_of(export_command(db, [str(eid)], tmp_path / "e.xlsx", for_whom="external"))
    external = meta["evaluations"][0]["document"]
    assert meta["audience"] == "external" and "source" not in meta
    assert [external[k] for k in ("stakeholders", "change_notes", "actions", "risks")] == [[], [], [], []]
    assert (external["budget"], {o["contact"] for o in external["options"]}) == (None, {""})
    assert set(meta["evaluations"][0]["sheets"]) == {
        "Summary",
        "Matrix",
        "Computed",
        "Options",
        "Costs",
        "Evidence",
    }


def test_an_unchanged_external_copy_imports_with_no_change_and_an_edited_score_comes_back(
    crm, tmp_path: Path
) -> None:
    db, eid = crm
    path = export_command(db, [str(eid)], tmp_path / "x.xlsx", for_whom="external")
    assert prepare_import(db, path).lines == ()
    doc = document(db, eid)
    criterion = doc["criteria_groups"][0]["criteria"][0]
    edit_cells(path, [("Matrix", criterion["id"], doc["options"][0]["name"], 4)])
    report = import_command(db, path)
    assert report.applied and [(line.field, line.old, line.new) for line in report.lines] == [
        ("value", 8.0, 4.0)
    ]
    after = document(db, eid)
    assert len(after["stakeholders"]) == 6 and after["budget"] == 60000  # what the copy left out is untouched


def test_an_external_copy_imported_into_another_workbook_becomes_an_evaluation_without_secrets(
    crm, tmp_path: Path
) -> None:
    db, eid = crm
    path = export_command(db, [str(eid)], tmp_path / "x.xlsx", for_whom="external")
    other = Database.open(tmp_path / "other.db")
    try:
        report = import_command(other, path)
        (new_id,) = report.evaluation_ids
        doc = document(other, new_id)
        assert (doc["stakeholders"], doc["risks"], len(doc["options"])) == ([], [], 5)
    finally:
        other.close()


def test_the_command_line_exports_for_outside_the_team(crm, tmp_path: Path, capsys) -> None:
    db, _ = crm
    out = tmp_path / "vendor.xlsx"
    args = ["export", "1", "--for", "external", "--out", str(out), "--db", str(db.path)]
    assert cli.main(args) == 0
    assert "for someone outside the buying team" in capsys.readouterr().out
    assert "Stakeholders" not in load_workbook(out).sheetnames
    with pytest.raises(SystemExit) as refused:
        cli.main(["export", "1", "--for", "vendor", "--out", str(out), "--db", str(db.path)])
    assert refused.value.code == 2
