"""The “Decide…” dialog: the chosen option, why, when and who; it shows which approvals are missing and
asks for a reason before deciding anyway. The Overview's status change to *decided* opens it too."""

from __future__ import annotations

import sys
import traceback
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from duediligence.enums import BuyingRole
from duediligence.errors import ValidationError, WorkbookError
from duediligence.i18n import translate
from ui.models.people_labels import approval_statuses
from ui.views.day_edit import TypedDateEdit
from ui.views.failures import unexpected_text
from ui.views.submit import refusal_text

if TYPE_CHECKING:
    from duediligence.reads.people import DecisionCheck
    from ui.context import AppContext


def missing_text(check: DecisionCheck, parent: QWidget) -> str:
    """The approvals still missing, one per line, as rich text (empty when none)."""
    if check.ok:
        return ""
    labels = approval_statuses()
    lines = [
        translate("DecideDialog", "%1 — %2 (%3)")
        .replace("%1", a.subject)
        .replace("%2", a.stakeholder or translate("DecideDialog", "no one named"))
        .replace("%3", labels.get(a.status, a.status).lower())
        for a in check.missing
    ]
    return "<br>".join(f"• {escape(line)}" for line in lines)


class DecideDialog(QDialog):
    """Records the decision with DecideEvaluation; a refusal is shown inside the dialog, which stays open."""

    def __init__(self, context: AppContext, evaluation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from duediligence.reads.evaluations import get_evaluation, option_choices
        from duediligence.reads.people import decision_check, list_stakeholders

        self.context, self.evaluation_id = context, evaluation_id
        row = context.read(get_evaluation, evaluation_id)
        self.check = context.read(decision_check, evaluation_id)
        people = context.read(list_stakeholders, evaluation_id)
        self.setWindowTitle(self.tr("Decide “%1”").replace("%1", row.title))
        self.setMinimumWidth(560)
        self.option = QComboBox(self)
        self.option.addItem(self.tr("— choose the option —"), None)
        for choice in context.read(option_choices, evaluation_id):
            self.option.addItem(choice.name + (self.tr(" (excluded)") if choice.excluded else ""), choice.id)
        self.option.setCurrentIndex(max(0, self.option.findData(row.chosen_option_id)))
        self.rationale = QPlainTextEdit(row.rationale, self)
        self.rationale.setTabChangesFocus(True)
        self.rationale.setPlaceholderText(self.tr("Why this option: what tipped the balance, what we accept"))
        self.decided_on = TypedDateEdit(self)
        self.decided_on.setDate(QDate(row.decided_on or date.today()))
        deciders = [p.name for p in people if p.buying_role == BuyingRole.DECISION_MAKER.value]
        self.decided_by = QLineEdit(row.decided_by or (deciders[0] if deciders else ""), self)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.RichText)
        self.override = QPlainTextEdit(self)
        self.override.setTabChangesFocus(True)
        self.override.setPlaceholderText(
            self.tr("Why decide before these approvals are in? (kept in the record)")
        )
        self.override.setMaximumHeight(70)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Chosen option"), self.option)
        form.addRow(self.tr("&Rationale"), self.rationale)
        form.addRow(self.tr("Decided &on"), self.decided_on)
        form.addRow(self.tr("Decided &by"), self.decided_by)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.decide_button = self.buttons.addButton(
            self.tr("&Decide"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.missing)
        if not self.check.ok:
            self.missing.setText(
                "<b style='color:#b3261e'>"
                + escape(self.tr("Approvals still missing:"))
                + "</b><br>"
                + missing_text(self.check, self)
            )
            form.addRow(self.tr("&Decide anyway because"), self.override)
            self.decide_button.setText(self.tr("&Decide anyway"))
        else:
            self.override.hide()
            self.missing.setText(self.tr("All approvals are in."))
        if self.check.sign_offs_without_approval:
            self.missing.setText(
                self.missing.text()
                + "<br><i>"
                + escape(
                    self.tr("Must sign off but no approval is recorded: %1").replace(
                        "%1", ", ".join(self.check.sign_offs_without_approval)
                    )
                )
                + "</i>"
            )
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        """Submit the decision; on refusal say why here and stay open."""
        from duediligence.operations.people import DecideEvaluation

        operation = DecideEvaluation(
            self.evaluation_id,
            self.option.currentData(),
            self.rationale.toPlainText(),
            self.decided_on.date().toPython(),
            self.decided_by.text(),
            self.override.toPlainText() if not self.check.ok else None,
        )
        try:
            self.context.submit(
                operation, self.tr("Decide for “%1”").replace("%1", self.option.currentText())
            )
        except WorkbookError as exc:
            self.error.setText(self._why(exc))
            self.error.show()
            return
        except Exception as exc:  # a bug: said here in a sentence, never only a traceback
            traceback.print_exception(exc, file=sys.stderr)
            self.error.setText(unexpected_text(exc))
            self.error.show()
            return
        super().accept()

    def _why(self, exc: WorkbookError) -> str:
        if isinstance(exc, ValidationError) and exc.field == "approvals":
            return self.tr(
                "Some approvals are still missing: say why you decide anyway, or record them first."
            )
        if isinstance(exc, ValidationError) and exc.field == "chosen_option_id" and exc.value is None:
            return self.tr("Choose the option you decided for.")
        return refusal_text(exc)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, evaluation_id: int) -> bool:
        """Show the dialog; True when the decision was recorded."""
        dialog = cls(context, evaluation_id, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted


def decide(parent: QWidget | None, context: AppContext, evaluation_id: int) -> bool:
    """Record a decision through the dialog (tests replace this function or `DecideDialog.ask`)."""
    return DecideDialog.ask(parent, context, evaluation_id)
