"""The closed vocabularies of the workbook, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class EvaluationStatus(StrEnum):
    """Where an evaluation stands along the buying process."""

    DEFINING = "defining"
    EXPLORING = "exploring"
    EVALUATING = "evaluating"
    DECIDING = "deciding"
    DECIDED = "decided"
    REVIEWED = "reviewed"
    CANCELLED = "cancelled"


class OptionKind(StrEnum):
    VENDOR_PRODUCT = "vendor_product"
    BUILD = "build"
    EXTEND = "extend"
    DO_NOTHING = "do_nothing"
    OTHER = "other"


class Scale(StrEnum):
    ZERO_TEN = "0-10"
    ONE_FIVE = "1-5"
    YES_NO = "yes-no"
    PERCENT = "percent"
    MEASURED = "measured"


class Direction(StrEnum):
    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class Confidence(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class RiskKind(StrEnum):
    CHECKLIST = "checklist"
    RISK = "risk"


class RiskStatus(StrEnum):
    """Statuses of both checklist items and register entries (each kind uses its own subset)."""

    NOT_CHECKED = "not_checked"
    TO_REVIEW = "to_review"  # a vendor's answer came in; the buyer has not judged it yet
    OK = "ok"
    CONCERN = "concern"
    FAILS = "fails"
    NOT_APPLICABLE = "not_applicable"
    OPEN = "open"
    MITIGATED = "mitigated"
    ACCEPTED = "accepted"
    CLOSED = "closed"


class AnswerKind(StrEnum):
    """What answer a questionnaire question expects from the vendor."""

    YES_NO = "yes_no"  # yes, no or partly
    TEXT = "text"
    NUMBER = "number"  # in the question's unit
    DATE = "date"
    DOCUMENT = "document"  # attached, to follow or not available, with the files' names


class Treatment(StrEnum):
    MITIGATE = "mitigate"
    ACCEPT = "accept"
    TRANSFER = "transfer"
    AVOID = "avoid"


class BuyingRole(StrEnum):
    DECISION_MAKER = "decision_maker"
    APPROVER = "approver"
    INFLUENCER = "influencer"
    USER = "user"
    TECHNICAL_EVALUATOR = "technical_evaluator"
    BUDGET_HOLDER = "budget_holder"
    GATEKEEPER = "gatekeeper"


class Stance(StrEnum):
    CHAMPION = "champion"
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    SKEPTIC = "skeptic"
    BLOCKER = "blocker"


class ApprovalStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class NoteCategory(StrEnum):
    COMMUNICATION = "communication"
    TRAINING = "training"
    PROCESS_CHANGE = "process_change"
    RESISTANCE = "resistance"
    DECISION = "decision"
    OTHER = "other"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class CostRecurrence(StrEnum):
    ONE_TIME = "one_time"
    YEARLY = "yearly"


class CostCategory(StrEnum):
    LICENCE = "licence"
    SUBSCRIPTION = "subscription"
    IMPLEMENTATION = "implementation"
    HARDWARE = "hardware"
    TRAINING = "training"
    SUPPORT = "support"
    INTERNAL_EFFORT = "internal_effort"
    BENEFIT = "benefit"
    OTHER = "other"


class MissingScorePolicy(StrEnum):
    IGNORE = "ignore"
    WORST = "worst"
    MEAN = "mean"


class MustHavePolicy(StrEnum):
    """What a failed must-have does to an option: take it out of the ranking, or only flag it."""

    EXCLUDE = "exclude"
    FLAG = "flag"


class WeightSource(StrEnum):
    DIRECT = "direct"
    PAIRWISE = "pairwise"


class ValueSource(StrEnum):
    """Where a criterion's values come from: typed scores, or the option's costs and timing."""

    MANUAL = "manual"
    TCO = "tco"
    NPV = "npv"
    TIME_TO_RESULTS = "time_to_results"


class RiskExposureMode(StrEnum):
    """How an option's open risks add up to its exposure: their sum, or the worst one."""

    SUM = "sum"
    MAX = "max"


class ProcessStage(StrEnum):
    """The buying process, in order; RACI letters are given per stage."""

    NEED = "need"
    ALTERNATIVES = "alternatives"
    CRITERIA = "criteria"
    EVIDENCE = "evidence"
    RISKS = "risks"
    STAKEHOLDERS = "stakeholders"
    DECIDE = "decide"
    REVIEW = "review"


class EvaluatorCombination(StrEnum):
    """How several evaluators' scores of one cell combine into the matrix's score."""

    MEAN = "mean"
    MEDIAN = "median"


# Options one buys from someone: they get a due-diligence checklist (building, extending and doing
# nothing are checked differently).
CHECKED_KINDS = frozenset({OptionKind.VENDOR_PRODUCT.value, OptionKind.OTHER.value})
