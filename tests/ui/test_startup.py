"""Start-up pays only for the first window: the database layer loads after it is shown, and the
heavy libraries (matplotlib, openpyxl, numpy) not at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from duediligence.storage.database import Database

PROBE = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    import ui.app

    result = {}

    def loaded(names):
        return sorted(name for name in names if name in sys.modules)

    class FirstShow(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Show and obj.isWidgetType() and obj.isWindow():
                result.setdefault("at_first_show", loaded(["sqlmodel", "sqlalchemy"]))
                result.setdefault("stdlib_at_first_show", loaded(["hashlib", "xml.etree.ElementTree"]))
                # PySide6 builds the Python enums of the whole Qt namespace on its first use (~50 ms)
                result.setdefault("qt_namespace_at_first_show", "Qt" in vars(sys.modules["PySide6.QtCore"]))
            return False

    make_app = ui.app.create_app

    def create_app():
        app = make_app()
        app._probe = FirstShow(app)
        app.installEventFilter(app._probe)

        def poll():
            windows = [w for w in app.topLevelWidgets() if hasattr(w, "context")]
            if windows and windows[0].context.db is not None:
                result["titles_shown"] = windows[0].evaluations.proxy.rowCount()
                follows = bool(app.property("dd_theme_follows"))
                result["after_paint"] = [not app.windowIcon().isNull(), follows]
                result["after_open"] = loaded(["sqlmodel", "matplotlib", "openpyxl", "numpy"])
                windows[0].close()
                app.quit()
            else:
                QTimer.singleShot(10, poll)

        QTimer.singleShot(0, poll)
        return app

    ui.app.create_app = create_app
    rc = ui.app.main(db=sys.argv[1])
    print(json.dumps({**result, "rc": rc}))
    """
)


def _start(tmp_path):
    path = tmp_path / "w.db"
    Database.open(path).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_first_window_is_shown_before_the_database_layer_is_imported(tmp_path):
    result = _start(tmp_path)
    assert result["at_first_show"] == []
    assert result["rc"] == 0


def test_the_first_window_imports_nothing_only_backups_or_the_translation_sources_need(tmp_path):
    # hashlib names backup folders; ElementTree reads the translation sources (.ts)
    assert _start(tmp_path)["stdlib_at_first_show"] == []


def test_the_first_window_is_shown_before_the_qt_namespace_is_built(tmp_path):
    assert _start(tmp_path)["qt_namespace_at_first_show"] is False


def test_after_the_first_paint_the_window_has_its_icon_and_follows_the_desktop_scheme(tmp_path):
    assert _start(tmp_path)["after_paint"] == [True, True]


def test_heavy_libraries_are_not_imported_once_the_workbook_is_open(tmp_path):
    result = _start(tmp_path)
    assert result["after_open"] == ["sqlmodel"]
