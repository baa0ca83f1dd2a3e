"""`duediligence backup` and `duediligence restore`: whole copies through SQLite, exit codes 0 / 1 / 2."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from faults import as_ordinary_user, files_in

from duediligence import cli
from duediligence.operations.evaluations import CreateEvaluation, UpdateEvaluation
from duediligence.storage.backups import list_backups
from duediligence.storage.database import Database


def title(path: Path) -> str:
    with sqlite3.connect(path) as con:
        found = con.execute("SELECT title FROM evaluation WHERE id = 1").fetchone()[0]
    con.close()
    return str(found)


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    path = tmp_path / "crm.db"
    db = Database.open(path)
    with db.transaction() as session:
        CreateEvaluation("CRM").apply(session)
    db.close()
    return path


def retitle(path: Path, new: str) -> None:
    db = Database.open(path)
    with db.transaction() as session:
        UpdateEvaluation(1, {"title": new}).apply(session)
    db.close()


def test_backup_prints_the_path_of_a_whole_backup_in_the_backups_folder(
    workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["backup", "--db", str(workbook)]) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert (printed, title(printed)) == (list_backups(workbook)[0].path, "CRM")
    assert list_backups(workbook)[0].reason == "manual"


def test_backup_of_a_workbook_open_elsewhere_holds_its_last_commit(
    workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database.open(workbook)  # the app has it open: the change sits in the -wal
    with db.transaction() as session:
        UpdateEvaluation(1, {"title": "Only in the log"}).apply(session)
    try:
        assert cli.main(["backup", "--db", str(workbook), "--out", str(tmp_path / "copy.db")]) == 0
    finally:
        db.close()
    assert (capsys.readouterr().out.strip(), title(tmp_path / "copy.db")) == (
        str(tmp_path / "copy.db"),
        "Only in the log",
    )


def test_backup_never_overwrites_an_existing_file(
    workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taken = tmp_path / "taken.db"
    taken.write_text("keep me")
    assert cli.main(["backup", "--db", str(workbook), "--out", str(taken)]) == 1
    assert ("already exists" in capsys.readouterr().err, taken.read_text()) == (True, "keep me")


def test_backup_of_a_missing_workbook_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["backup", "--db", str(tmp_path / "absent.db")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_restore_brings_back_the_backups_content_and_backs_up_the_state_it_replaced(
    workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(["backup", "--db", str(workbook)])
    backup = Path(capsys.readouterr().out.strip())
    retitle(workbook, "Changed later")
    assert cli.main(["restore", str(backup), "--db", str(workbook)]) == 0
    printed = capsys.readouterr().out
    safety = list_backups(workbook)[0]
    assert (title(workbook), safety.reason, title(safety.path)) == ("CRM", "before-restore", "Changed later")
    assert f"Restored {workbook} from {backup}." in printed and str(safety.path) in printed


def test_restore_from_a_file_that_is_not_a_backup_exits_1_and_changes_nothing(
    workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not a backup")
    before = workbook.read_bytes()
    assert cli.main(["restore", str(junk), "--db", str(workbook)]) == 1
    assert ("not a due-diligence workbook" in capsys.readouterr().err, workbook.read_bytes()) == (
        True,
        before,
    )


def test_restore_over_a_damaged_workbook_keeps_the_damaged_file_aside(
    workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(["backup", "--db", str(workbook)])
    backup = capsys.readouterr().out.strip()
    workbook.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)
    assert cli.main(["restore", backup, "--db", str(workbook)]) == 0
    assert (title(workbook), "was damaged" in capsys.readouterr().out) == ("CRM", True)
    assert len([n for n in files_in(workbook.parent) if ".damaged-" in n]) == 1


def test_restore_without_a_backup_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as usage:
        cli.main(["restore"])
    assert usage.value.code == 2


def test_list_of_a_workbook_in_a_read_only_folder_shows_its_evaluations(
    workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook.parent.chmod(0o555)
    try:
        with as_ordinary_user():
            assert cli.main(["list", "--db", str(workbook)]) == 0
    finally:
        workbook.parent.chmod(0o755)
    assert "CRM" in capsys.readouterr().out


def test_an_edit_of_a_workbook_in_a_read_only_folder_exits_1_saying_read_only(
    workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook.parent.chmod(0o555)
    try:
        with as_ordinary_user():
            assert cli.main(["demo", "--db", str(workbook)]) == 1
    finally:
        workbook.parent.chmod(0o755)
    err = capsys.readouterr().err
    assert (err.count("\n"), "read-only" in err, "Traceback" in err) == (1, True, False)


def test_a_command_on_a_copy_missing_its_log_warns_on_stderr_and_still_works(
    workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    db = Database.open(workbook)
    (tmp_path / "usb").mkdir()
    shutil.copyfile(workbook, tmp_path / "usb" / "crm.db")
    db.close()
    assert cli.main(["list", "--db", str(tmp_path / "usb" / "crm.db")]) == 0
    captured = capsys.readouterr()
    assert ("CRM" in captured.out, "warning: crm.db was not closed properly" in captured.err) == (True, True)
