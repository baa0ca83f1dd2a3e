"""How the import's lines quote a cell's value, and say why a value is refused."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from duediligence.exchange import layout as L
from duediligence.exchange.safety import number_text


def show(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return L.YES if value else L.NO
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, int):  # a cell may hold a whole number of a thousand digits
        digits = str(value)
        return digits if len(digits) <= 20 else f"{digits[:12]}… ({len(digits):,} digits)"
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "…"
        return repr(text)
    return str(value)


def refusal(value: Any, reason: str) -> str:
    """A checker's reason as said of the value a cell holds: "'abc' is not a number (…)"."""
    if value is None or value == "":
        return "is empty; it must be filled in" if reason == "cannot be empty" else f"is empty; {reason}"
    shown = show(value)
    if reason.startswith("expected "):
        what, _, example = reason[len("expected ") :].partition(" such as ")
        return f"{shown} is not {what}" + (f"; write it such as {example}" if example else "")
    if reason.startswith(("is ", "must ", "contains ", "cannot ", "names ", "lies ", "has ")):
        return f"{shown} {reason}"
    return f"{shown}: {reason}"
