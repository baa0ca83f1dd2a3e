"""The numbers behind the value-for-money chart and the discount-rate / horizon chart."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from duediligence.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from duediligence.decision.matrix import Matrix
    from duediligence.decision.ranking import EvaluationRanking


@dataclass(frozen=True)
class ValuePoint:
    index: int  # place in the evaluation's option order (its colour)
    name: str
    benefit: float
    money: float  # TCO or NPV
    dominated_by: tuple[str, ...]
    on_frontier: bool


@dataclass(frozen=True)
class ValueChart:
    title: str
    currency: str
    measure: str  # "tco" or "npv"
    points: tuple[ValuePoint, ...]
    frontier: tuple[int, ...]  # indexes into `points`, cheapest first
    left_out: tuple[str, ...]  # ranked options without a benefit score or known money
    problem: str | None
    hint: str = QT_TRANSLATE_NOOP(
        "Charts", "Score the options and enter their costs under Options & scores to see this chart."
    )


def value_chart(ranking: EvaluationRanking) -> ValueChart:
    """Benefit score against money for the ranked options whose both are known."""
    vfm = ranking.value_for_money
    if ranking.problem or vfm is None:
        problem = ranking.problem or QT_TRANSLATE_NOOP("Charts", "The options cannot be ranked yet.")
        return ValueChart(ranking.title, ranking.currency, "tco", (), (), (), problem)
    points, left_out = [], []
    ranked = {o.id for o in ranking.options if o.rank is not None}
    for index, point in enumerate(vfm.points):
        if point.benefit is None or point.money is None:
            if point.id in ranked:
                left_out.append(point.name)
            continue
        names = tuple(vfm.names(point.dominated_by))
        points.append(ValuePoint(index, point.name, point.benefit, point.money, names, point.on_frontier))
    place = {vfm.points[p.index].id: i for i, p in enumerate(points)}
    frontier = tuple(place[p.id] for p in vfm.frontier() if p.id in place)
    empty = (
        None
        if points
        else QT_TRANSLATE_NOOP("Charts", "No ranked option has both a benefit score and known money yet.")
    )
    return ValueChart(
        ranking.title, ranking.currency, vfm.measure, tuple(points), frontier, tuple(left_out), empty
    )


@dataclass(frozen=True)
class SettingBand:
    label: str  # "Discount rate" / "Horizon"
    unit: str  # "%" or "years"
    tried_from: float
    tried_to: float
    current: float
    low: float
    high: float
    down_winner: int | None  # option index (colour)
    up_winner: int | None
    down_at: float | None
    up_at: float | None


@dataclass(frozen=True)
class MoneySensitivityChart:
    title: str
    winner: int | None  # option index
    names: tuple[str, ...]
    rows: tuple[SettingBand, ...]
    problem: str | None
    note: str | None = None


def money_sensitivity_chart(matrix: Matrix) -> MoneySensitivityChart:
    from duediligence.robustness.money_sensitivity import money_sensitivity

    result = money_sensitivity(matrix)
    index = {o.id: i for i, o in enumerate(matrix.options)}
    names = tuple(o.name for o in matrix.options)

    def at(option_id: int | None) -> int | None:
        return None if option_id is None else index[option_id]

    rows = []
    for row in result.rows:
        rate = row.setting == "discount_rate"
        scale = 100.0 if rate else 1.0
        rows.append(
            SettingBand(
                QT_TRANSLATE_NOOP("Charts", "Discount rate")
                if rate
                else QT_TRANSLATE_NOOP("Charts", "Horizon"),
                "%" if rate else "years",
                row.tried_from * scale,
                row.tried_to * scale,
                row.current * scale,
                row.low * scale,
                row.high * scale,
                at(row.down_winner),
                at(row.up_winner),
                None if row.down_at is None else row.down_at * scale,
                None if row.up_at is None else row.up_at * scale,
            )
        )
    problem = result.problem
    if problem is None and not matrix.options:
        problem = QT_TRANSLATE_NOOP("Charts", "No options yet.")
    return MoneySensitivityChart(matrix.title, at(result.winner), names, tuple(rows), problem, result.note)
