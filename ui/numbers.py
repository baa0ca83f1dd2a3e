"""Numbers and dates as the window shows and reads them: the core's one parser and formatter per kind
(`duediligence.formats`) in the locale Qt uses, so a cell, an editor and the command line agree on what
"1.234,5" means.

Reading never guesses: text the locale does not read is handed on as typed, for the core to refuse
with the field's name (it reads text in the same locale: the app calls `set_user_locale` with Qt's).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale

from duediligence import formats
from duediligence.errors import ValidationError
from duediligence.formats import ValueLocale
from duediligence.formats.numbers import UNKNOWN

__all__ = [
    "UNKNOWN",
    "day_display_format",
    "day_edit_value",
    "format_day",
    "format_moment",
    "format_money",
    "format_number",
    "raw_number",
    "read_number",
    "shown_value",
    "typed_day",
    "typed_integer",
    "typed_money",
    "typed_number",
    "typed_percent",
    "ui_locale",
]


def ui_locale() -> ValueLocale:
    """The locale the window writes in (Qt's default locale), as the core knows it."""
    return ValueLocale.named(QLocale().name())


# ---------------------------------------------------------------- numbers


def format_number(value: float | None, *, decimals: int = 2, grouped: bool = True) -> str:
    """`value` with at most `decimals` decimals and no trailing zeros (7, 7.5, 12,000); "—" when unknown."""
    return formats.format_number(value, ui_locale(), decimals=decimals, grouped=grouped)


def format_money(value: float | None, currency: str, *, decimals: int | None = None) -> str:
    """An amount with its currency the locale's way (€12,000 / 12.000 €); "—" when unknown."""
    return formats.format_money(value, currency, ui_locale(), decimals=decimals)


def raw_number(value: float | None, *, grouped: bool = False) -> str:
    """`value` to edit or copy: every digit it has (so Enter stores nothing new), ungrouped unless asked;
    "" when there is none."""
    if value is None:
        return ""
    return formats.format_number(value, ui_locale(), decimals=20, grouped=grouped)


def read_number(text: str, field: str) -> float | None:
    """The number `text` means in the window's locale, None when blank; ValidationError naming `field`
    (saying how to write it) when the locale does not read it."""
    return formats.parse_number(text, ui_locale(), field=field)


def typed_number(value: Any) -> Any:
    """A typed number as a float, None when blank; text the locale does not read goes on as typed, for
    the core to refuse naming the field. Anything not text passes unchanged."""
    if not isinstance(value, str):
        return value
    try:
        return formats.parse_number(value, ui_locale())
    except ValidationError:
        return value.strip()


def typed_money(value: Any) -> Any:
    """Like `typed_number`, and a currency written before or after the amount is allowed ("1.200 €")."""
    if not isinstance(value, str):
        return value
    try:
        return formats.parse_money(value, ui_locale())
    except ValidationError:
        return value.strip()


def typed_integer(value: Any) -> Any:
    """Like `typed_number`, for a whole number (a year): "3" → 3; "3.5" or "x" go on for the core to
    refuse naming the field."""
    if not isinstance(value, str):
        return value
    try:
        return formats.parse_integer(value, ui_locale())
    except ValidationError:
        return value.strip()


def typed_percent(value: Any) -> Any:
    """Like `typed_number`, for a share typed in percent ("5", "5 %", "2,5%") → a fraction (0.05);
    blank → 0 (no change)."""
    if not isinstance(value, str):
        return value
    try:
        share = formats.parse_percent(value, ui_locale())
    except ValidationError:
        return value.strip()
    return 0.0 if share is None else share


def shown_value(value: Any) -> str:
    """A value a refusal quotes back: numbers and dates the locale's way, anything else as it is."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int | float):
        return format_number(value, decimals=10)
    if isinstance(value, date):
        return format_day(value)
    return str(value)


# ---------------------------------------------------------------- dates


def format_day(value: date | None) -> str:
    """A date the locale's way with a four-digit year (12/4/2026, 04.12.2026); "" when none."""
    return formats.format_day(value, ui_locale())


def format_moment(value: datetime) -> str:
    """A point in time in local time: the day as `format_day` writes it, then hours and minutes."""
    local = value.astimezone() if value.tzinfo is not None else value
    time = QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return f"{format_day(local.date())} {time}"


def day_display_format(locale: QLocale | None = None) -> str:
    """The locale's short date order for a QDateEdit, widened to four-digit years (26 never becomes 1926)."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def day_edit_value(value: date | None) -> QDate:
    """A stored date as a date column's edit role carries it to the date editor (null: no date)."""
    return QDate(value) if isinstance(value, date) else QDate()


def typed_day(value: Any) -> Any:
    """A date from an editor: a QDate (a null one: no date), a `date`, or text read in the locale (text it
    does not read goes on as typed, for the core to refuse naming the field)."""
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None
    if not isinstance(value, str):
        return value
    try:
        return formats.parse_day(value, ui_locale())
    except ValidationError:
        return value.strip()
