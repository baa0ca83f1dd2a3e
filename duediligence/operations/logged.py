"""Who changed what: an operation wrapped so that applying it also appends to the change log.

The log is history, so undo does not remove lines: undoing appends "Undo: …", redoing the action again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from duediligence.identity import current_user  # noqa: F401  (re-exported)
from duediligence.models import ChangeLogEntry
from duediligence.operations import Applied, Operation

MAX_ACTION = 500


@dataclass(frozen=True)
class Logged:
    operation: Operation
    action: str
    user: str
    undone: bool = False

    def apply(self, session: Session) -> Applied:
        applied = self.operation.apply(session)
        text = f"Undo: {self.action}" if self.undone else self.action
        for evaluation_id in sorted(applied.changes.evaluation_ids) or [None]:
            session.add(ChangeLogEntry(evaluation_id=evaluation_id, user=self.user, action=text[:MAX_ACTION]))
        session.flush()
        inverse = Logged(applied.inverse, self.action, self.user, not self.undone)
        return Applied(inverse, applied.changes, applied.result)
