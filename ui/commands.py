"""One generic undo command for every operation: undo is just the inverse operation, kept as data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
        self._skip_redo = done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._flip(self.text())

    def undo(self) -> None:
        self._flip(f"Undo: {self.text()}")

    def _flip(self, action: str) -> None:
        try:
            applied = self._context.apply(self._operation, action)
        except Exception as exc:  # a database refusing must never take the app down
            # The stack drops an obsolete command, so a failed step cannot be replayed the wrong way.
            self.setObsolete(True)
            self._context.report_failure(self.text(), exc)
            return
        self._operation = applied.inverse
