"""Blocks of scores to and from a spreadsheet: copy gives TSV, paste stores all cells as one step or none."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtGui import QGuiApplication
from scoring_data import book_fixture, context_fixture, shown  # noqa: F401

from ui.views.comparison.matrix_view import MatrixView


@pytest.fixture
def view(qtbot, context, book, asked):
    return shown(qtbot, MatrixView(context), book.evaluation_id)


def _index(view, criterion, option):
    rows = [c.name for c in view.model.criteria]
    columns = [o.name for o in view.model.options]
    return view.model.index(rows.index(criterion), columns.index(option))


def _select(view, first, last):
    selection = view.table.selectionModel()
    selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
    selection.select(QItemSelection(first, last), QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_copy_puts_the_selected_block_on_the_clipboard_as_tsv(view):
    _select(view, _index(view, "Pipeline", "Brightpath"), _index(view, "Mobile", "Northwind"))
    view.copy_selection()
    assert QGuiApplication.clipboard().text() == "7\t8\n\t\n"


def test_pasting_a_2x2_block_stores_four_scores_as_one_undo_step(view, book, context):
    _select(view, _index(view, "Mobile", "Brightpath"), _index(view, "Mobile", "Brightpath"))
    view.paste("5\t6\n2\t3\n")
    assert [book.value(o, c) for c in ("Mobile", "Ease of use") for o in ("Brightpath", "Northwind")] == [
        5.0, 6.0, 2.0, 3.0,
    ]  # fmt: skip
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert [book.value(o, c) for c in ("Mobile", "Ease of use") for o in ("Brightpath", "Northwind")] == [
        None
    ] * 4


def test_pasting_a_block_with_one_bad_value_stores_nothing_and_names_the_cell(view, book, asked, context):
    _select(view, _index(view, "Mobile", "Brightpath"), _index(view, "Mobile", "Brightpath"))
    view.paste("5\t6\n2\t9\n")  # Ease of use is on a 1–5 scale
    assert "“Ease of use” × “Northwind”" in asked.warnings[0][1]
    assert book.value("Brightpath", "Mobile") is None
    assert context.undo_stack.count() == 0


def test_empty_pasted_cells_make_scores_missing(view, book):
    _select(view, _index(view, "Pipeline", "Northwind"), _index(view, "Pipeline", "Northwind"))
    view.paste("\n")
    assert book.value("Northwind", "Pipeline") is None


def test_a_block_reaching_beyond_the_matrix_is_refused(view, asked, context):
    _select(view, _index(view, "IT effort", "Northwind"), _index(view, "IT effort", "Northwind"))
    view.paste("1\n2\n")
    assert "reaches beyond the matrix" in asked.warnings[0][1]
    assert context.undo_stack.count() == 0


def test_one_value_pasted_into_a_selection_fills_every_selected_cell(view, book):
    _select(view, _index(view, "Mobile", "Brightpath"), _index(view, "Mobile", "Northwind"))
    view.paste("4\n")
    assert (book.value("Brightpath", "Mobile"), book.value("Northwind", "Mobile")) == (4.0, 4.0)
