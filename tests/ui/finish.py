"""Probes for the finishing pass (issue 21): every page of the window at 1280×800 with the demo data,
and what a person would find clipped, unreachable by Tab or unnamed on each."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTabWidget,
    QWidget,
)

WIDTH, HEIGHT = 1280, 800
CRM = "CRM for sales and customer service"


def demo_workbook(path: Path) -> Path:
    from duediligence.cli import main

    assert main(["demo", "--db", str(path)]) == 0
    return path


@contextmanager
def translated(qapp: Any, language: str) -> Iterator[None]:
    """The app's translation for `language` (e.g. "de_DE") installed while the block runs."""
    from PySide6.QtCore import QLocale

    from ui.translations import install_translators, remove_translators

    installed = install_translators(qapp, QLocale(language))
    try:
        yield
    finally:
        remove_translators(qapp, installed)


def open_demo(make_window: Any, qtbot: Any, path: Path) -> Any:
    """The main window at 1280×800 on the demo workbook at `path` (made there if missing), the CRM
    evaluation open."""
    from duediligence.i18n import translate

    crm = translate("Templates", CRM)  # the samples come in the app's language
    window = make_window(path if path.exists() else demo_workbook(path))
    window.resize(WIDTH, HEIGHT)
    qtbot.waitUntil(lambda: window.evaluations.proxy.rowCount() == 2)
    table = window.evaluations.table
    for row in range(window.evaluations.proxy.rowCount()):
        index = window.evaluations.proxy.index(row, 0)
        if crm in str(window.evaluations.proxy.data(index)):
            table.selectRow(row)
    qtbot.waitUntil(lambda: window.evaluations.current_id() is not None)
    qtbot.waitUntil(lambda: window.evaluation_view.evaluation_id == window.evaluations.current_id())
    assert crm in window.windowTitle() or window.evaluation_view.overview.title.text() == crm
    window.activateWindow()
    return window


def pages(window: Any) -> Iterator[str]:
    """Show each tab, and each inner tab, in turn; yields a name for each page shown."""
    view = window.evaluation_view
    for i in range(view.count()):
        view.setCurrentIndex(i)
        inner = [t for t in view.currentWidget().findChildren(QTabWidget) if t.isVisible()]
        if not inner:
            QApplication.processEvents()
            yield view.tabText(i).replace("&&", "&")
            continue
        tabs = inner[0]
        for j in range(tabs.count()):
            tabs.setCurrentIndex(j)
            QApplication.processEvents()
            yield f"{view.tabText(i)} › {tabs.tabText(j)}".replace("&&", "&")


def shown(root: QWidget, kind: type) -> list[Any]:
    return [w for w in root.findChildren(kind) if w.isVisible() and w.window() is root.window()]


def interactive(root: QWidget) -> list[QWidget]:
    """The visible, enabled widgets a person operates (what Tab should reach and a reader should name)."""
    kinds = (QAbstractButton, QAbstractItemView, QLineEdit, QComboBox, QAbstractSpinBox, QTabBar)
    found = []
    for widget in root.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled() and isinstance(widget, kinds)):
            continue
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox, QAbstractScrollArea, QHeaderView)):
            continue  # parts of a compound widget (a combo's line edit, a scroll bar's buttons)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return (face.text(QAccessible.Text.Name) if face is not None else "") or widget.accessibleName()


def describe(widget: QWidget) -> str:
    name = widget.objectName() or accessible_name(widget) or ""
    return f"{type(widget).__name__}({name!r}) in {type(widget.parent()).__name__}"


def elided_headers(root: QWidget) -> list[str]:
    """Header sections whose text needs more room than the section has."""
    clipped = []
    for header in shown(root, QHeaderView):
        model = header.model()
        if model is None or header.orientation() != Qt.Orientation.Horizontal:
            continue
        metrics = QFontMetrics(header.font())
        margin = 2 * header.style().pixelMetric(header.style().PixelMetric.PM_HeaderMargin, None, header)
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
            lines = text.splitlines() or [""]
            need = max(metrics.horizontalAdvance(line) for line in lines) + margin
            if need > header.sectionSize(section):
                where = describe(header.parent())
                clipped.append(f"{text!r} ({header.sectionSize(section)} < {need}) in {where}")
    return clipped


def elided_buttons(root: QWidget) -> list[str]:
    clipped = []
    for button in shown(root, QAbstractButton):
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if not text or isinstance(button.parent(), QTabBar):
            continue
        need = button.sizeHint().width()
        if button.width() < need and QFontMetrics(button.font()).horizontalAdvance(text) > button.width() - 8:
            clipped.append(f"{text!r} ({button.width()} < {need})")
    return clipped


def clipped_combos(root: QWidget) -> list[str]:
    """Combo boxes (not editable) whose current choice is wider than the field that shows it: Qt cuts
    it without an ellipsis."""
    clipped = []
    for combo in shown(root, QComboBox):
        if combo.isEditable() or not combo.currentText():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        if QFontMetrics(combo.font()).horizontalAdvance(combo.currentText()) > field.width():
            clipped.append(f"{combo.currentText()!r} ({field.width()} px)")
    return clipped


def tab_walk(start: QWidget, qtbot: Any, steps: int = 400, key: Qt.Key = Qt.Key.Key_Tab) -> list[QWidget]:
    """Press Tab (or `key`) from `start` until focus comes back (or `steps` presses); the widgets focus
    visited."""
    from PySide6.QtTest import QTest

    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    visited: list[QWidget] = []
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), key)
        widget = QApplication.focusWidget()
        if widget is None or widget is start:
            break
        visited.append(widget)
    return visited
