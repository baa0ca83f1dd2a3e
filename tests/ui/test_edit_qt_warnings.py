"""Editing the app's tables with the keyboard makes Qt print no warning (issue 21).

Qt once printed "commitData called with an editor that does not belong to this view": a cell editor made
by a column's own delegate (a status or category list, a cost's amount) stayed open while the rows were
replaced (a colleague's change arriving, an undo), and Qt, closing it, left its delegate listening; the
editor's focus-out then committed into a view that had already let it go.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import editing
import finish
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QTableView

from duediligence.operations.edits import AddRow
from ui.context import AppContext

PLATFORM_NOISE = ("This plugin does not support",)  # the offscreen test platform's own notes


def qt_warnings(qtlog: Any, since: int = 0) -> list[str]:
    return [r.message for r in qtlog.records[since:] if not r.message.startswith(PLATFORM_NOISE)]


@pytest.fixture
def demo(make_window: Any, qtbot: Any, tmp_path: Path) -> Any:
    return finish.open_demo(make_window, qtbot, tmp_path / "demo.db")


def show_table(window: Any, page: str, name: str) -> QTableView:
    for shown in finish.pages(window):
        if shown == page:
            return next(v for v in finish.shown(window, QTableView) if v.accessibleName() == name)
    raise AssertionError(f"no page {page!r}")


def column(view: QTableView, header: str) -> int:
    model = view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headers.index(header)


def a_colleague_adds(window: Any, table: str, values: dict[str, Any], parents: Callable[[Any], dict]) -> None:
    """Another window on the same workbook adds a row; this window picks it up as its watch timer does."""
    other = AppContext()
    other.open_workbook(Path(window.context.db.path))
    eid = window.evaluation_view.evaluation_id
    other.submit(AddRow(table, eid, values, parents(window)), "Add")
    other.close_workbook()
    assert window.context.refresh_if_changed_elsewhere()
    QApplication.processEvents()


def the_costs_option(window: Any) -> dict[str, int]:
    from ui.views.comparison.costs_editor import CostsEditor

    costs = window.findChild(CostsEditor)
    return {"option_id": costs.option.id}


def the_checklists_option(window: Any) -> dict[str, int]:
    from ui.views.risks.checklist_view import ChecklistView

    return {"option_id": window.findChild(ChecklistView).proxy.option_id}


OPTIONS, COSTS = "Options & scores › Options & costs", "Costs and returns of the selected option"
NEW_RISK = ("risk_item", {"kind": "risk", "title": "From a colleague", "status": "open"}, lambda _w: {})
NEW_CHECK = ("risk_item", {"kind": "checklist", "title": "From a colleague"}, the_checklists_option)
NEW_OPTION = ("option", {"name": "From a colleague", "kind": "vendor_product"}, lambda _w: {})
NEW_COST = ("cost_item", {"label": "From a colleague", "category": "licence"}, the_costs_option)


@pytest.mark.parametrize(
    ("page", "table", "header", "added"),
    [
        ("Risks › Risk register", "Risk register", "Status", NEW_RISK),
        ("Risks › Risk register", "Risk register", "Risk", NEW_RISK),
        ("Risks › Due-diligence checklist", "Due-diligence checklist", "Status", NEW_CHECK),
        (OPTIONS, "Options", "Kind", NEW_OPTION),
        (OPTIONS, COSTS, "Category", NEW_COST),
        (OPTIONS, COSTS, "Amount", NEW_COST),
    ],
)
def test_rows_replaced_under_an_open_cell_editor_close_it_without_a_qt_warning(
    demo: Any, qtlog: Any, page: str, table: str, header: str, added: tuple
) -> None:
    view = show_table(demo, page, table)
    before = len(qtlog.records)
    editor = editing.open_editor(view, view.model().index(0, column(view, header)))
    assert isinstance(editor, (QComboBox, QLineEdit))
    a_colleague_adds(demo, *added)
    assert qt_warnings(qtlog, before) == []


@pytest.mark.parametrize("replace", ["reset", "remove the row"])
def test_a_column_delegates_editor_let_go_by_the_table_commits_nothing(
    qtbot: Any, qtlog: Any, replace: str
) -> None:
    """The same at the table's level: its column's delegate no longer hears from an editor Qt let go."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyledItemDelegate

    from ui.views.table_view import TableView

    model = QStandardItemModel(2, 2)
    for row in range(2):
        model.setItem(row, 1, QStandardItem(f"value {row}"))
    view = TableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = QStyledItemDelegate(view)
    committed: list[Any] = []
    delegate.commitData.connect(committed.append)
    view.setItemDelegateForColumn(1, delegate)
    view.show()
    qtbot.waitExposed(view)
    editor = editing.open_editor(view, model.index(0, 1))
    if replace == "reset":
        model.beginResetModel()
        model.endResetModel()
    else:
        model.removeRow(0)
    QApplication.processEvents()
    assert (QApplication.focusWidget() is not editor, committed, qt_warnings(qtlog)) == (True, [], [])


def editable_cells(view: QTableView) -> list[Any]:
    """One editable cell of each column (from the first rows), as a person would try each kind."""
    model, found = view.model(), {}
    for row in range(min(model.rowCount(), 3)):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            editable = index.flags() & Qt.ItemFlag.ItemIsEditable
            if col not in found and editable and not view.isColumnHidden(col):
                found[col] = index
    return list(found.values())


def change_and_leave(window: Any, editor: Any, leave: str) -> None:
    """Choose another entry or type another value, then leave by Enter, Tab or a click elsewhere."""
    if isinstance(editor, QComboBox):
        QTest.keyClick(editor, Qt.Key.Key_Down)  # chooses the next entry (and commits at once)
    elif isinstance(editor, QLineEdit):
        text = editor.text()
        editing.type_text(editor, "7" if text.replace(",", "").replace(".", "").isdigit() else text + " x")
    QApplication.processEvents()
    if QApplication.focusWidget() is not editor:
        return
    if leave == "Enter":
        editing.press_enter(editor)
    elif leave == "Tab":
        QTest.keyClick(editor, Qt.Key.Key_Tab)
    else:
        window.evaluation_view.tabBar().setFocus(Qt.FocusReason.MouseFocusReason)
    QApplication.processEvents()


def test_editing_every_table_with_the_keyboard_prints_no_qt_warning(demo: Any, qtlog: Any) -> None:
    warned, edited = [], 0
    for page in finish.pages(demo):
        for view in finish.shown(demo, QTableView):
            if view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
                continue
            for n, index in enumerate(editable_cells(view)):
                before = len(qtlog.records)
                try:
                    editor = editing.open_editor(view, index)
                except AssertionError:
                    continue  # a cell whose edit opens a dialog instead
                change_and_leave(demo, editor, ("Enter", "Tab", "click")[n % 3])
                edited += 1
                if found := qt_warnings(qtlog, before):
                    warned.append(f"{page}: {finish.describe(view)} column {index.column()}: {found}")
    assert edited > 100  # the demo's tables offer this many kinds of cell
    assert warned == []


def test_opening_a_workbook_prints_no_qt_warning(
    make_window: Any, qtbot: Any, qtlog: Any, tmp_path: Path
) -> None:
    """The notice bar once sized its empty label to the height Qt gives for no text (-1), and Qt said so."""
    window = finish.open_demo(make_window, qtbot, tmp_path / "demo.db")
    qtbot.waitUntil(lambda: window.evaluation_view.evaluation_id is not None)
    assert qt_warnings(qtlog) == []
