"""No lost update: an edit based on an out-of-date view is refused, on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from duediligence.concurrency import ConcurrentEditError, Guarded, last_change_id
from duediligence.database import Database
from duediligence.operations.evaluations import CreateEvaluation, UpdateEvaluation
from duediligence.operations.logged import Logged
from duediligence.queries import get_evaluation


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

    def edit(self, operation, action: str):
        with self.db.transaction() as session:
            applied = Guarded(Logged(operation, action, self.name), self.seen).apply(session)
            self.seen = last_change_id(session)
        return applied

    def budget(self, eid: int) -> float | None:
        with self.db.reading() as session:
            return get_evaluation(session, eid).budget


@pytest.fixture
def two_users(target: str):
    ana = User(target, "Ana")
    eid = ana.edit(CreateEvaluation("CRM"), "New evaluation").result
    bo = User(target, "Bo")
    yield ana, bo, eid
    ana.db.close()
    bo.db.close()


def test_the_second_of_two_concurrent_edits_is_refused_and_told_who(two_users) -> None:
    ana, bo, eid = two_users
    ana.edit(UpdateEvaluation(eid, {"budget": 100}), "Edit budget")
    with pytest.raises(ConcurrentEditError, match="Ana changed this workbook meanwhile"):
        bo.edit(UpdateEvaluation(eid, {"budget": 999}), "Edit budget")
    assert ana.budget(eid) == 100


def test_after_refreshing_the_second_user_can_edit(two_users) -> None:
    ana, bo, eid = two_users
    ana.edit(UpdateEvaluation(eid, {"budget": 100}), "Edit budget")
    bo.refresh()
    bo.edit(UpdateEvaluation(eid, {"budget": 999}), "Edit budget")
    assert ana.budget(eid) == 999


def test_a_users_own_edits_never_conflict_with_each_other(two_users) -> None:
    ana, _bo, eid = two_users
    ana.edit(UpdateEvaluation(eid, {"budget": 1}), "Edit budget")
    ana.edit(UpdateEvaluation(eid, {"budget": 2}), "Edit budget")
    assert ana.budget(eid) == 2


def test_two_simultaneous_edits_from_the_same_view_store_exactly_one(two_users) -> None:
    import threading

    ana, bo, eid = two_users
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
    assert ana.budget(eid) == {"Ana": 1, "Bo": 2}[winner]
