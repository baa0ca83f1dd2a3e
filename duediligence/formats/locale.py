"""Which signs a locale writes numbers and dates with, from CLDR (through Babel, as Qt does too).

The desktop app sets the user's locale from Qt at start-up; the command line and scripts take it from
the environment (LC_ALL, LC_NUMERIC, LANG). Without one configured ("C", a bare container), numbers
and dates are read and written the British way (1,234.5 and 04/12/2026), like the app does.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache

FALLBACK = "en_GB"
SPACES = "\u00a0\u202f\u2009 "  # the group separators that people type as a plain space


@dataclass(frozen=True)
class ValueLocale:
    """How one locale writes numbers and dates."""

    name: str  # "de_DE"
    decimal: str  # ","
    group: str  # "."
    date_order: str  # "DMY", "MDY" or "YMD"
    date_separator: str  # "."
    display_name: str  # "German (Germany)", for messages
    indian_grouping: bool = False  # 1,23,45,678 (en_IN and others)

    @classmethod
    def named(cls, name: str) -> ValueLocale:
        """The locale called `name` ("de_DE", "de-DE", "de_DE.UTF-8"); British for unknown names."""
        return _named(_canonical(name))

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> ValueLocale:
        env = os.environ if environ is None else environ
        for variable in ("LC_ALL", "LC_NUMERIC", "LANG"):
            if env.get(variable):
                return cls.named(env[variable])
        return cls.named(FALLBACK)

    @property
    def group_is_space(self) -> bool:
        return self.group in SPACES


def _canonical(name: str) -> str:
    base = re.split(r"[.@]", name.strip(), maxsplit=1)[0].replace("-", "_")
    return FALLBACK if base in ("", "C", "POSIX") else base


@cache
def _named(name: str) -> ValueLocale:
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_date_format
    from babel.numbers import get_decimal_symbol, get_group_symbol

    try:
        locale = Locale.parse(name)
    except (UnknownLocaleError, ValueError, TypeError):
        if name == FALLBACK:
            raise
        return _named(FALLBACK)
    pattern = get_date_format("short", locale).pattern
    order = "".join(dict.fromkeys(c.upper() for c in pattern if c in "dMy"))
    separator = next((c for c in pattern if not c.isalpha() and c != "'"), "/")
    decimal_pattern = locale.decimal_formats.get(None)
    grouping = getattr(decimal_pattern, "grouping", (3, 3))
    return ValueLocale(
        name=str(locale),
        decimal=get_decimal_symbol(locale),
        group=get_group_symbol(locale),
        date_order=order if sorted(order) == ["D", "M", "Y"] else "DMY",
        date_separator=separator,
        display_name=locale.get_display_name("en") or str(locale),
        indian_grouping=grouping[1] == 2,
    )


_user: ValueLocale | str | None = None


def set_user_locale(locale: ValueLocale | str | None) -> None:
    """The locale text without one of its own is read in (the app calls this with Qt's locale).

    A name is looked up when first needed, so start-up does not pay for loading CLDR data.
    """
    global _user
    _user = locale


def user_locale() -> ValueLocale:
    global _user
    if isinstance(_user, str):
        _user = ValueLocale.named(_user)
    return _user if _user is not None else ValueLocale.from_environment()
