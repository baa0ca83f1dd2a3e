"""The decision report lists what each vendor answered to the critical questions, against what is
required; without any critical question asked, it has no such page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from questionnaire_support import fill, make_evaluation, pdf_text, send

from duediligence.exchange.questionnaire_read import read_answers
from duediligence.report.writer import write_report
from duediligence.storage.database import Database
from duediligence.storage.unit_of_work import run


def test_the_report_lists_the_answers_to_critical_questions(db: Database, tmp_path: Path, in_locale) -> None:
    in_locale("en_GB")  # the day received as the app writes it
    evaluation_id, north, _rival = make_evaluation(db)
    out = send(db, north, tmp_path / "q.xlsx").path
    review = read_answers(
        db, fill(out, tmp_path / "back.xlsx", {1: "no", 2: 99.98}, {1: "Support from the US"})
    )
    run(db, review.operation(date(2026, 12, 10)), action="Import", user="t")
    text = pdf_text(write_report(db, evaluation_id, tmp_path / "report.pdf"))
    page = text[text.index("Vendor answers to critical questions") :]
    lines = page.splitlines()
    assert lines[lines.index("EU data residency") : lines.index("EU data residency") + 6] == [
        "EU data residency", "yes", "no", "10/12/2026", "contradicts", "to review"
    ]  # fmt: skip
    assert lines[lines.index("Availability SLA") : lines.index("Availability SLA") + 6] == [
        "Availability SLA", "at least 99.97 %", "99.98 %", "10/12/2026", "meets", "to review"
    ]  # fmt: skip
    assert "EU data residency: Support from the US" in page
    rival = page[page.index("Rival Suite") :].splitlines()
    at = rival.index("EU data residency")  # nothing came back: no answer (— is drawn from another font)
    assert rival[at : at + 3] + rival[at + 5 : at + 6] == [
        "EU data residency",
        "yes",
        "no answer",
        "not checked",
    ]


def test_without_critical_questions_asked_the_report_has_no_answers_page(
    db: Database, tmp_path: Path
) -> None:
    from duediligence.operations.documents import insert_document

    with db.transaction() as session:
        evaluation_id = insert_document(session, {"title": "T", "options": [{"name": "A"}]})
    assert "Vendor answers" not in pdf_text(write_report(db, evaluation_id, tmp_path / "report.pdf"))
