"""Numbers as the user reads and types them: the locale's decimal sign, with a plain-dot fallback."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale


def parse_number(text: str, locale: QLocale | None = None) -> float | None:
    """The number in `text` (locale first, then "7.5" style), or None when it is not a number."""
    text = text.strip()
    if not text:
        return None
    for reader in (locale or QLocale(), QLocale.c()):
        value, ok = reader.toDouble(text)
        if ok and math.isfinite(value):
            return value
    return None


def format_number(
    value: float, locale: QLocale | None = None, *, decimals: int = 2, grouped: bool = True
) -> str:
    """`value` with at most `decimals` decimals and no trailing zeros (7, 7.5, 12,000)."""
    locale = QLocale(locale or QLocale())
    if not grouped:
        locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    text = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return "0" if text in ("-0", "") else text


def raw_number(value: float, locale: QLocale | None = None) -> str:
    """`value` in full precision for editing and copying: locale decimal sign, no grouping."""
    return format_number(value, locale, decimals=10, grouped=False)
