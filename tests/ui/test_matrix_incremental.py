"""A score edit updates the shown matrix and ranking in place (no reload of every cell), and what they
show is exactly what a full reload shows, through edits, undo and redo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from duediligence.operations.edits import SetScore, UpdateRow
from duediligence.reads.matrix import load_matrix
from duediligence.reads.ranking import evaluation_ranking
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples
from ui.models.matrix import CELL_ROLE, EVIDENCE_ROLE, ScoreMatrixModel
from ui.views.guide.navigation import show_tab

CLEARED = {"value": None, "low": None, "high": None}
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.AccessibleTextRole,
    EVIDENCE_ROLE,
    CELL_ROLE,
)


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
    show_tab(window.evaluation_view, "matrix")
    return window


def shown(model: ScoreMatrixModel) -> list[Any]:
    """Everything the matrix shows: every cell in the roles above plus its look, and both headers."""
    cells = []
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            font = index.data(Qt.ItemDataRole.FontRole)
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            cells.append(
                (
                    *(index.data(role) for role in ROLES),
                    font is not None and font.italic(),
                    None if foreground is None else foreground.color().name(),
                    None if background is None else background.color().name(),
                    model.flags(index),
                )
            )
    for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount()),
                               (Qt.Orientation.Vertical, model.rowCount())):  # fmt: skip
        for section in range(count):
            cells.append(tuple(model.headerData(section, orientation, role) for role in
                               (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)))  # fmt: skip
    return cells


def reloaded(context: Any, evaluation_id: int) -> list[Any]:
    """What a freshly built model shows for the evaluation as stored now."""
    model = ScoreMatrixModel()
    matrix = context.read(load_matrix, evaluation_id)
    model.set_matrix(matrix, context.read(evaluation_ranking, evaluation_id))
    return shown(model)


def counting(view: Any, method: str, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original = getattr(view, method)
    monkeypatch.setattr(view, method, lambda *a, **k: (calls.append(1), original(*a, **k))[1])
    return calls


def test_score_edits_undo_and_redo_update_the_matrix_in_place_exactly_as_a_reload_shows_it(
    crm_window: Any, qtlog: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = crm_window.context
    evaluation_id = crm_window.evaluations.current_id()
    view = crm_window.evaluation_view.comparison.matrix
    model = view.model
    model.flip_hint = None  # a fresh model has no robustness hints to compare with
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    reloads = counting(view, "reload", monkeypatch)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    assert shown(model) == reloaded(context, evaluation_id)
    edits = [
        SetScore(1, 1, {"value": 3.0}),
        SetScore(1, 2, CLEARED),  # missing, not zero
        SetScore(1, 8, {"value": 0.0}),  # Northwind fails the must-have: its column shows it excluded
        SetScore(3, 14, {"value": 21.0}),  # a min–max criterion
        SetScore(2, 13, {"value": 8.0}),  # a new cell
    ]
    for operation in edits:
        context.submit(operation, "Edit score")
        assert shown(model) == reloaded(context, evaluation_id)
    for _ in edits:
        context.undo_stack.undo()
        assert shown(model) == reloaded(context, evaluation_id)
    for _ in edits:
        context.undo_stack.redo()
        assert shown(model) == reloaded(context, evaluation_id)
    assert reloads == [] and resets == []
    failures = [r.message for r in qtlog.records if "FAIL" in r.message]
    assert tester is not None and failures == []


def test_typing_a_score_repaints_only_its_cell_and_the_ranking_follows(crm_window: Any) -> None:
    context = crm_window.context
    evaluation_id = crm_window.evaluations.current_id()
    comparison = crm_window.evaluation_view.comparison
    model = comparison.matrix.model
    index = comparison.matrix.cell_index(1, 3)  # criterion 1 for option 3
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), a.column(), b.row(), b.column())))
    assert model.setData(index, "2")
    assert changed == [(index.row(), index.column(), index.row(), index.column())]
    assert index.data() == "2"
    assert comparison.ranking.ranking == context.read(evaluation_ranking, evaluation_id)


def test_any_other_edit_of_what_the_matrix_shows_reads_it_again(crm_window: Any, monkeypatch: Any) -> None:
    context = crm_window.context
    view = crm_window.evaluation_view.comparison.matrix
    reloads = counting(view, "reload", monkeypatch)
    context.submit(UpdateRow("option", 1, {"name": "Northwind CRM Cloud 2"}), "Rename")
    assert reloads == [1]
    assert view.model.headerData(0, Qt.Orientation.Horizontal).replace("\n", " ").startswith("Northwind")
