"""Moving a workbook between engines (`duediligence copy --from URL --to URL`), complete and verified.

Every row of every table is copied with its id in one transaction on the target, PostgreSQL's id
sequences are moved past the copied ids, and then both sides are read back and compared table by table.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlmodel import SQLModel

from duediligence.errors import WorkbookError
from duediligence.operations.rows import ORDER, RestoreRows, RowsSnapshot
from duediligence.storage.database import Database

# Copied besides the evaluation tables: the history, and the workbook's identity (a move, not a fork).
EXTRA = ("change_log", "workbook_info")


@dataclass(frozen=True)
class CopyReport:
    tables: dict[str, int]  # rows copied per table
    evaluations: int


def _rows(db: Database, name: str) -> list[dict[str, Any]]:
    table = SQLModel.metadata.tables[name]
    key = table.c.id if "id" in table.c else table.c.key
    with db.reading() as session:
        return [dict(r) for r in session.execute(select(table).order_by(key)).mappings()]


def _canonical(value: Any) -> Any:
    if isinstance(value, datetime):
        value = value if value.tzinfo else value.replace(tzinfo=timezone.utc)  # noqa: UP017
        return value.astimezone(timezone.utc).isoformat()  # noqa: UP017
    if isinstance(value, date):
        return value.isoformat()
    return value


def digest(rows: list[dict[str, Any]]) -> str:
    """A fingerprint of a table's content that is the same whichever engine holds it."""
    data = [{k: _canonical(v) for k, v in sorted(row.items())} for row in rows]
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def copy_workbook(source_url: str, target_url: str) -> CopyReport:
    """Copy everything from one workbook to another, empty one; raises WorkbookError on any mismatch."""
    source = Database.open(source_url, create=False)
    target = Database.open(target_url)
    try:
        data = {name: _rows(source, name) for name in [*ORDER, *EXTRA]}
        with target.reading() as session:
            held = session.execute(select(func.count()).select_from(SQLModel.metadata.tables["evaluation"]))
            if held.scalar():
                raise WorkbookError(f"{target.label} already holds evaluations; copy into an empty workbook.")
        with target.transaction() as session:
            snapshot = RowsSnapshot(tuple((name, tuple(data[name])) for name in ORDER if data[name]), ())
            if snapshot.rows:
                RestoreRows(snapshot, "evaluation", ()).apply(session)
            info = SQLModel.metadata.tables["workbook_info"]
            session.execute(info.delete())
            for name in EXTRA:
                if data[name]:
                    session.execute(insert(SQLModel.metadata.tables[name]), data[name])
            if session.get_bind().dialect.name == "postgresql":
                _advance_sequences(session)
        for name, rows in data.items():
            if digest(_rows(target, name)) != digest(rows):
                raise WorkbookError(
                    f"The copy of table {name} differs from the original; the copy is not usable."
                )
        return CopyReport({name: len(rows) for name, rows in data.items()}, len(data["evaluation"]))
    finally:
        source.close()
        target.close()


def _advance_sequences(session: Any) -> None:
    """Inserting explicit ids leaves PostgreSQL's sequences behind: move each past the highest id."""
    for name in [*ORDER, "change_log"]:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
            )
        )
