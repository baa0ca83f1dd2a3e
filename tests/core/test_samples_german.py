"""The sample evaluations in the app's language: in German every text a person reads in them is
German, and they rank exactly as the English ones; without the app they stay exactly English."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from duediligence.decision.ranking import EvaluationRanking
from duediligence.paths import resource
from duediligence.reads.documents import evaluation_document
from duediligence.reads.ranking import evaluation_ranking
from duediligence.storage.database import Database
from duediligence.templates.localise import CONTEXT, sample_texts
from duediligence.templates.samples import add_samples, sample_documents
from tests.core.german import _messages, in_german

TODAY = date(2026, 12, 1)


def added(path: Path, german: bool) -> list[tuple[dict, EvaluationRanking]]:
    """Each sample as stored after `add_samples` (in German or not), with its ranking."""
    db = Database.open(path)
    try:
        if german:
            with in_german():
                operation = add_samples()
        else:
            operation = add_samples()
        with db.transaction() as session:
            ids = operation.apply(session).result
        with db.reading() as session:
            return [(evaluation_document(session, i), evaluation_ranking(session, i, TODAY)) for i in ids]
    finally:
        db.close()


def outcome(ranking: EvaluationRanking) -> list[tuple[float | None, int | None, bool]]:
    return [(o.score, o.rank, o.excluded) for o in ranking.options]


def test_without_the_app_the_samples_are_exactly_the_shipped_files() -> None:
    shipped = [
        (path.name, json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(resource("samples").glob("*.json"))
    ]
    assert sample_documents() == shipped


def test_in_german_the_samples_are_added_in_german_and_rank_exactly_as_in_english(tmp_path: Path) -> None:
    english = added(tmp_path / "en.db", german=False)
    german = added(tmp_path / "de.db", german=True)
    assert [doc["title"] for doc, _ in english] == [
        "CRM for sales and customer service",
        "New laptop for study and travel",
    ]
    assert [doc["title"] for doc, _ in german] == [
        "CRM für Vertrieb und Kundenservice",
        "Neuer Laptop für Studium und Reisen",
    ]
    for (en_doc, en_rank), (de_doc, de_rank) in zip(english, german, strict=True):
        assert outcome(de_rank) == outcome(en_rank)
        assert de_rank.ranked()[0].id == en_rank.ranked()[0].id
        assert [o.kind for o in de_rank.options] == [o.kind for o in en_rank.options]
        assert len(de_doc["scores"]) == len(en_doc["scores"])
        assert len(de_doc["risks"]) == len(en_doc["risks"])

    crm = german[0][0]
    assert crm["options"][2]["name"] == "OpenLedger CRM (selbst betriebenes Open Source)"
    assert crm["options"][0]["costs"][0]["category"] == "subscription"
    group = crm["criteria_groups"][0]
    assert (group["name"], group["criteria"][0]["name"]) == (
        "Funktionale Eignung",
        "Konten- und Kontaktverwaltung",
    )
    assert crm["stakeholders"][1]["name"] == "Michael Richter"
    assert crm["stakeholders"][1]["title"] == "Finanzvorstand"
    risk = crm["risks"][0]
    assert (risk["category"], risk["title"], risk["status"]) == (
        "Sicherheit",
        "Sicherheitsfragebogen zurückerhalten und geprüft",
        "ok",
    )
    laptop = german[1][0]
    assert laptop["options"][0]["costs"][0]["label"] == "Laptop (Studentenpreis)"
    assert laptop["scores"][0]["evidence"].startswith("11 h 10 min im WLAN-Test")


def test_every_text_of_the_samples_has_its_german() -> None:
    german = _messages()
    missing = [
        text
        for _, document in sample_documents()
        for text in sample_texts(document)
        if (CONTEXT, text, "") not in german
    ]
    assert missing == []
