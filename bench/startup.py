"""Cold start, measured from outside: a fresh process until it shows something, then it quits.

    python -m bench.startup bare|first-window|list-filled [WORKBOOK]

"list-filled" is the first paint of the evaluations list with rows in it (or, as a fallback, the
first moment the event loop finds it filled).

Prints the seconds from process start (interpreter included) to the moment asked for. The baseline
("bare") is a PySide6 QMainWindow shown and closed: what any Qt app pays.
"""

from __future__ import annotations

import os
import sys
import time

STARTED = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def finish(app: object) -> None:
    print(f"{time.perf_counter() - STARTED:.6f}", flush=True)
    os._exit(0)  # the measurement is taken; skip teardown


def bare() -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window:
                finish(app)
            return False

    app.installEventFilter(FirstPaint(app))
    app.exec()


def app_until(moment: str, workbook: str) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    import ui.app

    original = ui.app.create_app

    class FirstPaint(QObject):
        """Notes the main window's first paint, or the first paint of the evaluations list holding
        rows (however busy the event loop is right after it)."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            if moment == "first-window" and isinstance(watched, QMainWindow):
                finish(None)
            if moment == "list-filled":
                for window in QApplication.topLevelWidgets():
                    listed = getattr(window, "evaluations", None)
                    if listed is not None and watched is listed.table.viewport() and listed.proxy.rowCount():
                        finish(None)
            return False

    def create_app() -> QApplication:
        app = original()
        spy = FirstPaint(app)
        app.installEventFilter(spy)

        def poll() -> None:
            for window in app.topLevelWidgets():
                listed = window.isVisible() and getattr(window, "evaluations", None) is not None
                if moment == "list-filled" and listed and window.evaluations.proxy.rowCount() > 0:
                    finish(app)
            QTimer.singleShot(1, poll)

        QTimer.singleShot(0, poll)
        return app

    ui.app.create_app = create_app
    ui.app.main(db=workbook)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        app_until(sys.argv[1], sys.argv[2])
