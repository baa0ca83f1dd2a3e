"""The one-step price: typing an amount into the TCO cell of an option without cost lines stores one
one-time cost line, read in the person's locale, as one undoable step; an option with cost lines has
its TCO calculated from them, and Enter or a double-click opens them (issue 21)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from scoring_data import MatrixWorkbook, create_matrix_workbook, shown

from ui.views.comparison.matrix_view import MatrixView

DOCUMENT: dict[str, Any] = {
    "title": "Prices",
    "currency": "EUR",
    "options": [
        {"name": "Unpriced"},
        {"name": "Quoted", "costs": [
            {"label": "Licence", "amount": 900},
            {"label": "Training", "amount": 300, "category": "training"},
        ]},
    ],
    "ungrouped_criteria": [
        {"name": "Quality", "weight": 3},
        {"name": "TCO", "weight": 1, "value_source": "tco"},
    ],
}  # fmt: skip


@pytest.fixture
def book(tmp_path: Any) -> MatrixWorkbook:
    return create_matrix_workbook(tmp_path / "prices.db", DOCUMENT)


@pytest.fixture
def context(book: MatrixWorkbook) -> Iterator[Any]:
    from ui.context import AppContext

    context = AppContext()
    context.open_workbook(book.path)
    yield context
    context.close_workbook()


@pytest.fixture
def view(qtbot: Any, context: Any, book: MatrixWorkbook, asked: Any) -> MatrixView:
    return shown(qtbot, MatrixView(context), book.evaluation_id)


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


def _go(view: MatrixView, option: str) -> Any:
    row = [c.name for c in view.model.criteria].index("TCO")
    column = [o.name for o in view.model.options].index(option)
    index = view.model.index(row, column)
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    return index


def _type(qtbot: Any, view: MatrixView, text: str) -> None:
    """Type like a user: the first key opens the editor, Enter commits."""
    qtbot.keyClicks(view.table, text[0])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)


def _lines(book: MatrixWorkbook, option: str) -> list[tuple[str, str, str, int, float | None, str | None]]:
    matrix = book.matrix()
    option_id = next(o.id for o in matrix.options if o.name == option)
    return [
        (c.label, c.category, c.recurrence, c.year, c.amount, c.currency)
        for c in matrix.costs
        if c.option_id == option_id
    ]


def test_typing_a_price_in_english_stores_one_one_time_cost_line(qtbot: Any, view: MatrixView, book) -> None:
    _go(view, "Unpriced")
    _type(qtbot, view, "1,200")
    assert _lines(book, "Unpriced") == [("Price", "other", "one_time", 0, 1200.0, None)]


def test_typing_1_200_under_german_stores_one_thousand_two_hundred(
    qtbot: Any, view: MatrixView, book, german: None
) -> None:
    _go(view, "Unpriced")
    _type(qtbot, view, "1.200")
    assert [line[4] for line in _lines(book, "Unpriced")] == [1200.0]


def test_a_german_decimal_comma_is_read_as_a_decimal(
    qtbot: Any, view: MatrixView, book, german: None
) -> None:
    _go(view, "Unpriced")
    _type(qtbot, view, "7,5")
    assert [line[4] for line in _lines(book, "Unpriced")] == [7.5]


def test_a_currency_written_with_the_price_is_allowed(qtbot: Any, view: MatrixView, book) -> None:
    _go(view, "Unpriced")
    _type(qtbot, view, "950 EUR")
    assert [line[4] for line in _lines(book, "Unpriced")] == [950.0]


def test_the_price_is_one_undoable_step(qtbot: Any, view: MatrixView, book, context) -> None:
    _go(view, "Unpriced")
    _type(qtbot, view, "1,200")
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert _lines(book, "Unpriced") == []
    assert view.model.data(_go(view, "Unpriced")) == "—"


@pytest.mark.parametrize(
    ("locale", "typed", "shown"), [("en_GB", "1,234.5", "1,234.5 EUR"), ("de_DE", "1.234,5", "1.234,5 EUR")]
)
def test_the_price_shows_back_as_stored_in_the_locale(
    qtbot: Any, view: MatrixView, book, locale: str, typed: str, shown: str
) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        _go(view, "Unpriced")
        _type(qtbot, view, typed)
        qtbot.waitUntil(lambda: view.model.data(_go(view, "Unpriced")) == shown)
    finally:
        QLocale.setDefault(before)
    assert [line[4] for line in _lines(book, "Unpriced")] == [1234.5]


def test_a_price_the_locale_does_not_read_is_refused_naming_the_option_and_field(
    qtbot: Any, view: MatrixView, book, asked, context
) -> None:
    _go(view, "Unpriced")
    _type(qtbot, view, "12abc")
    qtbot.waitUntil(lambda: bool(asked.warnings))
    assert asked.warnings[0][1].startswith("Price of “Unpriced” (TCO): “12abc” is not a number")
    assert _lines(book, "Unpriced") == []
    assert context.undo_stack.count() == 0


def test_an_option_with_cost_lines_refuses_typing_and_says_why(qtbot: Any, view: MatrixView, book) -> None:
    _go(view, "Quoted")
    qtbot.keyClicks(view.table, "5")
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
    assert view.table.hint == (
        "“TCO” is calculated from this option's 2 cost lines: press Enter or double-click to open them."
    )
    assert len(_lines(book, "Quoted")) == 2


def test_the_tooltip_of_a_tco_from_one_line_speaks_of_one_line(
    qtbot: Any, view: MatrixView, context, book
) -> None:
    from duediligence.operations.rows import DeleteRows

    matrix = book.matrix()
    training = next(c.id for c in matrix.costs if c.label == "Training")
    context.submit(DeleteRows("cost_item", (training,)), "remove")
    tip = view.model.data(_go(view, "Quoted"), Qt.ItemDataRole.ToolTipRole)
    assert "calculated from this option's 1 cost line: press Enter" in tip


@pytest.mark.parametrize("how", ["enter", "double-click"])
def test_enter_or_a_double_click_on_a_tco_from_cost_lines_opens_that_options_costs(
    qtbot: Any, make_window: Any, book: MatrixWorkbook, asked: Any, how: str
) -> None:
    window = make_window(book.path)
    window.evaluations.select(book.evaluation_id)
    comparison = window.evaluation_view.comparison
    window.evaluation_view.setCurrentWidget(comparison)
    view = comparison.matrix
    qtbot.waitUntil(lambda: view.model.columnCount() == 2)
    index = _go(view, "Quoted")
    if how == "enter":
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    else:
        view.table.doubleClicked.emit(index)
    assert comparison.pages.currentWidget() is comparison.options
    assert comparison.options.costs.option.name == "Quoted"
    costs = comparison.options.costs.model
    assert [costs.cost_at(r).label for r in range(costs.rowCount())] == ["Licence", "Training"]
