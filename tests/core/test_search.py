"""Search across evaluations: every place the text occurs, with the evaluation and a snippet."""

from __future__ import annotations

from pathlib import Path

from duediligence.operations.documents import insert_document
from duediligence.operations.evidence import AttachLink
from duediligence.reads.search import like_pattern, search, snippet
from duediligence.storage.database import Database

CRM = {
    "title": "CRM for sales",
    "need": "Customer records are spread over Excel files and mailboxes.",
    "options": [
        {"name": "Northwind CRM", "vendor": "Northwind Software GmbH", "notes": "Quote valid 100% net 30"},
        {"name": "Build in-house", "kind": "build"},
    ],
    "ungrouped_criteria": [{"name": "ERP connector"}],
    "scores": [
        {"option": "Northwind CRM", "criterion": "ERP connector", "value": 8, "evidence": "demo on 12 May"}
    ],
    "risks": [{"title": "Vendor lock-in through proprietary export", "kind": "risk"}],
    "change_notes": [{"noted_on": "2026-05-02", "text": "Sales team worried about double entry"}],
}


def fill(db: Database) -> tuple[int, int]:
    with db.transaction() as session:
        crm = insert_document(session, dict(CRM))
        chairs = insert_document(session, {"title": "Office chairs", "options": [{"name": "Aeron"}]})
        AttachLink(crm, "https://example.com/sla", "Northwind SLA").apply(session)
    return crm, chairs


def test_an_option_is_found_by_its_vendor(db: Database) -> None:
    crm, _ = fill(db)
    with db.reading() as session:
        (hit,) = search(session, "software gmbh")
    assert (hit.evaluation_id, hit.evaluation_title, hit.kind, hit.field, hit.label) == (
        crm,
        "CRM for sales",
        "option",
        "vendor",
        "Northwind CRM",
    )
    assert hit.option_id is not None and hit.snippet == "Northwind Software GmbH"


def test_every_kind_of_place_is_searched(db: Database) -> None:
    fill(db)
    with db.reading() as session:
        kinds = {text: [h.kind for h in search(session, text)] for text in (
            "excel files", "12 may", "lock-in", "double entry", "sla", "chairs"
        )}  # fmt: skip
    assert kinds == {
        "excel files": ["evaluation"],
        "12 may": ["score"],
        "lock-in": ["risk"],
        "double entry": ["change_note"],
        "sla": ["attachment"],
        "chairs": ["evaluation"],
    }


def test_wildcards_in_the_text_are_taken_literally(db: Database) -> None:
    fill(db)
    with db.reading() as session:
        assert [h.field for h in search(session, "100%")] == ["notes"]
        assert search(session, "%") == [] or all("%" in h.snippet for h in search(session, "%"))
        assert search(session, "_") == []
    assert like_pattern("a_b%c\\") == "%a\\_b\\%c\\\\%"


def test_empty_text_finds_nothing_and_the_limit_holds(db: Database) -> None:
    fill(db)
    with db.reading() as session:
        assert search(session, "   ") == []
        assert len(search(session, "n", limit=3)) == 3


def test_a_snippet_is_one_line_around_the_match() -> None:
    text = "word " * 40 + "the\nneedle here " + "tail " * 40
    cut = snippet(text, "NEEDLE", width=40)
    assert "needle" in cut and "\n" not in cut and cut.startswith("…") and cut.endswith("…")
    assert len(cut) <= 42


def test_search_runs_on_a_file_opened_again(db: Database, workbook_path: Path) -> None:
    fill(db)
    db.close()
    again = Database.open(workbook_path)
    try:
        with again.reading() as session:
            assert [h.label for h in search(session, "northwind")][:1] == ["Northwind CRM"]
    finally:
        again.close()
