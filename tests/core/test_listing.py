"""The evaluations list from one lean query, and the same list read straight from the file at start-up
(before the database layer is loaded): both give exactly the same rows, and the file is checked first."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from duediligence.errors import CorruptWorkbookError, NewerWorkbookError
from duediligence.operations.edits import AddRow
from duediligence.operations.evaluations import CreateEvaluation
from duediligence.reads.evaluations import list_evaluations
from duediligence.reads.listing import peek_evaluations
from duediligence.storage.database import Database


@pytest.fixture
def listed(workbook_path: Path) -> Path:
    """Three evaluations: one with a deadline, a budget and two options; one archived; one bare."""
    db = Database.open(workbook_path)
    with db.transaction() as session:
        values = {"deadline": date(2027, 3, 31), "budget": 12000.5}
        crm = CreateEvaluation("CRM", values).apply(session).result
        CreateEvaluation("Old printer", {"status": "decided", "archived": True}).apply(session)
        CreateEvaluation("Chairs").apply(session)
        for name in ("Northwind", "Brightpath"):
            AddRow("option", crm, {"name": name}).apply(session)
    db.close()
    return workbook_path


def test_the_file_gives_the_same_rows_as_the_database_layer(listed: Path) -> None:
    db = Database.open(listed)
    with db.reading() as session:
        expected = list_evaluations(session)
    db.close()
    assert peek_evaluations(listed) == expected
    crm = next(row for row in expected if row.title == "CRM")
    assert (crm.deadline, crm.budget, crm.option_count, crm.updated_at.utcoffset()) == (
        date(2027, 3, 31),
        12000.5,
        2,
        timedelta(0),
    )
    assert [row.archived for row in expected if row.title == "Old printer"] == [True]


def test_a_list_of_some_evaluations_has_their_rows_alone(listed: Path) -> None:
    db = Database.open(listed)
    with db.reading() as session:
        everything = list_evaluations(session)
        some = list_evaluations(session, ids=[everything[0].id, everything[2].id])
        active = list_evaluations(session, include_archived=False)
    db.close()
    assert some == [everything[0], everything[2]]
    assert [row.title for row in active] == [row.title for row in everything if not row.archived]


def test_reading_the_list_from_the_file_loads_no_database_layer(listed: Path) -> None:
    probe = (
        "import sys; from pathlib import Path; from duediligence.reads.listing import peek_evaluations; "
        f"rows = peek_evaluations(Path({str(listed)!r})); "
        "print(len(rows), sorted(m for m in ('sqlalchemy', 'sqlmodel') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["3", "[]"], done.stderr


def test_a_damaged_file_is_refused_as_opening_refuses_it(listed: Path) -> None:
    data = bytearray(listed.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    listed.write_bytes(bytes(data))
    with pytest.raises(CorruptWorkbookError, match="damaged"):
        peek_evaluations(listed)
    assert listed.read_bytes() == bytes(data)


def test_a_file_from_a_newer_app_is_refused_and_one_to_upgrade_or_a_new_one_is_not_listed(
    listed: Path, tmp_path: Path
) -> None:
    assert peek_evaluations(tmp_path / "missing.db") is None
    (tmp_path / "empty.db").write_bytes(b"")
    assert peek_evaluations(tmp_path / "empty.db") is None
    with sqlite3.connect(listed) as con:
        con.execute("UPDATE alembic_version SET version_num = '0006'")  # an older, known schema
    con.close()
    assert peek_evaluations(listed) is None
    with sqlite3.connect(listed) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.close()
    with pytest.raises(NewerWorkbookError):
        peek_evaluations(listed)
