"""What a colleague meets in the exported workbook: instructions first, validation that states the scale,
protection that keeps totals from being overwritten (no password), print settings, readable sheet names
and an index when the file holds several evaluations, and the marks the import finds sheets by."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from services import require_integration
from xlsx_results import results_header_row
from xlsx_support import column_of, header_row, matrix_row, workbook_with_samples

from duediligence.exchange.commands import export_command
from duediligence.exchange.layout import LIST_SHEETS, SUMMARY_ROW


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("sheets")
    db, ids = workbook_with_samples(root / "wb.db")
    crm = export_command(db, [str(ids[0])], root / "crm.xlsx")
    both = export_command(db, [str(i) for i in ids], root / "both.xlsx")
    yield crm, both
    db.close()


@pytest.fixture(scope="module")
def crm(samples) -> Path:
    return samples[0]


def rules_at(ws, cell: str) -> list:
    return [dv for dv in ws.data_validations.dataValidation if cell in dv.sqref]


# --- validation -------------------------------------------------------------------------------------


def test_a_score_cell_takes_numbers_on_its_scale_and_says_the_scale_when_clicked(crm: Path) -> None:
    ws = load_workbook(crm)["Matrix"]
    (rule,) = rules_at(ws, f"M{matrix_row(crm, 3)}")  # "Ease of use for sales reps", on the 1–5 scale
    assert rule.operator in (None, "between")  # "between" is the default and goes unwritten
    assert (rule.type, float(rule.formula1), float(rule.formula2)) == ("decimal", 1, 5)
    assert rule.showInputMessage and rule.promptTitle == "Score"
    assert (
        rule.prompt
        == "Enter a number from 1 to 5. Ease of use for sales reps (scale 1–5). Leave empty when not known."
    )
    assert rule.showErrorMessage and rule.errorStyle in (None, "stop")


def test_a_weight_takes_numbers_of_at_least_zero(crm: Path) -> None:
    (rule,) = rules_at(load_workbook(crm)["Matrix"], f"G{matrix_row(crm)}")
    assert (rule.type, rule.operator, float(rule.formula1)) == ("decimal", "greaterThanOrEqual", 0)


def test_choices_are_lists_on_the_summary_and_in_the_lists(crm: Path) -> None:
    wb = load_workbook(crm)
    (status,) = rules_at(wb["Summary"], f"B{SUMMARY_ROW['status']}")
    assert (status.type, status.formula1) == (
        "list",
        '"defining,exploring,evaluating,deciding,decided,reviewed,cancelled"',
    )
    ws = wb["Options"]
    (excluded,) = rules_at(ws, f"{ws.cell(2, column_of(ws, 'Excluded')).column_letter}2")
    assert (excluded.type, excluded.formula1) == ("list", '"yes,no"')


# --- protection -------------------------------------------------------------------------------------


def test_computed_cells_are_locked_inputs_unlocked_and_no_password(crm: Path) -> None:
    ws = load_workbook(crm)["Matrix"]
    assert ws.protection.sheet and not ws.protection.password
    assert ws.protection.insertRows is False  # False: inserting rows is allowed
    top = results_header_row(ws)
    total = ws.cell(top + 1, 13)
    first = matrix_row(crm)
    assert [ws[f"{c}{first}"].protection.locked for c in "GM"] == [False, False]  # weight, score
    assert [ws[f"{c}{first}"].protection.locked for c in "ACH"] == [True, True, True]  # ID, name, share
    assert total.protection.locked


def test_lists_where_rows_are_added_and_deleted_stay_unprotected(crm: Path) -> None:
    wb = load_workbook(crm)
    open_sheets = {s.key for s in LIST_SHEETS if s.can_add or s.can_remove}
    assert {title for title in open_sheets if not wb[title].protection.sheet} == open_sheets
    assert all(wb[t].protection.sheet for t in ("Summary", "Matrix", "Evidence", "Computed", "Instructions"))


def test_instructions_come_first_and_say_what_is_imported_ignored_and_how_to_send_it_back(crm: Path) -> None:
    wb = load_workbook(crm)
    assert wb.sheetnames[0] == "Instructions" and wb.active.title == "Instructions"
    headings = [r[0] for r in wb["Instructions"].iter_rows(values_only=True) if r[0]]
    for heading in ("What to fill in", "What is imported", "What is ignored", "How to send it back"):
        assert heading in headings


# --- print ------------------------------------------------------------------------------------------


def test_every_sheet_prints_landscape_fitted_to_the_width_with_title_date_and_page(crm: Path) -> None:
    wb = load_workbook(crm)
    for ws in wb.worksheets[:-1]:  # the hidden data sheet does not print
        assert ws.page_setup.orientation == "landscape", ws.title
        fit = (
            ws.sheet_properties.pageSetUpPr.fitToPage,
            ws.page_setup.fitToWidth or 1,
            ws.page_setup.fitToHeight,
        )
        assert fit == (True, 1, 0), (
            ws.title
        )  # one page wide (1, the default, goes unwritten), any number high
        assert "Page &P of &N" in ws.oddFooter.right.text and "Exported" in ws.oddFooter.left.text, ws.title
        assert ws.oddHeader.right.text == ws.title, ws.title
    matrix = wb["Matrix"]
    head = header_row(matrix)  # the criteria table's header row, under the results block
    assert matrix.print_title_rows in (f"{head}:{head}", f"${head}:${head}") and matrix.print_area is not None
    assert wb["Summary"].oddHeader.left.text == "CRM for sales and customer service"


def test_numbers_are_formatted_as_money_percent_and_dates(crm: Path) -> None:
    wb = load_workbook(crm)
    summary = wb["Summary"]
    formats = {
        f: summary[f"B{SUMMARY_ROW[f]}"].number_format for f in ("budget", "deadline", "discount_rate")
    }
    assert formats == {"budget": "#,##0.00", "deadline": "yyyy-mm-dd", "discount_rate": "0.0#%"}
    computed = wb["Computed"]
    assert [
        computed.cell(2, column_of(computed, h)).number_format for h in ("Weighted total (0–100)", "TCO")
    ] == [
        "0.0",
        "#,##0.00",
    ]


def test_the_crm_matrix_prints_on_at_most_two_pages(crm: Path, soffice: str, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        require_integration("pdftotext", "pdftotext is missing (apt-get install poppler-utils)")
    subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(crm)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / "crm.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    pages = [p for p in text.stdout.split("\f") if p.strip()]
    printed_sheet = [p.strip().splitlines()[0].split("  ")[-1].strip() for p in pages]  # the header's right
    assert 1 <= printed_sheet.count("Matrix") <= 2, printed_sheet
    assert len(pages) <= 15, printed_sheet  # the whole evaluation (was 52 pages)


# --- names ------------------------------------------------------------------------------------------


def test_several_evaluations_get_an_index_and_sheet_names_cut_at_whole_words(samples) -> None:
    _, both = samples
    wb = load_workbook(both)
    assert wb.sheetnames[:3] == ["Instructions", "Index", "1 CRM for sales Summary"]
    assert "2 New laptop Stakeholders" in wb.sheetnames and "2 New laptop Matrix" in wb.sheetnames
    index = wb["Index"]
    rows = list(index.iter_rows(min_row=2, values_only=True))
    assert [r[:2] for r in rows] == [
        ("CRM for sales and customer service", "Evaluating"),
        ("New laptop for study and travel", "Evaluating"),
    ]
    link = index.cell(2, column_of(index, "Matrix")).hyperlink
    assert link.location == "'1 CRM for sales Matrix'!A1"


def test_every_sheet_is_marked_by_kind_and_evaluation_on_its_header_row(samples) -> None:
    _, both = samples
    wb = load_workbook(both)
    marks = {
        ws.title: {n: ws.defined_names[n].attr_text for n in ws.defined_names} for ws in wb.worksheets[:-1]
    }
    assert marks["Instructions"] == {
        "DD_KIND_INSTRUCTIONS": "Instructions!$A$1",
        "DD_EVALUATION_0": "Instructions!$A$1",
    }
    head = next(r for r in range(1, 60) if wb["2 New laptop Matrix"].cell(r, 1).value == "ID")
    assert head > 1  # below the results block
    assert marks["2 New laptop Matrix"]["DD_EVALUATION_2"].endswith(f"!$A${head}:$P${head}")
    assert marks["1 CRM for sales Change log"]["DD_KIND_CHANGE_LOG"].startswith(
        "'1 CRM for sales Change log'!"
    )
    assert all(len(found) == 2 for found in marks.values())
