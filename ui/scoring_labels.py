"""Human, translatable words for the decision matrix's stored codes (scales, directions, policies)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ScoringLabels", text)


def scale_labels() -> dict[str, str]:
    return {
        "0-10": _t("0 to 10"),
        "1-5": _t("1 to 5"),
        "yes-no": _t("Yes / no"),
        "percent": _t("Percent"),
        "measured": _t("Measured value"),
    }


def direction_labels() -> dict[str, str]:
    return {"higher": _t("Higher is better"), "lower": _t("Lower is better")}


def value_source_labels() -> dict[str, str]:
    return {
        "manual": _t("Typed scores"),
        "tco": _t("Total cost of ownership"),
        "npv": _t("Net present value"),
        "time_to_results": _t("Time to results"),
    }


def confidence_labels() -> dict[str | None, str]:
    return {None: _t("Not stated"), "low": _t("Low"), "medium": _t("Medium"), "high": _t("High")}


def missing_policy_labels() -> dict[str, str]:
    return {
        "ignore": _t("Ignore and re-weight the rest"),
        "worst": _t("Count as the worst score"),
        "mean": _t("Count as the criterion's average"),
    }


def must_have_policy_labels() -> dict[str, str]:
    return {"exclude": _t("Exclude the option"), "flag": _t("Only flag it")}


def weight_source_labels() -> dict[str, str]:
    return {"direct": _t("Direct weights"), "pairwise": _t("Pairwise comparisons")}
