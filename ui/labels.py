"""Human, translatable words for the workbook's stored values (enums, flags, empty cells)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from duediligence.enums import EvaluationStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_labels() -> dict[str, str]:
    """Each evaluation status in the buyer's words, in process order."""
    return {
        EvaluationStatus.DEFINING: _t("Defining the need"),
        EvaluationStatus.EXPLORING: _t("Exploring options"),
        EvaluationStatus.EVALUATING: _t("Evaluating"),
        EvaluationStatus.DECIDING: _t("Deciding"),
        EvaluationStatus.DECIDED: _t("Decided"),
        EvaluationStatus.REVIEWED: _t("Reviewed"),
        EvaluationStatus.CANCELLED: _t("Cancelled"),
    }


def status_label(value: str) -> str:
    return status_labels().get(value, value)


def value_label(value: Any) -> str:
    """A stored code (e.g. 'vendor_product') shown as words until each editor brings its own labels."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _t("Yes") if value else _t("No")
    if value == "ok":
        return _t("OK")
    text = str(value).replace("_", " ")
    return text[:1].upper() + text[1:]
