"""The core's own sentences (ranking reasons, normalisations, storage faults, templates) come out in
the app's language once a translation is installed, and stay exactly English without one."""

from __future__ import annotations

import errno
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest

from duediligence import i18n
from duediligence.decision.scoring import CriterionSpec, rank
from duediligence.errors import EvidenceRefused
from duediligence.storage.faults import classify
from duediligence.templates.evaluations import load_templates

ROOT = Path(__file__).resolve().parents[2]
GERMAN_TS = ROOT / "resources" / "translations" / "duediligence_de.ts"


def _german() -> i18n.Implementation:
    """The German .ts as a translation function (what Qt does with the .qm), without Qt."""
    table: dict[tuple[str, str], list[str]] = {}
    for context in ElementTree.parse(GERMAN_TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            assert node is not None
            forms = [form.text or "" for form in node.iter("numerusform")] or [node.text or ""]
            table[(name, message.findtext("source") or "")] = forms

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        forms = table.get((context, text))
        if not forms or not forms[0]:
            return text
        chosen = forms[0] if n == 1 or len(forms) == 1 else forms[1]
        return chosen.replace("%n", str(n)) if n >= 0 else chosen

    return translate


@pytest.fixture
def german() -> Iterator[None]:
    i18n.install(_german())
    try:
        yield
    finally:
        i18n.install(None)


def _excluded_and_failing() -> tuple[str | None, str]:
    """The exclusion reason of an option the user excluded that also fails the must-have "Uptime"
    (98 < 99.9), and the normalisation of the measured criterion "Uptime"."""
    criteria = [
        CriterionSpec(
            id=1, name="Uptime", scale="measured", unit="%", must_have=True, must_have_threshold=99.9
        ),
        CriterionSpec(id=2, name="Support", scale="0-10"),
    ]
    result = rank([[98.0, 7.0], [99.95, 5.0]], criteria, excluded=[True, False])
    return result.options[0].exclusion_reason, result.normalisations[0].method


def test_without_the_app_ranking_reasons_stay_exactly_english() -> None:
    i18n.install(None)
    assert _excluded_and_failing() == (
        "excluded by the user; fails must-have: Uptime",
        "min–max across options 98–99.95 %",
    )


def test_in_german_the_exclusion_reason_and_the_normalisation_are_german(german: None) -> None:
    assert _excluded_and_failing() == (
        "vom Benutzer ausgeschlossen; Muss-Kriterium nicht erfüllt: Uptime",
        "Min–Max über die Optionen 98–99.95 %",
    )


def test_in_german_a_full_disk_is_said_in_german(german: None, tmp_path: Path) -> None:
    fault = classify(OSError(errno.ENOSPC, "No space left on device"), tmp_path / "w.ddw", action="open")
    assert fault is not None
    assert fault.detail == "der Datenträger ist voll"  # type: ignore[attr-defined]


def test_without_the_app_a_full_disk_is_said_in_english(tmp_path: Path) -> None:
    i18n.install(None)
    fault = classify(OSError(errno.ENOSPC, "No space left on device"), tmp_path / "w.ddw", action="open")
    assert fault is not None
    assert fault.detail == "the disk is full"  # type: ignore[attr-defined]


def test_in_german_a_shipped_template_reads_in_german_and_keeps_its_codes(
    german: None, tmp_path: Path
) -> None:
    car = load_templates(user_folder=tmp_path).find("car")
    assert car is not None
    assert (car.name, car.cost_lines[0].label, car.cost_lines[0].category) == (
        "Auto",
        "Kaufpreis",
        "hardware",
    )
    assert car.document["options"][0]["name"] == "Mein jetziges Auto behalten"
    assert car.document["options"][0]["kind"] == "do_nothing"
    assert car.checklist is not None and car.checklist.name == "Privatkauf"
    assert car.checklist.items[0].category == "Garantie"


def test_without_the_app_a_shipped_template_stays_english(tmp_path: Path) -> None:
    i18n.install(None)
    car = load_templates(user_folder=tmp_path).find("car")
    assert car is not None
    assert (car.name, car.cost_lines[0].label, car.checklist and car.checklist.name) == (
        "Car",
        "Purchase price",
        "Consumer purchase",
    )


def test_a_user_template_is_never_translated(german: None, tmp_path: Path) -> None:
    (tmp_path / "mine.json").write_text(
        '{"key": "mine", "name": "Car", "description": "Purchase price", "document": {"kind": "mine"}}',
        encoding="utf-8",
    )
    mine = load_templates(user_folder=tmp_path).find("user:mine")
    assert mine is not None
    assert (mine.name, mine.description) == ("Car", "Purchase price")


def test_every_text_of_the_shipped_templates_and_samples_is_marked_for_translation() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "template_texts.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_in_german_a_refused_link_is_said_in_german_and_in_english_without_the_app(german: None) -> None:
    from duediligence.operations.evidence import check_link

    with pytest.raises(EvidenceRefused) as refused:
        check_link("ftp://example.org")
    assert str(refused.value) == (
        "„ftp://example.org“ wurde nicht hinzugefügt. "
        "Links müssen mit http://, https:// oder mailto: beginnen."
    )
    i18n.install(None)
    with pytest.raises(EvidenceRefused) as refused:
        check_link("ftp://example.org")
    assert str(refused.value) == (
        "“ftp://example.org” was not added. Links must start with http://, https:// or mailto:."
    )


@pytest.mark.parametrize(
    ("kind", "stored", "words"),
    [
        ("date", "<= 2027-06-30", "am oder vor 2027-06-30"),
        ("number", ">= 99.9", "mindestens 99.9"),
        ("document", "attached", "angehängt"),
        ("yes_no", "yes", "ja"),
    ],
)
def test_in_german_an_expected_answer_is_shown_in_german_and_reads_back_as_stored(
    german: None, kind: str, stored: str, words: str
) -> None:
    from duediligence.decision.answers import expected_words, read_expected

    shown = expected_words(kind, stored)
    assert (shown, read_expected(kind, shown)) == (words, stored)


def test_in_german_an_answer_that_misses_the_expected_one_says_so_in_german(german: None) -> None:
    from duediligence.decision.answers import verdict

    assert verdict("yes_no", "yes", "no").sentence == "geantwortet „nein“, „ja“ ist erforderlich"
    assert (
        verdict("number", ">= 99.9", "99.5").sentence == "geantwortet 99.5, mindestens 99.9 ist erforderlich"
    )
