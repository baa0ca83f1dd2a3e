"""Operations on evaluations: each is one unit of work, validated, and its inverse undoes it exactly."""

from __future__ import annotations

import pytest

from duediligence.errors import ValidationError
from duediligence.operations import Batch
from duediligence.operations.evaluations import (
    CreateEvaluation,
    DeleteEvaluation,
    InsertEvaluationDocument,
    UpdateEvaluation,
)
from duediligence.reads.documents import evaluation_document
from duediligence.reads.evaluations import get_evaluation, list_evaluations
from duediligence.storage.database import Database

CRM = {
    "title": "CRM",
    "chosen_option": "Brightpath",
    "options": [
        {"name": "Brightpath", "costs": [{"label": "Licence", "amount": 900}]},
        {"name": "Do nothing"},
    ],
    "criteria_groups": [{"name": "Fit", "criteria": [{"name": "Pipeline view", "weight": 2}]}],
    "scores": [{"option": "Brightpath", "criterion": "Pipeline view", "value": 7, "low": 6, "high": 9}],
    "risks": [
        {"kind": "risk", "title": "Vendor is small", "option": "Brightpath", "likelihood": 3, "impact": 4}
    ],
    "stakeholders": [{"name": "Ana", "influence": 5, "interest": 4}],
    "approvals": [{"subject": "Budget", "stakeholder": "Ana"}],
    "change_notes": [{"noted_on": "2026-11-01", "text": "Kick-off"}],
    "actions": [{"title": "Ask for SLA", "stakeholder": "Ana", "due_date": "2026-11-30"}],
}


def run(db: Database, operation):
    with db.transaction() as session:
        return operation.apply(session)


def document(db: Database, evaluation_id: int) -> dict:
    with db.reading() as session:
        return evaluation_document(session, evaluation_id)


def test_create_then_inverse_removes_the_evaluation(db: Database) -> None:
    applied = run(db, CreateEvaluation("New laptop"))
    run(db, applied.inverse)
    with db.reading() as session:
        assert list_evaluations(session) == []


def test_update_inverse_restores_the_old_values(db: Database) -> None:
    eid = run(db, CreateEvaluation("Laptop", {"budget": 1200})).result
    undo = run(db, UpdateEvaluation(eid, {"title": "Laptop for travel", "budget": 1500})).inverse
    run(db, undo)
    with db.reading() as session:
        row = get_evaluation(session, eid)
    assert (row.title, row.budget) == ("Laptop", 1200)


def test_update_with_a_bad_value_stores_nothing(db: Database) -> None:
    eid = run(db, CreateEvaluation("Laptop", {"budget": 1200})).result
    with pytest.raises(ValidationError, match="budget"):
        run(db, UpdateEvaluation(eid, {"title": "Renamed", "budget": "a lot"}))
    with db.reading() as session:
        assert get_evaluation(session, eid).title == "Laptop"


@pytest.mark.parametrize(
    ("field", "value"),
    [("title", "   "), ("budget", -5), ("currency", "euro"), ("deadline", "31/12/26"), ("status", "done")],
)
def test_invalid_evaluation_values_are_refused_naming_the_field(
    db: Database, field: str, value: object
) -> None:
    eid = run(db, CreateEvaluation("Laptop")).result
    with pytest.raises(ValidationError) as caught:
        run(db, UpdateEvaluation(eid, {field: value}))
    assert caught.value.field == field


def test_choosing_an_option_of_another_evaluation_is_refused(db: Database) -> None:
    first = run(db, InsertEvaluationDocument(CRM)).result
    other = run(db, CreateEvaluation("Laptop")).result
    option_id = document(db, first)["options"][0]["id"]
    with pytest.raises(ValidationError, match="not an option of this evaluation"):
        run(db, UpdateEvaluation(other, {"chosen_option_id": option_id}))


def test_delete_inverse_restores_every_row_with_its_id(db: Database) -> None:
    eid = run(db, InsertEvaluationDocument(CRM)).result
    before = document(db, eid)
    run(db, run(db, DeleteEvaluation(eid)).inverse)
    assert document(db, eid) == before


def test_delete_removes_dependent_rows(db: Database) -> None:
    eid = run(db, InsertEvaluationDocument(CRM)).result
    run(db, DeleteEvaluation(eid))
    with db.reading() as session:
        from sqlmodel import func, select

        from duediligence.storage.models import TABLES

        assert [session.exec(select(func.count()).select_from(m)).one() for m in TABLES] == [0] * len(TABLES)


def test_batch_is_all_or_nothing(db: Database) -> None:
    broken = {
        **CRM,
        "title": "Broken",
        "scores": [{"option": "Nobody", "criterion": "Pipeline view", "value": 1}],
    }
    with pytest.raises(ValidationError, match=r"scores\[0\]\.option"):
        run(db, Batch((InsertEvaluationDocument(CRM), InsertEvaluationDocument(broken))))
    with db.reading() as session:
        assert list_evaluations(session) == []


def test_batch_inverse_undoes_all_of_it(db: Database) -> None:
    applied = run(db, Batch((CreateEvaluation("A"), CreateEvaluation("B"))))
    run(db, applied.inverse)
    with db.reading() as session:
        assert list_evaluations(session) == []
