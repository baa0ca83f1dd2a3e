"""A shipped checklist applied in one language and then again in another (or the same one twice)
adds nothing the options already have: its items are recognised in every language the app ships."""

from __future__ import annotations

import pytest

from duediligence.operations.checklists import ApplyChecklistTemplate, ChecklistEntry, ChecklistTemplate
from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.reads.documents import evaluation_document
from duediligence.storage.database import Database
from duediligence.templates.checklists import make_template, shipped_templates
from tests.core.german import in_german


def run(db: Database, operation):
    with db.transaction() as session:
        return operation.apply(session)


@pytest.fixture
def eid(db: Database) -> int:
    doc = {"title": "CRM", "options": [{"name": "Vendor A"}, {"name": "Vendor B"}]}
    return run(db, InsertEvaluationDocument(doc)).result


def options(db: Database, eid: int) -> tuple[int, ...]:
    with db.reading() as session:
        return tuple(o["id"] for o in evaluation_document(session, eid)["options"])


def checklist_titles(db: Database, eid: int) -> list[tuple[str, str]]:
    with db.reading() as session:
        risks = evaluation_document(session, eid)["risks"]
    return [(r["option"], r["title"]) for r in risks if r["kind"] == "checklist"]


def business_software(german: bool) -> ChecklistTemplate:
    if german:
        with in_german():
            templates = shipped_templates().templates
    else:
        templates = shipped_templates().templates
    return next(t for t in templates if t.path == "10-business-software.json")


def test_the_german_checklist_is_the_english_one_in_other_words() -> None:
    english, german = business_software(False), business_software(True)
    assert english.items[0].title == "Security questionnaire returned and reviewed"
    assert german.items[0].title != english.items[0].title
    assert len(german.items) == len(english.items)


@pytest.mark.parametrize(("first", "then"), [(True, False), (False, True), (True, True), (False, False)])
def test_applying_a_shipped_checklist_again_in_any_language_adds_nothing(
    db: Database, eid: int, first: bool, then: bool
) -> None:
    count = len(business_software(False).items)
    applied = run(db, ApplyChecklistTemplate(eid, business_software(first), options(db, eid)))
    assert (len(applied.result.added), applied.result.skipped) == (2 * count, 0)
    before = checklist_titles(db, eid)
    again = run(db, ApplyChecklistTemplate(eid, business_software(then), options(db, eid)))
    assert (again.result.added, again.result.skipped) == ((), 2 * count)
    assert checklist_titles(db, eid) == before


def test_an_item_the_shipped_checklist_lacks_is_still_added_beside_the_german_ones(
    db: Database, eid: int
) -> None:
    a = options(db, eid)[:1]
    run(db, ApplyChecklistTemplate(eid, business_software(True), a))
    english = business_software(False).items[0]
    mine = make_template("Mine", [english, ChecklistEntry(english.category, "Escrow of the source code")])
    applied = run(db, ApplyChecklistTemplate(eid, mine, a))
    assert (len(applied.result.added), applied.result.skipped) == (1, 1)
    assert checklist_titles(db, eid)[-1] == ("Vendor A", "Escrow of the source code")


def test_the_german_sample_keeps_its_item_when_the_english_checklist_is_applied(db: Database) -> None:
    from duediligence.templates.samples import add_samples

    with in_german():
        samples = add_samples()
    crm = run(db, samples).result[0]
    with db.reading() as session:
        northwind = evaluation_document(session, crm)["options"][0]
    assert northwind["name"] == "Northwind CRM Cloud"
    english = business_software(False)
    applied = run(db, ApplyChecklistTemplate(crm, english, (northwind["id"],)))
    assert (len(applied.result.added), applied.result.skipped + applied.result.asked) == (
        len(english.items) - 1,
        1,
    )
    titles = [title for option, title in checklist_titles(db, crm) if option == "Northwind CRM Cloud"]
    assert titles.count("Sicherheitsfragebogen zurückerhalten und geprüft") == 1
    assert "Security questionnaire returned and reviewed" not in titles
