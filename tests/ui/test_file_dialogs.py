"""File dialogs open in the folder the last file was chosen in, remembered across sessions (issue 21)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from ui import file_dialogs
from ui.settings import Settings


@pytest.fixture
def asked_in(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folder or path each dialog was opened at; every dialog answers with the path it was given."""
    Settings().set(file_dialogs.KEY, "")
    started: list[str] = []

    def dialog(_parent: Any, _caption: str, directory: str = "", _filters: str = "") -> tuple[str, str]:
        started.append(directory)
        return directory, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    return started


def test_the_next_dialog_opens_where_the_last_file_was_saved(asked_in: list[str], tmp_path: Path) -> None:
    file_dialogs.save_file_name(None, "Save", str(tmp_path / "report.pdf"))
    file_dialogs.open_file_name(None, "Open")
    assert asked_in[-1] == str(tmp_path)


def test_a_suggested_name_is_put_in_the_last_folder(asked_in: list[str], tmp_path: Path) -> None:
    file_dialogs.remember(str(tmp_path / "old.xlsx"))
    file_dialogs.save_file_name(None, "Save", "scores.png")
    assert asked_in[-1] == str(tmp_path / "scores.png")


def test_a_folder_that_is_gone_is_not_offered(asked_in: list[str], tmp_path: Path) -> None:
    file_dialogs.remember(str(tmp_path / "gone" / "old.xlsx"))
    file_dialogs.save_file_name(None, "Save", "scores.png")
    assert asked_in[-1] == "scores.png"


def test_the_chart_save_dialog_goes_through_the_remembered_folder(
    asked_in: list[str], tmp_path: Path
) -> None:
    from ui.views.charts.tab import ask_save_path

    file_dialogs.remember(str(tmp_path / "a.pdf"))
    assert ask_save_path(None, "Save chart", "scores.png", "png") == str(tmp_path / "scores.png")  # type: ignore[arg-type]
