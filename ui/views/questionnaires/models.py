"""The questionnaires page's two tables: where each option's questionnaire stands, and one option's
questions with the vendor's answers. Rows come from `reads.questionnaires`; edits become row
operations handed to `commit` (the view's Submitter), never written here."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from duediligence.enums import AnswerKind
from ui.models.checklist import STATUS_COLOURS, check_status_labels
from ui.models.table import Index, TableModel
from ui.numbers import day_edit_value, format_day, raw_number, typed_day

if TYPE_CHECKING:
    from duediligence.reads.questionnaires import QuestionnaireRow, QuestionRow

ROW_ROLE = Qt.ItemDataRole.UserRole  # the whole row (ChoiceDelegate reads its field from it)
OVERDUE_COLOUR, CONTRADICTION_COLOUR, UNEXPECTED_COLOUR = (
    QColor("#f6b8b8"),
    QColor("#f6b8b8"),
    QColor("#ffe3b0"),
)
DARK_TEXT = QColor("#1b1b1b")


def _t(text: str) -> str:
    return QCoreApplication.translate("Questionnaires", text)


def answer_kind_labels() -> dict[str, str]:
    return {
        AnswerKind.YES_NO.value: _t("Yes / no / partly"),
        AnswerKind.TEXT.value: _t("Text"),
        AnswerKind.NUMBER.value: _t("Number"),
        AnswerKind.DATE.value: _t("Date"),
        AnswerKind.DOCUMENT.value: _t("Document"),
    }


def state_text(row: QuestionnaireRow, today: date) -> str:
    """Where a questionnaire stands, in a few words: "Overdue by 3 days", "Returned · 4 to review"."""
    from duediligence.reads.questionnaires import NOT_SENT, OVERDUE, RETURNED, REVIEWED, SENT

    state = row.state(today)
    if state == NOT_SENT:
        return _t("Not sent") if row.questions else _t("No questions yet")
    if state == OVERDUE:
        days = row.overdue_days(today)
        return _t("Overdue by 1 day") if days == 1 else _t("Overdue by %1 days").replace("%1", str(days))
    if state == SENT:
        days = (row.due_on - today).days if row.due_on else None
        if days is None:
            return _t("Sent")
        return _t("Sent, due today") if days == 0 else _t("Sent, due in %1 days").replace("%1", str(days))
    text = _t("Reviewed") if state == REVIEWED else _t("Returned")
    if state == RETURNED and row.to_review:
        text += " · " + _t("%1 to review").replace("%1", str(row.to_review))
    if row.contradictions:
        text += " · ⚑ " + _t("%1 contradict a must-have").replace("%1", str(row.contradictions))
    return text


class TrackingCol(IntEnum):
    OPTION = 0
    QUESTIONS = 1
    SENT_ON = 2
    DUE_ON = 3
    RETURNED_ON = 4
    REVIEWED_ON = 5
    STATE = 6


TRACKING_DATES = {
    TrackingCol.SENT_ON: "sent_on", TrackingCol.DUE_ON: "due_on", TrackingCol.RETURNED_ON: "returned_on",
    TrackingCol.REVIEWED_ON: "reviewed_on",
}  # fmt: skip
EDITABLE_DATES = (TrackingCol.DUE_ON, TrackingCol.RETURNED_ON, TrackingCol.REVIEWED_ON)


class TrackingModel(TableModel):
    """One row per option: questions asked, sent, due, returned, reviewed, and the state (overdue red)."""

    def __init__(self, parent: QObject | None = None) -> None:
        headers = {
            TrackingCol.OPTION: self.tr("Option"), TrackingCol.QUESTIONS: self.tr("Questions"),
            TrackingCol.SENT_ON: self.tr("Sent on"), TrackingCol.DUE_ON: self.tr("Due"),
            TrackingCol.RETURNED_ON: self.tr("Returned"), TrackingCol.REVIEWED_ON: self.tr("Reviewed"),
            TrackingCol.STATE: self.tr("State"),
        }  # fmt: skip
        super().__init__(parent, [headers[c] for c in TrackingCol])
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
        col = TrackingCol(index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if col == TrackingCol.OPTION:
                return row.option + (self.tr(" (excluded)") if row.excluded else "")
            if col == TrackingCol.QUESTIONS:
                if not row.questions:
                    return self.tr("none asked")
                return (
                    self.tr("%1 of %2 answered")
                    .replace("%1", str(row.answered))
                    .replace("%2", str(row.questions))
                )
            if col == TrackingCol.STATE:
                return state_text(row, self.today)
            return format_day(getattr(row, TRACKING_DATES[col])) or "—"
        if role == Qt.ItemDataRole.EditRole and col in TRACKING_DATES:
            return day_edit_value(getattr(row, TRACKING_DATES[col]))
        overdue = row.state(self.today) == "overdue"
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and overdue
            and col in (TrackingCol.DUE_ON, TrackingCol.STATE)
        ):
            return QBrush(OVERDUE_COLOUR)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and overdue
            and col in (TrackingCol.DUE_ON, TrackingCol.STATE)
        ):
            return QBrush(DARK_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and col == TrackingCol.STATE:
            return state_text(row, self.today)
        if role == Qt.ItemDataRole.ToolTipRole and col == TrackingCol.OPTION and row.buyer:
            return self.tr("Sent by %1").replace("%1", row.buyer)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self.row_at(index.row())
        col = TrackingCol(index.column())
        if (
            role != Qt.ItemDataRole.EditRole
            or row is None
            or row.questionnaire_id is None
            or col not in EDITABLE_DATES
        ):
            return False
        from duediligence.operations.edits import UpdateRow

        field, day = TRACKING_DATES[col], typed_day(value)
        if getattr(row, field) == day:
            return False
        text = self.tr("Edit %1 of the questionnaire to “%2”").replace("%1", self.headers()[col].lower())
        return self.hand_on(
            UpdateRow("questionnaire", row.questionnaire_id, {field: day}), text.replace("%2", row.option)
        )


class QuestionCol(IntEnum):
    ASK = 0
    CATEGORY = 1
    QUESTION = 2
    KIND = 3
    UNIT = 4
    REQUIRED = 5
    ANSWER = 6
    STATUS = 7
    RECEIVED = 8
    COMMENT = 9


FIELDS = {
    QuestionCol.QUESTION: "question", QuestionCol.KIND: "answer_kind", QuestionCol.UNIT: "answer_unit",
    QuestionCol.REQUIRED: "expected_answer", QuestionCol.ANSWER: "answer",
    QuestionCol.COMMENT: "answer_comment", QuestionCol.STATUS: "status",
}  # fmt: skip


class QuestionsModel(TableModel):
    """One option's checklist items: whether each is asked, the question, the answer expected and
    received, and the buyer's verdict (the checklist status, set here once an answer is reviewed)."""

    def __init__(self, parent: QObject | None = None) -> None:
        headers = {
            QuestionCol.ASK: self.tr("Ask"), QuestionCol.CATEGORY: self.tr("Category"),
            QuestionCol.QUESTION: self.tr("Question"), QuestionCol.KIND: self.tr("Answer type"),
            QuestionCol.UNIT: self.tr("Unit"), QuestionCol.REQUIRED: self.tr("Required"),
            QuestionCol.ANSWER: self.tr("Answer"), QuestionCol.COMMENT: self.tr("Vendor's comment"),
            QuestionCol.RECEIVED: self.tr("Received"), QuestionCol.STATUS: self.tr("Status"),
        }  # fmt: skip
        super().__init__(parent, [headers[c] for c in QuestionCol])

    def item_at(self, row: int) -> QuestionRow | None:
        return self.row_at(row)  # type: ignore[no-any-return]

    def header_tip(self, section: int) -> str | None:
        return {
            QuestionCol.ASK: self.tr("Whether the vendor is asked this in the questionnaire"),
            QuestionCol.REQUIRED: self.tr(
                "What the answer must be: yes or no, attached, “at least 99.9” or “at most 30” (numbers), "
                "“on or before 2027-06-30” (dates). On a critical item (⚑) an answer that differs is a "
                "must-have contradiction."
            ),
            QuestionCol.STATUS: self.tr("Your verdict on the answer: OK, concern or fails"),
        }.get(QuestionCol(section))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = QuestionCol(index.column())
        if col == QuestionCol.ASK:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if col in FIELDS:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        col = QuestionCol(index.column())
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.CheckStateRole and col == QuestionCol.ASK:
            return Qt.CheckState.Checked if item.asked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, col)
        if role == Qt.ItemDataRole.EditRole:
            if col == QuestionCol.QUESTION:
                return item.question or item.title
            if col == QuestionCol.REQUIRED:
                return self._required(item)
            if col == QuestionCol.ANSWER and item.answer_kind == AnswerKind.DATE.value:
                return day_edit_value(date.fromisoformat(item.answer) if item.answer else None)
            if col == QuestionCol.ANSWER and item.answer_kind == AnswerKind.NUMBER.value:
                return raw_number(float(item.answer)) if item.answer else ""
            return getattr(item, FIELDS[col]) if col in FIELDS else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not item.asked and col not in (QuestionCol.ASK, QuestionCol.STATUS):
                return QBrush(QColor("#8a8a8a"))
            if self._highlight(item, col) is not None or (
                col == QuestionCol.STATUS and item.status in STATUS_COLOURS
            ):
                return QBrush(DARK_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self._highlight(item, col)
            if colour is None and col == QuestionCol.STATUS:
                colour = STATUS_COLOURS.get(item.status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and col == QuestionCol.QUESTION and item.critical:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, col)
        return None

    def _highlight(self, item: QuestionRow, col: QuestionCol) -> QColor | None:
        if col != QuestionCol.ANSWER or item.verdict.meets is not False:
            return None
        return CONTRADICTION_COLOUR if item.critical else UNEXPECTED_COLOUR

    def _required(self, item: QuestionRow) -> str:
        """The expected answer to edit: numbers the locale's way ("at least 99,9" in German)."""
        from duediligence.decision.answers import expected_words

        if item.answer_kind == AnswerKind.NUMBER.value and item.expected_answer:
            sign, limit = item.expected_answer.split(" ", 1)
            return f"{'at least' if sign == '>=' else 'at most'} {raw_number(float(limit))}"
        return expected_words(item.answer_kind, item.expected_answer, "")

    def _display(self, item: QuestionRow, col: QuestionCol) -> str:
        if col == QuestionCol.ASK:
            return ""
        if col == QuestionCol.CATEGORY:
            return item.category
        if col == QuestionCol.QUESTION:
            return ("⚑ " if item.critical else "") + (item.question or item.title).replace("\n", " ")
        if col == QuestionCol.KIND:
            return answer_kind_labels().get(item.answer_kind, item.answer_kind) if item.asked else ""
        if col == QuestionCol.UNIT:
            return item.answer_unit
        if col == QuestionCol.REQUIRED:
            from duediligence.decision.answers import expected_words

            if not item.asked:
                return ""
            return expected_words(item.answer_kind, item.expected_answer, item.answer_unit) or "—"
        if col == QuestionCol.ANSWER:
            if item.answer is None:
                return self.tr("not answered") if item.asked else ""
            if item.answer_kind == AnswerKind.DATE.value:
                return format_day(date.fromisoformat(item.answer))
            unit = (
                f" {item.answer_unit}"
                if item.answer_kind == AnswerKind.NUMBER.value and item.answer_unit
                else ""
            )
            documents = f" ({item.answer_documents})" if item.answer_documents else ""
            return (item.answer + unit + documents).replace("\n", " ")
        if col == QuestionCol.COMMENT:
            return (item.answer_comment or "").replace("\n", " ")
        if col == QuestionCol.RECEIVED:
            return format_day(item.answered_on)
        return check_status_labels().get(item.status, item.status)

    def _tooltip(self, item: QuestionRow, col: QuestionCol) -> str | None:
        if col == QuestionCol.QUESTION:
            parts = [self.tr("Checklist item: %1").replace("%1", item.title)]
            if item.critical:
                parts.append(self.tr("⚑ Critical: a must-have. An answer that contradicts it is flagged."))
            return "\n".join(parts)
        if col == QuestionCol.ANSWER and item.verdict.meets is False:
            kind = self.tr("Contradicts a must-have") if item.critical else self.tr("Not as required")
            return f"{kind}: {item.verdict.sentence}"
        if col == QuestionCol.ANSWER and item.answer_documents:
            return self.tr("Documents attached: %1").replace("%1", item.answer_documents)
        if col == QuestionCol.COMMENT:
            return item.answer_comment or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        item = self.item_at(index.row())
        col = QuestionCol(index.column())
        if item is None:
            return False
        if col == QuestionCol.ASK and role == Qt.ItemDataRole.CheckStateRole:
            asked = (
                Qt.CheckState(value) == Qt.CheckState.Checked
                if isinstance(value, int)
                else value == Qt.CheckState.Checked
            )
            return self._set(
                item,
                {"question": item.title if asked else ""},
                self.tr("Ask the vendor") if asked else self.tr("Stop asking the vendor"),
            )
        if role != Qt.ItemDataRole.EditRole or col not in FIELDS:
            return False
        values = self._values(item, col, value)
        if values is None:
            return False
        return self._set(item, values, self.tr("Edit %1 of “%2”").replace("%1", self.headers()[col].lower()))

    def _values(self, item: QuestionRow, col: QuestionCol, value: Any) -> dict[str, Any] | None:
        """The fields an edit sets, read as the person meant it; a refusal is handed on, None returned."""
        from duediligence.decision.answers import read_answer, read_expected
        from duediligence.errors import ValidationError

        field = FIELDS[col]
        try:
            if col == QuestionCol.ANSWER:
                value = read_answer(
                    item.answer_kind, typed_day(value) if item.answer_kind == "date" else value
                )
            elif col == QuestionCol.REQUIRED:
                value = read_expected(item.answer_kind, value)
        except ValidationError as exc:
            header = self.headers()[col]
            self.refuse(
                self.tr("%1 was not changed (you entered “%2”): %3.")
                .replace("%1", header)
                .replace("%2", str(value))
                .replace("%3", exc.reason)
            )
            return None
        if isinstance(value, str) and col in (QuestionCol.QUESTION, QuestionCol.UNIT):
            value = value.strip()
        if col == QuestionCol.COMMENT and isinstance(value, str) and not value.strip():
            value = None
        if getattr(item, field) == value:
            return None
        values = {field: value}
        if col == QuestionCol.KIND and value != item.answer_kind:
            values["expected_answer"] = ""  # "yes" means nothing for a number
        if col == QuestionCol.ANSWER and item.answered_on is None and value is not None:
            values["answered_on"] = date.today()
        return values

    def _set(self, item: QuestionRow, values: dict[str, Any], text: str) -> bool:
        from duediligence.operations.edits import UpdateRow

        return self.hand_on(UpdateRow("risk_item", item.id, values), text.replace("%2", item.title))
