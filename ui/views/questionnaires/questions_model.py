"""One option's questions as the questionnaires page shows them: every checklist item, whether it is
asked, the answer expected and received, and the buyer's verdict (the checklist status, set here once
an answer is reviewed). Rows come from `reads.questionnaires.option_questions`; edits become row
operations handed to `commit` (the view's Submitter), never written here."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from duediligence.enums import AnswerKind
from duediligence.i18n import translate
from ui.models.checklist import STATUS_COLOURS, check_status_labels
from ui.models.table import Index, TableModel
from ui.numbers import day_edit_value, format_day, raw_number, typed_day

if TYPE_CHECKING:
    from duediligence.reads.questionnaires import QuestionRow

ROW_ROLE = Qt.ItemDataRole.UserRole  # the whole row (ChoiceDelegate reads its field from it)
CONTRADICTION_COLOUR, UNEXPECTED_COLOUR = QColor("#f6b8b8"), QColor("#ffe3b0")
MUTED_TEXT, DARK_TEXT = QColor("#8a8a8a"), QColor("#1b1b1b")


def answer_kind_labels() -> dict[str, str]:
    return {
        AnswerKind.YES_NO.value: translate("Questionnaires", "Yes / no / partly"),
        AnswerKind.TEXT.value: translate("Questionnaires", "Text"),
        AnswerKind.NUMBER.value: translate("Questionnaires", "Number"),
        AnswerKind.DATE.value: translate("Questionnaires", "Date"),
        AnswerKind.DOCUMENT.value: translate("Questionnaires", "Document"),
    }


class Col(IntEnum):
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
    Col.QUESTION: "question", Col.KIND: "answer_kind", Col.UNIT: "answer_unit",
    Col.REQUIRED: "expected_answer", Col.ANSWER: "answer",
    Col.COMMENT: "answer_comment", Col.STATUS: "status",
}  # fmt: skip


class QuestionsModel(TableModel):
    """One option's checklist items: whether each is asked, the question, the answer expected and
    received, and the buyer's verdict (the checklist status, set here once an answer is reviewed)."""

    def __init__(self, parent: QObject | None = None) -> None:
        headers = {
            Col.ASK: self.tr("Ask"), Col.CATEGORY: self.tr("Category"),
            Col.QUESTION: self.tr("Question"), Col.KIND: self.tr("Answer type"),
            Col.UNIT: self.tr("Unit"), Col.REQUIRED: self.tr("Required"),
            Col.ANSWER: self.tr("Answer"), Col.COMMENT: self.tr("Vendor's comment"),
            Col.RECEIVED: self.tr("Received"), Col.STATUS: self.tr("Status"),
        }  # fmt: skip
        super().__init__(parent, [headers[c] for c in Col])

    def item_at(self, row: int) -> QuestionRow | None:
        return self.row_at(row)  # type: ignore[no-any-return]

    def header_tip(self, section: int) -> str | None:
        return {
            Col.ASK: self.tr("Whether the vendor is asked this in the questionnaire"),
            Col.REQUIRED: self.tr(
                "What the answer must be: yes or no, attached, “at least 99.9” or “at most 30” (numbers), "
                "“on or before 2027-06-30” (dates). On a critical item (⚑) an answer that differs is a "
                "must-have contradiction."
            ),
            Col.STATUS: self.tr("Your verdict on the answer: OK, concern or fails"),
        }.get(Col(section))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = Col(index.column())
        if col == Col.ASK:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        item = self.item_at(index.row())
        # What is asked and answered is edited once the item is asked (tick "Ask" first); the verdict always.
        if col == Col.STATUS or (col in FIELDS and item is not None and item.asked):
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        col = Col(index.column())
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.CheckStateRole and col == Col.ASK:
            return Qt.CheckState.Checked if item.asked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, col)
        if role == Qt.ItemDataRole.EditRole:
            if col == Col.QUESTION:
                return item.question or item.title
            if col == Col.REQUIRED:
                return self._required(item)
            if col == Col.ANSWER and item.answer_kind == AnswerKind.DATE.value:
                return day_edit_value(date.fromisoformat(item.answer) if item.answer else None)
            if col == Col.ANSWER and item.answer_kind == AnswerKind.NUMBER.value:
                return raw_number(float(item.answer)) if item.answer else ""
            return getattr(item, FIELDS[col]) if col in FIELDS else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not item.asked and col not in (Col.ASK, Col.STATUS):
                return QBrush(MUTED_TEXT)
            if self._highlight(item, col) is not None or (
                col == Col.STATUS and item.status in STATUS_COLOURS
            ):
                return QBrush(DARK_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self._highlight(item, col)
            if colour is None and col == Col.STATUS:
                colour = STATUS_COLOURS.get(item.status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and col == Col.QUESTION and item.critical:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, col)
        return None

    def _highlight(self, item: QuestionRow, col: Col) -> QColor | None:
        if col != Col.ANSWER or item.verdict.meets is not False:
            return None
        return CONTRADICTION_COLOUR if item.critical else UNEXPECTED_COLOUR

    def _required(self, item: QuestionRow) -> str:
        """The expected answer to edit: numbers the locale's way ("at least 99,9" in German)."""
        from duediligence.decision.answers import expected_words

        if item.answer_kind == AnswerKind.NUMBER.value and item.expected_answer:
            sign, limit = item.expected_answer.split(" ", 1)
            return f"{'at least' if sign == '>=' else 'at most'} {raw_number(float(limit))}"
        return expected_words(item.answer_kind, item.expected_answer, "")

    def _display(self, item: QuestionRow, col: Col) -> str:
        if col == Col.ASK:
            return ""
        if col == Col.CATEGORY:
            return item.category
        if col == Col.QUESTION:
            return ("⚑ " if item.critical else "") + (item.question or item.title).replace("\n", " ")
        if col == Col.KIND:
            return answer_kind_labels().get(item.answer_kind, item.answer_kind) if item.asked else ""
        if col == Col.UNIT:
            return item.answer_unit
        if col == Col.REQUIRED:
            from duediligence.decision.answers import expected_words

            if not item.asked:
                return ""
            return expected_words(item.answer_kind, item.expected_answer, item.answer_unit) or "—"
        if col == Col.ANSWER:
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
        if col == Col.COMMENT:
            return (item.answer_comment or "").replace("\n", " ")
        if col == Col.RECEIVED:
            return format_day(item.answered_on)
        return check_status_labels().get(item.status, item.status)

    def _tooltip(self, item: QuestionRow, col: Col) -> str | None:
        if col == Col.QUESTION:
            parts = [self.tr("Checklist item: %1").replace("%1", item.title)]
            if item.critical:
                parts.append(self.tr("⚑ Critical: a must-have. An answer that contradicts it is flagged."))
            return "\n".join(parts)
        if col == Col.ANSWER and item.verdict.meets is False:
            kind = self.tr("Contradicts a must-have") if item.critical else self.tr("Not as required")
            return f"{kind}: {item.verdict.sentence}"
        if col == Col.ANSWER and item.answer_documents:
            return self.tr("Documents attached: %1").replace("%1", item.answer_documents)
        if col == Col.COMMENT:
            return item.answer_comment or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        item = self.item_at(index.row())
        col = Col(index.column())
        if item is None:
            return False
        if col == Col.ASK and role == Qt.ItemDataRole.CheckStateRole:
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

    def _values(self, item: QuestionRow, col: Col, value: Any) -> dict[str, Any] | None:
        """The fields an edit sets, read as the person meant it; a refusal is handed on, None returned."""
        from duediligence.decision.answers import read_answer, read_expected
        from duediligence.errors import ValidationError

        field = FIELDS[col]
        try:
            if col == Col.ANSWER:
                value = read_answer(
                    item.answer_kind, typed_day(value) if item.answer_kind == "date" else value
                )
            elif col == Col.REQUIRED:
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
        if isinstance(value, str) and col in (Col.QUESTION, Col.UNIT):
            value = value.strip()
        if col == Col.COMMENT and isinstance(value, str) and not value.strip():
            value = None
        if getattr(item, field) == value:
            return None
        values = {field: value}
        if col == Col.KIND and value != item.answer_kind:
            values["expected_answer"] = ""  # "yes" means nothing for a number
        if col == Col.ANSWER and item.answered_on is None and value is not None:
            values["answered_on"] = date.today()
        return values

    def _set(self, item: QuestionRow, values: dict[str, Any], text: str) -> bool:
        from duediligence.operations.edits import UpdateRow

        return self.hand_on(UpdateRow("risk_item", item.id, values), text.replace("%2", item.title))
