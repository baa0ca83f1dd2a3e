"""Light or dark, as the system is: a palette and the app's stylesheet, switched when the system switches.

Qt 6.5+ reports the desktop's colour scheme (`QStyleHints.colorScheme`); where it cannot tell, the app
is light. DD_THEME=light|dark overrides the system (screenshots, testing).
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

LIGHT, DARK = "light", "dark"

# (role, active colour, disabled colour or None); chosen for 4.5:1 contrast of text on its background.
DARK_COLOURS: tuple[tuple[QPalette.ColorRole, str, str | None], ...] = (
    (QPalette.ColorRole.Window, "#2b2d30", None),
    (QPalette.ColorRole.WindowText, "#e6e6e6", "#7d7f82"),
    (QPalette.ColorRole.Base, "#1f2023", "#2b2d30"),
    (QPalette.ColorRole.AlternateBase, "#26282b", None),
    (QPalette.ColorRole.ToolTipBase, "#3a3d41", None),
    (QPalette.ColorRole.ToolTipText, "#f0f0f0", None),
    (QPalette.ColorRole.PlaceholderText, "#9a9da1", None),
    (QPalette.ColorRole.Text, "#e6e6e6", "#7d7f82"),
    (QPalette.ColorRole.Button, "#34373b", None),
    (QPalette.ColorRole.ButtonText, "#e6e6e6", "#7d7f82"),
    (QPalette.ColorRole.BrightText, "#ff6b6b", None),
    (QPalette.ColorRole.Light, "#45484d", None),
    (QPalette.ColorRole.Midlight, "#3c3f43", None),
    (QPalette.ColorRole.Mid, "#303236", None),
    (QPalette.ColorRole.Dark, "#1b1c1e", None),
    (QPalette.ColorRole.Shadow, "#101113", None),
    (QPalette.ColorRole.Highlight, "#3d6fb0", "#3a3d41"),
    (QPalette.ColorRole.HighlightedText, "#ffffff", "#9a9da1"),
    (QPalette.ColorRole.Link, "#8ab4f8", None),
    (QPalette.ColorRole.LinkVisited, "#c58af9", None),
)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour, disabled in DARK_COLOURS:
        palette.setColor(role, QColor(colour))
        if disabled is not None:
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def system_scheme(app: QGuiApplication | None = None) -> str:
    """DARK or LIGHT: DD_THEME if set, else what the desktop says (light when it cannot tell)."""
    wanted = os.environ.get("DD_THEME", "").strip().lower()
    if wanted in (LIGHT, DARK):
        return wanted
    hints = (app or QGuiApplication.instance() or QGuiApplication).styleHints()  # type: ignore[union-attr]
    scheme = getattr(hints, "colorScheme", None)  # Qt 6.5+
    if scheme is not None and scheme() == Qt.ColorScheme.Dark:
        return DARK
    return LIGHT


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def stylesheet(scheme: str) -> str:
    """app.qss, followed by dark.qss in the dark scheme."""
    from duediligence.paths import resource

    parts = []
    for name in ("app.qss", "dark.qss") if scheme == DARK else ("app.qss",):
        node = resource("styles", name)
        if node.is_file():
            parts.append(node.read_text(encoding="utf-8"))
    return "\n".join(parts)


def set_scheme(app: QApplication, scheme: str) -> None:
    """Apply one scheme now: palette (kept when the platform already gave a matching one) and stylesheet."""
    if scheme == DARK and not is_dark(app.palette()):
        if app.style().name().lower().startswith("windows"):  # the native Windows styles ignore palettes
            app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif scheme == LIGHT and is_dark(app.palette()):
        app.setPalette(app.style().standardPalette())
    app.setProperty("dd_theme", scheme)
    app.setStyleSheet(stylesheet(scheme))


def apply_theme(app: QApplication) -> str:
    """Follow the system's colour scheme now and whenever it changes; returns the scheme applied."""
    scheme = system_scheme(app)
    set_scheme(app, scheme)
    hints = app.styleHints()
    if hasattr(hints, "colorSchemeChanged") and not app.property("dd_theme_follows"):
        app.setProperty("dd_theme_follows", True)
        hints.colorSchemeChanged.connect(lambda _scheme: set_scheme(app, system_scheme(app)))
    return scheme


def current_scheme(app: QApplication | None = None) -> str:
    """The scheme last applied (LIGHT before apply_theme ran)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    value = app.property("dd_theme") if app is not None else None
    return value if value in (LIGHT, DARK) else LIGHT
