"""One generic undo command for every operation: undo is just the inverse operation, kept as data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from ui.context import AppContext


class OperationCommand(QUndoCommand):
    """Holds the operation to apply next; each redo()/undo() applies it and keeps its inverse."""

    def __init__(self, context: AppContext, operation: Any, text: str, *, done: bool = True) -> None:
        super().__init__(text)
        self._context = context
        self._operation = operation
        # The context applied the operation before pushing (so errors reach the caller and nothing is
        # pushed); QUndoStack.push() calls redo() at once, which must then do nothing.
        self._skip = done

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._flip(self.text(), undoing=False)

    def undo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._flip(f"Undo: {self.text()}", undoing=True)

    def _flip(self, action: str, *, undoing: bool) -> None:
        from duediligence.errors import StorageError

        try:
            applied = self._context.apply(self._operation, action)
        except StorageError as exc:
            # The place failed (busy, full disk), not the step: nothing changed, so the stack is put back
            # where it was (its index already moved) and the same Undo or Redo can be tried again.
            self._skip = True
            stack = self._context.undo_stack
            QTimer.singleShot(0, stack.redo if undoing else stack.undo)
            self._context.report_failure(self.text(), exc)
            return
        except Exception as exc:  # a database refusing must never take the app down
            # Refused for good (a colleague changed the same values, the row is gone): the stack drops an
            # obsolete command, so the step cannot be replayed the wrong way.
            self.setObsolete(True)
            self._context.report_failure(self.text(), exc)
            return
        self._operation = applied.inverse
