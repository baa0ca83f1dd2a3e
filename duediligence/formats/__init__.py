"""Numbers, money, percentages and dates as people write them in their locale: one parser and one
formatter per kind, used by every editor, the command line and every import.

A value is read as the person meant it or refused with a sentence that says how to write it; it is
never re-read silently (a "1,5" typed under an English locale is refused, not stored as 15).
"""

from __future__ import annotations

from duediligence.formats.dates import format_day, parse_day
from duediligence.formats.locale import ValueLocale, set_user_locale, user_locale
from duediligence.formats.numbers import (
    MAX_MAGNITUDE,
    format_money,
    format_number,
    format_percent,
    parse_integer,
    parse_money,
    parse_number,
    parse_percent,
)

__all__ = [
    "MAX_MAGNITUDE",
    "ValueLocale",
    "format_day",
    "format_money",
    "format_number",
    "format_percent",
    "parse_day",
    "parse_integer",
    "parse_money",
    "parse_number",
    "parse_percent",
    "set_user_locale",
    "user_locale",
]
