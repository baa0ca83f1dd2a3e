"""Imports go through the same unit of work as every edit: logged, and refused when a colleague changed
a value the import would change after the file was compared with the workbook."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from xlsx_support import document, edit_cells

from duediligence import cli
from duediligence.exchange import importing
from duediligence.exchange.commands import export_command, import_command, prepare_import
from duediligence.operations.edits import UpdateRow
from duediligence.reads.evaluations import change_log
from duediligence.storage.concurrency import ConcurrentEditError, last_change_id
from duediligence.storage.database import Database
from duediligence.storage.unit_of_work import run
from duediligence.templates.samples import add_samples


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


@pytest.fixture
def shared(target: str, tmp_path: Path):
    """A workbook with the samples, an export of the CRM evaluation, and two criteria of it."""
    db = Database.open(target)
    eid = run(db, add_samples(), action="Add samples", user="Ana").applied.result[0]
    out = export_command(db, [str(eid)], tmp_path / "crm.xlsx")
    first, second = document(db, eid)["criteria_groups"][0]["criteria"][:2]
    yield db, eid, out, first, second
    db.close()


def weight(db: Database, criterion_id: int) -> float:
    with db.reading() as session:
        return session.execute(
            text("SELECT weight FROM criterion WHERE id = :i"), {"i": criterion_id}
        ).scalar()


def test_a_colleagues_change_between_review_and_apply_refuses_the_import(shared) -> None:
    db, _eid, out, first, _second = shared
    edit_cells(out, [("Matrix", first["id"], "Weight", 5)])
    plan = prepare_import(db, out)
    run(db, UpdateRow("criterion", first["id"], {"weight": 9}), action="Edit weight", user="Bo")
    with pytest.raises(ConcurrentEditError, match="Bo changed the same values meanwhile"):
        run(db, plan.operation(), action="Import", user="Ana", seen=plan.seen)
    assert weight(db, first["id"]) == 9


def test_a_colleagues_change_of_another_value_does_not_stop_the_import(shared) -> None:
    db, _eid, out, first, second = shared
    edit_cells(out, [("Matrix", first["id"], "Weight", 5)])
    plan = prepare_import(db, out)
    run(db, UpdateRow("criterion", second["id"], {"weight": 9}), action="Edit weight", user="Bo")
    run(db, plan.operation(), action="Import", user="Ana", seen=plan.seen)
    assert (weight(db, first["id"]), weight(db, second["id"])) == (5, 9)


def test_the_import_command_reports_the_race_and_imports_nothing(
    shared, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _eid, out, first, _second = shared
    edit_cells(out, [("Matrix", first["id"], "Weight", 5)])
    real = importing.prepare_import

    def colleague_edits_during_review(*args, **kwargs):
        plan = real(*args, **kwargs)
        run(db, UpdateRow("criterion", first["id"], {"weight": 9}), action="Edit weight", user="Bo")
        return plan

    monkeypatch.setattr(importing, "prepare_import", colleague_edits_during_review)
    report = import_command(db, out)
    assert not report.applied
    assert report.problem is not None and report.problem.startswith("Bo changed the same values meanwhile")
    assert "Nothing was imported" in report.problem
    assert weight(db, first["id"]) == 9


def test_a_command_line_import_is_in_the_history_and_refuses_an_edit_made_on_an_older_view(
    shared, target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, eid, out, first, _second = shared
    with db.reading() as session:
        window_saw = last_change_id(session)  # a window opened before the import
    edit_cells(out, [("Matrix", first["id"], "Weight", 5)])
    monkeypatch.setenv("DUEDILIGENCE_USER", "Cy")
    assert cli.main(["import", str(out), "--db", target]) == 0
    with db.reading() as session:
        latest = change_log(session, eid)[0]
    assert (latest.user, latest.action) == ("Cy", "Import crm.xlsx (command line)")
    with pytest.raises(ConcurrentEditError, match="Cy changed the same values meanwhile"):
        run(
            db, UpdateRow("criterion", first["id"], {"weight": 1}), action="Edit", user="Ana", seen=window_saw
        )
    assert weight(db, first["id"]) == 5
