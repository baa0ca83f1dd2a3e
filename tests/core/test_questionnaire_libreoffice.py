"""A questionnaire filled in through real LibreOffice Calc (headless, Python-UNO: tests/questionnaire_calc.py)
comes back with its answers as typed: imported, they land on that option's checklist items only, and the
review lists the must-have contradiction. LibreOffice sees only the answer cells open."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

from questionnaire_support import checklist, make_evaluation, send

from duediligence.exchange.questionnaire_read import read_answers
from duediligence.storage.database import Database
from duediligence.storage.unit_of_work import run

DRIVER = Path(__file__).resolve().parent.parent / "questionnaire_calc.py"


def fill_in_calc(
    uno_python: str, sent: Path, back: Path, typed: list[list[str]], locks: list[list[str]]
) -> dict:
    script = sent.with_name("calc.json")
    script.write_text(json.dumps({"in": str(sent), "type": typed, "locks": locks, "save": str(back)}))
    done = subprocess.run([uno_python, str(DRIVER), str(script)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_answers_typed_in_libreoffice_come_back_on_that_options_checklist(
    db: Database, tmp_path: Path, uno_python: str
) -> None:
    evaluation_id, north, _rival = make_evaluation(db)
    sent = send(db, north, tmp_path / "northwind.xlsx").path
    typed = [
        ["Questions", "E2", "no"],  # EU data residency: a must-have, "yes" required
        ["Questions", "F2", "Second-line support from the US"],
        ["Questions", "E3", "99.98"],
        ["Questions", "E4", "attached"],
        ["Questions", "G4", "iso27001-2026.pdf"],
        ["Questions", "E5", "2026-09-01"],
        ["Questions", "E6", "Jane Roe, dpo@northwind.example"],
    ]
    locks = [["Questions", "C2"], ["Questions", "E2"], ["Questions", "F2"], ["Instructions", "B4"]]
    seen = fill_in_calc(uno_python, sent, tmp_path / "back.xlsx", typed, locks)
    assert seen["protected"] == {"Instructions": True, "Questions": True, "DD questionnaire data": True}
    assert seen["locked"] == {"Questions!C2": True, "Questions!E2": False, "Questions!F2": False,
                              "Instructions!B4": True}  # fmt: skip
    review = read_answers(db, tmp_path / "back.xlsx")
    assert review.problems == ()
    assert [(line.number, line.answer) for line in review.contradictions] == [(1, "no")]
    run(db, review.operation(date(2026, 12, 10)), action="Import", user="test")
    items = checklist(db, evaluation_id)
    north_answers = {t: (r.answer, r.answer_comment, r.answer_documents, r.status)
                     for (o, t), r in items.items() if o == "Northwind CRM"}  # fmt: skip
    assert north_answers == {
        "EU data residency": ("no", "Second-line support from the US", None, "to_review"),
        "Availability SLA": ("99.98", None, None, "to_review"),
        "Certification": ("attached", None, "iso27001-2026.pdf", "to_review"),
        "Last penetration test": ("2026-09-01", None, None, "to_review"),
        "Data protection officer": ("Jane Roe, dpo@northwind.example", None, None, "to_review"),
        "Reference calls": (None, None, None, "not_checked"),
    }
    assert {r.answer for (o, _t), r in items.items() if o == "Rival Suite"} == {None}


def test_a_german_questionnaire_filled_in_libreoffice_reads_back_to_the_stored_choices(
    db: Database, tmp_path: Path, uno_python: str
) -> None:
    """The German file (sheets "Anleitung" and "Fragen", choices "nein", "angehängt") survives
    LibreOffice and imports to the stored `no` and `attached`, here with the app in English."""
    from german import in_german

    evaluation_id, north, _rival = make_evaluation(db)
    with in_german():
        sent = send(db, north, tmp_path / "northwind.xlsx").path
    typed = [["Fragen", "E2", "nein"], ["Fragen", "E4", "angehängt"], ["Fragen", "F2", "Support aus den USA"]]
    seen = fill_in_calc(uno_python, sent, tmp_path / "back.xlsx", typed, [["Fragen", "E2"]])
    assert seen["protected"] == {"Anleitung": True, "Fragen": True, "DD questionnaire data": True}
    review = read_answers(db, tmp_path / "back.xlsx")
    assert review.problems == ()
    run(db, review.operation(date(2026, 12, 10)), action="Import", user="test")
    items = checklist(db, evaluation_id)
    assert (
        items[("Northwind CRM", "EU data residency")].answer,
        items[("Northwind CRM", "Certification")].answer,
    ) == (
        "no",
        "attached",
    )
    assert items[("Northwind CRM", "EU data residency")].answer_comment == "Support aus den USA"
