"""Opening files: a new workbook is set up right; anything that is not a workbook is refused untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from duediligence.errors import CorruptWorkbookError, NewerWorkbookError, NotAWorkbookError, WorkbookError
from duediligence.operations.evaluations import CreateEvaluation
from duediligence.storage.database import Database
from duediligence.storage.migrate import head_revision


def pragma(db: Database, name: str) -> object:
    with db.transaction() as session:
        return session.execute(text(f"PRAGMA {name}")).scalar()


def test_new_workbook_is_created_at_the_current_schema(db: Database) -> None:
    assert db.report.created
    with sqlite3.connect(db.path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)


def test_workbook_uses_wal_journal(db: Database) -> None:
    assert pragma(db, "journal_mode") == "wal"


def test_workbook_enforces_foreign_keys(db: Database) -> None:
    assert pragma(db, "foreign_keys") == 1


def test_workbook_waits_for_a_busy_writer(db: Database) -> None:
    assert pragma(db, "busy_timeout") == 5000


def test_reopening_a_workbook_neither_recreates_nor_migrates_it(workbook_path: Path) -> None:
    Database.open(workbook_path).close()
    again = Database.open(workbook_path)
    assert (again.report.created, again.report.migrated_from) == (False, None)
    again.close()


def test_an_empty_file_becomes_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    Database.open(path).close()
    assert path.read_bytes().startswith(b"SQLite format 3")


def test_missing_file_is_refused_when_creation_is_not_allowed(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError, match="no such file"):
        Database.open(tmp_path / "absent.db", create=False)
    assert not (tmp_path / "absent.db").exists()


def test_text_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list: milk, a new CRM\n")
    before = path.read_bytes()
    with pytest.raises(NotAWorkbookError, match="not a SQLite database"):
        Database.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_damaged_sqlite_file_is_refused_and_left_unchanged(workbook_path: Path) -> None:
    db = Database.open(workbook_path)
    with db.transaction() as session:
        CreateEvaluation("CRM").apply(session)
    db.close()
    data = bytearray(workbook_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the first page's b-tree after the header
    workbook_path.write_bytes(bytes(data))
    with pytest.raises(CorruptWorkbookError, match="damaged"):
        Database.open(workbook_path)
    assert workbook_path.read_bytes() == bytes(data)


def test_another_programs_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    before = path.read_bytes()
    with pytest.raises(NotAWorkbookError, match="another program"):
        Database.open(path)
    assert path.read_bytes() == before


def test_workbook_from_a_newer_app_is_refused_and_left_unchanged(workbook_path: Path) -> None:
    Database.open(workbook_path).close()
    with sqlite3.connect(workbook_path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.close()
    before = workbook_path.read_bytes()
    with pytest.raises(NewerWorkbookError, match="newer version"):
        Database.open(workbook_path)
    assert workbook_path.read_bytes() == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError, match="folder"):
        Database.open(tmp_path)
