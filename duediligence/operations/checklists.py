"""Checklists and the risk register: applying a template, raising a risk from a checklist item, and
choosing the options a risk concerns. Each is one operation with an exact inverse.

Applying a template COPIES its items into the evaluation (one checklist item per item and option,
status "not checked"), so editing or deleting the template later never changes a past evaluation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from duediligence.changes import Changes
from duediligence.enums import AnswerKind, RiskKind, RiskStatus
from duediligence.errors import NotFoundError, ValidationError
from duediligence.i18n import translate, wordings
from duediligence.operations import Applied, Batch, Operation
from duediligence.operations.edits import AddRow, UpdateRow
from duediligence.operations.rows import DeleteRows
from duediligence.operations.rules import check_row
from duediligence.storage.models import Evaluation, Option, RiskItem, RiskOption, stored_id, utcnow

SHIPPED, USER = "shipped", "user"  # where a checklist template comes from
SHIPPED_CONTEXT = "Templates"  # the translation context of the shipped templates' texts (templates.localise)


@dataclass(frozen=True)
class ChecklistEntry:
    """One thing to check, as a template holds it (applying copies it into each option's checklist),
    with what the vendor is asked about it in a questionnaire ("" = nothing)."""

    category: str
    title: str
    description: str = ""
    critical: bool = False
    question: str = ""
    answer_kind: str = AnswerKind.TEXT.value
    answer_unit: str = ""
    expected_answer: str = ""

    def question_values(self) -> dict[str, str]:
        return {
            "question": self.question, "answer_kind": self.answer_kind, "answer_unit": self.answer_unit,
            "expected_answer": self.expected_answer,
        }  # fmt: skip


@dataclass(frozen=True)
class ChecklistTemplate:
    name: str
    items: tuple[ChecklistEntry, ...]
    description: str = ""
    kind: str = ""
    source: str = USER  # SHIPPED or USER
    path: str | None = None  # where it was read from (None for one not saved yet)

    @property
    def key(self) -> str:
        """Stable identity for choosers: source and file stem."""
        return f"{self.source}:{Path(self.path).stem if self.path else self.name}"

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(item.category for item in self.items))


@dataclass(frozen=True)
class ApplyResult:
    added: tuple[int, ...]  # ids of the new checklist items
    skipped: int  # items an option already had (same category and title)
    asked: int = 0  # items an option had without a question, which now ask the template's


def _options(session: Session, evaluation_id: int, option_ids: Sequence[int], field_name: str) -> list[int]:
    wanted = list(dict.fromkeys(option_ids))
    found = {
        row[0]
        for row in session.execute(
            select(col(Option.id)).where(
                col(Option.evaluation_id) == evaluation_id, col(Option.id).in_(wanted)
            )
        )
    }
    for option_id in wanted:
        if option_id not in found:
            raise ValidationError(
                field_name, option_id, translate("Operations", "is not an option of this evaluation")
            )
    return wanted


@dataclass(frozen=True)
class ApplyChecklistTemplate:
    """Copy a template's items into the checklist of each chosen option; items an option already has
    (same category and title, worded in any language the app ships) are skipped, so applying twice
    adds nothing, even in another language. An item it has that asks the vendor nothing takes the
    template's question (a questionnaire template on a checklist)."""

    evaluation_id: int
    template: ChecklistTemplate
    option_ids: tuple[int, ...]

    def apply(self, session: Session) -> Applied:
        evaluation = session.get(Evaluation, self.evaluation_id)
        if evaluation is None:
            raise NotFoundError("evaluation", self.evaluation_id)
        if not self.option_ids:
            raise ValidationError(
                "options", (), translate("Operations", "choose at least one option to apply the checklist to")
            )
        options = _options(session, self.evaluation_id, self.option_ids, "options")
        # An item is known by its category and title in any language the app ships, so a shipped
        # checklist applied in English and again in German (or twice) adds nothing the second time.
        have: dict[tuple[int | None, str, str], tuple[int, str]] = {}
        for item_id, option_id, category, title, question in session.execute(
            select(
                col(RiskItem.id), col(RiskItem.option_id), col(RiskItem.category), col(RiskItem.title),
                col(RiskItem.question),
            ).where(
                col(RiskItem.evaluation_id) == self.evaluation_id,
                col(RiskItem.kind) == RiskKind.CHECKLIST.value,
            )
        ):  # fmt: skip
            for said_category in wordings(SHIPPED_CONTEXT, category):
                for said_title in wordings(SHIPPED_CONTEXT, title):
                    have.setdefault((option_id, said_category, said_title), (item_id, question))
        last = session.execute(
            select(func.max(col(RiskItem.position))).where(col(RiskItem.evaluation_id) == self.evaluation_id)
        ).scalar()
        position = (last + 1) if last is not None else 0
        added, skipped, asking = [], 0, []
        for option_id in options:
            for entry in self.template.items:
                found = have.get(
                    (option_id, entry.category.strip().casefold(), entry.title.strip().casefold())
                )
                if found is not None:
                    item_id, question = found
                    if entry.question and not question.strip():
                        asking.append(UpdateRow("risk_item", item_id, entry.question_values()))
                    else:
                        skipped += 1
                    continue
                row = RiskItem(
                    evaluation_id=self.evaluation_id, option_id=option_id, kind=RiskKind.CHECKLIST.value,
                    position=position, category=entry.category, title=entry.title,
                    description=entry.description, critical=entry.critical,
                    status=RiskStatus.NOT_CHECKED.value, question=entry.question,
                    answer_kind=entry.answer_kind, answer_unit=entry.answer_unit,
                    expected_answer=entry.expected_answer,
                )  # fmt: skip
                session.add(row)
                position += 1
                added.append(row)
        session.flush()
        for row in added:
            check_row(session, "risk_item", row)
        asked = Batch(tuple(asking)).apply(session)
        evaluation.updated_at = utcnow()
        ids = tuple(stored_id(row) for row in added)
        changes = Changes(frozenset({"risk_item"}), frozenset({self.evaluation_id}), True)
        deleted: Operation = DeleteRows("risk_item", ids) if ids else Batch(())
        inverse = Batch((asked.inverse, deleted))
        return Applied(inverse, changes | asked.changes, ApplyResult(ids, skipped, len(asking)))


def _risk(session: Session, risk_id: int) -> RiskItem:
    risk = session.get(RiskItem, risk_id)
    if risk is None:
        raise NotFoundError("risk", risk_id)
    return risk


@dataclass(frozen=True)
class RaiseRisk:
    """A register risk raised from a checklist item: same category and title, linked to the item's option,
    `raised_from_id` pointing back at the item. `values` may set any risk field (likelihood, owner…)."""

    checklist_item_id: int
    values: Mapping[str, Any] = field(default_factory=dict)

    def apply(self, session: Session) -> Applied:
        item = _risk(session, self.checklist_item_id)
        if item.kind != RiskKind.CHECKLIST.value:
            reason = translate("Operations", "a risk can only be raised from a checklist item")
            raise ValidationError("raised_from_id", item.id, reason)
        description = "\n\n".join(x for x in (item.description, item.note) if x.strip())
        values = {
            "kind": RiskKind.RISK.value, "category": item.category, "title": item.title,
            "description": description, "status": RiskStatus.OPEN.value, **self.values,
        }  # fmt: skip
        added = AddRow("risk_item", item.evaluation_id, values, {"raised_from_id": stored_id(item)}).apply(
            session
        )
        risk_id = added.result
        if item.option_id is not None:
            parents = {"risk_id": risk_id, "option_id": item.option_id}
            AddRow("risk_option", item.evaluation_id, {}, parents).apply(session)
        # Deleting the risk takes its option links with it (ON DELETE CASCADE): an exact inverse.
        changes = added.changes | Changes(frozenset({"risk_option"}), frozenset({item.evaluation_id}))
        return Applied(DeleteRows("risk_item", (risk_id,)), changes, risk_id)


@dataclass(frozen=True)
class SetRiskOptions:
    """Say which options a register risk concerns (none: the whole evaluation). Links are added and
    removed as needed; a risk's single `option_id`, as older files and samples use it, moves into the
    links. The inverse puts back exactly what was there."""

    risk_id: int
    option_ids: tuple[int, ...]

    def apply(self, session: Session) -> Applied:
        risk = _risk(session, self.risk_id)
        if risk.kind != RiskKind.RISK.value:
            raise ValidationError(
                "options",
                self.risk_id,
                translate("Operations", "a checklist item belongs to exactly one option"),
            )
        wanted = _options(session, risk.evaluation_id, self.option_ids, "options")
        links = session.execute(
            select(col(RiskOption.id), col(RiskOption.option_id)).where(
                col(RiskOption.risk_id) == self.risk_id
            )
        ).all()
        have = {option_id: link_id for link_id, option_id in links}
        operations: list[Operation] = []
        if risk.option_id is not None:
            operations.append(UpdateRow("risk_item", self.risk_id, {"option_id": None}))
        gone = tuple(link_id for option_id, link_id in have.items() if option_id not in wanted)
        if gone:
            operations.append(DeleteRows("risk_option", gone))
        for option_id in wanted:
            if option_id not in have:
                parents = {"risk_id": self.risk_id, "option_id": option_id}
                operations.append(AddRow("risk_option", risk.evaluation_id, {}, parents))
        if not operations:
            return Applied(Batch(()), Changes())
        applied = Batch(tuple(operations)).apply(session)
        changes = applied.changes | Changes(frozenset({"risk_item"}), frozenset({risk.evaluation_id}))
        return Applied(applied.inverse, changes)


def entries_from_rows(rows: Sequence[Any]) -> list[ChecklistEntry]:
    """Checklist rows (anything with category, title, description, critical and the question fields)
    as template entries: never an answer, only what is asked."""
    return [
        ChecklistEntry(
            r.category, r.title, r.description, bool(r.critical), getattr(r, "question", ""),
            getattr(r, "answer_kind", AnswerKind.TEXT.value), getattr(r, "answer_unit", ""),
            getattr(r, "expected_answer", ""),
        )
        for r in rows
    ]  # fmt: skip
