"""Submitting a user's edit and saying why one was refused: the one helper every view uses.

An edit is one undoable operation. A refusal (a value the core refused, naming the field; a conflict; a
workbook that could not write; text a model could not read) leaves the workbook unchanged and is shown
in a message box — deferred when the edit came from a cell editor, because a modal box while the editor
commits would steal its focus and commit again. A bug is told in a sentence, never only a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from duediligence.errors import ValidationError, WorkbookError
from ui import dialogs
from ui.models.table import Refusal
from ui.numbers import shown_value
from ui.views.failures import report_unexpected

if TYPE_CHECKING:
    from ui.context import AppContext


def _t(text: str) -> str:
    return QCoreApplication.translate("Submit", text)


def field_labels() -> dict[str, str]:
    """How a refusal names a stored field (the core's `ValidationError.field`)."""
    return {
        # options and costs
        "name": _t("name"), "kind": _t("kind"), "vendor": _t("vendor"), "product": _t("product"),
        "website": _t("website"), "contact": _t("contact"), "notes": _t("notes"),
        "excluded": _t("excluded flag"), "exclusion_reason": _t("reason for exclusion"),
        "time_to_results_weeks": _t("time to results"), "label": _t("label"), "category": _t("category"),
        "recurrence": _t("recurrence"), "amount": _t("amount"), "low": _t("low estimate"),
        "high": _t("high estimate"), "note": _t("note"), "range": _t("cost range"),
        "horizon_years": _t("horizon"), "discount_rate": _t("discount rate"),
        "year": _t("year"), "from_year": _t("first year"), "to_year": _t("last year"),
        "escalation": _t("change a year"), "currency": _t("currency"),
        "exchange_rates": _t("exchange rates"), "exchange_rates_on": _t("day of the exchange rates"),
        # criteria and scores
        "weight": _t("weight"), "scale": _t("scale"), "direction": _t("direction"), "unit": _t("unit"),
        "scale_min": _t("minimum"), "scale_max": _t("maximum"), "threshold": _t("threshold"),
        "must_have": _t("must-have flag"), "value": _t("score"),
        # risks and checklists
        "title": _t("title"), "status": _t("status"), "evidence_source": _t("evidence"),
        "evidence_date": _t("evidence date"), "checked_by": _t("checked by"),
        "reviewed_on": _t("review date"), "likelihood": _t("likelihood"), "impact": _t("impact"),
        "residual_likelihood": _t("residual likelihood"), "residual_impact": _t("residual impact"),
        "treatment": _t("treatment"), "mitigation": _t("mitigation"), "owner": _t("owner"),
        "due_date": _t("due date"), "options": _t("options"), "risk_exposure_mode": _t("exposure rule"),
        "review_after_days": _t("review interval"), "risk_adjusted": _t("risk-adjusted ranking"),
        # people, approvals and change
        "unit_name": _t("unit"), "buying_role": _t("buying role"), "influence": _t("influence"),
        "interest": _t("interest"), "stance": _t("stance"), "desired_stance": _t("desired stance"),
        "concerns": _t("concerns"), "sign_off_required": _t("sign-off flag"), "raci": _t("RACI letter"),
        "subject": _t("approval subject"), "decided_on": _t("date"), "comment": _t("comment"),
        "noted_on": _t("date"), "text": _t("note"), "author": _t("author"), "done_on": _t("done date"),
        "group_name": _t("group"), "assessed_on": _t("assessment date"), "awareness": _t("awareness"),
        "desire": _t("desire"), "knowledge": _t("knowledge"), "ability": _t("ability"),
        "reinforcement": _t("reinforcement"), "actual_cost": _t("actual cost"),
        "actual_time_to_results_weeks": _t("actual time to results"), "satisfaction": _t("satisfaction"),
        "would_buy_again": _t("would-buy-again answer"), "lessons": _t("lessons"),
        "stakeholder_id": _t("person"), "chosen_option_id": _t("chosen option"),
        "rationale": _t("rationale"), "decided_by": _t("decided by"), "approvals": _t("decision"),
        "override_reason": _t("override reason"),
    }  # fmt: skip


def refusal_text(exc: WorkbookError, subject: str = "") -> str:
    """What was refused and why, in one sentence. `subject` names what was being changed ("the weight of
    “Price”"); by default the field the core names."""
    if not isinstance(exc, ValidationError):
        return str(exc)
    if not subject:
        field = exc.field.rsplit(".", 1)[-1]
        subject = _t("the %1").replace("%1", field_labels().get(field, field.replace("_", " ")))
    what = subject[:1].upper() + subject[1:]
    if exc.value is None or exc.value == "" or isinstance(exc.value, tuple) or exc.field == "options":
        return _t("%1 was not changed: %2.").replace("%1", what).replace("%2", exc.reason)
    return (
        _t("%1 was not changed (you entered “%3”): %2.")
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
        self.title = title or _t("Value not stored")
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
