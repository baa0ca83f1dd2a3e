"""The core's own sentences (ranking reasons, normalisations, storage faults, templates) come out in
the app's language once a translation is installed, and stay exactly English without one."""

from __future__ import annotations

import errno
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest

from duediligence import i18n
from duediligence.decision.scoring import CriterionSpec, rank
from duediligence.storage.faults import classify

GERMAN_TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "duediligence_de.ts"


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
