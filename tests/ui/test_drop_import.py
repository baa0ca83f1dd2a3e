"""Dropping an exported Excel workbook on the main window starts File ▸ Import from Excel with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from drops import drop_files

from ui.drop_import import install_drop_import
from ui.exchange import commands


@pytest.fixture
def imported(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    monkeypatch.setattr(commands, "import_from_excel", lambda _window, path: calls.append(Path(path)))
    return calls


def test_dropping_an_xlsx_calls_the_importer_with_it(
    window: Any, tmp_path: Path, imported: list[Path], qtbot: Any
) -> None:
    install_drop_import(window)
    returned = tmp_path / "CRM scored by Ana.xlsx"
    returned.write_bytes(b"PK")
    assert drop_files(window, [returned]) == (True, True)
    qtbot.waitUntil(lambda: imported == [returned])


@pytest.mark.parametrize("names", [["notes.txt"], ["a.xlsx", "b.xlsx"], ["folder.xlsx/"]])
def test_other_drops_are_refused(
    window: Any, tmp_path: Path, imported: list[Path], qtbot: Any, names: list[str]
) -> None:
    install_drop_import(window)
    paths = []
    for name in names:
        path = tmp_path / name.rstrip("/")
        path.mkdir() if name.endswith("/") else path.write_bytes(b"x")
        paths.append(path)
    assert drop_files(window, paths) == (False, False)
    qtbot.wait(20)
    assert imported == []


def test_without_a_workbook_open_nothing_is_accepted(
    make_window: Any, tmp_path: Path, imported: list[Path]
) -> None:
    window = make_window(None)
    install_drop_import(window)
    returned = tmp_path / "x.xlsx"
    returned.write_bytes(b"PK")
    assert drop_files(window, [returned]) == (False, False)
