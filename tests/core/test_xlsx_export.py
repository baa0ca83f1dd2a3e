"""Excel export: proper tables, live formulas, validation, text that stays text, refusals that say why."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text
from xlsx_results import matrix_results
from xlsx_support import column_of, header_row, matrix_row

from duediligence.exchange.commands import export_command
from duediligence.exchange.layout import META_SHEET
from duediligence.exchange.safety import ExportCancelled, XlsxExportError, ooxml_unescape, sheet_title
from duediligence.operations.edits import AddRow
from duediligence.reads.ranking import evaluation_ranking

LIST_SHEETS = [
    "Options",
    "Costs",
    "Evidence",
    "Checklist",
    "Risks",
    "Stakeholders",
    "Change notes",
    "Actions",
]
PAYLOADS = ['=HYPERLINK("http://evil.example","click")', "+1", "-2+3", "@SUM(1)", "\tcmd", "\rcmd", "=1+1"]


def test_every_list_sheet_is_an_excel_table_with_a_frozen_header(exported: Path) -> None:
    """The Evidence sheet (one row per score, written row by row to keep memory low) has a filter on
    its header row instead of a table."""
    wb = load_workbook(exported)
    for title in ["Summary", "Matrix", *LIST_SHEETS]:
        ws = wb[title]
        assert bool(ws.tables) == (title != "Evidence"), title
        below = header_row(ws) + 1  # the Matrix's header row stands under its results block
        assert ws.freeze_panes is not None and ws.freeze_panes.endswith(str(below)), title
    assert wb["Evidence"].auto_filter.ref == "A1:L72"


def test_score_cells_are_validated_against_their_scale(exported: Path) -> None:
    ws = load_workbook(exported)["Matrix"]
    first_score = f"M{matrix_row(exported)}"  # criterion 1 is on the 0–10 scale
    rules = [dv for dv in ws.data_validations.dataValidation if first_score in dv.sqref]
    assert [(r.type, float(r.formula1), float(r.formula2)) for r in rules] == [("decimal", 0.0, 10.0)]


def test_risk_statuses_are_a_list_to_choose_from(exported: Path) -> None:
    ws = load_workbook(exported)["Risks"]
    status = ws.cell(2, column_of(ws, "Status")).coordinate
    rules = [dv for dv in ws.data_validations.dataValidation if status in dv.sqref]
    assert [(r.type, r.formula1) for r in rules] == [("list", '"open,mitigated,accepted,closed"')]


def test_shares_totals_and_ranks_are_formulas_over_weight_and_score_cells(exported: Path) -> None:
    ws = load_workbook(exported)["Matrix"]
    first = matrix_row(exported)
    assert isinstance(ws[f"G{first}"].value, int | float) and isinstance(ws[f"M{first}"].value, int | float)
    assert str(ws[f"H{first}"].value).startswith("=")  # the share, from the weight as counted
    results = matrix_results(ws).values()
    assert len(results) == 5
    assert all(str(r[label]).startswith("=") for r in results for label in ("Weighted total (0–100)", "Rank"))


def test_the_file_asks_for_a_full_recalculation_on_load(exported: Path) -> None:
    assert load_workbook(exported).calculation.fullCalcOnLoad is True


def test_computed_sheet_holds_the_apps_results_as_plain_values(crm, exported: Path) -> None:
    db, eid = crm
    with db.reading() as session:
        ranking = evaluation_ranking(session, eid)
    ws = load_workbook(exported)["Computed"]
    assert [c.value for c in ws[1]][:3] == ["Option", "Weighted total (0–100)", "Rank"]
    rows = {ws.cell(r, 1).value: (ws.cell(r, 2).value, ws.cell(r, 3).value) for r in range(2, 2 + 5)}
    assert rows == {o.name: (o.score, o.rank) for o in ranking.options}
    assert str(ws.cell(8, 1).value).startswith("Computed by the app at export time ")


def test_risk_scores_are_coloured_in_four_bands(exported: Path) -> None:
    ws = load_workbook(exported)["Risks"]
    bands = [
        tuple(rule.formula)
        for rng in ws.conditional_formatting
        for rule in rng.rules
        if "H2" in str(rng.sqref)
    ]
    assert bands == [("1", "4"), ("5", "9"), ("10", "15"), ("16", "25")]


def test_a_bar_chart_of_the_weighted_totals_is_included(exported: Path) -> None:
    with zipfile.ZipFile(exported) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert charts and b"barChart" in z.read(charts[0])


def test_export_data_sheet_is_very_hidden(exported: Path) -> None:
    assert load_workbook(exported)[META_SHEET].sheet_state == "veryHidden"


def test_text_a_spreadsheet_would_take_for_a_formula_stays_exact_text(crm, tmp_path: Path) -> None:
    db, eid = crm
    with db.transaction() as session:
        for payload in PAYLOADS:
            AddRow("risk_item", eid, {"kind": "risk", "title": "Injection", "description": payload}).apply(
                session
            )
    path = export_command(db, [str(eid)], tmp_path / "x.xlsx")
    ws = load_workbook(path)["Risks"]
    col = column_of(ws, "Description")
    cells = [ws.cell(r, col) for r in range(2, ws.max_row + 1) if ws.cell(r, 3).value == "Injection"]
    assert [(ooxml_unescape(c.value), c.data_type) for c in cells] == [(p, "s") for p in PAYLOADS]


def test_text_longer_than_an_excel_cell_is_refused_naming_it_and_no_file_is_written(
    crm, tmp_path: Path
) -> None:
    db, eid = crm
    with (
        db.transaction() as session
    ):  # past the editors' limit, as an older version or a script might leave it
        session.execute(
            text("UPDATE risk_item SET note = :n WHERE id = (SELECT min(id) FROM risk_item)"),
            {"n": "x" * 40_000},
        )
    target = tmp_path / "long.xlsx"
    with pytest.raises(XlsxExportError, match="40,000 characters"):
        export_command(db, [str(eid)], target)
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".*partial")) == []


def test_control_characters_are_refused_naming_where(crm, tmp_path: Path) -> None:
    db, eid = crm
    with db.transaction() as session:
        session.execute(text("UPDATE option SET notes = 'bell\x07' WHERE id = (SELECT min(id) FROM option)"))
    with pytest.raises(XlsxExportError, match="U\\+0007"):
        export_command(db, [str(eid)], tmp_path / "ctl.xlsx")


def test_sheet_titles_are_made_acceptable_to_excel() -> None:
    taken: set[str] = set()
    titles = [sheet_title(t, taken) for t in ["a/b:c*d?[e]", "'quoted'", "x" * 40, "X" * 40, "History"]]
    assert titles == ["a-b-c-d--e-", "quoted", "x" * 31, "X" * 27 + " (2)", "History sheet"]


def test_several_evaluations_get_distinct_valid_sheet_titles(crm, tmp_path: Path) -> None:
    db, _ = crm
    path = export_command(db, ["1", "2"], tmp_path / "both.xlsx")
    names = load_workbook(path).sheetnames
    assert len(names) == 2 + 2 * 12 + 1 and len({n.lower() for n in names}) == len(names)
    assert all(len(n) <= 31 and not set(n) & set("\\/*?:[]") for n in names)


def test_cancelling_leaves_the_previous_file_untouched_and_no_partial_file(crm, tmp_path: Path) -> None:
    db, eid = crm
    target = tmp_path / "crm.xlsx"
    target.write_bytes(b"the previous export")
    calls = []

    def progress(fraction: float, text: str) -> bool:
        calls.append(fraction)
        return len(calls) == 3

    with pytest.raises(ExportCancelled):
        export_command(db, [str(eid)], target, progress)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_progress_reports_up_to_the_whole(crm, tmp_path: Path) -> None:
    db, eid = crm
    seen: list[float] = []
    export_command(db, [str(eid)], tmp_path / "p.xlsx", lambda f, t: seen.append(f))
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_the_change_log_sheet_lists_who_changed_what(tmp_path: Path) -> None:
    from duediligence.operations.evaluations import CreateEvaluation, UpdateEvaluation
    from duediligence.storage.database import Database
    from duediligence.storage.unit_of_work import run

    db = Database.open(tmp_path / "w.db")
    eid = run(db, CreateEvaluation("CRM"), action="New evaluation", user="Ana").applied.result
    run(db, UpdateEvaluation(eid, {"budget": 5}), action="Edit budget", user="Bo")
    path = export_command(db, [str(eid)], tmp_path / "h.xlsx")
    db.close()
    rows = list(load_workbook(path)["Change log"].iter_rows(min_row=2, values_only=True))
    assert [(who, what) for _when, who, what in rows] == [("Bo", "Edit budget"), ("Ana", "New evaluation")]


def test_unknown_money_is_exported_blank_with_the_reason_never_as_zero(crm, tmp_path: Path) -> None:
    """A new option with a cost line whose amount is not entered: its amount, TCO, NPV, IRR and payback
    cells are empty (a reader summing them must not take them for 0), and the reason is written beside."""
    db, eid = crm
    with db.transaction() as session:
        option = AddRow("option", eid, {"name": "Unpriced"}).apply(session).result
        AddRow("cost_item", eid, {"label": "Licence"}, {"option_id": option}).apply(session)
    wb = load_workbook(export_command(db, [str(eid)], tmp_path / "x.xlsx"))
    costs = wb["Costs"]
    licence = next(
        r for r in range(2, costs.max_row + 1) if costs.cell(r, column_of(costs, "Item")).value == "Licence"
    )
    assert costs.cell(licence, column_of(costs, "Amount")).value is None
    ws = wb["Computed"]
    heads = {ws.cell(1, j).value: j for j in range(1, ws.max_column + 1)}
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "Unpriced")
    money = [
        ws.cell(row, heads[h]).value for h in ("TCO", "TCO low", "TCO high", "NPV", "IRR", "Payback (years)")
    ]
    assert money == [None] * 6
    assert ws.cell(row, heads["Money unknown because"]).value == "no amount entered for “Licence”"
