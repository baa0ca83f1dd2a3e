"""A workbook with one evaluation whose two vendors are asked questions, for the questionnaire page."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from duediligence.operations.documents import insert_document
from duediligence.storage.database import Database

TODAY = date(2026, 12, 4)


def _checks(option: str) -> list[dict[str, Any]]:
    return [
        {"kind": "checklist", "option": option, "category": "Data protection", "title": "EU data residency",
         "critical": True, "status": "not_checked", "question": "Is all customer data stored only in the EU?",
         "answer_kind": "yes_no", "expected_answer": "yes"},
        {"kind": "checklist", "option": option, "category": "Contract", "title": "Availability SLA",
         "critical": True, "status": "not_checked", "question": "What monthly availability do you commit to?",
         "answer_kind": "number", "answer_unit": "%", "expected_answer": ">= 99.9"},
        {"kind": "checklist", "option": option, "category": "References", "title": "Reference calls",
         "status": "not_checked"},
    ]  # fmt: skip


DOCUMENT = {
    "title": "CRM",
    "options": [
        {"name": "Northwind CRM", "vendor": "Northwind Software GmbH"},
        {"name": "Rival Suite", "vendor": "Rivalcorp"},
        {"name": "Build it", "kind": "build"},
    ],
    "risks": [*_checks("Northwind CRM"), *_checks("Rival Suite")],
}


def make_workbook(path: Path) -> int:
    db = Database.open(path)
    try:
        with db.transaction() as session:
            return insert_document(session, DOCUMENT)
    finally:
        db.close()


def make_view(qtbot: Any, path: Path, evaluation_id: int) -> Any:
    from ui.context import AppContext
    from ui.views.questionnaires.view import QuestionnairesView

    context = AppContext()
    context.open_workbook(path)
    view = QuestionnairesView(context)
    view.today = TODAY
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    view.set_evaluation(evaluation_id)
    return view
