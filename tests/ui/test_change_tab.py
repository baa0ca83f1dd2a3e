"""The Change tab: the timeline with links, overdue actions standing out, ADKAR readiness with history,
and the decision record with the post-purchase review."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from people_data import TODAY, Opened, crm_document, opened
from PySide6.QtCore import Qt

from duediligence.reads import people as P
from ui.models.actions import ActionsModel
from ui.models.notes import NotesModel
from ui.models.readiness import ReadinessModel
from ui.views.change.links import NoteLinksDialog
from ui.views.change.tab import ChangeTab


@pytest.fixture
def crm(tmp_path: Path, qapp: Any) -> Iterator[Opened]:
    with opened(tmp_path, crm_document()) as workbook:
        yield workbook


@pytest.fixture
def tab(qtbot: Any, crm: Opened, asked: Any) -> ChangeTab:
    widget = ChangeTab(crm.context)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.set_evaluation(crm.evaluation_id)
    widget.show()
    return widget


def test_the_change_models_pass_the_model_tester(qtmodeltester: Any, crm: Opened) -> None:
    notes, actions, readiness = NotesModel(), ActionsModel(), ReadinessModel()
    notes.set_rows(crm.read(P.timeline, crm.evaluation_id))
    actions.set_rows(crm.read(P.list_actions, crm.evaluation_id, TODAY))
    readiness.set_rows(crm.read(P.list_readiness, crm.evaluation_id))
    for model in (notes, actions, readiness):
        qtmodeltester.check(model)


def test_notes_are_newest_first_with_what_they_concern(tab: ChangeTab) -> None:
    model = tab.notes.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "19/11/2026", "10/11/2026", "21/10/2026", "15/09/2026",
    ]  # fmt: skip
    assert model.index(1, model.column_of("category")).data() == "Training"
    assert "Northwind CRM Cloud" in model.index(1, model.column_of("links")).data()


def test_the_overdue_action_stands_out(tab: ChangeTab) -> None:
    model = tab.actions.model
    late = [r for r in range(model.rowCount()) if model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole)]
    assert [model.index(r, 0).data() for r in late] == [
        "Get the SLA draft from Kessler IT for OpenLedger support"
    ]
    assert model.index(late[0], 0).data(Qt.ItemDataRole.ToolTipRole).endswith("Overdue by 9 days")
    assert model.index(late[0], 0).data(Qt.ItemDataRole.FontRole).bold()
    assert "1 overdue" in tab.actions.editor.status.text()


def test_an_action_becomes_overdue_after_its_due_date(tab: ChangeTab) -> None:
    tab.today = lambda: date(2026, 12, 5)
    tab.reload()
    assert tab.actions.model.overdue_count() == 2  # the cost comparison was due on 4 December


def test_a_due_date_in_an_impossible_format_is_refused(
    qtbot: Any, tab: ChangeTab, crm: Opened, asked: Any
) -> None:
    model = tab.actions.model
    due = model.column_of("due_date")
    model.setData(model.index(0, due), "31/02/2026")
    qtbot.waitUntil(lambda: len(asked.warnings) == 1)
    assert asked.warnings[0][1] == (
        "The due date was not changed (you entered “31/02/2026”): is not a day in the calendar."
    )
    sla = model.row_at(0)
    assert sla.due_date == date(2026, 11, 13)
    model.setData(model.index(0, due), "20/11/2026")
    stored = {a.id: a.due_date for a in crm.read(P.list_actions, crm.evaluation_id, TODAY)}
    assert stored[sla.id] == date(2026, 11, 20)


def test_marking_an_action_done_dates_it_and_it_is_no_longer_overdue(tab: ChangeTab, crm: Opened) -> None:
    model = tab.actions.model
    model.today = lambda: TODAY
    row = next(r for r in range(model.rowCount()) if model.row_at(r).overdue)
    model.setData(model.index(row, model.column_of("status")), "done")
    done = next(
        a for a in crm.read(P.list_actions, crm.evaluation_id, TODAY) if a.title.startswith("Get the SLA")
    )
    assert (done.status, done.done_on, done.overdue) == ("done", TODAY, False)
    assert tab.actions.model.overdue_count() == 0
    crm.context.undo_stack.undo()
    assert tab.actions.model.overdue_count() == 1


def test_adding_a_note_and_choosing_what_it_concerns(
    qtbot: Any, tab: ChangeTab, crm: Opened, monkeypatch: Any
) -> None:
    tab.notes.add()
    new = crm.read(P.timeline, crm.evaluation_id)[0]
    assert (new.noted_on, new.category, new.text) == (TODAY, "other", "New note")
    editor = tab.notes.editor
    assert editor.current_id() == new.id
    people = dict((name, i) for i, name in tab.notes.people)
    options = dict((name, i) for i, name in tab.notes.options)
    chosen = ([people["Aylin Demir"]], [options["Northwind CRM Cloud"]])
    monkeypatch.setattr(NoteLinksDialog, "ask", classmethod(lambda cls, *a: chosen))
    tab.notes.edit_links()
    linked = crm.read(P.timeline, crm.evaluation_id)[0]
    assert (linked.stakeholders, linked.options) == (("Aylin Demir",), ("Northwind CRM Cloud",))
    assert crm.context.undo_stack.count() == 2
    crm.context.undo_stack.undo()
    crm.context.undo_stack.undo()
    assert len(crm.read(P.timeline, crm.evaluation_id)) == 4


def test_the_links_dialog_returns_what_is_checked(qtbot: Any) -> None:
    dialog = NoteLinksDialog([(1, "Ana"), (2, "Ben")], [(7, "Cloud")], [2], [])
    qtbot.addWidget(dialog)
    dialog.options.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen() == ([2], [7])


def test_readiness_shows_the_latest_per_group_with_barrier_and_history(tab: ChangeTab) -> None:
    panel = tab.readiness
    model = panel.latest_model
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups == ["Field sales", "Inside sales", "Customer service", "Management"]
    assert model.index(0, model.column_of("barrier")).data() == "Knowledge"
    assert model.index(0, model.column_of("knowledge")).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert panel.history_model.rowCount() == 2  # Field sales, selected first, was assessed twice
    assert "History of Field sales" in panel.history.heading.text()
    assert "Adoption readiness 2.5 of 5" in panel.summary.text()


def test_reassessing_adds_todays_assessment_starting_from_the_latest(tab: ChangeTab, crm: Opened) -> None:
    panel = tab.readiness
    panel.reassess()
    field_sales = crm.read(P.readiness_by_group, crm.evaluation_id)[0]
    assert (len(field_sales.history), field_sales.latest.assessed_on) == (3, TODAY)
    assert field_sales.latest.scores == field_sales.history[1].scores
    model = panel.latest_model
    model.setData(model.index(0, model.column_of("knowledge")), "4")
    assert crm.read(P.readiness_by_group, crm.evaluation_id)[0].barrier == "ability"


def test_a_readiness_score_of_nine_is_refused(qtbot: Any, tab: ChangeTab, asked: Any) -> None:
    model = tab.readiness.latest_model
    model.setData(model.index(0, model.column_of("desire")), "9")
    qtbot.waitUntil(lambda: len(asked.warnings) == 1)
    assert "desire was not changed" in asked.warnings[0][1] and "at most 5" in asked.warnings[0][1]


def test_the_review_compares_actual_with_expected(qtbot: Any, tab: ChangeTab, crm: Opened) -> None:
    from duediligence.operations.evaluations import UpdateEvaluation

    northwind = next(i for i, name in tab.notes.options if name == "Northwind CRM Cloud")
    values = {"chosen_option_id": northwind, "decided_on": "2026-12-10", "status": "decided"}
    crm.context.submit(UpdateEvaluation(crm.evaluation_id, values), "decide")
    panel = tab.decision
    assert "Chosen: Northwind CRM Cloud" in panel.summary.text()
    expected = crm.read(P.decision_record, crm.evaluation_id).expected_cost
    panel.actual_cost.setText(str(round(expected * 1.1)))
    panel.actual_cost.editingFinished.emit()
    panel.actual_weeks.setText("12")
    panel.actual_weeks.editingFinished.emit()
    panel.satisfaction.setCurrentIndex(panel.satisfaction.findData(4))
    panel.satisfaction.activated.emit(panel.satisfaction.currentIndex())
    record = crm.read(P.decision_record, crm.evaluation_id)
    assert (record.review.satisfaction, record.weeks_variance) == (4, 2)
    assert record.cost_variance_share == pytest.approx(0.1, abs=0.001)
    assert "over (10 %)" in panel.cost_compare.text()
    assert "2 later" in panel.weeks_compare.text()


def test_a_negative_actual_cost_is_refused(qtbot: Any, tab: ChangeTab, crm: Opened, asked: Any) -> None:
    tab.decision.actual_cost.setText("-5")
    tab.decision.actual_cost.editingFinished.emit()
    qtbot.waitUntil(lambda: len(asked.warnings) == 1)
    assert "actual cost was not changed" in asked.warnings[0][1]
    assert crm.read(P.decision_record, crm.evaluation_id).review is None
    assert tab.decision.actual_cost.text() == ""
