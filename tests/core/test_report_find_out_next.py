"""The report's "What to find out next" prints the very sentences of `rank --json` and the app."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from services import require_integration

from duediligence.operations.evaluations import InsertEvaluationDocument, UpdateEvaluation
from duediligence.reads.robustness import analyse
from duediligence.report import writer as report
from duediligence.storage.database import Database


def test_the_report_lists_the_same_sentences_most_likely_first(tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        require_integration("pdftotext", "pdftotext is missing (apt-get install poppler-utils)")
    crit = [{"name": "Fit", "weight": 2, "scale": "0-10"}, {"name": "Ease", "weight": 1, "scale": "0-10"}]
    cells = [("A", "Fit", 7, None), ("A", "Ease", 6, (5, 8)), ("B", "Ease", 7, None), ("C", "Fit", 2, None)]
    doc = {
        "title": "Report",
        "missing_policy": "worst",
        "options": [{"name": "A"}, {"name": "B"}, {"name": "C"}],
        "ungrouped_criteria": crit,
        "scores": [
            {"option": o, "criterion": c, "value": v, **({"low": r[0], "high": r[1]} if r else {})}
            for o, c, v, r in cells
        ],
    }
    db = Database.open(tmp_path / "wb.db")
    with db.transaction() as session:
        eid = InsertEvaluationDocument(doc).apply(session).result
        UpdateEvaluation(eid, {"simulation_draws": 2000}).apply(session)
    with db.reading() as session:
        expected = [s.sentence for s in analyse(session, eid).find_out_next[:5]]
    out = report.write_report(db, eid, tmp_path / "r.pdf")
    db.close()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Most likely to change the winner first, as counted over the 2,000 simulations." in flat
    assert len(expected) >= 3 and "could change the winner in about" in expected[0]
    positions = [flat.index(f"{k}. {sentence}") for k, sentence in enumerate(expected, 1)]
    assert positions == sorted(positions)
