"""A cost line as `decision.cost_lines.option_money` reads one (the stored row's fields, plain)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    label: str
    amount: float | None
    recurrence: str = "one_time"
    category: str = "licence"
    low: float | None = None
    high: float | None = None
    year: int = 0
    from_year: int = 1
    to_year: int | None = None
    escalation: float = 0.0
    currency: str | None = None
