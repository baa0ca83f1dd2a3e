"""Questionnaire answers: what each kind of answer accepts, how it is stored, and whether an answer
contradicts what the buyer requires. Pure functions on plain values (no database, no files).

Stored forms (`answer` on a checklist item, and `show --json`):

- yes/no: `yes`, `no` or `partly`;
- number: the number written with a dot and without grouping (`99.95`, `30`), in the question's unit;
- date: `YYYY-MM-DD`;
- document: `attached`, `to follow` or `not available` (the files' names go to `answer_documents`);
- text: the text as given.

An *expected answer* says what the buyer needs: `yes` or `no` for a yes/no question, `attached` for a
document, `>= N` or `<= N` for a number, `>= YYYY-MM-DD` or `<= YYYY-MM-DD` for a date; none for text.
An answer *contradicts* it when it is given and differs (`partly` is not `yes`). On a critical
(must-have) item that is a must-have contradiction, which the review of returned answers lists first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from duediligence.enums import AnswerKind
from duediligence.errors import ValidationError
from duediligence.formats import parse_number
from duediligence.i18n import QT_TRANSLATE_NOOP, fill, translate

YES, NO, PARTLY = "yes", "no", "partly"
ATTACHED, TO_FOLLOW, NOT_AVAILABLE = "attached", "to follow", "not available"
CHOICES = {
    AnswerKind.YES_NO.value: (YES, NO, PARTLY),
    AnswerKind.DOCUMENT.value: (ATTACHED, TO_FOLLOW, NOT_AVAILABLE),
}
# Words a vendor may write for each choice (compared case-insensitively, without spaces and dots).
SYNONYMS = {
    YES: ("yes", "y", "true", "ja", "oui", "si", "x"),
    NO: ("no", "n", "false", "nein", "non"),
    PARTLY: ("partly", "partially", "partial", "inpart", "teilweise", "some"),
    ATTACHED: ("attached", "yes", "enclosed", "provided", "angehängt", "beigefügt", "anbei"),
    TO_FOLLOW: ("tofollow", "later", "willfollow", "pending", "folgt", "folgtnoch", "wirdnachgereicht"),
    NOT_AVAILABLE: (
        "notavailable",
        "no",
        "na",
        "n/a",
        "none",
        "unavailable",
        "nichtverfügbar",
        "nichtvorhanden",
    ),
}
COMPARISON = re.compile(
    r"^\s*(>=|<=|≥|≤|at least|at most|mindestens|höchstens|min|max|on or after|on or before|am oder nach"
    r"|am oder vor)\s*(.+?)\s*$",
    re.IGNORECASE,
)  # the German words are those the app shows in German (`expected_words`), so what it shows reads back
LOWER_BOUNDS = (">=", "≥", "at least", "mindestens", "min", "on or after", "am oder nach")
# The stored choices in words (English: the stored value itself), for sentences people read.
_CHOICE_WORDS = {
    YES: QT_TRANSLATE_NOOP("Answers", "yes"),
    NO: QT_TRANSLATE_NOOP("Answers", "no"),
    PARTLY: QT_TRANSLATE_NOOP("Answers", "partly"),
    ATTACHED: QT_TRANSLATE_NOOP("Answers", "attached"),
    TO_FOLLOW: QT_TRANSLATE_NOOP("Answers", "to follow"),
    NOT_AVAILABLE: QT_TRANSLATE_NOOP("Answers", "not available"),
}


def choice_words(choice: str) -> str:
    """A stored choice ("yes", "to follow") in the user's language."""
    return translate("Answers", _CHOICE_WORDS[choice]) if choice in _CHOICE_WORDS else choice


AT_LEAST, AT_MOST = ">=", "<="


def kind_words(kind: str) -> str:
    """What an answer of `kind` is, for a message or an instruction."""
    return {
        AnswerKind.YES_NO.value: "yes, no or partly",
        AnswerKind.NUMBER.value: "a number",
        AnswerKind.DATE.value: "a date (YYYY-MM-DD)",
        AnswerKind.DOCUMENT.value: "attached, to follow or not available",
        AnswerKind.TEXT.value: "text",
    }.get(kind, kind)


_ANSWER_TYPES = {
    AnswerKind.YES_NO.value: QT_TRANSLATE_NOOP("Answers", "Yes / no / partly"),
    AnswerKind.DATE.value: QT_TRANSLATE_NOOP("Answers", "Date"),
    AnswerKind.DOCUMENT.value: QT_TRANSLATE_NOOP("Answers", "Document"),
    AnswerKind.TEXT.value: QT_TRANSLATE_NOOP("Answers", "Text"),
}


def answer_type_words(kind: str, unit: str = "") -> str:
    """The answer type as a questionnaire names it, in the user's language: "Yes / no / partly",
    "Number (days)"."""
    if kind == AnswerKind.NUMBER.value:
        return fill(translate("Answers", "Number (%1)"), unit) if unit else translate("Answers", "Number")
    return translate("Answers", _ANSWER_TYPES[kind]) if kind in _ANSWER_TYPES else kind


def _squeezed(text: str) -> str:
    return re.sub(r"[\s.]+", "", text.casefold())


def _choice(kind: str, raw: Any, field: str) -> str:
    if isinstance(raw, bool):
        raw = "yes" if raw else "no"
    word = _squeezed(str(raw))
    for choice in CHOICES[kind]:  # the stored word, a synonym, or the word the questionnaire listed
        if word in (_squeezed(choice), _squeezed(choice_words(choice))) or word in SYNONYMS[choice]:
            return choice
    reason = (
        translate("Answers", "expected yes, no or partly")
        if kind == AnswerKind.YES_NO.value
        else translate("Answers", "expected attached, to follow or not available")
    )
    raise ValidationError(field, raw, reason)


def _day(raw: Any, field: str) -> date:
    from duediligence.formats import parse_day

    if isinstance(raw, datetime):
        if raw.time() != datetime.min.time():
            raise ValidationError(
                field, raw.isoformat(sep=" "), translate("Answers", "expected a date without a time")
            )
        return raw.date()
    found = parse_day(raw, field=field)
    if found is None:
        raise ValidationError(field, raw, translate("Answers", "expected a date"))
    return found


def _number(raw: Any, field: str) -> float:
    if isinstance(raw, bool):
        raise ValidationError(field, raw, translate("Answers", "expected a number"))
    found = parse_number(raw, field=field)
    if found is None:
        raise ValidationError(field, raw, translate("Answers", "expected a number"))
    return found


def number_text(value: float) -> str:
    """A number as stored: a dot, no grouping, no trailing zeros (30, 99.95)."""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:.15g}"


def read_answer(kind: str, raw: Any, field: str = "answer") -> str | None:
    """An answer as given (text, a number, a date, a boolean) in its stored form; None for an empty
    one. Text is read in the user's language (numbers and dates); refusals name `field`."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if kind in CHOICES:
        return _choice(kind, raw, field)
    if kind == AnswerKind.NUMBER.value:
        return number_text(_number(raw, field))
    if kind == AnswerKind.DATE.value:
        return _day(raw, field).isoformat()
    if isinstance(raw, datetime):
        return raw.isoformat(sep=" ") if raw.time() != datetime.min.time() else raw.date().isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return number_text(float(raw))
    return str(raw).strip()


def read_expected(kind: str, raw: Any, field: str = "expected_answer") -> str:
    """An expected answer in its stored form ("" for none); see the module's rules."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return ""
    if kind == AnswerKind.YES_NO.value:
        choice = _choice(kind, raw, field)
        if choice == PARTLY:
            raise ValidationError(
                field, raw, translate("Answers", "expected yes or no (what the answer must be)")
            )
        return choice
    if kind == AnswerKind.DOCUMENT.value:
        if _choice(kind, raw, field) != ATTACHED:
            raise ValidationError(
                field, raw, translate("Answers", "a document can only be expected as attached")
            )
        return ATTACHED
    if kind in (AnswerKind.NUMBER.value, AnswerKind.DATE.value):
        found = COMPARISON.match(str(raw))
        if found is None:
            reason = (
                translate("Answers", "expected “>= a number” or “<= a number”")
                if kind == AnswerKind.NUMBER.value
                else translate("Answers", "expected “>= a date” or “<= a date”")
            )
            raise ValidationError(field, raw, reason)
        sign = AT_LEAST if found.group(1).casefold() in LOWER_BOUNDS else AT_MOST
        value = found.group(2)
        if kind == AnswerKind.NUMBER.value:
            return f"{sign} {number_text(_number(value, field))}"
        return f"{sign} {_day(value, field).isoformat()}"
    raise ValidationError(field, raw, translate("Answers", "a text answer has no expected answer"))


STORED_NUMBER = re.compile(r"-?(0|[1-9]\d*)(\.\d*[1-9])?")
MAX_NUMBER = 1e15  # as every number in the workbook


def _stored_number(text: str) -> bool:
    return STORED_NUMBER.fullmatch(text) is not None and abs(float(text)) <= MAX_NUMBER


def _stored_day(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text and 1900 <= int(text[:4]) <= 2199
    except ValueError:
        return False


def is_stored_answer(kind: str, answer: str) -> bool:
    """Whether `answer` is exactly an answer's stored form (never read in a language)."""
    if kind in CHOICES:
        return answer in CHOICES[kind]
    if kind == AnswerKind.NUMBER.value:
        return _stored_number(answer)
    if kind == AnswerKind.DATE.value:
        return _stored_day(answer)
    return bool(answer.strip())


def is_stored_expected(kind: str, expected: str) -> bool:
    if kind == AnswerKind.YES_NO.value:
        return expected in (YES, NO)
    if kind == AnswerKind.DOCUMENT.value:
        return expected == ATTACHED
    if kind in (AnswerKind.NUMBER.value, AnswerKind.DATE.value):
        sign, _, limit = expected.partition(" ")
        ok = _stored_number if kind == AnswerKind.NUMBER.value else _stored_day
        return sign in (AT_LEAST, AT_MOST) and ok(limit)
    return False


def check_answer_fields(kind: str, answer: str | None, expected: str, where: str = "") -> None:
    """A stored answer and expected answer must fit the answer kind, in their stored forms (see the
    module's rules): a document written by hand says `99.95`, never `99,95`."""
    if answer is not None and not is_stored_answer(kind, answer):
        raise ValidationError(
            f"{where}answer", answer, f"does not fit the answer kind: expected {_forms(kind)}"
        )
    if expected and not is_stored_expected(kind, expected):
        raise ValidationError(
            f"{where}expected_answer",
            expected,
            f"does not fit the answer kind: expected {expected_forms(kind)}",
        )


def _forms(kind: str) -> str:
    return {
        AnswerKind.NUMBER.value: "a number written with a dot, such as 99.95",
        AnswerKind.DATE.value: "a date written YYYY-MM-DD",
    }.get(kind, kind_words(kind))


def expected_forms(kind: str) -> str:
    return {
        AnswerKind.YES_NO.value: "yes or no",
        AnswerKind.DOCUMENT.value: "attached",
        AnswerKind.NUMBER.value: "“>= N” or “<= N”, such as >= 99.9",
        AnswerKind.DATE.value: "“>= YYYY-MM-DD” or “<= YYYY-MM-DD”",
    }.get(kind, "none (a text answer has no expected answer)")


@dataclass(frozen=True)
class Verdict:
    """How an answer compares with what is expected: `meets` None when it cannot tell."""

    meets: bool | None
    sentence: str = ""


def verdict(kind: str, expected: str, answer: str | None) -> Verdict:
    """Whether a stored answer meets the stored expected answer (None: nothing expected or answered)."""
    if not expected or answer is None:
        return Verdict(None)
    if kind in CHOICES:
        if answer == expected:
            return Verdict(True)
        sentence = translate("Answers", "answered “%1”, “%2” is required")
        return Verdict(False, fill(sentence, choice_words(answer), choice_words(expected)))
    sign, limit = expected.split(" ", 1)
    if kind == AnswerKind.NUMBER.value:
        value, bound = float(answer), float(limit)
    else:
        value, bound = date.fromisoformat(answer).toordinal(), date.fromisoformat(limit).toordinal()
    meets = value >= bound if sign == AT_LEAST else value <= bound
    if meets:
        return Verdict(True)
    sentence = (
        translate("Answers", "answered %1, at least %2 is required")
        if sign == AT_LEAST
        else translate("Answers", "answered %1, at most %2 is required")
    )
    return Verdict(False, fill(sentence, answer, limit))


def expected_words(kind: str, expected: str, unit: str = "") -> str:
    """An expected answer for people: "yes", "at least 99.9 %", "on or before 2027-06-30"."""
    if not expected:
        return ""
    if kind in CHOICES:
        return choice_words(expected)
    sign, limit = expected.split(" ", 1)
    if kind == AnswerKind.DATE.value:
        words = (
            translate("Answers", "on or after %1")
            if sign == AT_LEAST
            else translate("Answers", "on or before %1")
        )
        return fill(words, limit)
    words = translate("Answers", "at least %1") if sign == AT_LEAST else translate("Answers", "at most %1")
    return fill(words, f"{limit}{' ' + unit if unit else ''}")
