"""Search hits as a read-only table: where it was found, in which evaluation, and the text around it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from duediligence.i18n import translate
from ui.numbers import format_day

if TYPE_CHECKING:
    from duediligence.reads.search import Hit

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole


def kind_labels() -> dict[str, str]:
    return {
        "evaluation": translate("Search", "Evaluation"),
        "option": translate("Search", "Option"),
        "score": translate("Search", "Score evidence"),
        "checklist": translate("Search", "Checklist item"),
        "risk": translate("Search", "Risk"),
        "change_note": translate("Search", "Change note"),
        "stakeholder": translate("Search", "Stakeholder"),
        "attachment": translate("Search", "Evidence"),
    }


def field_labels() -> dict[str, str]:
    return {
        "title": translate("Search", "title"),
        "need": translate("Search", "need"),
        "goals": translate("Search", "goals"),
        "rationale": translate("Search", "rationale"),
        "name": translate("Search", "name"),
        "vendor": translate("Search", "vendor"),
        "product": translate("Search", "product"),
        "notes": translate("Search", "notes"),
        "website": translate("Search", "website"),
        "contact": translate("Search", "contact"),
        "evidence": translate("Search", "evidence"),
        "source": translate("Search", "source"),
        "description": translate("Search", "description"),
        "note": translate("Search", "note"),
        "mitigation": translate("Search", "mitigation"),
        "evidence_source": translate("Search", "evidence source"),
        "text": translate("Search", "text"),
        "concerns": translate("Search", "concerns"),
        "url": translate("Search", "link"),
    }


class HitsModel(QAbstractTableModel):
    EVALUATION, WHERE, FOUND = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.headers = [self.tr("Evaluation"), self.tr("Found in"), self.tr("Text")]

    def set_hits(self, hits: Sequence[Hit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def hit_at(self, row: int) -> Hit | None:
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 3
        ):
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def where(self, hit: Hit) -> str:
        kind = kind_labels().get(hit.kind, hit.kind)
        if hit.kind == "evaluation":
            return f"{kind} {field_labels().get(hit.field, hit.field)}"
        field = field_labels().get(hit.field, hit.field)
        label = hit.label
        if hit.kind == "change_note":
            label = format_day(date.fromisoformat(label))
        return f"{kind} “{label}” · {field}" if label else f"{kind} · {field}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit_at(index.row()) if index.isValid() else None
        if hit is None:
            return None
        column = index.column()
        if role == HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.WHERE:
                return self.where(hit)
            if column == self.EVALUATION:
                archived = self.tr(" (archived)") if hit.archived else ""
                return hit.evaluation_title + archived
            return hit.snippet
        if role == Qt.ItemDataRole.FontRole and column == self.EVALUATION and hit.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None
