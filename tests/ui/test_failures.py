"""An error nobody foresaw is told to the user in a sentence, never only printed as a traceback."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from duediligence.errors import DiskFullError
from ui import dialogs
from ui.views import failures


class Emitter(QObject):
    fired = Signal()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: seen.append((title, text)))
    return seen


def test_an_error_escaping_a_slot_is_shown_once_the_last_resort_is_installed(
    qtbot: Any, shown: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    def slot() -> None:
        raise KeyError("criterion 7")

    emitter = Emitter()
    emitter.fired.connect(slot)
    with qtbot.capture_exceptions():  # pytest-qt's own hook stands aside for the app's
        monkeypatch.setattr(sys, "excepthook", sys.excepthook)
        failures.install_last_resort()
        emitter.fired.emit()
    assert shown == [
        (
            "Something went wrong",
            "Something unexpected went wrong (KeyError: 'criterion 7'). What you were doing may not have "
            "finished: check it, and if it happens again, please report it with what you were doing.",
        )
    ]


def test_a_refusal_from_the_core_escaping_a_slot_is_shown_as_the_core_words_it(
    shown: list[tuple[str, str]],
) -> None:
    error = DiskFullError("w.db", "the disk is full", action="store the edit in")
    failures.last_resort(DiskFullError, error, None)
    assert shown == [("Something went wrong", str(error))]
    assert "Free some space on that disk, then try again" in shown[0][1]
