"""The evaluations list as a table model over `EvaluationSummary` rows, plus its filter proxy."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QLocale,
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from duediligence.enums import EvaluationStatus
from ui.labels import status_label
from ui.models.table import Index, TableModel
from ui.numbers import format_day

if TYPE_CHECKING:
    from duediligence.reads.evaluations import EvaluationSummary


ROW_ROLE = Qt.ItemDataRole.UserRole  # the whole EvaluationSummary
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class Col(IntEnum):
    TITLE = 0
    STATUS = 1
    DEADLINE = 2
    OPTIONS = 3
    UPDATED = 4


class EvaluationsModel(TableModel):
    """One row per evaluation; read-only (the Overview edits)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown: list[list[str]] = []
        self._keys: list[list[Any]] = []
        self._headers = [self.tr("Title"), self.tr("Status"), self.tr("Deadline"), self.tr("Options")]
        self._headers.append(self.tr("Updated"))

    def set_rows(self, rows: Sequence[EvaluationSummary], headers: Sequence[str] | None = None) -> bool:
        """Always a reset: the list is sorted and filtered by a proxy, which re-sorts anyway."""
        self.beginResetModel()
        self._rows = list(rows)
        # Text and sort keys once per reload: sorting and filtering 2,000 rows asks for them 100,000 times.
        self._shown = [[_display(r, c) for c in Col] for r in self._rows]
        self._keys = [[_sort_key(r, c) for c in Col] for r in self._rows]
        self.endResetModel()
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[index.row()][index.column()]
        if role == SORT_ROLE:
            return self._keys[index.row()][index.column()]
        row, col = self._rows[index.row()], Col(index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and col == Col.TITLE:
            return row.title
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Col.OPTIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            from PySide6.QtGui import QPalette

            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None


def _display(row: EvaluationSummary, col: Col) -> str:
    locale = QLocale()
    if col == Col.TITLE:
        return row.title
    if col == Col.STATUS:
        return status_label(row.status)
    if col == Col.DEADLINE:
        return format_day(row.deadline)
    if col == Col.OPTIONS:
        return locale.toString(row.option_count)
    return format_day(row.updated_at.astimezone().date())


def _sort_key(row: EvaluationSummary, col: Col) -> Any:
    if col == Col.TITLE:
        return row.title.casefold()
    if col == Col.STATUS:
        return _STATUS_ORDER.get(row.status, len(_STATUS_ORDER))
    if col == Col.DEADLINE:
        return row.deadline.isoformat() if row.deadline else "9999-99-99"
    if col == Col.OPTIONS:
        return row.option_count
    return row.updated_at.isoformat()


_STATUS_ORDER = {status.value: i for i, status in enumerate(EvaluationStatus)}


class EvaluationFilter(QSortFilterProxyModel):
    """Narrows the list by title text, status and whether archived evaluations show."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status: str | None = None
        self._show_archived = False
        self.setSortRole(SORT_ROLE)

    def set_filter(self, text: str, status: str | None, show_archived: bool) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt >= 6.10; invalidateRowsFilter before that
        if modern:
            self.beginFilterChange()
        self._text, self._status, self._show_archived = text.casefold().strip(), status, show_archived
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if row is None:
            return False
        if row.archived and not self._show_archived:
            return False
        if self._status is not None and row.status != self._status:
            return False
        return self._text in row.title.casefold()
