"""Every table model stands on the one base (ui.models.table), which keeps the user's place across the
reload after each edit, and every model keeps Qt's model contract while the app is used."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

import ui.models
from duediligence.operations.edits import SetScore, UpdateRow
from duediligence.reads.matrix import load_matrix
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples
from ui.models.table import Refusal, TableModel
from ui.views.guide.navigation import TAB_KEYS, Place, show_place, show_tab


def model_classes() -> list[type]:
    found = []
    for info in pkgutil.iter_modules(ui.models.__path__):
        module = importlib.import_module(f"ui.models.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, QAbstractItemModel):
                found.append(cls)
    return found


def test_every_model_in_ui_models_is_built_on_the_one_base_or_is_a_proxy_over_one() -> None:
    classes = model_classes()
    assert len(classes) >= 20
    assert [c.__name__ for c in classes if not issubclass(c, TableModel | QAbstractProxyModel)] == []


@dataclass(frozen=True)
class Row:
    id: int
    name: str


class Names(TableModel):
    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        return row.name if row is not None and role == Qt.ItemDataRole.DisplayRole else None


def names(qtbot: Any, rows: list[Row]) -> Names:
    model = Names(headers=["Name"])
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.set_rows(rows)
    return model


def test_the_same_rows_again_update_in_place_without_a_reset(qtbot: Any) -> None:
    model = names(qtbot, [Row(1, "a"), Row(2, "b")])
    kept = QPersistentModelIndex(model.index(1, 0))
    with qtbot.assertNotEmitted(model.modelReset):
        assert model.set_rows([Row(1, "a"), Row(2, "B")]) is False
    assert kept.row() == 1 and kept.data() == "B"


def test_reordered_rows_carry_the_current_index_with_them(qtbot: Any) -> None:
    model = names(qtbot, [Row(1, "a"), Row(2, "b"), Row(3, "c")])
    kept = QPersistentModelIndex(model.index(0, 0))
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_rows([Row(2, "b"), Row(3, "c"), Row(1, "a")])
    assert kept.row() == 2 and kept.data() == "a"


def test_a_row_added_or_removed_resets_the_model(qtbot: Any) -> None:
    model = names(qtbot, [Row(1, "a")])
    with qtbot.waitSignal(model.modelReset):
        assert model.set_rows([Row(1, "a"), Row(2, "b")]) is True
    assert model.rowCount() == 2 and model.row_of(2) == 1 and model.row_of(3) is None


def test_new_headers_reset_the_model_and_are_shown(qtbot: Any) -> None:
    model = names(qtbot, [Row(1, "a")])
    with qtbot.waitSignal(model.modelReset):
        model.set_rows([Row(1, "a")], ["Title", "Note"])
    assert model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Note"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None


def test_an_edit_and_a_refusal_are_handed_on_the_same_way(qtbot: Any) -> None:
    model = names(qtbot, [Row(1, "a")])
    handed: list[tuple[Any, ...]] = []
    model.commit = lambda *args: handed.append(args) or True
    assert model.hand_on("operation", "Edit name") is True
    assert model.refuse("“x” is not a number.") is False
    assert handed == [("operation", "Edit name"), (Refusal("“x” is not a number."), "")]


def test_without_a_view_to_hand_to_an_edit_is_not_stored(qtbot: Any) -> None:
    assert names(qtbot, [Row(1, "a")]).hand_on("operation", "Edit name") is False


@pytest.fixture
def sample_window(make_window: Any, tmp_path: Any) -> Any:
    path = tmp_path / "samples.db"
    db = Database.open(path)
    with db.transaction() as session:
        add_samples().apply(session)
    db.close()
    return make_window(path)


def test_every_model_keeps_the_model_contract_through_tabs_edits_undo_and_redo(
    qtbot: Any, qtlog: Any, sample_window: Any
) -> None:
    window = sample_window
    models = [m for m in window.findChildren(QAbstractItemModel) if isinstance(m, TableModel)]
    assert len(models) >= 15
    testers = [
        QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Warning) for m in models
    ]
    view, context = window.evaluation_view, window.context
    evaluation_id = window.evaluations.current_id()
    matrix = context.read(load_matrix, evaluation_id)
    option, criterion = matrix.options[0], next(c for c in matrix.criteria if c.value_source == "manual")
    for key in TAB_KEYS:
        show_tab(view, key)
    context.submit(SetScore(option.id, criterion.id, {"value": None, "low": None, "high": None}), "Clear")
    context.submit(UpdateRow("option", option.id, {"name": "Renamed"}), "Rename")
    for _ in range(2):
        context.undo_stack.undo()
    for _ in range(2):
        context.undo_stack.redo()
    for key in TAB_KEYS:
        show_tab(view, key)
    qtbot.waitUntil(lambda: True)
    failures = [r.message for r in qtlog.records if "FAIL" in r.message]
    assert len(testers) == len(models) and failures == []


def test_a_find_out_next_item_opens_its_score_cell_in_the_matrix(qtbot: Any, sample_window: Any) -> None:
    view = sample_window.evaluation_view
    matrix = view.comparison.matrix
    show_tab(view, "matrix")
    criterion, option = matrix.model.criteria[-1], matrix.model.options[-1]
    view.comparison.robustness.cell_requested.emit(criterion.id, option.id)
    current = matrix.table.currentIndex()
    assert view.comparison.pages.currentWidget() is matrix
    assert (matrix.model.criteria[current.row()].id, matrix.model.options[current.column()].id) == (
        criterion.id,
        option.id,
    )


def test_a_place_in_a_hidden_or_unknown_tab_is_not_shown(sample_window: Any) -> None:
    from ui.views.guide.quick_mode import apply_quick_mode

    view = sample_window.evaluation_view
    apply_quick_mode(view, True)
    assert not show_place(view, Place("stakeholder", 1))
    assert not show_place(view, Place("nowhere"))


class RowsAlone(Names):
    shows_rows_alone = True


def changed_ranges(model: TableModel) -> list[tuple[int, int, int, int]]:
    ranges: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: ranges.append((a.row(), a.column(), b.row(), b.column())))
    return ranges


def test_a_model_that_shows_its_rows_alone_repaints_only_the_rows_that_differ(qtbot: Any) -> None:
    model = RowsAlone(headers=["Name", "Note"])
    model.set_rows([Row(1, "a"), Row(2, "b"), Row(3, "c"), Row(4, "d"), Row(5, "e")])
    ranges = changed_ranges(model)
    model.set_rows([Row(1, "a"), Row(2, "B"), Row(3, "C"), Row(4, "d"), Row(5, "E")])
    assert ranges == [(1, 0, 1, 1), (2, 0, 2, 1), (4, 0, 4, 1)]
    assert [model.index(r, 0).data() for r in range(5)] == ["a", "B", "C", "d", "E"]


def test_the_same_rows_again_repaint_nothing_in_a_model_that_shows_its_rows_alone(qtbot: Any) -> None:
    model = RowsAlone(headers=["Name"])
    model.set_rows([Row(1, "a"), Row(2, "b")])
    ranges = changed_ranges(model)
    model.set_rows([Row(1, "a"), Row(2, "b")])
    assert ranges == []


def test_a_model_that_shows_more_than_its_rows_repaints_every_row_on_a_reload(qtbot: Any) -> None:
    model = names(qtbot, [Row(1, "a"), Row(2, "b"), Row(3, "c")])  # e.g. a currency held beside them
    ranges = changed_ranges(model)
    model.set_rows([Row(1, "a"), Row(2, "b"), Row(3, "c")])
    assert ranges == [(0, 0, 2, 0)]
