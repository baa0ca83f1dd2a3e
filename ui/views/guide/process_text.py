"""The buying process in the user's language: stage names, states and what is missing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from duediligence.reads.process import Missing


def _t(text: str) -> str:
    return QCoreApplication.translate("Guide", text)


def stage_label(stage: str) -> str:
    return {
        "need": _t("Define the need"),
        "alternatives": _t("Explore alternatives"),
        "criteria": _t("Set criteria"),
        "evidence": _t("Gather evidence"),
        "risks": _t("Check risks"),
        "stakeholders": _t("Involve stakeholders"),
        "decide": _t("Decide"),
        "review": _t("Review after purchase"),
    }.get(stage, stage)


def state_label(state: str) -> str:
    return {"done": _t("Done"), "in_progress": _t("In progress"), "not_started": _t("Not started")}.get(
        state, state
    )


def _wordings() -> dict[str, tuple[str, str]]:
    """Per code: (one, many); %1 is the count, %2 the total."""
    return {
        "need_missing": (_t("Describe the need"), ""),
        "goals_missing": (_t("Write down the goals"), ""),
        "budget_missing": (_t("No budget set"), ""),
        "no_options": (_t("No options yet"), ""),
        "no_product": (_t("No product or vendor among the options yet"), ""),
        "one_option": (_t("Only one option to compare"), ""),
        "no_alternative_path": (_t("No do-nothing or build option considered"), ""),
        "no_do_nothing": (_t("Keeping what you have is not among the options"), ""),
        "no_criteria": (_t("No criteria yet"), ""),
        "unweighted": (_t("%1 of %2 criteria unweighted"), ""),
        "not_compared": (_t("%1 of %2 criteria not compared in pairs"), ""),
        "scores_missing": (_t("%1 of %2 scores missing"), ""),
        "no_evidence": (_t("1 score has no evidence"), _t("%1 scores have no evidence")),
        "no_costs": (_t("1 option has no costs"), _t("%1 options have no costs")),
        "no_time": (_t("1 option has no time to results"), _t("%1 options have no time to results")),
        "checklist_open": (_t("Checklist %1 of %2 done"), ""),
        "no_checklist": (_t("1 option has no checklist"), _t("%1 options have no checklist")),
        "critical_fails": (_t("1 critical check fails"), _t("%1 critical checks fail")),
        "risks_unassessed": (_t("1 risk not assessed"), _t("%1 risks not assessed")),
        "stale": (_t("1 check is due for another look"), _t("%1 checks are due for another look")),
        "questionnaires_overdue": (_t("1 questionnaire overdue"), _t("%1 questionnaires overdue")),
        "no_stakeholders": (_t("No one in the buying committee yet"), ""),
        "no_decision_maker": (_t("No decision maker named"), ""),
        "approvals_pending": (_t("1 approval pending"), _t("%1 approvals pending")),
        "approvals_rejected": (_t("1 approval rejected"), _t("%1 approvals rejected")),
        "sign_off_unasked": (_t("1 sign-off not asked for"), _t("%1 sign-offs not asked for")),
        "actions_overdue": (_t("1 action overdue"), _t("%1 actions overdue")),
        "no_choice": (_t("No option chosen"), ""),
        "no_rationale": (_t("Decision has no rationale"), ""),
        "not_decided": (_t("Not marked as decided yet"), ""),
        "no_decision_date": (_t("Decision date not set"), ""),
        "review_due": (_t("Review due in 1 day"), _t("Review due in %1 days")),
        "review_overdue": (_t("Review due now"), _t("Review overdue by %1 days")),
    }


def missing_text(item: Missing) -> str:
    """The item in words; an unknown code falls back to the core's English sentence."""
    wording = _wordings().get(item.code)
    if wording is None:
        return item.text[:1].upper() + item.text[1:]
    one, many = wording
    if item.code == "review_overdue":
        text = one if item.count == 0 else (many if item.count != 1 else _t("Review overdue by 1 day"))
    else:
        text = many if many and item.count != 1 else one
    return text.replace("%1", str(item.count)).replace("%2", str(item.total))
