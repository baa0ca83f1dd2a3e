"""A questionnaire sent for one option, filled in with openpyxl as a vendor would, and imported: the
answers land on that option's checklist items only, marked to review, as one undoable step; the review
names the must-have an answer contradicts."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from questionnaire_support import NUMBERS, checklist, fill, make_evaluation, send

from duediligence.exchange.questionnaire_read import CHANGED, KEPT, NEW, UNANSWERED, read_answers
from duediligence.storage.database import Database
from duediligence.storage.unit_of_work import run

RECEIVED = date(2026, 12, 10)
ANSWERS = {1: "no", 2: 99.98, 3: "attached", 4: datetime(2026, 9, 1), 5: "Jane Roe, dpo@northwind.example"}


@pytest.fixture
def sent(db: Database, tmp_path: Path) -> tuple[int, int, int, Path]:
    evaluation_id, north, rival = make_evaluation(db)
    out = tmp_path / "northwind.xlsx"
    send(db, north, out)
    return evaluation_id, north, rival, out


def store(db: Database, path: Path, received: date = RECEIVED):
    review = read_answers(db, path)
    return review, run(db, review.operation(received), action="Import answers", user="test").applied


def test_answers_land_on_that_options_checklist_items_only_marked_to_review(db, sent, tmp_path) -> None:
    evaluation_id, _north, _rival, out = sent
    store(db, fill(out, tmp_path / "back.xlsx", ANSWERS, {1: "Support from the US"}, {3: "iso27001.pdf"}))
    items = checklist(db, evaluation_id)
    stored = {title: items[("Northwind CRM", title)] for title in NUMBERS}
    assert {t: r.answer for t, r in stored.items()} == {
        "EU data residency": "no", "Availability SLA": "99.98", "Certification": "attached",
        "Last penetration test": "2026-09-01", "Data protection officer": "Jane Roe, dpo@northwind.example",
    }  # fmt: skip
    assert stored["EU data residency"].answer_comment == "Support from the US"
    assert stored["Certification"].answer_documents == "iso27001.pdf"
    assert {r.status for r in stored.values()} == {"to_review"}
    assert {r.answered_on for r in stored.values()} == {RECEIVED}
    assert {r.evidence_source for r in stored.values()} == {"Questionnaire returned on 2026-12-10"}
    assert {r.evidence_date for r in stored.values()} == {RECEIVED}
    rival = [r for (option, _), r in items.items() if option == "Rival Suite"]
    assert [(r.answer, r.answered_on, r.status, r.evidence_source) for r in rival] == [
        (None, None, "not_checked", "")
    ] * 6
    assert items[("Northwind CRM", "Reference calls")].answer is None


def test_the_review_lists_the_must_have_an_answer_contradicts(db, sent, tmp_path) -> None:
    review = read_answers(db, fill(sent[3], tmp_path / "back.xlsx", ANSWERS))
    assert [(line.number, line.answer) for line in review.contradictions] == [(1, "no")]
    assert review.contradictions[0].sentence().endswith("answered “no”, “yes” is required")
    assert len(review.answered) == 5 and review.unanswered == () and review.changed == ()


def test_an_sla_below_the_required_minimum_contradicts_the_must_have(db, sent, tmp_path) -> None:
    review = read_answers(db, fill(sent[3], tmp_path / "back.xlsx", {1: "yes", 2: 99.9}))
    assert [line.number for line in review.contradictions] == [2]
    assert "at least 99.97 is required" in review.contradictions[0].sentence()


def test_the_review_says_what_was_answered_and_what_was_not(db, sent, tmp_path) -> None:
    review = read_answers(db, fill(sent[3], tmp_path / "back.xlsx", {1: "yes", 3: "to follow"}))
    assert [line.number for line in review.answered] == [1, 3]
    assert [(line.number, line.state) for line in review.unanswered] == [
        (2, UNANSWERED), (4, UNANSWERED), (5, UNANSWERED)
    ]  # fmt: skip
    assert [line.number for line in review.to_store] == [1, 3]


def test_the_import_is_one_step_that_undo_takes_back_whole(db, sent, tmp_path) -> None:
    evaluation_id, north, *_ = sent
    before = checklist(db, evaluation_id)
    _review, applied = store(db, fill(sent[3], tmp_path / "back.xlsx", ANSWERS))
    run(db, applied.inverse, action="Undo", user="test")
    assert checklist(db, evaluation_id) == before
    from duediligence.reads.questionnaires import questionnaire_record

    with db.reading() as session:
        assert questionnaire_record(session, north).returned_on is None


def test_a_resent_questionnaire_holds_the_earlier_answers_and_the_next_return_shows_what_changed(
    db, sent, tmp_path
) -> None:
    evaluation_id, north, _rival, out = sent
    store(db, fill(out, tmp_path / "back.xlsx", ANSWERS))
    again = send(db, north, tmp_path / "again.xlsx", today=date(2026, 12, 12), due_on=date(2026, 12, 20))
    from openpyxl import load_workbook

    cells = {
        row[0]: row[4]
        for row in load_workbook(again.path)["Questions"].iter_rows(min_row=2, values_only=True)
    }
    assert cells == {
        1: "no",
        2: 99.98,
        3: "attached",
        4: datetime(2026, 9, 1),
        5: "Jane Roe, dpo@northwind.example",
    }
    assert again.round == 2
    back = fill(again.path, tmp_path / "back2.xlsx", {1: "yes", 5: None})
    review = read_answers(db, back)
    states = {line.number: line.state for line in review.lines}
    assert states == {1: CHANGED, 2: "unchanged", 3: "unchanged", 4: "unchanged", 5: KEPT}
    assert (
        review.changed[0].sentence().startswith("1. Is all customer data")
        and "(was no)" in review.changed[0].sentence()
    )
    run(db, review.operation(date(2026, 12, 15)), action="Import", user="test")
    items = checklist(db, evaluation_id)
    assert items[("Northwind CRM", "EU data residency")].answer == "yes"
    assert items[("Northwind CRM", "EU data residency")].answered_on == date(2026, 12, 15)
    kept = items[("Northwind CRM", "Data protection officer")]
    assert (kept.answer, kept.answered_on) == ("Jane Roe, dpo@northwind.example", RECEIVED)


def test_a_buyers_verdict_stays_when_the_next_return_repeats_the_same_answer(db, sent, tmp_path) -> None:
    from duediligence.operations.edits import UpdateRow

    evaluation_id, north, _rival, out = sent
    store(db, fill(out, tmp_path / "back.xlsx", ANSWERS))
    item = checklist(db, evaluation_id)[("Northwind CRM", "Certification")]
    run(db, UpdateRow("risk_item", item.id, {"status": "ok"}), action="Review", user="test")
    again = send(db, north, tmp_path / "again.xlsx", today=date(2026, 12, 12))
    review, _ = store(db, again.path, date(2026, 12, 14))
    assert [line.state for line in review.lines] == ["unchanged"] * 5
    assert checklist(db, evaluation_id)[("Northwind CRM", "Certification")].status == "ok"


def test_the_evidence_source_keeps_the_buyers_own_words_after_the_return(db, sent, tmp_path) -> None:
    from duediligence.operations.edits import UpdateRow

    evaluation_id, *_ = sent
    item = checklist(db, evaluation_id)[("Northwind CRM", "Certification")]
    run(db, UpdateRow("risk_item", item.id, {"evidence_source": "Trust centre page"}), action="x", user="t")
    store(db, fill(sent[3], tmp_path / "back.xlsx", {3: "attached"}))
    stored = checklist(db, evaluation_id)[("Northwind CRM", "Certification")]
    assert stored.evidence_source == "Questionnaire returned on 2026-12-10 · Trust centre page"


def test_the_tracking_row_counts_the_send_and_the_return(db, sent, tmp_path) -> None:
    from duediligence.reads.questionnaires import RETURNED, questionnaire_overview

    evaluation_id, *_ = sent
    store(db, fill(sent[3], tmp_path / "back.xlsx", ANSWERS))
    with db.reading() as session:
        rows = {r.option: r for r in questionnaire_overview(session, evaluation_id)}
    north = rows["Northwind CRM"]
    assert (north.sent_on, north.due_on, north.returned_on, north.rounds) == (
        date(2026, 12, 4), date(2026, 12, 18), RECEIVED, 1
    )  # fmt: skip
    assert (north.questions, north.answered, north.to_review, north.contradictions) == (5, 5, 5, 1)
    assert north.state(date(2026, 12, 11)) == RETURNED
    assert rows["Rival Suite"].sent_on is None


def test_a_question_taken_off_the_checklist_since_sending_is_named_and_not_stored(db, sent, tmp_path) -> None:
    from duediligence.operations.rows import DeleteRows

    evaluation_id, *_ = sent
    item = checklist(db, evaluation_id)[("Northwind CRM", "Data protection officer")]
    run(db, DeleteRows("risk_item", (item.id,)), action="Remove", user="test")
    review = read_answers(db, fill(sent[3], tmp_path / "back.xlsx", ANSWERS))
    assert [line.number for line in review.lines] == [1, 2, 3, 4]
    assert review.notices == (
        "question 5 (“Who is your data protection officer?”) is no longer on the checklist of "
        "“Northwind CRM”; its answer is not stored",
    )


def test_new_answers_are_listed_as_new(db, sent, tmp_path) -> None:
    review = read_answers(db, fill(sent[3], tmp_path / "back.xlsx", {2: 99.99}))
    assert [(line.number, line.state) for line in review.of_state(NEW)] == [(2, NEW)]


def test_a_duplicated_evaluation_keeps_questions_answers_and_tracking_but_not_the_sent_files(
    db, sent, tmp_path
) -> None:
    from duediligence.operations.duplicate import DuplicateEvaluation
    from duediligence.reads.questionnaires import find_option, questionnaire_record

    evaluation_id, north, _rival, out = sent
    store(db, fill(out, tmp_path / "back.xlsx", ANSWERS))
    copy = run(db, DuplicateEvaluation(evaluation_id, "Copy"), action="Duplicate", user="t").applied.result
    original, copied = checklist(db, evaluation_id), checklist(db, copy)
    assert {k: (r.question, r.answer, r.answered_on) for k, r in copied.items()} == {
        k: (r.question, r.answer, r.answered_on) for k, r in original.items()
    }
    with db.reading() as session:
        mine, theirs = (
            questionnaire_record(session, north),
            questionnaire_record(session, find_option(session, copy, "Northwind CRM")),
        )
    assert (theirs.sent_on, theirs.returned_on, theirs.rounds) == (
        mine.sent_on,
        mine.returned_on,
        mine.rounds,
    )
    assert theirs.token != mine.token
    assert (
        read_answers(db, tmp_path / "back.xlsx").evaluation_id == evaluation_id
    )  # the file stays the original's


def test_a_question_reworded_in_the_file_is_named(db, sent, tmp_path) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(fill(sent[3], tmp_path / "back.xlsx", {1: "yes"}))
    wb["Questions"]["C2"] = "Is some customer data stored in the EU?"
    wb.save(tmp_path / "reworded.xlsx")
    review = read_answers(db, tmp_path / "reworded.xlsx")
    assert review.notices == (
        "the text of question 1 was changed in the file; its answer is taken as the answer to the question "
        "as it was sent",
    )


def test_a_questionnaire_sent_before_the_hidden_sheet_kept_its_names_still_reads_back(
    db, sent, tmp_path
) -> None:
    """Files sent by earlier versions carry no sheet name or header row in their hidden data: the
    import takes the English ones."""
    import hashlib
    import json

    from openpyxl import load_workbook

    back = fill(sent[3], tmp_path / "back.xlsx", {1: "yes", 3: "to follow"})
    wb = load_workbook(back)
    hidden = wb["DD questionnaire data"]
    meta = json.loads(hidden["A2"].value)
    del meta["sheet"], meta["headers"]
    payload = json.dumps(meta, ensure_ascii=False)
    hidden["A2"].value, hidden["B1"].value = payload, hashlib.sha256(payload.encode()).hexdigest()
    wb.save(back)
    review = read_answers(db, back)
    assert review.problems == ()
    assert [(line.number, line.answer) for line in review.answered] == [(1, "yes"), (3, "to follow")]
