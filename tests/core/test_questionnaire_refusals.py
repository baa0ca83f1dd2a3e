"""A returned questionnaire is a file from outside: damaged, foreign or tampered files are refused with
a message saying what is wrong, an answer that cannot be read refuses the whole file naming its cell,
and nothing is stored."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from questionnaire_support import checklist, fill, make_evaluation, send

from duediligence.exchange.questionnaire_read import AnswersError, read_answers
from duediligence.exchange.safety import XlsxImportError
from duediligence.storage.database import Database


@pytest.fixture
def sent(db: Database, tmp_path: Path) -> Path:
    _evaluation_id, north, _rival = make_evaluation(db)
    return send(db, north, tmp_path / "northwind.xlsx").path


def test_a_workbook_that_is_not_a_questionnaire_is_refused(db, sent, tmp_path) -> None:
    other = tmp_path / "budget.xlsx"
    Workbook().save(other)
    with pytest.raises(
        XlsxImportError, match="it is not a questionnaire sent from the Due-Diligence Workbook"
    ):
        read_answers(db, other)


def test_a_questionnaire_sent_from_another_workbook_file_is_refused(db, sent, tmp_path) -> None:
    elsewhere = Database.open(tmp_path / "other.db")
    make_evaluation(elsewhere)
    try:
        with pytest.raises(XlsxImportError, match="it was not sent from this workbook file"):
            read_answers(elsewhere, sent)
    finally:
        elsewhere.close()


def test_a_truncated_file_is_refused_as_damaged(db, sent, tmp_path) -> None:
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(sent.read_bytes()[:3000])
    with pytest.raises(XlsxImportError, match=r"damaged|not a zip"):
        read_answers(db, cut)


def test_a_text_file_named_xlsx_is_refused(db, tmp_path) -> None:
    fake = tmp_path / "answers.xlsx"
    fake.write_text("Question;Answer\n1;yes\n")
    with pytest.raises(XlsxImportError, match="not a zip archive"):
        read_answers(db, fake)


def test_a_macro_enabled_workbook_is_refused(db, sent, tmp_path) -> None:
    macro = tmp_path / "answers.xlsm"
    shutil.copy(sent, macro)
    with pytest.raises(XlsxImportError, match="macro-enabled workbooks"):
        read_answers(db, macro)


def test_changed_hidden_data_is_refused(db, sent, tmp_path) -> None:
    wb = load_workbook(sent)
    hidden = wb["DD questionnaire data"]
    meta = json.loads(hidden["A2"].value)
    meta["questions"][0]["id"] = 999
    hidden["A2"].value = json.dumps(meta)
    wb.save(tmp_path / "tampered.xlsx")
    with pytest.raises(XlsxImportError, match="its hidden questionnaire data was changed or is damaged"):
        read_answers(db, tmp_path / "tampered.xlsx")


def test_a_deleted_questions_sheet_is_refused(db, sent, tmp_path) -> None:
    wb = load_workbook(sent)
    del wb["Questions"]
    wb.save(tmp_path / "gone.xlsx")
    with pytest.raises(XlsxImportError, match="the sheet “Questions” is missing"):
        read_answers(db, tmp_path / "gone.xlsx")


def test_a_renamed_questions_sheet_is_still_found(db, sent, tmp_path) -> None:
    wb = load_workbook(sent)
    wb["Questions"].title = "Fragen"
    wb["Fragen"]["E2"] = "yes"
    wb.save(tmp_path / "renamed.xlsx")
    assert [line.answer for line in read_answers(db, tmp_path / "renamed.xlsx").answered] == ["yes"]


@pytest.mark.parametrize(
    ("number", "typed", "message"),
    [
        (1, "maybe", "Questions, cell E2 (question 1): expected yes, no or partly (got “maybe”)"),
        (2, "lots", "Questions, cell E3 (question 2): "),
        (3, "emailed", "Questions, cell E4 (question 3): expected attached, to follow or not available"),
        (4, "soon", "Questions, cell E5 (question 4): "),
        (2, "=1+1", "Questions, cell E3 (question 2): holds a formula (=1+1); type the answer itself"),
    ],
)
def test_an_answer_that_cannot_be_read_refuses_the_file_naming_its_cell(
    db, sent, tmp_path, number, typed, message
) -> None:
    review = read_answers(db, fill(sent, tmp_path / "back.xlsx", {1: "yes", number: typed}))
    assert len(review.problems) == 1 and review.problems[0].startswith(message)
    with pytest.raises(AnswersError, match="Nothing was stored"):
        review.operation(date(2026, 12, 10))


def test_a_number_typed_as_ambiguous_text_is_refused_not_guessed(db, sent, tmp_path, in_locale) -> None:
    in_locale("en_GB")
    review = read_answers(db, fill(sent, tmp_path / "back.xlsx", {2: "99,98"}))
    assert review.problems and review.problems[0].startswith("Questions, cell E3 (question 2)")


def test_a_question_given_twice_is_refused(db, sent, tmp_path) -> None:
    wb = load_workbook(sent)
    wb["Questions"]["A3"] = 1
    wb.save(tmp_path / "twice.xlsx")
    review = read_answers(db, tmp_path / "twice.xlsx")
    assert review.problems == ("Questions: question 1 appears twice (rows 2 and 3)",)


def test_answers_checked_then_changed_by_a_colleague_are_refused_and_nothing_is_stored(
    db, sent, tmp_path
) -> None:
    from duediligence.operations.edits import UpdateRow
    from duediligence.storage.concurrency import ConcurrentEditError
    from duediligence.storage.unit_of_work import run

    review = read_answers(db, fill(sent, tmp_path / "back.xlsx", {1: "yes"}))
    item = checklist(db, 1)[("Northwind CRM", "EU data residency")]
    run(db, UpdateRow("risk_item", item.id, {"answer": "no"}), action="Colleague", user="ana")
    with pytest.raises(ConcurrentEditError):
        run(db, review.operation(date(2026, 12, 10)), action="Import", user="test", seen=review.seen)
    assert checklist(db, 1)[("Northwind CRM", "EU data residency")].answer == "no"


def test_answers_are_never_stored_on_another_options_items(db, sent, tmp_path) -> None:
    from duediligence.errors import ValidationError
    from duediligence.operations.questionnaires import ReturnedAnswer, StoreQuestionnaireAnswers
    from duediligence.storage.unit_of_work import run

    rival_item = checklist(db, 1)[("Rival Suite", "EU data residency")]
    forged = StoreQuestionnaireAnswers(
        1, (ReturnedAnswer(rival_item.id, "yes", None, None),), date(2026, 12, 10)
    )
    with pytest.raises(ValidationError, match="no longer a checklist item of this questionnaire's option"):
        run(db, forged, action="Import", user="test")
    assert checklist(db, 1)[("Rival Suite", "EU data residency")].answer is None


def test_answers_cannot_come_back_before_the_questionnaire_went_out(db, sent, tmp_path) -> None:
    from duediligence.errors import ValidationError

    review = read_answers(db, fill(sent, tmp_path / "back.xlsx", {1: "yes"}))
    with pytest.raises(
        ValidationError, match=r"lies before the day the questionnaire was sent \(2026-12-04\)"
    ):
        review.operation(date(2026, 12, 3))
    assert review.operation(date(2026, 12, 4)).received_on == date(2026, 12, 4)


def test_a_formatted_empty_last_row_is_not_counted_as_a_row(db, sent, tmp_path) -> None:
    """What LibreOffice writes after a row is deleted: an empty, formatted row 1,048,576. Only filled
    rows count against the limit, so the answers are read."""
    from openpyxl.styles import Font

    back = fill(sent, tmp_path / "back.xlsx", {1: "yes"})
    wb = load_workbook(back)
    wb["Questions"].cell(1_048_576, 1).font = Font(bold=True)
    wb.save(back)
    review = read_answers(db, back)
    assert not review.problems
    assert [line.answer for line in review.lines if line.number == 1] == ["yes"]
