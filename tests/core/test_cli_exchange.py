"""`duediligence export` and `import`: the command-line contract for sharing workbooks."""

from __future__ import annotations

from pathlib import Path

import pytest
from xlsx_support import document, edit_cells, workbook_with_samples

from duediligence import cli


@pytest.fixture
def shared(tmp_path: Path):
    db, ids = workbook_with_samples(tmp_path / "w.db")
    db.close()
    out = tmp_path / "crm.xlsx"
    assert cli.main(["export", str(ids[0]), "--db", str(tmp_path / "w.db"), "--out", str(out)]) == 0
    return tmp_path / "w.db", ids[0], out


def criterion_weight(path: Path, evaluation_id: int) -> tuple[int, float]:
    from duediligence.storage.database import Database

    db = Database.open(path)
    criterion = document(db, evaluation_id)["criteria_groups"][0]["criteria"][0]
    db.close()
    return criterion["id"], criterion["weight"]


def test_dry_run_lists_the_change_and_writes_nothing(shared, capsys: pytest.CaptureFixture[str]) -> None:
    path, eid, out = shared
    criterion_id, weight = criterion_weight(path, eid)
    edit_cells(out, [("Matrix", criterion_id, "Weight", weight + 5)])
    assert cli.main(["import", str(out), "--db", str(path), "--dry-run"]) == 0
    assert "Dry run: nothing was written." in capsys.readouterr().out
    assert criterion_weight(path, eid)[1] == weight


def test_import_applies_an_edited_weight(shared) -> None:
    path, eid, out = shared
    criterion_id, weight = criterion_weight(path, eid)
    edit_cells(out, [("Matrix", criterion_id, "Weight", weight + 5)])
    assert cli.main(["import", str(out), "--db", str(path)]) == 0
    assert criterion_weight(path, eid)[1] == weight + 5


def test_importing_a_file_that_is_not_a_workbook_is_one_line_and_exit_1(
    shared, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _eid, _out = shared
    junk = tmp_path / "notes.xlsx"
    junk.write_text("not a spreadsheet")
    assert cli.main(["import", str(junk), "--db", str(path)]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_export_of_an_unknown_evaluation_fails_cleanly(shared, tmp_path: Path) -> None:
    path, _eid, _out = shared
    assert cli.main(["export", "No such thing", "--db", str(path), "--out", str(tmp_path / "x.xlsx")]) == 1
    assert not (tmp_path / "x.xlsx").exists()
