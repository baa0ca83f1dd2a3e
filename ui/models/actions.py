"""Action items as an editable table; overdue ones (due before today, still open) stand out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from duediligence.enums import ActionStatus
from ui.models.people_labels import action_statuses
from ui.models.row_table import CHOICE, DATE, Field, RowTableModel

OVERDUE_TEXT = QColor("#b3261e")
OVERDUE_BACKGROUND = QColor(179, 38, 30, 28)


class ActionsModel(RowTableModel):
    table = "action_item"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._people: list[tuple[int | None, str]] = []
        self.today = date.today
        self.fields = [
            Field("title", self.tr("Action")),
            Field("owner", self.tr("Owner")),
            Field("due_date", self.tr("Due"), DATE),
            Field("status", self.tr("Status"), CHOICE, choices=lambda: list(action_statuses().items())),
            Field("stakeholder_id", self.tr("For"), CHOICE, choices=self._people_choices),
            Field("done_on", self.tr("Done on"), DATE),
            Field("note", self.tr("Note")),
        ]

    def set_people(self, people: Sequence[tuple[int, str]]) -> None:
        self._people = list(people)

    def _people_choices(self) -> list[tuple[int | None, str]]:
        return [(None, self.tr("— no one —")), *self._people]

    def overdue_count(self) -> int:
        return sum(1 for row in self._rows if row.overdue)

    def display(self, row: Any, field: Field, value: Any) -> str:
        if field.key == "stakeholder_id":
            return row.stakeholder or ""
        return super().display(row, field, value)

    def decorate(self, row: Any, field: Field, role: int) -> Any:
        if not row.overdue:
            if role == Qt.ItemDataRole.ForegroundRole and row.status in ("done", "cancelled"):
                return QBrush(QColor("#6b6b6b"))
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and field.key in ("title", "due_date"):
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.FontRole and field.key in ("title", "due_date"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Overdue by %n day(s)", "", row.days_overdue)
        return None

    def update(self, row: Any, field: str, value: Any) -> Any:
        from duediligence.operations.edits import UpdateRow

        values = {field: value}
        if field == "status" and value == ActionStatus.DONE.value and row.done_on is None:
            values["done_on"] = self.today()
        return UpdateRow(self.table, row.id, values)
