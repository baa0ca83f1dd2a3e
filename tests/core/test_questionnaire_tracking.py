"""Where a questionnaire stands (not sent, sent, overdue, returned, reviewed), with the boundaries of
"overdue", and overdue questionnaires in the buying process."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from questionnaire_support import make_evaluation

from duediligence.reads.process import process_status
from duediligence.reads.questionnaires import (
    NOT_SENT,
    OVERDUE,
    RETURNED,
    REVIEWED,
    SENT,
    QuestionnaireRow,
    questionnaire_overview,
)
from duediligence.storage.database import Database

DUE = date(2026, 12, 18)


def row(**dates: date | None) -> QuestionnaireRow:
    values = {"sent_on": None, "due_on": None, "returned_on": None, "reviewed_on": None, **dates}
    counts = {"questions": 3, "answered": 0, "to_review": 0, "contradictions": 0, "rounds": 1}
    return QuestionnaireRow(1, "A", False, 1, "Acme", "", **counts, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("dates", "today", "state"),
    [
        ({}, DUE, NOT_SENT),
        ({"sent_on": date(2026, 12, 4), "due_on": DUE}, DUE, SENT),  # due today: not yet overdue
        ({"sent_on": date(2026, 12, 4), "due_on": DUE}, DUE + timedelta(days=1), OVERDUE),
        ({"sent_on": date(2026, 12, 4)}, date(2027, 6, 1), SENT),  # no deadline: never overdue
        ({"sent_on": date(2026, 12, 4), "due_on": DUE, "returned_on": date(2026, 12, 20)}, date(2027, 1, 5),
         RETURNED),
        ({"sent_on": date(2026, 12, 4), "due_on": DUE, "returned_on": date(2026, 12, 20),
          "reviewed_on": date(2026, 12, 20)}, date(2027, 1, 5), REVIEWED),
        # re-sent after the return: waits for the next return, and is overdue after its new deadline
        ({"sent_on": date(2027, 1, 2), "due_on": date(2027, 1, 9), "returned_on": date(2026, 12, 20),
          "reviewed_on": date(2026, 12, 21)}, date(2027, 1, 10), OVERDUE),
        # reviewed before the latest return: that return is still to review
        ({"sent_on": date(2026, 12, 4), "returned_on": date(2027, 1, 3), "reviewed_on": date(2026, 12, 21)},
         date(2027, 1, 5), RETURNED),
    ],
)  # fmt: skip
def test_the_state_of_a_questionnaire(dates, today, state) -> None:
    assert row(**dates).state(today) == state


def test_overdue_days_count_from_the_deadline() -> None:
    sent = row(sent_on=date(2026, 12, 4), due_on=DUE)
    assert (sent.overdue_days(DUE), sent.overdue_days(DUE + timedelta(days=3))) == (0, 3)


def test_options_one_builds_or_keeps_are_not_listed_unless_they_ask_something(db: Database) -> None:
    from duediligence.operations.edits import AddRow
    from duediligence.storage.unit_of_work import run

    evaluation_id, *_ = make_evaluation(db)
    run(db, AddRow("option", evaluation_id, {"name": "Build it", "kind": "build"}), action="x", user="t")
    with db.reading() as session:
        assert [r.option for r in questionnaire_overview(session, evaluation_id)] == [
            "Northwind CRM",
            "Rival Suite",
        ]


def overdue_in_process(db: Database, excluded: bool) -> list[str]:
    from duediligence.operations.edits import UpdateRow
    from duediligence.operations.questionnaires import RecordQuestionnaireSent
    from duediligence.storage.unit_of_work import run

    evaluation_id, north, _rival = make_evaluation(db)
    run(
        db,
        RecordQuestionnaireSent(north, "token-1", "Acme", "", DUE, date(2026, 12, 4)),
        action="x",
        user="t",
    )
    run(db, UpdateRow("option", north, {"excluded": excluded}), action="x", user="t")
    with db.reading() as session:
        stages = process_status(session, evaluation_id, DUE + timedelta(days=2)).stages
    return [
        m.text for s in stages if s.stage == "risks" for m in s.missing if m.code == "questionnaires_overdue"
    ]


def test_an_overdue_questionnaire_is_flagged_in_the_buying_process(db: Database) -> None:
    assert overdue_in_process(db, excluded=False) == ["1 questionnaire overdue"]


def test_an_excluded_options_overdue_questionnaire_is_not_flagged(db: Database) -> None:
    assert overdue_in_process(db, excluded=True) == []


def test_sending_again_counts_a_round_and_a_deadline_before_the_send_is_refused(db: Database) -> None:
    from duediligence.errors import ValidationError
    from duediligence.operations.questionnaires import RecordQuestionnaireSent
    from duediligence.reads.questionnaires import questionnaire_record
    from duediligence.storage.unit_of_work import run

    _evaluation_id, north, _rival = make_evaluation(db)
    run(
        db,
        RecordQuestionnaireSent(north, "token-1", "Acme", "", DUE, date(2026, 12, 4)),
        action="x",
        user="t",
    )
    run(
        db,
        RecordQuestionnaireSent(north, "token-1", "Acme", "", DUE, date(2026, 12, 10)),
        action="x",
        user="t",
    )
    with pytest.raises(ValidationError, match="the deadline lies before the day it is sent"):
        run(
            db,
            RecordQuestionnaireSent(north, "token-1", "Acme", "", DUE, DUE + timedelta(days=1)),
            action="x",
            user="t",
        )
    with pytest.raises(ValidationError, match="was sent from elsewhere meanwhile"):
        run(
            db,
            RecordQuestionnaireSent(north, "token-2", "Acme", "", DUE, date(2026, 12, 10)),
            action="x",
            user="t",
        )
    with db.reading() as session:
        record = questionnaire_record(session, north)
    assert (record.sent_on, record.rounds, record.token) == (date(2026, 12, 10), 2, "token-1")
