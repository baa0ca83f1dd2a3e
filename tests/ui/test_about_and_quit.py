"""Help ▸ About names the version `duediligence --version` prints; the bundle's smoke test can open the
window and have it close by itself (DUEDILIGENCE_QUIT_AFTER_START)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from duediligence.storage.database import Database
from duediligence.version import app_version


def test_about_names_the_app_version(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.actions.about.trigger()
    assert len(shown) == 1
    assert f"Due-Diligence Workbook {app_version()}</h3>" in shown[0]


def test_quit_after_start_opens_the_workbook_then_closes_the_window(tmp_path: Path) -> None:
    workbook = tmp_path / "w.db"
    Database.open(workbook).close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "DUEDILIGENCE_QUIT_AFTER_START": "1",
    }
    done = subprocess.run(
        [sys.executable, "-m", "duediligence", "--db", str(workbook)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    settings = next((tmp_path / "config").rglob("*.conf")).read_text(encoding="utf-8")
    assert f"last={workbook}" in settings
    assert "geometry=" in settings  # saved by the window's closeEvent
