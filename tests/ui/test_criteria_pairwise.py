"""Pairwise comparisons: judgements are stored one undoable step each and the AHP weights follow live."""

from __future__ import annotations

import pytest
from scoring_data import create_matrix_workbook

from duediligence.decision.ahp import ahp_weights
from ui.views.comparison.pairwise_dialog import PairwiseDialog, judgement_choices, nearest_choice

THREE = {
    "title": "Laptop",
    "options": [{"name": "T14"}, {"name": "XPS"}],
    "criteria_groups": [
        {"name": "All", "criteria": [{"name": "Price"}, {"name": "Battery"}, {"name": "Weight"}]}
    ],
}


@pytest.fixture
def book(tmp_path):
    return create_matrix_workbook(tmp_path / "three.db", THREE)


@pytest.fixture
def dialog(qtbot, book, asked):
    from ui.context import AppContext

    context = AppContext()
    context.open_workbook(book.path)
    dialog = PairwiseDialog(context, book.evaluation_id)
    qtbot.addWidget(dialog)
    yield dialog
    context.close_workbook()


def _ids(book):
    return [c.id for c in book.matrix().criteria]


def test_judgements_for_three_criteria_give_the_ahp_weights(dialog, book):
    price, battery, weight = _ids(book)
    dialog.choose(price, battery, 3)
    dialog.choose(price, weight, 5)
    dialog.choose(battery, weight, 3)
    expected = ahp_weights(3, {(0, 1): 3, (0, 2): 5, (1, 2): 3})
    shown = dialog.shown_weights()
    assert [shown[name] for name in ("Price", "Battery", "Weight")] == pytest.approx(expected.weights)
    assert f"{expected.cr:.2f}" in dialog.consistency.text()


def test_a_judgement_for_b_is_stored_as_the_reciprocal(dialog, book):
    price, battery, _weight = _ids(book)
    dialog.choose(price, battery, 1 / 4)
    assert book.matrix().comparisons == {(price, battery): pytest.approx(0.25)}


def test_contradicting_judgements_show_the_consistency_warning(dialog, book):
    price, battery, weight = _ids(book)
    dialog.choose(price, battery, 9)
    dialog.choose(battery, weight, 9)
    dialog.choose(price, weight, 1 / 9)
    assert "the judgements contradict each other" in dialog.warning.text()
    assert not dialog.warning.isHidden()


def test_judgements_that_do_not_connect_all_criteria_say_so(dialog, book):
    price, battery, _weight = _ids(book)
    dialog.choose(price, battery, 3)
    assert "do not yet connect all criteria" in dialog.warning.text()
    assert "Weight" in dialog.warning.text()
    assert dialog.shown_weights() == {}


def test_an_incomplete_but_connected_set_gives_weights(dialog, book):
    price, battery, weight = _ids(book)
    dialog.choose(price, battery, 2)
    dialog.choose(battery, weight, 2)
    assert dialog.shown_weights()["Price"] == pytest.approx(4 / 7)
    assert "1 pairs not judged" in dialog.consistency.text()


def test_each_judgement_is_one_undo_step(dialog, book):
    price, battery, _weight = _ids(book)
    dialog.choose(price, battery, 3)
    dialog.choose(price, battery, 5)
    assert dialog.context.undo_stack.count() == 2
    dialog.context.undo_stack.undo()
    assert book.matrix().comparisons[(price, battery)] == 3
    assert dialog.table.cellWidget(0, 1).currentData() == 3


def test_not_compared_forgets_the_judgement(dialog, book):
    price, battery, _weight = _ids(book)
    dialog.choose(price, battery, 3)
    dialog.choose(price, battery, None)
    assert book.matrix().comparisons == {}


def test_every_stored_value_maps_back_to_its_choice():
    for row, (_label, value) in enumerate(judgement_choices()):
        assert nearest_choice(value) == row
