"""Operations on the people around a purchase: deciding (behind the approvals gate), links between notes,
people, options and criteria, RACI letters and the post-purchase review. Each returns its exact inverse.

Plain row edits (a stakeholder's name, an approval's status, an action's due date, dragging a person on
the grid) are the generic `AddRow` / `UpdateRow` / `DeleteRows` of `edits.py` and `rows.py`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select
from sqlmodel import Session, col

from duediligence import fields
from duediligence import validation as v
from duediligence.changes import Changes
from duediligence.enums import EvaluationStatus, NoteCategory, ProcessStage
from duediligence.errors import NotFoundError, ValidationError
from duediligence.i18n import fill, translate
from duediligence.operations import Applied, Batch, Operation
from duediligence.operations.edits import AddRow, UpdateRow
from duediligence.operations.evaluations import UpdateEvaluation
from duediligence.operations.rows import DeleteRows, table
from duediligence.operations.rules import check_references
from duediligence.reads.people import DecisionCheck, decision_check, raci_letters
from duediligence.storage.models import ChangeNote, Evaluation, Option, PurchaseReview, Stakeholder, utcnow
from duediligence.storage.unit_of_work import mark_written
from duediligence.validation import clean

OVERRIDE_REASON = v.text(2000)
DECIDED = EvaluationStatus.DECIDED.value


def _touch(session: Session, evaluation_id: int, kinds: set[str]) -> Changes:
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise NotFoundError("evaluation", evaluation_id)
    evaluation.updated_at = utcnow()
    return Changes(frozenset(kinds), frozenset({evaluation_id}), evaluation_list=True)


def _gate(session: Session, evaluation_id: int, override_reason: str | None) -> tuple[DecisionCheck, str]:
    """The approvals check; refuses while approvals are missing unless an override reason is given."""
    check = decision_check(session, evaluation_id)
    reason = OVERRIDE_REASON("override_reason", override_reason or "").strip()
    if not check.ok and not reason:
        raise ValidationError(
            "approvals",
            tuple(a.subject for a in check.missing),
            translate("People", "%1; record them first or give a reason to decide anyway").replace(
                "%1", check.sentence()
            ),
        )
    return check, reason


def _override_note(
    evaluation_id: int, check: DecisionCheck, reason: str, on: date, by: str, option_id: int | None
) -> Operation:
    # A record in the language of the person deciding (their reason is in it too), kept as written.
    text = fill(
        translate("People", "Decided with approvals outstanding. %1. Reason for deciding anyway: %2"),
        check.sentence(),
        reason,
    )
    people = tuple(dict.fromkeys(a.stakeholder_id for a in check.missing if a.stakeholder_id is not None))
    values = {"noted_on": on, "category": NoteCategory.DECISION.value, "text": text, "author": by}
    return AddNote(evaluation_id, values, people, (option_id,) if option_id is not None else ())


@dataclass(frozen=True)
class DecideEvaluation:
    """Record the decision (option, rationale, date, who) and set the status to decided.

    Refused while approvals are pending or rejected, unless `override_reason` says why the team decides
    anyway; the reason is then appended to the rationale and kept as a dated decision note.
    """

    evaluation_id: int
    chosen_option_id: int | None
    rationale: str
    decided_on: date | str | None
    decided_by: str
    override_reason: str | None = None

    def apply(self, session: Session) -> Applied:
        values = clean(
            fields.EVALUATION,
            {
                "chosen_option_id": self.chosen_option_id,
                "rationale": self.rationale,
                "decided_on": self.decided_on,
                "decided_by": self.decided_by,
            },
        )
        if values["chosen_option_id"] is None:
            raise ValidationError(
                "chosen_option_id", None, translate("People", "choose the option you decided for")
            )
        option = session.get(Option, values["chosen_option_id"])
        if option is None or option.evaluation_id != self.evaluation_id:
            raise ValidationError(
                "chosen_option_id",
                values["chosen_option_id"],
                translate("Operations", "is not an option of this evaluation"),
            )
        if not values["rationale"].strip():
            raise ValidationError(
                "rationale", "", translate("People", "cannot be empty: say why this option was chosen")
            )
        if values["decided_on"] is None:
            raise ValidationError("decided_on", None, translate("People", "a date is required"))
        if not values["decided_by"].strip():
            raise ValidationError("decided_by", "", translate("People", "cannot be empty: say who decided"))
        check, reason = _gate(session, self.evaluation_id, self.override_reason)
        operations: list[Operation] = []
        if not check.ok:
            outstanding = fill(
                translate("People", "Decided with approvals outstanding (%1). Reason: %2"),
                check.sentence(),
                reason,
            )
            values["rationale"] = f"{values['rationale'].rstrip()}\n\n{outstanding}"
            operations.append(
                _override_note(
                    self.evaluation_id, check, reason, values["decided_on"], values["decided_by"], option.id
                )
            )
        operations.insert(0, UpdateEvaluation(self.evaluation_id, {**values, "status": DECIDED}))
        applied = Batch(operations).apply(session)
        return Applied(applied.inverse, applied.changes)


@dataclass(frozen=True)
class SetStatus:
    """Change an evaluation's status; moving to *decided* passes the same approvals gate as deciding.

    The inverse is a plain status change, so undo and redo replay exactly without asking again.
    """

    evaluation_id: int
    status: str
    override_reason: str | None = None

    def apply(self, session: Session) -> Applied:
        evaluation = session.get(Evaluation, self.evaluation_id)
        if evaluation is None:
            raise NotFoundError("evaluation", self.evaluation_id)
        operations: list[Operation] = [UpdateEvaluation(self.evaluation_id, {"status": self.status})]
        if self.status == DECIDED and evaluation.status != DECIDED:
            check, reason = _gate(session, self.evaluation_id, self.override_reason)
            if not check.ok:
                on = evaluation.decided_on or date.today()
                by = evaluation.decided_by
                operations.append(
                    _override_note(self.evaluation_id, check, reason, on, by, evaluation.chosen_option_id)
                )
        applied = Batch(operations).apply(session)
        return Applied(applied.inverse, applied.changes)


def _set_links(
    session: Session,
    link_table: str,
    owner_column: str,
    owner_id: int,
    target_column: str,
    wanted: Sequence[int],
    evaluation_id: int,
) -> tuple[int, ...]:
    """Make the links of one owner exactly `wanted` (in that order for new ones); returns the old ones."""
    t = table(link_table)
    wanted = list(dict.fromkeys(wanted))
    for target in wanted:
        check_references(session, link_table, evaluation_id, {target_column: target})
    rows = session.execute(
        select(t.c.id, t.c[target_column]).where(t.c[owner_column] == owner_id).order_by(t.c.id)
    ).all()
    old = tuple(target for _, target in rows)
    mark_written(session, link_table, (f"{owner_column}={owner_id}",))  # the links of one owner, as a whole
    drop = [row_id for row_id, target in rows if target not in wanted]
    if drop:
        session.execute(delete(t).where(t.c.id.in_(drop)))
    for target in wanted:
        if target not in old:
            session.execute(
                insert(t).values(
                    {"evaluation_id": evaluation_id, owner_column: owner_id, target_column: target}
                )
            )
    session.expire_all()
    return old


@dataclass(frozen=True)
class SetNoteLinks:
    """Say which stakeholders and options a change note concerns (replacing the previous links)."""

    note_id: int
    stakeholder_ids: Sequence[int]
    option_ids: Sequence[int]

    def apply(self, session: Session) -> Applied:
        note = session.get(ChangeNote, self.note_id)
        if note is None:
            raise NotFoundError("change note", self.note_id)
        eid = note.evaluation_id
        people = _set_links(
            session,
            "change_note_stakeholder",
            "note_id",
            self.note_id,
            "stakeholder_id",
            self.stakeholder_ids,
            eid,
        )
        options = _set_links(
            session, "change_note_option", "note_id", self.note_id, "option_id", self.option_ids, eid
        )
        changes = _touch(session, eid, {"change_note", "change_note_stakeholder", "change_note_option"})
        return Applied(SetNoteLinks(self.note_id, people, options), changes)


@dataclass(frozen=True)
class AddNote:
    """A new change note with its links, as one step; the result is the note's id."""

    evaluation_id: int
    values: Mapping[str, Any]
    stakeholder_ids: Sequence[int] = ()
    option_ids: Sequence[int] = ()

    def apply(self, session: Session) -> Applied:
        added = AddRow("change_note", self.evaluation_id, self.values).apply(session)
        linked = SetNoteLinks(added.result, self.stakeholder_ids, self.option_ids).apply(session)
        # Deleting the note takes its links with it (ON DELETE CASCADE), so its inverse undoes both.
        return Applied(added.inverse, added.changes | linked.changes, added.result)


@dataclass(frozen=True)
class SetStakeholderCriteria:
    """Say which criteria a stakeholder cares about (replacing the previous list)."""

    stakeholder_id: int
    criterion_ids: Sequence[int]

    def apply(self, session: Session) -> Applied:
        person = session.get(Stakeholder, self.stakeholder_id)
        if person is None:
            raise NotFoundError("stakeholder", self.stakeholder_id)
        eid = person.evaluation_id
        old = _set_links(
            session, "stakeholder_criterion", "stakeholder_id", self.stakeholder_id, "criterion_id",
            self.criterion_ids, eid,
        )  # fmt: skip
        changes = _touch(session, eid, {"stakeholder", "stakeholder_criterion"})
        return Applied(SetStakeholderCriteria(self.stakeholder_id, old), changes)


@dataclass(frozen=True)
class SetRaci:
    """Set (or clear, with None) one stakeholder's RACI letter for one buying-process stage."""

    stakeholder_id: int
    stage: str
    letter: str | None

    def apply(self, session: Session) -> Applied:
        person = session.get(Stakeholder, self.stakeholder_id)
        if person is None:
            raise NotFoundError("stakeholder", self.stakeholder_id)
        if self.stage not in {s.value for s in ProcessStage}:
            raise ValidationError(
                "raci", self.stage, translate("People", "is not a stage of the buying process")
            )
        letters = raci_letters(person.raci)
        if self.letter in (None, ""):
            letters.pop(self.stage, None)
        else:
            letters[self.stage] = str(self.letter).strip().upper()
        return UpdateRow("stakeholder", self.stakeholder_id, {"raci": letters}).apply(session)


@dataclass(frozen=True)
class SetReview:
    """Set fields of the evaluation's post-purchase review, creating it on first use."""

    evaluation_id: int
    values: Mapping[str, Any] = field(default_factory=dict)

    def apply(self, session: Session) -> Applied:
        found = session.execute(
            select(col(PurchaseReview.id)).where(col(PurchaseReview.evaluation_id) == self.evaluation_id)
        ).scalar()
        if found is not None:
            return UpdateRow("purchase_review", found, self.values).apply(session)
        applied = AddRow("purchase_review", self.evaluation_id, self.values).apply(session)
        return Applied(applied.inverse, applied.changes)


__all__ = [
    "AddNote",
    "DecideEvaluation",
    "DeleteRows",
    "SetNoteLinks",
    "SetRaci",
    "SetReview",
    "SetStakeholderCriteria",
    "SetStatus",
]
