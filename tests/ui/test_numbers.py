"""The window's numbers and dates come from the core's formats in Qt's locale: what an editor shows reads
back to the very value stored, and text the locale does not read is handed on as typed (for the core to
refuse naming the field), never read another way."""

from __future__ import annotations

from datetime import date

import pytest
from editing import locale
from PySide6.QtCore import QDate

from ui.numbers import (
    day_display_format,
    day_edit_value,
    format_day,
    raw_number,
    read_number,
    shown_value,
    typed_day,
    typed_money,
    typed_number,
    ui_locale,
)


def test_the_window_locale_is_qts_default_locale() -> None:
    with locale("fr_FR"):
        assert ui_locale().name == "fr_FR"
        assert ui_locale().group == "\u202f"


@pytest.mark.parametrize(
    ("value", "de_text"),
    [(0.1 + 0.2, "0,30000000000000004"), (1e-7, "0,0000001"), (1234567.125, "1234567,125"), (-0.5, "-0,5")],
)
def test_an_editor_shows_every_digit_so_the_text_reads_back_to_the_stored_value(
    value: float, de_text: str
) -> None:
    with locale("de_DE"):
        assert raw_number(value) == de_text
        assert read_number(raw_number(value), "weight") == value


def test_a_grouped_editor_text_reads_back_too() -> None:
    with locale("fr_FR"):
        assert raw_number(12000.5, grouped=True) == "12\u202f000,5"
        assert typed_number(raw_number(12000.5, grouped=True)) == 12000.5


@pytest.mark.parametrize(
    ("name", "typed"), [("en_US", "1,5"), ("de_DE", "1.5"), ("en_GB", "12,34"), ("fr_FR", "1.500")]
)
def test_text_written_the_other_way_goes_on_as_typed_never_reread(name: str, typed: str) -> None:
    with locale(name):
        assert typed_number(f" {typed} ") == typed
        assert typed_money(typed) == typed


def test_an_amount_may_carry_its_currency() -> None:
    with locale("de_DE"):
        assert typed_money("1.200,50 €") == 1200.5
        assert typed_money("EUR 80") == 80


def test_blank_text_is_no_value_not_zero() -> None:
    assert typed_number("  ") is None and typed_money("") is None and typed_day("") is None


def test_a_date_editor_carries_a_qdate_and_a_null_one_means_no_date() -> None:
    assert day_edit_value(date(2026, 12, 4)) == QDate(2026, 12, 4)
    assert day_edit_value(None).isNull()
    assert typed_day(QDate(2026, 12, 4)) == date(2026, 12, 4)
    assert typed_day(QDate()) is None


@pytest.mark.parametrize(
    ("name", "pattern", "shown"),
    [
        ("en_US", "M/d/yyyy", "12/4/2026"),
        ("en_GB", "dd/MM/yyyy", "04/12/2026"),
        ("de_DE", "dd.MM.yyyy", "04.12.2026"),
        ("fr_FR", "dd/MM/yyyy", "04/12/2026"),
    ],
)
def test_dates_are_written_with_four_digit_years_in_cells_and_editors_alike(
    name: str, pattern: str, shown: str
) -> None:
    with locale(name):
        assert day_display_format() == pattern
        assert format_day(date(2026, 12, 4)) == shown
        assert QDate(2026, 12, 4).toString(day_display_format()) == shown


def test_a_two_digit_year_is_handed_on_to_be_refused_not_read_as_19xx() -> None:
    with locale("de_DE"):
        assert typed_day("04.12.26") == "04.12.26"
        assert typed_day("04.12.2026") == date(2026, 12, 4)


def test_a_refusal_quotes_numbers_and_dates_the_locales_way() -> None:
    with locale("de_DE"):
        assert shown_value(9.0) == "9"
        assert shown_value(1234.5) == "1.234,5"
        assert shown_value(date(2026, 12, 4)) == "04.12.2026"
        assert shown_value("abc") == "abc" and shown_value(None) == ""
