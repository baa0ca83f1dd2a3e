"""Light or dark, as the system is: a palette and the app's stylesheet, switched when the system switches.

Qt 6.5+ reports the desktop's colour scheme (`QStyleHints.colorScheme`); where it cannot tell, the app
is light. DD_THEME=light|dark overrides the system (screenshots, testing).

Asking the colour scheme makes PySide6 build the Python enums of the whole `Qt` namespace (40–65 ms
on the benchmark machine, more than the rest of the first window), so the first frame is themed from
the palette the platform gave (dark when the desktop is, on Windows, macOS, KDE and GNOME with Qt 6.5+)
and the scheme is asked once it is painted (`follow_system`); only a desktop whose palette disagrees
with its scheme sees the frame change. Nothing here touches `Qt` before then.
"""

from __future__ import annotations

import copy
import os

from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
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
    from PySide6.QtCore import Qt  # (builds the Qt namespace's enums: see the module)

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
    app.setPalette(with_readable_placeholder(app.palette()))
    app.setProperty("dd_theme", scheme)
    app.setStyleSheet(stylesheet(scheme))


def first_scheme(app: QApplication) -> str:
    """DARK or LIGHT for the first frame, without asking the desktop: DD_THEME, else the palette."""
    wanted = os.environ.get("DD_THEME", "").strip().lower()
    if wanted in (LIGHT, DARK):
        return wanted
    return DARK if is_dark(app.palette()) else LIGHT


def apply_theme(app: QApplication, *, ask_system: bool = True) -> str:
    """Follow the system's colour scheme now and whenever it changes; returns the scheme applied.
    `ask_system=False`: theme the first frame from the palette; `follow_system` once it is painted."""
    if not ask_system:
        scheme = first_scheme(app)
        set_scheme(app, scheme)
        return scheme
    return follow_system(app)


def follow_system(app: QApplication) -> str:
    """Apply the desktop's scheme (if it differs from the one applied) and follow its changes."""
    scheme = system_scheme(app)
    if scheme != app.property("dd_theme"):
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


MINIMUM_CONTRAST = 4.5  # WCAG 2 AA for normal text


def _luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(foreground: QColor, background: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    a, b = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def readable(colour: QColor, *backgrounds: QColor, minimum: float = MINIMUM_CONTRAST) -> QColor:
    """`colour`, moved towards black (or white on a dark background) just far enough to reach `minimum`
    contrast against every background: a muted text stays muted, yet readable."""
    dark_ground = sum(_luminance(b) for b in backgrounds) / max(1, len(backgrounds)) < 0.18
    target = QColor("#ffffff") if dark_ground else QColor("#000000")
    result = copy.copy(colour)  # (QColor(colour) would resolve overloads through the Qt namespace)
    for step in range(21):
        mix = step / 20
        result = QColor.fromRgbF(
            colour.redF() + (target.redF() - colour.redF()) * mix,
            colour.greenF() + (target.greenF() - colour.greenF()) * mix,
            colour.blueF() + (target.blueF() - colour.blueF()) * mix,
        )
        if all(contrast(result, b) >= minimum for b in backgrounds):
            break
    return result


def muted_colour(palette: QPalette | None = None) -> QColor:
    """Text that matters less (an excluded option's scores, a hint), readable on the table and window."""
    palette = palette or QPalette()
    return readable(
        palette.color(QPalette.ColorRole.PlaceholderText),
        palette.color(QPalette.ColorRole.Base),
        palette.color(QPalette.ColorRole.AlternateBase),
        palette.color(QPalette.ColorRole.Window),
    )


def muted_brush() -> QBrush:
    return QBrush(muted_colour())


def with_readable_placeholder(palette: QPalette) -> QPalette:
    """The palette with a placeholder-text colour (used for captions and hints too) of 4.5:1 contrast."""
    palette = copy.copy(palette)  # (QPalette(palette) would resolve overloads through the Qt namespace)
    colour = muted_colour(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, colour)
    return palette
