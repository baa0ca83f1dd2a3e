"""The three-way merge of an imported workbook: which side wins each value, and which lines'
edits are accepted (operations.imports turns them into one undoable step).

`merge_value` decides one value from base (exported), ours (the app now) and theirs (the file).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from duediligence.exchange.lines import ADDED, CHANGED, REMOVED, Line
from duediligence.exchange.lines import CONFLICT as CONFLICT_LINE
from duediligence.operations.imports import Edit

UNCHANGED, THEIRS, CONFLICT = "unchanged", "theirs", "conflict"


def same(a: Any, b: Any) -> bool:
    """Equal as stored values: numbers within float noise (a file may round-trip through another program)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)
    return bool(a == b)


def merge_value(base: Any, ours: Any, theirs: Any) -> str:
    """unchanged: the file did not change it (or made the app's change too); theirs: only the file
    changed it; conflict: both changed it, differently."""
    if same(theirs, base) or same(theirs, ours):
        return UNCHANGED
    return THEIRS if same(ours, base) else CONFLICT


class UnresolvedConflicts(ValueError):
    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        super().__init__(f"{len(keys)} conflict(s) need a choice: keep the app's value or take the file's")


def accepted_edits(
    lines: Iterable[Line], resolutions: Mapping[str, str] | None = None, skip: Iterable[str] = ()
) -> list[Edit]:
    """The edits of every change, addition and removal not in `skip`, and of each conflict resolved
    as "file" (conflicts resolved as "app" are left out). Raises UnresolvedConflicts otherwise."""
    resolutions, skipped = resolutions or {}, set(skip)
    edits, open_conflicts = [], []
    for line in lines:
        if line.edit is None or line.key in skipped:
            continue
        if line.kind in (ADDED, CHANGED, REMOVED):
            edits.append(line.edit)
        elif line.kind == CONFLICT_LINE:
            choice = resolutions.get(line.key)
            if choice == "file":
                edits.append(line.edit)
            elif choice != "app":
                open_conflicts.append(line.key)
    if open_conflicts:
        raise UnresolvedConflicts(open_conflicts)
    return edits
