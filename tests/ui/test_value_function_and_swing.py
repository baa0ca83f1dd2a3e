"""The value-function editor and swing weighting: keyboard tables, one undoable step each, explained."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from scoring_data import create_matrix_workbook, shown

from ui.models.criteria import Col
from ui.views.comparison.criteria_editor import CriteriaEditor
from ui.views.comparison.swing_dialog import SwingDialog
from ui.views.comparison.value_function_dialog import ValueFunctionDialog

LAPTOPS = {
    "title": "Laptops",
    "options": [{"name": "T14"}, {"name": "Air"}],
    "ungrouped_criteria": [
        {"name": "Battery", "scale": "measured", "unit": "h", "weight": 3},
        {"name": "Support", "scale": "measured", "weight": 1},
        {"name": "Keys", "weight": 1},
    ],
    "scores": [
        {"option": "T14", "criterion": "Battery", "value": 6},
        {"option": "Air", "criterion": "Battery", "value": 10},
        {"option": "T14", "criterion": "Keys", "value": 8},
    ],
}
BATTERY = {"kind": "piecewise", "points": [[4.0, 0.0], [8.0, 90.0], [12.0, 100.0]]}


@pytest.fixture
def book(tmp_path):
    return create_matrix_workbook(tmp_path / "laptops.db", LAPTOPS)


@pytest.fixture
def context(book):
    from ui.context import AppContext

    context = AppContext()
    context.open_workbook(book.path)
    yield context
    context.close_workbook()


@pytest.fixture
def editor(qtbot, context, book, asked):
    return shown(qtbot, CriteriaEditor(context), book.evaluation_id)


def criteria(book):
    return {c.name: c for c in book.matrix().criteria}


def select(editor, name):
    row = next(i for i, (_k, r) in enumerate(editor.model.rows()) if r is not None and r.name == name)
    editor.table.setCurrentIndex(editor.model.index(row, Col.NAME))


def type_rows(table, rows):
    table.setRowCount(len(rows))
    for r, (first, second) in enumerate(rows):
        table.setItem(r, 0, _item(first))
        table.setItem(r, 1, _item(second))


def _item(text=""):
    from PySide6.QtWidgets import QTableWidgetItem

    return QTableWidgetItem(text)


@pytest.fixture
def battery_dialog(qtbot, book):
    dialog = ValueFunctionDialog(criteria(book)["Battery"], [6.0, 10.0])
    qtbot.addWidget(dialog)
    return dialog


def test_points_typed_in_the_table_give_the_piecewise_function(battery_dialog):
    d = battery_dialog
    d.kind.setCurrentIndex(d.kind.findData("piecewise"))
    type_rows(d.points_table, [("4", "0"), ("8", "90"), ("12", "100")])
    assert d.function_json() == BATTERY
    assert d.points() == [(4.0, 0.0), (8.0, 90.0), (12.0, 100.0)]


def test_dragging_a_point_moves_it_but_never_past_its_neighbours(battery_dialog):
    d = battery_dialog
    d.kind.setCurrentIndex(d.kind.findData("piecewise"))
    type_rows(d.points_table, [("4", "0"), ("8", "90"), ("12", "100")])
    d.move_point(1, 20.0, 130.0)  # dragged far right and above the top
    x, worth = d.points()[1]
    assert (x < 12.0, worth) == (True, 100.0)


def test_points_out_of_order_are_refused_in_the_dialog_saying_which(battery_dialog):
    d = battery_dialog
    d.kind.setCurrentIndex(d.kind.findData("piecewise"))
    type_rows(d.points_table, [("8", "90"), ("4", "0")])
    d.accept()
    assert d.isVisible() is False and d.result() == 0  # not accepted
    assert "point 2: x must be above the previous point's (8)" in d.problem.text()


def test_levels_typed_in_the_table_give_the_discrete_function(battery_dialog):
    d = battery_dialog
    d.kind.setCurrentIndex(d.kind.findData("discrete"))
    type_rows(d.levels_table, [("none", "0"), ("basic", "60"), ("full", "100")])
    assert d.function_json() == {"kind": "discrete", "levels": {"none": 0.0, "basic": 60.0, "full": 100.0}}


def test_the_straight_line_without_ends_warns_that_scores_depend_on_the_options(battery_dialog):
    assert "min–max" in battery_dialog.linear_text.text()
    assert "Prefer fixed ends" in battery_dialog.linear_text.text()


def test_a_value_function_is_stored_and_undone_as_one_step(editor, book, context, monkeypatch):
    monkeypatch.setattr(ValueFunctionDialog, "ask", classmethod(lambda cls, *a: (BATTERY, "8 h is enough")))
    select(editor, "Battery")
    assert editor.function_button.isEnabled()
    editor.edit_value_function()
    battery = criteria(book)["Battery"]
    assert (battery.function.as_json(), battery.value_function_note) == (BATTERY, "8 h is enough")
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert criteria(book)["Battery"].value_function is None


def test_only_a_measured_criterion_offers_a_value_function(editor):
    select(editor, "Keys")
    assert not editor.function_button.isEnabled()


def test_the_normalisation_cell_says_which_function_and_why(qtbot, editor, book, context, monkeypatch):
    monkeypatch.setattr(ValueFunctionDialog, "ask", classmethod(lambda cls, *a: (BATTERY, "8 h is enough")))
    select(editor, "Battery")
    editor.edit_value_function()
    row = next(i for i, (_k, r) in enumerate(editor.model.rows()) if r is not None and r.name == "Battery")
    index = editor.model.index(row, Col.NORMALISATION)
    qtbot.waitUntil(lambda: str(index.data()).startswith("value function: 4 h → 0"))
    assert "Why: 8 h is enough" in index.data(Qt.ItemDataRole.ToolTipRole)


@pytest.fixture
def swing(qtbot, book):
    dialog = SwingDialog(book.matrix())
    qtbot.addWidget(dialog)
    return dialog


def test_the_swing_dialog_shows_each_criterions_worst_and_best(swing):
    rows = {swing.table.item(r, 0).text(): (swing.table.item(r, 1).text(), swing.table.item(r, 2).text())
            for r in range(swing.table.rowCount())}  # fmt: skip
    assert rows == {"Battery": ("6 h", "10 h"), "Support": ("—", "—"), "Keys": ("0", "10")}


def test_picking_the_top_swing_rates_it_100_and_the_weights_follow_the_ratings(swing):
    swing.top.setCurrentIndex(swing.top.findText("Battery"))
    swing._pick_top()
    swing.ratings[1].setValue(60)
    swing.ratings[2].setValue(40)
    assert [swing.table.item(r, 5).text() for r in range(3)] == ["50 %", "30 %", "20 %"]
    assert swing.use_button.isEnabled()


def test_an_unrated_swing_keeps_the_weights_from_being_used(swing):
    swing.top.setCurrentIndex(swing.top.findText("Battery"))
    swing._pick_top()
    assert "Support: rate its swing" in swing.problem.text()
    assert not swing.use_button.isEnabled()


def test_swing_weights_are_stored_shown_again_and_undone_as_one_step(
    qtbot, editor, book, context, monkeypatch
):
    def rate(cls, parent, matrix):
        dialog = SwingDialog(matrix, parent)
        dialog.top.setCurrentIndex(dialog.top.findText("Battery"))
        dialog._pick_top()
        dialog.ratings[1].setValue(60)
        dialog.ratings[2].setValue(40)
        dialog.reasons[0].setText("a day away from a socket")
        return dialog.operation()

    monkeypatch.setattr(SwingDialog, "ask", classmethod(rate))
    editor.swing_weights()
    stored = criteria(book)
    assert [stored[n].weight for n in ("Battery", "Support", "Keys")] == pytest.approx([0.5, 0.3, 0.2])
    again = SwingDialog(book.matrix())
    qtbot.addWidget(again)
    assert [s.value() for s in again.ratings] == [100, 60, 40]
    assert (again.top.currentText(), again.reasons[0].text()) == ("Battery", "a day away from a socket")
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert [criteria(book)[n].weight for n in ("Battery", "Support", "Keys")] == [3, 1, 1]


LEVELS = {
    **LAPTOPS,
    "ungrouped_criteria": [
        {"name": "Support", "scale": "measured", "value_function": {
            "kind": "discrete", "levels": {"none": 0, "basic": 60, "full": 100}}},
        {"name": "Battery", "scale": "measured", "unit": "h", "value_function": BATTERY,
         "value_function_note": "8 h is enough"},
    ],
    "scores": [{"option": "T14", "criterion": "Battery", "value": 6}],
}  # fmt: skip


@pytest.fixture
def matrix_view(qtbot, tmp_path, asked):
    from ui.context import AppContext
    from ui.views.comparison.matrix_view import MatrixView

    book = create_matrix_workbook(tmp_path / "levels.db", LEVELS)
    context = AppContext()
    context.open_workbook(book.path)
    view = shown(qtbot, MatrixView(context), book.evaluation_id)
    yield view, book
    context.close_workbook()


def _type_in(qtbot, view, criterion, option, text):
    from PySide6.QtWidgets import QApplication, QLineEdit

    index = view.cell_index(
        next(c.id for c in view.model.criteria if c.name == criterion),
        next(o.id for o in view.model.options if o.name == option),
    )
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    qtbot.keyClicks(view.table, text[0])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    return index


def test_a_level_typed_by_its_label_is_stored_as_its_number_and_shown_with_it(qtbot, matrix_view):
    view, book = matrix_view
    index = _type_in(qtbot, view, "Support", "Air", "Basic")
    qtbot.waitUntil(lambda: view.model.data(index) == "2 · basic")
    matrix = book.matrix()
    air = next(o.id for o in matrix.options if o.name == "Air")
    support = next(c.id for c in matrix.criteria if c.name == "Support")
    assert matrix.cells[(air, support)].value == 2
    assert "Level basic: worth 60 of 100" in view.model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_a_number_that_is_no_level_is_refused_naming_the_levels(qtbot, matrix_view, asked):
    view, _book = matrix_view
    _type_in(qtbot, view, "Support", "Air", "4")
    qtbot.waitUntil(lambda: bool(asked.warnings))
    assert (
        "4 is not a level of “Support”: type a level or its number (levels: 1 = none → 0"
        in (asked.warnings[0][1])
    )


def test_the_cell_tooltip_says_what_a_measured_score_is_worth_and_why(matrix_view):
    view, _book = matrix_view
    index = view.cell_index(
        next(c.id for c in view.model.criteria if c.name == "Battery"),
        next(o.id for o in view.model.options if o.name == "T14"),
    )
    tip = view.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "Worth 45 of 100" in tip and "value function: 4 h → 0, 8 h → 90" in tip and "8 h is enough" in tip


@pytest.mark.parametrize(
    ("levels", "typed", "said"),
    [
        ({"full": 100, "basic": 60, "none": 0}, "2", "The threshold of “Support” was not changed: criterion "
         "'Support': list the levels from worst to best"),
        ({"none": 0, "basic": 60, "full": 100}, "1.5", "The threshold of “Support” was not changed (you "
         "entered “1.5”): criterion 'Support': a must-have on levels names a level by its number, 1 to 3"),
    ],
)  # fmt: skip
def test_a_must_have_on_levels_that_would_keep_the_wrong_ones_is_refused_in_a_sentence(
    tmp_path, make_window, monkeypatch, qtbot, levels, typed, said
):
    """The threshold typed is named only when it is what is wrong, not when the levels' order is."""
    from duediligence.operations.evaluations import InsertEvaluationDocument
    from duediligence.storage.database import Database
    from ui import dialogs

    support = {
        "name": "Support",
        "scale": "measured",
        "value_function": {"kind": "discrete", "levels": levels},
    }
    doc = {"title": "Support", "options": [{"name": "A"}], "ungrouped_criteria": [support]}
    db = Database.open(tmp_path / "s.db")
    with db.transaction() as session:
        eid = InsertEvaluationDocument(doc).apply(session).result
    db.close()
    warnings: list[str] = []
    monkeypatch.setattr(dialogs, "show_warning", lambda _parent, _title, message: warnings.append(message))
    window = make_window(tmp_path / "s.db")
    window.evaluations.select(eid)
    editor = window.evaluation_view.comparison.criteria
    window.evaluation_view.setCurrentWidget(window.evaluation_view.comparison)
    window.evaluation_view.comparison.pages.setCurrentWidget(editor)
    model = editor.model
    row = next(r for r in range(model.rowCount()) if model.index(r, Col.NAME).data() == "Support")
    assert model.setData(model.index(row, Col.MUST_HAVE), True, Qt.ItemDataRole.EditRole)  # no threshold yet
    assert model.setData(model.index(row, Col.THRESHOLD), typed) is False
    qtbot.waitUntil(lambda: len(warnings) == 1)  # reported once the cell editor has closed
    assert warnings[0].startswith(said)
