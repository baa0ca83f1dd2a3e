"""Submitting the options editor's edits: one undoable operation each; a refusal is reported in a message
box shown once the editor that caused it has closed (never from inside a model's setData)."""

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
    return QCoreApplication.translate("OptionEdits", text)


def field_labels() -> dict[str, str]:
    return {
        "name": _t("name"), "kind": _t("kind"), "vendor": _t("vendor"), "product": _t("product"),
        "website": _t("website"), "contact": _t("contact"), "notes": _t("notes"),
        "excluded": _t("excluded flag"), "exclusion_reason": _t("reason for exclusion"),
        "time_to_results_weeks": _t("time to results"), "label": _t("label"), "category": _t("category"),
        "recurrence": _t("recurrence"), "amount": _t("amount"), "low": _t("low estimate"),
        "high": _t("high estimate"), "note": _t("note"), "range": _t("cost range"),
        "horizon_years": _t("horizon"), "discount_rate": _t("discount rate"),
    }  # fmt: skip


def refusal_text(exc: WorkbookError) -> str:
    """What was refused and why, in one sentence."""
    if not isinstance(exc, ValidationError):
        return str(exc)
    label = field_labels().get(exc.field, exc.field.replace("_", " "))
    if exc.value is None or isinstance(exc.value, tuple):
        return _t("The %1 was not changed: it %2.").replace("%1", label).replace("%2", exc.reason)
    return (
        _t("The %1 was not changed (you entered “%3”): %2.")
        .replace("%1", label)
        .replace("%2", exc.reason)
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
