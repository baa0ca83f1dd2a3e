"""`duediligence export` and `import`: the command-line contract for sharing workbooks."""

from __future__ import annotations

from pathlib import Path

import pytest
from xlsx_support import document, edit_cells, matrix_row, workbook_with_samples

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


def import_output(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["import", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_dry_run_says_what_it_would_import_and_never_that_it_imported(
    shared, capsys: pytest.CaptureFixture[str]
) -> None:
    path, eid, out = shared
    criterion_id, weight = criterion_weight(path, eid)
    edit_cells(out, [("Matrix", criterion_id, "Weight", weight + 5)])
    code, printed, _ = import_output(capsys, str(out), "--db", str(path), "--dry-run")
    assert code == 0
    assert printed.splitlines()[0] == (
        f"'CRM for sales and customer service': would import 1 change into evaluation {eid} "
        "(exported from this workbook)."
    )
    assert printed.splitlines()[-1] == "Dry run: nothing was written."
    assert "imported" not in printed.lower()


def test_an_applied_import_says_imported(shared, capsys: pytest.CaptureFixture[str]) -> None:
    path, eid, out = shared
    criterion_id, weight = criterion_weight(path, eid)
    edit_cells(out, [("Matrix", criterion_id, "Weight", weight + 5)])
    code, printed, _ = import_output(capsys, str(out), "--db", str(path))
    assert code == 0
    assert printed.splitlines()[0] == (
        f"'CRM for sales and customer service': imported 1 change into evaluation {eid} "
        "(exported from this workbook)."
    )
    assert printed.splitlines()[-1].startswith("Imported. A backup taken before the import is at ")


def test_a_file_that_changes_nothing_says_no_changes(shared, capsys: pytest.CaptureFixture[str]) -> None:
    path, eid, out = shared
    for extra in ([], ["--dry-run"]):
        code, printed, _ = import_output(capsys, str(out), "--db", str(path), *extra)
        assert code == 0
        assert printed.splitlines() == [
            f"'CRM for sales and customer service': No changes: the file and evaluation {eid} agree."
        ]


def conflicting(path: Path, eid: int, out: Path) -> tuple[int, float]:
    """The app sets the first weight to 4 after the export; the file sets it to 6."""
    from duediligence.operations.edits import UpdateRow
    from duediligence.storage.database import Database

    criterion_id, weight = criterion_weight(path, eid)
    db = Database.open(path)
    with db.transaction() as session:
        UpdateRow("criterion", criterion_id, {"weight": 4}).apply(session)
    db.close()
    edit_cells(out, [("Matrix", criterion_id, "Weight", 6)])
    return criterion_id, weight


@pytest.mark.parametrize(
    ("side", "said", "kept"),
    [
        ("file", "conflict, theirs won: {place}: the file's 6 replaces the app's 4 (exported: 3).", 6),
        (
            "app",
            "conflict, ours won: {place}: the app's 4 stays; the file's 6 is not imported (exported: 3).",
            4,
        ),
    ],
)
def test_conflicts_say_which_side_won_and_the_values(
    shared, capsys: pytest.CaptureFixture[str], side: str, said: str, kept: float
) -> None:
    path, eid, out = shared
    conflicting(path, eid, out)
    code, printed, _ = import_output(capsys, str(out), "--db", str(path), "--conflicts", side)
    place = f"Matrix!G{matrix_row(out)} (Account and contact management, Weight)"
    assert code == 0
    assert f"  {said.format(place=place)}" in printed.splitlines()
    assert criterion_weight(path, eid)[1] == kept


def test_an_open_conflict_is_refused_with_exit_1_and_says_how_to_choose(
    shared, capsys: pytest.CaptureFixture[str]
) -> None:
    path, eid, out = shared
    conflicting(path, eid, out)
    code, printed, err = import_output(capsys, str(out), "--db", str(path))
    assert code == 1
    assert (
        f"  conflict, not decided: Matrix!G{matrix_row(out)} (Account and contact management, Weight): "
        "exported 3, "
        "since then the app has 4 and the file has 6; choose with --conflicts app or --conflicts file."
    ) in printed.splitlines()
    assert "nothing was imported" in err


def test_a_file_from_another_workbook_is_a_new_evaluation_listing_its_contents_as_additions(
    shared, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, eid, out = shared
    criterion_id, _ = criterion_weight(path, eid)
    edit_cells(out, [("Matrix", criterion_id, "Weight", 5)])
    other, _ = workbook_with_samples(tmp_path / "other.db")
    other.close()
    code, printed, _ = import_output(capsys, str(out), "--db", str(tmp_path / "other.db"), "--dry-run")
    shown = printed.splitlines()
    assert code == 0
    assert shown[0] == (
        "'CRM for sales and customer service': would import as a new evaluation "
        "(exported from another workbook file)."
    )
    first = matrix_row(out)
    assert f"  added: Matrix, row {first} (Account and contact management): new criterion, weight 5." in shown
    assert "  added: Options, row 2 (Northwind CRM Cloud): new option." in shown
    assert not [line for line in shown if line.startswith(("  changed", "  removed"))]
