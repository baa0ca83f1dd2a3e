"""Start-up: the first window is on screen before the database layer (SQLAlchemy) is even imported."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui.settings import APPLICATION, ORGANIZATION


def resource_path(*parts: str) -> Path:
    """A shipped resource file; `resources` sits next to `ui` in the source tree and the wheel."""
    from duediligence.paths import resource

    return Path(str(resource(*parts)))


def create_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("duediligence")
    if QLocale.system().name() in ("C", "POSIX"):
        # No locale configured (a bare container or CI): write dates and numbers the way people read
        # them, not as "15 02 2027".
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    from duediligence.formats.locale import set_user_locale

    set_user_locale(QLocale().name())  # the core reads and writes numbers and dates as the window does
    from ui.translations import install_translators

    install_translators(app)
    from ui.theme import apply_theme

    apply_theme(app, ask_system=False)  # the desktop's scheme is asked once the frame is painted
    return app


def after_first_paint(app: QApplication) -> None:
    """What the first frame can do without: the desktop's colour scheme (asking it builds PySide6's
    enums of the whole Qt namespace) and the icon (Qt's SVG plugin)."""
    from ui.theme import follow_system

    follow_system(app)
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))


def main(db: str | None = None) -> int:
    """Paint the window's frame first; then its menus, list and pages; then open the workbook."""
    app = create_app()
    from ui.context import AppContext
    from ui.main_window import MainWindow

    window = MainWindow(AppContext(app), frame_only=True)
    window.show()
    app.processEvents()  # painted now: the rest of the UI, and later the ORM, are imported after it
    after_first_paint(app)
    from ui.views.failures import install_last_resort

    install_last_resort()  # an error escaping a Qt slot is shown in a message, not only printed
    window.build()
    from ui.workbooks import start

    QTimer.singleShot(0, lambda: (start(window, db), settle()))
    if os.environ.get("DUEDILIGENCE_QUIT_AFTER_START"):  # the bundle's smoke test: open, then close
        QTimer.singleShot(0, window.close)
    return app.exec()


def settle() -> None:
    """After start-up: the modules, widgets and workbook loaded so far stay for the whole session, so
    Python's cycle collector stops scanning them (each full pass over them costs tens of milliseconds
    while a large matrix is read or ranked)."""
    import gc

    gc.freeze()
