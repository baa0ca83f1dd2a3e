"""The decision report: one evaluation as a multi-page PDF, from the command line or the app (no Qt).

`write_report(db, evaluation_id, out_path)` reads everything in one read transaction, lays it out on
A4 pages (`report_pages`) with the same charts the Charts tab draws, and writes the PDF to a temporary
file beside `out_path` that is renamed over it only when complete: a reader never sees half a report.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlmodel import Session

    from duediligence.storage.database import Database


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
    heat: Any
    people: Any
    approvals: tuple[Any, ...]
    gate: str
    today: date


def collect(session: Session, evaluation_id: int, today: date | None = None) -> ReportData:
    from duediligence.charts.data import score_breakdown, tornado
    from duediligence.charts.model import model_from
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
        unasked = f" Sign-off is required from {names}, but no approval was requested."
    if not requested:
        return "No approvals were requested." + unasked
    return check.sentence() + unasked


def write_report(source: Database | Session, evaluation_id: int, out_path: str | Path) -> Path:
    """Write the decision report of one evaluation to `out_path` (a PDF); returns the path written."""
    from sqlmodel import Session

    if isinstance(source, Session):
        data = collect(source, evaluation_id)
    else:
        with source.reading() as session:
            data = collect(session, evaluation_id)
    return render(data, Path(out_path))


def render(data: ReportData, out: Path) -> Path:
    """Lay out `data` as PDF pages in a temporary file, then rename it to `out` (atomic on one volume)."""
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages

    from duediligence.report.pages import Pages
    from duediligence.report.sections import SECTIONS

    out = out.expanduser().absolute()
    handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(handle)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temp, 0o666 & ~umask)  # mkstemp makes it private; a report is an ordinary file
    try:
        metadata = {"Title": f"Decision report: {data.evaluation.title}", "Creator": "Due-Diligence Workbook"}
        with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(temp, metadata=metadata) as pdf:
            pages = Pages(pdf, f"{data.evaluation.title} · decision report · {data.today.isoformat()}")
            for section in SECTIONS:
                section(pages, data)
            pages.finish()
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return out
