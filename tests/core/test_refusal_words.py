"""Refusals and the import's lines are whole sentences in the user's language: German comes out as
German sentences (from the shipped duediligence_de.ts), English exactly as the command line prints it."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from types import SimpleNamespace

import pytest
from xlsx_support import document, edit_cells, matrix_row, workbook_with_samples

from duediligence import i18n, validation
from duediligence.errors import ValidationError
from duediligence.exchange.cell_words import refusal
from duediligence.exchange.commands import export_command, import_command
from duediligence.exchange.import_words import APPLIED, header
from duediligence.exchange.lines import CHANGED, ERROR, Line, Place
from duediligence.formats import parse_number


@cache
def german_texts() -> dict[tuple[str, str], list[str]]:
    root = ElementTree.parse(i18n.translations_folder() / "duediligence_de.ts").getroot()
    texts = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            forms = [form.text or "" for form in message.iter("numerusform")] or [node.text or ""]  # type: ignore[union-attr]
            texts[(context.findtext("name") or "", message.findtext("source") or "")] = forms
    return texts


def german(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """What the app's Qt translator gives under de_DE, read straight from the shipped file."""
    forms = german_texts().get((context, text))
    if not forms or not forms[0]:
        return f"UNTRANSLATED[{text}]"
    chosen = forms[0] if n == 1 or len(forms) == 1 else forms[1]
    return chosen.replace("%n", str(n)) if n >= 0 else chosen


@pytest.fixture
def in_german(in_locale: Callable[[str], None]) -> Iterator[None]:
    i18n.install(german)
    in_locale("de_DE")
    yield
    i18n.install(None)


def refused(check: Callable[[], object]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        check()
    return caught.value


def refused_cell_line(value: object) -> str:
    """The import's line for a Matrix cell G7 (Price's weight) holding `value`."""
    exc = refused(lambda: validation.number()("weight", value))
    return Line.at(
        ERROR, Place("Matrix", 7, "Weight", 6, "Price"), refusal(value, exc.why or exc.reason)
    ).sentence


def test_a_refused_cell_of_an_import_is_one_german_sentence(in_german: None) -> None:
    assert refused_cell_line("schwer") == (
        "Matrix!G7 (Price, Weight): 'schwer' ist keine Zahl "
        "(schreiben Sie Zahlen wie 1.234,5, wie in Deutsch (Deutschland) üblich)."
    )


def test_a_refused_cell_of_an_import_reads_in_english_as_the_command_line_prints_it(
    in_locale: Callable[[str], None],
) -> None:
    in_locale("en_GB")
    assert refused_cell_line("heavy") == (
        "Matrix!G7 (Price, Weight): 'heavy' is not a number "
        "(write numbers like 1,234.5, as in English (United Kingdom))."
    )


def test_text_in_a_score_cell_of_an_exported_workbook_is_refused_in_german(
    tmp_path: Path, in_german: None
) -> None:
    db, ids = workbook_with_samples(tmp_path / "wb.db")
    try:
        exported = export_command(db, [str(ids[0])], tmp_path / "crm.xlsx")
        every = [c for g in document(db, ids[0])["criteria_groups"] for c in g["criteria"]]
        pipeline = next(c for c in every if c["name"] == "Pipeline- und Verlängerungsprognose")
        edit_cells(exported, [("Matrix", pipeline["id"], "Northwind CRM Cloud", "abc")])
        report = import_command(db, exported)
    finally:
        db.close()
    assert [line.sentence for line in report.lines] == [
        f"Matrix!M{matrix_row(exported, 1)} (Pipeline- und Verlängerungsprognose × Northwind CRM Cloud): "
        "'abc' ist keine Zahl (schreiben Sie Zahlen wie 1.234,5, wie in Deutsch (Deutschland) üblich)."
    ]


def test_an_empty_required_cell_says_it_must_be_filled_in_german(in_german: None) -> None:
    exc = refused(lambda: validation.text(required=True)("name", ""))
    assert refusal("", exc.why or exc.reason) == "ist leer; es muss ausgefüllt werden"


def test_a_number_written_the_english_way_is_refused_in_german_naming_the_field(in_german: None) -> None:
    exc = refused(lambda: parse_number("1.5", field="budget"))
    assert str(exc) == (
        "budget: ist keine Zahl in der Schreibweise von Deutsch (Deutschland), "
        "wo das Dezimalzeichen „,“ ist: Schreiben Sie 1,5 (erhalten: '1.5')."
    )


def test_a_number_written_the_german_way_is_refused_in_english_as_before(
    in_locale: Callable[[str], None],
) -> None:
    in_locale("en_GB")
    exc = refused(lambda: parse_number("1,5", field="budget"))
    assert str(exc) == (
        "budget: is not a number as written in English (United Kingdom), where the decimal sign is “.”: "
        "write 1.5 (got '1,5')."
    )


def test_a_refusal_with_an_example_keeps_the_example_in_german(in_german: None) -> None:
    exc = refused(lambda: validation.currency("currency", "Euro"))
    assert refusal("Euro", exc.why or exc.reason) == (
        "'Euro' ist kein Währungscode aus drei Buchstaben; schreiben Sie ihn z. B. als EUR oder USD"
    )
    assert exc.reason == "muss ein Währungscode aus drei Buchstaben wie EUR oder USD sein"


def imported(lines: int) -> str:
    line = Line(CHANGED, "Matrix", 7, "Weight", "", edit=object())  # type: ignore[arg-type]
    plan = SimpleNamespace(
        title="CRM",
        target_id=3,
        reason=i18n.translate("Import", "exported from this workbook"),
        lines=(line,) * lines,
    )
    return header(plan, APPLIED, {})


def test_the_import_report_counts_changes_in_german_with_a_proper_plural(in_german: None) -> None:
    assert imported(1) == "'CRM': 1 Änderung in Bewertung 3 importiert (aus dieser Arbeitsmappe exportiert)."
    assert (
        imported(2) == "'CRM': 2 Änderungen in Bewertung 3 importiert (aus dieser Arbeitsmappe exportiert)."
    )


def test_the_import_report_counts_changes_in_english_with_a_proper_plural() -> None:
    i18n.install(None)
    assert imported(1) == "'CRM': imported 1 change into evaluation 3 (exported from this workbook)."
    assert imported(2) == "'CRM': imported 2 changes into evaluation 3 (exported from this workbook)."
