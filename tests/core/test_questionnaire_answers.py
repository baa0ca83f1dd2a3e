"""What each kind of answer accepts and how it is stored, and when an answer contradicts what the
buyer requires (decision.answers: plain values in, plain values out)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from duediligence.decision.answers import (
    check_answer_fields,
    expected_words,
    read_answer,
    read_expected,
    verdict,
)
from duediligence.errors import ValidationError


@pytest.mark.parametrize(
    ("kind", "raw", "stored"),
    [
        ("yes_no", "Yes", "yes"), ("yes_no", " NO ", "no"), ("yes_no", "partially", "partly"),
        ("yes_no", True, "yes"), ("yes_no", False, "no"), ("yes_no", "ja", "yes"),
        ("document", "Attached", "attached"), ("document", "to follow", "to follow"),
        ("document", "n/a", "not available"),
        ("number", 99.95, "99.95"), ("number", 30, "30"), ("number", 30.0, "30"),
        ("number", "1,234.5", "1234.5"), ("number", -2.5, "-2.5"),
        ("date", date(2026, 9, 1), "2026-09-01"), ("date", datetime(2026, 9, 1), "2026-09-01"),
        ("date", "2026-09-01", "2026-09-01"), ("date", "01/09/2026", "2026-09-01"),
        ("text", "  Jane Roe  ", "Jane Roe"), ("text", 42, "42"), ("text", date(2026, 1, 2), "2026-01-02"),
        ("text", "", None), ("yes_no", None, None), ("number", "   ", None),
    ],
)  # fmt: skip
def test_an_answer_is_stored_in_one_form_per_kind(kind, raw, stored, in_locale) -> None:
    in_locale("en_GB")
    assert read_answer(kind, raw) == stored


@pytest.mark.parametrize(
    ("kind", "raw", "reason"),
    [
        ("yes_no", "maybe", "expected yes, no or partly"),
        ("document", "emailed", "expected attached, to follow or not available"),
        ("number", "lots", "is not a number"),
        ("number", True, "expected a number"),
        ("number", "1,5", "1,5"),  # English: a thousands separator or a decimal comma? never guessed
        ("date", datetime(2026, 9, 1, 14, 30), "expected a date without a time"),
        ("date", "1/9/26", "write the year with four digits"),
    ],
)
def test_an_answer_that_does_not_fit_its_kind_is_refused_naming_the_field(
    kind, raw, reason, in_locale
) -> None:
    in_locale("en_GB")
    with pytest.raises(ValidationError) as refused:
        read_answer(kind, raw, "Questions, cell E2")
    assert refused.value.field == "Questions, cell E2" and (
        reason in refused.value.reason or reason in str(refused.value)
    )


def test_a_number_is_read_the_way_the_importing_person_writes_numbers(in_locale) -> None:
    in_locale("de_DE")
    assert read_answer("number", "99,95") == "99.95"
    assert read_answer("number", "1.234,5") == "1234.5"


@pytest.mark.parametrize(
    ("kind", "raw", "stored"),
    [
        ("yes_no", "Yes", "yes"), ("yes_no", "no", "no"), ("document", "attached", "attached"),
        ("number", ">= 99.9", ">= 99.9"), ("number", "at least 99.90", ">= 99.9"),
        ("number", "≤ 30", "<= 30"), ("number", "max 4", "<= 4"),
        ("date", "on or before 2027-06-30", "<= 2027-06-30"),
        ("date", ">= 2026-01-01", ">= 2026-01-01"), ("text", "", ""), ("number", None, ""),
    ],
)  # fmt: skip
def test_an_expected_answer_is_stored_in_one_form_per_kind(kind, raw, stored) -> None:
    assert read_expected(kind, raw) == stored


@pytest.mark.parametrize(
    ("kind", "raw"),
    [("yes_no", "partly"), ("document", "to follow"), ("text", "anything"), ("number", "99.9")],
)
def test_an_expected_answer_the_kind_cannot_have_is_refused(kind, raw) -> None:
    with pytest.raises(ValidationError):
        read_expected(kind, raw)


@pytest.mark.parametrize(
    ("kind", "expected", "answer", "meets"),
    [
        ("yes_no", "yes", "yes", True), ("yes_no", "yes", "no", False), ("yes_no", "yes", "partly", False),
        ("yes_no", "no", "no", True), ("document", "attached", "to follow", False),
        ("number", ">= 99.9", "99.9", True), ("number", ">= 99.9", "99.89", False),
        ("number", "<= 30", "30", True), ("number", "<= 30", "30.5", False),
        ("date", "<= 2027-06-30", "2027-06-30", True), ("date", "<= 2027-06-30", "2027-07-01", False),
        ("date", ">= 2026-01-01", "2025-12-31", False),
        ("yes_no", "", "no", None), ("yes_no", "yes", None, None), ("text", "", "anything", None),
    ],
)  # fmt: skip
def test_an_answer_meets_or_contradicts_what_is_required_at_its_boundary(
    kind, expected, answer, meets
) -> None:
    assert verdict(kind, expected, answer).meets is meets


def test_a_contradiction_says_what_was_answered_and_what_is_required() -> None:
    assert verdict("yes_no", "yes", "no").sentence == "answered “no”, “yes” is required"
    assert verdict("number", ">= 99.9", "99.5").sentence == "answered 99.5, at least 99.9 is required"


@pytest.mark.parametrize(
    ("kind", "expected", "unit", "words"),
    [("number", ">= 99.9", "%", "at least 99.9 %"), ("date", "<= 2027-06-30", "", "on or before 2027-06-30"),
     ("yes_no", "yes", "", "yes"), ("text", "", "", "")],
)  # fmt: skip
def test_an_expected_answer_in_words(kind, expected, unit, words) -> None:
    assert expected_words(kind, expected, unit) == words


@pytest.mark.parametrize(
    ("kind", "answer", "expected"),
    [("yes_no", "Yes", ""), ("number", "99,9", ""), ("number", "1e3", ""), ("number", "99.90", ""),
     ("date", "2026-9-1", ""), ("date", "1899-12-31", ""), ("text", "   ", ""),
     ("number", None, "at least 5"), ("yes_no", None, "partly"), ("text", None, "yes")],
)  # fmt: skip
def test_a_stored_answer_or_expected_answer_must_be_in_its_stored_form(kind, answer, expected) -> None:
    with pytest.raises(ValidationError):
        check_answer_fields(kind, answer, expected)


def test_stored_forms_pass_the_check() -> None:
    for kind, answer, expected in [("yes_no", "partly", "yes"), ("number", "-0.5", "<= 30"),
                                   ("date", "2199-12-31", ">= 1900-01-01"), ("text", "x", ""),
                                   ("document", "not available", "attached")]:  # fmt: skip
        check_answer_fields(kind, answer, expected)
