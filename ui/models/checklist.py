"""The due-diligence checklist of an evaluation as an editable table over `RiskRow`s, and a proxy that shows
one option's items. Edits become UpdateRow operations handed to `commit` (the view submits and warns)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from duediligence.enums import RiskStatus
from duediligence.i18n import translate
from ui.models.table import Index, TableModel
from ui.numbers import day_edit_value, format_day, typed_day

if TYPE_CHECKING:
    from duediligence.decision.risks import RiskRow

ROW_ROLE = Qt.ItemDataRole.UserRole  # the whole RiskRow
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STALE_ROLE = Qt.ItemDataRole.UserRole + 2
STALE_COLOUR = QColor("#fff4c2")
STATUS_COLOURS = {
    RiskStatus.TO_REVIEW.value: QColor("#cfe3f7"),
    RiskStatus.OK.value: QColor("#d7f0d2"),
    RiskStatus.CONCERN.value: QColor("#ffe3b0"),
    RiskStatus.FAILS.value: QColor("#f6b8b8"),
    RiskStatus.NOT_APPLICABLE.value: QColor("#e6e6e6"),
}
DARK_TEXT = QColor("#1b1b1b")


def check_status_labels() -> dict[str, str]:
    """The answers a checklist item can have, in the buyer's words."""
    return {
        RiskStatus.NOT_CHECKED.value: translate("Checklist", "Not checked"),
        RiskStatus.TO_REVIEW.value: translate("Checklist", "To review"),
        RiskStatus.OK.value: translate("Checklist", "OK"),
        RiskStatus.CONCERN.value: translate("Checklist", "Concern"),
        RiskStatus.FAILS.value: translate("Checklist", "Fails"),
        RiskStatus.NOT_APPLICABLE.value: translate("Checklist", "Not applicable"),
    }


def date_text(value: date | None) -> str:
    """A date as the cells show it: the locale's order, four-digit year; "" when there is none."""
    return format_day(value)


class Col(IntEnum):
    OPTION = 0
    CATEGORY = 1
    TITLE = 2
    STATUS = 3
    NOTE = 4
    EVIDENCE = 5
    EVIDENCE_DATE = 6
    CHECKED_BY = 7
    REVIEWED_ON = 8


FIELDS = {
    Col.CATEGORY: "category", Col.TITLE: "title", Col.STATUS: "status", Col.NOTE: "note",
    Col.EVIDENCE: "evidence_source", Col.EVIDENCE_DATE: "evidence_date", Col.CHECKED_BY: "checked_by",
    Col.REVIEWED_ON: "reviewed_on",
}  # fmt: skip
DATES = (Col.EVIDENCE_DATE, Col.REVIEWED_ON)


class ChecklistModel(TableModel):
    """One row per checklist item (of every option); answers, evidence and review dates are editable."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._options: dict[int, str] = {}
        self._stale: frozenset[int] = frozenset()
        headers = {
            Col.OPTION: self.tr("Option"), Col.CATEGORY: self.tr("Category"), Col.TITLE: self.tr("Check"),
            Col.STATUS: self.tr("Status"), Col.NOTE: self.tr("Note"), Col.EVIDENCE: self.tr("Evidence"),
            Col.EVIDENCE_DATE: self.tr("Evidence date"), Col.CHECKED_BY: self.tr("Checked by"),
            Col.REVIEWED_ON: self.tr("Reviewed on"),
        }  # fmt: skip
        self._headers = [headers[c] for c in Col]

    def set_items(self, rows: Sequence[RiskRow], options: dict[int, str], stale: frozenset[int]) -> None:
        """The checklist items among `rows`, the options' names, the stale ids."""
        self._options, self._stale = dict(options), stale
        self.set_rows([r for r in rows if r.is_checklist])

    def item_at(self, row: int) -> RiskRow | None:
        return self.row_at(row)  # type: ignore[no-any-return]

    def header_tip(self, section: int) -> str | None:
        if Col(section) == Col.REVIEWED_ON:
            return self.tr(
                "When the answer was last confirmed; older than the review interval counts as stale."
            )
        return None

    def header(self, col: Col) -> str:
        return self._headers[col]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if Col(index.column()) == Col.OPTION else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, col = self._rows[index.row()], Col(index.column())
        if role == ROW_ROLE:
            return item
        if role == STALE_ROLE:
            return item.id in self._stale
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, col)
        if role == Qt.ItemDataRole.EditRole:
            if col == Col.OPTION:
                return self._display(item, col)
            value = getattr(item, FIELDS[col])
            return day_edit_value(value) if col in DATES else value
        if role == SORT_ROLE:
            if col in DATES:
                value = getattr(item, FIELDS[col])
                return value.isoformat() if value else "9999"
            if col == Col.STATUS:
                return (
                    list(check_status_labels()).index(item.status)
                    if item.status in check_status_labels()
                    else 9
                )
            return self._display(item, col).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, col)
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == Col.STATUS and item.status in STATUS_COLOURS:
                return QBrush(STATUS_COLOURS[item.status])
            if item.id in self._stale and col in (Col.TITLE, Col.REVIEWED_ON, Col.EVIDENCE_DATE):
                return QBrush(STALE_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and (
            (col == Col.STATUS and item.status in STATUS_COLOURS)
            or (item.id in self._stale and col in (Col.TITLE, Col.REVIEWED_ON, Col.EVIDENCE_DATE))
        ):
            return QBrush(DARK_TEXT)
        if role == Qt.ItemDataRole.FontRole and col == Col.TITLE and item.critical:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, item: RiskRow, col: Col) -> str:
        if col == Col.OPTION:
            return self._options.get(item.option_id or -1, "")
        if col == Col.STATUS:
            return check_status_labels().get(item.status, item.status)
        if col == Col.TITLE:
            return ("⚑ " if item.critical else "") + item.title
        value = getattr(item, FIELDS[col])
        if col in DATES:
            return date_text(value)
        return str(value).replace("\n", " ")

    def _tooltip(self, item: RiskRow, col: Col) -> str | None:
        if col == Col.TITLE:
            parts = [item.description] if item.description else []
            if item.critical:
                parts.append(
                    self.tr("Critical: if this check fails, the option is flagged in the comparison.")
                )
            if item.id in self._stale:
                parts.append(self.stale_text(item))
            return "\n\n".join(parts) or None
        if col in (Col.REVIEWED_ON, Col.EVIDENCE_DATE) and item.id in self._stale:
            return self.stale_text(item)
        if col in (Col.NOTE, Col.EVIDENCE):
            return getattr(item, FIELDS[col]) or None
        return None

    def stale_text(self, item: RiskRow) -> str:
        return self.tr(
            "Stale: last reviewed on %1, longer ago than the review interval. Check it again."
        ).replace("%1", date_text(item.last_reviewed))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self.item_at(index.row())
        col = Col(index.column())
        if item is None or col == Col.OPTION:
            return False
        from duediligence.operations.edits import UpdateRow

        field = FIELDS[col]
        if col in DATES:
            value = typed_day(value)
        if getattr(item, field) == value:
            return False
        text = self.tr("Edit %1 of “%2”").replace("%1", self._headers[col].lower()).replace("%2", item.title)
        return self.hand_on(UpdateRow("risk_item", item.id, {field: value}), text)


class ChecklistFilter(QSortFilterProxyModel):
    """The items of one option (None: every option), sortable by any column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._option_id: int | None = None
        self.setSortRole(SORT_ROLE)

    @property
    def option_id(self) -> int | None:
        return self._option_id

    def set_option(self, option_id: int | None) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt >= 6.10
        if modern:
            self.beginFilterChange()
        self._option_id = option_id
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._option_id is None:
            return True
        item = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return item is not None and item.option_id == self._option_id
