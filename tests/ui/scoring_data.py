"""A small decision matrix for the score-matrix and criteria tests, and fresh reads of what is stored."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from duediligence.decision.matrix import Matrix
from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.reads.matrix import load_matrix
from duediligence.storage.database import Database

DOCUMENT: dict[str, Any] = {
    "title": "CRM",
    "options": [
        {"name": "Brightpath"},
        {"name": "Northwind", "time_to_results_weeks": 10},
        {"name": "Do nothing", "kind": "do_nothing", "excluded": True, "exclusion_reason": "no budget"},
    ],
    "criteria_groups": [
        {
            "name": "Fit",
            "criteria": [
                {"name": "Pipeline", "weight": 3},
                {"name": "Mobile", "weight": 1},
                {"name": "Ease of use", "weight": 2, "scale": "1-5"},
            ],
        },
        {
            "name": "Cost and time",
            "criteria": [
                {"name": "Time to results", "weight": 2, "value_source": "time_to_results"},
                {"name": "IT effort", "weight": 1, "scale": "measured", "unit": "h/month",
                 "direction": "lower"},
            ],
        },
    ],
    "scores": [
        {"option": "Brightpath", "criterion": "Pipeline", "value": 7, "low": 6, "high": 9,
         "confidence": "low", "evidence": "Seen in demo", "source": "demo", "evidence_date": "2026-10-14"},
        {"option": "Northwind", "criterion": "Pipeline", "value": 8},
        {"option": "Brightpath", "criterion": "IT effort", "value": 3},
        {"option": "Northwind", "criterion": "IT effort", "value": 30},
    ],
}  # fmt: skip


@dataclass
class MatrixWorkbook:
    path: Path
    evaluation_id: int

    def matrix(self) -> Matrix:
        """The matrix as a fresh connection sees it (i.e. committed)."""
        db = Database.open(self.path, create=False)
        try:
            with db.reading() as session:
                return load_matrix(session, self.evaluation_id)
        finally:
            db.close()

    def ids(self) -> tuple[dict[str, int], dict[str, int]]:
        """(option ids by name, criterion ids by name)."""
        matrix = self.matrix()
        return {o.name: o.id for o in matrix.options}, {c.name: c.id for c in matrix.criteria}

    def value(self, option: str, criterion: str) -> float | None:
        options, criteria = self.ids()
        cell = self.matrix().cell(options[option], criteria[criterion])
        return None if cell is None else cell.value


def create_matrix_workbook(path: Path, document: dict[str, Any] = DOCUMENT) -> MatrixWorkbook:
    db = Database.open(path)
    with db.transaction() as session:
        evaluation_id = InsertEvaluationDocument(document).apply(session).result
    db.close()
    return MatrixWorkbook(path, evaluation_id)


@pytest.fixture(name="book")
def book_fixture(tmp_path: Path) -> MatrixWorkbook:
    return create_matrix_workbook(tmp_path / "matrix.db")


@pytest.fixture(name="context")
def context_fixture(book: MatrixWorkbook) -> Iterator[Any]:
    from ui.context import AppContext

    context = AppContext()
    context.open_workbook(book.path)
    yield context
    context.close_workbook()


def shown(qtbot: Any, widget: Any, evaluation_id: int) -> Any:
    """`widget` (a MatrixView or CriteriaEditor) on screen, showing one evaluation."""
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_evaluation(evaluation_id)
    return widget
