"""Test data for the options, costs and ranking tests: evaluations inserted as documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from duediligence.decision.matrix import Matrix
from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.reads.matrix import load_matrix
from duediligence.storage.database import Database

CRM: dict[str, Any] = {
    "title": "CRM",
    "currency": "EUR",
    "horizon_years": 5,
    "discount_rate": 0.08,
    "options": [
        {
            "name": "Northwind",
            "vendor": "Northwind GmbH",
            "website": "northwind.example.com",
            "time_to_results_weeks": 10,
            "costs": [
                {"label": "Subscription", "category": "subscription", "recurrence": "yearly", "amount": 1000},
                {"label": "Set-up", "category": "implementation", "amount": 2000, "low": 1500, "high": 3000},
            ],
        },
        {"name": "Brightpath", "excluded": True, "exclusion_reason": "No EU data centre"},
        {"name": "Spreadsheet", "kind": "extend"},
    ],
    "criteria_groups": [
        {"name": "Fit", "criteria": [{"name": "Pipeline", "weight": 3}, {"name": "Mobile", "weight": 1}]}
    ],
    "scores": [
        {"option": "Northwind", "criterion": "Pipeline", "value": 8},
        {"option": "Northwind", "criterion": "Mobile", "value": 6},
        {"option": "Brightpath", "criterion": "Pipeline", "value": 9},
        {"option": "Brightpath", "criterion": "Mobile", "value": 9},
        {"option": "Spreadsheet", "criterion": "Pipeline", "value": 4},
    ],
    "risks": [{"kind": "risk", "title": "Small vendor", "option": "Northwind", "likelihood": 3, "impact": 2}],
}

NO_CRITERIA: dict[str, Any] = {
    "title": "Chairs",
    "options": [{"name": "Aeron"}, {"name": "Keep the old ones"}],
}


def insert(path: Path, *documents: dict[str, Any]) -> list[int]:
    db = Database.open(path)
    try:
        with db.transaction() as session:
            return [InsertEvaluationDocument(doc).apply(session).result for doc in documents]
    finally:
        db.close()


def stored_matrix(path: Path, evaluation_id: int) -> Matrix:
    """The evaluation's options, costs and settings as a fresh connection sees them (i.e. committed)."""
    db = Database.open(path, create=False)
    try:
        with db.reading() as session:
            return load_matrix(session, evaluation_id)
    finally:
        db.close()


def stored_names(path: Path, evaluation_id: int) -> list[str]:
    return [o.name for o in stored_matrix(path, evaluation_id).options]
