"""The one base of every table model: rows under column headers, reloads that keep the user's place, and
one way to hand on an edit.

A model never writes and never shows a message. It builds the operation an edit means and hands it to
`commit` (the view's `ui.views.submit.Submitter`, which submits it and reports a refusal once the cell
editor has closed); text a model cannot read at all is handed on the same way, as a `Refusal`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Refusal:
    """Typed text a model could not turn into an edit (`message` says why); nothing is stored."""

    message: str


# Called with (operation or Refusal, undo text, what is being changed); True when the edit was stored.
Commit = Callable[..., bool]


class TableModel(QAbstractTableModel):
    """Rows (each with a stable key, by default its `id`) under column headers.

    Subclasses add `data` (and `flags`/`setData` when editable); they override `key` when rows have no
    `id`, `header_tip` (or `column_header`) for column headers and `vertical_header` for row headers.
    """

    # True when `data` reads nothing but the row (no currency, date or option held beside the rows):
    # then a reload that keeps the rows repaints only those that differ, not the whole view.
    shows_rows_alone = False

    def __init__(self, parent: QObject | None = None, headers: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers: list[str] = list(headers)
        self.commit: Commit | None = None

    # ---------------------------------------------------------------- rows and columns

    def key(self, row: Any) -> Hashable:
        return row.id  # type: ignore[no-any-return]

    def set_rows(self, rows: Sequence[Any], headers: Sequence[str] | None = None) -> bool:
        """New rows (and headers). The same rows by key update in place and reordered rows move, so an
        open editor, the selection and the keyboard focus survive the reload after every edit; other
        changes reset. Returns True when the model was reset."""
        rows = list(rows)
        headers = self._headers if headers is None else list(headers)
        old, new = [self.key(r) for r in self._rows], [self.key(r) for r in rows]
        if headers != self._headers or not rows or sorted(old, key=repr) != sorted(new, key=repr):
            self.beginResetModel()
            self._rows, self._headers = rows, headers
            self.endResetModel()
            return True
        if old == new:
            before, self._rows = self._rows, rows
            last = max(len(headers) - 1, 0)
            if not self.shows_rows_alone:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, last))
                return False
            # Row by row: a table view repaints the rows that differ, not every row between them.
            for i in (i for i, (a, b) in enumerate(zip(before, rows, strict=True)) if a != b):
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))
            return False
        self.layoutAboutToBeChanged.emit()
        moved = {k: i for i, k in enumerate(new)}
        before = self.persistentIndexList()
        after = [self.index(moved[old[i.row()]], i.column()) for i in before]
        self._rows = rows
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        return False

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: Hashable) -> int | None:
        return next((i for i, r in enumerate(self._rows) if self.key(r) == key), None)

    def headers(self) -> list[str]:
        return list(self._headers)

    # ---------------------------------------------------------------- Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return self.vertical_header(section, role) if 0 <= section < len(self._rows) else None
        return self.column_header(section, role) if 0 <= section < len(self._headers) else None

    def column_header(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section)
        return None

    def header_tip(self, section: int) -> str | None:
        return None

    def vertical_header(self, section: int, role: int) -> Any:
        return None

    # ---------------------------------------------------------------- handing on edits

    def hand_on(self, operation: Any, text: str, subject: str = "") -> bool:
        """Give an edit to the view; True when it was stored (the rows change with the reload after)."""
        if self.commit is None:
            return False
        return bool(self.commit(operation, text, subject) if subject else self.commit(operation, text))

    def refuse(self, message: str) -> bool:
        """Hand on why typed text was not stored; always False (nothing changed)."""
        if self.commit is not None:
            self.commit(Refusal(message), "")
        return False
