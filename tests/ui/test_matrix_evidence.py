"""A score's evidence: the details dialog edits range, confidence and sources, saved as one step."""

from __future__ import annotations

from datetime import date

import pytest
from scoring_data import book_fixture, context_fixture, shown  # noqa: F401

from ui.views.comparison.matrix_view import MatrixView
from ui.views.comparison.score_dialog import ScoreDialog


@pytest.fixture
def view(qtbot, context, book, asked):
    return shown(qtbot, MatrixView(context), book.evaluation_id)


def _current(view, criterion, option):
    rows = [c.name for c in view.model.criteria]
    columns = [o.name for o in view.model.options]
    index = view.model.index(rows.index(criterion), columns.index(option))
    view.table.setCurrentIndex(index)
    return index.row(), index.column()


def test_the_dialog_returns_the_range_and_evidence_that_changed(qtbot, view):
    row, column = _current(view, "Mobile", "Northwind")
    dialog = ScoreDialog(view.model.criteria[row], "Northwind", view.model.cell(row, column))
    qtbot.addWidget(dialog)
    dialog.low.setText("5")
    dialog.value.setText("6")
    dialog.high.setText("8")
    dialog.confidence.setCurrentIndex(dialog.confidence.findData("medium"))
    dialog.evidence.setPlainText("Offline mode shown in the trial")
    dialog.source.setText("https://example.com/mobile")
    dialog.evidence_date.set_value(date(2026, 11, 3))
    dialog.accept()
    assert dialog.result() == ScoreDialog.DialogCode.Accepted
    assert dialog.values() == {
        "low": 5.0, "value": 6.0, "high": 8.0, "confidence": "medium",
        "evidence": "Offline mode shown in the trial", "source": "https://example.com/mobile",
        "evidence_date": date(2026, 11, 3),
    }  # fmt: skip


def test_the_dialog_refuses_a_low_end_above_the_high_end_and_stays_open(qtbot, view):
    row, _column = _current(view, "Mobile", "Northwind")
    dialog = ScoreDialog(view.model.criteria[row], "Northwind", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.low.setText("8")
    dialog.high.setText("5")
    dialog.accept()
    assert dialog.isVisible()
    assert "from low to high" in dialog.problem.text()


def test_evidence_saved_from_the_dialog_is_one_undoable_step(monkeypatch, view, book, context):
    _current(view, "Pipeline", "Northwind")
    answer = {"low": 7.0, "high": 9.0, "evidence": "Reference call with Hansa", "source": "reference call"}
    monkeypatch.setattr(ScoreDialog, "ask", classmethod(lambda cls, *a: answer))
    view.edit_details()
    options, criteria = book.ids()
    cell = book.matrix().cell(options["Northwind"], criteria["Pipeline"])
    assert (cell.value, cell.low, cell.high, cell.evidence) == (8.0, 7.0, 9.0, "Reference call with Hansa")
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert book.matrix().cell(options["Northwind"], criteria["Pipeline"]).low is None


def test_a_calculated_cell_has_no_evidence_dialog(monkeypatch, view):
    asked = []
    monkeypatch.setattr(ScoreDialog, "ask", classmethod(lambda cls, *a: asked.append(a)))
    _current(view, "Time to results", "Northwind")
    view.edit_details()
    assert asked == []
