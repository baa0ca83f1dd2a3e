"""Applying a checklist template, raising a risk from a checklist item, and choosing a risk's options:
each one step, validated, with an exact inverse."""

from __future__ import annotations

from dataclasses import replace

import pytest

from duediligence.errors import ValidationError
from duediligence.operations.checklists import (
    ApplyChecklistTemplate,
    ChecklistEntry,
    RaiseRisk,
    SetRiskOptions,
)
from duediligence.operations.edits import UpdateRow
from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.operations.rows import DeleteRows
from duediligence.reads.documents import evaluation_document
from duediligence.storage.database import Database
from duediligence.templates.checklists import make_template, shipped_templates

DOC = {
    "title": "CRM",
    "options": [{"name": "Vendor A"}, {"name": "Vendor B"}, {"name": "Vendor C"}],
    "risks": [
        {"kind": "checklist", "option": "Vendor A", "category": "Security", "title": "Pentest report",
         "status": "fails", "critical": True, "note": "None in the last two years."},
        {"kind": "risk", "title": "Vendor goes bust", "option": "Vendor B", "likelihood": 2, "impact": 5},
    ],
}  # fmt: skip


def run(db: Database, operation):
    with db.transaction() as session:
        return operation.apply(session)


def doc(db: Database, eid: int) -> dict:
    with db.reading() as session:
        return evaluation_document(session, eid)


@pytest.fixture
def eid(db: Database) -> int:
    return run(db, InsertEvaluationDocument(DOC)).result


def option_ids(db: Database, eid: int) -> dict[str, int]:
    return {o["name"]: o["id"] for o in doc(db, eid)["options"]}


def saas():
    return next(t for t in shipped_templates().templates if t.kind == "software")


def test_applying_a_template_copies_its_items_to_each_chosen_option_as_not_checked(db, eid) -> None:
    ids = option_ids(db, eid)
    template = saas()
    applied = run(db, ApplyChecklistTemplate(eid, template, (ids["Vendor A"], ids["Vendor C"])))
    assert len(applied.result.added) == 2 * len(template.items)
    risks = doc(db, eid)["risks"]
    copied = [r for r in risks if r["kind"] == "checklist" and r["status"] == "not_checked"]
    assert {r["option"] for r in copied} == {"Vendor A", "Vendor C"}
    first = next(r for r in copied if r["option"] == "Vendor C")
    entry = template.items[0]
    assert (first["category"], first["title"], first["description"], first["critical"]) == (
        entry.category, entry.title, entry.description, entry.critical,
    )  # fmt: skip
    assert applied.changes.touches("risk_item", eid)


def test_undoing_an_applied_template_restores_the_evaluation_exactly(db, eid) -> None:
    before = doc(db, eid)["risks"]
    applied = run(db, ApplyChecklistTemplate(eid, saas(), tuple(option_ids(db, eid).values())))
    run(db, applied.inverse)
    assert doc(db, eid)["risks"] == before


def test_applying_twice_adds_nothing_the_option_already_has(db, eid) -> None:
    ids = option_ids(db, eid)
    template = make_template(
        "T", [ChecklistEntry("Security", "pentest report"), ChecklistEntry("Legal", "NDA")]
    )
    applied = run(db, ApplyChecklistTemplate(eid, template, (ids["Vendor A"],)))
    assert (len(applied.result.added), applied.result.skipped) == (1, 1)
    again = run(db, ApplyChecklistTemplate(eid, template, (ids["Vendor A"],)))
    assert (again.result.added, again.result.skipped) == ((), 2)
    run(db, again.inverse)  # an empty inverse is harmless


def test_later_template_edits_do_not_change_past_evaluations(db, eid, tmp_path) -> None:
    from duediligence.templates.checklists import save_user_template

    saved = save_user_template(make_template("Mine", [ChecklistEntry("Legal", "NDA", "Signed?")]), tmp_path)
    run(db, ApplyChecklistTemplate(eid, saved, (option_ids(db, eid)["Vendor B"],)))
    edited = make_template("Mine", [ChecklistEntry("Legal", "Changed")])
    save_user_template(replace(edited, path=saved.path), tmp_path, replace=True)
    checks = [r for r in doc(db, eid)["risks"] if r["option"] == "Vendor B" and r["kind"] == "checklist"]
    assert [(r["title"], r["description"]) for r in checks] == [("NDA", "Signed?")]


def test_applying_needs_options_of_this_evaluation(db, eid) -> None:
    other = run(db, InsertEvaluationDocument({"title": "Other", "options": [{"name": "X"}]})).result
    foreign = option_ids(db, other)["X"]
    with pytest.raises(ValidationError, match="at least one option"):
        run(db, ApplyChecklistTemplate(eid, saas(), ()))
    with pytest.raises(ValidationError, match="not an option of this evaluation"):
        run(db, ApplyChecklistTemplate(eid, saas(), (foreign,)))
    assert len(doc(db, eid)["risks"]) == 2


def test_raising_a_risk_from_a_failed_check_links_it_back_and_to_the_option(db, eid) -> None:
    item = next(r for r in doc(db, eid)["risks"] if r["kind"] == "checklist")
    applied = run(db, RaiseRisk(item["id"], {"likelihood": 3, "impact": 5, "owner": "IT"}))
    raised = next(r for r in doc(db, eid)["risks"] if r["id"] == applied.result)
    assert (raised["kind"], raised["raised_from_id"], raised["options"]) == ("risk", item["id"], ["Vendor A"])
    assert (raised["title"], raised["category"], raised["likelihood"], raised["status"]) == (
        "Pentest report", "Security", 3, "open",
    )  # fmt: skip
    assert "None in the last two years." in raised["description"]


def test_raising_a_risk_is_undone_exactly_and_refuses_bad_values(db, eid) -> None:
    before = doc(db, eid)["risks"]
    item = before[0]
    with pytest.raises(ValidationError, match="at most 5"):
        run(db, RaiseRisk(item["id"], {"likelihood": 9}))
    run(db, run(db, RaiseRisk(item["id"])).inverse)
    assert doc(db, eid)["risks"] == before
    with pytest.raises(ValidationError, match="only be raised from a checklist item"):
        run(db, RaiseRisk(before[1]["id"]))


def test_setting_a_risks_options_moves_option_id_into_links_and_undoes_exactly(db, eid) -> None:
    ids = option_ids(db, eid)
    before = doc(db, eid)["risks"]
    risk_id = before[1]["id"]
    applied = run(db, SetRiskOptions(risk_id, (ids["Vendor A"], ids["Vendor C"])))
    after = next(r for r in doc(db, eid)["risks"] if r["id"] == risk_id)
    assert (after["option"], after["options"]) == (None, ["Vendor A", "Vendor C"])
    second = run(db, SetRiskOptions(risk_id, (ids["Vendor C"],)))
    assert next(r for r in doc(db, eid)["risks"] if r["id"] == risk_id)["options"] == ["Vendor C"]
    run(db, second.inverse)
    run(db, applied.inverse)
    assert doc(db, eid)["risks"] == before


def test_a_risk_can_concern_no_option_and_checklist_items_cannot_be_relinked(db, eid) -> None:
    risks = doc(db, eid)["risks"]
    run(db, SetRiskOptions(risks[1]["id"], ()))
    assert doc(db, eid)["risks"][1]["options"] == [] and doc(db, eid)["risks"][1]["option"] is None
    with pytest.raises(ValidationError, match="exactly one option"):
        run(db, SetRiskOptions(risks[0]["id"], ()))


def test_deleting_a_checked_item_keeps_the_raised_risk_and_undo_relinks_it(db, eid) -> None:
    item = doc(db, eid)["risks"][0]
    risk_id = run(db, RaiseRisk(item["id"])).result
    before = doc(db, eid)["risks"]
    undo = run(db, DeleteRows("risk_item", (item["id"],))).inverse
    assert next(r for r in doc(db, eid)["risks"] if r["id"] == risk_id)["raised_from_id"] is None
    run(db, undo)
    assert doc(db, eid)["risks"] == before


def test_checklist_answers_are_validated_by_the_generic_row_edit(db, eid) -> None:
    item = doc(db, eid)["risks"][0]
    with pytest.raises(ValidationError, match="must be one of"):
        run(db, UpdateRow("risk_item", item["id"], {"status": "great"}))
    with pytest.raises(ValidationError, match="not a day in the calendar"):
        run(db, UpdateRow("risk_item", item["id"], {"reviewed_on": "31/02/2026"}))
