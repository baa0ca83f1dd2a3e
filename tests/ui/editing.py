"""Driving cell and form editors as a person does: open, type, press Enter; and switching the locale of
both the window (Qt) and the core for one test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDateTimeEdit, QWidget

import duediligence.formats.locale as core_locale
from duediligence.formats import set_user_locale

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR")
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


@contextmanager
def locale(name: str) -> Iterator[None]:
    """Qt's default locale and the core's user locale set to `name`, both restored afterwards."""
    qt_before, core_before = QLocale(), core_locale._user
    QLocale.setDefault(QLocale(name))
    set_user_locale(name)
    try:
        yield
    finally:
        QLocale.setDefault(qt_before)
        set_user_locale(core_before)


def open_editor(view: QAbstractItemView, index: QModelIndex) -> QWidget:
    """Start editing `index` (an index of the view's own model) and return the editor with the focus."""
    view.window().activateWindow()
    view.setFocus()
    view.scrollTo(index)
    view.setCurrentIndex(index)
    view.edit(index)
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view, "no editor opened"
    return editor


def press_enter(editor: QWidget) -> None:
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def type_text(editor: QWidget, text: str) -> None:
    """Replace what the editor holds with `text`, key by key (a date editor opens with its first part
    selected: typing runs through day, month and year as a person's typing does)."""
    if not isinstance(editor, QDateTimeEdit):
        getattr(editor, "selectAll", lambda: None)()
    for character in text:
        if character.isascii():
            QTest.keyClick(editor, character)
        else:  # QTest types Latin-1 only; a narrow no-break space arrives as a key event with its text
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_unknown, NO_MODIFIER, character))
    QApplication.processEvents()


def wait_until(condition: Callable[[], bool], timeout_ms: int = 20000) -> None:
    """Process events until `condition()` holds (for fixtures, which have no qtbot)."""
    waited = 0
    while not condition():
        assert waited < timeout_ms, "timed out waiting"
        QTest.qWait(20)
        waited += 20
