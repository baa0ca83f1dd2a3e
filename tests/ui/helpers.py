"""Reading a workbook independently of the window under test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from duediligence.reads.evaluations import EvaluationRow, get_evaluation, list_evaluations
from duediligence.storage.database import Database


def stored(path: Path, evaluation_id: int) -> EvaluationRow:
    """The evaluation as a fresh connection sees it (i.e. committed)."""
    db = Database.open(path, create=False)
    try:
        with db.reading() as session:
            return get_evaluation(session, evaluation_id)
    finally:
        db.close()


def stored_titles(path: Path) -> set[str]:
    db = Database.open(path, create=False)
    try:
        with db.reading() as session:
            return {row.title for row in list_evaluations(session)}
    finally:
        db.close()


def shown_titles(window: Any) -> list[str]:
    proxy = window.evaluations.proxy
    return sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount()))
