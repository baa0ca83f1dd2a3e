"""How the import's lines quote a cell's value, and say why a value is refused."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from duediligence.errors import Reason, fill
from duediligence.exchange import layout as L
from duediligence.exchange.safety import number_text
from duediligence.i18n import translate


def show(value: Any) -> str:
    if value is None or value == "":
        return translate("ImportLines", "(empty)")
    if isinstance(value, bool):
        return L.YES if value else L.NO
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, int):  # a cell may hold a whole number of a thousand digits
        digits = str(value)
        if len(digits) <= 20:
            return digits
        return fill(translate("ImportLines", "%1… (%2 digits)"), digits[:12], f"{len(digits):,}")
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "…"
        return repr(text)
    return str(value)


def refusal(value: Any, reason: str | Reason) -> str:
    """A checker's reason as said of the value a cell holds: "'abc' is not a number (…)".

    A `Reason` brings its own whole sentences; a plain reason (a rule of an operation that gives no
    `Reason` yet) is English, and is joined to the value the way English allows.
    """
    empty = value is None or value == ""
    if isinstance(reason, Reason):
        return reason.about(None if empty else show(value))
    if empty:
        return "is empty; it must be filled in" if reason == "cannot be empty" else f"is empty; {reason}"
    shown = show(value)
    if reason.startswith("expected "):
        what, _, example = reason[len("expected ") :].partition(" such as ")
        return f"{shown} is not {what}" + (f"; write it such as {example}" if example else "")
    if reason.startswith(("is ", "must ", "contains ", "cannot ", "names ", "lies ", "has ")):
        return f"{shown} {reason}"
    return f"{shown}: {reason}"
