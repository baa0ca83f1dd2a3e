"""Calendar dates: ISO (2026-12-04) everywhere, or the locale's short order with a four-digit year.

A two-digit year is refused rather than guessed (a date typed as 04.12.26 once became 1926).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from duediligence.errors import Reason, ValidationError
from duediligence.formats.locale import ValueLocale, user_locale
from duediligence.i18n import translate

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
            reason = Reason(
                translate("Refusal", "must lie between %1 and %2"),
                translate("Refusal", "%1 must lie between %2 and %3"),
                (str(FIRST_YEAR), str(LAST_YEAR)),
            )
            raise ValidationError(field, value, reason)
        return value
    if not isinstance(value, str):
        raise ValidationError(
            field,
            value,
            Reason(translate("Refusal", "expected a date"), translate("Refusal", "%1 is not a date")),
        )
    text = value.strip()
    if not text:
        return None
    locale = locale or user_locale()
    match = _PARTS.fullmatch(text)
    if match is None:
        reason = Reason(
            translate("Refusal", "expected a date such as %1 or 2026-12-04"),
            translate("Refusal", "%1 is not a date; write it such as %2 or 2026-12-04"),
            (_example(locale),),
        )
        raise ValidationError(field, value, reason)
    first, second, third = match.groups()
    if len(first) == 4:
        year, month, day_ = first, second, third
    elif locale.date_order == "MDY":
        month, day_, year = first, second, third
    elif locale.date_order == "DMY":
        day_, month, year = first, second, third
    else:  # a year-first locale: only the year-first form is unambiguous
        reason = Reason(
            translate("Refusal", "expected a date such as %1"),
            translate("Refusal", "%1 is not a date; write it such as %2"),
            (_example(locale),),
        )
        raise ValidationError(field, value, reason)
    if len(year) != 4:
        reason = Reason(
            translate("Refusal", "write the year with four digits, e.g. %1 (a two-digit year is ambiguous)"),
            translate(
                "Refusal", "%1: write the year with four digits, e.g. %2 (a two-digit year is ambiguous)"
            ),
            (_example(locale),),
        )
        raise ValidationError(field, value, reason)
    try:
        result = date(int(year), int(month), int(day_))
    except ValueError:
        reason = Reason(
            translate("Refusal", "is not a day in the calendar"),
            translate("Refusal", "%1 is not a day in the calendar"),
        )
        raise ValidationError(field, value, reason) from None
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
