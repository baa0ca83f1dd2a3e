"""The buyer's words for the people and change vocabularies (roles, stances, quadrants, ADKAR…)."""

from __future__ import annotations

from duediligence.decision.people import Quadrant
from duediligence.enums import (
    ActionStatus,
    ApprovalStatus,
    BuyingRole,
    NoteCategory,
    ProcessStage,
    Stance,
)
from duediligence.i18n import translate


def buying_roles() -> dict[str, str]:
    return {
        BuyingRole.DECISION_MAKER: translate("PeopleLabels", "Decision maker"),
        BuyingRole.APPROVER: translate("PeopleLabels", "Approver"),
        BuyingRole.INFLUENCER: translate("PeopleLabels", "Influencer"),
        BuyingRole.USER: translate("PeopleLabels", "User"),
        BuyingRole.TECHNICAL_EVALUATOR: translate("PeopleLabels", "Technical evaluator"),
        BuyingRole.BUDGET_HOLDER: translate("PeopleLabels", "Budget holder"),
        BuyingRole.GATEKEEPER: translate("PeopleLabels", "Gatekeeper"),
    }


def stances() -> dict[str, str]:
    return {
        Stance.CHAMPION: translate("PeopleLabels", "Champion"),
        Stance.SUPPORTER: translate("PeopleLabels", "Supporter"),
        Stance.NEUTRAL: translate("PeopleLabels", "Neutral"),
        Stance.SKEPTIC: translate("PeopleLabels", "Sceptic"),
        Stance.BLOCKER: translate("PeopleLabels", "Blocker"),
    }


def quadrants() -> dict[str, str]:
    return {
        Quadrant.MANAGE_CLOSELY: translate("PeopleLabels", "Manage closely"),
        Quadrant.KEEP_SATISFIED: translate("PeopleLabels", "Keep satisfied"),
        Quadrant.KEEP_INFORMED: translate("PeopleLabels", "Keep informed"),
        Quadrant.MONITOR: translate("PeopleLabels", "Monitor"),
    }


def approval_statuses() -> dict[str, str]:
    return {
        ApprovalStatus.PENDING: translate("PeopleLabels", "Pending"),
        ApprovalStatus.APPROVED: translate("PeopleLabels", "Approved"),
        ApprovalStatus.REJECTED: translate("PeopleLabels", "Rejected"),
    }


def note_categories() -> dict[str, str]:
    return {
        NoteCategory.COMMUNICATION: translate("PeopleLabels", "Communication"),
        NoteCategory.TRAINING: translate("PeopleLabels", "Training"),
        NoteCategory.PROCESS_CHANGE: translate("PeopleLabels", "Process change"),
        NoteCategory.RESISTANCE: translate("PeopleLabels", "Resistance"),
        NoteCategory.DECISION: translate("PeopleLabels", "Decision"),
        NoteCategory.OTHER: translate("PeopleLabels", "Other"),
    }


def action_statuses() -> dict[str, str]:
    return {
        ActionStatus.OPEN: translate("PeopleLabels", "Open"),
        ActionStatus.IN_PROGRESS: translate("PeopleLabels", "In progress"),
        ActionStatus.DONE: translate("PeopleLabels", "Done"),
        ActionStatus.CANCELLED: translate("PeopleLabels", "Cancelled"),
    }


def stages() -> dict[str, str]:
    return {
        ProcessStage.NEED: translate("PeopleLabels", "Need"),
        ProcessStage.ALTERNATIVES: translate("PeopleLabels", "Alternatives"),
        ProcessStage.CRITERIA: translate("PeopleLabels", "Criteria"),
        ProcessStage.EVIDENCE: translate("PeopleLabels", "Evidence"),
        ProcessStage.RISKS: translate("PeopleLabels", "Risks"),
        ProcessStage.STAKEHOLDERS: translate("PeopleLabels", "Stakeholders"),
        ProcessStage.DECIDE: translate("PeopleLabels", "Decide"),
        ProcessStage.REVIEW: translate("PeopleLabels", "Review"),
    }


def raci_letters() -> dict[str, str]:
    return {
        "R": translate("PeopleLabels", "R — responsible"),
        "A": translate("PeopleLabels", "A — accountable"),
        "C": translate("PeopleLabels", "C — consulted"),
        "I": translate("PeopleLabels", "I — informed"),
    }


def adkar() -> dict[str, str]:
    return {
        "awareness": translate("PeopleLabels", "Awareness"),
        "desire": translate("PeopleLabels", "Desire"),
        "knowledge": translate("PeopleLabels", "Knowledge"),
        "ability": translate("PeopleLabels", "Ability"),
        "reinforcement": translate("PeopleLabels", "Reinforcement"),
    }


def with_none(labels: dict[str, str], none: str = "") -> list[tuple[str | None, str]]:
    """Choices for an optional field: a blank first entry, then the labelled codes."""
    return [
        (None, none or translate("PeopleLabels", "—")),
        *((str(code), label) for code, label in labels.items()),
    ]
