"""Submitting the Risks tab's edits: one undoable operation each; a refusal is reported in a message box
once the cell editor that caused it has closed (never from inside a model's setData)."""

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
    return QCoreApplication.translate("RiskEdits", text)


def field_labels() -> dict[str, str]:
    return {
        "title": _t("title"), "category": _t("category"), "status": _t("status"), "note": _t("note"),
        "evidence_source": _t("evidence"), "evidence_date": _t("evidence date"),
        "checked_by": _t("checked by"),
        "reviewed_on": _t("review date"), "likelihood": _t("likelihood"), "impact": _t("impact"),
        "residual_likelihood": _t("residual likelihood"), "residual_impact": _t("residual impact"),
        "treatment": _t("treatment"), "mitigation": _t("mitigation"), "owner": _t("owner"),
        "due_date": _t("due date"), "options": _t("options"), "risk_exposure_mode": _t("exposure rule"),
        "review_after_days": _t("review interval"), "risk_adjusted": _t("risk-adjusted ranking"),
    }  # fmt: skip


def refusal_text(exc: WorkbookError) -> str:
    """What was refused and why, in one sentence."""
    if not isinstance(exc, ValidationError):
        return str(exc)
    label = field_labels().get(exc.field, exc.field.replace("_", " "))
    if exc.value is None or exc.value == "" or exc.field == "options":
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


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
