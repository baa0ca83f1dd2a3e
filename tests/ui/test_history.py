"""Evaluation ▸ History: every edit in the app is listed with who made it."""

from __future__ import annotations

from typing import Any

from duediligence.operations.evaluations import UpdateEvaluation
from duediligence.reads.evaluations import change_log
from ui.history import HistoryModel


def test_an_edit_in_the_app_is_logged_with_the_user(window: Any, workbook: Any, monkeypatch) -> None:
    window.context.user = "Ana"
    crm = workbook.ids["CRM for sales"]
    window.context.submit(UpdateEvaluation(crm, {"budget": 3}), "Edit budget")
    window.context.undo_stack.undo()
    rows = window.context.read(change_log, crm)
    assert [(r.user, r.action) for r in rows] == [("Ana", "Undo: Edit budget"), ("Ana", "Edit budget")]


def test_history_model_passes_the_model_tester(qtmodeltester: Any, window: Any, workbook: Any) -> None:
    crm = workbook.ids["CRM for sales"]
    window.context.submit(UpdateEvaluation(crm, {"budget": 3}), "Edit budget")
    qtmodeltester.check(HistoryModel(window.context.read(change_log, crm)))
