"""The date editor used in every date cell and field: it shows dates as the cells do (four-digit years),
reads them typed as people type them, and may hold no date at all."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from editing import LOCALES, locale, type_text
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QWidget

from ui.numbers import format_day
from ui.views.day_edit import DayEdit, TypedDateEdit

DAY = date(2026, 12, 4)


def _editor(qtbot: Any, kind: type = DayEdit, value: date | None = None) -> Any:
    editor = kind()
    qtbot.addWidget(editor)
    if value is not None:
        editor.setDate(QDate(value))
    editor.show()
    editor.activateWindow()
    editor.setFocus(Qt.FocusReason.TabFocusReason)
    editor.setSelectedSection(editor.sectionAt(0))
    return editor


@pytest.mark.parametrize("name", LOCALES)
def test_the_editor_writes_a_date_as_the_cells_do_with_four_digits_for_the_year(
    qtbot: Any, name: str
) -> None:
    with locale(name):
        editor = _editor(qtbot, value=DAY)
        assert editor.text() == format_day(DAY)
        assert "2026" in editor.text()


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("de_DE", "04.12.2026"),
        ("de_DE", "4.12.2026"),
        ("de_DE", "04122026"),
        ("en_US", "12/4/2026"),
        ("en_US", "12/04/2026"),
        ("en_GB", "04/12/2026"),
        ("en_GB", "4/12/2026"),
        ("fr_FR", "04/12/2026"),
    ],
)
def test_a_date_typed_with_or_without_separators_is_read_as_meant(qtbot: Any, name: str, typed: str) -> None:
    with locale(name):
        editor = _editor(qtbot, TypedDateEdit, date(2026, 3, 31))
        type_text(editor, typed)
        assert editor.date().toPython() == DAY


def test_a_one_digit_month_then_a_separator_moves_on_to_the_day(qtbot: Any) -> None:
    with locale("en_US"):
        editor = _editor(qtbot, TypedDateEdit, date(2026, 3, 31))
        type_text(editor, "1/4/2026")
        assert editor.date().toPython() == date(2026, 1, 4)


def test_an_empty_editor_says_no_date_and_holds_none(qtbot: Any) -> None:
    editor = _editor(qtbot)
    assert editor.text() == "no date"
    assert editor.value() is None and editor.qdate().isNull()


def test_typing_into_an_empty_editor_stores_the_typed_date(qtbot: Any) -> None:
    with locale("de_DE"):
        editor = _editor(qtbot)
        type_text(editor, "04.12.2026")
        assert editor.value() == DAY


def test_delete_empties_the_editor(qtbot: Any) -> None:
    editor = _editor(qtbot, value=DAY)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.value() is None and editor.text() == "no date"


def test_the_calendar_of_an_empty_editor_opens_on_this_month(qtbot: Any) -> None:
    editor = _editor(qtbot)
    calendar = editor.calendarWidget()
    arrow = QPoint(editor.width() - 6, editor.height() // 2)
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton, pos=arrow)  # the arrow opens the calendar
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert editor.value() is None  # looking at the calendar chooses nothing


@pytest.mark.parametrize("backwards", [False, True])
def test_tab_and_shift_tab_leave_an_empty_date_for_the_next_or_previous_control(
    qtbot: Any, backwards: bool
) -> None:
    """QDateTimeEdit swallows Tab while it shows its special "no date" text: a keyboard trap."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout

    form = QWidget()
    layout = QVBoxLayout(form)
    before, edit, after = QLineEdit(form), DayEdit(form), QLineEdit(form)
    for widget in (before, edit, after):
        layout.addWidget(widget)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    if backwards:
        QTest.keyClick(edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    else:
        QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is (before if backwards else after)
