"""The people side: stakeholders, approvals, change notes and actions, readiness, the post-purchase
review, and each stakeholder's own weights."""

from __future__ import annotations

from datetime import date

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from duediligence.enums import (
    ActionStatus,
    ApprovalStatus,
    NoteCategory,
)
from duediligence.storage.models.base import evaluation_fk, link_fk


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
