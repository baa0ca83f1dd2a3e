"""Window geometry persists, and an undo that the database refuses is reported instead of crashing."""

from __future__ import annotations

from ui.settings import Settings


def test_window_geometry_is_saved_to_settings_on_close(window):
    window.resize(1000, 700)
    window.close()
    assert not Settings().get("window/geometry").isEmpty()
    assert not Settings().get("window/splitter").isEmpty()


def test_recent_list_keeps_the_newest_eight_without_duplicates():
    settings = Settings()
    for i in range(10):
        settings.remember_workbook(f"/tmp/w{i}.db")
    settings.remember_workbook("/tmp/w3.db")
    recent = settings.recent_workbooks()
    assert recent[0] == "/tmp/w3.db" and len(recent) == 8 and len(set(recent)) == 8


class Refusing:
    """An operation the database refuses, as a locked or read-only file would."""

    def apply(self, session):
        raise OSError("disk I/O error")


def test_failed_undo_is_reported_and_does_not_crash(window, asked):
    from ui.commands import OperationCommand

    window.context.undo_stack.push(OperationCommand(window.context, Refusing(), "Edit title", done=True))
    window.context.undo_stack.undo()
    assert asked.warnings and "disk I/O error" in asked.warnings[0][1]
