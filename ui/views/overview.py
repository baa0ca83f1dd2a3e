"""The Overview tab: the evaluation's own fields, each edit one undoable UpdateEvaluation."""

from __future__ import annotations

import sys
import traceback
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from duediligence.changes import Changes
from duediligence.errors import NotFoundError, ValidationError, WorkbookError
from duediligence.kinds import kind_words
from ui import dialogs
from ui.labels import status_labels
from ui.numbers import raw_number, shown_value, typed_money
from ui.views.failures import unexpected_text
from ui.views.widgets import CommitTextEdit, OptionalDateEdit

if TYPE_CHECKING:
    from duediligence.reads.evaluations import EvaluationRow
    from ui.context import AppContext
    from ui.views.guide.navigation import Place

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "JPY", "CAD", "AUD")


class OverviewEditor(QScrollArea):
    """Shows one evaluation's fields; reloads from the workbook whenever its row changes."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.evaluation_id: int | None = None
        self._row: EvaluationRow | None = None
        self._build()
        context.changed.connect(self._on_changed)

    def _build(self) -> None:
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        page = QWidget(self)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # rows keep their natural height; spare space goes below the form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit(page)
        self.status = QComboBox(page)
        for value, label in status_labels().items():
            self.status.addItem(label, str(value))
        self.kind = QLabel(page)
        self.need, self.goals, self.rationale = (
            CommitTextEdit(page),
            CommitTextEdit(page),
            CommitTextEdit(page),
        )
        self.budget = QLineEdit(page)
        self.budget.setPlaceholderText(self.tr("No budget set"))
        self.currency = QComboBox(page)
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.deadline = OptionalDateEdit(self.tr("No deadline"), page)
        self.chosen = QComboBox(page)
        self.decided_on = OptionalDateEdit(self.tr("Not decided yet"), page)
        self.decided_by = QLineEdit(page)
        self.archived = QCheckBox(
            self.tr("Archived (hidden from the list unless “Show archived” is on)"), page
        )
        self.budget.setAccessibleName(self.tr("Budget"))
        self.currency.setAccessibleName(self.tr("Currency"))
        self.deadline.date_edit.setAccessibleName(self.tr("Deadline"))
        self.decided_on.date_edit.setAccessibleName(self.tr("Decided on"))
        money = QWidget(page)
        row = QHBoxLayout(money)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.budget, 1)
        row.addWidget(self.currency)
        for label, widget in [
            (self.tr("&Title"), self.title),
            (self.tr("&Status"), self.status),
            (self.tr("Kind"), self.kind),
            (self.tr("&Need"), self.need),
            (self.tr("&Goals"), self.goals),
            (self.tr("&Budget"), money),
            (self.tr("D&eadline"), self.deadline),
            (self.tr("&Chosen option"), self.chosen),
            (self.tr("&Rationale"), self.rationale),
            (self.tr("Decided o&n"), self.decided_on),
            (self.tr("Decided &by"), self.decided_by),
            ("", self.archived),
        ]:
            form.addRow(label, widget)
        for edit in (self.need, self.goals, self.rationale):
            edit.setMinimumHeight(60)
            edit.setMaximumHeight(110)
        self.setWidget(page)
        self.title.editingFinished.connect(lambda: self._commit("title", self.title.text()))
        self.status.activated.connect(lambda: self._commit("status", self.status.currentData()))
        self.need.editingFinished.connect(lambda: self._commit("need", self.need.toPlainText()))
        self.goals.editingFinished.connect(lambda: self._commit("goals", self.goals.toPlainText()))
        self.budget.editingFinished.connect(lambda: self._commit("budget", typed_money(self.budget.text())))
        self.currency.activated.connect(lambda: self._commit("currency", self.currency.currentText()))
        self.currency.lineEdit().editingFinished.connect(
            lambda: self._commit("currency", self.currency.currentText())
        )
        self.deadline.committed.connect(lambda: self._commit("deadline", self.deadline.value()))
        self.chosen.activated.connect(lambda: self._commit("chosen_option_id", self.chosen.currentData()))
        self.rationale.editingFinished.connect(
            lambda: self._commit("rationale", self.rationale.toPlainText())
        )
        self.decided_on.committed.connect(lambda: self._commit("decided_on", self.decided_on.value()))
        self.decided_by.editingFinished.connect(lambda: self._commit("decided_by", self.decided_by.text()))
        self.archived.clicked.connect(lambda checked: self._commit("archived", bool(checked)))

    def field_labels(self) -> dict[str, str]:
        return {
            "title": self.tr("title"), "status": self.tr("status"), "need": self.tr("need"),
            "goals": self.tr("goals"), "budget": self.tr("budget"), "currency": self.tr("currency"),
            "deadline": self.tr("deadline"), "chosen_option_id": self.tr("chosen option"),
            "rationale": self.tr("rationale"), "decided_on": self.tr("decision date"),
            "decided_by": self.tr("decided by"), "archived": self.tr("archived flag"),
        }  # fmt: skip

    def show_place(self, place: Place) -> None:
        self.title.setFocus()

    def set_evaluation(self, evaluation_id: int | None) -> None:
        self.evaluation_id = evaluation_id
        self._row = None
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if self.evaluation_id is None or self.context.db is None:
            return
        if changes.touches("evaluation", self.evaluation_id) or changes.touches("option", self.evaluation_id):
            self.reload()

    def reload(self) -> None:
        """Re-query the row and show it; fields whose shown value already matches are left alone."""
        if self.evaluation_id is None or self.context.db is None:
            return
        from duediligence.reads.evaluations import get_evaluation, option_choices

        try:
            row = self.context.read(get_evaluation, self.evaluation_id)
        except NotFoundError:
            self.evaluation_id, self._row = None, None
            return
        choices = self.context.read(option_choices, self.evaluation_id)
        self._row = row
        _set_text(self.title, row.title)
        self.status.setCurrentIndex(max(0, self.status.findData(row.status)))
        self.kind.setText(kind_words(row.kind))
        for edit, text in ((self.need, row.need), (self.goals, row.goals), (self.rationale, row.rationale)):
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        _set_text(self.budget, raw_number(row.budget, grouped=True))
        self.currency.setCurrentText(row.currency)
        self.deadline.set_value(row.deadline)
        self.decided_on.set_value(row.decided_on)
        _set_text(self.decided_by, row.decided_by)
        self.archived.setChecked(row.archived)
        self.chosen.clear()
        self.chosen.addItem(self.tr("— none —"), None)
        for choice in choices:
            excluded = self.tr(" (excluded)") if choice.excluded else ""
            self.chosen.addItem(choice.name + excluded, choice.id)
        self.chosen.setCurrentIndex(max(0, self.chosen.findData(row.chosen_option_id)))

    def _commit(self, field: str, value: Any) -> None:
        """One UpdateEvaluation for one changed field; a refused value is reported and reset."""
        from duediligence.operations.evaluations import UpdateEvaluation

        row = self._row
        if row is None or getattr(row, field) == value:
            return
        if field == "status" and value == "decided":
            # Deciding goes through the approvals check: the dialog says what is missing.
            from ui.views.people.decide import decide

            decide(self, self.context, row.id)
            self.reload()  # shows the new status, or resets the combo when the user cancelled
            return
        label = self.field_labels()[field]
        try:
            self.context.submit(
                UpdateEvaluation(row.id, {field: value}), self.tr("Edit %1").replace("%1", label)
            )
        except ValidationError as exc:
            self._refuse(
                self.tr("The %1 was not changed (you entered “%3”): %2.")
                .replace("%1", label)
                .replace("%2", exc.reason)
                .replace("%3", shown_value(exc.value))
            )
        except WorkbookError as exc:  # a conflict, or a database that could not write (says what to do)
            self._refuse(str(exc))
        except Exception as exc:  # a bug: the user is told in a sentence, never only a traceback
            traceback.print_exception(exc, file=sys.stderr)
            self._refuse(unexpected_text(exc))

    def _refuse(self, text: str) -> None:
        self.reload()  # reset first: the message box takes focus and would fire editingFinished again
        dialogs.show_warning(self, self.tr("Value not stored"), text)


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)
