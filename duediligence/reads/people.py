"""The people around a purchase: queries of (session, …) returning frozen rows. The rules (grid, decision
gate, overdue, ADKAR) are in `duediligence.decision.people`, importable without the database layer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, col, select

from duediligence.decision.people import (  # noqa: F401  (the whole people API from one module)
    ADKAR,
    BARRIER_AT_OR_BELOW,
    HIGH,
    HIGH_SCORE,
    LOW_SCORE,
    OPEN_ACTION,
    ApprovalRow,
    CriterionChoice,
    DecisionCheck,
    GridPoint,
    PowerInterestGrid,
    Quadrant,
    StakeholderRow,
    adoption_score,
    barrier_point,
    grid_of,
    is_overdue,
    missing_approvals,
    quadrant,
    raci_letters,
    readiness_score,
    snap,
)
from duediligence.errors import NotFoundError
from duediligence.storage.models import (
    ActionItem,
    Approval,
    ChangeNote,
    ChangeNoteOption,
    ChangeNoteStakeholder,
    CostItem,
    Criterion,
    Evaluation,
    Option,
    PurchaseReview,
    ReadinessAssessment,
    Stakeholder,
    StakeholderCriterion,
    stored_id,
)


def list_stakeholders(session: Session, evaluation_id: int) -> list[StakeholderRow]:
    cares: dict[int, list[int]] = {}
    links = select(StakeholderCriterion).where(col(StakeholderCriterion.evaluation_id) == evaluation_id)
    for link in session.exec(links.order_by(col(StakeholderCriterion.id))):
        cares.setdefault(link.stakeholder_id, []).append(link.criterion_id)
    query = (
        select(Stakeholder)
        .where(col(Stakeholder.evaluation_id) == evaluation_id)
        .order_by(col(Stakeholder.position), col(Stakeholder.id))
    )
    return [
        StakeholderRow(
            id=p.id,  # type: ignore[arg-type]
            position=p.position,
            name=p.name,
            title=p.title,
            unit=p.unit,
            contact=p.contact,
            buying_role=p.buying_role,
            influence=p.influence,
            interest=p.interest,
            stance=p.stance,
            desired_stance=p.desired_stance,
            concerns=p.concerns,
            sign_off_required=p.sign_off_required,
            raci=tuple(raci_letters(p.raci).items()),
            criterion_ids=tuple(cares.get(p.id, [])),  # type: ignore[arg-type]
        )
        for p in session.exec(query)
    ]


def power_interest_grid(session: Session, evaluation_id: int) -> PowerInterestGrid:
    """Everyone with both influence and interest as a grid point; the others as unplaced."""
    return grid_of(list_stakeholders(session, evaluation_id))


def criterion_choices(session: Session, evaluation_id: int) -> list[CriterionChoice]:
    query = (
        select(Criterion)
        .where(col(Criterion.evaluation_id) == evaluation_id)
        .order_by(col(Criterion.position), col(Criterion.id))
    )
    return [CriterionChoice(c.id, c.name) for c in session.exec(query)]  # type: ignore[arg-type]


# ---------------------------------------------------------------- approvals and the decision gate


def list_approvals(session: Session, evaluation_id: int) -> list[ApprovalRow]:
    names = _names(session, Stakeholder, evaluation_id)
    query = select(Approval).where(col(Approval.evaluation_id) == evaluation_id).order_by(col(Approval.id))
    return [
        ApprovalRow(stored_id(a), a.stakeholder_id, names.get(a.stakeholder_id), a.subject, a.status,
                    a.decided_on, a.comment)
        for a in session.exec(query)
    ]  # fmt: skip


def decision_check(session: Session, evaluation_id: int) -> DecisionCheck:
    approvals = list_approvals(session, evaluation_id)
    asked = {a.stakeholder_id for a in approvals}
    unasked = tuple(
        p.name for p in list_stakeholders(session, evaluation_id) if p.sign_off_required and p.id not in asked
    )
    return DecisionCheck(missing_approvals(approvals), unasked)


# ---------------------------------------------------------------- change: notes, actions, readiness


@dataclass(frozen=True)
class NoteRow:
    id: int
    noted_on: date
    category: str
    text: str
    author: str
    stakeholder_ids: tuple[int, ...]
    stakeholders: tuple[str, ...]
    option_ids: tuple[int, ...]
    options: tuple[str, ...]


@dataclass(frozen=True)
class ActionRow:
    id: int
    title: str
    owner: str
    stakeholder_id: int | None
    stakeholder: str | None
    due_date: date | None
    status: str
    done_on: date | None
    note: str
    overdue: bool
    days_overdue: int  # 0 unless overdue


@dataclass(frozen=True)
class ReadinessRow:
    id: int
    group_name: str
    assessed_on: date
    awareness: int | None
    desire: int | None
    knowledge: int | None
    ability: int | None
    reinforcement: int | None
    note: str

    @property
    def scores(self) -> tuple[int | None, ...]:
        return (self.awareness, self.desire, self.knowledge, self.ability, self.reinforcement)

    @property
    def barrier(self) -> str | None:
        return barrier_point(self.scores)

    @property
    def mean(self) -> float | None:
        given = [s for s in self.scores if s is not None]
        return sum(given) / len(given) if given else None


@dataclass(frozen=True)
class ReadinessGroup:
    """One stakeholder group: its latest assessment and all of them, oldest first."""

    group_name: str
    latest: ReadinessRow
    history: tuple[ReadinessRow, ...]

    @property
    def barrier(self) -> str | None:
        return self.latest.barrier


def _names(session: Session, model: type, evaluation_id: int) -> dict[int | None, str]:
    query: Any = select(model).where(model.evaluation_id == evaluation_id)  # type: ignore[attr-defined]
    return {row.id: row.name for row in session.exec(query)}


def timeline(session: Session, evaluation_id: int) -> list[NoteRow]:
    """The change notes, newest first, with the people and options each concerns."""
    people = _names(session, Stakeholder, evaluation_id)
    options = _names(session, Option, evaluation_id)
    by_note: dict[int, tuple[list[int], list[int]]] = {}
    for link in session.exec(
        select(ChangeNoteStakeholder)
        .where(col(ChangeNoteStakeholder.evaluation_id) == evaluation_id)
        .order_by(col(ChangeNoteStakeholder.id))
    ):
        by_note.setdefault(link.note_id, ([], []))[0].append(link.stakeholder_id)
    for option_link in session.exec(
        select(ChangeNoteOption)
        .where(col(ChangeNoteOption.evaluation_id) == evaluation_id)
        .order_by(col(ChangeNoteOption.id))
    ):
        by_note.setdefault(option_link.note_id, ([], []))[1].append(option_link.option_id)
    query = (
        select(ChangeNote)
        .where(col(ChangeNote.evaluation_id) == evaluation_id)
        .order_by(col(ChangeNote.noted_on).desc(), col(ChangeNote.id).desc())
    )
    rows = []
    for n in session.exec(query):
        person_ids, option_ids = by_note.get(n.id, ([], []))  # type: ignore[arg-type]
        rows.append(
            NoteRow(
                n.id, n.noted_on, n.category, n.text, n.author,  # type: ignore[arg-type]
                tuple(person_ids), tuple(people[i] for i in person_ids),
                tuple(option_ids), tuple(options[i] for i in option_ids),
            )
        )  # fmt: skip
    return rows


def list_actions(session: Session, evaluation_id: int, today: date) -> list[ActionRow]:
    """Action items by due date (undated last), each saying whether it is overdue on `today`."""
    people = _names(session, Stakeholder, evaluation_id)
    query = (
        select(ActionItem).where(col(ActionItem.evaluation_id) == evaluation_id).order_by(col(ActionItem.id))
    )
    rows = []
    for a in session.exec(query):
        late = is_overdue(a.due_date, a.status, today)
        days = (today - a.due_date).days if late and a.due_date else 0
        rows.append(
            ActionRow(
                a.id, a.title, a.owner, a.stakeholder_id, people.get(a.stakeholder_id), a.due_date,  # type: ignore[arg-type]
                a.status, a.done_on, a.note, late, days,
            )
        )  # fmt: skip
    return sorted(rows, key=lambda r: (r.due_date is None, r.due_date or date.max, r.id))


def overdue_actions(actions: Iterable[ActionRow]) -> tuple[ActionRow, ...]:
    return tuple(a for a in actions if a.overdue)


def list_readiness(session: Session, evaluation_id: int) -> list[ReadinessRow]:
    """Every assessment, oldest first."""
    query = (
        select(ReadinessAssessment)
        .where(col(ReadinessAssessment.evaluation_id) == evaluation_id)
        .order_by(col(ReadinessAssessment.assessed_on), col(ReadinessAssessment.id))
    )
    return [
        ReadinessRow(r.id, r.group_name, r.assessed_on, r.awareness, r.desire, r.knowledge, r.ability,  # type: ignore[arg-type]
                     r.reinforcement, r.note)
        for r in session.exec(query)
    ]  # fmt: skip


def group_readiness(assessments: Iterable[ReadinessRow]) -> list[ReadinessGroup]:
    """Assessments by group (in order of first appearance), the latest by date (then by entry) last."""
    groups: dict[str, list[ReadinessRow]] = {}
    for row in sorted(assessments, key=lambda r: (r.assessed_on, r.id)):
        groups.setdefault(row.group_name, []).append(row)
    return [ReadinessGroup(name, rows[-1], tuple(rows)) for name, rows in groups.items()]


def readiness_by_group(session: Session, evaluation_id: int) -> list[ReadinessGroup]:
    return group_readiness(list_readiness(session, evaluation_id))


def adoption_readiness(assessments: Iterable[ReadinessRow]) -> float | None:
    """How ready the organisation is to adopt (1-5): the mean over groups of each group's latest mean
    element score; None when nothing has been scored."""
    means = [g.latest.mean for g in group_readiness(assessments)]
    given = [m for m in means if m is not None]
    return sum(given) / len(given) if given else None


def evaluation_adoption_readiness(session: Session, evaluation_id: int) -> float | None:
    return adoption_readiness(list_readiness(session, evaluation_id))


# ---------------------------------------------------------------- decision record and review


@dataclass(frozen=True)
class ReviewRow:
    id: int
    reviewed_on: date | None
    actual_cost: float | None
    actual_time_to_results_weeks: float | None
    satisfaction: int | None
    would_buy_again: bool | None
    lessons: str


@dataclass(frozen=True)
class DecisionRecord:
    """What was decided, and later how it turned out against what the ranking expected."""

    evaluation_id: int
    status: str
    currency: str
    horizon_years: int
    chosen_option_id: int | None
    chosen_option: str | None
    rationale: str
    decided_on: date | None
    decided_by: str
    review_due: date | None  # decided_on + the evaluation's review_after_days
    expected_cost: float | None  # the chosen option's TCO over the horizon
    expected_weeks: float | None  # the chosen option's time to results
    review: ReviewRow | None

    @property
    def cost_variance(self) -> float | None:
        """Actual minus expected cost (positive = more expensive than expected)."""
        return _difference(self.review.actual_cost if self.review else None, self.expected_cost)

    @property
    def weeks_variance(self) -> float | None:
        actual = self.review.actual_time_to_results_weeks if self.review else None
        return _difference(actual, self.expected_weeks)

    @property
    def cost_variance_share(self) -> float | None:
        """The cost variance as a share of the expected cost (0.1 = 10 % over)."""
        variance = self.cost_variance
        if variance is None or not self.expected_cost:
            return None
        return variance / self.expected_cost


def _difference(actual: float | None, expected: float | None) -> float | None:
    return None if actual is None or expected is None else actual - expected


def get_review(session: Session, evaluation_id: int) -> ReviewRow | None:
    query = select(PurchaseReview).where(col(PurchaseReview.evaluation_id) == evaluation_id)
    r = session.exec(query).first()
    if r is None:
        return None
    return ReviewRow(
        r.id, r.reviewed_on, r.actual_cost, r.actual_time_to_results_weeks, r.satisfaction,  # type: ignore[arg-type]
        r.would_buy_again, r.lessons,
    )  # fmt: skip


def decision_record(session: Session, evaluation_id: int) -> DecisionRecord:
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise NotFoundError("evaluation", evaluation_id)
    chosen = session.get(Option, evaluation.chosen_option_id) if evaluation.chosen_option_id else None
    expected_cost = expected_weeks = None
    if chosen is not None:
        from duediligence.reads.ranking import evaluation_ranking

        ranked = evaluation_ranking(session, evaluation_id)
        found = next((o for o in ranked.options if o.id == chosen.id), None)
        if found is not None:
            expected_weeks = found.time_to_results_weeks
            costed = session.exec(
                select(col(CostItem.id)).where(col(CostItem.option_id) == chosen.id)
            ).first()
            expected_cost = found.finance.tco if costed is not None else None
    due = (
        evaluation.decided_on + timedelta(days=evaluation.review_after_days)
        if evaluation.decided_on
        else None
    )
    return DecisionRecord(
        evaluation_id=evaluation_id,
        status=evaluation.status,
        currency=evaluation.currency,
        horizon_years=evaluation.horizon_years,
        chosen_option_id=evaluation.chosen_option_id,
        chosen_option=chosen.name if chosen else None,
        rationale=evaluation.rationale,
        decided_on=evaluation.decided_on,
        decided_by=evaluation.decided_by,
        review_due=due,
        expected_cost=expected_cost,
        expected_weeks=expected_weeks,
        review=get_review(session, evaluation_id),
    )
