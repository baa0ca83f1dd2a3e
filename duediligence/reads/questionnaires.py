"""Questionnaires as frozen rows: each option's tracking (sent, due, returned, reviewed, overdue), its
questions with the answers received, and the content a questionnaire sends — which holds only what
the vendor may see: the buyer, the deadline, the questions and the vendor's own earlier answers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from duediligence.decision.answers import Verdict, verdict
from duediligence.enums import CHECKED_KINDS, RiskKind, RiskStatus
from duediligence.errors import NotFoundError
from duediligence.storage.models import Option, Questionnaire, RiskItem

NOT_SENT, SENT, OVERDUE, RETURNED, REVIEWED = "not_sent", "sent", "overdue", "returned", "reviewed"


@dataclass(frozen=True)
class QuestionRow:
    """One checklist item of an option: asked (a question) or not, and what the vendor answered."""

    id: int
    option_id: int
    category: str
    title: str
    critical: bool
    status: str
    question: str
    answer_kind: str
    answer_unit: str
    expected_answer: str
    answer: str | None
    answer_comment: str | None
    answer_documents: str | None
    answered_on: date | None

    @property
    def asked(self) -> bool:
        return bool(self.question.strip())

    @property
    def verdict(self) -> Verdict:
        return verdict(self.answer_kind, self.expected_answer, self.answer)

    @property
    def contradicts_must_have(self) -> bool:
        return self.critical and self.verdict.meets is False


@dataclass(frozen=True)
class QuestionnaireRow:
    """Where one option's questionnaire stands."""

    option_id: int
    option: str
    excluded: bool
    questionnaire_id: int | None
    buyer: str
    contact: str
    sent_on: date | None
    due_on: date | None
    returned_on: date | None
    reviewed_on: date | None
    rounds: int
    questions: int  # asked
    answered: int
    to_review: int
    contradictions: int  # must-have answers that contradict what is required

    @property
    def id(self) -> int:
        """Rows are keyed by their option (an option has one questionnaire)."""
        return self.option_id

    @property
    def returned(self) -> bool:
        """Returned since it was last sent (a re-sent questionnaire waits for the next return)."""
        return self.returned_on is not None and (self.sent_on is None or self.returned_on >= self.sent_on)

    def state(self, today: date) -> str:
        if self.sent_on is None and self.returned_on is None:
            return NOT_SENT
        if self.returned:
            reviewed = self.reviewed_on is not None and self.reviewed_on >= self.returned_on  # type: ignore[operator]
            return REVIEWED if reviewed else RETURNED
        return OVERDUE if self.due_on is not None and self.due_on < today else SENT

    def overdue_days(self, today: date) -> int:
        return (today - self.due_on).days if self.state(today) == OVERDUE and self.due_on else 0


def _questions(session: Session, where: object) -> list[QuestionRow]:
    items = session.exec(
        select(RiskItem)
        .where(where, col(RiskItem.kind) == RiskKind.CHECKLIST.value)  # type: ignore[arg-type]
        .order_by(col(RiskItem.position), col(RiskItem.id))
    )
    return [
        QuestionRow(
            id=int(i.id),  # type: ignore[arg-type]
            option_id=int(i.option_id),
            category=i.category, title=i.title, critical=i.critical, status=i.status, question=i.question,
            answer_kind=i.answer_kind, answer_unit=i.answer_unit, expected_answer=i.expected_answer,
            answer=i.answer, answer_comment=i.answer_comment, answer_documents=i.answer_documents,
            answered_on=i.answered_on,
        )
        for i in items
        if i.option_id is not None
    ]  # fmt: skip


def option_questions(session: Session, option_id: int) -> tuple[QuestionRow, ...]:
    """Every checklist item of one option, in the checklist's order (asked ones and the rest)."""
    return tuple(_questions(session, col(RiskItem.option_id) == option_id))


def in_sent_order(rows: Sequence[QuestionRow]) -> tuple[QuestionRow, ...]:
    """The asked questions as a questionnaire numbers them (grouped by category, in the checklist's
    order), then the checklist items not asked."""
    asked = [q for q in rows if q.asked]
    categories = list(dict.fromkeys(q.category for q in asked))
    asked.sort(key=lambda q: categories.index(q.category))
    return (*asked, *(q for q in rows if not q.asked))


def questionnaire_overview(session: Session, evaluation_id: int) -> tuple[QuestionnaireRow, ...]:
    """One row per option bought from someone, and per other option with questions or a questionnaire."""
    options = session.exec(
        select(Option).where(col(Option.evaluation_id) == evaluation_id).order_by(col(Option.position))
    ).all()
    sent = {
        q.option_id: q
        for q in session.exec(select(Questionnaire).where(col(Questionnaire.evaluation_id) == evaluation_id))
    }
    questions: dict[int, list[QuestionRow]] = {}
    for row in _questions(session, col(RiskItem.evaluation_id) == evaluation_id):
        if row.asked:
            questions.setdefault(row.option_id, []).append(row)
    rows = []
    for option in options:
        oid = int(option.id)  # type: ignore[arg-type]
        asked, q = questions.get(oid, []), sent.get(oid)
        if option.kind not in CHECKED_KINDS and not asked and q is None:
            continue
        rows.append(
            QuestionnaireRow(
                option_id=oid, option=option.name, excluded=option.excluded,
                questionnaire_id=q.id if q else None, buyer=q.buyer if q else "",
                contact=q.contact if q else "", sent_on=q.sent_on if q else None,
                due_on=q.due_on if q else None, returned_on=q.returned_on if q else None,
                reviewed_on=q.reviewed_on if q else None, rounds=q.rounds if q else 0,
                questions=len(asked), answered=sum(r.answer is not None for r in asked),
                to_review=sum(r.status == RiskStatus.TO_REVIEW.value for r in asked),
                contradictions=sum(r.contradicts_must_have for r in asked),
            )
        )  # fmt: skip
    return tuple(rows)


def overdue_questionnaires(session: Session, evaluation_id: int, today: date) -> tuple[QuestionnaireRow, ...]:
    """Questionnaires sent and not returned by their due date (options still considered)."""
    return tuple(
        r
        for r in questionnaire_overview(session, evaluation_id)
        if r.state(today) == OVERDUE and not r.excluded
    )


@dataclass(frozen=True)
class SentQuestion:
    """A question as the vendor sees it, numbered, with the vendor's earlier answer to keep or change."""

    number: int
    risk_id: int
    category: str
    question: str
    answer_kind: str
    answer_unit: str
    answer: str | None
    answer_comment: str | None
    answer_documents: str | None


@dataclass(frozen=True)
class QuestionnaireContent:
    """Everything a sent questionnaire holds, and nothing more: no scores, weights, notes, other options."""

    option_id: int
    addressee: str  # the vendor and product the questions are for
    buyer: str
    contact: str
    due_on: date
    questions: tuple[SentQuestion, ...]


def addressee(option: Option) -> str:
    """Whom a questionnaire is for, in the vendor's own names: vendor and product, else the option."""
    return " – ".join(x.strip() for x in (option.vendor, option.product) if x.strip()) or option.name


def questionnaire_content(
    session: Session, option_id: int, buyer: str, contact: str, due_on: date
) -> QuestionnaireContent:
    option = session.get(Option, option_id)
    if option is None:
        raise NotFoundError("option", option_id)
    asked = [q for q in in_sent_order(option_questions(session, option_id)) if q.asked]
    questions = tuple(
        SentQuestion(
            n, q.id, q.category, q.question.strip(), q.answer_kind, q.answer_unit, q.answer,
            q.answer_comment, q.answer_documents,
        )
        for n, q in enumerate(asked, start=1)
    )  # fmt: skip
    return QuestionnaireContent(option_id, addressee(option), buyer, contact, due_on, questions)


@dataclass(frozen=True)
class QuestionnaireRecord:
    """An option's stored questionnaire, with the token its sent files carry."""

    id: int
    evaluation_id: int
    option_id: int
    token: str
    buyer: str
    contact: str
    sent_on: date | None
    due_on: date | None
    returned_on: date | None
    rounds: int


def _record(q: Questionnaire | None) -> QuestionnaireRecord | None:
    if q is None:
        return None
    return QuestionnaireRecord(
        int(q.id), q.evaluation_id, q.option_id, q.token, q.buyer, q.contact, q.sent_on, q.due_on,  # type: ignore[arg-type]
        q.returned_on, q.rounds,
    )  # fmt: skip


def questionnaire_record(session: Session, option_id: int) -> QuestionnaireRecord | None:
    return _record(
        session.exec(select(Questionnaire).where(col(Questionnaire.option_id) == option_id)).first()
    )


def questionnaire_by_token(session: Session, token: str) -> QuestionnaireRecord | None:
    """The questionnaire a returned file belongs to (None: not sent from this workbook, or deleted)."""
    return _record(session.exec(select(Questionnaire).where(col(Questionnaire.token) == token)).first())


def find_option(session: Session, evaluation_id: int, key: str) -> int:
    """The option of an evaluation named by `key`: its exact name, or else its id."""
    options = session.exec(select(Option).where(col(Option.evaluation_id) == evaluation_id)).all()
    named = [o for o in options if o.name == key]
    if not named and key.strip().isdigit():
        named = [o for o in options if o.id == int(key)]
    if not named:
        raise NotFoundError("option", key)
    return int(named[0].id)  # type: ignore[arg-type]
