"""The questionnaire a vendor fills in: an .xlsx that opens in Excel and LibreOffice.

send_questionnaire(db, option_id, "acme.xlsx", buyer=…, contact=…, due_on=…, record=…)  -> Sent

The first sheet says who asks, for whom, and by when; the "Questions" sheet has one row per question
under a header row (`No.`, `Category`, `Question`, `Answer type`, `Answer`, `Comment`, `Documents
attached`). Only the answer, comment and document cells are unlocked; the sheets are protected without
a password (against slips, not people) and every answer cell is validated for its answer type. A
re-sent questionnaire holds the vendor's earlier answers, to keep or change.

Everything a person reads is in the user's language ("Fragen", "Antwort", "ja"); the hidden sheet keeps
the questions sheet's name and header row as written, so the import finds them whatever language the
app has by then, and the choices a cell lists read back as the stored `yes` / `attached`.

It holds nothing internal (a test greps every part of the file): no scores, weights, notes, other
options or people, no expected answers or which questions are must-haves, no paths. The very hidden
sheet carries only a random token, the day it was sent, the question numbers' checklist ids and the
questions sheet's name and header row.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from duediligence.decision.answers import CHOICES, MAX_NUMBER, answer_type_words, choice_words
from duediligence.enums import AnswerKind
from duediligence.exchange.safety import XlsxExportError, write_text
from duediligence.formats import format_number
from duediligence.i18n import QT_TRANSLATE_NOOP, fill, translate
from duediligence.reads.questionnaire_words import due_text, title
from duediligence.reads.questionnaires import QuestionnaireContent, SentQuestion

FORMAT = "duediligence-questionnaire-sheet"
FORMAT_VERSION = 1
META_SHEET = "DD questionnaire data"
META_MARKER = "Due-Diligence Workbook questionnaire data (version 1). Do not edit: the import uses it."
# The sheets' names and the header row in English: what a file without its own names (sent before
# they were translated) holds; marked here, translated where they are written.
INSTRUCTIONS = QT_TRANSLATE_NOOP("Questionnaire", "Instructions")
QUESTIONS = QT_TRANSLATE_NOOP("Questionnaire", "Questions")
HEADERS = (
    QT_TRANSLATE_NOOP("Questionnaire", "No."),
    QT_TRANSLATE_NOOP("Questionnaire", "Category"),
    QT_TRANSLATE_NOOP("Questionnaire", "Question"),
    QT_TRANSLATE_NOOP("Questionnaire", "Answer type"),
    QT_TRANSLATE_NOOP("Questionnaire", "Answer"),
    QT_TRANSLATE_NOOP("Questionnaire", "Comment"),
    QT_TRANSLATE_NOOP("Questionnaire", "Documents attached"),
)
NUMBER, CATEGORY, QUESTION, TYPE, ANSWER, COMMENT, DOCUMENTS = range(1, 8)  # columns
WIDTHS = (6, 20, 60, 24, 22, 40, 30)
MAX_FREE_TEXT = 5000  # as the workbook stores an answer, comment or list of documents
DEFAULT_DAYS = 14  # a deadline two weeks out when none was set before
ANSWER_FILL = "FFF8DC"
SERIAL_ZERO = date(1899, 12, 30)

HOW_TO = (
    QT_TRANSLATE_NOOP(
        "Questionnaire",
        "Answer each question on the sheet “%1”, in the column “%2”. Only the answer, comment and document "
        "cells can be changed.",
    ),
    QT_TRANSLATE_NOOP("Questionnaire", "Yes / no / partly: choose from the list in the cell."),
    QT_TRANSLATE_NOOP(
        "Questionnaire", "Number: type the number alone, in the unit the answer type names (for example %3)."
    ),
    QT_TRANSLATE_NOOP("Questionnaire", "Date: type the date; the cell shows it as year-month-day."),
    QT_TRANSLATE_NOOP(
        "Questionnaire",
        "Document: attach the files to your reply, choose “%4”, “%5” or “%6”, and write the files' names "
        "in “%7”.",
    ),
    QT_TRANSLATE_NOOP(
        "Questionnaire",
        "Add a comment wherever an answer needs explaining. Leave an answer empty if you cannot answer it.",
    ),
    QT_TRANSLATE_NOOP(
        "Questionnaire",
        "Please do not rename, move, add or delete sheets, rows or columns. Save the file as .xlsx (Excel "
        "workbook) and send it back.",
    ),
)
# What an answer cell takes, for its prompt and its error message (the choices as its list shows them).
ANSWER_WITH = {
    AnswerKind.YES_NO.value: QT_TRANSLATE_NOOP("Questionnaire", "yes, no or partly"),
    AnswerKind.NUMBER.value: QT_TRANSLATE_NOOP("Questionnaire", "a number"),
    AnswerKind.DATE.value: QT_TRANSLATE_NOOP("Questionnaire", "a date (YYYY-MM-DD)"),
    AnswerKind.DOCUMENT.value: QT_TRANSLATE_NOOP("Questionnaire", "attached, to follow or not available"),
    AnswerKind.TEXT.value: QT_TRANSLATE_NOOP("Questionnaire", "text"),
}


@dataclass(frozen=True)
class Sent:
    path: Path
    pdf: Path | None
    questions: int
    due_on: date
    round: int


def how_to() -> list[str]:
    """The instructions on the first sheet, in the user's language, naming the sheet, columns and
    choices as the file shows them."""
    named = (
        translate("Questionnaire", QUESTIONS),
        translate("Questionnaire", HEADERS[ANSWER - 1]),
        format_number(99.9),
        *(choice_words(c) for c in CHOICES[AnswerKind.DOCUMENT.value]),
        translate("Questionnaire", HEADERS[DOCUMENTS - 1]),
    )
    return [fill(translate("Questionnaire", line), *named) for line in HOW_TO]


def sheet_name(english: str) -> str:
    """A sheet's name in the user's language, or in English where the translation cannot name a sheet
    (longer than 31 characters or holding one of []:*?/\\)."""
    name = translate("Questionnaire", english)
    return english if len(name) > 31 or any(c in name for c in "[]:*?/\\") or not name.strip() else name


def choice_list(kind: str) -> tuple[str, ...]:
    """The choices an answer cell of `kind` lists, in the user's language where they can be listed
    (a word with a comma or a quote cannot) and read back (`read_answer` takes them)."""
    words = tuple(choice_words(c) for c in CHOICES[kind])
    return CHOICES[kind] if any("," in w or '"' in w for w in words) else words


# --- sending ---------------------------------------------------------------------------------------

Writer = Callable[[QuestionnaireContent, Path], Any]


def send_questionnaire(
    db: Any,
    option_id: int,
    out_path: str | Path,
    *,
    buyer: str | None,
    contact: str | None,
    due_on: date | None,
    record: Callable[[Any], Any],
    pdf: tuple[Path, Writer] | None = None,
    today: date | None = None,
) -> Sent:
    """Write the questionnaire (and the PDF, with the report's `writer`) beside their final names,
    have `record` apply the `RecordQuestionnaireSent` operation (the caller's unit of work), then
    rename them into place: no file without its record, no record without its file. Buyer, contact
    and deadline default to those of the last send (a first send needs a buyer; the deadline then
    defaults to two weeks from today)."""
    from datetime import timedelta

    from duediligence.operations.questionnaires import RecordQuestionnaireSent
    from duediligence.reads.questionnaires import questionnaire_content, questionnaire_record

    today = today or date.today()
    out = _xlsx_path(Path(out_path))
    with db.reading() as session:
        earlier = questionnaire_record(session, option_id)
        buyer = (buyer if buyer is not None else earlier.buyer if earlier else "").strip()
        contact = (contact if contact is not None else earlier.contact if earlier else "").strip()
        if due_on is None:
            kept = earlier.due_on if earlier and earlier.due_on and earlier.due_on >= today else None
            due_on = kept or today + timedelta(days=DEFAULT_DAYS)
        content = questionnaire_content(session, option_id, buyer, contact, due_on)
    if not buyer:
        raise XlsxExportError("the vendor must see who asks: give the buyer's name")
    if not content.questions:
        raise XlsxExportError(
            f"“{content.addressee}” has no questions to ask yet: ask checklist items or add questions"
        )
    token = earlier.token if earlier else str(uuid.uuid4())
    rounds = (earlier.rounds if earlier else 0) + 1
    targets = [out] + ([pdf[0]] if pdf else [])
    partials = [t.with_name(f".{t.name}.{os.getpid()}.partial") for t in targets]
    try:
        write_questionnaire(content, token, today, rounds, partials[0])
        if pdf:
            pdf[1](content, partials[1])
        for partial in partials:
            with partial.open("rb+") as fh:
                os.fsync(fh.fileno())
        record(RecordQuestionnaireSent(option_id, token, buyer, contact, due_on, today))
        for partial, target in zip(partials, targets, strict=True):
            partial.replace(target)
    except OSError as exc:
        raise XlsxExportError(f"{out} cannot be written ({exc.strerror or exc})") from exc
    finally:
        for partial in partials:
            partial.unlink(missing_ok=True)
    return Sent(out, pdf[0] if pdf else None, len(content.questions), due_on, rounds)


def _xlsx_path(out: Path) -> Path:
    if out.suffix.lower() != ".xlsx":
        raise XlsxExportError(f"the file name must end in .xlsx (got {out.name})")
    if out.is_dir():
        raise XlsxExportError(f"{out} is a folder")
    return out


# --- the workbook ----------------------------------------------------------------------------------


def write_questionnaire(
    content: QuestionnaireContent, token: str, sent_on: date, rounds: int, path: Path
) -> None:
    from openpyxl import Workbook
    from openpyxl.workbook.protection import WorkbookProtection

    wb = Workbook()
    wb.properties.creator = "Due-Diligence Workbook"
    wb.properties.title = title()
    sheet = sheet_name(QUESTIONS)
    headers = [translate("Questionnaire", h) for h in HEADERS]
    _instructions(wb.active, content, sheet)
    _questions(wb.create_sheet(sheet), content.questions, headers)
    meta = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "token": token,
        "sent_on": sent_on.isoformat(),
        "round": rounds,
        "sheet": sheet,  # the questions sheet's name and header row as written, for the import
        "headers": headers,
        "questions": [
            {"n": q.number, "id": q.risk_id, "kind": q.answer_kind, "question": q.question}
            for q in content.questions
        ],
    }
    _write_meta(wb, meta)
    wb.security = WorkbookProtection(lockStructure=True)  # no password: sheets stay as they are
    wb.save(path)


def _instructions(ws: Any, content: QuestionnaireContent, sheet: str) -> None:
    from openpyxl.styles import Alignment, Font

    ws.title = sheet_name(INSTRUCTIONS)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 100
    write_text(ws["A1"], title(), "title")
    ws["A1"].font = Font(bold=True, size=16)
    asked = translate("Questionnaire", "%1, on the sheet “%2”", "the number of questions, the sheet")
    facts = [
        (translate("Questionnaire", "For"), content.addressee),
        (translate("Questionnaire", "From"), content.buyer),
        *([(translate("Questionnaire", "Contact"), content.contact)] if content.contact else []),
        (translate("Questionnaire", "Please return by"), due_text(content.due_on)),
        (translate("Questionnaire", QUESTIONS), fill(asked, str(len(content.questions)), sheet)),
    ]
    row = 3
    for label, value in facts:
        write_text(ws.cell(row, 1), label, "instructions")
        ws.cell(row, 1).font = Font(bold=True)
        write_text(ws.cell(row, 2), value, f"instructions, {label.lower()}")
        ws.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    row += 1
    write_text(ws.cell(row, 1), translate("Questionnaire", "How to answer"), "instructions")
    ws.cell(row, 1).font = Font(bold=True, size=12)
    for line in how_to():
        row += 1
        write_text(ws.cell(row, 2), line, "instructions")
        ws.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
    ws.protection.sheet = True


def _questions(ws: Any, questions: Sequence[SentQuestion], headers: Sequence[str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter

    for column, (head, width) in enumerate(zip(headers, WIDTHS, strict=True), start=1):
        write_text(ws.cell(1, column), head, f"{QUESTIONS}, header")
        ws.cell(1, column).font = Font(bold=True)
        ws.column_dimensions[get_column_letter(column)].width = width
    fill = PatternFill("solid", fgColor=ANSWER_FILL)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, q in enumerate(questions, start=2):
        where = f"{QUESTIONS}, question {q.number}"
        ws.cell(row, NUMBER).value = q.number
        write_text(ws.cell(row, CATEGORY), q.category, where)
        write_text(ws.cell(row, QUESTION), q.question, where)
        write_text(ws.cell(row, TYPE), answer_type_words(q.answer_kind, q.answer_unit), where)
        _earlier_answer(ws.cell(row, ANSWER), q, where)
        for column, text in ((COMMENT, q.answer_comment), (DOCUMENTS, q.answer_documents)):
            if text:
                write_text(ws.cell(row, column), text, where)
        for column in range(1, len(HEADERS) + 1):
            ws.cell(row, column).alignment = wrap
        for column in (ANSWER, COMMENT, DOCUMENTS):
            ws.cell(row, column).protection = Protection(locked=False)
            ws.cell(row, column).fill = fill
    _validate(ws, questions)
    ws.freeze_panes = "A2"
    ws.protection.sheet = True  # no password: it keeps the questions as they were asked
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def _earlier_answer(cell: Any, q: SentQuestion, where: str) -> None:
    """The vendor's earlier answer as the cell type its validation expects."""
    if q.answer is None:
        if q.answer_kind == AnswerKind.DATE.value:
            cell.number_format = "yyyy-mm-dd"
        return
    if q.answer_kind == AnswerKind.NUMBER.value:
        cell.value = float(q.answer)
    elif q.answer_kind == AnswerKind.DATE.value:
        cell.value = date.fromisoformat(q.answer)
        cell.number_format = "yyyy-mm-dd"
    elif q.answer_kind in CHOICES:
        listed = dict(zip(CHOICES[q.answer_kind], choice_list(q.answer_kind), strict=True))
        write_text(cell, listed.get(q.answer, q.answer), where)  # as the cell's list shows it
    else:
        write_text(cell, q.answer, where)


def _validate(ws: Any, questions: Sequence[SentQuestion]) -> None:
    """One rule per answer kind over its answer cells, and a length limit on comments and documents."""

    cells: dict[str, list[str]] = {}
    for row, q in enumerate(questions, start=2):
        cells.setdefault(q.answer_kind, []).append(f"E{row}")
    for kind, refs in cells.items():
        dv = _rule(kind)
        takes = translate("Questionnaire", ANSWER_WITH.get(kind, kind))
        dv.showErrorMessage = True
        dv.errorTitle = translate("Questionnaire", HEADERS[TYPE - 1])
        dv.error = fill(translate("Questionnaire", "Answer with %1, or leave the cell empty"), takes)
        dv.showInputMessage = True
        dv.promptTitle = translate("Questionnaire", HEADERS[ANSWER - 1])
        dv.prompt = f"{takes[:1].upper()}{takes[1:]}"
        for ref in refs:
            dv.add(ref)
        ws.add_data_validation(dv)
    if questions:
        dv = _rule(AnswerKind.TEXT.value)
        dv.showErrorMessage, dv.errorTitle = True, translate("Questionnaire", "Too long")
        dv.error = fill(translate("Questionnaire", "At most %1 characters"), format_number(MAX_FREE_TEXT))
        dv.add(f"F2:G{len(questions) + 1}")
        ws.add_data_validation(dv)


def _rule(kind: str) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation

    if kind in CHOICES:
        return DataValidation(type="list", formula1='"' + ",".join(choice_list(kind)) + '"', allow_blank=True)
    if kind == AnswerKind.NUMBER.value:
        limits = {"formula1": repr(-MAX_NUMBER), "formula2": repr(MAX_NUMBER)}
        return DataValidation(type="decimal", operator="between", allow_blank=True, **limits)
    if kind == AnswerKind.DATE.value:  # as spreadsheets count days: from 1899-12-30
        first, last = ((date(y, m, d) - SERIAL_ZERO).days for y, m, d in ((1901, 1, 1), (2199, 12, 31)))
        return DataValidation(
            type="date", operator="between", formula1=str(first), formula2=str(last), allow_blank=True
        )
    limit = str(MAX_FREE_TEXT)
    return DataValidation(type="textLength", operator="lessThanOrEqual", formula1=limit, allow_blank=True)


def _write_meta(wb: Any, meta: dict[str, Any]) -> None:
    payload = json.dumps(meta, ensure_ascii=False)
    ws = wb.create_sheet(META_SHEET)
    write_text(ws.cell(1, 1), META_MARKER, "questionnaire data")
    write_text(ws.cell(1, 2), hashlib.sha256(payload.encode()).hexdigest(), "questionnaire data")
    for i in range(0, len(payload), 30_000):
        write_text(ws.cell(2 + i // 30_000, 1), payload[i : i + 30_000], "questionnaire data")
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True
