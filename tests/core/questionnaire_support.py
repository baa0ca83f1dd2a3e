"""What the questionnaire tests share: an evaluation full of internal data a vendor must never see,
sending one option's questionnaire, and filling it in with openpyxl as a vendor would."""

from __future__ import annotations

import re
import zipfile
import zlib
from datetime import date
from pathlib import Path
from typing import Any

from duediligence.exchange.questionnaire_write import Sent, send_questionnaire
from duediligence.operations.documents import insert_document
from duediligence.storage.database import Database
from duediligence.storage.unit_of_work import run

SENT_ON = date(2026, 12, 4)
DUE_ON = date(2026, 12, 18)
BUYER = "Acme GmbH, Procurement (Ana Silva)"

# Strings and numbers that live only inside the buyer's workbook.
INTERNAL = (
    "Project Falcon",  # the evaluation's title
    "INTERNAL-NEED-7731",
    "Rival Suite",  # the other option
    "Rivalcorp",
    "INTERNAL-NOTE-5521",
    "Pipeline forecast quality",  # a criterion
    "7.77",  # its weight
    "6.54321",  # a score
    "INTERNAL-EVIDENCE-1188",
    "Hildegard Obermayer",  # a stakeholder
    "INTERNAL-CONCERN-9040",
    "INTERNAL-CHECK-NOTE-3310",  # a checklist item's note
    "INTERNAL-GUIDANCE-6620",  # its description (how the buyer checks it)
    "INTERNAL-RISK-4480",  # a register risk
    "99.97",  # an expected answer
    "Reference calls",  # a checklist item that is not asked
)


def _checks(option: str) -> list[dict[str, Any]]:
    items = [
        {"kind": "checklist", "option": option, "category": "Data protection", "title": "EU data residency",
         "critical": True, "question": "Is all customer data stored and processed only in the EU?",
         "answer_kind": "yes_no", "expected_answer": "yes", "note": "INTERNAL-CHECK-NOTE-3310",
         "description": "INTERNAL-GUIDANCE-6620"},
        {"kind": "checklist", "option": option, "category": "Contract", "title": "Availability SLA",
         "critical": True, "question": "What monthly availability does your SLA commit to?",
         "answer_kind": "number", "answer_unit": "%", "expected_answer": ">= 99.97"},
        {"kind": "checklist", "option": option, "category": "Security", "title": "Certification",
         "question": "Please attach your ISO/IEC 27001 certificate.", "answer_kind": "document",
         "expected_answer": "attached"},
        {"kind": "checklist", "option": option, "category": "Security", "title": "Last penetration test",
         "question": "When was the product last tested by an independent penetration tester?",
         "answer_kind": "date"},
        {"kind": "checklist", "option": option, "category": "Company", "title": "Data protection officer",
         "question": "Who is your data protection officer?", "answer_kind": "text"},
        {"kind": "checklist", "option": option, "category": "References", "title": "Reference calls",
         "note": "call two customers"},
    ]  # fmt: skip
    return [{**item, "status": "not_checked"} for item in items]


DOCUMENT: dict[str, Any] = {
    "title": "Project Falcon: replace the CRM",
    "need": "INTERNAL-NEED-7731",
    "options": [
        {"name": "Northwind CRM", "vendor": "Northwind Software GmbH", "product": "Northwind CRM Cloud",
         "notes": "INTERNAL-NOTE-5521"},
        {"name": "Rival Suite", "vendor": "Rivalcorp", "product": "Rival Sales"},
    ],
    "criteria_groups": [{"name": "Fit", "criteria": [{"name": "Pipeline forecast quality", "weight": 7.77}]}],
    "scores": [
        {"option": "Northwind CRM", "criterion": "Pipeline forecast quality", "value": 6.54321,
         "evidence": "INTERNAL-EVIDENCE-1188"}
    ],
    "stakeholders": [{"name": "Hildegard Obermayer", "concerns": "INTERNAL-CONCERN-9040"}],
    "risks": [
        *_checks("Northwind CRM"),
        *_checks("Rival Suite"),
        {"kind": "risk", "title": "INTERNAL-RISK-4480", "options": ["Northwind CRM"], "likelihood": 3,
         "impact": 4},
    ],
}  # fmt: skip

# The order a questionnaire numbers them: grouped by category, in the checklist's order.
NUMBERS = {"EU data residency": 1, "Availability SLA": 2, "Certification": 3, "Last penetration test": 4,
           "Data protection officer": 5}  # fmt: skip


def make_evaluation(db: Database) -> tuple[int, int, int]:
    """(evaluation id, Northwind's option id, Rival's option id)."""
    from duediligence.reads.questionnaires import find_option

    with db.transaction() as session:
        evaluation_id = insert_document(session, DOCUMENT)
        north = find_option(session, evaluation_id, "Northwind CRM")
        rival = find_option(session, evaluation_id, "Rival Suite")
    return evaluation_id, north, rival


def send(
    db: Database,
    option_id: int,
    out: Path,
    *,
    today: date = SENT_ON,
    due_on: date | None = DUE_ON,
    pdf: Any = None,
) -> Sent:
    def record(operation: Any) -> Any:
        return run(db, operation, action="Send", user="test").applied.result

    return send_questionnaire(
        db, option_id, out, buyer=BUYER, contact="ana@acme.example", due_on=due_on, record=record, pdf=pdf,
        today=today,
    )  # fmt: skip


def fill(sent: Path, out: Path, answers: dict[int, Any], comments: dict[int, str] | None = None,
         documents: dict[int, str] | None = None, sheet: str = "Questions") -> Path:  # fmt: skip
    """Type answers (by question number) into the Answer column, as a vendor's spreadsheet stores them."""
    from openpyxl import load_workbook

    wb = load_workbook(sent)
    ws = wb[sheet]
    for row in ws.iter_rows(min_row=2):
        number = row[0].value
        if number in answers:
            row[4].value = answers[number]
        if comments and number in comments:
            row[5].value = comments[number]
        if documents and number in documents:
            row[6].value = documents[number]
    wb.save(out)
    return out


def every_part(path: Path) -> str:
    """Every part of a zip (an .xlsx) decompressed, as text."""
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def checklist(db: Database, evaluation_id: int) -> dict[tuple[str, str], Any]:
    """(option name, item title) -> the stored checklist item (a frozen RiskRow)."""
    from duediligence.reads.evaluations import option_choices
    from duediligence.reads.risks import risk_rows

    with db.reading() as session:
        names = {o.id: o.name for o in option_choices(session, evaluation_id)}
        rows = risk_rows(session, evaluation_id, "checklist")
    return {(names[r.option_id], r.title): r for r in rows}


def pdf_text(path: Path) -> str:
    """The text a PDF shows: each text object's strings, decoded from matplotlib's two-byte codes.
    Ligatures (fi, ffi) and characters beyond Latin-1 come out as other codes, so the internal strings
    searched for have none."""
    data = path.read_bytes()
    shown = []
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            content = zlib.decompress(stream)
        except zlib.error:
            continue
        for array in re.findall(rb"\[(.*?)\]\s*TJ", content, re.S):
            pieces = re.findall(rb"\(((?:\\.|[^\\)])*)\)", array, re.S)
            raw = b"".join(re.sub(rb"\\(.)", rb"\1", p) for p in pieces)
            shown.append(raw.decode("utf-16-be", "replace"))
    return "\n".join(shown)
