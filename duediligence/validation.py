"""Turning what a user typed or a file held into a value the workbook can store, or a clear refusal.

Each checker takes the field's name (for the message) and the raw value, and returns the clean
value or raises `ValidationError` saying what is wrong and where.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Any

from duediligence.errors import Reason, ValidationError
from duediligence.formats import format_number, parse_day, parse_number
from duediligence.formats.numbers import whole_number_expected
from duediligence.i18n import translate

Checker = Callable[[str, Any], Any]

MAX_TEXT = 20_000  # long enough for a pasted contract clause, short enough to stay a workbook cell
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")


def cannot_be_empty() -> Reason:
    return Reason(
        translate("Refusal", "cannot be empty"),
        translate("Refusal", "%1 cannot be empty"),
        of_empty=translate("Refusal", "is empty; it must be filled in"),
    )


def text(max_len: int = MAX_TEXT, *, required: bool = False) -> Checker:
    def check(field: str, value: Any) -> str:
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise ValidationError(
                field,
                value,
                Reason(translate("Refusal", "expected text"), translate("Refusal", "%1 is not text")),
            )
        value = value.strip() if required else value
        if required and not value:
            raise ValidationError(field, value, cannot_be_empty())
        if len(value) > max_len:
            length, limit = format_number(len(value)), format_number(max_len)
            reason = Reason(
                translate("Refusal", "is %1 characters long; at most %2"),
                translate("Refusal", "%1 is %2 characters long; at most %3"),
                (length, limit),
            )
            raise ValidationError(field, f"{value[:20]}…", reason)
        if any(ord(c) < 32 and c not in "\t\n\r" for c in value):
            reason = Reason(
                translate("Refusal", "contains control characters"),
                translate("Refusal", "%1 contains control characters"),
            )
            raise ValidationError(field, value, reason)
        if any("\ud800" <= c <= "\udfff" for c in value):  # half of a character: cannot be saved as UTF-8
            shown = value.encode("utf-8", "replace").decode()
            reason = Reason(
                translate("Refusal", "contains a broken character"),
                translate("Refusal", "%1 contains a broken character"),
            )
            raise ValidationError(field, shown, reason)
        return value

    return check


def number(*, optional: bool = True, minimum: float | None = None, maximum: float | None = None) -> Checker:
    """A number: numbers as they are, text read in the user's locale (`formats.parse_number`)."""

    def check(field: str, value: Any) -> float | None:
        result = parse_number(value, field=field)
        if result is None:
            if optional:
                return None
            reason = Reason(
                translate("Refusal", "a number is required"), translate("Refusal", "%1: a number is required")
            )
            raise ValidationError(field, value, reason)
        if minimum is not None and result < minimum:
            reason = Reason(
                translate("Refusal", "must be at least %1"),
                translate("Refusal", "%1 must be at least %2"),
                (format_number(minimum, decimals=6),),
            )
            raise ValidationError(field, value, reason)
        if maximum is not None and result > maximum:
            reason = Reason(
                translate("Refusal", "must be at most %1"),
                translate("Refusal", "%1 must be at most %2"),
                (format_number(maximum, decimals=6),),
            )
            raise ValidationError(field, value, reason)
        return result

    return check


def integer(*, optional: bool = True, minimum: int | None = None, maximum: int | None = None) -> Checker:
    as_number = number(optional=optional, minimum=minimum, maximum=maximum)

    def check(field: str, value: Any) -> int | None:
        result = as_number(field, value)
        if result is None:
            return None
        if result != int(result):
            raise ValidationError(field, value, whole_number_expected())
        return int(result)

    return check


def day(*, optional: bool = True) -> Checker:
    """A calendar date: a `date`, ISO text (YYYY-MM-DD) or the user's locale with a four-digit year."""

    def check(field: str, value: Any) -> date | None:
        result = parse_day(value, field=field)
        if result is None and not optional:
            reason = Reason(
                translate("Refusal", "a date is required"), translate("Refusal", "%1: a date is required")
            )
            raise ValidationError(field, value, reason)
        return result

    return check


def choice(enum: type[StrEnum], *, optional: bool = False) -> Checker:
    allowed = [member.value for member in enum]

    def check(field: str, value: Any) -> str | None:
        if value is None and optional:
            return None
        if isinstance(value, StrEnum):
            value = value.value
        if value not in allowed:
            reason = Reason(
                translate("Refusal", "must be one of %1"),
                translate("Refusal", "%1 must be one of %2"),
                (", ".join(allowed),),
            )
            raise ValidationError(field, value, reason)
        return str(value)

    return check


def flag(field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value in (0, 1):
        return bool(value)
    reason = Reason(
        translate("Refusal", "expected true or false"), translate("Refusal", "%1 is not true or false")
    )
    raise ValidationError(field, value, reason)


def optional_flag(field: str, value: Any) -> bool | None:
    return None if value is None else flag(field, value)


def currency(field: str, value: Any) -> str:
    if not isinstance(value, str) or not CURRENCY_RE.match(value.strip().upper()):
        reason = Reason(
            translate("Refusal", "expected a three-letter currency code such as EUR or USD"),
            translate("Refusal", "%1 is not a three-letter currency code; write it such as EUR or USD"),
        )
        raise ValidationError(field, value, reason)
    return value.strip().upper()


def json_object(field: str, value: Any) -> str | None:
    """A JSON object, given as a dict or as its text; kept as compact text (None or "" = none)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError as exc:
            reason = Reason(
                translate("Refusal", "is not JSON (%1)"),
                translate("Refusal", "%1 is not JSON (%2)"),
                (str(exc),),
            )
            raise ValidationError(field, value[:40], reason) from exc
    if not isinstance(value, dict):
        reason = Reason(
            translate("Refusal", "expected a JSON object"), translate("Refusal", "%1 is not a JSON object")
        )
        raise ValidationError(field, value, reason)
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        reason = Reason(
            translate("Refusal", "cannot be kept as JSON (%1)"),
            translate("Refusal", "%1 cannot be kept as JSON (%2)"),
            (str(exc),),
        )
        raise ValidationError(field, value, reason) from exc


def optional_currency(field: str, value: Any) -> str | None:
    """A currency code, or none (blank): the evaluation's own currency."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return currency(field, value)


def exchange_rates(field: str, value: Any) -> str:
    """Rates {"USD": 0.92} (one unit in the evaluation's currency), as JSON text or a mapping; stored
    as canonical JSON with the codes in alphabetical order; none = ""."""
    example = Reason(
        translate("Refusal", 'expected rates such as {"USD": 0.92}'),
        translate("Refusal", '%1 is not rates; write it such as {"USD": 0.92}'),
    )
    if value in (None, "", {}):
        return ""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise ValidationError(field, value, example) from None
    if not isinstance(value, dict):
        raise ValidationError(field, value, example)
    rates = {}
    for code, rate in value.items():
        key = currency(f"{field}.{code}", code)
        if isinstance(rate, bool) or not isinstance(rate, int | float) or not 0 < rate < 1e9:
            reason = Reason(
                translate("Refusal", "expected a rate above 0 for %1, e.g. 0.92"),
                translate("Refusal", "%1 is not a rate above 0 for %2, e.g. 0.92"),
                (key,),
            )
            raise ValidationError(f"{field}.{code}", rate, reason)
        rates[key] = float(rate)
    return json.dumps(dict(sorted(rates.items())))


def check_years_order(where: str, from_year: int | None, to_year: int | None) -> None:
    """A yearly cost line's last year may not come before its first."""
    if from_year is not None and to_year is not None and to_year < from_year:
        reason = Reason(
            translate("Refusal", "comes before from_year %1"),
            translate("Refusal", "%1: comes before from_year %2"),
            (str(from_year),),
        )
        raise ValidationError(f"{where}to_year", to_year, reason)


def optional_id(field: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            field,
            value,
            Reason(translate("Refusal", "expected an id"), translate("Refusal", "%1 is not an id")),
        )
    return value


def clean(specs: dict[str, Checker], values: dict[str, Any], *, where: str = "") -> dict[str, Any]:
    """Check every given field against its spec; unknown fields are refused, not ignored."""
    result = {}
    for name, value in values.items():
        label = f"{where}{name}"
        if name not in specs:
            reason = Reason(
                translate("Refusal", "is not a field that can be set"),
                translate("Refusal", "%1 is not a field that can be set"),
            )
            raise ValidationError(label, value, reason)
        result[name] = specs[name](label, value)
    return result


def raci(field: str, value: Any) -> str:
    """RACI letters per buying-process stage, as JSON text or a mapping; stored as canonical JSON."""
    from duediligence.enums import ProcessStage

    example = Reason(
        translate("Refusal", 'expected stage letters such as {"decide": "A"}'),
        translate("Refusal", '%1 is not stage letters; write it such as {"decide": "A"}'),
    )
    if value in (None, "", {}):
        return ""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise ValidationError(field, value, example) from None
    if not isinstance(value, dict):
        raise ValidationError(field, value, example)
    stages = [s.value for s in ProcessStage]
    for stage, letter in value.items():
        if stage not in stages:
            reason = Reason(
                translate("Refusal", "is not a stage; stages are %1"),
                translate("Refusal", "%1 is not a stage; stages are %2"),
                (", ".join(stages),),
            )
            raise ValidationError(field, stage, reason)
        if letter not in ("R", "A", "C", "I"):
            reason = Reason(
                translate("Refusal", "a RACI letter must be R, A, C or I"),
                translate("Refusal", "%1: a RACI letter must be R, A, C or I"),
            )
            raise ValidationError(field, letter, reason)
    return json.dumps({s: value[s] for s in stages if s in value})
