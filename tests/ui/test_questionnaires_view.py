"""The Vendor questionnaires page: each option's questionnaire and where it stands (overdue in red), one
option's questions with the answers, edits refused with a message when they cannot be stored, sending and
importing each one undoable step."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from questionnaire_data import make_view, make_workbook

from ui.views.questionnaires import commands
from ui.views.questionnaires.questions_model import Col as QuestionCol
from ui.views.questionnaires.review_dialog import ReviewDialog, ReviewModel
from ui.views.questionnaires.send_dialog import SendChoice, SendDialog
from ui.views.questionnaires.tracking_model import Col as TrackingCol


@pytest.fixture(autouse=True)
def british_locale():
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def view(qtbot, tmp_path: Path, asked):
    path = tmp_path / "w.db"
    made = make_view(qtbot, path, make_workbook(path))
    yield made
    made.context.close_workbook()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(commands, "tell", lambda _p, _title, text: said.append(text))
    return said


def question_index(view, title: str, col: QuestionCol):
    model = view.questions
    row = next(r for r in range(model.rowCount()) if model.item_at(r).title == title)
    return model.index(row, col)


def send(view, monkeypatch, tmp_path: Path, told, pdf: bool = False):
    due = date.today() + timedelta(days=14)
    choice = SendChoice("Acme GmbH", "ana@acme.example", due, tmp_path / "northwind.xlsx", pdf)
    monkeypatch.setattr(SendDialog, "ask", lambda *_a: choice)
    view.send()
    return choice


def test_the_models_pass_the_model_tester(qtmodeltester: Any, view) -> None:
    qtmodeltester.check(view.tracking)
    qtmodeltester.check(view.questions)


def test_each_option_bought_from_someone_is_listed_with_its_questions(view) -> None:
    model = view.tracking
    rows = [[model.index(r, c).data() for c in (TrackingCol.OPTION, TrackingCol.QUESTIONS, TrackingCol.STATE)]
            for r in range(model.rowCount())]  # fmt: skip
    assert rows == [
        ["Northwind CRM", "0 of 2 answered", "Not sent"],
        ["Rival Suite", "0 of 2 answered", "Not sent"],
    ]
    assert view.heading.text() == "Questions for “Northwind CRM”: 2 of 3 checklist items asked"
    titles = [view.questions.item_at(r).title for r in range(view.questions.rowCount())]
    assert titles == ["EU data residency", "Availability SLA", "Reference calls"]  # asked first


def test_ticking_ask_puts_a_checklist_item_into_the_questionnaire_and_undo_takes_it_out(view) -> None:
    index = question_index(view, "Reference calls", QuestionCol.ASK)
    assert view.questions.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    item = view.questions.item_at(question_index(view, "Reference calls", QuestionCol.ASK).row())
    assert (item.question, item.asked) == ("Reference calls", True)
    assert view.context.undo_stack.undoText() == "Ask the vendor"
    view.context.undo_stack.undo()
    assert not view.questions.item_at(question_index(view, "Reference calls", QuestionCol.ASK).row()).asked


def test_an_answer_typed_by_the_buyer_is_stored_in_its_form(view) -> None:
    assert view.questions.setData(question_index(view, "EU data residency", QuestionCol.ANSWER), "Yes")
    assert view.questions.setData(question_index(view, "Availability SLA", QuestionCol.ANSWER), "99.95")
    items = {
        view.questions.item_at(r).title: view.questions.item_at(r) for r in range(view.questions.rowCount())
    }
    assert (items["EU data residency"].answer, items["Availability SLA"].answer) == ("yes", "99.95")
    assert items["Availability SLA"].answered_on == date.today()
    assert question_index(view, "Availability SLA", QuestionCol.ANSWER).data() == "99.95 %"


def test_an_answer_that_does_not_fit_the_question_is_refused_with_a_message(view, qtbot, asked) -> None:
    assert not view.questions.setData(question_index(view, "EU data residency", QuestionCol.ANSWER), "maybe")
    qtbot.waitUntil(lambda: bool(asked.warnings))
    assert (
        asked.warnings[-1][1] == "Answer was not changed (you entered “maybe”): expected yes, no or partly."
    )
    assert (
        view.questions.item_at(question_index(view, "EU data residency", QuestionCol.ANSWER).row()).answer
        is None
    )


def test_the_required_answer_is_typed_in_words(view) -> None:
    index = question_index(view, "Availability SLA", QuestionCol.REQUIRED)
    assert view.questions.setData(index, "at least 99.95")
    assert view.questions.item_at(index.row()).expected_answer == ">= 99.95"
    assert question_index(view, "Availability SLA", QuestionCol.REQUIRED).data() == "at least 99.95 %"
    assert index.data(Qt.ItemDataRole.EditRole) == "at least 99.95"


def test_an_answer_that_contradicts_a_must_have_stands_out(view) -> None:
    view.questions.setData(question_index(view, "EU data residency", QuestionCol.ANSWER), "no")
    index = question_index(view, "EU data residency", QuestionCol.ANSWER)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f6b8b8"
    assert (
        index.data(Qt.ItemDataRole.ToolTipRole) == "Contradicts a must-have: answered “no”, “yes” is required"
    )


def test_sending_writes_the_file_and_records_it_as_one_undoable_step(
    view, monkeypatch, tmp_path, told
) -> None:
    choice = send(view, monkeypatch, tmp_path, told, pdf=True)
    assert choice.path.exists() and choice.path.with_suffix(".pdf").exists()
    assert told[-1].startswith("Wrote 2 questions for “Northwind Software GmbH”")
    row = view.tracking.row_at(0)
    assert (row.sent_on, row.due_on, row.buyer, row.rounds) == (date.today(), choice.due_on, "Acme GmbH", 1)
    assert view.context.undo_stack.undoText() == "Send the questionnaire to “Northwind Software GmbH”"
    view.context.undo_stack.undo()
    assert view.tracking.row_at(0).sent_on is None


def test_the_state_says_how_long_a_questionnaire_is_overdue(view, monkeypatch, tmp_path, told) -> None:
    send(view, monkeypatch, tmp_path, told)
    view.today = date.today() + timedelta(days=16)
    view.reload()
    index = view.tracking.index(0, TrackingCol.STATE)
    assert index.data() == "Overdue by 2 days"
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f6b8b8"


def returned_file(view, monkeypatch, tmp_path, told) -> Path:
    from openpyxl import load_workbook

    choice = send(view, monkeypatch, tmp_path, told)
    wb = load_workbook(choice.path)
    wb["Questions"]["E2"] = "no"
    wb["Questions"]["E3"] = 99.95
    wb.save(tmp_path / "back.xlsx")
    return tmp_path / "back.xlsx"


def test_importing_answers_stores_them_after_the_review_as_one_undoable_step(
    view, monkeypatch, tmp_path, told
) -> None:
    back = returned_file(view, monkeypatch, tmp_path, told)
    reviewed = []
    monkeypatch.setattr(ReviewDialog, "ask", lambda review, _p: reviewed.append(review) or date(2026, 12, 10))
    monkeypatch.setattr(commands, "choose_answers_path", lambda _p: str(back))
    view.import_answers()
    assert [line.number for line in reviewed[0].contradictions] == [1]
    item = view.questions.item_at(question_index(view, "EU data residency", QuestionCol.ANSWER).row())
    assert (item.answer, item.status, item.answered_on) == ("no", "to_review", date(2026, 12, 10))
    assert (
        view.tracking.index(0, TrackingCol.STATE).data()
        == "Returned · 2 to review · ⚑ 1 contradict a must-have"
    )
    assert view.context.undo_stack.undoText() == "Import the answers of “Northwind CRM”"
    view.context.undo_stack.undo()
    assert (
        view.questions.item_at(question_index(view, "EU data residency", QuestionCol.ANSWER).row()).answer
        is None
    )


def test_a_foreign_file_is_refused_with_a_message_and_nothing_changes(
    view, monkeypatch, tmp_path, asked
) -> None:
    from openpyxl import Workbook

    Workbook().save(tmp_path / "other.xlsx")
    commands.import_answers(view, view.context, tmp_path / "other.xlsx")
    assert asked.errors[-1][0] == "Cannot import “other.xlsx”"
    assert "it is not a questionnaire sent from the Due-Diligence Workbook" in asked.errors[-1][1]
    assert view.context.undo_stack.count() == 0


def test_mark_reviewed_records_today(view, monkeypatch, tmp_path, told) -> None:
    back = returned_file(view, monkeypatch, tmp_path, told)
    view.today = date.today()
    monkeypatch.setattr(ReviewDialog, "ask", lambda _r, _p: date.today())
    commands.import_answers(view, view.context, back)
    assert view.reviewed_button.isEnabled()
    view.reviewed_button.click()
    assert view.tracking.row_at(0).reviewed_on == date.today()
    assert view.tracking.index(0, TrackingCol.STATE).data().startswith("Reviewed")


def test_the_review_dialog_lists_each_answer_and_refuses_to_store_unreadable_ones(
    qtbot, qtmodeltester, view, monkeypatch, tmp_path, told
) -> None:
    from openpyxl import load_workbook

    from duediligence.exchange.questionnaire_read import read_answers

    back = returned_file(view, monkeypatch, tmp_path, told)
    review = read_answers(view.context.db, back)
    dialog = ReviewDialog(review)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    cells = [[dialog.model.index(r, c).data() for c in range(6)] for r in range(dialog.model.rowCount())]
    assert cells[0][:5] == ["1", "⚑ Is all customer data stored only in the EU?", "no", "—", "New"]
    assert cells[0][5] == "⚑ contradicts a must-have: answered “no”, “yes” is required"
    assert dialog.store.isEnabled()
    wb = load_workbook(back)
    wb["Questions"]["E2"] = "perhaps"
    wb.save(tmp_path / "bad.xlsx")
    refused = ReviewDialog(read_answers(view.context.db, tmp_path / "bad.xlsx"))
    qtbot.addWidget(refused)
    assert not refused.store.isEnabled()
    assert "Questions, cell E2 (question 1): expected yes, no or partly" in refused.notes.text()
    assert ReviewModel().headers()[:3] == ["No.", "Question", "Answer"]


def test_an_overdue_questionnaire_in_the_buying_process_leads_to_the_questionnaires_page(
    qtbot, make_window, tmp_path, monkeypatch
) -> None:
    from duediligence.operations.questionnaires import RecordQuestionnaireSent
    from duediligence.reads.questionnaires import find_option
    from ui.views.guide.navigation import show_tab

    path = tmp_path / "crm.db"
    evaluation_id = make_workbook(path)
    window = make_window(path)
    window.evaluations.select(evaluation_id)
    north = window.context.read(find_option, evaluation_id, "Northwind CRM")
    sent_on = date.today() - timedelta(days=20)
    window.context.submit(
        RecordQuestionnaireSent(north, "t-1", "Acme", "", sent_on + timedelta(days=14), sent_on), "Send"
    )
    panel = window.evaluation_view.process
    show_tab(window.evaluation_view, "overview")
    qtbot.waitUntil(lambda: "1 questionnaire overdue" in panel.missing_texts())
    label = next(
        label for row in panel.rows for label in row.items if label.property("tab") == "questionnaires"
    )
    label.linkActivated.emit(label.property("tab"))
    risks = window.evaluation_view.risks
    assert (
        window.evaluation_view.currentWidget() is risks
        or window.evaluation_view.currentWidget().isAncestorOf(risks)
    )
    assert risks.pages.currentWidget() is risks.questionnaires


def test_the_file_menu_imports_answers_and_shows_where_they_went(
    make_window, tmp_path, monkeypatch, told
) -> None:
    from openpyxl import load_workbook

    from duediligence.exchange.questionnaire_write import send_questionnaire
    from duediligence.reads.questionnaires import find_option

    path = tmp_path / "crm.db"
    evaluation_id = make_workbook(path)
    window = make_window(path)
    context = window.context
    north = context.read(find_option, evaluation_id, "Northwind CRM")
    sent = send_questionnaire(context.db, north, tmp_path / "q.xlsx", buyer="Acme", contact="", due_on=None,
                              record=lambda op: context.submit(op, "Send"))  # fmt: skip
    wb = load_workbook(sent.path)
    wb["Questions"]["E2"] = "yes"
    wb.save(tmp_path / "back.xlsx")
    monkeypatch.setattr(commands, "choose_answers_path", lambda _p: str(tmp_path / "back.xlsx"))
    monkeypatch.setattr(ReviewDialog, "ask", lambda _r, _p: date.today())
    window.actions.import_answers.trigger()
    risks = window.evaluation_view.risks
    assert risks.pages.currentWidget() is risks.questionnaires
    assert risks.questionnaires.current_option() == north
    assert risks.questionnaires.tracking.row_at(0).answered == 1


def test_the_day_received_cannot_be_set_before_the_questionnaire_went_out(
    qtbot, view, monkeypatch, tmp_path, told
):
    from duediligence.exchange.questionnaire_read import read_answers

    review = read_answers(view.context.db, returned_file(view, monkeypatch, tmp_path, told))
    dialog = ReviewDialog(review)
    qtbot.addWidget(dialog)
    dialog.received.setDate(dialog.received.date().addDays(-400))
    assert dialog.received_on() == review.sent_on
