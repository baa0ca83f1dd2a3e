"""Options are added, renamed, reordered and removed as single undoable edits; bad names store nothing."""

from __future__ import annotations

import pytest
from option_data import CRM, insert, stored_matrix, stored_names
from PySide6.QtCore import Qt

from ui import dialogs_options
from ui.models.options import Col


@pytest.fixture
def crm(make_window, tmp_path):
    """(window, workbook path, evaluation id) with the Options & costs sub-tab open on the CRM."""
    path = tmp_path / "o.db"
    (evaluation_id,) = insert(path, CRM)
    window = make_window(path)
    window.evaluations.select(evaluation_id)
    view = window.evaluation_view
    view.setCurrentWidget(view.comparison)
    view.comparison.pages.setCurrentWidget(view.comparison.options)
    return window, path, evaluation_id


def editor(window):
    return window.evaluation_view.comparison.options


def select(window, name):
    options = editor(window)
    options.select_option(next(o.id for o in options.model.rows() if o.name == name))


def rename(window, name, new_name):
    options = editor(window)
    row = next(i for i, o in enumerate(options.model.rows()) if o.name == name)
    return options.model.setData(options.model.index(row, Col.NAME), new_name)


def test_adding_an_option_stores_it_with_a_default_name(crm):
    window, path, eid = crm
    editor(window).add_option()
    assert stored_names(path, eid)[-1] == "New option"


def test_a_second_new_option_gets_a_name_no_other_has(crm):
    window, path, eid = crm
    editor(window).add_option()
    editor(window).add_option()
    assert stored_names(path, eid)[-2:] == ["New option", "New option 2"]


def test_a_new_option_opens_its_name_for_typing(crm):
    window, _path, _eid = crm
    options = editor(window)
    options.add_option()
    assert options.table.state() == options.table.State.EditingState
    assert options.table.currentIndex().column() == Col.NAME
    assert options.model.rows()[options.table.currentIndex().row()].name == "New option"


def test_undo_removes_the_added_option(crm):
    window, path, eid = crm
    editor(window).add_option()
    window.context.undo_stack.undo()
    assert stored_names(path, eid) == ["Northwind", "Brightpath", "Spreadsheet"]


def test_quick_add_do_nothing_adds_an_option_of_kind_do_nothing(crm):
    window, path, eid = crm
    editor(window).path_actions["do_nothing"].trigger()
    added = stored_matrix(path, eid).options[-1]
    assert (added.name, added.kind) == ("Do nothing", "do_nothing")


def test_renaming_in_the_table_stores_the_new_name(crm):
    window, path, eid = crm
    rename(window, "Spreadsheet", "Extend the spreadsheet")
    assert "Extend the spreadsheet" in stored_names(path, eid)


def test_renaming_to_a_duplicate_name_warns_and_stores_nothing(qtbot, crm, asked):
    window, path, eid = crm
    assert rename(window, "Spreadsheet", "Northwind") is False
    qtbot.waitUntil(lambda: len(asked.warnings) == 1)
    assert "already has this name" in asked.warnings[0][1]
    assert stored_names(path, eid) == ["Northwind", "Brightpath", "Spreadsheet"]
    assert window.context.undo_stack.count() == 0


def test_an_empty_name_is_refused(qtbot, crm, asked):
    window, path, eid = crm
    rename(window, "Spreadsheet", "   ")
    qtbot.waitUntil(lambda: len(asked.warnings) == 1)
    assert "cannot be empty" in asked.warnings[0][1]
    assert stored_names(path, eid)[-1] == "Spreadsheet"


def test_choosing_a_kind_stores_its_code(crm):
    window, path, eid = crm
    options = editor(window)
    options.model.setData(options.model.index(0, Col.KIND), "build")
    assert stored_matrix(path, eid).options[0].kind == "build"


def test_ticking_excluded_stores_the_flag(crm):
    window, path, eid = crm
    options = editor(window)
    options.model.setData(
        options.model.index(2, Col.EXCLUDED), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert stored_matrix(path, eid).options[2].excluded is True


def test_ctrl_down_moves_the_option_down_and_undo_moves_it_back(qtbot, crm):
    window, path, eid = crm
    options = editor(window)
    select(window, "Northwind")
    options.table.setFocus()
    qtbot.keyClick(options.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert stored_names(path, eid) == ["Brightpath", "Northwind", "Spreadsheet"]
    moved = stored_matrix(path, eid).options[1].id
    assert options.current_option_id() == moved  # the moved option stays selected
    window.context.undo_stack.undo()
    assert stored_names(path, eid) == ["Northwind", "Brightpath", "Spreadsheet"]


def test_removing_an_option_with_scores_asks_naming_what_goes_with_it(crm, monkeypatch):
    window, _path, _eid = crm
    asked_about = []
    monkeypatch.setattr(
        dialogs_options, "confirm_remove_option", lambda _p, n, held: asked_about.append((n, held))
    )
    select(window, "Northwind")
    editor(window).remove_selected()
    assert asked_about == [("Northwind", "2 scores, 2 costs and 1 risk")]


def test_declining_the_removal_keeps_the_option(crm, monkeypatch):
    window, path, eid = crm
    monkeypatch.setattr(dialogs_options, "confirm_remove_option", lambda *_a: False)
    select(window, "Northwind")
    editor(window).remove_selected()
    assert "Northwind" in stored_names(path, eid)


def test_undo_after_removing_an_option_brings_back_its_scores_and_costs(crm, monkeypatch):
    window, path, eid = crm
    monkeypatch.setattr(dialogs_options, "confirm_remove_option", lambda *_a: True)
    before = stored_matrix(path, eid)
    select(window, "Northwind")
    editor(window).remove_selected()
    assert "Northwind" not in stored_names(path, eid)
    window.context.undo_stack.undo()
    after = stored_matrix(path, eid)
    assert (after.options, after.cells, after.costs) == (before.options, before.cells, before.costs)


def test_an_option_without_scores_or_costs_is_removed_without_asking(crm, monkeypatch):
    window, path, eid = crm
    monkeypatch.setattr(dialogs_options, "confirm_remove_option", lambda *_a: pytest.fail("asked"))
    editor(window).add_option()
    editor(window).remove_selected()
    assert "New option" not in stored_names(path, eid)


def test_editing_a_detail_field_stores_it_as_one_undo_step(crm):
    window, path, eid = crm
    details = editor(window).details
    select(window, "Northwind")
    details.contact.setText("Lena Vogt")
    details.contact.editingFinished.emit()
    assert stored_matrix(path, eid).options[0].contact == "Lena Vogt"
    assert window.context.undo_stack.count() == 1


def test_negative_time_to_results_is_refused_and_the_field_shows_the_stored_value(qtbot, crm, asked):
    window, path, eid = crm
    details = editor(window).details
    select(window, "Northwind")
    details.weeks.setText("-3")
    details.weeks.editingFinished.emit()
    qtbot.waitUntil(lambda: len(asked.warnings) == 1)
    assert "time to results" in asked.warnings[0][1] and "at least 0" in asked.warnings[0][1]
    assert stored_matrix(path, eid).options[0].time_to_results_weeks == 10
    assert details.weeks.text() == "10"


def test_the_website_link_opens_the_address_in_the_browser(crm, monkeypatch):
    window, _path, _eid = crm
    opened = []
    monkeypatch.setattr(dialogs_options, "open_url", opened.append)
    select(window, "Northwind")
    link = editor(window).details.link
    link.linkActivated.emit(link.toolTip())
    assert opened == ["https://northwind.example.com"]


def test_the_options_money_is_worked_out_when_the_tab_is_shown_not_when_the_evaluation_opens(
    make_window, tmp_path, monkeypatch
):
    from ui.views.comparison.finance_summary import FinanceSummary

    worked_out = []
    show = FinanceSummary.show_matrix
    monkeypatch.setattr(
        FinanceSummary, "show_matrix", lambda self, *args: worked_out.append(1) or show(self, *args)
    )
    path = tmp_path / "o.db"
    (evaluation_id,) = insert(path, CRM)
    window = make_window(path)
    window.evaluations.select(evaluation_id)
    view = window.evaluation_view
    view.setCurrentWidget(view.comparison)  # the score matrix shows
    assert worked_out == []
    view.comparison.pages.setCurrentWidget(view.comparison.options)
    options = editor(window)
    assert worked_out == [1]
    assert [o.name for o in options.model.rows()] == stored_names(path, evaluation_id)
    assert options.current_option_id() == options.model.rows()[0].id  # the first option, ready to edit
