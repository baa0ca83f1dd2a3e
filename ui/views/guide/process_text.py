"""The buying process in the user's language: stage names, states and what is missing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from duediligence.i18n import translate

if TYPE_CHECKING:
    from duediligence.reads.process import Missing


def stage_label(stage: str) -> str:
    return {
        "need": translate("Guide", "Define the need"),
        "alternatives": translate("Guide", "Explore alternatives"),
        "criteria": translate("Guide", "Set criteria"),
        "evidence": translate("Guide", "Gather evidence"),
        "risks": translate("Guide", "Check risks"),
        "stakeholders": translate("Guide", "Involve stakeholders"),
        "decide": translate("Guide", "Decide"),
        "review": translate("Guide", "Review after purchase"),
    }.get(stage, stage)


def state_label(state: str) -> str:
    return {
        "done": translate("Guide", "Done"),
        "in_progress": translate("Guide", "In progress"),
        "not_started": translate("Guide", "Not started"),
    }.get(state, state)


def _wordings() -> dict[str, tuple[str, str]]:
    """Per code: (one, many); %1 is the count, %2 the total."""
    return {
        "need_missing": (translate("Guide", "Describe the need"), ""),
        "goals_missing": (translate("Guide", "Write down the goals"), ""),
        "budget_missing": (translate("Guide", "No budget set"), ""),
        "no_options": (translate("Guide", "No options yet"), ""),
        "no_product": (translate("Guide", "No product or vendor among the options yet"), ""),
        "one_option": (translate("Guide", "Only one option to compare"), ""),
        "no_alternative_path": (translate("Guide", "No do-nothing or build option considered"), ""),
        "no_do_nothing": (translate("Guide", "Keeping what you have is not among the options"), ""),
        "no_criteria": (translate("Guide", "No criteria yet"), ""),
        "unweighted": (translate("Guide", "%1 of %2 criteria unweighted"), ""),
        "not_compared": (translate("Guide", "%1 of %2 criteria not compared in pairs"), ""),
        "scores_missing": (translate("Guide", "%1 of %2 scores missing"), ""),
        "no_evidence": (
            translate("Guide", "1 score has no evidence"),
            translate("Guide", "%1 scores have no evidence"),
        ),
        "no_costs": (
            translate("Guide", "1 option has no costs"),
            translate("Guide", "%1 options have no costs"),
        ),
        "no_time": (
            translate("Guide", "1 option has no time to results"),
            translate("Guide", "%1 options have no time to results"),
        ),
        "checklist_open": (translate("Guide", "Checklist %1 of %2 done"), ""),
        "no_checklist": (
            translate("Guide", "1 option has no checklist"),
            translate("Guide", "%1 options have no checklist"),
        ),
        "critical_fails": (
            translate("Guide", "1 critical check fails"),
            translate("Guide", "%1 critical checks fail"),
        ),
        "risks_unassessed": (
            translate("Guide", "1 risk not assessed"),
            translate("Guide", "%1 risks not assessed"),
        ),
        "stale": (
            translate("Guide", "1 check is due for another look"),
            translate("Guide", "%1 checks are due for another look"),
        ),
        "questionnaires_overdue": (
            translate("Guide", "1 questionnaire overdue"),
            translate("Guide", "%1 questionnaires overdue"),
        ),
        "no_stakeholders": (translate("Guide", "No one in the buying committee yet"), ""),
        "no_decision_maker": (translate("Guide", "No decision maker named"), ""),
        "approvals_pending": (
            translate("Guide", "1 approval pending"),
            translate("Guide", "%1 approvals pending"),
        ),
        "approvals_rejected": (
            translate("Guide", "1 approval rejected"),
            translate("Guide", "%1 approvals rejected"),
        ),
        "sign_off_unasked": (
            translate("Guide", "1 sign-off not asked for"),
            translate("Guide", "%1 sign-offs not asked for"),
        ),
        "actions_overdue": (translate("Guide", "1 action overdue"), translate("Guide", "%1 actions overdue")),
        "no_choice": (translate("Guide", "No option chosen"), ""),
        "no_rationale": (translate("Guide", "Decision has no rationale"), ""),
        "not_decided": (translate("Guide", "Not marked as decided yet"), ""),
        "no_decision_date": (translate("Guide", "Decision date not set"), ""),
        "review_due": (
            translate("Guide", "Review due in 1 day"),
            translate("Guide", "Review due in %1 days"),
        ),
        "review_overdue": (
            translate("Guide", "Review due now"),
            translate("Guide", "Review overdue by %1 days"),
        ),
    }


def missing_text(item: Missing) -> str:
    """The item in words; an unknown code falls back to the core's English sentence."""
    wording = _wordings().get(item.code)
    if wording is None:
        return item.text[:1].upper() + item.text[1:]
    one, many = wording
    if item.code == "review_overdue":
        text = (
            one
            if item.count == 0
            else (many if item.count != 1 else translate("Guide", "Review overdue by 1 day"))
        )
    else:
        text = many if many and item.count != 1 else one
    return text.replace("%1", str(item.count)).replace("%2", str(item.total))
