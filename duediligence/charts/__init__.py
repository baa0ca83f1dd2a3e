"""Charts, drawn once: chart data from the workbook, and `draw_*(fig, data, theme)` on a matplotlib Figure.

The Charts tab hosts the Figure in a canvas; the PNG/SVG/PDF export and the decision report save the
same Figure. Nothing here uses pyplot, and importing this package loads neither matplotlib nor numpy
nor the database layer: they load when a chart is first computed or drawn.

    from matplotlib.figure import Figure
    from duediligence import charts

    with db.reading() as session:
        data = charts.CHART["scores"].load(session, evaluation_id)
    fig = Figure(figsize=(8, 5))
    charts.CHART["scores"].draw(fig, data, charts.LIGHT)
    fig.savefig("scores.png")
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from duediligence.charts.draw_money import draw_money_sensitivity, draw_value_for_money
from duediligence.charts.draw_registers import (
    HEAT_GID,
    draw_cost_curves,
    draw_risk_heat,
    draw_stakeholder_grid,
)
from duediligence.charts.draw_scores import draw_first_place, draw_profile, draw_score_breakdown, draw_tornado
from duediligence.charts.style import DARK, EMPTY_MESSAGE, LIGHT, Theme, option_colour, shorten
from duediligence.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlmodel import Session

__all__ = [
    "CHART",
    "CHARTS",
    "DARK",
    "EMPTY_MESSAGE",
    "HEAT_GID",
    "LIGHT",
    "Chart",
    "Theme",
    "option_colour",
    "shorten",
]


def _title(session: Session, evaluation_id: int) -> str:
    from duediligence.reads.evaluations import get_evaluation

    return get_evaluation(session, evaluation_id).title


def scores_data(session: Session, evaluation_id: int, today: date | None = None) -> Any:
    from duediligence.charts.data import score_breakdown
    from duediligence.charts.model import score_model

    return score_breakdown(score_model(session, evaluation_id, today))


def profile_data(session: Session, evaluation_id: int, today: date | None = None) -> Any:
    from duediligence.charts.data import profile
    from duediligence.charts.model import score_model

    return profile(score_model(session, evaluation_id, today))


def tornado_data(session: Session, evaluation_id: int, today: date | None = None) -> Any:
    from duediligence.charts.data import tornado
    from duediligence.charts.model import score_model

    return tornado(score_model(session, evaluation_id, today))


def first_place_data(session: Session, evaluation_id: int, today: date | None = None) -> Any:
    from duediligence.charts.robust import robustness

    return robustness(session, evaluation_id)


def cost_data(session: Session, evaluation_id: int, today: date | None = None) -> Any:
    from duediligence.charts.registers import cost_curves
    from duediligence.reads.matrix import load_matrix

    return cost_curves(load_matrix(session, evaluation_id))


def value_data(session: Session, evaluation_id: int, today: date | None = None) -> Any:
    from duediligence.charts.money import value_chart
    from duediligence.reads.ranking import evaluation_ranking

    return value_chart(evaluation_ranking(session, evaluation_id, today))


def money_sensitivity_data(session: Session, evaluation_id: int, today: date | None = None) -> Any:
    from duediligence.charts.money import money_sensitivity_chart
    from duediligence.reads.matrix import load_matrix

    return money_sensitivity_chart(load_matrix(session, evaluation_id))


def risk_heat_data(session: Session, evaluation_id: int, today: date | None = None) -> Any:
    from duediligence.charts.registers import heat_of

    return heat_of(session, evaluation_id, _title(session, evaluation_id), today)


def stakeholder_data(session: Session, evaluation_id: int, today: date | None = None) -> Any:
    from duediligence.charts.registers import stakeholder_grid

    return stakeholder_grid(session, evaluation_id, _title(session, evaluation_id))


@dataclass(frozen=True)
class Chart:
    """One chart: `load(session, evaluation_id)` → frozen data; `draw(fig, data, theme)` on a Figure."""

    key: str
    title: str
    load: Callable[..., Any]
    draw: Callable[..., None]


CHARTS = (
    Chart(
        "scores", QT_TRANSLATE_NOOP("Charts", "Weighted score by group"), scores_data, draw_score_breakdown
    ),
    Chart("profile", QT_TRANSLATE_NOOP("Charts", "Profile (radar)"), profile_data, draw_profile),
    Chart("tornado", QT_TRANSLATE_NOOP("Charts", "Weight sensitivity (tornado)"), tornado_data, draw_tornado),
    Chart(
        "first",
        QT_TRANSLATE_NOOP("Charts", "Probability of ranking first"),
        first_place_data,
        draw_first_place,
    ),
    Chart("costs", QT_TRANSLATE_NOOP("Charts", "Cost over the horizon"), cost_data, draw_cost_curves),
    Chart("value", QT_TRANSLATE_NOOP("Charts", "Value for money"), value_data, draw_value_for_money),
    Chart(
        "money",
        QT_TRANSLATE_NOOP("Charts", "Discount rate and horizon"),
        money_sensitivity_data,
        draw_money_sensitivity,
    ),
    Chart("risks", QT_TRANSLATE_NOOP("Charts", "Risk heat map"), risk_heat_data, draw_risk_heat),
    Chart(
        "people",
        QT_TRANSLATE_NOOP("Charts", "Stakeholders: power / interest"),
        stakeholder_data,
        draw_stakeholder_grid,
    ),
)
CHART = {chart.key: chart for chart in CHARTS}
