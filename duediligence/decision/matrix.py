"""The decision matrix as plain data: options, criteria in group order, score cells, costs and
pairwise comparisons. What the ranking, the robustness analysis and the charts compute from; the
storage layer fills it (reads.matrix.load_matrix), tests and scripts may build it by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from duediligence.decision.value_functions import ValueFunction, load


@dataclass(frozen=True)
class OptionRow:
    id: int
    position: int
    name: str
    kind: str
    vendor: str
    product: str
    website: str
    contact: str
    notes: str
    excluded: bool
    exclusion_reason: str
    time_to_results_weeks: float | None


@dataclass(frozen=True)
class CriterionRow:
    id: int
    group_id: int | None
    group: str
    position: int
    name: str
    description: str
    weight: float
    scale: str
    scale_min: float | None
    scale_max: float | None
    unit: str
    direction: str
    must_have: bool
    must_have_threshold: float | None
    value_source: str
    value_function: str | None = None  # JSON of a piecewise or discrete function; None = linear
    value_function_note: str = ""
    swing_rating: float | None = None
    swing_note: str = ""

    @property
    def function(self) -> ValueFunction | None:
        """The value function as maths (None = linear between the criterion's ends)."""
        return load(self.value_function)


@dataclass(frozen=True)
class GroupRow:
    id: int
    position: int
    name: str
    description: str


@dataclass(frozen=True)
class ScoreCell:
    id: int
    option_id: int
    criterion_id: int
    value: float | None
    low: float | None
    high: float | None
    confidence: str | None
    evidence: str
    source: str
    evidence_date: date | None


@dataclass(frozen=True)
class CostRow:
    id: int
    option_id: int
    position: int
    label: str
    category: str
    recurrence: str
    amount: float | None  # None until typed: unknown, not zero
    low: float | None
    high: float | None
    note: str
    year: int = 0  # when a one-time line falls (0 = at signing)
    from_year: int = 1  # a yearly line's first year
    to_year: int | None = None  # a yearly line's last year; None = to the end of the horizon
    escalation: float = 0.0  # a yearly line's change per year (0.05 = +5 %)
    currency: str | None = None  # None = the evaluation's currency


@dataclass(frozen=True)
class Matrix:
    """Everything the comparison needs about one evaluation."""

    evaluation_id: int
    title: str
    currency: str
    missing_policy: str
    must_have_policy: str
    weight_source: str
    horizon_years: int
    discount_rate: float
    options: tuple[OptionRow, ...]
    groups: tuple[GroupRow, ...]
    criteria: tuple[CriterionRow, ...]  # grouped criteria in group order, then ungrouped ones
    cells: dict[tuple[int, int], ScoreCell]  # (option id, criterion id) -> cell
    costs: tuple[CostRow, ...]
    comparisons: dict[tuple[int, int], float]  # (criterion a id, criterion b id) -> Saaty value
    exchange_rates: str = ""  # canonical JSON {"USD": 0.92}: one unit in the evaluation's currency
    exchange_rates_on: date | None = None  # the day the rates were stated

    @property
    def rates(self) -> dict[str, float]:
        """The evaluation's exchange rates, currency code -> value of one unit in its currency."""
        from duediligence.decision.cost_lines import parse_rates

        return parse_rates(self.exchange_rates)

    def cell(self, option_id: int, criterion_id: int) -> ScoreCell | None:
        return self.cells.get((option_id, criterion_id))
