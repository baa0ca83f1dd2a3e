"""The review of a returned questionnaire before anything is stored: what was answered, what was not,
what changed since the last return, and which answers contradict a must-have; the day it came back."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from duediligence.i18n import PLURAL, translate
from ui.models.table import Index, TableModel
from ui.numbers import format_day
from ui.views.day_edit import TypedDateEdit
from ui.views.table_view import TableView

if TYPE_CHECKING:
    from duediligence.exchange.questionnaire_read import AnswerLine, AnswersReview

CONTRADICTION, UNEXPECTED, DARK = QColor("#f6b8b8"), QColor("#ffe3b0"), QColor("#1b1b1b")


def state_labels() -> dict[str, str]:
    return {
        "new": translate("QuestionnaireReview", "New"),
        "changed": translate("QuestionnaireReview", "Changed"),
        "unchanged": translate("QuestionnaireReview", "Unchanged"),
        "unanswered": translate("QuestionnaireReview", "Unanswered"),
        "kept": translate("QuestionnaireReview", "No answer; earlier kept"),
    }


class Col(IntEnum):
    NUMBER = 0
    QUESTION = 1
    ANSWER = 2
    EARLIER = 3
    STATE = 4
    CHECK = 5


class ReviewModel(TableModel):
    """The returned file's questions, each beside the earlier answer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            parent,
            [
                translate("QuestionnaireReview", "No."),
                translate("QuestionnaireReview", "Question"),
                translate("QuestionnaireReview", "Answer"),
                translate("QuestionnaireReview", "Before"),
                translate("QuestionnaireReview", "What importing does"),
                translate("QuestionnaireReview", "Check"),
            ],
        )

    def key(self, row: Any) -> Any:
        return row.number

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line: AnswerLine | None = self.row_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, col)
        flagged = CONTRADICTION if line.contradicts_must_have else UNEXPECTED if line.unexpected else None
        if role == Qt.ItemDataRole.BackgroundRole and flagged is not None and col in (Col.ANSWER, Col.CHECK):
            return QBrush(flagged)
        if role == Qt.ItemDataRole.ForegroundRole and flagged is not None and col in (Col.ANSWER, Col.CHECK):
            return QBrush(DARK)
        if role == Qt.ItemDataRole.FontRole and line.state == "changed" and col == Col.STATE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == Col.CHECK:
            return self._display(line, col) or None
        if role == Qt.ItemDataRole.ToolTipRole and col in (Col.QUESTION, Col.ANSWER):
            parts = [line.question] if col == Col.QUESTION else []
            if line.comment:
                parts.append(translate("QuestionnaireReview", "Comment: %1").replace("%1", line.comment))
            if line.documents:
                parts.append(
                    translate("QuestionnaireReview", "Documents attached: %1").replace("%1", line.documents)
                )
            return "\n".join(parts) or None
        return None

    def _display(self, line: AnswerLine, col: Col) -> str:
        from duediligence.decision.answers import verdict

        if col == Col.NUMBER:
            return str(line.number)
        if col == Col.QUESTION:
            return ("⚑ " if line.critical else "") + line.question.replace("\n", " ")
        if col == Col.ANSWER:
            return _answer(line.answer, line.kind, line.unit, line.comment, line.documents)
        if col == Col.EARLIER:
            return _answer(
                line.earlier_answer, line.kind, line.unit, line.earlier_comment, line.earlier_documents
            )
        if col == Col.STATE:
            return state_labels().get(line.state, line.state)
        result = verdict(line.kind, line.expected, line.effective_answer)
        if result.meets is None:
            return ""
        if result.meets:
            return translate("QuestionnaireReview", "as required")
        return (
            translate("QuestionnaireReview", "⚑ contradicts a must-have")
            if line.critical
            else translate("QuestionnaireReview", "not as required")
        ) + f": {result.sentence}"


def _answer(answer: str | None, kind: str, unit: str, comment: str | None, documents: str | None) -> str:
    if answer is None and not comment and not documents:
        return "—"
    text = answer if answer is not None else translate("QuestionnaireReview", "(no answer)")
    if answer is not None and kind == "date":
        text = format_day(date.fromisoformat(answer))
    if answer is not None and kind == "number" and unit:
        text += f" {unit}"
    if documents:
        text += f" [{documents}]".replace("\n", ", ")
    if comment:
        text += f" — {comment}".replace("\n", " ")
    return text


def summary_text(review: AnswersReview) -> str:
    parts = [
        translate("QuestionnaireReview", "%1 of %2 questions answered")
        .replace("%1", str(len(review.answered)))
        .replace("%2", str(len(review.lines))),
        translate("QuestionnaireReview", "%1 changed since the last return").replace(
            "%1", str(len(review.changed))
        ),
    ]
    if review.contradictions:
        parts.append(
            translate("QuestionnaireReview", "<b>%1 contradict a must-have</b>").replace(
                "%1", str(len(review.contradictions))
            )
        )
    if review.unexpected:
        parts.append(
            translate("QuestionnaireReview", "%1 not as required").replace("%1", str(len(review.unexpected)))
        )
    sent = format_day(review.sent_on)
    head = (
        translate(
            "QuestionnaireReview",
            "Answers from the vendor of <b>%1</b> (%2), to the questionnaire sent on %3:",
        )
        .replace("%1", escape(review.option))
        .replace("%2", escape(review.evaluation_title))
        .replace("%3", sent)
    )
    return f"{head} {', '.join(parts)}."


class ReviewDialog(QDialog):
    def __init__(self, review: AnswersReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.setWindowTitle(
            translate("QuestionnaireReview", "Answers from “%1”").replace("%1", review.option)
        )
        self.resize(1000, 620)
        summary = QLabel(summary_text(review), self)
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.RichText)
        self.model = ReviewModel(self)
        self.model.set_rows(review.lines)
        self.table = TableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("QuestionnaireReview", "Returned answers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in zip(Col, (36, 300, 170, 150, 140, 240), strict=True):
            self.table.setColumnWidth(col, width)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setText(self._notes_text())
        self.notes.setVisible(bool(review.problems or review.notices))
        self.received = TypedDateEdit(self)
        self.received.setDateRange(QDate(review.sent_on), QDate(2199, 12, 31))  # not before it went out
        self.received.setDate(QDate(max(date.today(), review.sent_on)))
        self.received.setAccessibleName(translate("QuestionnaireReview", "Received on"))
        form = QFormLayout()
        form.addRow(translate("QuestionnaireReview", "&Received on:"), self.received)
        stored = len(review.to_store)
        outcome = QLabel(self._outcome_text(stored), self)
        outcome.setWordWrap(True)
        outcome.setObjectName("caption")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.store = buttons.addButton(
            translate("QuestionnaireReview", "Store the answers"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.store.setEnabled(not review.problems and stored > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addLayout(form)
        layout.addWidget(outcome)
        layout.addWidget(buttons)

    def _notes_text(self) -> str:
        lines = [f"<span style='color:#b00020'>• {escape(p)}</span>" for p in self.review.problems[:12]]
        if len(self.review.problems) > 12:
            lines.append(
                translate("QuestionnaireReview", "… and %1 more.").replace(
                    "%1", str(len(self.review.problems) - 12)
                )
            )
        lines += [f"• {escape(n)}" for n in self.review.notices]
        return "<br>".join(lines)

    def _outcome_text(self, stored: int) -> str:
        if self.review.problems:
            return translate(
                "QuestionnaireReview",
                "These answers cannot be read, so nothing can be stored. Correct the cells named above in "
                "the file (or ask the vendor to), then import it again.",
            )
        if not stored:
            return translate(
                "QuestionnaireReview", "The workbook holds these answers already; there is nothing to store."
            )
        return translate(
            "QuestionnaireReview",
            "Storing puts %n answer(s) on the checklist of “%1”, each marked “to review”, with the date "
            "received as its evidence. Edit ▸ Undo takes it back.",
            None,
            PLURAL,
            int(stored),
        ).replace("%1", self.review.option)

    def received_on(self) -> date:
        return self.received.date().toPython()  # type: ignore[no-any-return]

    @classmethod
    def ask(cls, review: AnswersReview, parent: QWidget | None) -> date | None:
        """The day the answers came back, or None when cancelled (tests replace this)."""
        dialog = cls(review, parent)
        return dialog.received_on() if dialog.exec() == QDialog.DialogCode.Accepted else None
