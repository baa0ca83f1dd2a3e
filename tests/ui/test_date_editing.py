"""Dates in the checklist and the risk register are edited with a date editor showing four-digit years:
opening a date cell and pressing Enter keeps 2026 (under en_US and de_DE it once became 1926), a date
typed in the locale's order is stored as meant, and an empty date stays empty until a date is chosen;
Delete in the editor empties it again. (Every date column in all four test locales: test_roundtrip_cells.)"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from editing import locale, open_editor, press_enter, type_text
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from risk_data import make_tab, make_workbook, stored_summary

from duediligence.operations.edits import UpdateRow
from ui.models.checklist import Col as CheckCol
from ui.models.risk_register import Col

REVIEWED = date(2026, 1, 10)
DUE = date(2026, 3, 31)
TYPED = {"en_US": "12/4/2026", "de_DE": "04.12.2026"}


@pytest.fixture
def book(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "w.db"
    return path, make_workbook(path)


@pytest.fixture(params=["en_US", "de_DE"])
def tab(request, qtbot, book, tmp_path, asked):
    path, ids = book
    with locale(request.param):
        made = make_tab(qtbot, path, ids["vendors"], tmp_path / "templates")
        made.locale_name = request.param
        risk = next(r for r in made.summary.risks if r.title == "Vendor B is loss-making")
        made.context.submit(UpdateRow("risk_item", risk.id, {"due_date": DUE}), "set a due date")
        yield made
        made.context.close_workbook()


def _stored(book, title: str, field: str, option: str | None = None):
    path, ids = book
    summary = stored_summary(path, ids["vendors"])
    names = {o.option_id: o.name for o in summary.options}
    risk = next(
        r for r in summary.risks if r.title == title and (option is None or names.get(r.option_id) == option)
    )
    return getattr(risk, field)


def _checklist_index(tab, col: CheckCol, option: str = "Vendor A"):
    """The Pentest report of `option` in the checklist, as the table shows it."""
    tab.pages.setCurrentWidget(tab.checklist)
    tab.checklist.proxy.set_option(None)
    proxy, model = tab.checklist.proxy, tab.checklist.model
    option_id = next(o.option_id for o in tab.summary.options if o.name == option)
    row = next(
        r
        for r in range(model.rowCount())
        if (model.item_at(r).title, model.item_at(r).option_id) == ("Pentest report", option_id)
    )
    return proxy.mapFromSource(model.index(row, col))


def _register_index(tab, title: str, col: Col):
    tab.pages.setCurrentWidget(tab.register)
    proxy, model = tab.register.proxy, tab.register.model
    row = next(r for r in range(model.rowCount()) if model.risk_at(r).title == title)
    return proxy.mapFromSource(model.index(row, col))


def test_enter_on_a_checklist_review_date_keeps_its_year(tab, book) -> None:
    with locale(tab.locale_name):
        editor = open_editor(tab.checklist.table, _checklist_index(tab, CheckCol.REVIEWED_ON))
        press_enter(editor)
    assert _stored(book, "Pentest report", "reviewed_on", "Vendor A") == REVIEWED


def test_enter_on_a_risk_due_date_keeps_its_year(tab, book) -> None:
    with locale(tab.locale_name):
        editor = open_editor(tab.register.table, _register_index(tab, "Vendor B is loss-making", Col.DUE))
        press_enter(editor)
    assert _stored(book, "Vendor B is loss-making", "due_date") == DUE


def test_enter_on_an_empty_date_leaves_it_empty(tab, book) -> None:
    with locale(tab.locale_name):
        editor = open_editor(tab.register.table, _register_index(tab, "Small support team", Col.REVIEWED_ON))
        press_enter(editor)
    assert _stored(book, "Small support team", "reviewed_on") is None
    assert tab.context.undo_stack.count() == 1  # only the fixture's due date


def test_a_date_typed_in_the_locales_order_is_stored_as_meant(tab, book) -> None:
    with locale(tab.locale_name):
        editor = open_editor(tab.register.table, _register_index(tab, "Vendor B is loss-making", Col.DUE))
        type_text(editor, TYPED[tab.locale_name])
        press_enter(editor)
    assert _stored(book, "Vendor B is loss-making", "due_date") == date(2026, 12, 4)


def test_typing_into_an_empty_date_starts_from_a_date_and_stores_what_was_typed(tab, book) -> None:
    with locale(tab.locale_name):
        editor = open_editor(tab.register.table, _register_index(tab, "Small support team", Col.REVIEWED_ON))
        type_text(editor, TYPED[tab.locale_name])
        press_enter(editor)
    assert _stored(book, "Small support team", "reviewed_on") == date(2026, 12, 4)


def test_delete_in_the_date_editor_clears_the_date(tab, book) -> None:
    with locale(tab.locale_name):
        editor = open_editor(tab.register.table, _register_index(tab, "Vendor B is loss-making", Col.DUE))
        QTest.keyClick(editor, Qt.Key.Key_Delete)
        press_enter(editor)
    assert _stored(book, "Vendor B is loss-making", "due_date") is None


SHOWN_DUE = {"en_US": "3/31/2026", "de_DE": "31.03.2026"}


def test_cells_show_dates_with_four_digit_years(tab) -> None:
    with locale(tab.locale_name):
        shown = _register_index(tab, "Vendor B is loss-making", Col.DUE).data()
    assert shown == SHOWN_DUE[tab.locale_name]


def test_the_editor_shows_the_date_as_the_cell_does(tab) -> None:
    with locale(tab.locale_name):
        index = _register_index(tab, "Vendor B is loss-making", Col.DUE)
        editor = open_editor(tab.register.table, index)
        assert editor.text() == index.data()
        assert editor.date() == QDate(DUE)
        assert editor.width() >= editor.sizeHint().width()  # a narrow column does not cut the year off
