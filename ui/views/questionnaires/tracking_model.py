"""Where each option's questionnaire stands, as the questionnaires page lists it: questions asked,
sent, due, returned, reviewed, and the state (overdue in red). Rows come from
`reads.questionnaires.questionnaire_overview`; the due, returned and reviewed dates are edited here
(row operations handed to `commit`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from duediligence.i18n import translate
from ui.models.table import Index, TableModel
from ui.numbers import day_edit_value, format_day, typed_day

if TYPE_CHECKING:
    from duediligence.reads.questionnaires import QuestionnaireRow

ROW_ROLE = Qt.ItemDataRole.UserRole  # the whole row
OVERDUE_COLOUR, DARK_TEXT = QColor("#f6b8b8"), QColor("#1b1b1b")


def state_text(row: QuestionnaireRow, today: date) -> str:
    """Where a questionnaire stands, in a few words: "Overdue by 3 days", "Returned · 4 to review"."""
    from duediligence.reads.questionnaires import NOT_SENT, OVERDUE, RETURNED, REVIEWED, SENT

    state = row.state(today)
    if state == NOT_SENT:
        return (
            translate("Questionnaires", "Not sent")
            if row.questions
            else translate("Questionnaires", "No questions yet")
        )
    if state == OVERDUE:
        days = row.overdue_days(today)
        return (
            translate("Questionnaires", "Overdue by 1 day")
            if days == 1
            else translate("Questionnaires", "Overdue by %1 days").replace("%1", str(days))
        )
    if state == SENT:
        days = (row.due_on - today).days if row.due_on else None
        if days is None:
            return translate("Questionnaires", "Sent")
        return (
            translate("Questionnaires", "Sent, due today")
            if days == 0
            else translate("Questionnaires", "Sent, due in %1 days").replace("%1", str(days))
        )
    text = (
        translate("Questionnaires", "Reviewed")
        if state == REVIEWED
        else translate("Questionnaires", "Returned")
    )
    if state == RETURNED and row.to_review:
        text += " · " + translate("Questionnaires", "%1 to review").replace("%1", str(row.to_review))
    if row.contradictions:
        text += " · ⚑ " + translate("Questionnaires", "%1 contradict a must-have").replace(
            "%1", str(row.contradictions)
        )
    return text


class Col(IntEnum):
    OPTION = 0
    QUESTIONS = 1
    SENT_ON = 2
    DUE_ON = 3
    RETURNED_ON = 4
    REVIEWED_ON = 5
    STATE = 6


FIELDS = {
    Col.SENT_ON: "sent_on", Col.DUE_ON: "due_on", Col.RETURNED_ON: "returned_on",
    Col.REVIEWED_ON: "reviewed_on",
}  # fmt: skip
EDITABLE_DATES = (Col.DUE_ON, Col.RETURNED_ON, Col.REVIEWED_ON)


class TrackingModel(TableModel):
    """One row per option: questions asked, sent, due, returned, reviewed, and the state (overdue red)."""

    def __init__(self, parent: QObject | None = None) -> None:
        headers = {
            Col.OPTION: self.tr("Option"), Col.QUESTIONS: self.tr("Questions"),
            Col.SENT_ON: self.tr("Sent on"), Col.DUE_ON: self.tr("Due"),
            Col.RETURNED_ON: self.tr("Returned"), Col.REVIEWED_ON: self.tr("Reviewed"),
            Col.STATE: self.tr("State"),
        }  # fmt: skip
        super().__init__(parent, [headers[c] for c in Col])
        self.today = date.today()

    def key(self, row: Any) -> Any:
        return row.option_id

    def set_overview(self, rows: Sequence[QuestionnaireRow], today: date) -> None:
        self.today = today
        self.set_rows(rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.row_at(index.row())
        if row is not None and row.questionnaire_id is not None and index.column() in EDITABLE_DATES:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        col = Col(index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Col.OPTION:
                return row.option + (self.tr(" (excluded)") if row.excluded else "")
            if col == Col.QUESTIONS:
                if not row.questions:
                    return self.tr("none asked")
                return (
                    self.tr("%1 of %2 answered")
                    .replace("%1", str(row.answered))
                    .replace("%2", str(row.questions))
                )
            if col == Col.STATE:
                return state_text(row, self.today)
            return format_day(getattr(row, FIELDS[col])) or "—"
        if role == Qt.ItemDataRole.EditRole and col in FIELDS:
            return day_edit_value(getattr(row, FIELDS[col]))
        overdue = row.state(self.today) == "overdue"
        if role == Qt.ItemDataRole.BackgroundRole and overdue and col in (Col.DUE_ON, Col.STATE):
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and overdue and col in (Col.DUE_ON, Col.STATE):
            return QBrush(DARK_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and col == Col.STATE:
            return state_text(row, self.today)
        if role == Qt.ItemDataRole.ToolTipRole and col == Col.OPTION and row.buyer:
            return self.tr("Sent by %1").replace("%1", row.buyer)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self.row_at(index.row())
        col = Col(index.column())
        if (
            role != Qt.ItemDataRole.EditRole
            or row is None
            or row.questionnaire_id is None
            or col not in EDITABLE_DATES
        ):
            return False
        from duediligence.operations.edits import UpdateRow

        field, day = FIELDS[col], typed_day(value)
        if getattr(row, field) == day:
            return False
        text = self.tr("Edit %1 of the questionnaire to “%2”").replace("%1", self.headers()[col].lower())
        return self.hand_on(
            UpdateRow("questionnaire", row.questionnaire_id, {field: day}), text.replace("%2", row.option)
        )
