"""Edits the robustness view makes: ticking off an item of the due-diligence to-do, and a stakeholder's own
weights. Both are upserts on the generic row operations, so each returns that operation's exact inverse."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from duediligence.changes import Changes
from duediligence.errors import NotFoundError
from duediligence.operations import Applied
from duediligence.operations.edits import AddRow, UpdateRow
from duediligence.operations.rows import DeleteRows
from duediligence.storage.models import Inquiry, Stakeholder, WeightProfile


def find_inquiry(
    session: Session, evaluation_id: int, option_id: int | None, criterion_id: int | None
) -> Inquiry | None:
    """The to-do item about this option's criterion (option None: about the criterion's weight);
    an open one before a resolved one, then the oldest."""
    option, criterion = col(Inquiry.option_id), col(Inquiry.criterion_id)
    query = select(Inquiry).where(
        col(Inquiry.evaluation_id) == evaluation_id,
        option == option_id if option_id is not None else option.is_(None),
        criterion == criterion_id if criterion_id is not None else criterion.is_(None),
    )
    rows = list(session.execute(query.order_by(col(Inquiry.resolved), col(Inquiry.id))).scalars())
    return rows[0] if rows else None


@dataclass(frozen=True)
class SetInquiry:
    """Put "find out …" on the to-do list, open (`resolved` False) or ticked off (True, dated `on`).

    Updates the existing item for the same option and criterion, or adds one with `question`.
    """

    evaluation_id: int
    option_id: int | None
    criterion_id: int | None
    question: str
    resolved: bool
    on: date | None = None

    def apply(self, session: Session) -> Applied:
        found = find_inquiry(session, self.evaluation_id, self.option_id, self.criterion_id)
        values = {
            "resolved": self.resolved,
            "resolved_on": (self.on or date.today()) if self.resolved else None,
        }
        if found is not None:
            assert found.id is not None
            return UpdateRow("inquiry", found.id, values).apply(session)
        refs = {"option_id": self.option_id, "criterion_id": self.criterion_id}
        return AddRow("inquiry", self.evaluation_id, {"question": self.question, **values, **refs}).apply(
            session
        )


@dataclass(frozen=True)
class SetWeightProfile:
    """A stakeholder's own weight for a criterion; None removes it (the evaluation's weight applies)."""

    stakeholder_id: int
    criterion_id: int
    weight: float | None

    def apply(self, session: Session) -> Applied:
        person = session.get(Stakeholder, self.stakeholder_id)
        if person is None:
            raise NotFoundError("stakeholder", self.stakeholder_id)
        found = session.execute(
            select(WeightProfile).where(
                col(WeightProfile.stakeholder_id) == self.stakeholder_id,
                col(WeightProfile.criterion_id) == self.criterion_id,
            )
        ).scalar_one_or_none()
        if found is not None:
            assert found.id is not None
            if self.weight is None:
                return DeleteRows("weight_profile", (found.id,)).apply(session)
            return UpdateRow("weight_profile", found.id, {"weight": self.weight}).apply(session)
        if self.weight is None:
            return Applied(SetWeightProfile(self.stakeholder_id, self.criterion_id, None), Changes())
        parents = {"stakeholder_id": self.stakeholder_id, "criterion_id": self.criterion_id}
        return AddRow("weight_profile", person.evaluation_id, {"weight": self.weight}, parents).apply(session)
