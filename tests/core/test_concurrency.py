"""No lost update, no false alarm: an edit is refused only when someone else changed the same row since
its author last looked; on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from duediligence.operations.edits import AddRow, SetScore, UpdateRow
from duediligence.operations.evaluations import CreateEvaluation, UpdateEvaluation
from duediligence.operations.rows import DeleteRows
from duediligence.reads.evaluations import get_evaluation
from duediligence.storage.concurrency import ConcurrentEditError, last_change_id
from duediligence.storage.database import Database
from duediligence.storage.unit_of_work import run


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "shared.db")
    url = request.getfixturevalue("postgres_url")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


class User:
    """One person's app: its own connection, and the version of the workbook it last showed."""

    def __init__(self, target: str, name: str) -> None:
        self.db, self.name = Database.open(target), name
        self.refresh()

    def refresh(self) -> None:
        with self.db.reading() as session:
            self.seen = last_change_id(session)

    def edit(self, operation, action: str = "Edit"):
        outcome = run(self.db, operation, action=action, user=self.name, seen=self.seen)
        self.seen = outcome.change_id
        return outcome

    def read(self, query, *args):
        with self.db.reading() as session:
            return query(session, *args)


def weight(session, criterion_id: int) -> float:
    return session.execute(
        text("SELECT weight FROM criterion WHERE id = :i"), {"i": criterion_id}
    ).scalar_one()


@pytest.fixture
def people(target: str):
    ana = User(target, "Ana")
    eid = ana.edit(CreateEvaluation("CRM"), "New evaluation").applied.result
    ids = {
        name: ana.edit(AddRow("criterion", eid, {"name": name, "weight": 1})).applied.result
        for name in ("Price", "Fit", "Support")
    }
    ids["option"] = ana.edit(AddRow("option", eid, {"name": "Cloud"})).applied.result
    bo, cy = User(target, "Bo"), User(target, "Cy")
    yield ana, bo, cy, eid, ids
    for user in (ana, bo, cy):
        user.db.close()


def test_an_edit_of_a_row_someone_changed_meanwhile_is_refused_and_names_them(people) -> None:
    ana, bo, _cy, eid, _ids = people
    ana.edit(UpdateEvaluation(eid, {"budget": 100}), "Edit budget")
    with pytest.raises(ConcurrentEditError, match=r"Ana changed the same values meanwhile \(Edit budget, 20"):
        bo.edit(UpdateEvaluation(eid, {"budget": 999}), "Edit budget")
    assert bo.read(get_evaluation, eid).budget == 100


def test_after_refreshing_the_second_user_can_edit_the_same_row(people) -> None:
    ana, bo, _cy, eid, _ids = people
    ana.edit(UpdateEvaluation(eid, {"budget": 100}), "Edit budget")
    bo.refresh()
    bo.edit(UpdateEvaluation(eid, {"budget": 999}), "Edit budget")
    assert ana.read(get_evaluation, eid).budget == 999


def test_a_users_own_edits_never_conflict_with_each_other(people) -> None:
    ana, _bo, _cy, eid, _ids = people
    ana.edit(UpdateEvaluation(eid, {"budget": 1}), "Edit budget")
    ana.edit(UpdateEvaluation(eid, {"budget": 2}), "Edit budget")
    assert ana.read(get_evaluation, eid).budget == 2


def test_edits_of_different_rows_from_out_of_date_views_are_all_stored(people) -> None:
    ana, bo, cy, _eid, ids = people
    ana.edit(UpdateRow("criterion", ids["Price"], {"weight": 5}))
    bo.edit(UpdateRow("criterion", ids["Fit"], {"weight": 3}))
    cy.edit(SetScore(ids["option"], ids["Support"], {"value": 7}))
    assert [ana.read(weight, ids[n]) for n in ("Price", "Fit", "Support")] == [5, 3, 1]


def test_what_others_changed_comes_back_so_the_view_can_show_it(people) -> None:
    ana, bo, _cy, eid, ids = people
    ana.edit(UpdateRow("criterion", ids["Price"], {"weight": 5}), "Edit weight")
    outcome = bo.edit(UpdateRow("criterion", ids["Fit"], {"weight": 3}))
    assert ("criterion", str(ids["Price"])) in outcome.others.rows
    assert outcome.others.touches("criterion", eid)
    assert ("criterion", str(ids["Fit"])) not in outcome.others.rows


def test_an_edit_without_news_from_others_reports_nothing_else_changed(people) -> None:
    ana, _bo, _cy, _eid, ids = people
    outcome = ana.edit(UpdateRow("criterion", ids["Price"], {"weight": 5}))
    assert outcome.others.rows == frozenset() and not outcome.others.kinds


def test_the_rows_an_edit_wrote_are_named_in_its_changes(people) -> None:
    ana, _bo, _cy, _eid, ids = people
    outcome = ana.edit(UpdateRow("criterion", ids["Price"], {"weight": 5}))
    assert outcome.applied.changes.rows == frozenset({("criterion", str(ids["Price"]))})


def test_deleting_a_row_someone_changed_meanwhile_is_refused(people) -> None:
    ana, bo, _cy, _eid, ids = people
    ana.edit(UpdateRow("criterion", ids["Fit"], {"weight": 9}), "Edit weight")
    with pytest.raises(ConcurrentEditError):
        bo.edit(DeleteRows("criterion", (ids["Fit"],)), "Delete criterion")
    assert bo.read(weight, ids["Fit"]) == 9


def test_undoing_an_edit_that_someone_has_since_overwritten_is_refused(people) -> None:
    ana, bo, _cy, _eid, ids = people
    undo = ana.edit(UpdateRow("criterion", ids["Fit"], {"weight": 4}), "Edit weight").applied.inverse
    bo.refresh()
    bo.edit(UpdateRow("criterion", ids["Fit"], {"weight": 8}), "Edit weight")
    with pytest.raises(ConcurrentEditError, match="Bo changed the same values"):
        ana.edit(undo, "Undo: Edit weight")
    assert ana.read(weight, ids["Fit"]) == 8


def test_two_simultaneous_edits_of_one_row_from_the_same_version_store_exactly_one(people) -> None:
    ana, bo, _cy, eid, _ids = people
    bo.refresh()
    start = threading.Barrier(2)
    outcome: dict[str, str] = {}

    def edit(user: User, budget: int) -> None:
        start.wait()
        try:
            user.edit(UpdateEvaluation(eid, {"budget": budget}), "Edit budget")
            outcome[user.name] = "stored"
        except ConcurrentEditError:
            outcome[user.name] = "refused"

    threads = [threading.Thread(target=edit, args=(u, b)) for u, b in ((ana, 1), (bo, 2))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    winner = next(name for name, result in outcome.items() if result == "stored")
    assert sorted(outcome.values()) == ["refused", "stored"]
    assert ana.read(get_evaluation, eid).budget == {"Ana": 1, "Bo": 2}[winner]


def test_three_writers_editing_different_cells_at_once_are_never_refused(people) -> None:
    ana, bo, cy, _eid, ids = people
    rows = {"Ana": ids["Price"], "Bo": ids["Fit"], "Cy": ids["Support"]}
    refused: list[str] = []
    start = threading.Barrier(3)

    def write(user: User) -> None:
        start.wait()
        for value in range(1, 41):
            try:
                user.edit(UpdateRow("criterion", rows[user.name], {"weight": value}))
                user.edit(SetScore(ids["option"], rows[user.name], {"value": value % 11}))
            except ConcurrentEditError as exc:
                refused.append(str(exc))

    threads = [threading.Thread(target=write, args=(u,)) for u in (ana, bo, cy)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert refused == []
    assert [ana.read(weight, rows[n]) for n in ("Ana", "Bo", "Cy")] == [40, 40, 40]


def test_a_new_row_is_named_by_its_new_id(people) -> None:
    ana, _bo, _cy, eid, _ids = people
    outcome = ana.edit(AddRow("criterion", eid, {"name": "Speed"}))
    assert ("criterion", str(outcome.applied.result)) in outcome.applied.changes.rows


def test_a_workbook_kept_busy_by_another_program_refuses_the_edit_with_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from duediligence.errors import WorkbookLockedError
    from duediligence.storage import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    db = Database.open(tmp_path / "busy.db")
    eid = run(db, CreateEvaluation("CRM"), action="New", user="Ana").applied.result
    other = sqlite3.connect(tmp_path / "busy.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(WorkbookLockedError, match="close that program"):
            run(db, UpdateEvaluation(eid, {"budget": 5}), action="Edit budget", user="Ana")
    finally:
        other.execute("ROLLBACK")
        other.close()
    with db.reading() as session:
        assert get_evaluation(session, eid).budget is None
    db.close()
