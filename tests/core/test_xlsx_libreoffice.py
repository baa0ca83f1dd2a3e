"""The exported formulas give the app's numbers when a real spreadsheet recalculates them.

A colleague edits weights, scores and policies (openpyxl stands in for their hands), LibreOffice
recalculates and saves, and the totals and ranks it computed must equal what the app ranks after
importing that very file. One LibreOffice run converts every variant (about 2 s in all).
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from xlsx_results import totals_and_ranks
from xlsx_support import column_of, document, edit_cells, workbook_with_samples

from duediligence.exchange.commands import export_command, import_command
from duediligence.exchange.layout import SUMMARY_ROW
from duediligence.exchange.matrix_formulas import NO_RANK, NO_SCORE_TEXT
from duediligence.operations.edits import AddRow
from duediligence.reads.ranking import evaluation_ranking

PAYLOADS = ['=HYPERLINK("http://evil.example","x")', "=1+1", "+1", "-2+3", "@SUM(1)"]


def criterion_id(doc: dict, name: str) -> int:
    every = [c for g in doc["criteria_groups"] for c in g["criteria"]] + doc["ungrouped_criteria"]
    return next(c["id"] for c in every if c["name"] == name)


def summary(path: Path, field: str, value: str) -> None:
    edit_cells(path, [("Summary", -SUMMARY_ROW[field], "Value", value)])


def edit_crm_weights(db, eid: int, path: Path) -> None:
    doc = document(db, eid)
    option = doc["options"][2]["name"]
    edit_cells(
        path,
        [
            ("Matrix", criterion_id(doc, "Implementation time"), "Weight", 6),
            ("Matrix", criterion_id(doc, "ERP integration"), option, 9),
            ("Matrix", criterion_id(doc, "Mobile access on customer visits"), "Weight", 0),
        ],
    )


def edit_crm_policies(db, eid: int, path: Path) -> None:
    summary(path, "missing_policy", "mean")
    summary(path, "must_have_policy", "flag")
    edit_cells(path, [("Matrix", criterion_id(document(db, eid), "Security controls"), "Weight", 4)])


def edit_laptop_worst(db, eid: int, path: Path) -> None:
    summary(path, "missing_policy", "worst")
    edit_cells(path, [("Matrix", criterion_id(document(db, eid), "Price"), "Weight", 5)])


VARIANTS = {
    "crm-weights": (0, edit_crm_weights),
    "crm-policies": (0, edit_crm_policies),
    "laptop-worst": (1, edit_laptop_worst),
}


@pytest.fixture(scope="module")
def recalculated(soffice: str, tmp_path_factory: pytest.TempPathFactory):
    """Per variant: (database, evaluation id, the file LibreOffice recalculated and saved)."""
    root = tmp_path_factory.mktemp("lo")
    (root / "in").mkdir()
    made = {}
    for name, (sample, edit) in VARIANTS.items():
        db, ids = workbook_with_samples(root / f"{name}.db")
        eid = ids[sample]
        if name == "crm-weights":
            with db.transaction() as session:
                for payload in PAYLOADS:
                    AddRow(
                        "risk_item", eid, {"kind": "risk", "title": "Injection", "description": payload}
                    ).apply(session)
        path = export_command(db, [str(eid)], root / "in" / f"{name}.xlsx")
        edit(db, eid, path)
        made[name] = (db, eid)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        inputs = sorted(str(p) for p in (root / "in").glob("*.xlsx"))
        subprocess.run(
            [
                soffice,
                "--headless",
                "--norestore",
                f"-env:UserInstallation=file://{profile}",
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
                str(root / "out"),
                *inputs,
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    result = {}
    for name, (db, eid) in made.items():
        out = root / "out" / f"{name}.xlsx"
        assert out.exists(), f"LibreOffice wrote no {out.name} (it exits 0 even when it converts nothing)"
        result[name] = (db, eid, out)
    yield result
    for db, _, _ in result.values():
        db.close()


def spreadsheet_results(path: Path) -> dict[str, tuple[object, object]]:
    """Option header -> (weighted total, rank) as LibreOffice computed and cached them."""
    return totals_and_ranks(path)


def app_results(db, eid: int) -> dict[str, tuple[object, object]]:
    with db.reading() as session:
        ranking = evaluation_ranking(session, eid)
    return {o.name: (o.score, o.rank) for o in ranking.options}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_recalculated_totals_and_ranks_equal_the_apps_after_importing_the_file(
    recalculated, variant: str
) -> None:
    db, eid, out = recalculated[variant]
    report = import_command(db, out)
    assert report.applied and {line.kind for line in report.lines} == {"changed"}, report.sentences()
    sheet, app = spreadsheet_results(out), app_results(db, eid)
    assert sheet.keys() == app.keys()
    for name, (score, rank) in app.items():
        got_score, got_rank = sheet[name]
        if score is None:
            assert got_score == NO_SCORE_TEXT, name
        else:
            assert got_score == pytest.approx(score, abs=1e-6), name
        assert (got_rank if got_rank != NO_RANK else None) == rank, name


def test_libreoffice_keeps_formula_like_text_as_text(recalculated) -> None:
    _, _, out = recalculated["crm-weights"]
    ws = load_workbook(out, data_only=True)["Risks"]
    col = column_of(ws, "Description")
    texts = [ws.cell(r, col).value for r in range(2, ws.max_row + 1) if ws.cell(r, 3).value == "Injection"]
    assert texts == PAYLOADS
