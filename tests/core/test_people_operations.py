"""Operations on people and change: deciding behind the approvals gate, links, RACI, the review; each
undone exactly by its inverse."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlmodel import select

from duediligence.errors import ValidationError
from duediligence.operations import Batch
from duediligence.operations.edits import AddRow, UpdateRow
from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.operations.people import (
    AddNote,
    DecideEvaluation,
    SetNoteLinks,
    SetRaci,
    SetReview,
    SetStakeholderCriteria,
    SetStatus,
)
from duediligence.operations.rows import DeleteRows
from duediligence.reads import people as P
from duediligence.reads.documents import evaluation_document
from duediligence.storage.database import Database
from duediligence.storage.models import Criterion, Option, Stakeholder

DOC = {
    "title": "CRM",
    "status": "deciding",
    "options": [{"name": "Cloud"}, {"name": "Build", "kind": "build"}],
    "ungrouped_criteria": [{"name": "Fit"}, {"name": "Price"}, {"name": "Security"}],
    "stakeholders": [
        {"name": "Katrin", "influence": 5, "interest": 5, "criteria": ["Fit"]},
        {"name": "Michael", "influence": 5, "interest": 2},
        {"name": "Ingrid", "influence": 4, "interest": 2},
    ],
    "approvals": [
        {"stakeholder": "Michael", "subject": "Budget", "status": "pending"},
        {"stakeholder": "Ingrid", "subject": "Data protection", "status": "approved"},
    ],
    "change_notes": [{"noted_on": "2026-11-01", "text": "Kick-off", "stakeholders": ["Katrin"]}],
}


@pytest.fixture
def eid(db: Database) -> int:
    with db.transaction() as session:
        return int(InsertEvaluationDocument(DOC).apply(session).result)


def apply(db: Database, operation: Any) -> Any:
    with db.transaction() as session:
        return operation.apply(session)


def document(db: Database, evaluation_id: int) -> dict[str, Any]:
    with db.reading() as session:
        doc = evaluation_document(session, evaluation_id)
    doc.pop("updated_at")
    return doc


def ids(db: Database, model: Any) -> dict[str, int]:
    with db.reading() as session:
        return {row.name: row.id for row in session.exec(select(model))}


def approve_all(db: Database, evaluation_id: int) -> None:
    with db.reading() as session:
        pending = [a.id for a in P.list_approvals(session, evaluation_id) if a.status != "approved"]
    apply(db, Batch([UpdateRow("approval", i, {"status": "approved"}) for i in pending]))


def decide(db: Database, eid: int, **overrides: Any) -> DecideEvaluation:
    values: dict[str, Any] = {
        "evaluation_id": eid,
        "chosen_option_id": ids(db, Option)["Cloud"],
        "rationale": "Best fit, EU hosting",
        "decided_on": "2026-12-10",
        "decided_by": "Katrin",
    }
    return DecideEvaluation(**(values | overrides))


def test_deciding_with_a_pending_approval_is_refused_and_names_it(db: Database, eid: int) -> None:
    before = document(db, eid)
    with pytest.raises(ValidationError) as refused:
        apply(db, decide(db, eid))
    assert refused.value.field == "approvals"
    assert refused.value.value == ("Budget",)
    assert "Budget (Michael: pending)" in refused.value.reason
    assert document(db, eid) == before


def test_a_rejected_approval_also_blocks_the_decision(db: Database, eid: int) -> None:
    apply(db, UpdateRow("approval", 1, {"status": "rejected"}))
    with pytest.raises(ValidationError, match="Michael: rejected"):
        apply(db, decide(db, eid))


def test_deciding_once_every_approval_is_in_records_the_decision(db: Database, eid: int) -> None:
    approve_all(db, eid)
    before = document(db, eid)
    applied = apply(db, decide(db, eid))
    after = document(db, eid)
    assert (
        after["status"],
        after["chosen_option"],
        after["rationale"],
        after["decided_on"],
        after["decided_by"],
    ) == (
        "decided",
        "Cloud",
        "Best fit, EU hosting",
        "2026-12-10",
        "Katrin",
    )
    assert after["change_notes"] == before["change_notes"]
    apply(db, applied.inverse)
    assert document(db, eid) == before


def test_an_override_reason_decides_anyway_and_is_recorded(db: Database, eid: int) -> None:
    before = document(db, eid)
    applied = apply(db, decide(db, eid, override_reason="The offer expires on Friday"))
    after = document(db, eid)
    assert after["status"] == "decided"
    assert "Reason: The offer expires on Friday" in after["rationale"]
    note = next(n for n in after["change_notes"] if n["category"] == "decision")
    assert "Budget" in note["text"] and "The offer expires on Friday" in note["text"]
    assert (note["noted_on"], note["author"], note["stakeholders"], note["options"]) == (
        "2026-12-10",
        "Katrin",
        ["Michael"],
        ["Cloud"],
    )
    redo = apply(db, applied.inverse).inverse
    assert document(db, eid) == before
    apply(db, redo)
    assert document(db, eid) == after


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"chosen_option_id": None}, "chosen_option_id"),
        ({"rationale": "  "}, "rationale"),
        ({"decided_on": None}, "decided_on"),
        ({"decided_on": "10/12/26"}, "decided_on"),
        ({"decided_by": ""}, "decided_by"),
    ],
)
def test_a_decision_needs_an_option_a_rationale_a_date_and_who(
    db: Database, eid: int, overrides: dict[str, Any], field: str
) -> None:
    approve_all(db, eid)
    with pytest.raises(ValidationError) as refused:
        apply(db, decide(db, eid, **overrides))
    assert refused.value.field == field


def test_an_option_of_another_evaluation_cannot_be_chosen(db: Database, eid: int) -> None:
    with db.transaction() as session:
        other = InsertEvaluationDocument({"title": "Other", "options": [{"name": "X"}]}).apply(session).result
    x = next(i for name, i in ids(db, Option).items() if name == "X")
    assert other != eid
    approve_all(db, eid)
    with pytest.raises(ValidationError, match="not an option of this evaluation"):
        apply(db, decide(db, eid, chosen_option_id=x))


def test_a_plain_status_change_to_decided_passes_the_same_gate(db: Database, eid: int) -> None:
    with pytest.raises(ValidationError, match="Budget"):
        apply(db, SetStatus(eid, "decided"))
    assert document(db, eid)["status"] == "deciding"
    applied = apply(db, SetStatus(eid, "decided", override_reason="Board said go"))
    doc = document(db, eid)
    assert doc["status"] == "decided"
    assert any("Board said go" in n["text"] for n in doc["change_notes"])
    apply(db, applied.inverse)
    assert document(db, eid)["status"] == "deciding"
    assert len(document(db, eid)["change_notes"]) == 1


def test_other_status_changes_and_their_undo_are_never_gated(db: Database, eid: int) -> None:
    applied = apply(db, SetStatus(eid, "evaluating"))
    assert document(db, eid)["status"] == "evaluating"
    apply(db, applied.inverse)
    assert document(db, eid)["status"] == "deciding"


def test_note_links_are_replaced_and_restored(db: Database, eid: int) -> None:
    people, options = ids(db, Stakeholder), ids(db, Option)
    before = document(db, eid)
    applied = apply(db, SetNoteLinks(1, [people["Michael"], people["Ingrid"]], [options["Build"]]))
    note = document(db, eid)["change_notes"][0]
    assert (note["stakeholders"], note["options"]) == (["Michael", "Ingrid"], ["Build"])
    assert {"change_note_stakeholder", "change_note_option"} <= applied.changes.kinds
    apply(db, applied.inverse)
    assert document(db, eid) == before


def test_a_link_to_another_evaluations_person_is_refused(db: Database, eid: int) -> None:
    with db.transaction() as session:
        InsertEvaluationDocument({"title": "Other", "stakeholders": [{"name": "Zoe"}]}).apply(session)
    with pytest.raises(ValidationError, match="not a stakeholder of this evaluation"):
        apply(db, SetNoteLinks(1, [ids(db, Stakeholder)["Zoe"]], []))


def test_adding_a_note_with_links_is_one_step(db: Database, eid: int) -> None:
    before = document(db, eid)
    values = {"noted_on": "2026-11-20", "category": "training", "text": "Train the trainer"}
    applied = apply(db, AddNote(eid, values, [ids(db, Stakeholder)["Katrin"]], [ids(db, Option)["Cloud"]]))
    new = next(n for n in document(db, eid)["change_notes"] if n["id"] == applied.result)
    assert (new["category"], new["stakeholders"], new["options"]) == ("training", ["Katrin"], ["Cloud"])
    apply(db, applied.inverse)
    assert document(db, eid) == before


def test_a_note_without_text_or_with_an_impossible_date_is_refused(db: Database, eid: int) -> None:
    with pytest.raises(ValidationError, match="cannot be empty"):
        apply(db, AddNote(eid, {"noted_on": "2026-11-20", "text": " "}))
    with pytest.raises(ValidationError, match="not a day in the calendar"):
        apply(db, AddNote(eid, {"noted_on": "2026-02-31", "text": "x"}))


def test_the_criteria_a_stakeholder_cares_about_are_replaced_and_restored(db: Database, eid: int) -> None:
    criteria = ids(db, Criterion)
    before = document(db, eid)
    applied = apply(
        db, SetStakeholderCriteria(ids(db, Stakeholder)["Katrin"], [criteria["Security"], criteria["Fit"]])
    )
    assert document(db, eid)["stakeholders"][0]["criteria"] == ["Fit", "Security"]
    apply(db, applied.inverse)
    assert document(db, eid) == before


def test_raci_letters_are_set_cleared_and_checked(db: Database, eid: int) -> None:
    katrin = ids(db, Stakeholder)["Katrin"]
    first = apply(db, SetRaci(katrin, "decide", "a"))
    apply(db, SetRaci(katrin, "need", "R"))
    assert document(db, eid)["stakeholders"][0]["raci"] == '{"need": "R", "decide": "A"}'
    apply(db, SetRaci(katrin, "need", None))
    assert document(db, eid)["stakeholders"][0]["raci"] == '{"decide": "A"}'
    apply(db, first.inverse)
    assert document(db, eid)["stakeholders"][0]["raci"] == ""
    with pytest.raises(ValidationError, match="R, A, C or I"):
        apply(db, SetRaci(katrin, "decide", "X"))
    with pytest.raises(ValidationError, match="not a stage"):
        apply(db, SetRaci(katrin, "lunch", "A"))


def test_the_review_is_created_on_first_edit_then_updated(db: Database, eid: int) -> None:
    before = document(db, eid)
    created = apply(db, SetReview(eid, {"actual_cost": 18000}))
    updated = apply(db, SetReview(eid, {"satisfaction": 4, "would_buy_again": True}))
    review = document(db, eid)["review"]
    assert (review["actual_cost"], review["satisfaction"], review["would_buy_again"]) == (18000, 4, True)
    apply(db, updated.inverse)
    assert document(db, eid)["review"]["satisfaction"] is None
    apply(db, created.inverse)
    assert document(db, eid) == before


@pytest.mark.parametrize(
    ("values", "message"), [({"satisfaction": 9}, "at most 5"), ({"actual_cost": -1}, "at least 0")]
)
def test_a_review_value_out_of_range_is_refused(db: Database, eid: int, values: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        apply(db, SetReview(eid, values))
    assert document(db, eid)["review"] is None


@pytest.mark.parametrize(
    ("values", "message"),
    [({"name": " "}, "cannot be empty"), ({"influence": 9}, "at most 5"), ({"interest": 0}, "at least 1")],
)
def test_a_stakeholder_with_an_empty_name_or_an_influence_of_nine_is_refused(
    db: Database, eid: int, values: dict, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        apply(db, AddRow("stakeholder", eid, {"name": "Zoe", **values}))


def test_an_action_due_on_an_impossible_date_is_refused(db: Database, eid: int) -> None:
    with pytest.raises(ValidationError, match="not a day in the calendar"):
        apply(db, AddRow("action_item", eid, {"title": "Call", "due_date": "2026-13-45"}))


def test_deleting_a_stakeholder_keeps_the_approval_and_undo_restores_the_link(db: Database, eid: int) -> None:
    before = document(db, eid)
    applied = apply(db, DeleteRows("stakeholder", (ids(db, Stakeholder)["Michael"],)))
    assert document(db, eid)["approvals"][0]["stakeholder"] is None
    apply(db, applied.inverse)
    assert document(db, eid) == before


def test_moving_a_person_on_the_grid_is_one_update_of_both_axes(db: Database, eid: int) -> None:
    katrin = ids(db, Stakeholder)["Katrin"]
    applied = apply(db, UpdateRow("stakeholder", katrin, {"influence": P.snap(2.2), "interest": P.snap(1.6)}))
    with db.reading() as session:
        point = next(p for p in P.power_interest_grid(session, eid).points if p.stakeholder_id == katrin)
    assert (point.influence, point.interest, point.quadrant) == (2, 2, P.Quadrant.MONITOR)
    apply(db, applied.inverse)
    assert document(db, eid)["stakeholders"][0]["influence"] == 5


def test_the_sample_crm_evaluation_has_a_committee_two_approvals_and_an_overdue_action(db: Database) -> None:
    from duediligence.templates.samples import add_samples

    ids_ = apply(db, add_samples()).result
    with db.reading() as session:
        eid = ids_[0]
        people = P.list_stakeholders(session, eid)
        approvals = P.list_approvals(session, eid)
        late = P.overdue_actions(P.list_actions(session, eid, date(2026, 11, 22)))
        groups = P.readiness_by_group(session, eid)
    assert len(people) == 6 and all(p.criterion_ids and p.raci for p in people)
    assert len(approvals) == 2
    assert [a.title for a in late] == ["Get the SLA draft from Kessler IT for OpenLedger support"]
    assert len(groups) >= 3 and any(len(g.history) > 1 for g in groups)
