"""An evaluation's kind is shown in words of the user's language wherever it appears (Overview, the
report's title page, `duediligence show`): the kinds the program sets are translated, a kind a person
wrote is shown as written, never as a code like "consumer_electronics" (issue 21)."""

from __future__ import annotations

from pathlib import Path

import pytest
from german import in_german
from test_cli_usage import document
from test_report import report_text

from duediligence.cli.summary import summary_lines
from duediligence.kinds import KNOWN_KINDS, kind_words
from duediligence.operations.evaluations import InsertEvaluationDocument
from duediligence.storage.database import Database
from duediligence.templates.evaluations import load_templates


def test_every_shipped_template_sets_a_kind_the_program_words() -> None:
    kinds = {t.kind for t in load_templates(Path("/nonexistent-user-folder")).templates}
    assert kinds <= set(KNOWN_KINDS)


def test_known_kinds_read_as_words_and_a_written_kind_stays_as_written() -> None:
    assert [kind_words(k) for k in ("consumer_electronics", "general", "hardware")] == [
        "Consumer electronics",
        "General",
        "Hardware and equipment",
    ]
    assert [kind_words(k) for k in ("Fahrrad", "e_bike", "", None)] == ["Fahrrad", "e_bike", "", ""]


def test_in_german_the_known_kinds_are_german_and_a_written_kind_stays_as_written() -> None:
    with in_german():
        words = [kind_words(k) for k in ("consumer_electronics", "general", "home_appliance", "e_bike")]
    assert words == ["Unterhaltungselektronik", "Allgemein", "Haushaltsgerät", "e_bike"]


def test_show_names_the_kind_in_words() -> None:
    assert summary_lines(document(kind="consumer_electronics"))[:3] == [
        "Laptop (id 4)",
        "Kind: Consumer electronics",
        "Status: defining",
    ]


@pytest.fixture
def laptop(tmp_path: Path):
    db = Database.open(tmp_path / "wb.db")
    with db.transaction() as session:
        eid = (
            InsertEvaluationDocument({"title": "Laptop", "kind": "consumer_electronics"})
            .apply(session)
            .result
        )
    yield db, eid
    db.close()


def test_the_german_report_title_page_names_the_kind_in_german(laptop) -> None:
    with in_german():
        text = report_text(*laptop)
    assert "Unterhaltungselektronik · Status:" in text.split(" | ")[2]
    assert "consumer" not in text.lower()
