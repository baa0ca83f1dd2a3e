"""One parser and one formatter per kind of value: what a person types in their locale is stored as
they meant it, or refused with a sentence saying how to write it; never re-read silently."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from duediligence.errors import ValidationError
from duediligence.formats import (
    MAX_MAGNITUDE,
    ValueLocale,
    format_day,
    format_money,
    format_number,
    format_percent,
    parse_day,
    parse_integer,
    parse_money,
    parse_number,
    parse_percent,
    set_user_locale,
    user_locale,
)

US, GB, DE, FR = (ValueLocale.named(n) for n in ("en_US", "en_GB", "de_DE", "fr_FR"))


@pytest.mark.parametrize(
    ("locale", "text", "value"),
    [
        (US, "1,234.5", 1234.5),
        (US, "1,500", 1500),
        (US, "1.500", 1.5),
        (US, "-3", -3),
        (US, "−2.25", -2.25),
        (US, ".5", 0.5),
        (US, " 12 ", 12),
        (GB, "1,234,567.89", 1234567.89),
        (DE, "1,5", 1.5),
        (DE, "8.640,00", 8640),
        (DE, "1.500", 1500),
        (DE, "1.234.567,89", 1234567.89),
        (DE, ",5", 0.5),
        (FR, "1 234,5", 1234.5),
        (FR, "1\u202f234,5", 1234.5),
        (FR, "1\u00a0234,5", 1234.5),
        (FR, "7,5", 7.5),
    ],
)
def test_a_number_written_the_locales_way_is_read_as_meant(
    locale: ValueLocale, text: str, value: float
) -> None:
    assert parse_number(text, locale) == value


@pytest.mark.parametrize(
    ("locale", "text", "advice"),
    [
        (US, "1,5", "write 1.5"),
        (GB, "12,34", "write 12.34"),
        (US, "8.640,00", "write 8,640"),
        (DE, "1.5", "write 1,5"),
        (DE, "1,234.5", "write 1.234,5"),
        (FR, "1.500", "write 1,5 or 1\u202f500, whichever you mean"),
    ],
)
def test_a_number_written_the_other_way_is_refused_with_how_to_write_it(
    locale: ValueLocale, text: str, advice: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_number(text, locale, field="Weight")
    assert refused.value.field == "Weight"
    assert refused.value.reason.endswith(advice)
    assert (
        f"as written in {locale.display_name}, where the decimal sign is “{locale.decimal}”"
        in refused.value.reason
    )


@pytest.mark.parametrize(
    "text", ["very good", "1e3", "1 234,5", "1,23,456", "--1", "1.2.3", ".", "-", "0x10"]
)
def test_text_that_is_no_number_anywhere_is_refused_with_an_example(text: str) -> None:
    with pytest.raises(ValidationError, match=r"is not a number \(write numbers like 1,234\.5"):
        parse_number(text, US)


def test_blank_text_and_none_are_not_entered_rather_than_zero() -> None:
    assert parse_number("", US) is None
    assert parse_number("   ", US) is None
    assert parse_number(None, US) is None


def test_numbers_from_files_pass_as_they_are() -> None:
    assert parse_number(7, US) == 7.0
    assert parse_number(7.25, DE) == 7.25
    assert parse_number(Decimal("8640.00"), DE) == 8640.0


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_nan_and_infinity_are_refused(value: float) -> None:
    with pytest.raises(ValidationError, match="must be a finite number"):
        parse_number(value, US)


def test_the_largest_magnitude_is_accepted_and_the_next_whole_number_refused() -> None:
    assert parse_number(MAX_MAGNITUDE, US) == 1e15
    assert parse_number(-MAX_MAGNITUDE, US) == -1e15
    assert parse_number("1,000,000,000,000,000", US) == 1e15
    with pytest.raises(ValidationError, match="is too large"):
        parse_number(1_000_000_000_000_001, US)
    with pytest.raises(ValidationError, match="is too large"):
        parse_number("-1,000,000,000,000,001", US)


def test_a_huge_integer_or_a_long_text_is_refused_not_an_overflow() -> None:
    with pytest.raises(ValidationError, match="is too large"):
        parse_number(10**1000, US)
    with pytest.raises(ValidationError, match="is not a number"):
        parse_number("1" + "0" * 1000, US)


def test_booleans_and_other_types_are_not_numbers() -> None:
    for value in (True, [1], {"a": 1}):
        with pytest.raises(ValidationError, match="expected a number"):
            parse_number(value, US)


def test_negative_zero_is_stored_as_zero() -> None:
    assert str(parse_number("-0", US)) == "0.0"


def test_an_integer_must_be_whole() -> None:
    assert parse_integer("1.000", DE) == 1000
    assert parse_integer("", DE) is None
    with pytest.raises(ValidationError, match="expected a whole number"):
        parse_integer("2,5", DE)


@pytest.mark.parametrize(
    ("locale", "text", "value"),
    [
        (DE, "1.200,50 €", 1200.5),
        (DE, "€ 1.200", 1200),
        (US, "$1,200.50", 1200.5),
        (US, "1,200 EUR", 1200),
        (US, "1200", 1200),
    ],
)
def test_money_may_carry_its_currency(locale: ValueLocale, text: str, value: float) -> None:
    assert parse_money(text, locale, currency="EUR") == value


def test_money_in_another_currency_code_is_not_silently_taken() -> None:
    with pytest.raises(ValidationError, match="is not a number"):
        parse_money("1,200 USD", US, currency="EUR")


@pytest.mark.parametrize(
    ("locale", "text", "value"), [(US, "8", 0.08), (US, "8.5%", 0.085), (DE, "8,5 %", 0.085)]
)
def test_a_percentage_is_typed_in_percent_and_stored_as_a_fraction(
    locale: ValueLocale, text: str, value: float
) -> None:
    assert parse_percent(text, locale) == pytest.approx(value, abs=1e-15)


def test_a_percentage_from_a_file_is_a_fraction_already() -> None:
    assert parse_percent(0.08, US) == 0.08


@pytest.mark.parametrize(
    ("locale", "value", "text"),
    [
        (US, 1234567.891, "1,234,567.89"),
        (DE, 1234567.891, "1.234.567,89"),
        (FR, 1234.5, "1\u202f234,5"),
        (US, 7.0, "7"),
        (US, 0.1 + 0.2, "0.3"),
        (US, -0.001, "0"),
        (US, None, "—"),
        (US, float("nan"), "—"),
    ],
)
def test_numbers_are_written_the_locales_way_without_trailing_zeros(
    locale: ValueLocale, value: float | None, text: str
) -> None:
    assert format_number(value, locale) == text


def test_written_numbers_read_back_to_the_same_value_in_every_locale() -> None:
    for locale in (US, GB, DE, FR):
        for value in (0.0, 7.5, -12.25, 1234.5, 8640.0, 999999.99):
            assert parse_number(format_number(value, locale), locale) == value


def test_money_and_percent_are_written_the_locales_way() -> None:
    assert format_money(12000, "EUR", US) == "€12,000"
    assert format_money(1234.5, "EUR", DE) == "1.234,50\u00a0€"
    assert format_money(None, "EUR", DE) == "—"
    assert format_percent(0.085, US) == "8.5%"
    assert format_percent(0.085, DE) == "8,5\u00a0%"


@pytest.mark.parametrize(
    ("locale", "text", "day"),
    [
        (US, "12/4/2026", date(2026, 12, 4)),
        (GB, "04/12/2026", date(2026, 12, 4)),
        (DE, "4.12.2026", date(2026, 12, 4)),
        (FR, "04/12/2026", date(2026, 12, 4)),
        (DE, "2026-12-04", date(2026, 12, 4)),
        (US, "2028-02-29", date(2028, 2, 29)),
    ],
)
def test_a_date_is_read_in_the_locales_order_or_as_iso(locale: ValueLocale, text: str, day: date) -> None:
    assert parse_day(text, locale) == day


@pytest.mark.parametrize("text", ["04.12.26", "12/4/26", "4/12/1"])
def test_a_two_digit_year_is_refused_never_mapped_to_19xx(text: str) -> None:
    with pytest.raises(ValidationError, match=r"write the year with four digits, e.g. 04.12.2026"):
        parse_day(text, DE)


@pytest.mark.parametrize("text", ["2026-02-29", "31.04.2026", "2026-13-01"])
def test_a_day_not_in_the_calendar_is_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="is not a day in the calendar"):
        parse_day(text, DE)


def test_years_are_bounded_to_1900_through_2199() -> None:
    assert parse_day("1900-01-01", US) == date(1900, 1, 1)
    assert parse_day("2199-12-31", US) == date(2199, 12, 31)
    for text in ("1899-12-31", "2200-01-01"):
        with pytest.raises(ValidationError, match="must lie between 1900 and 2199"):
            parse_day(text, US)


def test_dates_are_written_with_four_digit_years() -> None:
    day = date(2026, 12, 4)
    assert [format_day(day, locale) for locale in (US, GB, DE, FR)] == [
        "12/4/2026",
        "04/12/2026",
        "04.12.2026",
        "04/12/2026",
    ]
    assert format_day(None, US) == ""


def test_written_dates_read_back_to_the_same_day_in_every_locale() -> None:
    for locale in (US, GB, DE, FR):
        for day in (date(2026, 1, 2), date(2027, 12, 31), date(2026, 2, 28)):
            assert parse_day(format_day(day, locale), locale) == day


def test_the_user_locale_comes_from_the_environment_unless_the_app_sets_it() -> None:
    assert ValueLocale.from_environment({"LANG": "de_DE.UTF-8"}).decimal == ","
    assert ValueLocale.from_environment({"LC_ALL": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"}).name == "fr_FR"
    assert ValueLocale.from_environment({"LANG": "C"}).name == "en_GB"
    assert ValueLocale.from_environment({}).name == "en_GB"
    assert ValueLocale.named("xx_YY").name == "en_GB"
    try:
        set_user_locale("de_DE")
        assert user_locale() == DE
        assert parse_number("1,5") == 1.5
    finally:
        set_user_locale(None)
