"""One user action = one transaction, whoever asks (the app, the command line, an import).

`run` applies an operation in its own transaction, refuses it when someone else changed one of the
same rows since the caller last read them (row-level optimistic concurrency), and appends who did
what to the change log together with the rows it wrote. Writers are serialised while they check and
write: SQLite by BEGIN IMMEDIATE, PostgreSQL by a transaction-level advisory lock.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from duediligence.changes import Applied, Changes, Operation
from duediligence.errors import StorageError, WorkbookError
from duediligence.i18n import translate
from duediligence.storage.concurrency import (
    ConcurrentEditError,
    Conflict,
    changes_since,
    last_change_id,
    lock,
)

if TYPE_CHECKING:
    from sqlmodel import Session

    from duediligence.storage.database import Database

MAX_ACTION = 500
ROWS = "dd_rows_written"  # session.info key: {(table, row key)} written by the running operation
IGNORED = frozenset({"updated_at"})  # bookkeeping, not an edit of the row


@dataclass(frozen=True)
class Outcome:
    applied: Applied
    change_id: int  # the workbook's version after this action (the newest change-log id)
    others: Changes  # what other people changed since `seen`; the caller has not shown it yet


def run(db: Database, operation: Operation, *, action: str, user: str, seen: int | None = None) -> Outcome:
    """Apply `operation` as one logged, guarded transaction (nothing is stored if anything fails).

    `seen`: the change-log id the caller's view reflects; an edit of a row someone changed after it
    raises ConcurrentEditError. None skips the check (the caller read and writes in this call).
    Failures of the place rather than the edit (locked, disk full, read-only, connection lost) raise
    a StorageError saying what to do; nothing is stored.
    """
    try:
        with db.transaction() as session:
            return apply_logged(session, operation, action=action, user=user, seen=seen)
    except WorkbookError:
        raise
    except Exception as exc:
        failure = write_failure(exc, db.path or db.label)
        if failure is None:
            raise
        raise failure from exc


def apply_logged(
    session: Session, operation: Operation, *, action: str, user: str, seen: int | None = None
) -> Outcome:
    """`run` inside a transaction the caller holds (for callers that read and write in one)."""
    from duediligence.storage.models import ChangedRow, ChangeLogEntry, stored_id

    lock(session)
    with rows_written(session) as written:
        applied = operation.apply(session)
        session.flush()
    others = changes_since(session, seen) if seen is not None else None
    if others is not None:
        clashes = [c for c in others.conflicts if (c.table, c.row_key) in written]
        if clashes:
            raise ConcurrentEditError(clashes)
    evaluations: list[int | None] = [*sorted(applied.changes.evaluation_ids)] or [None]
    entries = [
        ChangeLogEntry(evaluation_id=evaluation_id, user=user[:200], action=action[:MAX_ACTION])
        for evaluation_id in evaluations
    ]
    session.add_all(entries)
    session.flush()
    session.add_all(
        ChangedRow(change_id=stored_id(entries[0]), table_name=table, row_key=key)
        for table, key in sorted(written)
    )
    session.flush()
    applied = replace(applied, changes=applied.changes | Changes(rows=frozenset(written)))
    return Outcome(applied, last_change_id(session), others.changes if others is not None else Changes())


def mark_written(session: Session, table: str, keys: Iterable[Any]) -> None:
    """Rows an operation wrote with SQL statements rather than ORM objects (bulk updates, restores)."""
    rows = session.info.get(ROWS)
    if rows is not None:
        rows.update((table, str(key)) for key in keys)


@contextmanager
def rows_written(session: Session) -> Iterator[set[tuple[str, str]]]:
    """Collect every row flushed while the block runs: added, changed (beyond bookkeeping) or deleted."""
    from sqlalchemy import event, inspect

    written: set[tuple[str, str]] = set()

    def collect(flushing: Session, _context: Any) -> None:
        for obj in (*flushing.new, *flushing.deleted):
            written.add(_key(obj))
        for obj in flushing.dirty:
            state = inspect(obj)
            changed = {a.key for a in state.attrs if a.history.has_changes()}
            if changed - IGNORED:
                written.add(_key(obj))

    outer = session.info.get(ROWS)
    session.info[ROWS] = written
    event.listen(session, "after_flush", collect)
    try:
        yield written
    finally:
        event.remove(session, "after_flush", collect)
        if outer is None:
            session.info.pop(ROWS, None)
        else:
            outer.update(written)
            session.info[ROWS] = outer


def _key(obj: Any) -> tuple[str, str]:
    from sqlalchemy import inspect

    from duediligence.storage.models import table_name

    key = inspect(obj).mapper.primary_key_from_instance(obj)  # set once the row is inserted
    return table_name(type(obj)), ":".join(str(part) for part in key)


def write_failure(exc: BaseException, place: Path | str) -> WorkbookError | None:
    """What a failed write means for the person editing (storage_faults.classify), or None when the
    error is not the database's or the disk's (a bug, which must surface)."""
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    from duediligence.storage.faults import classify

    failure = classify(exc, place, action="store the edit in")
    if failure is not None:
        return failure
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return StorageError(
            place,
            translate("Storage", "the connection to the database server was lost"),
            action="store the edit in",
        )
    if isinstance(exc, SQLAlchemyError):
        return StorageError(
            place,
            translate("Storage", "the database refused it (%1)").replace(
                "%1", str(getattr(exc, "orig", None) or exc)
            ),
            action="store the edit in",
        )
    return None


__all__ = ["Conflict", "Outcome", "apply_logged", "mark_written", "rows_written", "run", "write_failure"]
