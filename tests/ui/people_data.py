"""A workbook holding the CRM sample (six-person committee, two approvals, a change plan) for the people
and change tab tests, opened in an AppContext with an English (UK) locale and a fixed today."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale

from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.storage.database import Database

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "10-crm-software.json"
TODAY = date(2026, 11, 22)


@dataclass
class Opened:
    context: Any
    evaluation_id: int
    path: Path

    def read(self, query: Any, *args: Any) -> Any:
        return self.context.read(query, *args)


def crm_document() -> dict[str, Any]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


@contextmanager
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def open_with(tmp_path: Path, document: dict[str, Any]) -> Opened:
    from ui.context import AppContext

    path = tmp_path / "people.db"
    db = Database.open(path)
    with db.transaction() as session:
        evaluation_id = InsertEvaluationDocument(document).apply(session).result
    db.close()
    context = AppContext()
    context.open_workbook(path)
    return Opened(context, evaluation_id, path)


EMPTY = {"title": "Chairs", "options": [{"name": "Desk chair"}]}


@contextmanager
def opened(tmp_path: Path, document: dict[str, Any]) -> Iterator[Opened]:
    """The document in a fresh workbook, open in an AppContext, with an English (UK) locale."""
    with english():
        workbook = open_with(tmp_path, document)
        try:
            yield workbook
        finally:
            workbook.context.close_workbook()
