"""An edit the database cannot store (another program holds the workbook busy; the disk is full) is shown
where it was attempted, saying what to do; nothing is stored, and once the cause is gone the same edit is
stored: every editor's submit path, the Overview and review forms, the decide dialog and undo."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import roundtrip as rt
from editing import locale
from services import require_integration

import duediligence.storage.engine
from duediligence.storage.concurrency import last_change_id
from ui import dialogs

BUSY = "kept it busy for more than 5 seconds: try again in a moment"
FULL = "the disk is full. Free some space on that disk, then try again"


@dataclass
class Told:
    messages: list[str] = field(default_factory=list)


@dataclass
class Window:
    main: Any
    path: Path
    told: Told

    def version(self) -> int:
        return int(self.main.context.read(last_change_id))


def _cell(key: tuple[str, str], text: str, pick: Callable[[Any, int], bool] = lambda _m, _r: True) -> Any:
    def edit(window: Window) -> None:
        columns = rt.editable_columns(window.main)[key]
        column, row = next((c, r) for c in columns for r in c.rows() if pick(c.model, r))
        rt.type_into_cell(window.main, column, row, text)

    return edit


def _field(name: str, text: str) -> Any:
    def edit(window: Window) -> None:
        rt.type_into_field(window.main, rt.form_fields(window.main)[name], text)

    return edit


def _decide(window: Window) -> None:
    from ui.views.people.decide import DecideDialog

    dialog = DecideDialog(window.main.context, window.main.evaluations.current_id())
    dialog.option.setCurrentIndex(1)
    dialog.rationale.setPlainText("Best fit at the lowest risk")
    dialog.override.setPlainText("The budget holder agreed by phone")
    dialog.accept()
    if dialog.error.isVisible() or not dialog.error.isHidden():
        window.told.messages.append(dialog.error.text())
    dialog.close()


def _combine(window: Window) -> None:
    """The Evaluators dialog's choice of how to combine evaluators' scores, changed and kept open."""
    from ui.exchange.evaluators_dialog import EvaluatorsDialog

    dialog = EvaluatorsDialog(window.main.context, window.main.evaluations.current_id(), window.main)
    box = dialog.combination
    box.setCurrentIndex((box.currentIndex() + 1) % box.count())
    box.activated.emit(box.currentIndex())
    dialog.close()


def _zero_to_ten(model: Any, row: int) -> bool:
    return model.criteria[row].scale == "0-10"


# Each way an edit reaches the database, by the submit helper it goes through.
EDITS = {
    "options table (Submitter)": _cell(("OptionsModel", "NAME"), "Northwind CRM"),
    "risk register (Submitter)": _cell(("RiskRegisterModel", "TITLE"), "Reps keep the spreadsheet"),
    "stakeholders (Submitter)": _cell(("StakeholdersModel", "name"), "Katrin Weber-Lang"),
    "score matrix (Submitter)": _cell(("ScoreMatrixModel", "score"), "1", _zero_to_ten),
    "criteria (Submitter)": _cell(("CriteriaModel", "WEIGHT"), "9"),
    "overview (OverviewEditor)": _field("OverviewEditor.budget", "4321"),
    "purchase review (DecisionPanel)": _field("DecisionPanel.actual_cost", "4321"),
    "decide dialog (DecideDialog)": _decide,
    "evaluators dialog (EvaluatorsDialog)": _combine,
}


def _open(path: Path, told: Told, patch: pytest.MonkeyPatch) -> Any:
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.workbooks import open_workbook

    evaluation_id = rt.make_workbook(path)
    patch.setattr(duediligence.storage.engine, "BUSY_TIMEOUT_MS", 100)  # a locked workbook fails in 0.1 s
    patch.setattr(dialogs, "show_warning", lambda _p, _title, text: told.messages.append(text))
    patch.setattr(dialogs, "show_error", lambda _p, _title, text: told.messages.append(text))
    main = MainWindow(AppContext())
    main.resize(1500, 950)
    main.show()
    open_workbook(main, path)
    main.evaluations.select(evaluation_id)
    rt.visit_every_page(main)
    return main


@pytest.fixture(scope="module")
def window(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Window]:
    told = Told()
    with locale("en_GB"), pytest.MonkeyPatch.context() as patch:
        main = _open(tmp_path_factory.mktemp("locked") / "w.db", told, patch)
        yield Window(main, Path(main.context.db.path), told)
        main.context.close_workbook()
        main.close()


@contextmanager
def write_lock(path: Path) -> Iterator[None]:
    """Another connection holding a write transaction on the workbook, as a colleague's app would."""
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def _attempt(window: Window, edit: Callable[[Window], None], expected: str) -> None:
    """The edit fails with a message saying `expected` and stores nothing."""
    window.told.messages.clear()
    before = window.version()
    with locale("en_GB"):
        edit(window)
        rt.settle()
    assert window.version() == before
    assert len(window.told.messages) == 1 and expected in window.told.messages[0], window.told.messages


def _works(window: Window, edit: Callable[[Window], None]) -> None:
    """The same edit is stored once the cause is gone: the window kept working."""
    window.told.messages.clear()
    before = window.version()
    with locale("en_GB"):
        edit(window)
        rt.settle()
    assert not window.told.messages and window.version() > before


@pytest.mark.parametrize("name", list(EDITS))
def test_an_edit_while_another_program_holds_the_workbook_says_so_and_stores_nothing(
    qtbot: Any, window: Window, name: str
) -> None:
    with write_lock(window.path):
        _attempt(window, EDITS[name], BUSY)
    _works(window, EDITS[name])


def test_an_undo_while_the_workbook_is_busy_says_so_and_changes_nothing(qtbot: Any, window: Window) -> None:
    _works(window, _field("OverviewEditor.budget", "2345"))
    with write_lock(window.path):
        _attempt(window, lambda w: w.main.context.undo_stack.undo(), BUSY)
    _works(window, _field("OverviewEditor.budget", "3456"))


def test_an_undo_that_failed_for_a_busy_workbook_can_be_tried_again(qtbot: Any, window: Window) -> None:
    from helpers import stored

    stack = window.main.context.undo_stack
    crm = window.main.evaluation_view.evaluation_id
    before = stored(window.path, crm).budget
    _works(window, _field("OverviewEditor.budget", "2345"))
    with write_lock(window.path):
        _attempt(window, lambda w: stack.undo(), BUSY)
    qtbot.waitUntil(lambda: stack.canUndo() and stack.undoText().endswith("budget"))
    stack.undo()
    assert stored(window.path, crm).budget == before


def test_an_unexpected_error_in_an_edit_is_shown_as_a_sentence_and_stores_nothing(
    qtbot: Any, window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    import duediligence.storage.unit_of_work

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setattr(duediligence.storage.unit_of_work, "apply_logged", broken)
    unexpected = "Nothing was stored: something unexpected went wrong (RuntimeError: a bug)"
    _attempt(window, _cell(("OptionsModel", "NAME"), "Northwind CRM Cloud 2"), unexpected)
    _attempt(window, _cell(("ScoreMatrixModel", "score"), "2", _zero_to_ten), unexpected)


# ---------------------------------------------------------------- a full disk


@pytest.fixture(scope="module")
def small_disk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """An 8 MB file system of its own (tmpfs), so the test can fill it."""
    folder = tmp_path_factory.mktemp("small-disk")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        require_integration("tmpfs", f"cannot mount a tmpfs (root needed): {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture(scope="module")
def full_window(qapp: Any, small_disk: Path) -> Iterator[Window]:
    told = Told()
    with locale("en_GB"), pytest.MonkeyPatch.context() as patch:
        main = _open(small_disk / "w.db", told, patch)
        yield Window(main, small_disk / "w.db", told)
        main.context.close_workbook()
        main.close()


@contextmanager
def disk_full(folder: Path) -> Iterator[None]:
    """Every free byte of `folder`'s file system taken by a filler file, freed afterwards."""
    filler = folder / "filler"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (1 << 16, 1 << 12, 1):
            try:
                while True:
                    os.write(handle, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(handle)
    try:
        yield
    finally:
        filler.unlink()


@pytest.mark.parametrize("name", list(EDITS))
def test_an_edit_on_a_full_disk_says_so_and_stores_nothing(
    qtbot: Any, full_window: Window, name: str
) -> None:
    with disk_full(full_window.path.parent):
        _attempt(full_window, EDITS[name], FULL)
    _works(full_window, EDITS[name])
