"""Drive the real main window with thousands of key presses and repaints; print how `None` fared.

Run in its own process by test_soak.py: a Qt binding that drops references to `None` makes the
process abort ("none_dealloc"), which must fail one test, not kill the test session.
Prints one line: `none-refcount-change <n> keys <k>`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(keys_per_table: int) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView

    from duediligence.storage.database import Database
    from duediligence.templates.samples import add_samples
    from ui.app import create_app
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.workbooks import open_workbook

    path = Path(tempfile.mkdtemp(prefix="dd-soak-")) / "soak.db"
    db = Database.open(path)
    with db.transaction() as session:
        add_samples().apply(session)
    db.close()

    app = create_app()
    window = MainWindow(AppContext(app))
    window.resize(1280, 800)
    window.show()
    open_workbook(window, path)
    app.processEvents()
    window.evaluations.table.selectRow(0)
    app.processEvents()
    view = window.evaluation_view

    before = sys.getrefcount(None)
    presses = 0
    keys = (Qt.Key.Key_Tab, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up)
    for tab in range(view.count()):
        view.setCurrentIndex(tab)
        app.processEvents()
        tables = [t for t in view.currentWidget().findChildren(QAbstractItemView) if t.isVisible()]
        for table in tables:
            table.setFocus()
            if table.model() is not None and table.model().rowCount() > 0:
                table.setCurrentIndex(table.model().index(0, 0))
            for i in range(keys_per_table):
                QTest.keyClick(table, keys[i % len(keys)])
                table.viewport().repaint()
                presses += 1
            app.processEvents()
    window.evaluations.table.setFocus()
    for i in range(keys_per_table):
        QTest.keyClick(window.evaluations.table, Qt.Key.Key_Down if i % 2 else Qt.Key.Key_Up)
        presses += 1
    app.processEvents()
    change = sys.getrefcount(None) - before
    print(f"none-refcount-change {change} keys {presses}", flush=True)
    window.context.close_workbook()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
