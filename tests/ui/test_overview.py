"""Each Overview edit is one stored, undoable change; refused input is reported and stores nothing."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import stored


@pytest.fixture
def crm(window, workbook):
    window.evaluations.select(workbook.ids["CRM for sales"])
    return workbook.ids["CRM for sales"]


def _edit_line(qtbot, edit, text):
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()


def test_editing_the_title_stores_it(qtbot, window, workbook, crm):
    _edit_line(qtbot, window.evaluation_view.overview.title, "CRM for the sales team")
    assert stored(workbook.path, crm).title == "CRM for the sales team"


def test_undo_restores_the_title_and_redo_reapplies_it(qtbot, window, workbook, crm):
    _edit_line(qtbot, window.evaluation_view.overview.title, "Renamed")
    window.context.undo_stack.undo()
    assert stored(workbook.path, crm).title == "CRM for sales"
    assert window.evaluation_view.overview.title.text() == "CRM for sales"
    window.context.undo_stack.redo()
    assert stored(workbook.path, crm).title == "Renamed"


def test_edit_appears_in_the_list_at_once(qtbot, window, crm):
    _edit_line(qtbot, window.evaluation_view.overview.title, "Renamed")
    assert "Renamed" in [window.evaluations.proxy.index(r, 0).data() for r in range(2)]


def test_unchanged_field_pushes_no_undo_step(window, crm):
    window.evaluation_view.overview.title.editingFinished.emit()
    assert window.context.undo_stack.count() == 0


def test_invalid_budget_warns_and_stores_nothing(qtbot, window, workbook, asked, crm):
    overview = window.evaluation_view.overview
    _edit_line(qtbot, overview.budget, "abc")
    assert len(asked.warnings) == 1
    assert "budget" in asked.warnings[0][1] and "abc" in asked.warnings[0][1]
    assert stored(workbook.path, crm).budget == 12000.0
    assert overview.budget.text() == "12,000"  # the stored budget, as the (British) locale writes it
    assert window.context.undo_stack.count() == 0


def test_negative_budget_is_refused(qtbot, window, workbook, asked, crm):
    _edit_line(qtbot, window.evaluation_view.overview.budget, "-5")
    assert "at least 0" in asked.warnings[0][1]
    assert stored(workbook.path, crm).budget == 12000.0


def test_empty_title_is_refused_and_the_field_reset(qtbot, window, workbook, asked, crm):
    overview = window.evaluation_view.overview
    _edit_line(qtbot, overview.title, "   ")
    assert "cannot be empty" in asked.warnings[0][1]
    assert overview.title.text() == "CRM for sales"


def test_clearing_the_budget_stores_no_budget(qtbot, window, workbook, crm):
    _edit_line(qtbot, window.evaluation_view.overview.budget, "")
    assert stored(workbook.path, crm).budget is None


def test_choosing_a_status_stores_it(window, workbook, crm):
    combo = window.evaluation_view.overview.status
    combo.setCurrentIndex(combo.findData("deciding"))
    combo.activated.emit(combo.currentIndex())
    assert stored(workbook.path, crm).status == "deciding"


def test_setting_a_deadline_stores_it_and_no_deadline_clears_it(window, workbook, crm):
    deadline = window.evaluation_view.overview.deadline
    deadline.none_box.click()
    deadline.date_edit.setDate(date(2030, 5, 17))
    deadline.date_edit.editingFinished.emit()
    assert stored(workbook.path, crm).deadline == date(2030, 5, 17)
    deadline.none_box.click()
    assert stored(workbook.path, crm).deadline is None


def test_archiving_hides_the_evaluation_from_the_list(window, workbook, crm):
    window.evaluation_view.overview.archived.click()
    assert stored(workbook.path, crm).archived is True
    assert window.evaluations.model.row_of(crm) is not None
    assert window.evaluations.current_id() is None


def test_choosing_decided_in_the_overview_goes_through_the_decision_dialog(window, workbook, monkeypatch):
    from ui.views.people import decide as decide_module

    asked = []
    monkeypatch.setattr(decide_module.DecideDialog, "ask", classmethod(lambda cls, p, c, e: asked.append(e)))
    window.evaluations.select(workbook.ids["CRM for sales"])
    overview = window.evaluation_view.overview
    index = overview.status.findData("decided")
    overview.status.setCurrentIndex(index)
    overview.status.activated.emit(index)  # as when the user picks it
    assert asked == [workbook.ids["CRM for sales"]]
    assert stored(workbook.path, workbook.ids["CRM for sales"]).status == "evaluating"


def test_an_evaluation_without_a_deadline_shows_no_date_left_from_the_one_before(window, workbook, crm):
    deadline = window.evaluation_view.overview.deadline
    deadline.none_box.click()
    deadline.date_edit.setDate(date(2030, 5, 17))
    deadline.date_edit.editingFinished.emit()
    window.evaluations.select(workbook.ids["Office chairs"])
    assert (deadline.none_box.isChecked(), deadline.date_edit.isEnabled()) == (True, False)
    assert deadline.date_edit.text() == "—"


def test_giving_a_deadline_where_there_was_none_starts_from_today(window, workbook, crm):
    from PySide6.QtCore import QDate

    deadline = window.evaluation_view.overview.deadline
    deadline.none_box.click()
    assert deadline.date_edit.date() == QDate.currentDate()
    assert stored(workbook.path, crm).deadline == date.today()


def test_the_kind_is_shown_in_words_not_as_its_code(window, crm):
    assert window.evaluation_view.overview.kind.text() == "General"
