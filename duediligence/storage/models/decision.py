"""The comparison: the evaluation, its options, criteria and groups, scores, pairwise comparisons
and costs."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from duediligence.enums import (
    CostRecurrence,
    Direction,
    EvaluationStatus,
    MissingScorePolicy,
    MustHavePolicy,
    OptionKind,
    Scale,
    ValueSource,
    WeightSource,
)
from duediligence.storage.models.base import evaluation_fk, utcnow


class Evaluation(SQLModel, table=True):
    """One purchase decision and everything the buyer learns on the way to it."""

    __tablename__ = "evaluation"

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    kind: str = Field(default="general", max_length=60)
    need: str = ""
    goals: str = ""
    budget: float | None = None
    currency: str = Field(default="EUR", max_length=3)
    deadline: date | None = None
    status: str = Field(default=EvaluationStatus.DEFINING.value, max_length=20, index=True)
    archived: bool = False
    # Evaluation and option refer to each other; use_alter lets PostgreSQL add this key after both exist.
    chosen_option_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("option.id", ondelete="SET NULL", use_alter=True), nullable=True
        ),
    )
    rationale: str = ""
    decided_on: date | None = None
    decided_by: str = ""
    missing_policy: str = Field(default=MissingScorePolicy.IGNORE.value, max_length=20)
    must_have_policy: str = Field(
        default=MustHavePolicy.EXCLUDE.value, max_length=10, sa_column_kwargs={"server_default": "exclude"}
    )
    weight_source: str = Field(
        default=WeightSource.DIRECT.value, max_length=10, sa_column_kwargs={"server_default": "direct"}
    )
    horizon_years: int = 5
    discount_rate: float = 0.08
    risk_exposure_mode: str = Field(default="sum", max_length=10, sa_column_kwargs={"server_default": "sum"})
    # How several evaluators' scores of one cell combine, and the Monte Carlo's settings.
    evaluator_combination: str = Field(
        default="mean", max_length=10, sa_column_kwargs={"server_default": "mean"}
    )
    weight_band: float = Field(default=0.1, sa_column_kwargs={"server_default": "0.1"})
    simulation_draws: int = Field(default=10_000, sa_column_kwargs={"server_default": "10000"})
    simulation_seed: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    # A single person's purchase: the app hides what a buying committee needs (stakeholders, change).
    quick_mode: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    risk_adjusted: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    review_after_days: int = Field(default=180, sa_column_kwargs={"server_default": "180"})
    # Exchange rates as canonical JSON {"USD": 0.92} (one unit in this evaluation's currency), and
    # the day they were stated: a converted amount is only as current as its rate.
    exchange_rates: str = Field(default="", sa_column_kwargs={"server_default": ""})
    exchange_rates_on: date | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow, index=True)


class Option(SQLModel, table=True):
    """An alternative path: a vendor's product, building it ourselves, extending what we have, or nothing."""

    __tablename__ = "option"

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    position: int = 0
    name: str = Field(max_length=200)
    kind: str = Field(default=OptionKind.VENDOR_PRODUCT.value, max_length=20)
    vendor: str = ""
    product: str = ""
    website: str = ""
    contact: str = ""
    notes: str = ""
    excluded: bool = False
    exclusion_reason: str = ""
    time_to_results_weeks: float | None = None


class CriterionGroup(SQLModel, table=True):
    """A heading that criteria sit under, such as functional fit or vendor viability."""

    __tablename__ = "criterion_group"

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    position: int = 0
    name: str = Field(max_length=200)
    description: str = ""


class Criterion(SQLModel, table=True):
    """What matters, how much (weight), and how it is measured (scale and direction)."""

    __tablename__ = "criterion"

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    group_id: int | None = Field(
        default=None, foreign_key="criterion_group.id", ondelete="SET NULL", index=True
    )
    position: int = 0
    name: str = Field(max_length=200)
    description: str = ""
    weight: float = 1.0
    scale: str = Field(default=Scale.ZERO_TEN.value, max_length=20)
    scale_min: float | None = None
    scale_max: float | None = None
    unit: str = ""
    direction: str = Field(default=Direction.HIGHER_IS_BETTER.value, max_length=10)
    must_have: bool = False
    must_have_threshold: float | None = None
    value_source: str = Field(
        default=ValueSource.MANUAL.value, max_length=20, sa_column_kwargs={"server_default": "manual"}
    )
    # A piecewise or discrete value function as JSON (decision/value_functions.py); None = linear.
    value_function: str | None = None
    value_function_note: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # Swing weighting: this criterion's worst→best swing rated 0-100 against the most important one.
    swing_rating: float | None = None
    swing_note: str = Field(default="", sa_column_kwargs={"server_default": ""})


class Score(SQLModel, table=True):
    """One option against one criterion: a value or missing, with its range and the evidence behind it."""

    __tablename__ = "score"
    __table_args__ = (UniqueConstraint("option_id", "criterion_id", name="uq_score_option_id_criterion_id"),)

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    option_id: int = Field(foreign_key="option.id", ondelete="CASCADE", index=True)
    criterion_id: int = Field(foreign_key="criterion.id", ondelete="CASCADE", index=True)
    value: float | None = None
    low: float | None = None
    high: float | None = None
    confidence: str | None = Field(default=None, max_length=10)
    evidence: str = ""
    source: str = ""
    evidence_date: date | None = None


class PairwiseComparison(SQLModel, table=True):
    """How much more criterion a matters than criterion b, on Saaty's 1/9 to 9 scale (AHP)."""

    __tablename__ = "pairwise_comparison"
    __table_args__ = (
        UniqueConstraint("criterion_a_id", "criterion_b_id", name="uq_pairwise_comparison_criterion_a_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    criterion_a_id: int = Field(foreign_key="criterion.id", ondelete="CASCADE", index=True)
    criterion_b_id: int = Field(foreign_key="criterion.id", ondelete="CASCADE", index=True)
    value: float


class CostItem(SQLModel, table=True):
    """A one-time or yearly cost (or benefit) of an option, with an optional low-high range."""

    __tablename__ = "cost_item"

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    option_id: int = Field(foreign_key="option.id", ondelete="CASCADE", index=True)
    position: int = 0
    label: str = Field(max_length=200)
    category: str = Field(default="other", max_length=30)
    recurrence: str = Field(default=CostRecurrence.ONE_TIME.value, max_length=10)
    amount: float | None = None  # None until typed: a cost not yet known is not a cost of zero
    low: float | None = None
    high: float | None = None
    note: str = ""
    # When the money falls (see decision/finance.py): a one-time line in `year`; a yearly line every
    # year `from_year`..`to_year` (None: to the horizon's end), changing by `escalation` a year.
    year: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    from_year: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    to_year: int | None = None
    escalation: float = Field(default=0.0, sa_column_kwargs={"server_default": "0"})
    currency: str | None = Field(default=None, max_length=3)  # None: the evaluation's currency
