"""Human, translatable words for the workbook's stored values (enums, flags, empty cells)."""

from __future__ import annotations

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
