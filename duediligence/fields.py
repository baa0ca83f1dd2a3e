"""What each table's user-editable fields accept: one spec table shared by editors, imports and the CLI."""

from __future__ import annotations

from duediligence import validation as v
from duediligence.enums import (
    ActionStatus,
    AnswerKind,
    ApprovalStatus,
    BuyingRole,
    Confidence,
    CostCategory,
    CostRecurrence,
    Direction,
    EvaluationStatus,
    EvaluatorCombination,
    MissingScorePolicy,
    MustHavePolicy,
    NoteCategory,
    OptionKind,
    RiskExposureMode,
    RiskKind,
    RiskStatus,
    Scale,
    Stance,
    Treatment,
    ValueSource,
    WeightSource,
)

# Documented ranges (README, "What the workbook accepts"): amounts and measured values up to a
# trillion either way, weights up to a million; sums over hundreds of rows then stay exact and finite.
MAX_AMOUNT = 1e12
MAX_WEIGHT = 1e6
AMOUNT = v.number(minimum=-MAX_AMOUNT, maximum=MAX_AMOUNT)
WEIGHT = v.number(optional=False, minimum=0, maximum=MAX_WEIGHT)

NAME = v.text(200, required=True)


def optional_text(max_len: int = v.MAX_TEXT) -> v.Checker:
    """Text that is absent (None) rather than empty: "" and None both mean "none"."""
    as_text = v.text(max_len)

    def check(field: str, value: object) -> str | None:
        if value is None:
            return None
        result: str = as_text(field, value)
        return result if result.strip() else None

    return check


# Years of a cost schedule: 0 (at signing) to 100, beyond any horizon (1-50) a buyer would choose.
MAX_YEAR = 100
YEAR = v.integer(optional=False, minimum=0, maximum=MAX_YEAR)

SHORT = v.text(500)
LONG = v.text()
ONE_TO_FIVE = v.integer(minimum=1, maximum=5)
# Saaty's scale: 1/9 (b is extremely more important) to 9 (a is extremely more important).
SAATY = v.number(optional=False, minimum=1 / 9 - 1e-9, maximum=9)

EVALUATION = {
    "title": NAME,
    "kind": v.text(60),
    "need": LONG,
    "goals": LONG,
    "budget": v.number(minimum=0, maximum=MAX_AMOUNT),
    "currency": v.currency,
    "deadline": v.day(),
    "status": v.choice(EvaluationStatus),
    "archived": v.flag,
    "chosen_option_id": v.optional_id,
    "rationale": LONG,
    "decided_on": v.day(),
    "decided_by": v.text(200),
    "missing_policy": v.choice(MissingScorePolicy),
    "must_have_policy": v.choice(MustHavePolicy),
    "weight_source": v.choice(WeightSource),
    "risk_exposure_mode": v.choice(RiskExposureMode),
    "risk_adjusted": v.flag,
    "review_after_days": v.integer(optional=False, minimum=1, maximum=3650),
    "evaluator_combination": v.choice(EvaluatorCombination),
    "weight_band": v.number(optional=False, minimum=0, maximum=0.5),
    "simulation_draws": v.integer(optional=False, minimum=100, maximum=100_000),
    "simulation_seed": v.integer(optional=False, minimum=0, maximum=2**31 - 1),
    "quick_mode": v.flag,
    "horizon_years": v.integer(optional=False, minimum=1, maximum=50),
    "discount_rate": v.number(optional=False, minimum=-0.5, maximum=1),
    "exchange_rates": v.exchange_rates,
    "exchange_rates_on": v.day(),
}

OPTION = {
    "name": NAME,
    "kind": v.choice(OptionKind),
    "vendor": v.text(200),
    "product": v.text(200),
    "website": SHORT,
    "contact": SHORT,
    "notes": LONG,
    "excluded": v.flag,
    "exclusion_reason": SHORT,
    "time_to_results_weeks": v.number(minimum=0, maximum=5200),
}

CRITERION_GROUP = {"name": NAME, "description": LONG}

CRITERION = {
    "name": NAME,
    "description": LONG,
    "weight": WEIGHT,
    "scale": v.choice(Scale),
    "scale_min": AMOUNT,
    "scale_max": AMOUNT,
    "unit": v.text(40),
    "direction": v.choice(Direction),
    "must_have": v.flag,
    "must_have_threshold": AMOUNT,
    "value_source": v.choice(ValueSource),
    # JSON text here; its shape is checked against the criterion in operations/rules.py (check_row)
    "value_function": v.json_object,
    "value_function_note": SHORT,
    "swing_rating": v.number(minimum=0, maximum=100),
    "swing_note": SHORT,
}

SCORE = {
    "value": AMOUNT,
    "low": AMOUNT,
    "high": AMOUNT,
    "confidence": v.choice(Confidence, optional=True),
    "evidence": LONG,
    "source": v.text(2000),
    "evidence_date": v.day(),
}

COST_ITEM = {
    "label": NAME,
    "category": v.choice(CostCategory),
    "recurrence": v.choice(CostRecurrence),
    "amount": v.number(minimum=-MAX_AMOUNT, maximum=MAX_AMOUNT),  # None until typed: unknown, not 0
    "low": AMOUNT,
    "high": AMOUNT,
    "note": LONG,
    "year": YEAR,
    "from_year": YEAR,
    "to_year": v.integer(minimum=0, maximum=MAX_YEAR),
    "escalation": v.number(optional=False, minimum=-0.99, maximum=10),
    "currency": v.optional_currency,
}

RISK_ITEM = {
    "kind": v.choice(RiskKind),
    "category": v.text(100),
    "title": v.text(300, required=True),
    "description": LONG,
    "critical": v.flag,
    "status": v.choice(RiskStatus),
    "likelihood": ONE_TO_FIVE,
    "impact": ONE_TO_FIVE,
    "treatment": v.choice(Treatment, optional=True),
    "residual_likelihood": ONE_TO_FIVE,
    "residual_impact": ONE_TO_FIVE,
    "mitigation": LONG,
    "owner": v.text(200),
    "due_date": v.day(),
    "note": LONG,
    "evidence_source": v.text(2000),
    "evidence_date": v.day(),
    "checked_by": v.text(200),
    "reviewed_on": v.day(),
    # The questionnaire: whether and how the vendor is asked, and the answer as received. That an
    # answer and an expected answer fit the answer kind is checked across fields (decision.answers).
    "question": v.text(2000),
    "answer_kind": v.choice(AnswerKind),
    "answer_unit": v.text(40),
    "expected_answer": v.text(60),
    "answer": optional_text(5000),
    "answer_comment": optional_text(5000),
    "answer_documents": optional_text(5000),
    "answered_on": v.day(),
}

STAKEHOLDER = {
    "name": NAME,
    "title": v.text(200),
    "unit": v.text(200),
    "contact": SHORT,
    "buying_role": v.choice(BuyingRole, optional=True),
    "influence": ONE_TO_FIVE,
    "interest": ONE_TO_FIVE,
    "stance": v.choice(Stance, optional=True),
    "desired_stance": v.choice(Stance, optional=True),
    "concerns": LONG,
    "sign_off_required": v.flag,
    "raci": v.raci,
}

APPROVAL = {
    "subject": v.text(300, required=True),
    "status": v.choice(ApprovalStatus),
    "decided_on": v.day(),
    "comment": LONG,
}

CHANGE_NOTE = {
    "noted_on": v.day(optional=False),
    "category": v.choice(NoteCategory),
    "text": v.text(required=True),
    "author": v.text(200),
}

ACTION_ITEM = {
    "title": v.text(300, required=True),
    "owner": v.text(200),
    "due_date": v.day(),
    "status": v.choice(ActionStatus),
    "done_on": v.day(),
    "note": LONG,
}

PAIRWISE_COMPARISON = {"value": SAATY}

WEIGHT_PROFILE = {"weight": WEIGHT}

READINESS_ASSESSMENT = {
    "group_name": v.text(200, required=True),
    "assessed_on": v.day(optional=False),
    "awareness": ONE_TO_FIVE,
    "desire": ONE_TO_FIVE,
    "knowledge": ONE_TO_FIVE,
    "ability": ONE_TO_FIVE,
    "reinforcement": ONE_TO_FIVE,
    "note": LONG,
}

EVALUATOR_SCORE = {
    "evaluator": v.text(200, required=True),
    "value": AMOUNT,
    "note": LONG,
    "scored_on": v.day(),
}

INQUIRY = {
    "question": v.text(500, required=True),
    "resolved": v.flag,
    "resolved_on": v.day(),
    "note": LONG,
}

QUESTIONNAIRE = {
    "buyer": v.text(200),
    "contact": SHORT,
    "sent_on": v.day(),
    "due_on": v.day(),
    "returned_on": v.day(),
    "reviewed_on": v.day(),
    "rounds": v.integer(optional=False, minimum=0, maximum=10_000),
}

PURCHASE_REVIEW = {
    "reviewed_on": v.day(),
    "actual_cost": v.number(minimum=0, maximum=MAX_AMOUNT),
    "actual_time_to_results_weeks": v.number(minimum=0, maximum=5200),
    "satisfaction": ONE_TO_FIVE,
    "would_buy_again": v.optional_flag,
    "lessons": LONG,
}

# References a user may change (moving a criterion to another group, a risk to another option…).
REFERENCES = {
    "criterion": {"group_id": v.optional_id},
    "risk_item": {"option_id": v.optional_id, "raised_from_id": v.optional_id},
    "approval": {"stakeholder_id": v.optional_id},
    "action_item": {"stakeholder_id": v.optional_id},
    "inquiry": {"option_id": v.optional_id, "criterion_id": v.optional_id},
}

BY_TABLE = {
    "evaluation": EVALUATION,
    "option": OPTION,
    "criterion_group": CRITERION_GROUP,
    "criterion": CRITERION,
    "score": SCORE,
    "pairwise_comparison": PAIRWISE_COMPARISON,
    "cost_item": COST_ITEM,
    "risk_item": RISK_ITEM,
    "stakeholder": STAKEHOLDER,
    "approval": APPROVAL,
    "change_note": CHANGE_NOTE,
    "action_item": ACTION_ITEM,
    "weight_profile": WEIGHT_PROFILE,
    "readiness_assessment": READINESS_ASSESSMENT,
    "purchase_review": PURCHASE_REVIEW,
    "evaluator_score": EVALUATOR_SCORE,
    "inquiry": INQUIRY,
    "questionnaire": QUESTIONNAIRE,
    # Files and links are added and removed whole (duediligence.operations.evidence); only the note is edited.
    "attachment": {"note": LONG, "name": v.text(255, required=True)},
    # Links carry no fields of their own: they are added and deleted, never edited.
    "risk_option": {},
    "stakeholder_criterion": {},
    "change_note_stakeholder": {},
    "change_note_option": {},
}

# Rows that documents and people refer to by name: the name must be unique within an evaluation.
UNIQUE_NAMES = {"option": "name", "criterion": "name", "criterion_group": "name", "stakeholder": "name"}
