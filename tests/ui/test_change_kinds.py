"""An edit says which tables it touched, and only the views computed from them re-read."""

from __future__ import annotations

from typing import Any

import pytest

from duediligence.changes import RANKING, ROBUSTNESS, Changes
from duediligence.operations.edits import UpdateRow
from duediligence.reads.people import list_stakeholders
from duediligence.reads.risks import risk_rows
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples
from ui.views.guide.navigation import show_tab


@pytest.fixture
def crm_window(make_window: Any, tmp_path: Any) -> Any:
    path = tmp_path / "crm.db"
    db = Database.open(path)
    with db.transaction() as session:
        crm = add_samples().apply(session).result[0]
    db.close()
    window = make_window(path)
    window.evaluations.select(crm)
    window.show_evaluation(crm)
    return window


def test_a_row_edit_reports_its_own_table_and_a_newer_evaluation_not_a_changed_evaluation(crm_window) -> None:
    context = crm_window.context
    evaluation_id = crm_window.evaluations.current_id()
    person = context.read(list_stakeholders, evaluation_id)[0]
    seen: list[Changes] = []
    context.changed.connect(seen.append)
    context.submit(UpdateRow("stakeholder", person.id, {"unit": "Sales ops"}), "Edit unit")
    assert seen[-1].kinds == {"stakeholder"} and seen[-1].evaluation_list
    assert not seen[-1].touches_any(RANKING, evaluation_id)
    assert seen[-1].touches_any(ROBUSTNESS, evaluation_id)  # stakeholders' own weights feed the analysis


def counting(view: Any, method: str, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original = getattr(view, method)
    monkeypatch.setattr(view, method, lambda *a, **k: (calls.append(1), original(*a, **k))[1])
    return calls


def test_a_stakeholder_edit_leaves_the_matrix_and_the_ranking_alone(crm_window, monkeypatch) -> None:
    view, context = crm_window.evaluation_view, crm_window.context
    show_tab(view, "matrix")
    matrix = counting(view.comparison.matrix, "reload", monkeypatch)
    ranking = counting(view.comparison.ranking, "refresh", monkeypatch)
    person = context.read(list_stakeholders, crm_window.evaluations.current_id())[0]
    context.submit(UpdateRow("stakeholder", person.id, {"unit": "Sales ops"}), "Edit unit")
    assert matrix == [] and ranking == []


def test_a_risk_edit_re_ranks_because_critical_checks_and_risks_adjust_the_ranking(
    crm_window, monkeypatch
) -> None:
    view, context = crm_window.evaluation_view, crm_window.context
    show_tab(view, "matrix")
    ranking = counting(view.comparison.ranking, "refresh", monkeypatch)
    risk = context.read(risk_rows, crm_window.evaluations.current_id())[0]
    context.submit(UpdateRow("risk_item", risk.id, {"note": "asked again"}), "Edit note")
    assert ranking == [1]
