"""Migration 0008: a workbook of the previous revision opens with its data, its checklist items ask
nothing and hold no answer, and its options can then be sent a questionnaire."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from duediligence.storage.database import Database
from tests.core.old_workbooks import one_option_workbook


def workbook_at_0007(path: Path) -> None:
    """A workbook as revision 0007 left it: one evaluation, one option, one answered checklist item."""
    one_option_workbook(path, "0007", "Northwind", "vendor_product", "Northwind GmbH")
    with sqlite3.connect(path) as con:
        con.execute(
            "INSERT INTO risk_item (id, evaluation_id, option_id, kind, position, category, title,"
            " description, critical, status, mitigation, owner, note, evidence_source, checked_by)"
            " VALUES (3, 1, 7, 'checklist', 0, 'Data protection', 'EU hosting', '', 1, 'ok', '', '',"
            " 'confirmed by phone', 'call 2025-12-01', 'Ana')"
        )
    con.close()


def test_a_0007_workbook_opens_with_its_checklist_which_asks_nothing_yet(tmp_path: Path) -> None:
    from duediligence.reads.questionnaires import option_questions, questionnaire_overview

    path = tmp_path / "old.db"
    workbook_at_0007(path)
    db = Database.open(path)
    assert db.report.migrated_from == "0007"
    with db.reading() as session:
        (item,) = option_questions(session, 7)
        (row,) = questionnaire_overview(session, 1)
    db.close()
    assert (item.title, item.status, item.critical) == ("EU hosting", "ok", True)
    assert (item.question, item.answer_kind, item.answer_unit, item.expected_answer) == ("", "text", "", "")
    assert (item.answer, item.answer_comment, item.answered_on) == (None, None, None)
    assert (row.option, row.questionnaire_id, row.questions, row.sent_on) == ("Northwind", None, 0, None)
    with sqlite3.connect(path) as con:
        kept = con.execute("SELECT note, evidence_source, checked_by FROM risk_item").fetchall()
    con.close()
    assert kept == [("confirmed by phone", "call 2025-12-01", "Ana")]


def test_a_migrated_checklist_item_can_be_asked_and_sent(tmp_path: Path) -> None:
    from datetime import date

    from duediligence.exchange.questionnaire_write import send_questionnaire
    from duediligence.operations.edits import UpdateRow
    from duediligence.storage.unit_of_work import run

    path = tmp_path / "old.db"
    workbook_at_0007(path)
    db = Database.open(path)
    values = {
        "question": "Is our data hosted in the EU only?",
        "answer_kind": "yes_no",
        "expected_answer": "yes",
    }
    run(db, UpdateRow("risk_item", 3, values), action="Ask", user="t")
    sent = send_questionnaire(
        db, 7, tmp_path / "q.xlsx", buyer="Acme", contact="", due_on=date(2026, 12, 18),
        record=lambda op: run(db, op, action="Send", user="t"), today=date(2026, 12, 4),
    )  # fmt: skip
    db.close()
    assert (sent.questions, sent.round) == (1, 1)
