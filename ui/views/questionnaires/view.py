"""The vendor questionnaires of an evaluation (a page of the Risks tab): where each option's
questionnaire stands (overdue ones in red), and the chosen option's questions with the answers that
came back. Sending and importing are in `commands`; every edit goes through the view's Submitter."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duediligence.changes import Changes
from duediligence.errors import NotFoundError
from ui.models.checklist import check_status_labels
from ui.views.day_edit import DayDelegate
from ui.views.questionnaires import commands
from ui.views.questionnaires.delegates import AnswerDelegate
from ui.views.questionnaires.questions_model import Col as QuestionCol
from ui.views.questionnaires.questions_model import QuestionsModel, answer_kind_labels
from ui.views.questionnaires.tracking_model import Col as TrackingCol
from ui.views.questionnaires.tracking_model import TrackingModel
from ui.views.risks.delegates import ChoiceDelegate
from ui.views.submit import Submitter, submit
from ui.views.table_view import TableView

if TYPE_CHECKING:
    from duediligence.reads.questionnaires import QuestionnaireRow, QuestionRow
    from ui.context import AppContext

WATCHED = ("questionnaire", "risk_item", "option", "evaluation")
QUESTION_WIDTHS = {
    QuestionCol.ASK: 44, QuestionCol.CATEGORY: 105, QuestionCol.QUESTION: 290, QuestionCol.KIND: 110,
    QuestionCol.UNIT: 55, QuestionCol.REQUIRED: 110, QuestionCol.ANSWER: 125, QuestionCol.STATUS: 90,
    QuestionCol.RECEIVED: 85, QuestionCol.COMMENT: 190,
}  # fmt: skip
TRACKING_WIDTHS = {
    TrackingCol.OPTION: 230, TrackingCol.QUESTIONS: 120, TrackingCol.SENT_ON: 95, TrackingCol.DUE_ON: 95,
    TrackingCol.RETURNED_ON: 95, TrackingCol.REVIEWED_ON: 95,
}  # fmt: skip


def _table(parent: QWidget, name: str) -> QTableView:
    table = TableView(parent)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


class QuestionnairesView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self.today: date | None = None  # None: the real today (tests pin it)
        self._stale = False
        self._first = False  # the next reload starts at the first option (another evaluation was set)
        self.tracking = TrackingModel(self)
        self.tracking.commit = Submitter(self, context)
        self.questions = QuestionsModel(self)
        self.questions.commit = Submitter(self, context)
        intro = QLabel(
            self.tr(
                "Ask each vendor in a questionnaire they fill in (Excel, or PDF to answer in writing); "
                "import the file they return. Answers land on that option's checklist items, to review."
            ),
            self,
        )
        intro.setObjectName("caption")
        intro.setWordWrap(True)
        self.tracking_table = _table(self, self.tr("Questionnaires per option"))
        self.tracking_table.setModel(self.tracking)
        self.tracking_table.setItemDelegate(DayDelegate(self.tracking_table))
        for col, width in TRACKING_WIDTHS.items():
            self.tracking_table.setColumnWidth(col, width)
        self.questions_table = _table(self, self.tr("Questions and answers"))
        self.questions_table.setModel(self.questions)
        self.questions_table.setItemDelegateForColumn(
            QuestionCol.ANSWER, AnswerDelegate(self.questions_table)
        )
        self.questions_table.setItemDelegateForColumn(
            QuestionCol.KIND, ChoiceDelegate(answer_kind_labels(), "answer_kind", self.questions_table)
        )
        self.questions_table.setItemDelegateForColumn(
            QuestionCol.STATUS, ChoiceDelegate(check_status_labels(), "status", self.questions_table)
        )
        for col, width in QUESTION_WIDTHS.items():
            self.questions_table.setColumnWidth(col, width)
        self.send_button = QPushButton(self.tr("Send questionnaire…"), self)
        self.import_button = QPushButton(self.tr("Import answers…"), self)
        self.reviewed_button = QPushButton(self.tr("Mark reviewed"), self)
        self.reviewed_button.setToolTip(self.tr("Record today as the day you reviewed the returned answers"))
        self.add_button = QPushButton(self.tr("Add question"), self)
        self.template_button = QPushButton(self.tr("Add questions from a template…"), self)
        self.send_button.clicked.connect(self.send)
        self.import_button.clicked.connect(self.import_answers)
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.add_button.clicked.connect(self.add_question)
        self.template_button.clicked.connect(self.add_from_template)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        for button in (self.send_button, self.import_button, self.reviewed_button):
            top.addWidget(button)
        middle = QHBoxLayout()
        middle.addWidget(self.heading, 1)
        middle.addWidget(self.add_button)
        middle.addWidget(self.template_button)
        upper, lower = QWidget(self), QWidget(self)
        upper_layout, lower_layout = QVBoxLayout(upper), QVBoxLayout(lower)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.tracking_table)
        lower_layout.addLayout(middle)
        lower_layout.addWidget(self.questions_table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)
        self.tracking_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_questions())
        context.changed.connect(self._on_changed)
        self._update_enabled()

    # ---- data -------------------------------------------------------------------------------------

    def set_evaluation(self, evaluation_id: int | None) -> None:
        self._first = self._first or evaluation_id != self.evaluation_id
        self.evaluation_id = evaluation_id
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # read when shown: opening an evaluation shows its matrix first

    def _on_changed(self, changes: Changes) -> None:
        if self.evaluation_id is not None and any(changes.touches(k, self.evaluation_id) for k in WATCHED):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True  # re-read when shown: a hidden page need not follow every edit

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        from duediligence.reads.questionnaires import questionnaire_overview

        first, self._stale, self._first = self._first, False, False
        kept = None if first else self.current_option()
        rows: tuple[QuestionnaireRow, ...] = ()
        if self.evaluation_id is not None and self.context.db is not None:
            try:
                rows = self.context.read(questionnaire_overview, self.evaluation_id)
            except NotFoundError:
                self.evaluation_id = None
        self.tracking.set_overview(rows, self.today or date.today())
        wanted = kept if kept is not None and self.tracking.row_of(kept) is not None else None
        if wanted is None and rows:
            wanted = next((r.option_id for r in rows if r.questions), rows[0].option_id)
        if wanted is not None:
            self.set_option(wanted)
        self._show_questions()

    def current_option(self) -> int | None:
        row = self.tracking.row_at(self.tracking_table.currentIndex().row())
        return row.option_id if row is not None else None

    def current_row(self) -> QuestionnaireRow | None:
        return self.tracking.row_at(self.tracking_table.currentIndex().row())  # type: ignore[no-any-return]

    def set_option(self, option_id: int) -> None:
        if self._stale:
            self.reload()
        row = self.tracking.row_of(option_id)
        if row is None:
            return
        index = self.tracking.index(row, TrackingCol.OPTION)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tracking_table.selectionModel().setCurrentIndex(index, flags)

    def _show_questions(self) -> None:
        from duediligence.reads.questionnaires import in_sent_order, option_questions

        row = self.current_row()
        items: tuple[QuestionRow, ...] = ()
        if row is not None and self.context.db is not None:  # asked first, numbered as the vendor sees them
            items = in_sent_order(self.context.read(option_questions, row.option_id))
        self.questions.set_rows(items)
        if row is None:
            self.heading.setText(self.tr("Choose an option above to see its questions."))
        elif not items:
            self.heading.setText(
                self.tr("“%1” has no checklist yet: add questions, or add them from a template.").replace(
                    "%1", row.option
                )
            )
        else:
            self.heading.setText(
                self.tr("Questions for “%1”: %2 of %3 checklist items asked")
                .replace("%1", row.option)
                .replace("%2", str(row.questions))
                .replace("%3", str(len(items)))
            )
        self._update_enabled()

    def _update_enabled(self) -> None:
        row = self.current_row()
        self.send_button.setEnabled(row is not None and row.questions > 0)
        self.import_button.setEnabled(self.context.db is not None)
        self.reviewed_button.setEnabled(
            row is not None and row.state(self.today or date.today()) == "returned"
        )
        self.add_button.setEnabled(row is not None)
        self.template_button.setEnabled(row is not None)

    # ---- actions ----------------------------------------------------------------------------------

    def send(self) -> None:
        option_id = self.current_option()
        if option_id is not None:
            commands.send(self, self.context, option_id)

    def import_answers(self) -> None:
        review = commands.import_answers(self, self.context)
        if review is not None and review.evaluation_id == self.evaluation_id:
            self.set_option(review.option_id)

    def mark_reviewed(self) -> None:
        from duediligence.operations.edits import UpdateRow

        row = self.current_row()
        if row is None or row.questionnaire_id is None:
            return
        text = self.tr("Mark the questionnaire of “%1” reviewed").replace("%1", row.option)
        today = self.today or date.today()
        submit(
            self, self.context, UpdateRow("questionnaire", row.questionnaire_id, {"reviewed_on": today}), text
        )

    def add_question(self) -> int | None:
        from duediligence.operations.edits import AddRow

        row = self.current_row()
        if self.evaluation_id is None or row is None:
            return None
        text = self.tr("New question")
        values = {
            "kind": "checklist", "category": self.tr("Own questions"), "title": text, "question": text,
            "answer_kind": "yes_no", "status": "not_checked",
        }  # fmt: skip
        operation = AddRow("risk_item", self.evaluation_id, values, {"option_id": row.option_id})
        ok, item_id = submit(
            self, self.context, operation, self.tr("Add a question for “%1”").replace("%1", row.option)
        )
        if not ok:
            return None
        found = self.questions.row_of(item_id)
        if found is not None:
            index = self.questions.index(found, QuestionCol.QUESTION)
            self.questions_table.setCurrentIndex(index)
            self.questions_table.edit(index)
        return int(item_id)

    def add_from_template(self) -> None:
        from duediligence.operations.checklists import ApplyChecklistTemplate
        from duediligence.templates.questionnaires import questionnaire_templates
        from ui import dialogs
        from ui.views.risks import questions

        row = self.current_row()
        if self.evaluation_id is None or row is None:
            return
        catalogue = questionnaire_templates()
        if catalogue.problems:
            lines = "\n".join(f"• {p}" for p in catalogue.problems)
            dialogs.show_warning(self, self.tr("Some templates could not be read"), lines)
        options = [(r.option_id, r.option) for r in self.tracking.rows()]
        answer = questions.ask_apply_template(self, catalogue.templates, options, row.option_id)
        if answer is None:
            return
        template, option_ids = answer
        text = self.tr("Add the questions of “%1”").replace("%1", template.name)
        submit(self, self.context, ApplyChecklistTemplate(self.evaluation_id, template, option_ids), text)
