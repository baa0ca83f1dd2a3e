"""Submitting a user's edit and saying why one was refused: the one helper every view uses.

An edit is one undoable operation. A refusal (a value the core refused, naming the field; a conflict; a
workbook that could not write; text a model could not read) leaves the workbook unchanged and is shown
in a message box — deferred when the edit came from a cell editor, because a modal box while the editor
commits would steal its focus and commit again. A bug is told in a sentence, never only a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from duediligence.errors import ValidationError, WorkbookError
from duediligence.i18n import translate
from ui import dialogs
from ui.models.table import Refusal
from ui.numbers import shown_value
from ui.views.failures import report_unexpected

if TYPE_CHECKING:
    from ui.context import AppContext


def field_labels() -> dict[str, str]:
    """How a refusal names a stored field (the core's `ValidationError.field`)."""
    return {
        # options and costs
        "name": translate("Submit", "name"),
        "kind": translate("Submit", "kind"),
        "vendor": translate("Submit", "vendor"),
        "product": translate("Submit", "product"),
        "website": translate("Submit", "website"),
        "contact": translate("Submit", "contact"),
        "notes": translate("Submit", "notes"),
        "excluded": translate("Submit", "excluded flag"),
        "exclusion_reason": translate("Submit", "reason for exclusion"),
        "time_to_results_weeks": translate("Submit", "time to results"),
        "label": translate("Submit", "label"),
        "category": translate("Submit", "category"),
        "recurrence": translate("Submit", "recurrence"),
        "amount": translate("Submit", "amount"),
        "low": translate("Submit", "low estimate"),
        "high": translate("Submit", "high estimate"),
        "note": translate("Submit", "note"),
        "range": translate("Submit", "cost range"),
        "horizon_years": translate("Submit", "horizon"),
        "discount_rate": translate("Submit", "discount rate"),
        "year": translate("Submit", "year"),
        "from_year": translate("Submit", "first year"),
        "to_year": translate("Submit", "last year"),
        "escalation": translate("Submit", "change a year"),
        "currency": translate("Submit", "currency"),
        "exchange_rates": translate("Submit", "exchange rates"),
        "exchange_rates_on": translate("Submit", "day of the exchange rates"),
        # criteria and scores
        "weight": translate("Submit", "weight"),
        "scale": translate("Submit", "scale"),
        "direction": translate("Submit", "direction"),
        "unit": translate("Submit", "unit"),
        "scale_min": translate("Submit", "minimum"),
        "scale_max": translate("Submit", "maximum"),
        "threshold": translate("Submit", "threshold"),
        "must_have": translate("Submit", "must-have flag"),
        "value": translate("Submit", "score"),
        # risks and checklists
        "title": translate("Submit", "title"),
        "status": translate("Submit", "status"),
        "evidence_source": translate("Submit", "evidence"),
        "evidence_date": translate("Submit", "evidence date"),
        "checked_by": translate("Submit", "checked by"),
        "reviewed_on": translate("Submit", "review date"),
        "likelihood": translate("Submit", "likelihood"),
        "impact": translate("Submit", "impact"),
        "residual_likelihood": translate("Submit", "residual likelihood"),
        "residual_impact": translate("Submit", "residual impact"),
        "treatment": translate("Submit", "treatment"),
        "mitigation": translate("Submit", "mitigation"),
        "owner": translate("Submit", "owner"),
        "due_date": translate("Submit", "due date"),
        "options": translate("Submit", "options"),
        "risk_exposure_mode": translate("Submit", "exposure rule"),
        "review_after_days": translate("Submit", "review interval"),
        "risk_adjusted": translate("Submit", "risk-adjusted ranking"),
        # people, approvals and change
        "unit_name": translate("Submit", "unit"),
        "buying_role": translate("Submit", "buying role"),
        "influence": translate("Submit", "influence"),
        "interest": translate("Submit", "interest"),
        "stance": translate("Submit", "stance"),
        "desired_stance": translate("Submit", "desired stance"),
        "concerns": translate("Submit", "concerns"),
        "sign_off_required": translate("Submit", "sign-off flag"),
        "raci": translate("Submit", "RACI letter"),
        "subject": translate("Submit", "approval subject"),
        "decided_on": translate("Submit", "date"),
        "comment": translate("Submit", "comment"),
        "noted_on": translate("Submit", "date"),
        "text": translate("Submit", "note"),
        "author": translate("Submit", "author"),
        "done_on": translate("Submit", "done date"),
        "group_name": translate("Submit", "group"),
        "assessed_on": translate("Submit", "assessment date"),
        "awareness": translate("Submit", "awareness"),
        "desire": translate("Submit", "desire"),
        "knowledge": translate("Submit", "knowledge"),
        "ability": translate("Submit", "ability"),
        "reinforcement": translate("Submit", "reinforcement"),
        "actual_cost": translate("Submit", "actual cost"),
        "actual_time_to_results_weeks": translate("Submit", "actual time to results"),
        "satisfaction": translate("Submit", "satisfaction"),
        "would_buy_again": translate("Submit", "would-buy-again answer"),
        "lessons": translate("Submit", "lessons"),
        "stakeholder_id": translate("Submit", "person"),
        "chosen_option_id": translate("Submit", "chosen option"),
        "rationale": translate("Submit", "rationale"),
        "decided_by": translate("Submit", "decided by"),
        "approvals": translate("Submit", "decision"),
        "override_reason": translate("Submit", "override reason"),
    }


def refusal_text(exc: WorkbookError, subject: str = "") -> str:
    """What was refused and why, in one sentence. `subject` names what was being changed ("the weight of
    “Price”"); by default the field the core names."""
    if not isinstance(exc, ValidationError):
        return str(exc)
    if not subject:
        field = exc.field.rsplit(".", 1)[-1]
        subject = translate("Submit", "the %1").replace(
            "%1", field_labels().get(field, field.replace("_", " "))
        )
    what = subject[:1].upper() + subject[1:]
    if exc.value is None or exc.value == "" or isinstance(exc.value, tuple) or exc.field == "options":
        return translate("Submit", "%1 was not changed: %2.").replace("%1", what).replace("%2", exc.reason)
    return (
        translate("Submit", "%1 was not changed (you entered “%3”): %2.")
        .replace("%1", what)
        .replace("%2", exc.reason)
        .replace("%3", shown_value(exc.value))
    )


class Submitter:
    """A view's way to store edits: models get it as their `commit`, buttons and dialogs call `submit`."""

    def __init__(
        self,
        widget: QWidget,
        context: AppContext,
        title: str = "",
        on_refused: Callable[[], None] | None = None,
    ) -> None:
        self.widget, self.context = widget, context
        self.title = title or translate("Submit", "Value not stored")
        self.on_refused = on_refused  # when a cell editor's value is refused (the matrix stays on the cell)

    def __call__(self, operation: Any, text: str, subject: str = "") -> bool:
        """From a cell editor (reports are deferred): True when stored."""
        return self.submit(operation, text, subject=subject, queued=True)[0]

    def submit(
        self, operation: Any, text: str, *, subject: str = "", queued: bool = False
    ) -> tuple[bool, Any]:
        """(stored?, the operation's result); a refused edit is reported and changes nothing."""
        if isinstance(operation, Refusal):
            self.refuse(operation.message, queued=queued)
            return False, None
        try:
            return True, self.context.submit(operation, text)
        except WorkbookError as exc:  # a value, a conflict, or a database that could not write
            self.refuse(refusal_text(exc, subject), queued=queued)
        except Exception as exc:  # a bug: the user is told in a sentence, never only a traceback
            report_unexpected(self.widget, self.title, exc, queued=queued)
            if queued and self.on_refused is not None:
                self.on_refused()
        return False, None

    def refuse(self, message: str, *, queued: bool = False) -> None:
        if queued and self.on_refused is not None:  # a cell editor is closing on this refusal
            self.on_refused()
        if queued:
            widget, title = self.widget, self.title
            QTimer.singleShot(0, widget, lambda: dialogs.show_warning(widget, title, message))
        else:
            dialogs.show_warning(self.widget, self.title, message)


def submit(widget: QWidget, context: AppContext, operation: Any, text: str) -> tuple[bool, Any]:
    """One edit from a button or dialog: (stored?, result); a refusal is reported once the editor closed."""
    return Submitter(widget, context).submit(operation, text, queued=True)
