"""Chart data that is not about scores: the cost curve, the risk heat map, the power / interest grid."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from duediligence.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from sqlmodel import Session

    from duediligence.decision.matrix import Matrix
    from duediligence.decision.risks import RiskSummary


@dataclass(frozen=True)
class CostLine:
    index: int
    name: str
    excluded: bool
    expected: tuple[float, ...]  # cumulative cost at the end of years 0..H
    low: tuple[float, ...]  # every item at its low end
    high: tuple[float, ...]


@dataclass(frozen=True)
class CostCurves:
    title: str
    currency: str
    horizon_years: int
    options: tuple[CostLine, ...]  # only options whose costs are known; each keeps its colour index
    problem: str | None
    left_out: tuple[str, ...] = ()  # "name (why)" of each option whose costs are unknown
    hint: str = ""


@dataclass(frozen=True)
class HeatCell:
    likelihood: int
    impact: int
    band: str
    risks: tuple[str, ...]  # "title (options)" of each risk in the cell


@dataclass(frozen=True)
class RiskHeat:
    """Open (not closed) register risks on the likelihood × impact grid, inherent and residual."""

    title: str
    inherent: tuple[HeatCell, ...]  # only cells holding risks
    residual: tuple[HeatCell, ...]
    unscored: int
    problem: str | None
    hint: str = ""

    def cell(self, residual: bool, likelihood: int, impact: int) -> HeatCell | None:
        cells = self.residual if residual else self.inherent
        return next((c for c in cells if (c.likelihood, c.impact) == (likelihood, impact)), None)


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    influence: int
    interest: int
    quadrant: str
    stance: str | None


@dataclass(frozen=True)
class StakeholderGrid:
    title: str
    high: int  # influence / interest at or above this is "high"
    people: tuple[Person, ...]
    unplaced: tuple[str, ...]
    problem: str | None
    hint: str = ""


def cost_curves(matrix: Matrix) -> CostCurves:
    """`finance.cumulative_cost` per option, at the items' amounts and at their low and high ends.

    An option whose TCO is unknown (no costs, or a cost without an amount) is left out and named in
    `left_out`: drawn at 0 it would look like the cheapest.
    """
    import dataclasses

    from duediligence.decision import cost_lines, finance

    lines, left_out = [], []
    for i, option in enumerate(matrix.options):
        entered = [c for c in matrix.costs if c.option_id == option.id]
        money = cost_lines.option_money(
            entered, matrix.horizon_years, matrix.discount_rate, matrix.rates, matrix.currency
        )
        if money.tco is None:
            why = translate("Charts", "%1 (%2)", "an option and why its costs are unknown")
            left_out.append(why.replace("%2", money.unknown_reason() or "").replace("%1", option.name))
            continue
        items = cost_lines.known_items(entered, matrix.rates, matrix.currency)
        ends = {
            pick: [dataclasses.replace(x, amount=getattr(x, pick), low=None, high=None) for x in items]
            for pick in ("low_amount", "high_amount")
        }
        lines.append(
            CostLine(
                i,
                option.name,
                option.excluded,
                finance.cumulative_cost(items, matrix.horizon_years),
                finance.cumulative_cost(ends["low_amount"], matrix.horizon_years),
                finance.cumulative_cost(ends["high_amount"], matrix.horizon_years),
            )
        )
    problem = None
    if not matrix.options:
        problem = QT_TRANSLATE_NOOP("Charts", "No options yet.")
    elif not lines:
        problem = QT_TRANSLATE_NOOP("Charts", "No option has its costs entered yet.")
    return CostCurves(
        matrix.title,
        matrix.currency,
        matrix.horizon_years,
        tuple(lines),
        problem,
        tuple(left_out),
        QT_TRANSLATE_NOOP("Charts", "Add each option's costs under Options & scores to see this chart."),
    )


def risk_heat(summary: RiskSummary, title: str) -> RiskHeat:
    from duediligence.decision.risks import band, score

    names = {o.option_id: o.name for o in summary.options}
    by_id = {r.id: r for r in summary.risks}

    def label(risk_id: int) -> str:
        risk = by_id[risk_id]
        about = ", ".join(names.get(i, "?") for i in risk.option_ids)
        if not about:
            return translate("Charts", "%1 (all options)").replace("%1", risk.title)
        return (
            translate("Charts", "%1 (%2)", "a risk and the options it concerns")
            .replace("%2", about)
            .replace("%1", risk.title)
        )

    grids = []
    for residual in (False, True):
        heat = summary.heat_map(residual=residual)
        grids.append(
            tuple(
                HeatCell(lk, im, band(score(lk, im)) or "low", tuple(label(r) for r in ids))
                for (lk, im), ids in heat.cells.items()
            )
        )
    unscored = len(summary.heat_map().unscored)
    problem = (
        None
        if grids[0]
        else QT_TRANSLATE_NOOP("Charts", "No open risks with a likelihood and an impact yet.")
    )
    return RiskHeat(
        title,
        grids[0],
        grids[1],
        unscored,
        problem,
        QT_TRANSLATE_NOOP("Charts", "Add them in the Risks tab."),
    )


def stakeholder_grid(session: Session, evaluation_id: int, title: str) -> StakeholderGrid:
    from duediligence.decision.people import HIGH
    from duediligence.reads.people import power_interest_grid

    grid = power_interest_grid(session, evaluation_id)
    people = tuple(
        Person(p.name, p.title, p.influence, p.interest, p.quadrant.value, p.stance) for p in grid.points
    )
    problem = (
        None
        if people
        else QT_TRANSLATE_NOOP("Charts", "No stakeholders with an influence and an interest yet.")
    )
    hint = QT_TRANSLATE_NOOP(
        "Charts", "Add them with their influence and interest in the Stakeholders tab to see this grid."
    )
    return StakeholderGrid(title, HIGH, people, tuple(p.name for p in grid.unplaced), problem, hint)


def heat_of(session: Session, evaluation_id: int, title: str, today: date | None = None) -> RiskHeat:
    from duediligence.reads.risks import risk_summary

    return risk_heat(risk_summary(session, evaluation_id, today or date.today()), title)
