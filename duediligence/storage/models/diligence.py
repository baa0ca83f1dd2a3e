"""Due diligence: checklist items and risks (and the options they concern), evidence files and links,
evaluators' own scores and the to-do of facts to find out."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from duediligence.enums import (
    AnswerKind,
    RiskKind,
    RiskStatus,
)
from duediligence.storage.models.base import evaluation_fk, link_fk, utcnow


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
    # A checklist item asked of the vendor in a questionnaire, and the vendor's answer as received.
    question: str = Field(default="", sa_column_kwargs={"server_default": ""})  # "" = not asked
    answer_kind: str = Field(
        default=AnswerKind.TEXT.value, max_length=10, sa_column_kwargs={"server_default": "text"}
    )
    answer_unit: str = Field(default="", max_length=40, sa_column_kwargs={"server_default": ""})
    expected_answer: str = Field(default="", max_length=60, sa_column_kwargs={"server_default": ""})
    answer: str | None = None  # None: no answer yet (never "")
    answer_comment: str | None = None
    answer_documents: str | None = None  # the names of the files the vendor attached, one per line
    answered_on: date | None = None


class Questionnaire(SQLModel, table=True):
    """The due-diligence questionnaire sent to one option's vendor: when it went out, when it is due,
    came back and was reviewed. `token` is the only thing a sent file carries to find its way back."""

    __tablename__ = "questionnaire"
    __table_args__ = (UniqueConstraint("option_id", name="uq_questionnaire_option_id"),)

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    option_id: int = link_fk("option")
    token: str = Field(max_length=36, unique=True)
    buyer: str = Field(default="", max_length=200)
    contact: str = Field(default="", max_length=500)
    sent_on: date | None = None
    due_on: date | None = None
    returned_on: date | None = None
    reviewed_on: date | None = None
    rounds: int = 0  # how many times it was sent


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


class RiskOption(SQLModel, table=True):
    """A register risk concerns zero or more options (a checklist item belongs to one, via option_id)."""

    __tablename__ = "risk_option"
    __table_args__ = (UniqueConstraint("risk_id", "option_id", name="uq_risk_option_risk_id"),)

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = evaluation_fk()
    risk_id: int = link_fk("risk_item")
    option_id: int = link_fk("option")


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
