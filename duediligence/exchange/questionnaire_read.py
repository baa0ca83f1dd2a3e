"""A returned questionnaire: read it as any untrusted workbook, then review it against the workbook.

review = read_answers(db, "acme-returned.xlsx")   -> AnswersReview; nothing written
review.operation(received_on)                     -> one undoable StoreQuestionnaireAnswers

The file is checked before parsing (size, entries, compression, macros; XML through defusedxml),
only real cells are read, and it must be a questionnaire this workbook sent (its token). Every answer
is read for its answer type; one that cannot be read refuses the whole file, naming its cell, and
nothing is stored. The review says what was answered, what was not, what changed since the last
return and which answers contradict a must-have.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from duediligence.decision.answers import read_answer, verdict
from duediligence.errors import ValidationError, WorkbookError, fill
from duediligence.exchange.questionnaire_write import (
    ANSWER,
    COMMENT,
    DOCUMENTS,
    FORMAT,
    FORMAT_VERSION,
    HEADERS,
    META_MARKER,
    META_SHEET,
    NUMBER,
    QUESTION,
    QUESTIONS,
)
from duediligence.exchange.returned_book import (
    Returned,
    cell_ref,
    hidden_data_checked,
    open_returned,
    sheet_rows,
)
from duediligence.exchange.safety import XlsxImportError, cell_id, quoted
from duediligence.exchange.safety import number_text as cell_number_text
from duediligence.i18n import translate
from duediligence.operations.questionnaires import ReturnedAnswer, StoreQuestionnaireAnswers

NEW, CHANGED, UNCHANGED, UNANSWERED, KEPT = "new", "changed", "unchanged", "unanswered", "kept"
HEADER_ROWS = 10  # the header row is looked for among the first rows
RETURNED = Returned("questionnaire", "questionnaire data", META_SHEET, META_MARKER, FORMAT, FORMAT_VERSION)


class AnswersError(WorkbookError):
    """A returned questionnaire holds answers that cannot be stored; nothing was stored."""

    def __init__(self, path: Path | str, problems: list[str]) -> None:
        self.path, self.problems = path, problems
        listed = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        super().__init__(f"Cannot import the answers in {path}: {listed}. Nothing was stored.")


@dataclass(frozen=True)
class AnswerLine:
    """One question of the returned file next to what the workbook held before."""

    number: int
    risk_id: int
    category: str
    question: str
    kind: str
    unit: str
    critical: bool
    expected: str
    answer: str | None  # as the file gives it (None: left empty)
    comment: str | None
    documents: str | None
    earlier_answer: str | None
    earlier_comment: str | None
    earlier_documents: str | None
    earlier_on: date | None

    @property
    def given(self) -> bool:
        return any(x is not None for x in (self.answer, self.comment, self.documents))

    @property
    def state(self) -> str:
        earlier = (self.earlier_answer, self.earlier_comment, self.earlier_documents)
        if not self.given:
            return KEPT if self.earlier_answer is not None else UNANSWERED
        if all(x is None for x in earlier):
            return NEW
        now = (self.answer if self.answer is not None else self.earlier_answer, self.comment, self.documents)
        return UNCHANGED if now == earlier else CHANGED

    @property
    def stored(self) -> bool:
        """Whether importing stores this line (new or changed)."""
        return self.state in (NEW, CHANGED)

    @property
    def effective_answer(self) -> str | None:
        return self.answer if self.answer is not None else self.earlier_answer

    @property
    def contradicts_must_have(self) -> bool:
        return self.critical and verdict(self.kind, self.expected, self.effective_answer).meets is False

    @property
    def unexpected(self) -> bool:
        """Not as the buyer expects, on a question that is not a must-have."""
        return not self.critical and verdict(self.kind, self.expected, self.effective_answer).meets is False

    def sentence(self) -> str:
        shown = self.effective_answer if self.effective_answer is not None else "no answer"
        text = f"{self.number}. {quoted(self.question, 70)}: {shown}"
        if self.kind == "number" and self.unit and self.effective_answer is not None:
            text += f" {self.unit}"
        if self.state == CHANGED and self.answer is not None and self.answer != self.earlier_answer:
            text += f" (was {self.earlier_answer if self.earlier_answer is not None else 'no answer'})"
        elif self.state == CHANGED:
            text += " (comment or documents changed)"
        elif self.state == KEPT:
            when = self.earlier_on.isoformat() if self.earlier_on else "an earlier return"
            text += f" (no answer this time; the earlier answer of {when} is kept)"
        if self.answer is None and self.given:
            text += " (comment only)"
        reason = verdict(self.kind, self.expected, self.effective_answer).sentence
        if reason:
            text += f" — {reason}"
        return text


@dataclass(frozen=True)
class AnswersReview:
    """What importing one returned questionnaire stores; `problems` non-empty means nothing can be."""

    path: Path
    evaluation_id: int
    evaluation_title: str
    option_id: int
    option: str
    questionnaire_id: int
    sent_on: date
    round: int
    lines: tuple[AnswerLine, ...]
    problems: tuple[str, ...]
    notices: tuple[str, ...]
    seen: int  # the workbook's version the review compared with (see unit_of_work.run)

    def of_state(self, *states: str) -> tuple[AnswerLine, ...]:
        return tuple(line for line in self.lines if line.state in states)

    @property
    def answered(self) -> tuple[AnswerLine, ...]:
        return tuple(line for line in self.lines if line.answer is not None)

    @property
    def unanswered(self) -> tuple[AnswerLine, ...]:
        return tuple(line for line in self.lines if line.answer is None)

    @property
    def changed(self) -> tuple[AnswerLine, ...]:
        return self.of_state(CHANGED)

    @property
    def contradictions(self) -> tuple[AnswerLine, ...]:
        return tuple(line for line in self.lines if line.contradicts_must_have)

    @property
    def unexpected(self) -> tuple[AnswerLine, ...]:
        return tuple(line for line in self.lines if line.unexpected)

    @property
    def to_store(self) -> tuple[AnswerLine, ...]:
        return tuple(line for line in self.lines if line.stored)

    def operation(self, received_on: date) -> StoreQuestionnaireAnswers:
        if self.problems:
            raise AnswersError(self.path, list(self.problems))
        if received_on < self.sent_on:
            reason = f"lies before the day the questionnaire was sent ({self.sent_on.isoformat()})"
            raise ValidationError("received_on", received_on.isoformat(), reason)
        answers = tuple(ReturnedAnswer(x.risk_id, x.answer, x.comment, x.documents) for x in self.to_store)
        return StoreQuestionnaireAnswers(self.questionnaire_id, answers, received_on)

    def sentences(self) -> list[str]:
        """The review in words, for the command line: counts, then each list that has lines."""
        out = [
            f"Answers from “{self.option}” ({self.evaluation_title}), questionnaire sent on "
            f"{self.sent_on.isoformat()}: {len(self.answered)} of {len(self.lines)} questions answered, "
            f"{len(self.changed)} changed since the last return, {len(self.to_store)} to store."
        ]
        sections = (
            ("Contradicting a must-have", self.contradictions),
            ("Not as expected", self.unexpected),
            ("Changed since the last return", self.changed),
            ("New answers", self.of_state(NEW)),
            ("Unanswered", self.unanswered),
        )
        for title, lines in sections:
            if lines:
                out.append(f"{title} ({len(lines)}):")
                out.extend(f"  {line.sentence()}" for line in lines)
        out.extend(f"Note: {n}" for n in self.notices)
        out.extend(f"Cannot be read: {p}" for p in self.problems)
        return out


def read_answers(db: Any, path: str | Path) -> AnswersReview:
    """Read and check a returned questionnaire against the database; writes nothing."""
    path = Path(path)
    meta, sheets = open_returned(path, RETURNED, lambda wb: _visible_sheets(wb, path))
    with hidden_data_checked(path, RETURNED), db.reading() as session:
        return _review(session, path, meta, sheets)


def _visible_sheets(wb: Any, path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Each sheet's rows but the hidden data's (the questions sheet is told from them by the names
    the hidden data gives, which the file's language may differ from the app's)."""
    width = len(HEADERS) + 5
    return {ws.title: sheet_rows(ws, path, width) for ws in wb.worksheets if ws.title != META_SHEET}


def _names(meta: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """The questions sheet's name and header row as the file was written (English in a file sent
    before they were translated)."""
    headers = meta.get("headers")
    if not (isinstance(headers, list) and len(headers) == len(HEADERS)):
        headers = HEADERS
    return str(meta.get("sheet") or QUESTIONS), tuple(str(h) for h in headers)


def _questions_rows(
    path: Path, sheets: dict[str, list[tuple[Any, ...]]], sheet: str, headers: tuple[str, ...]
) -> list[tuple[Any, ...]]:
    """The questions sheet's rows: by its name, or (renamed) the sheet whose header names Question and
    Answer."""
    if sheet in sheets:
        return sheets[sheet]
    for rows in sheets.values():
        if any(_columns(values, headers) for values in rows[:HEADER_ROWS]):
            return rows
    raise XlsxImportError(
        path, fill(translate("Questionnaire", "the sheet “%1” is missing (it was deleted)"), sheet)
    )


def _columns(values: tuple[Any, ...], headers: tuple[str, ...]) -> dict[int, int] | None:
    """Column number (NUMBER, ANSWER…) -> index in this row, when the row is the header row: it names
    at least the question and the answer, as written or in English."""
    texts = [str(v).strip() if isinstance(v, str) else "" for v in values]
    found: dict[int, int] = {}
    for column, (written, english) in enumerate(zip(headers, HEADERS, strict=True), start=1):
        at = next((i for i, text in enumerate(texts) if text and text in (written, english)), None)
        if at is not None:
            found[column] = at
    return found if QUESTION in found and ANSWER in found else None


def _header(
    path: Path, rows: list[tuple[Any, ...]], sheet: str, headers: tuple[str, ...]
) -> tuple[int, dict[int, int]]:
    """(index of the header row, column number -> index in the row)."""
    for index, values in enumerate(rows[:HEADER_ROWS]):
        columns = _columns(values, headers)
        if columns is not None:
            if NUMBER not in columns:
                break
            return index, columns
    sentence = translate("Questionnaire", "the header row of the sheet “%1” was moved or changed")
    raise XlsxImportError(path, fill(sentence, sheet))


def _review(
    session: Any, path: Path, meta: dict[str, Any], sheets: dict[str, list[tuple[Any, ...]]]
) -> AnswersReview:
    from duediligence.reads.evaluations import get_evaluation
    from duediligence.reads.questionnaires import option_questions, questionnaire_by_token
    from duediligence.storage.concurrency import last_change_id
    from duediligence.storage.models import Option

    record = questionnaire_by_token(session, str(meta["token"]))
    if record is None:
        raise XlsxImportError(
            path, "it was not sent from this workbook file, or its option or questionnaire was deleted since"
        )
    option = session.get(Option, record.option_id)
    current = {q.id: q for q in option_questions(session, record.option_id)}
    sheet, headers = _names(meta)
    rows = _questions_rows(path, sheets, sheet, headers)
    head_at, head = _header(path, rows, sheet, headers)
    problems: list[str] = []
    by_number = _numbered_rows(rows, head_at, head[NUMBER], problems, sheet)
    lines, notices = [], []
    for asked in meta["questions"]:
        number, q = int(asked["n"]), current.get(int(asked["id"]))
        if q is None:
            shown = quoted(str(asked["question"]), 50)
            notices.append(
                f"question {number} (“{shown}”) is no longer on the checklist of “{option.name}”; "
                "its answer is not stored"
            )
            continue
        if number not in by_number:
            notices.append(f"question {number} is missing from the file (its row was deleted); not answered")
        if q.question.strip() != str(asked["question"]).strip():
            notices.append(
                f"question {number} was reworded since it was sent; its answer is stored all the same"
            )
        sheet_row, values = by_number.get(number, (0, ()))
        shown = _cell(values, head.get(QUESTION))
        if shown is not None and str(shown).strip() != str(asked["question"]).strip():
            notices.append(
                f"the text of question {number} was changed in the file; its answer is taken as the answer "
                "to the question as it was sent"
            )
        lines.append(_line(number, q, sheet_row, values, head, problems, sheet))
    sent_on = date.fromisoformat(str(meta["sent_on"]))
    if record.sent_on is not None and sent_on < record.sent_on:
        notices.append(
            f"this file was sent on {sent_on.isoformat()}; the questionnaire was sent again since, "
            f"on {record.sent_on.isoformat()}"
        )
    evaluation = get_evaluation(session, record.evaluation_id)
    return AnswersReview(
        path, record.evaluation_id, evaluation.title, record.option_id, option.name, record.id, sent_on,
        int(meta.get("round", 1)), tuple(lines), tuple(problems), tuple(notices), last_change_id(session),
    )  # fmt: skip


def _numbered_rows(
    rows: list[tuple[Any, ...]], head_at: int, column: int, problems: list[str], sheet: str
) -> dict[int, tuple[int, tuple[Any, ...]]]:
    """Question number -> (sheet row, values); a number given twice is a problem."""
    found: dict[int, tuple[int, tuple[Any, ...]]] = {}
    for sheet_row, values in enumerate(rows[head_at + 1 :], start=head_at + 2):
        number = cell_id(values[column]) if column < len(values) else None
        if number is None:
            continue
        if number in found:
            first = found[number][0]
            problems.append(f"{sheet}: question {number} appears twice (rows {first} and {sheet_row})")
        found.setdefault(number, (sheet_row, values))
    return found


def _line(
    number: int,
    q: Any,
    sheet_row: int,
    values: tuple[Any, ...],
    head: dict[int, int],
    problems: list[str],
    sheet: str,
) -> AnswerLine:
    """One question's cells read for its answer type; what cannot be read goes to `problems`."""
    raw = [_cell(values, head.get(c)) for c in (ANSWER, COMMENT, DOCUMENTS)]
    cell = cell_ref(sheet_row, head.get(ANSWER, ANSWER - 1))
    answer, problem = _answer(q.answer_kind, raw[0], f"{sheet}, cell {cell} (question {number})")
    at = f"{sheet}, row {sheet_row} (question {number})"
    comment, comment_problem = _free_text(raw[1], f"{at}, comment")
    documents, documents_problem = _free_text(raw[2], f"{at}, documents attached")
    problems.extend(p for p in (problem, comment_problem, documents_problem) if p)
    return AnswerLine(
        number, q.id, q.category, q.question, q.answer_kind, q.answer_unit, q.critical, q.expected_answer,
        answer, comment, documents, q.answer, q.answer_comment, q.answer_documents, q.answered_on,
    )  # fmt: skip


def _cell(values: tuple[Any, ...], index: int | None) -> Any:
    return values[index] if index is not None and index < len(values) else None


def _answer(kind: str, raw: Any, where: str) -> tuple[str | None, str | None]:
    """(stored answer, None) or (None, a sentence naming the cell and what is wrong)."""
    if isinstance(raw, str) and raw.strip().startswith("="):
        sentence = translate("Questionnaire", "%1: holds a formula (%2); type the answer itself")
        return None, fill(sentence, where, quoted(raw, 30))
    try:
        return read_answer(kind, raw, where), None
    except ValidationError as exc:
        shown = quoted(raw.isoformat() if isinstance(raw, date | datetime) else str(raw), 30)
        return None, fill(translate("Questionnaire", "%1: %2 (got “%3”)"), where, exc.reason, shown)


def _free_text(raw: Any, where: str) -> tuple[str | None, str | None]:
    """A comment or list of documents as text (None when empty), or a sentence saying why not."""
    from duediligence.fields import RISK_ITEM

    if raw is None:
        return None, None
    if isinstance(raw, datetime):
        text = raw.date().isoformat() if raw.time() == datetime.min.time() else raw.isoformat(sep=" ")
    elif isinstance(raw, date):
        text = raw.isoformat()
    elif isinstance(raw, int | float) and not isinstance(raw, bool):
        text = cell_number_text(raw)
    else:
        text = str(raw)
    if text.strip().startswith("="):
        sentence = translate("Questionnaire", "%1: holds a formula (%2); type the text itself")
        return None, fill(sentence, where, quoted(text, 30))
    text = "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 32).strip()
    try:
        return RISK_ITEM["answer_comment"](where, text), None
    except ValidationError as exc:
        return None, fill(translate("Questionnaire", "%1: %2"), where, exc.reason)
