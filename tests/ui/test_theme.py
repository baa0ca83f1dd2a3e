"""The theme follows the system's colour scheme: a dark palette and dark.qss when the desktop is dark."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from ui import theme


@pytest.fixture
def app(qapp: QApplication) -> Any:
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield qapp
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setProperty("dd_theme", None)


def test_dark_system_gives_a_dark_palette_and_the_dark_stylesheet(
    app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DD_THEME", "dark")
    assert theme.apply_theme(app) == "dark"
    assert theme.is_dark(app.palette()) and "dark scheme" in app.styleSheet()
    assert theme.current_scheme(app) == "dark"


def test_light_system_keeps_the_light_palette_and_only_app_qss(
    app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DD_THEME", "dark")
    theme.apply_theme(app)
    monkeypatch.setenv("DD_THEME", "light")
    theme.set_scheme(app, theme.system_scheme(app))
    assert not theme.is_dark(app.palette())
    assert "QLabel#caption" in app.styleSheet() and "dark scheme" not in app.styleSheet()


def test_without_an_override_the_system_decides(app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DD_THEME", raising=False)
    assert theme.system_scheme(app) in ("light", "dark")


def test_a_system_switch_is_followed(app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt

    monkeypatch.setenv("DD_THEME", "light")
    theme.apply_theme(app)
    monkeypatch.setenv("DD_THEME", "dark")
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current_scheme(app) == "dark"


def test_the_theme_module_loads_nothing_heavy() -> None:
    import subprocess
    import sys

    heavy = "('sqlmodel', 'sqlalchemy', 'numpy')"
    code = f"import sys, ui.theme; print(sorted(m for m in {heavy} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_first_frame_takes_the_scheme_from_the_override_or_the_palette(
    app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DD_THEME", "dark")
    assert theme.apply_theme(app, ask_system=False) == "dark"
    monkeypatch.delenv("DD_THEME")
    assert theme.first_scheme(app) == "dark"  # the palette the dark scheme set


def test_once_painted_the_window_follows_the_system_where_the_palette_guessed_wrong(
    app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DD_THEME", "light")
    theme.apply_theme(app, ask_system=False)
    monkeypatch.setenv("DD_THEME", "dark")  # what the desktop says, asked after the first paint
    assert (theme.follow_system(app), theme.is_dark(app.palette())) == ("dark", True)
