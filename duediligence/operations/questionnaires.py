"""Questionnaires: recording that one was sent, and storing the answers that came back, each one
undoable step. The questions themselves are checklist items (edited with the generic row
operations); the tracking dates are edited with `UpdateRow("questionnaire", …)`.

Answers are stored on the questionnaire's option's checklist items only: the answer, the vendor's
comment and the names of the files they attached, the date received, the evidence source
"Questionnaire returned on YYYY-MM-DD" and the status *to review* (the buyer then judges it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from duediligence import fields
from duediligence.changes import Changes
from duediligence.enums import RiskKind, RiskStatus
from duediligence.errors import NotFoundError, ValidationError
from duediligence.i18n import translate
from duediligence.operations import Applied, Batch, Operation
from duediligence.operations.edits import UpdateRow
from duediligence.operations.rows import DeleteRows
from duediligence.storage.models import Evaluation, Option, Questionnaire, RiskItem, stored_id, utcnow

SOURCE = "Questionnaire returned on {day}"
EARLIER_SOURCE = re.compile(r"^Questionnaire returned on \d{4}-\d{2}-\d{2}(?: · )?")


def _touched(session: Session, evaluation_id: int) -> Changes:
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise NotFoundError("evaluation", evaluation_id)
    evaluation.updated_at = utcnow()
    return Changes(frozenset({"questionnaire"}), frozenset({evaluation_id}), evaluation_list=True)


@dataclass(frozen=True)
class RecordQuestionnaireSent:
    """An option's questionnaire went out today (again): who sends it, the deadline, one more round.
    `token` is the one the sent file carries; a first send creates the tracking row with it."""

    option_id: int
    token: str
    buyer: str
    contact: str
    due_on: date
    sent_on: date

    def apply(self, session: Session) -> Applied:
        option = session.get(Option, self.option_id)
        if option is None:
            raise NotFoundError("option", self.option_id)
        values = {
            "buyer": fields.QUESTIONNAIRE["buyer"]("buyer", self.buyer).strip(),
            "contact": fields.QUESTIONNAIRE["contact"]("contact", self.contact).strip(),
            "due_on": self.due_on,
            "sent_on": self.sent_on,
        }
        if not values["buyer"]:
            raise ValidationError(
                "buyer",
                self.buyer,
                translate("Operations", "the vendor must see who asks: give the buyer's name"),
            )
        if self.due_on < self.sent_on:
            raise ValidationError(
                "due_on",
                self.due_on.isoformat(),
                translate("Operations", "the deadline lies before the day it is sent"),
            )
        found = session.execute(
            select(Questionnaire).where(col(Questionnaire.option_id) == self.option_id)
        ).scalar_one_or_none()
        if found is not None:
            if found.token != self.token:
                raise ValidationError(
                    "questionnaire",
                    option.name,
                    translate("Operations", "was sent from elsewhere meanwhile; send it again"),
                )
            return UpdateRow("questionnaire", stored_id(found), {**values, "rounds": found.rounds + 1}).apply(
                session
            )
        row = Questionnaire(
            evaluation_id=option.evaluation_id, option_id=self.option_id, token=self.token, rounds=1, **values
        )
        session.add(row)
        session.flush()
        changes = _touched(session, option.evaluation_id)
        return Applied(DeleteRows("questionnaire", (stored_id(row),)), changes, stored_id(row))


@dataclass(frozen=True)
class ReturnedAnswer:
    """What the vendor wrote for one question, in stored forms (None: left empty)."""

    risk_id: int
    answer: str | None
    comment: str | None
    documents: str | None


def source_text(received_on: date, earlier: str) -> str:
    """The evidence source after a return: this return first, the buyer's own words kept after it."""
    kept = EARLIER_SOURCE.sub("", earlier).strip()
    return SOURCE.format(day=received_on.isoformat()) + (f" · {kept}" if kept else "")


@dataclass(frozen=True)
class StoreQuestionnaireAnswers:
    """Store returned answers on the questionnaire's option's checklist items (each marked *to review*)
    and the day it came back; an item of another option, or no longer on the checklist, is refused."""

    questionnaire_id: int
    answers: tuple[ReturnedAnswer, ...]
    received_on: date

    def apply(self, session: Session) -> Applied:
        questionnaire = session.get(Questionnaire, self.questionnaire_id)
        if questionnaire is None:
            raise NotFoundError("questionnaire", self.questionnaire_id)
        ops: list[Operation] = []
        for given in self.answers:
            item = session.get(RiskItem, given.risk_id)
            if (
                item is None
                or item.kind != RiskKind.CHECKLIST.value
                or item.option_id != questionnaire.option_id
            ):
                raise ValidationError(
                    "answers",
                    given.risk_id,
                    translate("Operations", "is no longer a checklist item of this questionnaire's option"),
                )
            values = {
                "answer": given.answer if given.answer is not None else item.answer,
                "answer_comment": given.comment,
                "answer_documents": given.documents,
                "answered_on": self.received_on,
                "evidence_source": source_text(self.received_on, item.evidence_source),
                "evidence_date": self.received_on,
                "status": RiskStatus.TO_REVIEW.value,
            }
            ops.append(UpdateRow("risk_item", given.risk_id, values))
        ops.append(UpdateRow("questionnaire", self.questionnaire_id, {"returned_on": self.received_on}))
        applied = Batch(tuple(ops)).apply(session)
        return Applied(applied.inverse, applied.changes, len(self.answers))
