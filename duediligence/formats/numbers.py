"""Numbers, money and percentages: read strictly in the person's locale, written the same way.

Reading is strict on purpose. Under English, "1,234.5" is 1234.5 and "1,5" is refused (it could be
one and a half written the German way, or 15 mistyped); under German, "8.640,00" is 8640 and "1.5"
is refused the same way. Only separators a locale really uses, in the places it uses them, are read.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import cache
from typing import Any

from duediligence.errors import Reason, ValidationError
from duediligence.formats.locale import SPACES, ValueLocale, user_locale
from duediligence.i18n import translate

# No value the workbook holds is larger (a thousand trillion; floats are exact for whole numbers up to
# 9e15): bigger ones are typing accidents or hostile files, and would overflow sums and simulations.
MAX_MAGNITUDE = 1e15
MAX_LENGTH = 64  # characters; a longer "number" is not one
UNKNOWN = "—"
CURRENCY_SIGNS = "€$£¥₹"


@cache
def _pattern(locale: ValueLocale) -> re.Pattern[str]:
    decimal = re.escape(locale.decimal)
    if locale.group_is_space:
        group = f"[{SPACES}]"
    elif locale.group in "’'":
        group = "[’']"
    else:
        group = re.escape(locale.group)
    whole = rf"\d{{1,3}}(?:{group}\d{{3}})+|\d+"
    if locale.indian_grouping:
        whole = rf"\d{{1,2}}(?:{group}\d{{2}})*{group}\d{{3}}|{whole}"
    return re.compile(rf"(?P<sign>[-+−]?)(?P<whole>{whole})?(?:{decimal}(?P<fraction>\d+))?")


def _read(text: str, locale: ValueLocale) -> float | None:
    """The number `text` means in `locale`, or None when it is not written that way."""
    match = _pattern(locale).fullmatch(text)
    if match is None or not (match["whole"] or match["fraction"]):
        return None
    digits = re.sub(r"\D", "", match["whole"] or "0")
    negative = match["sign"] in ("-", "−")
    return float(Decimal(f"{'-' if negative else ''}{digits}.{match['fraction'] or '0'}"))


def _swapped(locale: ValueLocale) -> ValueLocale:
    """The same locale with "." and "," exchanged: how the other half of the world writes numbers."""
    from dataclasses import replace

    if locale.decimal == ".":
        return replace(locale, decimal=",", group=".")
    return replace(locale, decimal=".", group=",")


def whole_number_expected() -> Reason:
    return Reason(
        translate("Refusal", "expected a whole number"), translate("Refusal", "%1 is not a whole number")
    )


def _not_a_number() -> Reason:
    return Reason(translate("Refusal", "expected a number"), translate("Refusal", "%1 is not a number"))


def _locale_name(locale: ValueLocale) -> str:
    """The locale's name in the user's language ("English (UK)", "Englisch (Vereinigtes Königreich)")."""
    from babel import Locale

    language = translate("Formats", "en", "the code of the language locale names are written in")
    if language == "en":
        return locale.display_name
    return Locale.parse(locale.name).get_display_name(language) or locale.display_name


def _refusal(text: str, locale: ValueLocale) -> Reason:
    example = format_number(1234.5, locale)
    meant = _read(text, _swapped(locale))
    if meant is None or not re.search(r"[.,]", text):
        return Reason(
            translate("Refusal", "is not a number (write numbers like %1, as in %2)"),
            translate("Refusal", "%1 is not a number (write numbers like %2, as in %3)"),
            (example, _locale_name(locale)),
        )
    readings = [format_number(meant, locale, decimals=10)]
    if re.fullmatch(r"[-+−]?\d{1,3}(?:[.,]\d{3})+", text):  # also thousands, one separator misread
        readings.append(format_number(float(re.sub(r"[.,]", "", text).replace("−", "-")), locale))
    readings = list(dict.fromkeys(readings))
    if len(readings) == 1:
        return Reason(
            translate(
                "Refusal", "is not a number as written in %1, where the decimal sign is “%2”: write %3"
            ),
            translate(
                "Refusal", "%1 is not a number as written in %2, where the decimal sign is “%3”: write %4"
            ),
            (_locale_name(locale), locale.decimal, readings[0]),
        )
    return Reason(
        translate(
            "Refusal",
            "is not a number as written in %1, where the decimal sign is “%2”: write %3 or %4, "
            "whichever you mean",
        ),
        translate(
            "Refusal",
            "%1 is not a number as written in %2, where the decimal sign is “%3”: write %4 or %5, "
            "whichever you mean",
        ),
        (_locale_name(locale), locale.decimal, *readings),
    )


def check_magnitude(field: str, value: float, shown: Any = None) -> float:
    if not math.isfinite(value):
        reason = Reason(
            translate("Refusal", "must be a finite number"),
            translate("Refusal", "%1 must be a finite number"),
        )
        raise ValidationError(field, shown if shown is not None else value, reason)
    if abs(value) > MAX_MAGNITUDE:
        reason = Reason(
            translate("Refusal", "is too large (at most 1,000,000,000,000,000)"),
            translate("Refusal", "%1 is too large (at most 1,000,000,000,000,000)"),
        )
        raise ValidationError(field, shown if shown is not None else value, reason)
    return 0.0 if value == 0 else value  # no "-0"


def parse_number(value: Any, locale: ValueLocale | None = None, *, field: str = "value") -> float | None:
    """A number from what a person typed (locale-aware text) or a file held (int, float, Decimal).

    Blank text is None (not entered); anything else is a finite number within ±MAX_MAGNITUDE or a
    ValidationError naming `field`.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError(field, value, _not_a_number())
    if isinstance(value, int | float | Decimal):
        try:
            converted = float(value)
        except OverflowError:  # an int with hundreds of digits
            reason = Reason(translate("Refusal", "is too large"), translate("Refusal", "%1 is too large"))
            raise ValidationError(field, f"{str(value)[:20]}…", reason) from None
        return check_magnitude(field, converted, value)
    if not isinstance(value, str):
        raise ValidationError(field, value, _not_a_number())
    text = value.strip()
    if not text:
        return None
    if len(text) > MAX_LENGTH:
        reason = Reason(
            translate("Refusal", "is not a number (%1 characters)"),
            translate("Refusal", "%1 is not a number (%2 characters)"),
            (str(len(text)),),
        )
        raise ValidationError(field, f"{text[:20]}…", reason)
    locale = locale or user_locale()
    number = _read(text, locale)
    if number is None:
        raise ValidationError(field, value, _refusal(text, locale))
    return check_magnitude(field, number, value)


def parse_integer(value: Any, locale: ValueLocale | None = None, *, field: str = "value") -> int | None:
    number = parse_number(value, locale, field=field)
    if number is None:
        return None
    if not number.is_integer():
        raise ValidationError(field, value, whole_number_expected())
    return int(number)


def parse_money(
    value: Any, locale: ValueLocale | None = None, *, field: str = "amount", currency: str | None = None
) -> float | None:
    """An amount, with or without its currency written before or after it ("€ 1.200", "1,200 EUR")."""
    if isinstance(value, str):
        text = value.strip()
        codes = {currency.upper()} if currency else set()
        pattern = rf"^(?:[{CURRENCY_SIGNS}]|[A-Z]{{3}})\s*|\s*(?:[{CURRENCY_SIGNS}]|[A-Z]{{3}})$"
        stripped = re.sub(pattern, "", text)
        code = re.sub(r"[^A-Z]", "", text.replace(stripped, "", 1))
        if stripped != text and (not code or not codes or code in codes):
            value = stripped
    return parse_number(value, locale, field=field)


def parse_percent(value: Any, locale: ValueLocale | None = None, *, field: str = "value") -> float | None:
    """A share typed in percent ("8", "8 %", "8,5%") as a fraction (0.08); numbers from files are
    fractions already."""
    if not isinstance(value, str):
        return parse_number(value, locale, field=field)
    number = parse_number(value.strip().removesuffix("%"), locale, field=field)
    return None if number is None else number / 100


def _group(digits: str, locale: ValueLocale) -> str:
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    size = 2 if locale.indian_grouping else 3
    parts: list[str] = []
    while head:
        parts.insert(0, head[-size:])
        head = head[:-size]
    return locale.group.join([*parts, tail])


def format_number(
    value: float | int | None, locale: ValueLocale | None = None, *, decimals: int = 2, grouped: bool = True
) -> str:
    """`value` with at most `decimals` decimals and no trailing zeros (7, 7.5, 12,000); "—" when unknown."""
    if value is None or not math.isfinite(value):
        return UNKNOWN
    locale = locale or user_locale()
    text = f"{abs(Decimal(repr(float(value)))):.{decimals}f}"  # repr: the shortest digits, no binary noise
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    sign = "-" if value < 0 and (whole.strip("0") or fraction) else ""
    whole = _group(whole, locale) if grouped else whole
    return f"{sign}{whole}{locale.decimal}{fraction}" if fraction else f"{sign}{whole}"


def format_money(
    value: float | None, currency: str, locale: ValueLocale | None = None, *, decimals: int | None = None
) -> str:
    """An amount with its currency as the locale writes it (€12,000 / 12.000 €); whole amounts without
    cents unless `decimals` is given; "—" when unknown."""
    if value is None or not math.isfinite(value):
        return UNKNOWN
    from babel.numbers import format_currency

    locale = locale or user_locale()
    places = decimals if decimals is not None else (0 if float(value).is_integer() else 2)
    pattern = _currency_pattern(locale.name, places)
    return format_currency(value, currency, pattern, locale=locale.name, currency_digits=False)


@cache
def _currency_pattern(name: str, places: int) -> str:
    from babel import Locale

    pattern = Locale.parse(name).currency_formats["standard"].pattern.split(";")[0]
    return re.sub(r"0(\.0+)?", "0" + ("." + "0" * places if places else ""), pattern, count=1)


def format_percent(value: float | None, locale: ValueLocale | None = None, *, decimals: int = 1) -> str:
    """A fraction as a percentage the locale's way (8.5%, 8,5 %); "—" when unknown."""
    if value is None or not math.isfinite(value):
        return UNKNOWN
    from babel import Locale

    locale = locale or user_locale()
    pattern = Locale.parse(locale.name).percent_formats[None]
    return f"{pattern.prefix[0]}{format_number(value * 100, locale, decimals=decimals)}{pattern.suffix[0]}"
