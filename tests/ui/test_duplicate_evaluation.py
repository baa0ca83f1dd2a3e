"""Evaluation ▸ Duplicate…: a copy with everything, selected at once; Undo removes it."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import shown_titles, stored_titles

from ui import duplicate


def test_duplicate_creates_a_selected_copy_and_undo_removes_it(
    window: Any, workbook: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.evaluations.select(workbook.ids["CRM for sales"])
    asked: list[str] = []
    monkeypatch.setattr(
        duplicate, "ask_copy_title", lambda _p, title: asked.append(title) or "CRM for service"
    )
    new_id = duplicate.duplicate_evaluation(window)
    assert asked == ["CRM for sales"]
    assert window.evaluations.current_id() == new_id
    assert "CRM for service" in stored_titles(workbook.path) and "CRM for service" in shown_titles(window)
    assert window.evaluation_view.overview.isVisible()
    window.context.undo_stack.undo()
    assert "CRM for service" not in stored_titles(workbook.path)
    assert window.context.undo_stack.undoText() == ""


def test_cancelling_or_a_refused_title_changes_nothing(
    window: Any, workbook: Any, asked: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.evaluations.select(workbook.ids["CRM for sales"])
    monkeypatch.setattr(duplicate, "ask_copy_title", lambda _p, _t: None)
    assert duplicate.duplicate_evaluation(window) is None
    monkeypatch.setattr(duplicate, "ask_copy_title", lambda _p, _t: "x" * 201)
    assert duplicate.duplicate_evaluation(window) is None
    assert asked.warnings and "200" in asked.warnings[0][1]
    assert len(stored_titles(workbook.path)) == 3
