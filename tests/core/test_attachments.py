"""Evidence files and links kept inside the workbook: stored whole, listed without their bytes, opened
safely whatever their stored name says, and undone exactly."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import select

from duediligence.errors import EvidenceRefused, ValidationError
from duediligence.operations import evidence as attachments
from duediligence.operations.documents import insert_document
from duediligence.operations.evidence import AttachFile, AttachLink
from duediligence.operations.rows import DeleteRows
from duediligence.reads.evidence import (
    attachment_content,
    export_attachment,
    list_evidence,
    runs_code,
    safe_file_name,
    save_attachment,
)
from duediligence.storage.database import Database
from duediligence.storage.models import Attachment, Criterion, Option, RiskItem

DOC = {
    "title": "CRM",
    "options": [{"name": "Northwind", "vendor": "Northwind Software GmbH"}, {"name": "Build it"}],
    "ungrouped_criteria": [{"name": "Fit"}],
    "risks": [{"title": "Data stays in the EU", "kind": "checklist", "option": "Northwind"}],
}


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    with db.transaction() as session:
        eid = insert_document(session, dict(DOC))
        option = session.exec(select(Option).where(Option.name == "Northwind")).one()
        criterion = session.exec(select(Criterion)).one()
        risk = session.exec(select(RiskItem)).one()
        return {"evaluation": eid, "option": option.id, "criterion": criterion.id, "risk": risk.id}


def apply(db: Database, operation: Any) -> Any:
    with db.transaction() as session:
        return operation.apply(session)


def attachment_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.execute(text("SELECT count(*) FROM attachment")).scalar_one())


def test_a_20_mb_file_is_stored_whole_inside_the_one_workbook_file_and_undo_removes_it(
    db: Database, ids: dict[str, int], tmp_path: Path, workbook_path: Path
) -> None:
    data = os.urandom(20 * 1024 * 1024)
    source = tmp_path / "outside" / "Quote NW-2026-4471.pdf"
    source.parent.mkdir()
    source.write_bytes(data)
    applied = apply(db, AttachFile(ids["evaluation"], source, option_id=ids["option"], note="signed"))
    source.unlink()  # the workbook keeps its own copy

    with db.reading() as session:
        (row,) = list_evidence(session, ids["evaluation"])
        stored = attachment_content(session, row.id)
    assert (row.name, row.size, row.media_type, row.note) == (
        "Quote NW-2026-4471.pdf",
        len(data),
        "application/pdf",
        "signed",
    )
    assert row.sha256 == hashlib.sha256(data).hexdigest() == hashlib.sha256(stored).hexdigest()
    assert row.option_name == "Northwind" and row.target == "Northwind"
    assert not hasattr(row, "content")
    beside = {p.name for p in workbook_path.parent.iterdir()} - {"outside"}
    assert beside <= {workbook_path.name, f"{workbook_path.name}-wal", f"{workbook_path.name}-shm"}

    undone = apply(db, applied.inverse)
    assert attachment_count(db) == 0
    apply(db, undone.inverse)  # redo brings back the same bytes
    with db.reading() as session:
        assert attachment_content(session, applied.result) == data


def test_a_missing_file_is_refused_naming_it_and_nothing_is_stored(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    missing = tmp_path / "quote-from-acme.pdf"
    with pytest.raises(EvidenceRefused) as refused:
        apply(db, AttachFile(ids["evaluation"], missing))
    assert "quote-from-acme.pdf" in str(refused.value) and "no such file" in str(refused.value)
    assert attachment_count(db) == 0


def test_a_folder_is_refused(db: Database, ids: dict[str, int], tmp_path: Path) -> None:
    with pytest.raises(EvidenceRefused, match="folder"):
        apply(db, AttachFile(ids["evaluation"], tmp_path))


def test_a_file_over_the_limit_is_refused_with_its_size_and_the_limit(
    db: Database, ids: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attachments, "MAX_SIZE", 1024 * 1024)
    big = tmp_path / "scan.tiff"
    big.write_bytes(b"\0" * (1024 * 1024 + 1))
    with pytest.raises(EvidenceRefused) as refused:
        apply(db, AttachFile(ids["evaluation"], big))
    assert "scan.tiff" in str(refused.value) and "1.0 MB" in str(refused.value)
    assert attachment_count(db) == 0


def test_the_real_limit_is_50_mb() -> None:
    assert attachments.MAX_SIZE == 50 * 1024 * 1024


def test_a_file_attached_to_another_evaluations_option_is_refused(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    with db.transaction() as session:
        other = insert_document(session, {"title": "Chairs"})
    source = tmp_path / "a.txt"
    source.write_text("x")
    with pytest.raises(ValidationError, match="option"):
        apply(db, AttachFile(other, source, option_id=ids["option"]))


@pytest.mark.parametrize(
    ("stored_name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("..", "attachment-7"),
        ("C:\\Windows\\system32\\evil.exe", "evil.exe"),
        ("quote\n\x00.pdf", "quote.pdf"),
        ("CON.txt", "attachment-7-CON.txt"),
        ("what?*<>.pdf", "what____.pdf"),
    ],
)
def test_stored_names_never_become_paths(stored_name: str, expected: str) -> None:
    assert safe_file_name(stored_name, "attachment-7") == expected


def test_a_hostile_stored_name_exports_inside_the_folder(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    source = tmp_path / "x.txt"
    source.write_bytes(b"evidence")
    new_id = apply(db, AttachFile(ids["evaluation"], source)).result
    with db.transaction() as session:
        session.get(Attachment, new_id).name = "../../etc/passwd"  # as a hostile or damaged file might hold
    folder = tmp_path / "open"
    with db.reading() as session:
        first = export_attachment(session, new_id, folder)
        second = export_attachment(session, new_id, folder)
    assert first.parent == folder.resolve() and first.name == "passwd.txt"
    assert second.parent == folder.resolve() and second.name == "passwd (2).txt"
    assert first.read_bytes() == b"evidence"
    assert not (tmp_path / "etc").exists()


def test_a_name_without_extension_gets_one_from_its_media_type() -> None:
    assert safe_file_name("Quote", "a", "application/pdf") == "Quote.pdf"


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "file:///etc/passwd", "https://", "data:text/html,hi", "", "http://a b"]
)
def test_links_other_than_web_and_mail_are_refused(db: Database, ids: dict[str, int], url: str) -> None:
    with pytest.raises(EvidenceRefused):
        apply(db, AttachLink(ids["evaluation"], url))
    assert attachment_count(db) == 0


def test_a_link_is_kept_with_its_title_and_has_no_file(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    applied = apply(
        db,
        AttachLink(
            ids["evaluation"],
            " https://northwind.example.com/trust ",
            "Trust centre",
            option_id=ids["option"],
            criterion_id=ids["criterion"],
        ),
    )
    with db.reading() as session:
        (row,) = list_evidence(session, ids["evaluation"])
        assert (row.name, row.url, row.is_link, row.target) == (
            "Trust centre",
            "https://northwind.example.com/trust",
            True,
            "Northwind × Fit",
        )
        with pytest.raises(EvidenceRefused, match="link"):
            export_attachment(session, applied.result, tmp_path)
    apply(db, AttachLink(ids["evaluation"], "mailto:lena.vogt@example.com", risk_id=ids["risk"]))
    with db.reading() as session:
        rows = list_evidence(session, ids["evaluation"])
        assert rows[1].target == "Northwind · checklist: Data stays in the EU"
        assert [r.id for r in list_evidence(session, ids["evaluation"], risk_id=ids["risk"])] == [rows[1].id]


def test_removing_evidence_is_undone_with_its_bytes(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    source = tmp_path / "photo.png"
    source.write_bytes(b"\x89PNG...")
    new_id = apply(db, AttachFile(ids["evaluation"], source)).result
    removed = apply(db, DeleteRows("attachment", (new_id,)))
    assert attachment_count(db) == 0
    apply(db, removed.inverse)
    with db.reading() as session:
        assert attachment_content(session, new_id) == b"\x89PNG..."


def test_deleting_an_option_takes_its_evidence_and_undo_brings_it_back(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    source = tmp_path / "quote.pdf"
    source.write_bytes(b"%PDF-1.7")
    new_id = apply(db, AttachFile(ids["evaluation"], source, option_id=ids["option"])).result
    removed = apply(db, DeleteRows("option", (ids["option"],)))
    assert attachment_count(db) == 0
    apply(db, removed.inverse)
    with db.reading() as session:
        assert attachment_content(session, new_id) == b"%PDF-1.7"


def test_files_that_run_code_when_opened_are_recognised() -> None:
    assert runs_code("setup.EXE") and runs_code("install.sh")
    assert not runs_code("quote.pdf") and not runs_code("README")


def test_saving_a_copy_writes_the_bytes_where_the_user_chose(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    source = tmp_path / "contract.pdf"
    source.write_bytes(b"%PDF contract")
    new_id = apply(db, AttachFile(ids["evaluation"], source)).result
    with db.reading() as session:
        saved = save_attachment(session, new_id, tmp_path / "copy.pdf")
    assert saved.read_bytes() == b"%PDF contract"


def test_a_private_export_is_readable_by_this_user_only(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    import stat

    source = tmp_path / "contract.pdf"
    source.write_bytes(b"%PDF contract")
    new_id = apply(db, AttachFile(ids["evaluation"], source)).result
    with db.reading() as session:
        copy = export_attachment(session, new_id, tmp_path / "open", private=True)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_cleaning_opened_copies_removes_those_of_finished_processes_only(tmp_path: Path) -> None:
    import os

    from duediligence.reads.evidence import clean_opened_copies, opened_copies_folder

    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    gone = opened_copies_folder(tmp_path, pid)
    (gone / "left.pdf").write_bytes(b"x")
    mine = opened_copies_folder(tmp_path)
    (mine / "open.pdf").write_bytes(b"y")
    assert (clean_opened_copies(tmp_path), sorted(p.name for p in tmp_path.iterdir())) == (
        [gone],
        [str(os.getpid())],
    )
