"""Files that are not usable workbooks are refused with a message, untouched, and never crash the app."""

from __future__ import annotations

import sqlite3

import pytest
from helpers import stored_titles

from duediligence.storage.database import Database
from ui.workbooks import open_workbook


def _text_file(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("shopping list: milk, eggs\n")
    return path


def _corrupt_file(tmp_path):
    path = tmp_path / "broken.db"
    Database.open(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the schema page
    path.write_bytes(bytes(data))
    return path


def _newer_file(tmp_path):
    path = tmp_path / "newer.db"
    Database.open(path).close()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num='9999'")
    con.close()
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_text_file, "not a due-diligence workbook"),
        (_corrupt_file, "damaged"),
        (_newer_file, "newer version"),
    ],
)
def test_unusable_file_is_refused_with_a_message_and_left_unchanged(
    make_window, tmp_path, asked, make, words
):
    path = make(tmp_path)
    before = path.read_bytes()
    window = make_window(None)
    assert open_workbook(window, path) is False
    assert len(asked.errors) == 1 and words in asked.errors[0][1]
    assert path.read_bytes() == before


def test_refused_file_keeps_the_open_workbook(window, workbook, tmp_path, asked):
    open_workbook(window, _text_file(tmp_path))
    assert window.context.db.path == workbook.path
    assert window.pages.currentWidget() is window.splitter


def test_start_with_an_unusable_file_shows_the_no_workbook_page(make_window, tmp_path, asked):
    from ui.workbooks import start

    window = make_window(None)
    start(window, str(_text_file(tmp_path)))
    assert window.pages.currentWidget() is window.no_workbook_page
    assert not window.actions.new_evaluation.isEnabled()


def test_new_empty_workbook_offers_samples_and_adds_them_when_accepted(make_window, tmp_path, asked):
    asked.offer_samples = True
    window = make_window(tmp_path / "fresh.db")
    assert asked.offers == 1
    assert len(stored_titles(tmp_path / "fresh.db")) >= 1
    assert window.context.undo_stack.count() == 1


def test_declined_samples_leave_the_new_workbook_empty(make_window, tmp_path, asked):
    make_window(tmp_path / "fresh.db")
    assert asked.offers == 1
    assert stored_titles(tmp_path / "fresh.db") == set()


def test_existing_workbook_is_not_offered_samples(window, asked):
    assert asked.offers == 0


def test_opening_remembers_the_workbook_as_last_and_recent(window, workbook):
    assert window.settings.get("workbook/last") == str(workbook.path.resolve())
    assert window.settings.recent_workbooks()[0] == str(workbook.path.resolve())


def test_save_a_copy_continues_in_the_copy(window, workbook, tmp_path, monkeypatch):
    from ui import dialogs

    copy = tmp_path / "copy.db"
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_a: str(copy))
    window.actions.save_copy.trigger()
    assert window.context.db.path == copy
    assert stored_titles(copy) == stored_titles(workbook.path)


def test_upgraded_workbook_names_its_backup_in_the_status_bar(make_window, tmp_path):
    from duediligence.storage.engine import sqlite_url
    from duediligence.storage.migrate import upgrade

    path = tmp_path / "old.db"
    upgrade(sqlite_url(path), path=path, target="0001")  # a workbook as the first version left it
    window = make_window(path)
    assert "before-migration" in window.statusBar().currentMessage()
    assert "before-migration" in window.path_label.toolTip()
