"""The questionnaire a vendor receives: who asks and by when on the first sheet, one row per question
under `Question` and `Answer`, only the answer cells open, each checked for its answer type — and
nothing of the buyer's internal data in any part of the file, nor in the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from questionnaire_support import BUYER, INTERNAL, every_part, make_evaluation, pdf_text, send

from duediligence.exchange.safety import XlsxExportError
from duediligence.report.questionnaire_pdf import write_questionnaire_pdf
from duediligence.storage.database import Database


@pytest.fixture
def sent(db: Database, tmp_path: Path):
    _evaluation_id, north, _rival = make_evaluation(db)
    return send(
        db, north, tmp_path / "northwind.xlsx", pdf=(tmp_path / "northwind.pdf", write_questionnaire_pdf)
    )


def test_the_sent_file_holds_none_of_the_evaluations_internal_data(sent, db: Database) -> None:
    text = every_part(sent.path)
    found = [s for s in (*INTERNAL, str(db.path), db.path.name) if s in text]
    assert found == []
    assert "Is all customer data stored and processed only in the EU?" in text  # the greps can find text


def test_the_pdf_holds_the_questions_and_none_of_the_internal_data(sent) -> None:
    text = pdf_text(sent.pdf)
    assert "Is all customer data stored and processed only in the EU?" in text and BUYER in text
    assert "5. Who is your data protection" in text and text.count("Comment:") == 5  # the last page too
    assert [s for s in INTERNAL if s in text] == []
    assert b"Project Falcon" not in sent.pdf.read_bytes()  # nor in its metadata


def test_the_first_sheet_says_who_asks_for_whom_and_by_when(sent) -> None:
    wb = load_workbook(sent.path)
    assert wb.sheetnames[:2] == ["Instructions", "Questions"]
    facts = {r[0]: r[1] for r in wb["Instructions"].iter_rows(min_row=3, max_row=8, values_only=True) if r[0]}
    assert facts["From"] == BUYER
    assert facts["For"] == "Northwind Software GmbH – Northwind CRM Cloud"
    assert facts["Please return by"] == "Friday, 18 December 2026 (2026-12-18)"
    assert facts["Questions"] == "5, on the sheet “Questions”"


def test_one_row_per_question_under_question_and_answer(sent) -> None:
    rows = list(load_workbook(sent.path)["Questions"].iter_rows(values_only=True))
    assert rows[0] == (
        "No.",
        "Category",
        "Question",
        "Answer type",
        "Answer",
        "Comment",
        "Documents attached",
    )
    assert [(r[0], r[1], r[3]) for r in rows[1:]] == [
        (1, "Data protection", "Yes / no / partly"), (2, "Contract", "Number (%)"),
        (3, "Security", "Document"), (4, "Security", "Date"), (5, "Company", "Text"),
    ]  # fmt: skip


def test_only_the_answer_comment_and_document_cells_are_open_and_the_sheets_have_no_password(sent) -> None:
    wb = load_workbook(sent.path)
    ws = wb["Questions"]
    open_cells = {c.coordinate for row in ws.iter_rows() for c in row if not c.protection.locked}
    assert open_cells == {f"{col}{row}" for col in "EFG" for row in range(2, 7)}
    assert ws.protection.sheet and wb["Instructions"].protection.sheet
    assert ws.protection.password is None and wb["Instructions"].protection.password is None
    assert wb.security.lockStructure and wb.security.workbookPassword is None


def test_each_answer_cell_is_validated_for_its_answer_type(sent) -> None:
    ws = load_workbook(sent.path)["Questions"]
    rules = {str(dv.sqref): (dv.type, dv.formula1, dv.formula2) for dv in ws.data_validations.dataValidation}
    assert rules == {
        "E2": ("list", '"yes,no,partly"', None),
        "E3": ("decimal", "-1000000000000000.0", "1000000000000000.0"),
        "E4": ("list", '"attached,to follow,not available"', None),
        "E5": ("date", "367", "109574"),
        "E6": ("textLength", "5000", None),
        "F2:G6": ("textLength", "5000", None),
    }


def test_the_hidden_sheet_carries_only_a_token_the_day_the_question_numbers_and_the_sheets_names(
    sent, db: Database
) -> None:
    from duediligence.reads.questionnaires import questionnaire_record

    wb = load_workbook(sent.path)
    hidden = wb["DD questionnaire data"]
    assert hidden.sheet_state == "veryHidden"
    import json

    meta = json.loads(hidden["A2"].value)
    with db.reading() as session:
        token = questionnaire_record(session, 1).token
    assert set(meta) == {"format", "version", "token", "sent_on", "round", "sheet", "headers", "questions"}
    assert (meta["token"], meta["sent_on"], meta["round"]) == (token, "2026-12-04", 1)
    assert (meta["sheet"], meta["headers"][4]) == ("Questions", "Answer")  # as written, for the import
    assert [set(q) for q in meta["questions"]] == [{"n", "id", "kind", "question"}] * 5


def test_text_that_looks_like_a_formula_stays_text(db: Database, tmp_path: Path) -> None:
    from questionnaire_support import checklist

    from duediligence.operations.edits import UpdateRow
    from duediligence.storage.unit_of_work import run

    evaluation_id, north, _rival = make_evaluation(db)
    item = checklist(db, evaluation_id)[("Northwind CRM", "Data protection officer")]
    run(
        db,
        UpdateRow("risk_item", item.id, {"question": '=HYPERLINK("http://x.example","Who?")'}),
        action="x",
        user="t",
    )
    ws = load_workbook(send(db, north, tmp_path / "q.xlsx").path)["Questions"]
    cell = ws["C6"]
    assert (cell.value, cell.data_type) == ('=HYPERLINK("http://x.example","Who?")', "s")


def test_an_option_that_asks_nothing_writes_no_file(db: Database, tmp_path: Path) -> None:
    from duediligence.operations.edits import AddRow
    from duediligence.storage.unit_of_work import run

    evaluation_id, *_ = make_evaluation(db)
    option = run(
        db, AddRow("option", evaluation_id, {"name": "Silent Ltd"}), action="x", user="t"
    ).applied.result
    with pytest.raises(XlsxExportError, match="has no questions to ask yet"):
        send(db, option, tmp_path / "silent.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("workbook.db")) == []


def test_a_file_that_cannot_be_written_leaves_no_record_of_a_send(db: Database, tmp_path: Path) -> None:
    from duediligence.reads.questionnaires import questionnaire_record

    _evaluation_id, north, _rival = make_evaluation(db)
    with pytest.raises(XlsxExportError, match="cannot be written"):
        send(db, north, tmp_path / "no such folder" / "q.xlsx")
    with db.reading() as session:
        assert questionnaire_record(session, north) is None


def test_the_deadline_defaults_to_the_last_one_or_two_weeks_out(db: Database, tmp_path: Path) -> None:
    _evaluation_id, north, _rival = make_evaluation(db)
    first = send(db, north, tmp_path / "a.xlsx", today=date(2026, 12, 4), due_on=None)
    again = send(db, north, tmp_path / "b.xlsx", today=date(2026, 12, 10), due_on=None)
    late = send(db, north, tmp_path / "c.xlsx", today=date(2026, 12, 20), due_on=None)
    assert (first.due_on, again.due_on, late.due_on) == (
        date(2026, 12, 18),
        date(2026, 12, 18),
        date(2027, 1, 3),
    )
