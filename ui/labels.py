"""Human, translatable words for the workbook's stored values (enums, flags, empty cells)."""

from __future__ import annotations

from typing import Any

from duediligence.enums import EvaluationStatus
from duediligence.i18n import translate


def status_labels() -> dict[str, str]:
    """Each evaluation status in the buyer's words, in process order."""
    return {
        EvaluationStatus.DEFINING: translate("Labels", "Defining the need"),
        EvaluationStatus.EXPLORING: translate("Labels", "Exploring options"),
        EvaluationStatus.EVALUATING: translate("Labels", "Evaluating"),
        EvaluationStatus.DECIDING: translate("Labels", "Deciding"),
        EvaluationStatus.DECIDED: translate("Labels", "Decided"),
        EvaluationStatus.REVIEWED: translate("Labels", "Reviewed"),
        EvaluationStatus.CANCELLED: translate("Labels", "Cancelled"),
    }


def status_label(value: str) -> str:
    return status_labels().get(value, value)


def value_label(value: Any) -> str:
    """A stored code (e.g. 'vendor_product') shown as words until each editor brings its own labels."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Labels", "Yes") if value else translate("Labels", "No")
    if value == "ok":
        return translate("Labels", "OK")
    text = str(value).replace("_", " ")
    return text[:1].upper() + text[1:]
