"""Where an evaluation stands along the buying process, and what is still missing, stage by stage.

A guide, never a gate: nothing here blocks an edit. Each missing item has a stable `code` (the UI words
it in the user's language), an English `text` with its counts, and the `tab` where it is fixed. Quick mode
(a single person's purchase) leaves out the stakeholder stage. No numpy: the Overview shows this at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlmodel import Session

from duediligence.decision.matrix import Matrix
from duediligence.enums import (
    CHECKED_KINDS,
    ApprovalStatus,
    BuyingRole,
    EvaluationStatus,
    OptionKind,
    ProcessStage,
    RiskStatus,
    ValueSource,
    WeightSource,
)
from duediligence.errors import NotFoundError
from duediligence.reads.matrix import load_matrix
from duediligence.storage.models import Evaluation

PATHS = frozenset({OptionKind.BUILD.value, OptionKind.EXTEND.value, OptionKind.DO_NOTHING.value})
DECIDED = frozenset({EvaluationStatus.DECIDED.value, EvaluationStatus.REVIEWED.value})
# Where each stage is worked on (the evaluation view's tab keys).
STAGE_TABS = {
    ProcessStage.NEED: "overview", ProcessStage.ALTERNATIVES: "options", ProcessStage.CRITERIA: "criteria",
    ProcessStage.EVIDENCE: "matrix", ProcessStage.RISKS: "risks", ProcessStage.STAKEHOLDERS: "stakeholders",
    ProcessStage.DECIDE: "overview", ProcessStage.REVIEW: "change",
}  # fmt: skip


class StageState(StrEnum):
    DONE = "done"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"


@dataclass(frozen=True)
class Missing:
    code: str
    text: str
    tab: str
    count: int = 0
    total: int = 0


@dataclass(frozen=True)
class StageStatus:
    stage: str  # a ProcessStage value
    state: str  # a StageState value
    missing: tuple[Missing, ...]
    tab: str


@dataclass(frozen=True)
class ProcessStatus:
    evaluation_id: int
    quick_mode: bool
    stages: tuple[StageStatus, ...]  # in process order (without the stakeholder stage in quick mode)

    def stage(self, stage: str) -> StageStatus | None:
        return next((s for s in self.stages if s.stage == stage), None)

    @property
    def current(self) -> StageStatus | None:
        """The first stage not done yet."""
        return next((s for s in self.stages if s.state != StageState.DONE), None)

    def texts(self) -> list[str]:
        return [m.text for s in self.stages for m in s.missing]


@dataclass(frozen=True)
class EvaluationMode:
    quick_mode: bool
    decided: bool


def evaluation_mode(session: Session, evaluation_id: int) -> EvaluationMode:
    """Whether the evaluation is in quick mode, and whether it is decided (the views hide tabs by it)."""
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise NotFoundError("evaluation", evaluation_id)
    return EvaluationMode(bool(evaluation.quick_mode), evaluation.status in DECIDED)


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _state(missing: list[Missing], started: bool) -> str:
    if not started:
        return StageState.NOT_STARTED
    return StageState.IN_PROGRESS if missing else StageState.DONE


def process_status(
    session: Session, evaluation_id: int, today: date, matrix: Matrix | None = None
) -> ProcessStatus:
    """`matrix`: the evaluation's matrix when the caller has it loaded already (it is not read again)."""
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise NotFoundError("evaluation", evaluation_id)
    matrix = matrix if matrix is not None else load_matrix(session, evaluation_id)
    quick = bool(evaluation.quick_mode)
    stages = [
        _need(evaluation),
        _alternatives(matrix, quick),
        _criteria(matrix),
        _evidence(matrix),
        _risks(session, evaluation_id, matrix, today),
        *([] if quick else [_stakeholders(session, evaluation_id, today)]),
        _decide(evaluation),
        _review(session, evaluation, today),
    ]
    return ProcessStatus(evaluation_id, quick, tuple(stages))


def _stage(stage: ProcessStage, missing: list[Missing], started: bool) -> StageStatus:
    return StageStatus(stage.value, _state(missing, started), tuple(missing), STAGE_TABS[stage])


def _need(evaluation: Evaluation) -> StageStatus:
    missing = []
    if not evaluation.need.strip():
        missing.append(Missing("need_missing", "the need is not described", "overview"))
    if not evaluation.goals.strip():
        missing.append(Missing("goals_missing", "no goals written down", "overview"))
    if evaluation.budget is None:
        missing.append(Missing("budget_missing", "no budget set", "overview"))
    return _stage(ProcessStage.NEED, missing, len(missing) < 3)


def _alternatives(matrix: Matrix, quick: bool) -> StageStatus:
    options = [o for o in matrix.options if not o.excluded]
    missing = []
    if not matrix.options:
        missing.append(Missing("no_options", "no options yet", "options"))
    elif len(options) == 1:
        missing.append(Missing("one_option", "only one option to compare", "options", 1))
    kinds = {o.kind for o in matrix.options}
    if matrix.options and OptionKind.VENDOR_PRODUCT.value not in kinds:
        missing.append(Missing("no_product", "no product or vendor among the options yet", "options"))
    if quick and OptionKind.DO_NOTHING.value not in kinds:
        missing.append(
            Missing("no_do_nothing", "no do-nothing option considered (keeping what you have)", "options")
        )
    elif not quick and not kinds & PATHS:
        missing.append(Missing("no_alternative_path", "no do-nothing or build option considered", "options"))
    return _stage(ProcessStage.ALTERNATIVES, missing, bool(matrix.options))


def _criteria(matrix: Matrix) -> StageStatus:
    criteria = matrix.criteria
    total = len(criteria)
    missing = []
    if not criteria:
        missing.append(Missing("no_criteria", "no criteria yet", "criteria"))
    elif matrix.weight_source == WeightSource.PAIRWISE.value:
        compared = {i for pair in matrix.comparisons for i in pair}
        lonely = sum(c.id not in compared for c in criteria) if total > 1 else 0
        if lonely:
            missing.append(Missing("not_compared", f"{lonely} of {total} criteria not compared in pairs",
                                   "criteria", lonely, total))  # fmt: skip
    else:
        unweighted = sum(c.weight <= 0 for c in criteria)
        if unweighted:
            text = f"{unweighted} of {total} criteria unweighted"
            missing.append(Missing("unweighted", text, "criteria", unweighted, total))
    return _stage(ProcessStage.CRITERIA, missing, bool(criteria))


def _evidence(matrix: Matrix) -> StageStatus:
    options = [o for o in matrix.options if not o.excluded]
    manual = [c for c in matrix.criteria if c.value_source == ValueSource.MANUAL.value]
    sources = {c.value_source for c in matrix.criteria}
    cells = [matrix.cell(o.id, c.id) for o in options for c in manual]
    scored = [c for c in cells if c is not None and c.value is not None]
    missing = []
    if len(scored) < len(cells):
        gap = len(cells) - len(scored)
        missing.append(
            Missing("scores_missing", f"{gap} of {len(cells)} scores missing", "matrix", gap, len(cells))
        )
    bare = sum(not (c.evidence.strip() or c.source.strip()) for c in scored)
    if bare:
        missing.append(
            Missing("no_evidence", f"{_n(bare, 'score has', 'scores have')} no evidence", "matrix", bare)
        )
    costed = {c.option_id for c in matrix.costs}
    if sources & {ValueSource.TCO.value, ValueSource.NPV.value}:
        uncosted = sum(o.id not in costed for o in options)
        if uncosted:
            text = f"{_n(uncosted, 'option has', 'options have')} no costs (a criterion is read from them)"
            missing.append(Missing("no_costs", text, "options", uncosted))
    if ValueSource.TIME_TO_RESULTS.value in sources:
        untimed = sum(o.time_to_results_weeks is None for o in options)
        if untimed:
            text = f"{_n(untimed, 'option has', 'options have')} no time to results"
            missing.append(Missing("no_time", text, "options", untimed))
    if not options or not matrix.criteria:
        return _stage(ProcessStage.EVIDENCE, [], False)
    return _stage(ProcessStage.EVIDENCE, missing, bool(scored) or bool(costed))


def _risks(session: Session, evaluation_id: int, matrix: Matrix, today: date) -> StageStatus:
    from duediligence.reads.risks import risk_summary

    summary = risk_summary(session, evaluation_id, today)
    considered = [o for o in summary.options if not o.excluded]
    done = sum(o.checklist.done for o in considered)
    total = sum(o.checklist.total for o in considered)
    missing = []
    if done < total:
        missing.append(Missing("checklist_open", f"checklist {done} of {total} done", "risks", done, total))
    kinds = {o.id: o.kind for o in matrix.options}
    bare = sum(kinds.get(o.option_id) in CHECKED_KINDS and not o.checklist.total for o in considered)
    if bare:
        missing.append(
            Missing("no_checklist", f"{_n(bare, 'option has', 'options have')} no checklist", "risks", bare)
        )
    fails = sum(len(o.critical_failures) for o in considered)
    if fails:
        text = _n(fails, "critical check fails", "critical checks fail")
        missing.append(Missing("critical_fails", text, "risks", fails))
    register = [r for r in summary.risks if not r.is_checklist]
    unscored = sum(r.score is None and r.status != RiskStatus.CLOSED.value for r in register)
    if unscored:
        text = f"{_n(unscored, 'risk is', 'risks are')} not assessed (likelihood and impact)"
        missing.append(Missing("risks_unassessed", text, "risks", unscored))
    if summary.stale_ids:
        stale = len(summary.stale_ids)
        text = f"{_n(stale, 'check or risk is', 'checks or risks are')} due for another look"
        missing.append(Missing("stale", text, "risks", stale))
    started = done > 0 or bool(register)
    return _stage(ProcessStage.RISKS, missing, started)


def _stakeholders(session: Session, evaluation_id: int, today: date) -> StageStatus:
    from duediligence.reads.people import decision_check, list_actions, list_approvals, list_stakeholders

    people = list_stakeholders(session, evaluation_id)
    approvals = list_approvals(session, evaluation_id)
    check = decision_check(session, evaluation_id)
    missing = []
    if not people:
        missing.append(Missing("no_stakeholders", "no one in the buying committee yet", "stakeholders"))
    elif not any(p.buying_role == BuyingRole.DECISION_MAKER.value for p in people):
        missing.append(Missing("no_decision_maker", "no decision maker named", "stakeholders"))
    pending = sum(a.status == ApprovalStatus.PENDING.value for a in check.missing)
    rejected = sum(a.status == ApprovalStatus.REJECTED.value for a in check.missing)
    if pending:
        missing.append(Missing("approvals_pending", f"{_n(pending, 'approval', 'approvals')} pending",
                               "stakeholders", pending))  # fmt: skip
    if rejected:
        missing.append(Missing("approvals_rejected", f"{_n(rejected, 'approval', 'approvals')} rejected",
                               "stakeholders", rejected))  # fmt: skip
    unasked = len(check.sign_offs_without_approval)
    if unasked:
        text = f"{_n(unasked, 'person must', 'people must')} sign off but no approval is asked"
        missing.append(Missing("sign_off_unasked", text, "stakeholders", unasked))
    overdue = sum(a.overdue for a in list_actions(session, evaluation_id, today))
    if overdue:
        missing.append(
            Missing("actions_overdue", f"{_n(overdue, 'action', 'actions')} overdue", "change", overdue)
        )
    return _stage(ProcessStage.STAKEHOLDERS, missing, bool(people or approvals))


def _decide(evaluation: Evaluation) -> StageStatus:
    decided = evaluation.status in DECIDED
    missing = []
    if evaluation.chosen_option_id is None:
        missing.append(Missing("no_choice", "no option chosen", "overview"))
    if not evaluation.rationale.strip():
        missing.append(Missing("no_rationale", "decision has no rationale", "overview"))
    if not decided:
        missing.append(Missing("not_decided", "not marked as decided yet", "overview"))
    started = decided or evaluation.chosen_option_id is not None or bool(evaluation.rationale.strip())
    return _stage(ProcessStage.DECIDE, missing, started)


def _review(session: Session, evaluation: Evaluation, today: date) -> StageStatus:
    from duediligence.reads.people import get_review

    if evaluation.status not in DECIDED:
        return _stage(ProcessStage.REVIEW, [], False)
    review = get_review(session, evaluation.id)  # type: ignore[arg-type]
    reviewed = evaluation.status == EvaluationStatus.REVIEWED.value or (
        review is not None and review.reviewed_on is not None
    )
    missing = []
    if not reviewed:
        if evaluation.decided_on is None:
            text = "decision date not set (the review date follows from it)"
            missing.append(Missing("no_decision_date", text, "overview"))
        else:
            days = (evaluation.decided_on + timedelta(days=evaluation.review_after_days) - today).days
            if days > 0:
                missing.append(
                    Missing("review_due", f"review due in {_n(days, 'day', 'days')}", "change", days)
                )
            else:
                text = f"review overdue by {_n(-days, 'day', 'days')}" if days else "review due now"
                missing.append(Missing("review_overdue", text, "change", -days))
    return _stage(ProcessStage.REVIEW, missing, True)
