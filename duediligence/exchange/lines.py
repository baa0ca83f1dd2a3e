"""One line of an import's review: what the file would change, add or remove, a conflict, an error
or something ignored; with the sentence shown and the edit that accepting it makes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from duediligence.operations.imports import Edit

ADDED, CHANGED, REMOVED, CONFLICT, ERROR, IGNORED = (
    "added",
    "changed",
    "removed",
    "conflict",
    "error",
    "ignored",
)


@dataclass(frozen=True)
class Line:
    kind: str  # added, changed, removed, conflict, error, ignored
    sheet: str
    row: int | None  # the sheet's row number
    column: str | None
    sentence: str
    key: str = ""  # stable within one import: how a caller names the line it accepts or resolves
    field: str | None = None
    old: Any = None  # changed: the app's value (= exported); conflict: the exported value
    new: Any = None  # the file's value
    app: Any = None  # conflict: the app's value now
    edit: Edit | None = None  # accepting the file's side
