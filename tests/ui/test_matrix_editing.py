"""Typing in the score matrix: each entry is one stored, undoable step; refused input stores nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from scoring_data import book_fixture, context_fixture, shown  # noqa: F401

from ui.views.comparison.matrix_view import MatrixView


@pytest.fixture
def view(qtbot, context, book, asked):
    return shown(qtbot, MatrixView(context), book.evaluation_id)


def _go(view, criterion, option):
    options, criteria = view.model.options, view.model.criteria
    index = view.cell_index(
        next(c.id for c in criteria if c.name == criterion), next(o.id for o in options if o.name == option)
    )
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    return index


def _type(qtbot, view, text):
    """Type like a user: the first key opens the editor, Enter commits (queued by Qt)."""
    qtbot.keyClicks(view.table, text[0])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)


def test_typing_a_score_stores_it(qtbot, view, book):
    _go(view, "Mobile", "Brightpath")
    _type(qtbot, view, "6")
    assert book.value("Brightpath", "Mobile") == 6.0


def test_undo_after_typing_restores_the_missing_score(qtbot, view, book, context):
    _go(view, "Mobile", "Brightpath")
    _type(qtbot, view, "6")
    context.undo_stack.undo()
    assert book.value("Brightpath", "Mobile") is None
    assert view.model.data(view.table.currentIndex()) == "—"


def test_enter_moves_down_to_the_next_criterion(qtbot, view):
    _go(view, "Mobile", "Brightpath")
    _type(qtbot, view, "6")
    assert view.model.criteria[view.table.currentIndex().row()].name == "Ease of use"


def test_a_decimal_is_read_with_the_users_decimal_sign(qtbot, view, book):
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        _go(view, "Mobile", "Brightpath")
        _type(qtbot, view, "6,5")
    finally:
        QLocale.setDefault(before)
    assert book.value("Brightpath", "Mobile") == 6.5


def test_delete_clears_a_score_to_missing_not_zero(qtbot, view, book):
    _go(view, "Pipeline", "Northwind")
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert book.value("Northwind", "Pipeline") is None


def test_delete_in_the_matrix_never_deletes_the_evaluation(qtbot, make_window, book, asked):
    window = make_window(book.path)
    window.evaluations.select(book.evaluation_id)
    window.evaluation_view.setCurrentWidget(window.evaluation_view.comparison)
    view = window.evaluation_view.comparison.matrix
    _go(view, "Pipeline", "Northwind")
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert book.value("Northwind", "Pipeline") is None
    assert book.matrix().title == "CRM"


def test_text_in_a_score_cell_is_refused_with_a_warning_and_nothing_stored(qtbot, view, book, asked, context):
    _go(view, "Pipeline", "Northwind")
    _type(qtbot, view, "abc")
    qtbot.waitUntil(lambda: bool(asked.warnings))
    assert "“abc” is not a number" in asked.warnings[0][1]
    assert book.value("Northwind", "Pipeline") == 8.0
    assert context.undo_stack.count() == 0


def test_a_score_outside_its_scale_is_refused(qtbot, view, book, asked):
    _go(view, "Mobile", "Northwind")
    _type(qtbot, view, "12")
    qtbot.waitUntil(lambda: bool(asked.warnings))
    assert "outside the scale" in asked.warnings[0][1] and "0 to 10" in asked.warnings[0][1]
    assert book.value("Northwind", "Mobile") is None


def test_a_refused_entry_keeps_the_cell_current(qtbot, view, asked):
    index = _go(view, "Mobile", "Northwind")
    _type(qtbot, view, "12")
    qtbot.waitUntil(lambda: bool(asked.warnings))
    assert view.table.currentIndex() == index


def test_a_value_outside_the_recorded_range_is_refused(qtbot, view, book, asked):
    _go(view, "Pipeline", "Brightpath")
    _type(qtbot, view, "4")
    qtbot.waitUntil(lambda: bool(asked.warnings))
    assert "outside the range 6–9" in asked.warnings[0][1]
    assert book.value("Brightpath", "Pipeline") == 7.0


def test_a_calculated_cell_opens_no_editor(qtbot, view):
    _go(view, "Time to results", "Northwind")
    qtbot.keyClicks(view.table, "5")
    assert not isinstance(QApplication.focusWidget(), QLineEdit)


def test_the_current_cell_stays_put_when_another_edit_refreshes_the_matrix(qtbot, view, context, book):
    from duediligence.operations.edits import UpdateRow

    index = _go(view, "IT effort", "Northwind")
    _options, criteria = book.ids()
    context.submit(UpdateRow("criterion", criteria["Mobile"], {"name": "Mobile app"}), "rename")
    assert view.table.currentIndex() == index
    assert view.model.headerData(1, Qt.Orientation.Vertical) == "Mobile app"


def test_choosing_a_missing_score_policy_stores_it(view, book):
    combo = view.missing_policy
    combo.setCurrentIndex(combo.findData("worst"))
    combo.activated.emit(combo.currentIndex())
    assert book.matrix().missing_policy == "worst"


def test_typing_into_a_calculated_row_says_where_its_inputs_are_entered(qtbot, view, book):
    _go(view, "Time to results", "Brightpath")
    qtbot.keyClicks(view.table, "5")
    assert view.table.hint == (
        "“Time to results” is calculated from each option's time to results: enter it under "
        "Options & scores ▸ Options & costs."
    )
    assert not isinstance(QApplication.focusWidget(), QLineEdit)


def test_each_row_shows_its_scale_and_calculated_rows_say_so(view):
    from ui.models.matrix import SCALE_ROLE

    scales = [
        view.model.headerData(r, Qt.Orientation.Vertical, SCALE_ROLE) for r in range(view.model.rowCount())
    ]
    assert scales == ["0–10", "0–10", "1–5", "calculated", "h/month"]


def test_a_refused_score_names_the_cell_it_was_typed_into(qtbot, view, asked):
    _go(view, "Pipeline", "Northwind")
    _type(qtbot, view, "heavy")
    qtbot.waitUntil(lambda: bool(asked.warnings))
    assert asked.warnings[0][1].startswith("“Pipeline” × “Northwind”: “heavy” is not a number")
