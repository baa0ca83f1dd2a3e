"""The Stakeholders tab: recording a committee, the grid with drag and keys, approvals and deciding."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from people_data import EMPTY, Opened, crm_document, opened
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from duediligence.reads import people as P
from duediligence.reads.evaluations import get_evaluation
from ui.views.people import decide as decide_module
from ui.views.people.decide import DecideDialog
from ui.views.people.tab import StakeholdersTab


@pytest.fixture
def crm(tmp_path: Path, qapp: Any) -> Iterator[Opened]:
    with opened(tmp_path, crm_document()) as workbook:
        yield workbook


@pytest.fixture
def empty(tmp_path: Path, qapp: Any) -> Iterator[Opened]:
    with opened(tmp_path, EMPTY) as workbook:
        yield workbook


@pytest.fixture
def tab(qtbot: Any, crm: Any, asked: Any) -> StakeholdersTab:
    widget = StakeholdersTab(crm.context)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.set_evaluation(crm.evaluation_id)
    widget.show()
    return widget


def people(opened: Any) -> dict[str, Any]:
    return {p.name: p for p in opened.read(P.list_stakeholders, opened.evaluation_id)}


def test_a_team_records_a_six_person_committee(qtbot: Any, empty: Any, asked: Any) -> None:
    widget = StakeholdersTab(empty.context)
    qtbot.addWidget(widget)
    widget.set_evaluation(empty.evaluation_id)
    widget.show()
    widget.activateWindow()
    widget.table.view.setFocus()
    qtbot.waitUntil(widget.table.view.hasFocus)
    model = widget.model
    committee = [
        ("Ana", "5", "5"),
        ("Ben", "4", "2"),
        ("Cleo", "2", "5"),
        ("Dan", "1", "1"),
        ("Eva", "3", "3"),
    ]
    committee.append(("Finn", "2", "4"))
    for name, influence, interest in committee:
        qtbot.keyClick(widget.table.view, Qt.Key.Key_Insert)  # adds a row and opens its name for typing
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.selectAll()
        qtbot.keyClicks(editor, name)
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits a line edit on Return in a queued call
        row = model.rowCount() - 1
        qtbot.waitUntil(lambda row=row, name=name: model.index(row, 0).data() == name)
        model.setData(model.index(row, model.column_of("influence")), influence)
        model.setData(model.index(row, model.column_of("interest")), interest)
    stored = people(empty)
    assert sorted(stored) == ["Ana", "Ben", "Cleo", "Dan", "Eva", "Finn"]
    assert stored["Ben"].influence == 4 and stored["Finn"].interest == 4
    assert len(widget.grid.points()) == 6
    assert asked.warnings == []


def test_an_empty_name_and_an_influence_of_nine_are_refused_with_a_message(
    qtbot: Any, tab: Any, asked: Any, crm: Any
) -> None:
    model = tab.model
    model.setData(model.index(0, model.column_of("influence")), "9")
    qtbot.waitUntil(lambda: len(asked.warnings) == 1)
    assert asked.warnings[0][1] == "The influence was not changed (you entered “9”): must be at most 5."
    model.setData(model.index(0, model.column_of("name")), "  ")
    qtbot.waitUntil(lambda: len(asked.warnings) == 2)
    assert "name was not changed" in asked.warnings[1][1] and "cannot be empty" in asked.warnings[1][1]
    assert people(crm)["Katrin Weber"].influence == 5
    assert crm.context.undo_stack.count() == 0


def test_dragging_a_person_changes_influence_and_interest_in_one_step(qtbot: Any, tab: Any, crm: Any) -> None:
    grid = tab.grid
    jonas = people(crm)["Jonas Becker"]
    start = grid.position_of(jonas.influence, jonas.interest).toPoint()
    end = grid.position_of(4.2, 1.3).toPoint()  # snaps to influence 4, interest 1
    with qtbot.waitSignal(grid.moved):
        qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(grid, pos=(start + end) / 2)
        qtbot.mouseMove(grid, pos=end)
        qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)
    moved = people(crm)["Jonas Becker"]
    assert (moved.influence, moved.interest) == (4, 1)
    assert P.quadrant(4, 1) == P.Quadrant.KEEP_SATISFIED
    assert crm.context.undo_stack.count() == 1
    assert crm.context.undo_stack.undoText() == "Move “Jonas Becker” on the grid"
    assert tab.table.current_id() == jonas.id
    crm.context.undo_stack.undo()
    back = people(crm)["Jonas Becker"]
    assert (back.influence, back.interest) == (2, 5)


def test_a_click_without_moving_changes_nothing(qtbot: Any, tab: Any, crm: Any) -> None:
    aylin = people(crm)["Aylin Demir"]
    qtbot.mouseClick(tab.grid, Qt.MouseButton.LeftButton, pos=tab.grid.position_of(2, 4).toPoint())
    assert tab.table.current_id() == aylin.id
    assert crm.context.undo_stack.count() == 0


def test_arrow_keys_move_the_selected_person(qtbot: Any, tab: Any, crm: Any) -> None:
    aylin = people(crm)["Aylin Demir"]
    tab.table.select_id(aylin.id)
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Up)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Left)
    moved = people(crm)["Aylin Demir"]
    assert (moved.influence, moved.interest) == (3, 3)
    assert crm.context.undo_stack.count() == 2


def test_selecting_a_row_shows_the_person_s_concerns_criteria_and_raci(tab: Any, crm: Any) -> None:
    michael = people(crm)["Michael Richter"]
    tab.table.select_id(michael.id)
    assert tab.grid.selected_id() == michael.id
    assert "Michael Richter" in tab.detail.heading.text()
    assert tab.detail.concerns.toPlainText().startswith("Subscription costs")
    assert tab.detail.criteria_model.rowCount() == 15
    assert tab.detail.raci_model.index(6, 1).data() == "R — responsible"


def test_deleting_a_person_and_undoing_it(qtbot: Any, tab: Any, crm: Any) -> None:
    tab.table.select_id(people(crm)["Aylin Demir"].id)
    qtbot.keyClick(tab.table.view, Qt.Key.Key_Delete)
    assert "Aylin Demir" not in people(crm)
    assert len(tab.grid.points()) == 5
    crm.context.undo_stack.undo()
    assert "Aylin Demir" in people(crm)


def test_the_gate_names_the_missing_approval(tab: Any) -> None:
    text = tab.approvals.gate.text()
    assert "Missing before deciding" in text and "Budget release" in text and "pending" in text
    assert tab.approvals.editor.status.text() == "1 of 2 pending"


def fill(dialog: DecideDialog, option: str) -> None:
    dialog.option.setCurrentIndex(dialog.option.findText(option))
    dialog.rationale.setPlainText("Best fit for the reps, EU hosting, within budget")


def test_deciding_with_a_pending_approval_needs_a_reason(qtbot: Any, tab: Any, crm: Any) -> None:
    dialog = DecideDialog(crm.context, crm.evaluation_id, tab)
    qtbot.addWidget(dialog)
    assert "Budget release" in dialog.missing.text()
    assert dialog.decide_button.text() == "&Decide anyway"
    assert dialog.decided_by.text() == "Katrin Weber"  # the decision maker, suggested
    fill(dialog, "Northwind CRM Cloud")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and "say why you decide anyway" in dialog.error.text()
    assert crm.read(get_evaluation, crm.evaluation_id).status == "evaluating"
    dialog.override.setPlainText("Offer expires Friday; CFO agreed by phone")
    dialog.accept()
    row = crm.read(get_evaluation, crm.evaluation_id)
    assert row.status == "decided" and "Offer expires Friday" in row.rationale
    assert any("Offer expires Friday" in n.text for n in crm.read(P.timeline, crm.evaluation_id))


def test_two_approvals_tracked_to_decided(qtbot: Any, tab: Any, crm: Any, monkeypatch: Any) -> None:
    model = tab.approvals.model
    model.setData(model.index(0, model.column_of("status")), "approved")
    assert "ready to decide" in tab.approvals.gate.text()
    dialogs: list[DecideDialog] = []

    def ask(parent: Any, context: Any, evaluation_id: int) -> bool:
        dialog = DecideDialog(context, evaluation_id, parent)
        dialogs.append(dialog)
        assert dialog.override.isHidden()
        fill(dialog, "Northwind CRM Cloud")
        dialog.accept()
        return True

    monkeypatch.setattr(DecideDialog, "ask", classmethod(lambda cls, *a: ask(*a)))
    tab.approvals.decide_button.click()
    row = crm.read(get_evaluation, crm.evaluation_id)
    assert (row.status, row.decided_by) == ("decided", "Katrin Weber")
    assert tab.approvals.gate.text().endswith("Decided.</span>")
    crm.context.undo_stack.undo()
    assert crm.read(get_evaluation, crm.evaluation_id).status == "evaluating"


def test_a_refused_decision_keeps_the_dialog_open(qtbot: Any, tab: Any, crm: Any) -> None:
    dialog = DecideDialog(crm.context, crm.evaluation_id, tab)
    qtbot.addWidget(dialog)
    dialog.override.setPlainText("Because")
    dialog.accept()
    assert dialog.error.text() == "Choose the option you decided for."
    assert dialog.result() == 0


def test_decide_is_a_replaceable_function(monkeypatch: Any, tab: Any) -> None:
    calls: list[int] = []
    monkeypatch.setattr(decide_module, "decide", lambda _p, _c, eid: calls.append(eid) or False)
    qtbot_point = QPoint()
    assert qtbot_point.isNull()
    tab.approvals.decide()
    assert calls == [tab.evaluation_id]
