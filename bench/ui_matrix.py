"""Open an evaluation in the real window until its score matrix is shown, then time score edits.

    python -m bench.ui_matrix WORKBOOK EVALUATION_ID [OTHER_EVALUATION_ID]

Run by bench/run.py in a subprocess (offscreen); prints JSON timings: "open" from a fresh process
(window, workbook and every import included), "edits" (until the matrix is repainted whole: an upper
bound), "drawn" (until the window has painted what the edit changed, as a user sees it), and with
another evaluation in the same
workbook "switch": after working on that one (a score edit there), selecting this one in the list
until its matrix is shown, in the running window. The baseline is a bare QTableView over a plain model
of the same shape, shown: the cost of Qt painting that many cells.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def baseline(rows: int, columns: int) -> float:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    class Plain(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
            return rows

        def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
            return columns

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return f"{index.row() % 10}" if role == Qt.ItemDataRole.DisplayRole else None

    start = time.perf_counter()
    view = QTableView()
    view.setModel(Plain())
    view.resize(1400, 900)
    view.show()
    QApplication.processEvents()
    view.repaint()
    elapsed = time.perf_counter() - start
    view.close()
    return elapsed


def shape(path: str, evaluation_id: int) -> tuple[int, int]:
    """(criteria, options) of the evaluation: the baseline table has the same shape."""
    import sqlite3

    raw = sqlite3.connect(path)
    rows = [
        raw.execute(f"SELECT count(*) FROM {table} WHERE evaluation_id = ?", (evaluation_id,)).fetchone()[0]
        for table in ("criterion", "option")
    ]
    raw.close()
    return rows[0], rows[1]


def paint_counter() -> Any:
    """An event filter that counts paint events; its `settled(app)` runs the event loop until a pass
    paints nothing more and returns when the last pass that painted ended (the first pass if none did)."""
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

        def settled(self, app: Any) -> float:
            app.processEvents()
            end = time.perf_counter()
            for _ in range(100):
                before = self.count
                app.processEvents()
                if self.count == before:
                    break
                end = time.perf_counter()
            return end

    return Paints()


def shown(app: Any, window: Any, evaluation_id: int) -> None:
    """Select the evaluation in the list and wait until its score matrix is painted."""
    window.evaluations.select(evaluation_id)
    view = window.evaluation_view
    view.setCurrentWidget(view.comparison)
    matrix = view.comparison.matrix
    while matrix.model.rowCount() == 0 or matrix.evaluation_id != evaluation_id or matrix._stale:
        app.processEvents()
    matrix.table.repaint()


def main(path: str, evaluation_id: int, other: int | None = None, edits_wanted: int = 20) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    base = baseline(*shape(path, evaluation_id))
    import ui.app

    settle = getattr(ui.app, "settle", lambda: None)  # (older versions of the app have none)
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.workbooks import open_workbook

    start = time.perf_counter()
    window = MainWindow(AppContext())
    window.resize(1400, 900)
    window.show()
    open_workbook(window, path)
    settle()  # as ui.app.main does once the workbook is open
    shown(app, window, evaluation_id)
    opened = time.perf_counter() - start
    matrix = window.evaluation_view.comparison.matrix

    from duediligence.operations.edits import SetScore

    data = window.context.matrix(evaluation_id)
    plain = [key for key, cell in data.cells.items() if cell.low is None and cell.high is None][:edits_wanted]
    edits = []
    for i, (option_id, criterion_id) in enumerate(plain):
        value = float((data.cells[(option_id, criterion_id)].value + 1 + i % 3) % 11)
        start = time.perf_counter()
        window.context.submit(SetScore(option_id, criterion_id, {"value": value}), "Edit score")
        app.processEvents()
        matrix.table.repaint()
        edits.append(time.perf_counter() - start)
    result: dict[str, Any] = {"open": opened, "baseline": base, "edits": edits, "drawn": []}
    paints = paint_counter()
    app.installEventFilter(paints)
    for i, (option_id, criterion_id) in enumerate(plain):
        value = float((data.cells[(option_id, criterion_id)].value + 2 + i % 3) % 11)
        start = time.perf_counter()
        window.context.submit(SetScore(option_id, criterion_id, {"value": value}), "Edit score")
        result["drawn"].append(paints.settled(app) - start)
    app.removeEventFilter(paints)
    if other is not None:
        switches = []
        for _ in range(3):
            shown(app, window, other)
            cells = window.context.matrix(other).cells
            key, cell = next((k, c) for k, c in cells.items() if c.low is None and c.high is None)
            value = float((cell.value or 0) + 1) % 10
            window.context.submit(SetScore(*key, {"value": value}), "Edit score")  # the cache is dropped
            app.processEvents()
            start = time.perf_counter()
            shown(app, window, evaluation_id)
            switches.append(time.perf_counter() - start)
        result["switch"] = switches
    print(json.dumps(result), flush=True)
    window.context.close_workbook()
    os._exit(0)  # skip interpreter teardown of Qt objects: nothing is left to save, and it can crash


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else None)
