"""Submitting the people and change editors' edits: one undoable operation each; a refusal is reported in a
message box shown once the item editor that caused it has closed (never from inside a model)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from duediligence.errors import ValidationError, WorkbookError
from ui import dialogs
from ui.numbers import shown_value
from ui.views.failures import report_unexpected

if TYPE_CHECKING:
    from ui.context import AppContext


def _t(text: str) -> str:
    return QCoreApplication.translate("PeopleEdits", text)


def field_labels() -> dict[str, str]:
    return {
        "name": _t("name"), "title": _t("title"), "unit": _t("unit"), "contact": _t("contact"),
        "buying_role": _t("buying role"), "influence": _t("influence"), "interest": _t("interest"),
        "stance": _t("stance"), "desired_stance": _t("desired stance"), "concerns": _t("concerns"),
        "sign_off_required": _t("sign-off flag"), "raci": _t("RACI letter"),
        "subject": _t("approval subject"),
        "status": _t("status"), "decided_on": _t("date"), "comment": _t("comment"), "noted_on": _t("date"),
        "category": _t("category"), "text": _t("note"), "author": _t("author"), "owner": _t("owner"),
        "due_date": _t("due date"), "done_on": _t("done date"), "note": _t("note"),
        "group_name": _t("group"), "assessed_on": _t("assessment date"), "awareness": _t("awareness"),
        "desire": _t("desire"), "knowledge": _t("knowledge"), "ability": _t("ability"),
        "reinforcement": _t("reinforcement"), "reviewed_on": _t("review date"),
        "actual_cost": _t("actual cost"), "actual_time_to_results_weeks": _t("actual time to results"),
        "satisfaction": _t("satisfaction"), "would_buy_again": _t("would-buy-again answer"),
        "lessons": _t("lessons"), "stakeholder_id": _t("person"), "chosen_option_id": _t("chosen option"),
        "rationale": _t("rationale"), "decided_by": _t("decided by"), "approvals": _t("decision"),
        "override_reason": _t("override reason"),
    }  # fmt: skip


def refusal_text(exc: WorkbookError) -> str:
    """What was refused and why, in one sentence."""
    if not isinstance(exc, ValidationError):
        return str(exc)
    field = exc.field.rsplit(".", 1)[-1]
    label = field_labels().get(field, field.replace("_", " "))
    reason = exc.reason
    if exc.value is None or exc.value == "" or isinstance(exc.value, tuple):
        return _t("The %1 was not changed: it %2.").replace("%1", label).replace("%2", reason)
    return (
        _t("The %1 was not changed (you entered “%3”): %2.")
        .replace("%1", label)
        .replace("%2", reason)
        .replace("%3", shown_value(exc.value))
    )


def report_refusal(widget: QWidget, exc: WorkbookError) -> None:
    # Deferred: a modal box while an item editor is committing would steal its focus and commit again.
    text = refusal_text(exc)
    QTimer.singleShot(0, widget, lambda: dialogs.show_warning(widget, _t("Value not stored"), text))


def submit(widget: QWidget, context: AppContext, operation: Any, text: str) -> tuple[bool, Any]:
    """(stored?, the operation's result); a refused edit is reported and leaves the workbook unchanged."""
    try:
        return True, context.submit(operation, text)
    except WorkbookError as exc:  # a value, a conflict, or a database that could not write
        report_refusal(widget, exc)
        return False, None
    except Exception as exc:  # a bug: the user is told in a sentence, never only a traceback
        report_unexpected(widget, _t("Value not stored"), exc)
        return False, None
