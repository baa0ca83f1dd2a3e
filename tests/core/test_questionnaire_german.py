"""A questionnaire sent from the app in German is German wherever the vendor reads it — sheet names,
headers, instructions, answer types, the choices a cell lists, the deadline and the PDF — and still
reads back: the answers land as the stored `no` / `attached`, whichever language the app has when the
file comes back (issue 21)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from german import in_german
from openpyxl import load_workbook
from questionnaire_support import NUMBERS, checklist, fill, make_evaluation, pdf_text, send

from duediligence.exchange.questionnaire_read import read_answers
from duediligence.report.questionnaire_pdf import write_questionnaire_pdf
from duediligence.storage.database import Database
from duediligence.storage.unit_of_work import run

GERMAN_ANSWERS = {1: "nein", 2: 99.98, 3: "angehängt", 4: datetime(2026, 9, 1), 5: "Jana Roth"}
STORED = {
    "EU data residency": "no", "Availability SLA": "99.98", "Certification": "attached",
    "Last penetration test": "2026-09-01", "Data protection officer": "Jana Roth",
}  # fmt: skip


@pytest.fixture
def sent(db: Database, tmp_path: Path):
    evaluation_id, north, _rival = make_evaluation(db)
    with in_german():
        done = send(
            db, north, tmp_path / "northwind.xlsx", pdf=(tmp_path / "northwind.pdf", write_questionnaire_pdf)
        )
    return evaluation_id, north, done


def test_the_sheets_headers_and_deadline_are_german(sent) -> None:
    wb = load_workbook(sent[2].path)
    assert wb.sheetnames[:2] == ["Anleitung", "Fragen"]
    facts = {r[0]: r[1] for r in wb["Anleitung"].iter_rows(min_row=3, max_row=8, values_only=True) if r[0]}
    assert facts == {
        "Für": "Northwind Software GmbH – Northwind CRM Cloud",
        "Von": "Acme GmbH, Procurement (Ana Silva)",
        "Kontakt": "ana@acme.example",
        "Rücksendung bis": "Freitag, 18. Dezember 2026 (2026-12-18)",
        "Fragen": "5, auf dem Blatt „Fragen“",
    }
    rows = list(wb["Fragen"].iter_rows(values_only=True))
    assert rows[0] == (
        "Nr.",
        "Kategorie",
        "Frage",
        "Antworttyp",
        "Antwort",
        "Kommentar",
        "Angehängte Dokumente",
    )
    assert [r[3] for r in rows[1:]] == ["Ja / nein / teilweise", "Zahl (%)", "Dokument", "Datum", "Text"]


def test_the_instructions_name_the_sheet_the_columns_and_the_choices_as_the_file_shows_them(sent) -> None:
    column_b = [r[1] for r in load_workbook(sent[2].path)["Anleitung"].iter_rows(values_only=True)]
    assert [line for line in column_b if line and line.startswith(("Beantworten", "Zahl:", "Dokument:"))] == [
        "Beantworten Sie jede Frage auf dem Blatt „Fragen“ in der Spalte „Antwort“. Nur die Zellen für "
        "Antwort, Kommentar und Dokumente lassen sich ändern.",
        "Zahl: Geben Sie nur die Zahl ein, in der Einheit, die der Antworttyp nennt (zum Beispiel 99,9).",
        "Dokument: Hängen Sie die Dateien an Ihre Antwort an, wählen Sie „angehängt“, „folgt“ oder "
        "„nicht verfügbar“ und schreiben Sie die Dateinamen in „Angehängte Dokumente“.",
    ]


def test_the_answer_cells_list_and_explain_their_choices_in_german(sent) -> None:
    ws = load_workbook(sent[2].path)["Fragen"]
    rules = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    assert (rules["E2"].formula1, rules["E4"].formula1) == (
        '"ja,nein,teilweise"',
        '"angehängt,folgt,nicht verfügbar"',
    )
    assert (rules["E2"].prompt, rules["E2"].error) == (
        "Ja, nein oder teilweise",
        "Antworten Sie mit ja, nein oder teilweise oder lassen Sie die Zelle leer",
    )
    assert (rules["F2:G6"].errorTitle, rules["F2:G6"].error) == ("Zu lang", "Höchstens 5.000 Zeichen")


@pytest.mark.parametrize("language", ["German", "English"])
def test_a_german_questionnaire_reads_back_in_either_language(
    db: Database, sent, tmp_path: Path, language
) -> None:
    evaluation_id, _north, done = sent
    back = fill(done.path, tmp_path / "back.xlsx", GERMAN_ANSWERS, {1: "Support aus den USA"}, sheet="Fragen")
    if language == "German":
        with in_german():
            review = read_answers(db, back)
    else:
        review = read_answers(db, back)
    assert review.problems == ()
    run(db, review.operation(done.due_on), action="Import answers", user="test")
    items = checklist(db, evaluation_id)
    assert {title: items[("Northwind CRM", title)].answer for title in NUMBERS} == STORED
    assert items[("Northwind CRM", "EU data residency")].answer_comment == "Support aus den USA"


def test_a_german_questionnaire_sent_again_shows_the_earlier_choice_as_its_list_does(
    db: Database, sent, tmp_path: Path
) -> None:
    _evaluation_id, north, done = sent
    review = read_answers(db, fill(done.path, tmp_path / "back.xlsx", GERMAN_ANSWERS, sheet="Fragen"))
    run(db, review.operation(done.due_on), action="Import answers", user="test")
    with in_german():
        again = send(db, north, tmp_path / "again.xlsx")
    answers = [r[4] for r in load_workbook(again.path)["Fragen"].iter_rows(min_row=2, values_only=True)]
    assert answers[:3] == ["nein", 99.98, "angehängt"]


def test_the_pdf_is_german(sent) -> None:
    text = pdf_text(sent[2].pdf)
    german = [
        "Due-Diligence-Fragebogen",
        "Rücksendung bis",
        "Freitag, 18. Dezember 2026 (2026-12-18)",
        "Bitte beantworten Sie jede der folgenden Fragen.",
        "Antwort: Ja / nein / teilweise",
        "Antwort: Zahl (%)",
        "Kommentar:",
    ]
    assert [words for words in german if words not in text] == []
    assert [words for words in ("Answer:", "Comment:", "Please return by") if words in text] == []
