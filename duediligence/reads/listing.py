"""The evaluations list: one lean query (no ORM objects), and the same list read straight from a
workbook file before the database layer is loaded, so that the app shows it at once.

Imports neither SQLAlchemy nor SQLModel: `peek_evaluations` runs at start-up, before they are loaded;
`reads.evaluations.list_evaluations` runs the same query through a session.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class EvaluationSummary:
    """One line of the evaluations list."""

    id: int
    title: str
    kind: str
    status: str
    archived: bool
    deadline: date | None
    budget: float | None
    currency: str
    updated_at: datetime
    option_count: int


COLUMNS = ("id", "title", "kind", "status", "archived", "deadline", "budget", "currency", "updated_at")

_LIST = (
    f"SELECT {', '.join('e.' + c for c in COLUMNS)}, "
    "(SELECT count(*) FROM option AS o WHERE o.evaluation_id = e.id) "
    "FROM evaluation AS e ORDER BY e.updated_at DESC, e.id DESC"
)


def peek_evaluations(path: Path, *, integrity: bool = True) -> list[EvaluationSummary] | None:
    """The evaluations of the workbook file at `path`, as `list_evaluations` gives them, read with the
    standard library alone; None when the file cannot be listed that way (not there, empty, or needing
    an upgrade). The file is checked first as opening it checks it (a damaged file, or one that is not a
    workbook, raises the same error), and only read. ``integrity=False`` leaves out SQLite's integrity
    check (a file-wide read: ~0.2 s for 40 MB) for a caller that opens the file next, which checks it."""
    from duediligence.storage import files
    from duediligence.storage.database import INSPECT_TIMEOUT_S, inspect_sqlite_file
    from duediligence.storage.migrate import head_revision

    if not path.is_file():
        return None
    state = inspect_sqlite_file(path, integrity=integrity)
    if state.empty or state.revision != head_revision():
        return None
    with closing(files.connect_for_reading(path, timeout=INSPECT_TIMEOUT_S)) as con:
        return [_summary(row) for row in con.execute(_LIST)]


def _summary(row: tuple[Any, ...]) -> EvaluationSummary:
    """A row as SQLAlchemy's types would turn it (SQLite keeps dates as text, booleans as 0/1, and
    UTC times without their offset)."""
    eid, title, kind, status, archived, deadline, budget, currency, updated, options = row
    at = datetime.fromisoformat(updated)
    at = at.replace(tzinfo=UTC) if at.utcoffset() is None else at.astimezone(UTC)
    return EvaluationSummary(
        eid, title, kind, status, bool(archived), date.fromisoformat(deadline) if deadline else None,
        None if budget is None else float(budget), currency, at, int(options),
    )  # fmt: skip
