"""Migrations: the schema comes only from Alembic, data survives upgrades, and a failing upgrade
leaves the file as it was (after a backup)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlmodel import SQLModel

from duediligence.errors import MigrationFailedError
from duediligence.storage import migrate
from duediligence.storage.database import Database
from duediligence.storage.engine import create_engine_for, sqlite_url
from duediligence.storage.migrate import head_revision, upgrade
from tests.core.old_workbooks import one_option_workbook

FAKE_0002 = '''
"""a later schema change, used only by tests"""
import sqlalchemy as sa
from alembic import op

revision = "0002_test"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("later_table", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("option") as batch:
        batch.add_column(sa.Column("later_column", sa.Integer, nullable=True))
    {fail}


def downgrade() -> None:
    pass
'''


@pytest.fixture
def later_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Install a copy of the real migrations plus one more revision (which may fail at its end)."""

    def install(*, fails: bool) -> None:
        folder = tmp_path / "migrations"
        shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
        fail = 'raise RuntimeError("injected failure")' if fails else "pass"
        down = head_revision()
        (folder / "versions" / "0002_test.py").write_text(FAKE_0002.format(down=down, fail=fail))
        monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
        monkeypatch.setattr(migrate, "REVISIONS", (*migrate.REVISIONS, "0002_test"))
        migrate._script_revisions.cache_clear()

    yield install
    migrate._script_revisions.cache_clear()


def schema(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()


def add_option_at_first_revision(path: Path) -> None:
    """A workbook as version 0001 of the app left it, holding one evaluation with one option."""
    one_option_workbook(path, "0001")


def test_the_known_revisions_are_exactly_the_migration_scripts() -> None:
    head, revisions = migrate.script_revisions()
    assert (head, revisions) == (migrate.REVISIONS[-1], frozenset(migrate.REVISIONS))


def test_migrations_create_exactly_the_model_schema(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    Database.open(path).close()
    engine = create_engine_for(sqlite_url(path))
    tables = set(inspect(engine).get_table_names()) - {"alembic_version"}
    engine.dispose()
    assert tables == set(SQLModel.metadata.tables)


def test_workbook_made_by_migration_0001_opens_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    add_option_at_first_revision(path)
    db = Database.open(path)
    with db.reading() as session:
        from duediligence.reads.evaluations import option_choices

        assert [o.name for o in option_choices(session, 1)] == ["Do nothing"]
    db.close()


def test_upgrade_backs_up_first_and_keeps_data(tmp_path: Path, later_migration) -> None:
    path = tmp_path / "old.db"
    add_option_at_first_revision(path)
    later_migration(fails=False)
    db = Database.open(path)
    assert db.report.migrated_from == "0001"
    assert db.report.backup is not None
    with sqlite3.connect(db.report.backup) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert con.execute("SELECT name FROM option").fetchall() == [("Do nothing",)]
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT name, later_column FROM option").fetchall() == [("Do nothing", None)]
    db.close()


def test_failing_upgrade_leaves_schema_and_data_as_they_were(tmp_path: Path, later_migration) -> None:
    path = tmp_path / "old.db"
    add_option_at_first_revision(path)
    before = schema(path)
    later_migration(fails=True)
    with pytest.raises(MigrationFailedError, match=r"injected failure.*left as it was"):
        Database.open(path)
    assert schema(path) == before
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert con.execute("SELECT id, name FROM option").fetchall() == [(7, "Do nothing")]


def test_the_models_need_no_migration_beyond_the_scripts(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    path = tmp_path / "w.db"
    Database.open(path).close()
    engine = create_engine_for(sqlite_url(path))
    with engine.connect() as conn:
        differences = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), SQLModel.metadata
        )
    engine.dispose()
    assert differences == []


def test_every_workbook_gets_an_identity_of_its_own(tmp_path: Path) -> None:
    first, second = Database.open(tmp_path / "a.db"), Database.open(tmp_path / "b.db")
    copy = first.save_copy(tmp_path / "copy.db")
    ids = []
    for path in (first.path, second.path, copy):
        with sqlite3.connect(path) as con:
            ids.append(con.execute("SELECT value FROM workbook_info WHERE key = 'uuid'").fetchone()[0])
        con.close()
    first.close()
    second.close()
    assert len(set(ids)) == 3


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as con:
        lines = list(con.iterdump())
    con.close()
    return lines


@pytest.mark.parametrize("failing", migrate.REVISIONS)
def test_a_failure_in_any_migration_step_leaves_the_file_exactly_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "w.db"
    position = migrate.REVISIONS.index(failing)
    if position > 0:  # a workbook with data, at the revision just before the failing step
        add_option_at_first_revision(path)
        upgrade(sqlite_url(path), path=path, target=migrate.REVISIONS[position - 1])
    before = dump(path) if path.exists() else []
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    script = next((folder / "versions").glob(f"{failing}_*.py"))
    script.write_text(
        script.read_text()
        + "\n\n_real_upgrade = upgrade\n\n\ndef upgrade() -> None:\n"
        + "    _real_upgrade()\n    raise RuntimeError('injected failure at the end of this step')\n"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    migrate._script_revisions.cache_clear()
    try:
        with pytest.raises(MigrationFailedError, match="injected failure"):
            Database.open(path)
    finally:
        migrate._script_revisions.cache_clear()
    assert (dump(path) if path.exists() else []) == before


def test_a_0006_workbook_keeps_its_costs_and_history_and_may_then_hold_an_unknown_amount(
    tmp_path: Path,
) -> None:
    from duediligence.operations.edits import AddRow, UpdateRow

    path = tmp_path / "old.db"
    add_option_at_first_revision(path)
    upgrade(sqlite_url(path), path=path, target="0006")
    with sqlite3.connect(path) as con:
        con.execute(
            "INSERT INTO cost_item (id, evaluation_id, option_id, position, label, category, recurrence,"
            " amount, note) VALUES (3, 1, 7, 0, 'Licence', 'licence', 'yearly', 1200, '')"
        )
        con.execute(
            "INSERT INTO change_log (id, evaluation_id, at, user, action)"
            " VALUES (1, 1, '2026-01-01', 'Ana', 'x')"
        )
    con.close()
    db = Database.open(path)
    assert db.report.migrated_from == "0006"
    with db.transaction() as session:
        UpdateRow("cost_item", 3, {"label": "Licence fee"}).apply(session)
        AddRow("cost_item", 1, {"label": "Training"}, {"option_id": 7}).apply(session)
    db.close()
    with sqlite3.connect(path) as con:
        costs = con.execute("SELECT label, amount FROM cost_item ORDER BY id").fetchall()
        history = con.execute("SELECT user, action FROM change_log").fetchall()
    assert (costs, history) == ([("Licence fee", 1200.0), ("Training", None)], [("Ana", "x")])


def test_a_0008_workbook_keeps_its_criteria_linear_and_unrated_and_may_then_hold_a_value_function(
    tmp_path: Path,
) -> None:
    from duediligence.operations.edits import UpdateRow

    path = tmp_path / "old.db"
    add_option_at_first_revision(path)
    upgrade(sqlite_url(path), path=path, target="0008")
    with sqlite3.connect(path) as con:
        con.execute(
            "INSERT INTO criterion (id, evaluation_id, position, name, description, weight, scale, unit,"
            " direction, must_have, value_source) VALUES (4, 1, 0, 'Battery', '', 2, 'measured', 'h',"
            " 'higher', 0, 'manual')"
        )
    con.close()
    db = Database.open(path)
    assert db.report.migrated_from == "0008"
    with db.reading() as session:
        from duediligence.reads.matrix import load_matrix

        before = load_matrix(session, 1).criteria[0]
    function = {"kind": "piecewise", "points": [[4, 0], [8, 90], [12, 100]]}
    with db.transaction() as session:
        UpdateRow("criterion", 4, {"value_function": function, "swing_rating": 60}).apply(session)
    db.close()
    with sqlite3.connect(path) as con:
        stored = con.execute(
            "SELECT weight, value_function, swing_rating, swing_note FROM criterion"
        ).fetchall()
    assert (before.function, before.swing_rating, before.value_function_note) == (None, None, "")
    assert stored == [
        (2.0, '{"kind": "piecewise", "points": [[4.0, 0.0], [8.0, 90.0], [12.0, 100.0]]}', 60.0, "")
    ]


def test_a_0008_workbook_keeps_its_costs_meaning_and_may_then_hold_a_schedule(tmp_path: Path) -> None:
    """Migration 0010: an existing one-time line falls in year 0, a yearly one from year 1 to the end,
    without escalation, in the evaluation's currency; a schedule and a currency can then be stored."""
    from duediligence.operations.edits import UpdateRow
    from duediligence.operations.evaluations import UpdateEvaluation

    path = tmp_path / "old.db"
    add_option_at_first_revision(path)
    upgrade(sqlite_url(path), path=path, target="0008")
    with sqlite3.connect(path) as con:
        con.execute(
            "INSERT INTO cost_item (id, evaluation_id, option_id, position, label, category, recurrence,"
            " amount, note) VALUES (3, 1, 7, 0, 'Licence', 'licence', 'yearly', 1200, '')"
        )
    con.close()
    db = Database.open(path)
    assert db.report.migrated_from == "0008"
    with sqlite3.connect(path) as con:
        before = con.execute(
            "SELECT year, from_year, to_year, escalation, currency FROM cost_item"
        ).fetchall()
        rates = con.execute("SELECT exchange_rates, exchange_rates_on FROM evaluation").fetchall()
    con.close()
    with db.transaction() as session:
        UpdateRow("cost_item", 3, {"to_year": 3, "escalation": 0.05, "currency": "usd"}).apply(session)
        UpdateEvaluation(1, {"exchange_rates": {"USD": 0.92}}).apply(session)
    db.close()
    with sqlite3.connect(path) as con:
        after = con.execute("SELECT to_year, escalation, currency FROM cost_item").fetchall()
        stated = con.execute("SELECT exchange_rates FROM evaluation").fetchall()
    con.close()
    assert (before, rates) == ([(0, 1, None, 0.0, None)], [("", None)])
    assert (after, stated) == ([(3, 0.05, "USD")], [('{"USD": 0.92}',)])
