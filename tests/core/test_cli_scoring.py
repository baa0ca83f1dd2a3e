"""`duediligence scoring-sheets` and `import-scores`: the command-line contract for scoring rounds."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_scoring_sheets import fill, stored
from xlsx_support import workbook_with_samples

from duediligence import cli
from duediligence.storage.database import Database

TITLE = "CRM for sales and customer service"
FIRST, SECOND = "Account and contact management", "Pipeline and renewal forecasting"  # 0-10 scales
NORTHWIND, BRIGHTPATH = "Northwind CRM Cloud", "Brightpath Sales Suite"


@pytest.fixture
def crm(tmp_path: Path) -> tuple[Path, int]:
    db, ids = workbook_with_samples(tmp_path / "w.db")
    db.close()
    return tmp_path / "w.db", ids[0]


def send(crm: tuple[Path, int], folder: Path, *names: str) -> int:
    path, eid = crm
    evaluators = [arg for name in names for arg in ("--evaluator", name)]
    return cli.main(["scoring-sheets", str(eid), *evaluators, "--out", str(folder), "--db", str(path)])


def sheet_of(folder: Path, name: str) -> Path:
    return folder / f"{TITLE} - scoring - {name}.xlsx"


def scores(crm: tuple[Path, int], evaluator: str | None = None) -> dict:
    db = Database.open(crm[0])
    try:
        return stored(db, evaluator)
    finally:
        db.close()


def import_scores(crm: tuple[Path, int], *files: Path, dry_run: bool = False) -> int:
    return cli.main(
        ["import-scores", *map(str, files), "--db", str(crm[0]), *(["--dry-run"] if dry_run else [])]
    )


def test_one_sheet_per_evaluator_is_written_into_the_folder_and_named(
    crm, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "round 1"
    assert send(crm, out, "Anna Berg", "Ben  Ortiz", "anna berg") == 0
    assert sorted(p.name for p in out.iterdir()) == [
        sheet_of(out, "Anna Berg").name,
        sheet_of(out, "Ben Ortiz").name,
    ]
    assert capsys.readouterr().out.splitlines() == [
        f"Wrote the scoring sheet for Anna Berg to {sheet_of(out, 'Anna Berg')}.",
        f"Wrote the scoring sheet for Ben Ortiz to {sheet_of(out, 'Ben Ortiz')}.",
    ]


def test_a_sheet_already_in_the_folder_is_never_overwritten(crm, tmp_path: Path) -> None:
    assert send(crm, tmp_path, "Anna Berg") == 0
    fill(sheet_of(tmp_path, "Anna Berg"), {(0, 0): 7})
    before = sheet_of(tmp_path, "Anna Berg").read_bytes()
    assert send(crm, tmp_path, "Anna Berg") == 0
    assert sheet_of(tmp_path, "Anna Berg").read_bytes() == before
    assert (tmp_path / f"{TITLE} - scoring - Anna Berg (2).xlsx").exists()


def test_an_empty_evaluator_name_writes_nothing_and_exits_1(
    crm, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert send(crm, tmp_path / "out", "Anna Berg", " ") == 1
    assert not (tmp_path / "out").exists()
    assert capsys.readouterr().err == (
        "duediligence: Cannot export: the evaluator's name cannot be empty. No file was written.\n"
    )


def test_scoring_sheets_without_an_evaluator_is_a_usage_error(crm, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        send(crm, tmp_path)
    assert exited.value.code == 2


def test_scoring_sheets_of_an_unknown_evaluation_exits_1(crm, tmp_path: Path) -> None:
    assert (
        cli.main(
            ["scoring-sheets", "No such", "--evaluator", "A", "--out", str(tmp_path), "--db", str(crm[0])]
        )
        == 1
    )


def test_a_dry_run_says_what_it_would_import_and_stores_nothing(
    crm, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    send(crm, tmp_path, "Anna Berg")
    fill(sheet_of(tmp_path, "Anna Berg"), {(0, 0): 7, (1, 1): "6.5"}, {(0, 0): "Strong hierarchy"})
    capsys.readouterr()
    assert import_scores(crm, sheet_of(tmp_path, "Anna Berg"), dry_run=True) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{sheet_of(tmp_path, 'Anna Berg').name}: would import 2 score(s) from Anna Berg for “{TITLE}”.",
        f"  added: {FIRST} × {NORTHWIND}: 7, note “Strong hierarchy”.",
        f"  added: {SECOND} × {BRIGHTPATH}: 6.5.",
        "Dry run: nothing was written.",
    ]
    assert scores(crm) == {}


def test_import_stores_the_scores_then_the_same_sheet_again_is_no_changes(
    crm, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    send(crm, tmp_path, "Anna Berg")
    fill(sheet_of(tmp_path, "Anna Berg"), {(0, 0): 7})
    assert import_scores(crm, sheet_of(tmp_path, "Anna Berg")) == 0
    assert (
        capsys.readouterr()
        .out.splitlines()[-1]
        .startswith("Imported. A backup taken before the import is at ")
    )
    assert list(scores(crm, "Anna Berg").values()) == [(7.0, "")]
    assert import_scores(crm, sheet_of(tmp_path, "Anna Berg")) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{sheet_of(tmp_path, 'Anna Berg').name}: No changes: "
        "the workbook already holds these scores from Anna Berg.",
        "No changes: the workbook already holds these scores.",
    ]


def test_a_second_sheet_lists_each_changed_and_removed_score(
    crm, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    send(crm, tmp_path, "Anna Berg")
    fill(sheet_of(tmp_path, "Anna Berg"), {(0, 0): 7, (1, 0): 8})
    import_scores(crm, sheet_of(tmp_path, "Anna Berg"))
    send(crm, tmp_path, "Anna Berg")
    again = tmp_path / f"{TITLE} - scoring - Anna Berg (2).xlsx"
    fill(again, {(0, 0): 7.5})
    capsys.readouterr()
    assert import_scores(crm, again) == 0
    assert capsys.readouterr().out.splitlines()[:3] == [
        f"{again.name}: 1 score(s) from Anna Berg for “{TITLE}”, replacing the 2 stored before.",
        f"  changed: {FIRST} × {NORTHWIND}: 7 → 7.5.",
        f"  removed: {SECOND} × {NORTHWIND} (was 8).",
    ]
    assert list(scores(crm, "Anna Berg").values()) == [(7.5, "")]


def test_a_refused_cell_is_named_and_no_file_of_the_call_is_imported(
    crm, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    send(crm, tmp_path, "Anna Berg", "Ben Ortiz")
    fill(sheet_of(tmp_path, "Anna Berg"), {(0, 0): 7, (1, 0): 11})
    fill(sheet_of(tmp_path, "Ben Ortiz"), {(0, 0): 5})
    capsys.readouterr()
    assert import_scores(crm, sheet_of(tmp_path, "Anna Berg"), sheet_of(tmp_path, "Ben Ortiz")) == 1
    said = capsys.readouterr()
    assert f"  refused: Scores, cell E7 ({SECOND} × {NORTHWIND}): 11 is outside the scale 0 to 10" in said.out
    assert (
        said.err
        == "duediligence: 1 value(s) cannot be imported (see the refused lines); nothing was imported.\n"
    )
    assert scores(crm) == {}


def test_two_sheets_of_one_evaluator_in_one_call_are_refused(
    crm, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    send(crm, tmp_path, "Anna Berg")
    send(crm, tmp_path, "Anna Berg")
    both = sheet_of(tmp_path, "Anna Berg"), tmp_path / f"{TITLE} - scoring - Anna Berg (2).xlsx"
    fill(both[0], {(0, 0): 7})
    capsys.readouterr()
    assert import_scores(crm, *both) == 1
    assert f"{both[0].name} and {both[1].name} both hold Anna Berg's scores" in capsys.readouterr().err
    assert scores(crm) == {}


def test_a_file_that_is_not_a_scoring_sheet_is_one_line_and_exit_1(
    crm, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "notes.xlsx"
    junk.write_text("not a spreadsheet")
    assert import_scores(crm, junk) == 1
    assert capsys.readouterr().err.count("\n") == 1
