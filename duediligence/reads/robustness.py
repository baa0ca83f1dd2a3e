"""What the robustness analysis reads from a workbook: its input, the to-do items and the
stakeholders' own weights; and the whole analysis of one stored evaluation."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from duediligence.decision.matrix import Matrix
from duediligence.errors import NotFoundError
from duediligence.reads.matrix import load_matrix
from duediligence.robustness.analysis import compute
from duediligence.robustness.inputs import RobustnessInput, Settings, build_input
from duediligence.robustness.results import Robustness
from duediligence.storage.models import Evaluation, Inquiry, Stakeholder, WeightProfile


def prepare(
    session: Session,
    evaluation_id: int,
    *,
    matrix: Matrix | None = None,
    draws: int | None = None,
    seed: int | None = None,
) -> RobustnessInput:
    """Read the evaluation (or use the given, already loaded `matrix`) into a `RobustnessInput`."""
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise NotFoundError("evaluation", evaluation_id)
    settings = Settings(
        draws=int(evaluation.simulation_draws if draws is None else draws),
        seed=int(evaluation.simulation_seed if seed is None else seed),
        weight_band=float(evaluation.weight_band),
        risk_adjusted=bool(evaluation.risk_adjusted),
    )
    table = profile_table(session, evaluation_id)
    matrix = matrix or load_matrix(session, evaluation_id)
    return build_input(matrix, settings, table.stakeholders, table.weights)


def analyse(
    session: Session, evaluation_id: int, *, draws: int | None = None, seed: int | None = None
) -> Robustness:
    """The whole analysis of one stored evaluation (see robustness.analysis)."""
    return compute(prepare(session, evaluation_id, draws=draws, seed=seed))


@dataclass(frozen=True)
class InquiryRow:
    id: int
    option_id: int | None
    criterion_id: int | None
    question: str
    resolved: bool
    resolved_on: object  # date | None
    note: str


def inquiries(session: Session, evaluation_id: int) -> list[InquiryRow]:
    """The evaluation's due-diligence to-do items, oldest first."""
    columns = (Inquiry.id, Inquiry.option_id, Inquiry.criterion_id, Inquiry.question, Inquiry.resolved,
               Inquiry.resolved_on, Inquiry.note)  # fmt: skip
    query = (
        select(*(col(c) for c in columns))
        .where(col(Inquiry.evaluation_id) == evaluation_id)
        .order_by(col(Inquiry.id))
    )
    return [InquiryRow(*row) for row in session.execute(query)]


@dataclass(frozen=True)
class ProfileTable:
    """Stakeholders (id, name) in their order and their own weights by (stakeholder id, criterion id)."""

    stakeholders: tuple[tuple[int, str], ...]
    weights: dict[tuple[int, int], float]


def profile_table(session: Session, evaluation_id: int) -> ProfileTable:
    people = session.execute(
        select(col(Stakeholder.id), col(Stakeholder.name))
        .where(col(Stakeholder.evaluation_id) == evaluation_id)
        .order_by(col(Stakeholder.position), col(Stakeholder.id))
    ).all()
    rows = session.execute(
        select(
            col(WeightProfile.stakeholder_id), col(WeightProfile.criterion_id), col(WeightProfile.weight)
        ).where(col(WeightProfile.evaluation_id) == evaluation_id)
    ).all()
    return ProfileTable(tuple((i, n) for i, n in people), {(s, c): float(w) for s, c, w in rows})
