"""Dates as the user reads and types them: the locale's short format with a four-digit year, or ISO."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def day_format(locale: QLocale | None = None) -> str:
    """The locale's short date format, widened to four-digit years (so 26 never reads as 1926)."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def format_day(value: date | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    return (locale or QLocale()).toString(QDate(value), day_format(locale))


def parse_day(text: str, locale: QLocale | None = None) -> date | str | None:
    """The date in `text` (locale format, then YYYY-MM-DD); None when blank; the text itself when it
    is not a date, so that the core refuses it with a reason."""
    text = text.strip()
    if not text:
        return None
    locale = locale or QLocale()
    for pattern in (day_format(locale), locale.dateFormat(QLocale.FormatType.ShortFormat), "yyyy-MM-dd"):
        parsed = locale.toDate(text, pattern)
        if parsed.isValid():
            if "yyyy" not in pattern and parsed.year() < 1970:  # two-digit years mean this century
                parsed = parsed.addYears(100)
            return parsed.toPython()  # type: ignore[no-any-return]
    return text


def example_day(locale: QLocale | None = None) -> str:
    """A sample date in the user's format, for messages and placeholders."""
    return format_day(date(2026, 11, 22), locale)
