"""ADKAR readiness assessments as an editable table: scores 1-5, low ones shaded, the barrier marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from duediligence.decision.people import ADKAR, BARRIER_AT_OR_BELOW
from ui.models.people_labels import adkar
from ui.models.row_table import DATE, NUMBER, READONLY, Field, RowTableModel

LOW = QColor(230, 160, 30, 60)
BARRIER = QColor(179, 38, 30, 70)


class ReadinessModel(RowTableModel):
    table = "readiness_assessment"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        labels = adkar()
        self.fields = [
            Field("group_name", self.tr("Group")),
            Field("assessed_on", self.tr("Assessed"), DATE),
            *(Field(name, labels[name][:1], NUMBER) for name in ADKAR),
            Field("barrier", self.tr("Barrier point"), READONLY, show=self._barrier_text),
            Field("note", self.tr("Note")),
        ]

    def _barrier_text(self, row: Any) -> str:
        return adkar().get(row.barrier, "") if row.barrier else self.tr("none")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            key = self.fields[section].key if 0 <= section < len(self.fields) else ""
            return adkar().get(key)
        return super().headerData(section, orientation, role)

    def decorate(self, row: Any, field: Field, role: int) -> Any:
        if field.key in ADKAR:
            value = getattr(row, field.key)
            if role == Qt.ItemDataRole.BackgroundRole and value is not None:
                if field.key == row.barrier:
                    return QBrush(BARRIER)
                return QBrush(LOW) if value <= BARRIER_AT_OR_BELOW else None
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("%1: 1 (not at all) to 5 (fully)").replace("%1", adkar()[field.key])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        if field.key == "barrier" and role == Qt.ItemDataRole.FontRole and row.barrier:
            font = QFont()
            font.setBold(True)
            return font
        return None
