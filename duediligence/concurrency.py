"""No lost updates when several people edit one workbook (a shared file, or a PostgreSQL server).

Every edit made through the app is logged (see `operations.logged`), so the newest change-log id is
the workbook's version. An edit says which version its author last saw; if someone else has changed
the workbook since, the edit is refused (nothing stored) and the app shows the newer values first.
The check and the write are one transaction, serialised across writers: SQLite by BEGIN IMMEDIATE,
PostgreSQL by a transaction-level advisory lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlmodel import Session, col

from duediligence.errors import ValidationError
from duediligence.models import ChangeLogEntry
from duediligence.operations import Applied, Operation

WRITE_LOCK = 0x44443157  # the advisory lock every writer of a PostgreSQL workbook takes


class ConcurrentEditError(ValidationError):
    """Someone else changed the workbook after this edit's author last looked.

    A ValidationError, so every editor that reports refused values reports this one the same way.
    """

    def __init__(self, user: str, action: str, at: datetime) -> None:
        self.user, self.action, self.at = user, action, at
        self.sentence = (
            f"{user} changed this workbook meanwhile ({action}, {at:%Y-%m-%d %H:%M} UTC). Your edit was not "
            "stored so as not to overwrite theirs; the view now shows the latest values."
        )
        super().__init__("workbook", None, self.sentence)

    def __str__(self) -> str:
        return self.sentence


def last_change_id(session: Session) -> int:
    return int(session.execute(select(func.coalesce(func.max(ChangeLogEntry.id), 0))).scalar_one())


@dataclass(frozen=True)
class Guarded:
    """Apply `operation` only if the workbook is still at version `seen` (or older edits are our own)."""

    operation: Operation
    seen: int

    def apply(self, session: Session) -> Applied:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})"))
        newest = (
            session.execute(
                select(ChangeLogEntry)
                .where(col(ChangeLogEntry.id) > self.seen)
                .order_by(col(ChangeLogEntry.id).desc())
            )
            .scalars()
            .first()
        )
        if newest is not None:
            raise ConcurrentEditError(newest.user, newest.action, newest.at)
        return self.operation.apply(session)
