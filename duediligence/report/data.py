"""What the decision report shows, read in one transaction: the evaluation, its ranking, robustness,
costs, risks, people and decision, with the chart data the report draws."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from duediligence.i18n import translate

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows, read in one transaction."""

    evaluation: Any  # queries.EvaluationRow
    matrix: Any  # matrix.Matrix
    ranking: Any  # ranking.EvaluationRanking
    scores: Any  # charts.data.ScoreBreakdown
    tornado: Any
    odds: Any  # charts.robust.Robustness
    costs: Any
    value: Any  # charts.money.ValueChart
    money: Any  # charts.money.MoneySensitivityChart
    heat: Any
    people: Any
    approvals: tuple[Any, ...]
    gate: str
    today: date


def collect(session: Session, evaluation_id: int, today: date | None = None) -> ReportData:
    from duediligence.charts.data import score_breakdown, tornado
    from duediligence.charts.model import model_from
    from duediligence.charts.money import money_sensitivity_chart, value_chart
    from duediligence.charts.registers import cost_curves, risk_heat, stakeholder_grid
    from duediligence.charts.robust import robustness
    from duediligence.decision.adjusted import with_risks
    from duediligence.decision.ranking import rank_matrix
    from duediligence.reads.evaluations import get_evaluation
    from duediligence.reads.matrix import load_matrix
    from duediligence.reads.people import decision_check, list_approvals
    from duediligence.reads.risks import risk_summary

    today = today or date.today()
    evaluation = get_evaluation(session, evaluation_id)
    matrix = load_matrix(session, evaluation_id)
    summary = risk_summary(session, evaluation_id, today)
    ranking = with_risks(rank_matrix(matrix), summary)
    model = model_from(matrix, ranking)
    approvals = tuple(list_approvals(session, evaluation_id))
    return ReportData(
        evaluation=evaluation,
        matrix=matrix,
        ranking=ranking,
        scores=score_breakdown(model),
        tornado=tornado(model),
        odds=robustness(session, evaluation_id, draws=None),
        costs=cost_curves(matrix),
        value=value_chart(ranking),
        money=money_sensitivity_chart(matrix),
        heat=risk_heat(summary, evaluation.title),
        people=stakeholder_grid(session, evaluation_id, evaluation.title),
        approvals=approvals,
        gate=gate_sentence(decision_check(session, evaluation_id), requested=bool(approvals)),
        today=today,
    )


def gate_sentence(check: Any, requested: bool) -> str:
    """What the approvals say, and only what holds: "All approvals are in." needs approvals to be in."""
    unasked = ""
    if check.sign_offs_without_approval:
        names = ", ".join(check.sign_offs_without_approval)
        unasked = " " + translate(
            "Report", "Sign-off is required from %1, but no approval was requested."
        ).replace("%1", names)
    if not requested:
        return translate("Report", "No approvals were requested.") + unasked
    return check.sentence() + unasked
