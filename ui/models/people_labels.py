"""The buyer's words for the people and change vocabularies (roles, stances, quadrants, ADKAR…)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from duediligence.decision.people import Quadrant
from duediligence.enums import (
    ActionStatus,
    ApprovalStatus,
    BuyingRole,
    NoteCategory,
    ProcessStage,
    Stance,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("PeopleLabels", text)


def buying_roles() -> dict[str, str]:
    return {
        BuyingRole.DECISION_MAKER: _t("Decision maker"),
        BuyingRole.APPROVER: _t("Approver"),
        BuyingRole.INFLUENCER: _t("Influencer"),
        BuyingRole.USER: _t("User"),
        BuyingRole.TECHNICAL_EVALUATOR: _t("Technical evaluator"),
        BuyingRole.BUDGET_HOLDER: _t("Budget holder"),
        BuyingRole.GATEKEEPER: _t("Gatekeeper"),
    }


def stances() -> dict[str, str]:
    return {
        Stance.CHAMPION: _t("Champion"),
        Stance.SUPPORTER: _t("Supporter"),
        Stance.NEUTRAL: _t("Neutral"),
        Stance.SKEPTIC: _t("Sceptic"),
        Stance.BLOCKER: _t("Blocker"),
    }


def quadrants() -> dict[str, str]:
    return {
        Quadrant.MANAGE_CLOSELY: _t("Manage closely"),
        Quadrant.KEEP_SATISFIED: _t("Keep satisfied"),
        Quadrant.KEEP_INFORMED: _t("Keep informed"),
        Quadrant.MONITOR: _t("Monitor"),
    }


def approval_statuses() -> dict[str, str]:
    return {
        ApprovalStatus.PENDING: _t("Pending"),
        ApprovalStatus.APPROVED: _t("Approved"),
        ApprovalStatus.REJECTED: _t("Rejected"),
    }


def note_categories() -> dict[str, str]:
    return {
        NoteCategory.COMMUNICATION: _t("Communication"),
        NoteCategory.TRAINING: _t("Training"),
        NoteCategory.PROCESS_CHANGE: _t("Process change"),
        NoteCategory.RESISTANCE: _t("Resistance"),
        NoteCategory.DECISION: _t("Decision"),
        NoteCategory.OTHER: _t("Other"),
    }


def action_statuses() -> dict[str, str]:
    return {
        ActionStatus.OPEN: _t("Open"),
        ActionStatus.IN_PROGRESS: _t("In progress"),
        ActionStatus.DONE: _t("Done"),
        ActionStatus.CANCELLED: _t("Cancelled"),
    }


def stages() -> dict[str, str]:
    return {
        ProcessStage.NEED: _t("Need"),
        ProcessStage.ALTERNATIVES: _t("Alternatives"),
        ProcessStage.CRITERIA: _t("Criteria"),
        ProcessStage.EVIDENCE: _t("Evidence"),
        ProcessStage.RISKS: _t("Risks"),
        ProcessStage.STAKEHOLDERS: _t("Stakeholders"),
        ProcessStage.DECIDE: _t("Decide"),
        ProcessStage.REVIEW: _t("Review"),
    }


def raci_letters() -> dict[str, str]:
    return {
        "R": _t("R — responsible"),
        "A": _t("A — accountable"),
        "C": _t("C — consulted"),
        "I": _t("I — informed"),
    }


def adkar() -> dict[str, str]:
    return {
        "awareness": _t("Awareness"),
        "desire": _t("Desire"),
        "knowledge": _t("Knowledge"),
        "ability": _t("Ability"),
        "reinforcement": _t("Reinforcement"),
    }


def with_none(labels: dict[str, str], none: str = "") -> list[tuple[str | None, str]]:
    """Choices for an optional field: a blank first entry, then the labelled codes."""
    return [(None, none or _t("—")), *((str(code), label) for code, label in labels.items())]
