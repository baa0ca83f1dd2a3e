"""The rules about the people around a purchase, as pure functions and rows with no database layer
(the UI imports them at start-up; the queries are in `duediligence.reads.people`).

Choices made here (and shown in the app):

- **Power / interest grid.** Influence and interest run 1-5; a value of 3 or more counts as *high*
  (`HIGH = 3`). The midpoint errs towards attention: a person in the middle is engaged rather than
  overlooked. Quadrants: manage closely (both high), keep satisfied (high influence only), keep
  informed (high interest only), monitor (both low).
- **Decision gate.** An evaluation may be decided only when every approval it records is approved;
  pending and rejected approvals are *missing*. An explicit override reason lets a team decide anyway,
  and is recorded (see `operations.people.DecideEvaluation`).
- **Overdue.** An action is overdue when its due date is before today and it is open or in progress.
- **ADKAR readiness.** Per stakeholder group, the latest assessment counts; its *barrier point* is the
  first element (awareness, desire, knowledge, ability, reinforcement) scored 3 or below. Unscored
  elements are unknown and skipped. `adoption_readiness` is the mean over groups of each group's
  latest mean element score (1-5); `readiness_score` maps it to 0-10 (1 -> 0, 3 -> 5, 5 -> 10).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from duediligence.enums import ActionStatus, ApprovalStatus, OptionKind, ProcessStage
from duediligence.i18n import PLURAL, QT_TRANSLATE_NOOP, translate

# An approval's status inside the decision sentence (English: the stored value itself).
_STATUS_WORDS = {
    ApprovalStatus.PENDING.value: QT_TRANSLATE_NOOP("People", "pending"),
    ApprovalStatus.APPROVED.value: QT_TRANSLATE_NOOP("People", "approved"),
    ApprovalStatus.REJECTED.value: QT_TRANSLATE_NOOP("People", "rejected"),
}

HIGH = 3  # influence or interest at or above this is "high" on the grid
LOW_SCORE, HIGH_SCORE = 1, 5
BARRIER_AT_OR_BELOW = 3
ADKAR = ("awareness", "desire", "knowledge", "ability", "reinforcement")
OPEN_ACTION = frozenset({ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value})


class Quadrant(StrEnum):
    MANAGE_CLOSELY = "manage_closely"
    KEEP_SATISFIED = "keep_satisfied"
    KEEP_INFORMED = "keep_informed"
    MONITOR = "monitor"


# ---------------------------------------------------------------- pure functions


def quadrant(influence: int, interest: int) -> Quadrant:
    """Where a person sits on the power / interest grid (3 or more counts as high)."""
    high_influence, high_interest = influence >= HIGH, interest >= HIGH
    if high_influence:
        return Quadrant.MANAGE_CLOSELY if high_interest else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if high_interest else Quadrant.MONITOR


def snap(value: float) -> int:
    """A dragged position on a 1-5 axis, rounded to the nearest whole step and kept inside 1-5."""
    return int(max(LOW_SCORE, min(HIGH_SCORE, int(value + 0.5) if value >= 0 else LOW_SCORE)))


def is_overdue(due_date: date | None, status: str, today: date) -> bool:
    """Due before today and still open or in progress."""
    return due_date is not None and due_date < today and status in OPEN_ACTION


def barrier_point(scores: Sequence[int | None]) -> str | None:
    """The first ADKAR element scored 3 or below (unscored elements are skipped), or None."""
    for name, value in zip(ADKAR, scores, strict=False):
        if value is not None and value <= BARRIER_AT_OR_BELOW:
            return name
    return None


def readiness_score(readiness: float | None) -> float | None:
    """Adoption readiness (1-5) as a 0-10 criterion value, higher is better: 1 -> 0, 3 -> 5, 5 -> 10."""
    if readiness is None:
        return None
    return (min(HIGH_SCORE, max(LOW_SCORE, readiness)) - LOW_SCORE) / (HIGH_SCORE - LOW_SCORE) * 10


def adoption_score(readiness: float | None, option_kind: str) -> float | None:
    """The 0-10 adoption value of one option: doing nothing needs no change (10); the others carry the
    organisation's readiness. None when nothing has been assessed."""
    if readiness is None:
        return None
    if option_kind == OptionKind.DO_NOTHING.value:
        return 10.0
    return readiness_score(readiness)


def raci_letters(raci: str) -> dict[str, str]:
    """Stored RACI JSON as {stage: letter}, in process order; empty text means none."""
    if not raci:
        return {}
    stored = json.loads(raci)
    return {stage.value: stored[stage.value] for stage in ProcessStage if stage.value in stored}


# ---------------------------------------------------------------- stakeholders and the grid


@dataclass(frozen=True)
class StakeholderRow:
    id: int
    position: int
    name: str
    title: str
    unit: str
    contact: str
    buying_role: str | None
    influence: int | None
    interest: int | None
    stance: str | None
    desired_stance: str | None
    concerns: str
    sign_off_required: bool
    raci: tuple[tuple[str, str], ...]  # (stage, letter) in process order
    criterion_ids: tuple[int, ...]

    def raci_letter(self, stage: str) -> str | None:
        return dict(self.raci).get(stage)


@dataclass(frozen=True)
class CriterionChoice:
    id: int
    name: str


@dataclass(frozen=True)
class GridPoint:
    stakeholder_id: int
    name: str
    title: str
    influence: int
    interest: int
    quadrant: Quadrant
    stance: str | None
    desired_stance: str | None
    buying_role: str | None


@dataclass(frozen=True)
class PowerInterestGrid:
    points: tuple[GridPoint, ...]
    unplaced: tuple[StakeholderRow, ...]  # influence or interest not given yet

    def in_quadrant(self, which: Quadrant) -> tuple[GridPoint, ...]:
        return tuple(p for p in self.points if p.quadrant == which)


def grid_of(people: Iterable[StakeholderRow]) -> PowerInterestGrid:
    points, unplaced = [], []
    for p in people:
        if p.influence is None or p.interest is None:
            unplaced.append(p)
            continue
        points.append(
            GridPoint(
                p.id, p.name, p.title, p.influence, p.interest, quadrant(p.influence, p.interest),
                p.stance, p.desired_stance, p.buying_role,
            )
        )  # fmt: skip
    return PowerInterestGrid(tuple(points), tuple(unplaced))


@dataclass(frozen=True)
class ApprovalRow:
    id: int
    stakeholder_id: int | None
    stakeholder: str | None
    subject: str
    status: str
    decided_on: date | None
    comment: str


@dataclass(frozen=True)
class DecisionCheck:
    """What stands between an evaluation and *decided*."""

    missing: tuple[ApprovalRow, ...]  # pending or rejected approvals
    sign_offs_without_approval: tuple[str, ...]  # people marked "sign-off required" with no approval

    @property
    def ok(self) -> bool:
        return not self.missing

    def sentence(self) -> str:
        """The missing approvals in one sentence (the CLI's and the report's wording; the user's language)."""
        if self.ok:
            return translate("People", "All approvals are in.")
        parts = []
        for a in self.missing:
            who = a.stakeholder or translate("People", "no one named")
            status = translate("People", _STATUS_WORDS[a.status]) if a.status in _STATUS_WORDS else a.status
            parts.append(f"{a.subject} ({who}: {status})")
        text = translate("People", "%n approval(s) missing: %1", None, PLURAL, len(parts))
        return text.replace("%1", "; ".join(parts))


def missing_approvals(approvals: Iterable[ApprovalRow]) -> tuple[ApprovalRow, ...]:
    """Approvals that are not (yet) approved: pending ones and rejected ones."""
    return tuple(a for a in approvals if a.status != ApprovalStatus.APPROVED.value)
