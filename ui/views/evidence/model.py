"""The evaluation's evidence as a table: name, what it is attached to, size, when, note (editable)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QApplication, QStyle

from ui.models.row_table import READONLY, TEXT, Field, RowTableModel
from ui.numbers import format_day


def size_text(size: int) -> str:
    """A file size as people read it (kB, MB), in the user's locale."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class EvidenceModel(RowTableModel):
    """Rows are `duediligence.operations.evidence.EvidenceRow`s; the name and the note are edited in place."""

    table = "attachment"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.fields = [
            Field("name", self.tr("Name"), TEXT),
            Field("target", self.tr("Attached to"), READONLY, show=self.target_text),
            Field("size", self.tr("Size"), READONLY, show=self.size_or_link),
            Field("added_on", self.tr("Added"), READONLY, show=self.added_text),
            Field("note", self.tr("Note"), TEXT),
        ]

    def target_text(self, row: Any) -> str:
        """What the evidence supports, in the words the tabs use."""
        if row.risk_id is not None:
            kind = self.tr("checklist") if row.risk_kind == "checklist" else self.tr("risk")
            where = f"{kind}: {row.risk_title}"
            return f"{row.option_name} · {where}" if row.option_name else where
        if row.option_name and row.criterion_name:
            return f"{row.option_name} × {row.criterion_name}"
        if row.option_name or row.criterion_name:
            return str(row.option_name or row.criterion_name)
        return self.tr("the evaluation")

    def size_or_link(self, row: Any) -> str:
        return self.tr("link") if row.url else size_text(row.size)

    def added_text(self, row: Any) -> str:
        return format_day(row.added_on.astimezone().date())

    def decorate(self, row: Any, field: Field, role: int) -> Any:
        if field.key == "name" and role == Qt.ItemDataRole.DecorationRole:
            icon = QStyle.StandardPixmap.SP_DirLinkIcon if row.url else QStyle.StandardPixmap.SP_FileIcon
            return QApplication.style().standardIcon(icon)
        if field.key == "name" and role == Qt.ItemDataRole.ToolTipRole:
            if row.url:
                return self.tr("Link: %1\nDouble-click to open it in the browser").replace("%1", row.url)
            return (
                self.tr("%1, %2\nSHA-256 %3\nDouble-click to open it")
                .replace("%1", row.media_type or self.tr("file"))
                .replace("%2", size_text(row.size))
                .replace("%3", row.sha256)
            )
        if field.key == "size" and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def describe(self, row: Any) -> str:
        return str(row.name)
