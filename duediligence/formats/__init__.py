"""Numbers, money, percentages and dates as people write them in their locale: one parser and one
formatter per kind, used by every editor, the command line and every import.

A value is read as the person meant it or refused with a sentence that says how to write it; it is
never re-read silently (a "1,5" typed under an English locale is refused, not stored as 15).

The names below load their module on first use: the app sets the user's locale (`formats.locale`)
before its first window is painted, and reads or writes the first number only after that.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULE_OF = {
    "format_day": "dates",
    "parse_day": "dates",
    "ValueLocale": "locale",
    "set_user_locale": "locale",
    "user_locale": "locale",
    "MAX_MAGNITUDE": "numbers",
    "format_money": "numbers",
    "format_number": "numbers",
    "format_percent": "numbers",
    "parse_integer": "numbers",
    "parse_money": "numbers",
    "parse_number": "numbers",
    "parse_percent": "numbers",
}

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


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
