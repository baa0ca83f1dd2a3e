"""The approvals an evaluation needs, as an editable table; approving or rejecting dates it today."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from duediligence.enums import ApprovalStatus
from ui.models.people_labels import approval_statuses
from ui.models.row_table import CHOICE, DATE, Field, RowTableModel

STATUS_COLOURS = {"pending": "#b26a00", "approved": "#1b7a3a", "rejected": "#b3261e"}


class ApprovalsModel(RowTableModel):
    table = "approval"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._people: list[tuple[int | None, str]] = []
        self.today = date.today
        self.fields = [
            Field("subject", self.tr("Approval of")),
            Field("stakeholder_id", self.tr("Who"), CHOICE, choices=self._people_choices),
            Field("status", self.tr("Status"), CHOICE, choices=lambda: list(approval_statuses().items())),
            Field("decided_on", self.tr("Date"), DATE),
            Field("comment", self.tr("Comment")),
        ]

    def set_people(self, people: Sequence[tuple[int, str]]) -> None:
        """Who can be asked for an approval: (stakeholder id, name)."""
        self._people = list(people)

    def _people_choices(self) -> list[tuple[int | None, str]]:
        return [(None, self.tr("— no one named —")), *self._people]

    def display(self, row: Any, field: Field, value: Any) -> str:
        if field.key == "stakeholder_id":
            return row.stakeholder or ""
        return super().display(row, field, value)

    def decorate(self, row: Any, field: Field, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and field.key == "status":
            return QBrush(QColor(STATUS_COLOURS.get(row.status, "#000000")))
        return None

    def update(self, row: Any, field: str, value: Any) -> Any:
        from duediligence.operations.edits import UpdateRow

        values = {field: value}
        settled = (ApprovalStatus.APPROVED.value, ApprovalStatus.REJECTED.value)
        if field == "status" and value in settled and row.decided_on is None:
            values["decided_on"] = self.today()
        return UpdateRow(self.table, row.id, values)
