"""Does the winner depend on the discount rate or the horizon? The ranking redone across each.

The horizon is tried at every whole year from 1 to twice today's (at least 10, at most 50): exact.
The discount rate is tried every half per cent from 0 % to twice today's (at least 20 %): a change
between two tried rates shows at the next one, which the buyer is told. Only what the money feeds
moves: the TCO follows the horizon, the NPV both; a criterion typed by hand stays as it is. The
answer, per setting, is the stretch around today's value where today's winner stays first, and who
takes over beyond each end (like the weight tornado).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from duediligence.decision.matrix import Matrix
from duediligence.enums import ValueSource
from duediligence.i18n import QT_TRANSLATE_NOOP

RATE_STEP = 0.005


@dataclass(frozen=True)
class SettingSensitivity:
    """One row: today's value, the stretch [low, high] of tried values where the winner holds, and
    who ranks first just beyond each end (None: it holds to the end of the tried range)."""

    setting: str  # "discount_rate" or "horizon_years"
    current: float
    tried_from: float
    tried_to: float
    low: float
    high: float
    down_winner: int | None  # option id
    up_winner: int | None
    down_at: float | None  # the first tried value where another option wins
    up_at: float | None

    @property
    def holds(self) -> bool:
        return self.down_winner is None and self.up_winner is None


@dataclass(frozen=True)
class MoneySensitivity:
    winner: int | None  # option id of today's winner
    names: dict[int, str]
    rows: tuple[SettingSensitivity, ...]
    problem: str | None = None  # why nothing can be shown
    note: str | None = None  # what the reader should know about the rows


def _winner(matrix: Matrix) -> int | None:
    from duediligence.decision.ranking import rank_matrix

    ranked = rank_matrix(matrix).ranked()
    return ranked[0].id if ranked else None


def _stretch(
    setting: str,
    values: Sequence[float],
    current: float,
    winner_at: Callable[[float], int | None],
    winner: int,
) -> SettingSensitivity:
    """Walk from today's value down and up the tried values until another option ranks first."""
    below = [v for v in values if v < current][::-1]
    above = [v for v in values if v > current]

    def walk(side: list[float]) -> tuple[float, int | None, float | None]:
        last = current
        for v in side:
            who = winner_at(v)
            if who != winner:
                return last, who, v
            last = v
        return last, None, None

    low, down, down_at = walk(below)
    high, up, up_at = walk(above)
    return SettingSensitivity(setting, current, values[0], values[-1], low, high, down, up, down_at, up_at)


def money_sensitivity(matrix: Matrix) -> MoneySensitivity:
    """The discount rate's and the horizon's rows, for the settings that feed some criterion."""
    names = {o.id: o.name for o in matrix.options}
    sources = {c.value_source for c in matrix.criteria}
    uses_npv, uses_tco = ValueSource.NPV.value in sources, ValueSource.TCO.value in sources
    winner = _winner(matrix)
    if winner is None:
        return MoneySensitivity(None, names, (), QT_TRANSLATE_NOOP("Charts", "No option is ranked yet."))
    note = None
    if not (uses_npv or uses_tco):
        note = QT_TRANSLATE_NOOP(
            "Charts",
            "No criterion is scored by TCO or NPV, so neither the discount rate nor the horizon can "
            "change the winner.",
        )

    def at_rate(rate: float) -> int | None:
        return winner if note else _winner(replace(matrix, discount_rate=rate))

    def at_horizon(years: float) -> int | None:
        return winner if note else _winner(replace(matrix, horizon_years=int(years)))

    # Without a money criterion nothing the ranking reads depends on them: no need to rank again.

    top = max(0.20, 2 * matrix.discount_rate)
    rates = [round(i * RATE_STEP, 6) for i in range(round(top / RATE_STEP) + 1)]
    if matrix.discount_rate not in rates:
        rates = sorted({*rates, matrix.discount_rate})
    years = [float(y) for y in range(1, min(50, max(10, 2 * matrix.horizon_years)) + 1)]
    rows = []
    if uses_npv or note:
        rows.append(_stretch("discount_rate", rates, matrix.discount_rate, at_rate, winner))
    rows.append(_stretch("horizon_years", years, float(matrix.horizon_years), at_horizon, winner))
    return MoneySensitivity(winner, names, tuple(rows), note=note)
