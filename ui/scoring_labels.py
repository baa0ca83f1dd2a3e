"""Human, translatable words for the decision matrix's stored codes (scales, directions, policies)."""

from __future__ import annotations

from duediligence.i18n import translate


def scale_labels() -> dict[str, str]:
    return {
        "0-10": translate("ScoringLabels", "0 to 10"),
        "1-5": translate("ScoringLabels", "1 to 5"),
        "yes-no": translate("ScoringLabels", "Yes / no"),
        "percent": translate("ScoringLabels", "Percent"),
        "measured": translate("ScoringLabels", "Measured value"),
    }


def direction_labels() -> dict[str, str]:
    return {
        "higher": translate("ScoringLabels", "Higher is better"),
        "lower": translate("ScoringLabels", "Lower is better"),
    }


def value_source_labels() -> dict[str, str]:
    return {
        "manual": translate("ScoringLabels", "Typed scores"),
        "tco": translate("ScoringLabels", "Total cost of ownership"),
        "npv": translate("ScoringLabels", "Net present value"),
        "time_to_results": translate("ScoringLabels", "Time to results"),
    }


def confidence_labels() -> dict[str | None, str]:
    return {
        None: translate("ScoringLabels", "Not stated"),
        "low": translate("ScoringLabels", "Low"),
        "medium": translate("ScoringLabels", "Medium"),
        "high": translate("ScoringLabels", "High"),
    }


def missing_policy_labels() -> dict[str, str]:
    return {
        "ignore": translate("ScoringLabels", "Ignore and re-weight the rest"),
        "worst": translate("ScoringLabels", "Count as the worst score"),
        "mean": translate("ScoringLabels", "Count as the criterion's average"),
    }


def must_have_policy_labels() -> dict[str, str]:
    return {
        "exclude": translate("ScoringLabels", "Exclude the option"),
        "flag": translate("ScoringLabels", "Only flag it"),
    }


def weight_source_labels() -> dict[str, str]:
    return {
        "direct": translate("ScoringLabels", "Direct weights"),
        "pairwise": translate("ScoringLabels", "Pairwise comparisons"),
    }
