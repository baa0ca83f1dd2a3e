"""Who changed what and when: every logged edit, its undo and redo, attributed and kept."""

from __future__ import annotations

import pytest

from duediligence.identity import current_user
from duediligence.operations.evaluations import CreateEvaluation, DeleteEvaluation, UpdateEvaluation
from duediligence.reads.evaluations import change_log
from duediligence.storage.database import Database
from duediligence.storage.unit_of_work import run as logged


def run(db: Database, operation):
    with db.transaction() as session:
        return operation.apply(session)


def history(db: Database, eid: int) -> list[tuple[str, str]]:
    with db.reading() as session:
        return [(row.user, row.action) for row in reversed(change_log(session, eid))]


def test_a_logged_edit_is_attributed_to_its_user(db: Database) -> None:
    eid = logged(db, CreateEvaluation("CRM"), action="New evaluation", user="ana").applied.result
    logged(db, UpdateEvaluation(eid, {"budget": 5}), action="Edit budget", user="bo")
    assert history(db, eid) == [("ana", "New evaluation"), ("bo", "Edit budget")]


def test_undo_and_redo_are_appended_not_erased(db: Database) -> None:
    eid = run(db, CreateEvaluation("CRM")).result
    undo = logged(db, UpdateEvaluation(eid, {"budget": 5}), action="Edit budget", user="ana").applied.inverse
    redo = logged(db, undo, action="Undo: Edit budget", user="ana").applied.inverse
    logged(db, redo, action="Edit budget", user="ana")
    assert [action for _user, action in history(db, eid)] == [
        "Edit budget",
        "Undo: Edit budget",
        "Edit budget",
    ]


def test_the_history_outlives_a_deleted_evaluation(db: Database) -> None:
    eid = run(db, CreateEvaluation("CRM")).result
    logged(db, DeleteEvaluation(eid), action="Delete evaluation", user="ana")
    assert history(db, eid) == [("ana", "Delete evaluation")]


def test_the_user_name_comes_from_the_environment_when_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DUEDILIGENCE_USER", "Procurement Ana")
    assert current_user() == "Procurement Ana"
