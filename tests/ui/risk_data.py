"""A workbook holding the CRM sample and a three-vendor evaluation, and a Risks tab on it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from duediligence.decision.risks import RiskSummary
from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.reads.risks import risk_summary
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples

TODAY = date(2026, 11, 22)
VENDORS = {
    "title": "Ticketing system",
    "review_after_days": 90,
    "options": [{"name": "Vendor A"}, {"name": "Vendor B"}, {"name": "Vendor C"}],
    "risks": [
        {"kind": "checklist", "option": "Vendor A", "category": "Security", "title": "Pentest report",
         "status": "ok", "critical": True, "reviewed_on": "2026-01-10"},
        {"kind": "checklist", "option": "Vendor B", "category": "Security", "title": "Pentest report",
         "status": "fails", "critical": True},
        {"kind": "risk", "title": "Vendor B is loss-making", "category": "Financial health",
         "options": ["Vendor B"], "likelihood": 3, "impact": 5},
        {"kind": "risk", "title": "Small support team", "category": "Support",
         "options": ["Vendor A", "Vendor B"], "likelihood": 2, "impact": 2, "status": "open"},
        {"kind": "risk", "title": "Old risk", "options": ["Vendor C"], "likelihood": 5, "impact": 5,
         "status": "closed"},
    ],
}  # fmt: skip


def make_workbook(path: Path) -> dict[str, int]:
    db = Database.open(path)
    try:
        with db.transaction() as session:
            crm = add_samples().apply(session).result[0]
            vendors = InsertEvaluationDocument(VENDORS).apply(session).result
    finally:
        db.close()
    return {"crm": crm, "vendors": vendors}


def stored_summary(path: Path, evaluation_id: int) -> RiskSummary:
    db = Database.open(path, create=False)
    try:
        with db.reading() as session:
            return risk_summary(session, evaluation_id, TODAY)
    finally:
        db.close()


def make_tab(qtbot: Any, path: Path, evaluation_id: int, template_folder: Path) -> Any:
    from ui.context import AppContext
    from ui.views.risks.tab import RisksTab

    context = AppContext()
    context.open_workbook(path)
    tab = RisksTab(context)
    tab.today = TODAY
    tab.template_folder = template_folder
    qtbot.addWidget(tab)
    tab.resize(1300, 850)
    tab.set_evaluation(evaluation_id)
    tab.show()
    return tab
