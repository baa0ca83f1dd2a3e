"""Questionnaire templates (data files like the checklist templates): the shipped ones load and every
item asks a question; applying one adds questions to an option's checklist, asks items it already has,
and is undone exactly; saving a checklist as a template keeps the questions, never the answers."""

from __future__ import annotations

import json
import re

import pytest

from duediligence.operations.checklists import ApplyChecklistTemplate, entries_from_rows
from duediligence.storage.database import Database
from duediligence.storage.unit_of_work import run
from duediligence.templates.checklists import TemplateError, parse_template, template_document
from duediligence.templates.questionnaires import shipped_questionnaires


def test_the_shipped_questionnaires_load_and_every_item_asks() -> None:
    catalogue = shipped_questionnaires()
    assert catalogue.problems == ()
    assert [t.name for t in catalogue.templates] == [
        "SaaS security and data protection", "Hardware and equipment", "Professional services",
        "Consumer purchase and reseller",
    ]  # fmt: skip
    assert all(entry.question for t in catalogue.templates for entry in t.items)


def test_the_saas_questionnaire_asks_about_eu_data_residency_as_a_must_have() -> None:
    saas = shipped_questionnaires().templates[0]
    residency = next(e for e in saas.items if "EU data residency" in e.question)
    assert (residency.critical, residency.answer_kind, residency.expected_answer) == (True, "yes_no", "yes")


@pytest.mark.parametrize(
    ("item", "problem"),
    [
        ({"answer_kind": "number", "expected": "at least 5"}, "items[0].expected: expected “>= N” or “<= N”"),
        ({"answer_kind": "colour"}, "items[0].answer_kind: must be one of"),
        ({"answer_kind": "yes_no", "expected": "partly"}, "items[0].expected: expected yes or no"),
        ({"answer": "yes"}, "items[0].answer: is not a key a checklist item has"),
    ],
)
def test_a_template_item_with_a_question_it_cannot_have_is_refused(item, problem) -> None:
    doc = {"name": "Mine", "items": [{"category": "A", "title": "B", "question": "Q?", **item}]}
    with pytest.raises(TemplateError, match="^" + re.escape(f"mine.json: {problem}")):
        parse_template(json.dumps(doc), "mine.json")


def checklist_document(status: str = "ok") -> dict:
    return {
        "title": "T", "options": [{"name": "A"}, {"name": "B"}],
        "risks": [{"kind": "checklist", "option": "A", "category": "Data protection",
                   "title": "Hosting location and international transfers", "status": status,
                   "note": "checked"}],
    }  # fmt: skip


def test_applying_a_questionnaire_asks_an_item_the_checklist_has_and_adds_the_rest(db: Database) -> None:
    from duediligence.operations.documents import insert_document
    from duediligence.reads.questionnaires import find_option, option_questions

    with db.transaction() as session:
        evaluation_id = insert_document(session, checklist_document())
        a = find_option(session, evaluation_id, "A")
    saas = shipped_questionnaires().templates[0]
    applied = run(db, ApplyChecklistTemplate(evaluation_id, saas, (a,)), action="x", user="t").applied
    assert (len(applied.result.added), applied.result.asked, applied.result.skipped) == (15, 1, 0)
    with db.reading() as session:
        items = option_questions(session, a)
    hosting = next(i for i in items if i.title == "Hosting location and international transfers")
    assert (hosting.status, hosting.answer_kind, hosting.expected_answer) == ("ok", "yes_no", "yes")
    assert "EU data residency" in hosting.question
    run(db, applied.inverse, action="Undo", user="t")
    with db.reading() as session:
        (only,) = option_questions(session, a)
    assert (only.title, only.question, only.answer_kind, only.expected_answer) == (
        hosting.title,
        "",
        "text",
        "",
    )


def test_applying_twice_adds_nothing(db: Database) -> None:
    from duediligence.operations.documents import insert_document
    from duediligence.reads.questionnaires import find_option

    with db.transaction() as session:
        evaluation_id = insert_document(session, checklist_document())
        a = find_option(session, evaluation_id, "A")
    saas = shipped_questionnaires().templates[0]
    run(db, ApplyChecklistTemplate(evaluation_id, saas, (a,)), action="x", user="t")
    again = run(db, ApplyChecklistTemplate(evaluation_id, saas, (a,)), action="x", user="t").applied.result
    assert (again.added, again.asked, again.skipped) == ((), 0, 16)


def test_a_checklist_saved_as_a_template_keeps_its_questions_and_no_answers(db: Database) -> None:
    from duediligence.operations.documents import insert_document
    from duediligence.reads.risks import risk_rows
    from duediligence.templates.checklists import make_template

    doc = checklist_document()
    doc["risks"][0].update(question="EU only?", answer_kind="yes_no", expected_answer="yes", answer="no",
                           answer_comment="US support", answered_on="2026-12-10")  # fmt: skip
    with db.transaction() as session:
        evaluation_id = insert_document(session, doc)
    with db.reading() as session:
        rows = risk_rows(session, evaluation_id, "checklist")
    saved = template_document(make_template("Mine", entries_from_rows(rows)))
    assert saved["items"] == [
        {"category": "Data protection", "title": "Hosting location and international transfers",
         "description": "", "critical": False, "question": "EU only?", "answer_kind": "yes_no",
         "expected": "yes"}
    ]  # fmt: skip


def test_an_evaluation_saved_as_a_template_keeps_what_is_asked_and_no_answers(db: Database) -> None:
    from duediligence.operations.documents import insert_document
    from duediligence.templates.capture import template_from_evaluation

    doc = checklist_document()
    doc["risks"][0].update(question="EU only?", answer_kind="yes_no", expected_answer="yes", answer="no",
                           answer_comment="US support", answered_on="2026-12-10")  # fmt: skip
    with db.transaction() as session:
        evaluation_id = insert_document(session, doc)
        template = template_from_evaluation(session, evaluation_id, "Mine")
    assert template["checklist"]["items"] == [
        {"category": "Data protection", "title": "Hosting location and international transfers",
         "description": "", "critical": False, "question": "EU only?", "answer_kind": "yes_no",
         "expected": "yes"}
    ]  # fmt: skip
