"""The report's section on what each vendor answered to the critical (must-have) questions of its
questionnaire; left out when no option asks one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from duediligence.decision.answers import expected_words, verdict
from duediligence.formats import format_day
from duediligence.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from duediligence.decision.risks import RiskRow
    from duediligence.report.data import ReportData
    from duediligence.report.pages import Pages

STATUS_WORDS = {
    "to_review": QT_TRANSLATE_NOOP("Report", "to review"),
    "not_checked": QT_TRANSLATE_NOOP("Report", "not checked"),
    "not_applicable": QT_TRANSLATE_NOOP("Report", "not applicable"),
    "ok": QT_TRANSLATE_NOOP("Report", "ok"),
    "concern": QT_TRANSLATE_NOOP("Report", "concern"),
    "fails": QT_TRANSLATE_NOOP("Report", "fails"),
}


def answer_cell(row: RiskRow) -> str:
    if row.answer is None:
        return translate("Report", "no answer")
    unit = f" {row.answer_unit}" if row.answer_kind == "number" and row.answer_unit else ""
    return row.answer + unit


def check_cell(row: RiskRow) -> str:
    """Whether the answer meets what is required: "meets", "contradicts" or "—" (nothing to compare)."""
    meets = verdict(row.answer_kind, row.expected_answer, row.answer).meets
    if meets is None:
        return "—"
    return translate("Report", "meets") if meets else translate("Report", "contradicts")


def critical_answers(pages: Pages, data: ReportData) -> None:
    summary = data.ranking.risks
    if summary is None:
        return
    asked = [r for r in summary.risks if r.is_checklist and r.critical and r.question.strip()]
    if not asked:
        return
    pages.new_page()
    pages.heading(translate("Report", "Vendor answers to critical questions"))
    pages.paragraph(
        translate(
            "Report",
            "What each vendor answered in its due-diligence questionnaire to the questions marked critical, "
            "against what is required; the buyer's verdict is the checklist status.",
        ),
        9.5,
        color="#666666",
    )
    for option in summary.options:
        mine = [r for r in asked if option.option_id in r.option_ids]
        if not mine:
            continue
        pages.heading(option.name, 12)
        rows = [
            (
                r.title,
                expected_words(r.answer_kind, r.expected_answer, r.answer_unit) or "—",
                answer_cell(r),
                format_day(r.answered_on) or "—",
                check_cell(r),
                translate("Report", STATUS_WORDS.get(r.status, r.status.replace("_", " "))),
            )
            for r in mine
        ]
        pages.table(
            (
                translate("Report", "Question"),
                translate("Report", "Required"),
                translate("Report", "Answer"),
                translate("Report", "Received"),
                translate("Report", "Check"),
                translate("Report", "Status"),
            ),
            rows,
            (0.33, 0.17, 0.14, 0.11, 0.13, 0.12),
        )
        for r in mine:
            if r.answer_comment:
                pages.paragraph(f"{r.title}: {r.answer_comment}", 8.5, color="#666666")
