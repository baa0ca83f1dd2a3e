"""Moving a workbook between SQLite and PostgreSQL: complete, verified, and the same ranking on both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from duediligence import cli
from duediligence.errors import WorkbookError
from duediligence.exchange.copying import copy_workbook, digest
from duediligence.operations.edits import AddRow
from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples


@pytest.fixture
def empty_pg(postgres_url: str) -> str:
    engine = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return postgres_url


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "w.db"
    db = Database.open(path)
    with db.transaction() as session:
        add_samples().apply(session)
    db.close()
    return path


def rank_json(target: str, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert cli.main(["rank", "1", "--db", target, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.postgres
def test_a_file_copied_to_postgresql_and_back_is_identical(
    sample_file: Path, empty_pg: str, tmp_path
) -> None:
    back = tmp_path / "back.db"
    copy_workbook(str(sample_file), empty_pg)
    report = copy_workbook(empty_pg, str(back))
    original, returned = Database.open(sample_file), Database.open(back)
    from duediligence.exchange.copying import _rows

    same = all(digest(_rows(original, t)) == digest(_rows(returned, t)) for t in report.tables)
    original.close()
    returned.close()
    assert same and report.evaluations == 2


@pytest.mark.postgres
def test_rank_gives_identical_results_on_both_engines(
    sample_file: Path, empty_pg: str, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_workbook(str(sample_file), empty_pg)
    assert rank_json(str(sample_file), capsys) == rank_json(empty_pg, capsys)


@pytest.mark.postgres
def test_new_rows_after_a_copy_to_postgresql_get_fresh_ids(sample_file: Path, empty_pg: str) -> None:
    copy_workbook(str(sample_file), empty_pg)
    db = Database.open(empty_pg)
    with db.transaction() as session:
        new_id = AddRow("option", 1, {"name": "Added after the move"}).apply(session).result
    db.close()
    assert new_id > 9


def test_copying_into_a_workbook_that_holds_evaluations_is_refused(sample_file: Path, tmp_path) -> None:
    other = tmp_path / "other.db"
    copy_workbook(str(sample_file), str(other))
    with pytest.raises(WorkbookError, match="already holds evaluations"):
        copy_workbook(str(sample_file), str(other))


def test_the_copy_command_reports_what_it_copied(
    sample_file: Path, tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["copy", "--from", str(sample_file), "--to", str(tmp_path / "c.db")]) == 0
    assert "Copied 2 evaluations" in capsys.readouterr().out
