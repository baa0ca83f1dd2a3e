"""The command line is a public interface: commands, exit codes and JSON keys stay as documented."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from duediligence import cli
from duediligence.operations.evaluations import CreateEvaluation
from duediligence.storage.database import Database


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [sys.executable, "-m", "duediligence", *args], capture_output=True, text=True, timeout=60, env=env
    )


def test_demo_then_list_json_prints_the_sample_evaluations(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    assert run_cli("demo", "--db", db).returncode == 0
    listed = run_cli("list", "--db", db, "--json")
    rows = json.loads(listed.stdout)
    assert len(rows) >= 2
    assert {"id", "title", "status"} <= set(rows[0])


def test_unknown_evaluation_is_one_line_on_stderr_with_exit_1(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    Database.open(db).close()
    result = run_cli("show", "No such thing", "--db", str(db))
    assert (result.returncode, result.stderr.count("\n"), "Traceback" in result.stderr) == (1, 1, False)


def test_usage_error_exits_2(tmp_path: Path) -> None:
    assert run_cli("show", "--db", str(tmp_path / "x.db")).returncode == 2


def test_db_option_is_accepted_before_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    assert cli.main(["--db", db, "demo"]) == 0
    assert cli.main(["--db", db, "list", "--json"]) == 0
    assert "Added" in capsys.readouterr().out


def test_show_accepts_the_exact_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.db"
    workbook = Database.open(db)
    with workbook.transaction() as session:
        CreateEvaluation("Family car").apply(session)
    workbook.close()
    assert cli.main(["show", "Family car", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Family car"


def test_show_json_holds_everything_the_evaluation_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.db")
    cli.main(["demo", "--db", db])
    capsys.readouterr()
    cli.main(["show", "1", "--db", db, "--json"])
    doc = json.loads(capsys.readouterr().out)
    lists = (
        "options",
        "criteria_groups",
        "scores",
        "risks",
        "stakeholders",
        "approvals",
        "change_notes",
        "actions",
    )
    assert set(lists) <= set(doc)


def test_two_evaluations_with_one_title_must_be_named_by_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.db"
    workbook = Database.open(db)
    with workbook.transaction() as session:
        CreateEvaluation("Laptop").apply(session)
        CreateEvaluation("Laptop").apply(session)
    workbook.close()
    assert cli.main(["show", "Laptop", "--db", str(db)]) == 1
    assert "name one by its id" in capsys.readouterr().err


def test_demo_adds_nothing_when_a_sample_is_invalid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from duediligence.templates import samples

    good = samples.sample_documents()
    broken = ("99-broken.json", {"title": "Broken", "options": [{"name": ""}]})
    monkeypatch.setattr(samples, "sample_documents", lambda: [*good, broken])
    db = str(tmp_path / "x.db")
    assert cli.main(["demo", "--db", db]) == 1
    assert "99-broken.json: options[0].name" in capsys.readouterr().err
    assert cli.main(["list", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_listing_a_text_file_fails_cleanly_and_leaves_it_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a workbook")
    assert cli.main(["list", "--db", str(path)]) == 1
    assert "is not a due-diligence workbook" in capsys.readouterr().err
    assert path.read_text() == "not a workbook"


def test_listing_a_missing_file_does_not_create_it(tmp_path: Path) -> None:
    assert cli.main(["list", "--db", str(tmp_path / "typo.db")]) == 1
    assert not (tmp_path / "typo.db").exists()
