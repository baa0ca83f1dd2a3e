"""The write side. Every change is an operation: plain data, applied inside the caller's transaction,
returning its inverse operation (so undo is just data) and the `Changes` it made.

Callers (the UI's undo stack, the CLI, tests) open the transaction; operations never commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session

from duediligence.changes import Applied, Changes, Operation

__all__ = ["Applied", "Batch", "Operation"]


@dataclass(frozen=True)
class Batch:
    """Several operations as one: applied in order, undone in reverse."""

    operations: Sequence[Operation]

    def apply(self, session: Session) -> Applied:
        inverses: list[Operation] = []
        changes = Changes()
        results = []
        for operation in self.operations:
            applied = operation.apply(session)
            inverses.append(applied.inverse)
            changes |= applied.changes
            results.append(applied.result)
        return Applied(Batch(tuple(reversed(inverses))), changes, results)
