"""A mistyped command or a missing workbook is a usage error that creates nothing; `show` reads as words."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from duediligence.cli import commands
from duediligence.cli.common import EXIT_USAGE
from duediligence.cli.summary import summary_lines


@pytest.fixture(autouse=True)
def no_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that would open the desktop app fails instead of waiting for it."""

    def refuse(_args: object) -> int:
        raise AssertionError("the app would have opened")

    monkeypatch.setattr(commands, "run_app", refuse)


def usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exited:
        commands.main(argv)
    assert exited.value.code == EXIT_USAGE
    return capsys.readouterr().err


def test_a_mistyped_command_suggests_the_command_and_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    err = usage_error(["lsit"], capsys)
    assert "unknown command 'lsit' (did you mean list?)" in err
    assert list(tmp_path.iterdir()) == []


def test_a_mistyped_command_with_arguments_suggests_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    err = usage_error(["shwo", "1", "--db", "x.db"], capsys)
    assert "unknown command 'shwo' (did you mean show?)" in err
    assert list(tmp_path.iterdir()) == []


def test_opening_a_file_that_does_not_exist_asks_for_db_and_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    err = usage_error(["purchases.db"], capsys)
    assert "no workbook at 'purchases.db'; to start a new one there: duediligence --db purchases.db" in err
    assert list(tmp_path.iterdir()) == []


def test_opening_an_existing_file_still_opens_it_in_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "lsit").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    opened: list[str | None] = []
    monkeypatch.setattr(commands, "run_app", lambda args: opened.append(args.db) or 0)
    assert commands.main(["lsit"]) == 0
    assert opened == ["lsit"]


def test_without_a_display_the_app_is_a_usage_error_not_a_qt_abort(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.undo()
    (tmp_path / "headless_gui.py").write_text(
        "def main(db=None):\n    raise AssertionError\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr("importlib.metadata.entry_points", lambda **_kw: [])
    monkeypatch.setattr(commands, "GUI_ENTRY", "headless_gui:main")
    monkeypatch.setattr(commands.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(SystemExit) as exited:
        commands.run_app(SimpleNamespace(db=None))
    assert exited.value.code == EXIT_USAGE


def document(**changes: object) -> dict[str, object]:
    doc: dict[str, object] = {
        "id": 4, "title": "Laptop", "status": "defining", "archived": False, "need": "", "goals": "",
        "budget": None, "currency": "EUR", "deadline": None, "chosen_option": None, "decided_on": None,
        "decided_by": None, "criteria_groups": [], "ungrouped_criteria": [], "scores": [], "risks": [],
        "stakeholders": [], "approvals": [], "change_notes": [], "actions": [],
        "options": [
            {"name": "Keep the old one", "kind": "do_nothing", "vendor": "", "costs": [],
             "excluded": True, "exclusion_reason": ""},
        ],
    }  # fmt: skip
    doc.update(changes)
    return doc


def test_show_says_statuses_and_kinds_in_words() -> None:
    lines = summary_lines(document())
    assert "Status: defining" in lines
    assert "  - Keep the old one (do nothing; no costs entered)" in lines
    assert not any("[" in line or "do_nothing" in line for line in lines)


def test_show_says_no_risks_when_there_are_none() -> None:
    lines = summary_lines(document())
    assert ("No risks." in lines, "No checklist items." in lines) == (True, True)


def test_show_counts_checklist_items_apart_from_risks() -> None:
    risks = [
        {"kind": "checklist", "status": "not_checked", "title": "SLA"},
        {"kind": "checklist", "status": "ok", "title": "DPA"},
        {"kind": "risk", "status": "open", "title": "Lock-in"},
    ]
    lines = summary_lines(document(risks=risks))
    assert lines[lines.index("Risks (1):") + 1 :][:2] == [
        "  - Lock-in: open",
        "Checklist: 2 items (1 not checked, 1 ok).",
    ]


def test_show_names_an_excluded_option_without_a_reason_as_excluded() -> None:
    lines = summary_lines(document())
    assert "    excluded: no reason given" in lines
    assert not any("–." in line for line in lines)


def test_show_says_a_missing_budget_is_not_entered() -> None:
    assert "Budget: not entered" in summary_lines(document())
