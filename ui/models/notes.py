"""The change-management timeline as an editable table, newest first; links are edited in a dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ui.models.people_labels import note_categories
from ui.models.row_table import CHOICE, DATE, READONLY, Field, RowTableModel

CATEGORY_COLOURS = {
    "communication": "#1f5fa8",
    "training": "#1b7a3a",
    "process_change": "#6a3fa0",
    "resistance": "#b3261e",
    "decision": "#8a5a00",
    "other": "#6b6b6b",
}


def links_text(row: Any) -> str:
    return ", ".join([*row.stakeholders, *row.options])


class NotesModel(RowTableModel):
    table = "change_note"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.fields = [
            Field("noted_on", self.tr("Date"), DATE),
            Field("category", self.tr("Category"), CHOICE, choices=lambda: list(note_categories().items())),
            Field("author", self.tr("By")),
            Field("links", self.tr("About"), READONLY, show=links_text),
            Field("text", self.tr("Note")),
        ]

    def describe(self, row: Any) -> str:
        text = row.text.splitlines()[0] if row.text else ""
        return text if len(text) <= 40 else text[:39] + "…"

    def decorate(self, row: Any, field: Field, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and field.key == "category":
            return QBrush(QColor(CATEGORY_COLOURS.get(row.category, "#000000")))
        if role == Qt.ItemDataRole.ToolTipRole and field.key == "links":
            return self.tr("Double-click or press Ctrl+L to choose the people and options this concerns")
        return None
