"""Fixtures for UI tests: workbooks in tmp_path, a main window on them, and dialogs that never block."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from duediligence.operations.evaluations import CreateEvaluation
from duediligence.storage.database import Database
from ui import dialogs


@dataclass
class Workbook:
    path: Path
    ids: dict[str, int]


@dataclass
class Dialogs:
    """What the app asked or told the user; answers are set by each test."""

    errors: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    confirm_delete: bool = True
    offer_samples: bool = False
    offers: int = 0
    title: str | None = None


def create_workbook(path: Path) -> Workbook:
    """Three evaluations with known data, one of them archived."""
    db = Database.open(path)
    specs: list[tuple[str, dict[str, Any]]] = [
        ("CRM for sales", {"status": "evaluating", "budget": 12000.0}),
        ("Office chairs", {"status": "defining"}),
        ("Old printer", {"status": "decided", "archived": True}),
    ]
    ids = {}
    with db.transaction() as session:
        for title, values in specs:
            ids[title] = CreateEvaluation(title, values).apply(session).result
    db.close()
    return Workbook(path, ids)


@pytest.fixture
def workbook(tmp_path: Path) -> Workbook:
    return create_workbook(tmp_path / "w.db")


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    record = Dialogs()
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: record.errors.append((title, text)))
    monkeypatch.setattr(dialogs, "show_warning", lambda _p, t, text: record.warnings.append((t, text)))
    monkeypatch.setattr(dialogs, "confirm_delete", lambda *_a: record.confirm_delete)
    from ui.views.guide.new_evaluation_dialog import NewEvaluationDialog

    monkeypatch.setattr(
        NewEvaluationDialog,
        "ask",
        lambda _p, _templates, _problems=(): None if record.title is None else (None, record.title, False),
    )

    def offer(_parent: object) -> bool:
        record.offers += 1
        return record.offer_samples

    monkeypatch.setattr(dialogs, "offer_samples", offer)
    return record


@pytest.fixture
def make_window(qtbot: Any, asked: Dialogs) -> Iterator[Any]:
    """A factory: a shown main window with `path` opened (or nothing opened for None)."""
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.workbooks import open_workbook

    made: list[Any] = []

    def make(path: Path | None) -> MainWindow:
        context = AppContext()
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        if path is not None:
            open_workbook(window, path)
        made.append(window)
        return window

    yield make
    for window in made:
        window.context.close_workbook()


@pytest.fixture
def window(make_window: Any, workbook: Workbook) -> Any:
    return make_window(workbook.path)


@pytest.fixture(autouse=True, scope="session")
def _app_translators(qapp: Any) -> None:
    """The translators the app installs at start-up, in English: plurals read "1 person", "6 people"."""
    from PySide6.QtCore import QLocale

    from ui.translations import install_translators

    install_translators(qapp, QLocale(QLocale.Language.English))
