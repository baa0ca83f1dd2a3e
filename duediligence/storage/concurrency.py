"""No lost updates when several people edit one workbook (a shared file, or a PostgreSQL server).

Every edit is logged with the rows it wrote (see `unit_of_work`), so the newest change-log id is the
workbook's version and the log says which rows changed after any version. An edit says which version
its author last saw; it is refused (nothing stored) only when someone else changed one of the *same*
rows since — edits of different rows by different people never get in each other's way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlmodel import Session, col

from duediligence.changes import Changes
from duediligence.errors import ValidationError
from duediligence.i18n import PLURAL, translate
from duediligence.storage.models import ChangedRow, ChangeLogEntry

WRITE_LOCK = 0x44443157  # the advisory lock every writer of a PostgreSQL workbook takes


@dataclass(frozen=True)
class Conflict:
    """A row someone else changed after the version an edit was made on."""

    table: str
    row_key: str
    user: str
    action: str
    at: datetime


class ConcurrentEditError(ValidationError):
    """Someone else changed a row this edit changes, after the edit's author last looked.

    A ValidationError, so every editor that reports refused values reports this one the same way.
    """

    def __init__(self, conflicts: Sequence[Conflict]) -> None:
        self.conflicts = tuple(conflicts)
        newest = max(self.conflicts, key=lambda c: c.at)
        self.user, self.action, self.at = newest.user, newest.action, newest.at
        changes = sorted({(c.at, c.user, c.action) for c in self.conflicts})
        users = list(dict.fromkeys(user for _at, user, _action in changes))
        who = (
            users[0]
            if len(users) == 1
            else translate("Storage", "%1 and %2")
            .replace("%2", users[-1])
            .replace("%1", ", ".join(users[:-1]))
        )
        listed = "; ".join(f"{action}, {at:%Y-%m-%d %H:%M} UTC" for at, _user, action in changes[-3:])
        if (extra := len(changes) - 3) > 0:
            listed = translate("Storage", "%1; and %n more", None, PLURAL, int(extra)).replace("%1", listed)
        template = translate(
            "Storage",
            "%1 changed the same values meanwhile (%2). Your edit was not stored so as not to overwrite "
            "theirs; the view now shows the latest values.",
        )
        self.sentence = template.replace("%2", listed).replace("%1", who)
        super().__init__("workbook", None, self.sentence)

    def __str__(self) -> str:
        return self.sentence


@dataclass(frozen=True)
class Elsewhere:
    """What others changed after a version: for the views to re-read, and to tell conflicts."""

    changes: Changes
    conflicts: tuple[Conflict, ...]


def last_change_id(session: Session) -> int:
    return int(session.execute(select(func.coalesce(func.max(col(ChangeLogEntry.id)), 0))).scalar_one())


def lock(session: Session) -> None:
    """Serialise writers from here to the end of the transaction (SQLite: BEGIN IMMEDIATE did)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})"))


def changes_since(session: Session, seen: int) -> Elsewhere:
    """Every logged change after version `seen`: the rows it wrote, who, when."""
    query = (
        select(
            col(ChangeLogEntry.evaluation_id),
            col(ChangeLogEntry.user),
            col(ChangeLogEntry.action),
            col(ChangeLogEntry.at),
            col(ChangedRow.table_name),
            col(ChangedRow.row_key),
        )
        .outerjoin(ChangedRow, col(ChangedRow.change_id) == col(ChangeLogEntry.id))
        .where(col(ChangeLogEntry.id) > seen)
    )
    kinds: set[str] = set()
    evaluations: set[int] = set()
    rows: set[tuple[str, str]] = set()
    conflicts = []
    for evaluation_id, user, action, at, table_name, row_key in session.execute(query):
        if evaluation_id is not None:
            evaluations.add(evaluation_id)
        if table_name is not None:
            kinds.add(table_name)
            rows.add((table_name, row_key))
            conflicts.append(Conflict(table_name, row_key, user, action, at))
    if not (kinds or evaluations):
        return Elsewhere(Changes(), ())
    changes = Changes(
        frozenset(kinds or {"evaluation"}), frozenset(evaluations), evaluation_list=True, rows=frozenset(rows)
    )
    return Elsewhere(changes, tuple(conflicts))
