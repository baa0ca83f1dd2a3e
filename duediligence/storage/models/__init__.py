"""All workbook tables, one module per part, listed here once: the schema the migrations create.

Enumerated fields are stored as the string values of `duediligence.enums`, validated by the
operations rather than by database CHECKs, so that adding a value later needs no table rebuild.
Every child row names its evaluation, so one indexed query fetches everything an evaluation holds.
"""

from __future__ import annotations

from sqlmodel import SQLModel

from duediligence.storage.models.base import evaluation_fk, stored_id, table_name, utcnow
from duediligence.storage.models.decision import (
    CostItem,
    Criterion,
    CriterionGroup,
    Evaluation,
    Option,
    PairwiseComparison,
    Score,
)
from duediligence.storage.models.diligence import (
    Attachment,
    EvaluatorScore,
    Inquiry,
    Questionnaire,
    RiskItem,
    RiskOption,
)
from duediligence.storage.models.log import ChangedRow, ChangeLogEntry, WorkbookInfo
from duediligence.storage.models.people import (
    ActionItem,
    Approval,
    ChangeNote,
    ChangeNoteOption,
    ChangeNoteStakeholder,
    PurchaseReview,
    ReadinessAssessment,
    Stakeholder,
    StakeholderCriterion,
    WeightProfile,
)

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
    Questionnaire,
)

TABLE_NAMES: tuple[str, ...] = tuple(table_name(model) for model in TABLES)  # parents first

__all__ = [
    "TABLES",
    "TABLE_NAMES",
    "ActionItem",
    "Approval",
    "Attachment",
    "ChangeLogEntry",
    "ChangeNote",
    "ChangeNoteOption",
    "ChangeNoteStakeholder",
    "ChangedRow",
    "CostItem",
    "Criterion",
    "CriterionGroup",
    "Evaluation",
    "EvaluatorScore",
    "Inquiry",
    "Option",
    "PairwiseComparison",
    "PurchaseReview",
    "Questionnaire",
    "ReadinessAssessment",
    "RiskItem",
    "RiskOption",
    "Score",
    "Stakeholder",
    "StakeholderCriterion",
    "WeightProfile",
    "WorkbookInfo",
    "evaluation_fk",
    "stored_id",
    "table_name",
    "utcnow",
]
