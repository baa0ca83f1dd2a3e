"""The least any window of this stack pays: what a target must leave room for on this machine.

    python -m bench.floors window bare|scheme|word|scheme+word
    python -m bench.floors open WORKBOOK EVALUATION_ID with-orm|without-orm

Run by bench/run.py in fresh processes (offscreen); prints seconds.

"window": from process start to the first paint of a QMainWindow that does one more thing than the
bare one the start-up target compares with: asks the desktop's colour scheme (`scheme`: PySide6 then
builds the Python enums of the whole `Qt` namespace, 93 of them), shows one word (`word`: Qt sets up
its font database), or both — the least a window that is themed and says anything does.

"open": the floor under `open_w1_ms`, timed like bench.ui_matrix (after QApplication): import what
opening a workbook for editing needs (SQLAlchemy, SQLModel and the app's models; `without-orm` skips
them, as a read-only preview could), numpy and the ranking, read the matrix through sqlite3
(`reads.matrix_rows`), rank it, and show a bare QTableView of its shape with the scores as text. No
window, list, tabs, ranking panel, change watch or backup: nothing of the app but the read and the
maths.
"""

from __future__ import annotations

import os
import sys
import time

STARTED = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def window(mode: str) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    if "scheme" in mode:
        app.styleHints().colorScheme()
    shown = QMainWindow()
    if "word" in mode:
        shown.setCentralWidget(QLabel("Evaluations"))
    shown.show()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is shown:
                print(f"{time.perf_counter() - STARTED:.6f}", flush=True)
                os._exit(0)
            return False

    app.installEventFilter(FirstPaint(app))
    app.exec()


def open_floor(path: str, evaluation_id: int, mode: str) -> None:
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    start = time.perf_counter()
    if mode == "with-orm":
        import duediligence.storage.database  # (the engine: SQLAlchemy)
        import duediligence.storage.models  # noqa: F401  (SQLModel, pydantic and the tables)
    from duediligence.decision.ranking import rank_matrix, ranking_inputs
    from duediligence.reads.matrix_rows import read_matrix_sqlite

    con = sqlite3.connect(path)
    matrix = read_matrix_sqlite(con, evaluation_id)
    rank_matrix(matrix, ranking_inputs(matrix))
    criteria = [c.id for c in matrix.criteria]
    options = [o.id for o in matrix.options]
    cells = matrix.cells

    class Scores(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return len(criteria)

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return len(options)

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            cell = cells.get((options[index.column()], criteria[index.row()]))
            return "—" if cell is None or cell.value is None else f"{cell.value:g}"

    view = QTableView()
    view.setModel(Scores())
    view.resize(1400, 900)
    view.show()
    app.processEvents()
    view.repaint()
    print(f"{time.perf_counter() - start:.6f}", flush=True)
    os._exit(0)


if __name__ == "__main__":
    if sys.argv[1] == "window":
        window(sys.argv[2])
    else:
        open_floor(sys.argv[2], int(sys.argv[3]), sys.argv[4])
