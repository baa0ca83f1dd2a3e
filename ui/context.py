"""The UI's one door to the core: the open workbook, the undo stack and the change signal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from duediligence.changes import EVERYTHING
from ui.commands import OperationCommand

if TYPE_CHECKING:
    from duediligence.database import Database
    from duediligence.operations import Applied, Operation

T = TypeVar("T")


class NoWorkbookError(RuntimeError):
    """An edit or query was attempted while no workbook is open (a programming error)."""


class AppContext(QObject):
    """Holds the open Database; every edit goes through submit() so it is one transaction and undoable."""

    changed = Signal(object)  # a duediligence.changes.Changes
    failed = Signal(str, str)  # (what was being done, why it failed): an undo or redo that failed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.undo_stack = QUndoStack(self)

    def _require_db(self) -> Database:
        if self.db is None:
            raise NoWorkbookError("no workbook is open")
        return self.db

    def apply(self, operation: Operation) -> Applied:
        """Run one operation in its own transaction and tell the views what changed."""
        with self._require_db().transaction() as session:
            applied = operation.apply(session)
        self.changed.emit(applied.changes)
        return applied

    def submit(self, operation: Operation, text: str) -> Any:
        """Apply a user's edit, then push it as already done; errors are raised and nothing is pushed."""
        applied = self.apply(operation)
        self.undo_stack.push(OperationCommand(self, applied.inverse, text, done=True))
        return applied.result

    def read(self, query: Callable[..., T], *args: Any) -> T:
        """Run a query function `query(session, *args)` in a consistent read-only view."""
        with self._require_db().reading() as session:
            return query(session, *args)

    def open_workbook(self, target: str | Path) -> Database:
        """Open `target` and make it current; on error the previous workbook stays open."""
        from duediligence.database import Database

        db = Database.open(target)
        self._swap(db)
        return db

    def close_workbook(self) -> None:
        self._swap(None)

    def _swap(self, db: Database | None) -> None:
        old, self.db = self.db, db
        self.undo_stack.clear()
        if old is not None:
            old.close()
        self.changed.emit(EVERYTHING)

    def report_failure(self, text: str, exc: Exception) -> None:
        self.failed.emit(text, str(exc) or type(exc).__name__)
