"""All workbook tables in one module: the schema that migration 0001 creates.

Enumerated fields are stored as the string values of `duediligence.enums`, validated by the
operations rather than by database CHECKs, so that adding a value later needs no table rebuild.
Every child row names its evaluation, so one indexed query fetches everything an evaluation holds.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import Column, ForeignKey, Integer, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from duediligence.enums import (
    ActionStatus,
    ApprovalStatus,
    CostRecurrence,
    Direction,
    EvaluationStatus,
    MissingScorePolicy,
    MustHavePolicy,
    NoteCategory,
    OptionKind,
    RiskKind,
    RiskStatus,
    Scale,
    ValueSource,
    WeightSource,
)

# Named constraints, so that later batch migrations on SQLite can find and alter them.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Aware UTC: SQLModel's UTCDateTime stores it the same way on SQLite and PostgreSQL."""
    return datetime.now(timezone.utc)  # noqa: UP017


def evaluation_fk() -> int:
    return Field(foreign_key="evaluation.id", ondelete="CASCADE", index=True)


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


class RiskItem(SQLModel, table=True):
    """A due-diligence checklist item or a risk-register entry, possibly about one option."""

    __tablename__ = "risk_item"

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    option_id: int | None = Field(default=None, foreign_key="option.id", ondelete="CASCADE", index=True)
    raised_from_id: int | None = Field(default=None, foreign_key="risk_item.id", ondelete="SET NULL")
    kind: str = Field(default=RiskKind.RISK.value, max_length=10, index=True)
    position: int = 0
    category: str = Field(default="", max_length=100)
    title: str = Field(max_length=300)
    description: str = ""
    critical: bool = False
    status: str = Field(default=RiskStatus.OPEN.value, max_length=20)
    likelihood: int | None = None
    impact: int | None = None
    treatment: str | None = Field(default=None, max_length=10)
    residual_likelihood: int | None = None
    residual_impact: int | None = None
    mitigation: str = ""
    owner: str = ""
    due_date: date | None = None
    note: str = ""
    evidence_source: str = ""
    evidence_date: date | None = None
    checked_by: str = ""
    reviewed_on: date | None = None


class Stakeholder(SQLModel, table=True):
    """A person in the buying committee or affected by the purchase."""

    __tablename__ = "stakeholder"

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    position: int = 0
    name: str = Field(max_length=200)
    title: str = ""
    unit: str = ""
    contact: str = ""
    buying_role: str | None = Field(default=None, max_length=30)
    influence: int | None = None
    interest: int | None = None
    stance: str | None = Field(default=None, max_length=20)
    desired_stance: str | None = Field(default=None, max_length=20)
    concerns: str = ""
    sign_off_required: bool = False
    # RACI letter per buying-process stage, as JSON {"decide": "A", ...}; empty when not used.
    raci: str = Field(default="", sa_column_kwargs={"server_default": ""})


class Approval(SQLModel, table=True):
    """A sign-off the evaluation needs before it can be decided."""

    __tablename__ = "approval"

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    stakeholder_id: int | None = Field(default=None, foreign_key="stakeholder.id", ondelete="SET NULL")
    subject: str = Field(max_length=300)
    status: str = Field(default=ApprovalStatus.PENDING.value, max_length=10)
    decided_on: date | None = None
    comment: str = ""


class ChangeNote(SQLModel, table=True):
    """A dated entry in the change-management timeline."""

    __tablename__ = "change_note"

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    noted_on: date
    category: str = Field(default=NoteCategory.OTHER.value, max_length=20)
    text: str
    author: str = ""


class ActionItem(SQLModel, table=True):
    """Something someone has to do for the purchase to land, by a date."""

    __tablename__ = "action_item"

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    stakeholder_id: int | None = Field(default=None, foreign_key="stakeholder.id", ondelete="SET NULL")
    title: str = Field(max_length=300)
    owner: str = ""
    due_date: date | None = None
    status: str = Field(default=ActionStatus.OPEN.value, max_length=20, index=True)
    done_on: date | None = None
    note: str = ""


def link_fk(target: str) -> int:
    return Field(foreign_key=f"{target}.id", ondelete="CASCADE", index=True)


class RiskOption(SQLModel, table=True):
    """A register risk concerns zero or more options (a checklist item belongs to one, via option_id)."""

    __tablename__ = "risk_option"
    __table_args__ = (UniqueConstraint("risk_id", "option_id", name="uq_risk_option_risk_id"),)

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    risk_id: int = link_fk("risk_item")
    option_id: int = link_fk("option")


class StakeholderCriterion(SQLModel, table=True):
    """A criterion a stakeholder cares about."""

    __tablename__ = "stakeholder_criterion"
    __table_args__ = (
        UniqueConstraint("stakeholder_id", "criterion_id", name="uq_stakeholder_criterion_stakeholder_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    stakeholder_id: int = link_fk("stakeholder")
    criterion_id: int = link_fk("criterion")


class WeightProfile(SQLModel, table=True):
    """A stakeholder's own weight for a criterion: one perspective on what matters."""

    __tablename__ = "weight_profile"
    __table_args__ = (
        UniqueConstraint("stakeholder_id", "criterion_id", name="uq_weight_profile_stakeholder_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    stakeholder_id: int = link_fk("stakeholder")
    criterion_id: int = link_fk("criterion")
    weight: float


class ChangeNoteStakeholder(SQLModel, table=True):
    __tablename__ = "change_note_stakeholder"
    __table_args__ = (
        UniqueConstraint("note_id", "stakeholder_id", name="uq_change_note_stakeholder_note_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    note_id: int = link_fk("change_note")
    stakeholder_id: int = link_fk("stakeholder")


class ChangeNoteOption(SQLModel, table=True):
    __tablename__ = "change_note_option"
    __table_args__ = (UniqueConstraint("note_id", "option_id", name="uq_change_note_option_note_id"),)

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    note_id: int = link_fk("change_note")
    option_id: int = link_fk("option")


class ReadinessAssessment(SQLModel, table=True):
    """ADKAR readiness of one stakeholder group on one date (1-5 each; reassessed over time)."""

    __tablename__ = "readiness_assessment"

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    group_name: str = Field(max_length=200)
    assessed_on: date
    awareness: int | None = None
    desire: int | None = None
    knowledge: int | None = None
    ability: int | None = None
    reinforcement: int | None = None
    note: str = ""


class PurchaseReview(SQLModel, table=True):
    """After the purchase: what it really cost and brought, so the next purchase starts wiser."""

    __tablename__ = "purchase_review"
    __table_args__ = (UniqueConstraint("evaluation_id", name="uq_purchase_review_evaluation_id"),)

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    reviewed_on: date | None = None
    actual_cost: float | None = None
    actual_time_to_results_weeks: float | None = None
    satisfaction: int | None = None
    would_buy_again: bool | None = None
    lessons: str = ""


class EvaluatorScore(SQLModel, table=True):
    """One evaluator's score of one cell, from a scoring sheet sent out and returned."""

    __tablename__ = "evaluator_score"
    __table_args__ = (
        UniqueConstraint("option_id", "criterion_id", "evaluator", name="uq_evaluator_score_option_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    option_id: int = link_fk("option")
    criterion_id: int = link_fk("criterion")
    evaluator: str = Field(max_length=200)
    value: float | None = None
    note: str = ""
    scored_on: date | None = None


class Inquiry(SQLModel, table=True):
    """An item on the buyer's due-diligence to-do ("find out B's SLA"), ticked off when resolved."""

    __tablename__ = "inquiry"

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    option_id: int | None = Field(default=None, foreign_key="option.id", ondelete="CASCADE", index=True)
    criterion_id: int | None = Field(default=None, foreign_key="criterion.id", ondelete="CASCADE", index=True)
    question: str = Field(max_length=500)
    resolved: bool = False
    resolved_on: date | None = None
    note: str = ""


class Attachment(SQLModel, table=True):
    """A file or link kept as evidence, inside the workbook (so it stays one file)."""

    __tablename__ = "attachment"

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    option_id: int | None = Field(default=None, foreign_key="option.id", ondelete="CASCADE", index=True)
    criterion_id: int | None = Field(default=None, foreign_key="criterion.id", ondelete="CASCADE", index=True)
    risk_id: int | None = Field(default=None, foreign_key="risk_item.id", ondelete="CASCADE", index=True)
    name: str = Field(max_length=255)
    url: str = ""
    media_type: str = Field(default="", max_length=100)
    size: int = 0
    sha256: str = Field(default="", max_length=64)
    content: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    added_on: datetime = Field(default_factory=utcnow)
    note: str = ""


class ChangeLogEntry(SQLModel, table=True):
    """Who changed what and when: append-only, kept even when the evaluation is deleted (no foreign key)."""

    __tablename__ = "change_log"

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int | None = Field(default=None, index=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    user: str = Field(max_length=200)
    action: str = Field(max_length=500)


class ChangedRow(SQLModel, table=True):
    """A row one logged change wrote: two people conflict only when they change the same row."""

    __tablename__ = "change_log_row"

    change_id: int = Field(foreign_key="change_log.id", ondelete="CASCADE", primary_key=True)
    table_name: str = Field(primary_key=True, max_length=40)
    row_key: str = Field(primary_key=True, max_length=60)  # the id, or "a:b" for a link row


class WorkbookInfo(SQLModel, table=True):
    """Facts about the workbook file itself (its identity, so a returned export finds its origin)."""

    __tablename__ = "workbook_info"

    key: str = Field(primary_key=True, max_length=40)
    value: str = Field(max_length=200)


# Parents before children: the order rows are restored in (and the reverse, deleted in).
TABLES: tuple[type[SQLModel], ...] = (
    Evaluation,
    Option,
    CriterionGroup,
    Criterion,
    Score,
    PairwiseComparison,
    CostItem,
    RiskItem,
    Stakeholder,
    Approval,
    ChangeNote,
    ActionItem,
    RiskOption,
    StakeholderCriterion,
    WeightProfile,
    ChangeNoteStakeholder,
    ChangeNoteOption,
    ReadinessAssessment,
    PurchaseReview,
    EvaluatorScore,
    Inquiry,
    Attachment,
)
