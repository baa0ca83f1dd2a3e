"""Calendar dates: ISO (2026-12-04) everywhere, or the locale's short order with a four-digit year.

A two-digit year is refused rather than guessed (a date typed as 04.12.26 once became 1926).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from duediligence.errors import ValidationError
from duediligence.formats.locale import ValueLocale, user_locale

FIRST_YEAR, LAST_YEAR = 1900, 2199
_PARTS = re.compile(r"(\d{1,4})[./\-](\d{1,2})[./\-](\d{1,4})")


def _example(locale: ValueLocale) -> str:
    return format_day(date(2026, 12, 4), locale)


def parse_day(value: Any, locale: ValueLocale | None = None, *, field: str = "date") -> date | None:
    """A date from a `date`, a `datetime` or text; None when blank; a ValidationError otherwise."""
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        if not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise ValidationError(field, value, f"must lie between {FIRST_YEAR} and {LAST_YEAR}")
        return value
    if not isinstance(value, str):
        raise ValidationError(field, value, "expected a date")
    text = value.strip()
    if not text:
        return None
    locale = locale or user_locale()
    match = _PARTS.fullmatch(text)
    if match is None:
        raise ValidationError(field, value, f"expected a date such as {_example(locale)} or 2026-12-04")
    first, second, third = match.groups()
    if len(first) == 4:
        year, month, day_ = first, second, third
    elif locale.date_order == "MDY":
        month, day_, year = first, second, third
    elif locale.date_order == "DMY":
        day_, month, year = first, second, third
    else:  # a year-first locale: only the year-first form is unambiguous
        raise ValidationError(field, value, f"expected a date such as {_example(locale)}")
    if len(year) != 4:
        reason = f"write the year with four digits, e.g. {_example(locale)} (a two-digit year is ambiguous)"
        raise ValidationError(field, value, reason)
    try:
        result = date(int(year), int(month), int(day_))
    except ValueError:
        raise ValidationError(field, value, "is not a day in the calendar") from None
    return parse_day(result, locale, field=field)


def format_day(value: date | None, locale: ValueLocale | None = None) -> str:
    """`value` in the locale's short form with a four-digit year (12/4/2026, 04.12.2026); "" when none."""
    if value is None:
        return ""
    from babel.dates import format_date, get_date_format

    locale = locale or user_locale()
    pattern = get_date_format("short", locale=locale.name).pattern
    widened = re.sub(r"y+", "yyyy", pattern)
    return str(format_date(value, widened, locale=locale.name))
