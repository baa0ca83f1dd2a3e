"""The Evidence tab: lists every file and link of an evaluation, attaches (also by dropping), opens files
from a private folder and links in the browser, saves copies and removes, all undoable."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from drops import drop_files
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMenu

from duediligence.operations.documents import insert_document
from duediligence.operations.evidence import AttachFile, AttachLink
from duediligence.reads.evidence import list_evidence
from duediligence.storage.database import Database
from ui.views.evidence import commands
from ui.views.evidence.panel import EvidencePanel

DOC = {
    "title": "CRM",
    "options": [{"name": "Northwind"}, {"name": "Build it"}],
    "ungrouped_criteria": [{"name": "Fit"}],
    "risks": [{"title": "Data stays in the EU", "kind": "checklist", "option": "Northwind"}],
}


@pytest.fixture
def crm(tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "w.db"
    db = Database.open(path)
    quote = tmp_path / "quote.pdf"
    quote.write_bytes(b"%PDF-1.7 quote")
    with db.transaction() as session:
        eid = insert_document(session, dict(DOC))
        from duediligence.reads.documents import evaluation_document

        doc = evaluation_document(session, eid)
        ids = {
            "evaluation": eid,
            "option": doc["options"][0]["id"],
            "criterion": doc["ungrouped_criteria"][0]["id"],
            "risk": doc["risks"][0]["id"],
        }
        AttachFile(eid, quote, option_id=ids["option"]).apply(session)
        AttachLink(eid, "https://example.com/sla", "SLA", ids["option"], ids["criterion"]).apply(session)
    db.close()
    return {"path": path, "ids": ids, "tmp": tmp_path}


@pytest.fixture
def panel(qtbot: Any, crm: dict[str, Any], asked: Any) -> Iterator[EvidencePanel]:
    from ui.context import AppContext

    context = AppContext()
    context.open_workbook(crm["path"])
    widget = EvidencePanel(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    widget.set_evaluation(crm["ids"]["evaluation"])
    yield widget
    context.close_workbook()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    calls: list[QUrl] = []
    monkeypatch.setattr(commands, "open_url", lambda url: calls.append(url) or True)
    return calls


def shown(panel: EvidencePanel) -> list[tuple[str, str]]:
    model = panel.model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def stored(panel: EvidencePanel) -> list[Any]:
    return panel.context.read(list_evidence, panel.evaluation_id)


def test_the_panel_lists_every_piece_of_evidence_and_what_it_supports(
    panel: EvidencePanel, qtmodeltester: Any
) -> None:
    assert shown(panel) == [("quote.pdf", "Northwind"), ("SLA", "Northwind × Fit")]
    assert panel.model.index(1, 2).data() == "link"
    assert "2 links" not in panel.editor.status.text() and "1 file" in panel.editor.status.text()
    qtmodeltester.check(panel.model)


def test_attaching_a_20_mb_file_stores_it_whole_and_undo_removes_it(
    panel: EvidencePanel, crm: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = os.urandom(20 * 1024 * 1024)
    big = crm["tmp"] / "contract scan.pdf"
    big.write_bytes(data)
    monkeypatch.setattr(commands, "choose_files", lambda _parent: [str(big)])
    panel.attach_button.click()
    rows = stored(panel)
    assert rows[-1].name == "contract scan.pdf" and rows[-1].sha256 == hashlib.sha256(data).hexdigest()
    assert shown(panel)[-1] == ("contract scan.pdf", "the evaluation")
    assert panel.current_row().name == "contract scan.pdf"
    panel.context.undo_stack.undo()
    assert [r.name for r in stored(panel)] == ["quote.pdf", "SLA"]
    assert len(shown(panel)) == 2


def test_new_evidence_goes_to_the_option_chosen_below_the_list(
    panel: EvidencePanel, crm: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = crm["tmp"] / "photo.png"
    photo.write_bytes(b"\x89PNG")
    panel.target_box.setCurrentIndex(panel.target_box.findData(crm["ids"]["option"]))
    monkeypatch.setattr(commands, "choose_files", lambda _parent: [str(photo)])
    panel.attach()
    assert shown(panel)[-1] == ("photo.png", "Northwind")


def test_a_missing_file_is_named_in_a_message_and_nothing_is_stored(
    panel: EvidencePanel, crm: dict[str, Any], asked: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = crm["tmp"] / "moved-away.pdf"
    monkeypatch.setattr(commands, "choose_files", lambda _parent: [str(gone)])
    panel.attach()
    ((title, text),) = asked.warnings
    assert title == "Evidence not attached" and "moved-away.pdf" in text
    assert len(stored(panel)) == 2 and panel.context.undo_stack.count() == 0


def test_opening_a_file_hands_a_copy_in_a_private_temp_folder_to_the_opener(
    panel: EvidencePanel, opened: list[QUrl]
) -> None:
    panel.select_id(stored(panel)[0].id)
    panel.open_button.click()
    (url,) = opened
    path = Path(url.toLocalFile())
    assert path.name == "quote.pdf" and path.read_bytes() == b"%PDF-1.7 quote"
    assert path.parent == commands.evidence_folder()
    assert path.parent.stat().st_mode & 0o077 == 0  # only this user can look inside


def test_an_opened_copy_is_readable_by_this_user_only_in_the_apps_own_folder(
    panel: EvidencePanel, opened: list[QUrl]
) -> None:
    import os
    import stat

    from duediligence.paths import opened_evidence_dir

    panel.select_id(stored(panel)[0].id)
    panel.open_current()
    path = Path(opened[0].toLocalFile())
    modes = (stat.S_IMODE(path.stat().st_mode), stat.S_IMODE(path.parent.parent.stat().st_mode))
    assert (path.parent, modes) == (opened_evidence_dir() / str(os.getpid()), (0o600, 0o700))


def test_copies_left_by_a_crashed_app_are_removed_at_start(make_window: Any, tmp_path: Path) -> None:
    import os

    from duediligence.paths import opened_evidence_dir

    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)  # a process that is gone, as a crashed app is
    left = opened_evidence_dir() / str(pid)
    left.mkdir(parents=True)
    (left / "contract.pdf").write_bytes(b"%PDF secret")
    from ui.workbooks import start

    start(make_window(None), str(tmp_path / "w.db"))
    assert not left.exists()


def test_opening_a_link_opens_it_in_the_browser(panel: EvidencePanel, opened: list[QUrl]) -> None:
    panel.select_id(stored(panel)[1].id)
    panel.open_current()
    assert [u.toString() for u in opened] == ["https://example.com/sla"]
    assert not panel.save_button.isEnabled()


def test_a_program_is_run_only_when_the_user_says_so(
    panel: EvidencePanel, crm: dict[str, Any], opened: list[QUrl], monkeypatch: pytest.MonkeyPatch
) -> None:
    script = crm["tmp"] / "install.sh"
    script.write_text("echo hi")
    new_id = panel.attach_paths([str(script)])[0]
    monkeypatch.setattr(commands, "confirm_run", lambda _parent, name: False)
    panel.select_id(new_id)
    panel.open_current()
    assert opened == []


def test_adding_a_link_and_refusing_a_javascript_one(
    panel: EvidencePanel, asked: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(commands, "ask_link", lambda _p: ("javascript:alert(1)", "evil"))
    panel.link_button.click()
    assert asked.warnings and "http" in asked.warnings[0][1]
    monkeypatch.setattr(commands, "ask_link", lambda _p: ("https://vendor.example/trust", "Trust centre"))
    panel.add_link()
    assert shown(panel)[-1] == ("Trust centre", "the evaluation")


def test_dropping_files_on_the_list_attaches_them(panel: EvidencePanel, crm: dict[str, Any]) -> None:
    a, b = crm["tmp"] / "a.txt", crm["tmp"] / "b.txt"
    a.write_text("a")
    b.write_text("b")
    assert drop_files(panel.editor.view.viewport(), [a, b]) == (True, True)
    assert [r.name for r in stored(panel)][-2:] == ["a.txt", "b.txt"]
    assert panel.context.undo_stack.count() == 1  # one step for the whole drop


def test_saving_a_copy_and_removing_with_undo(
    panel: EvidencePanel, crm: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = crm["tmp"] / "saved" / "my quote.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(commands, "choose_save_path", lambda _p, suggested: str(target))
    panel.select_id(stored(panel)[0].id)
    panel.save_button.click()
    assert target.read_bytes() == b"%PDF-1.7 quote"
    panel.remove_button.click()
    assert [r.name for r in stored(panel)] == ["SLA"]
    panel.context.undo_stack.undo()
    assert [r.name for r in stored(panel)] == ["quote.pdf", "SLA"]


def test_the_note_is_edited_in_place(panel: EvidencePanel) -> None:
    index = panel.model.index(0, panel.model.column_of("note"))
    assert panel.model.setData(index, "signed by both parties")
    assert stored(panel)[0].note == "signed by both parties"


def test_other_views_attach_to_a_score_and_list_it_in_their_menu(
    panel: EvidencePanel, crm: dict[str, Any], monkeypatch: pytest.MonkeyPatch, opened: list[QUrl]
) -> None:
    ids = crm["ids"]
    demo = crm["tmp"] / "demo notes.txt"
    demo.write_text("fast")
    monkeypatch.setattr(commands, "choose_files", lambda _p: [str(demo)])
    commands.attach_to(panel, panel.context, ids["evaluation"], ids["option"], ids["criterion"])
    assert shown(panel)[-1] == ("demo notes.txt", "Northwind × Fit")
    menu = QMenu()
    commands.add_evidence_actions(
        menu, panel, panel.context, ids["evaluation"], ids["option"], ids["criterion"]
    )
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["Attach e&vidence file…", "Add evidence &link…"]
    opened_menu = menu.actions()[-1].menu()
    assert [a.text() for a in opened_menu.actions()] == ["SLA", "demo notes.txt"]
    opened_menu.actions()[0].trigger()
    assert [u.toString() for u in opened] == ["https://example.com/sla"]
    checklist_menu = QMenu()
    commands.add_evidence_actions(
        checklist_menu, panel, panel.context, ids["evaluation"], risk_id=ids["risk"]
    )
    assert checklist_menu.actions()[-1].menu() is None  # nothing attached to the checklist item yet


def test_a_folder_dragged_onto_the_panel_is_not_accepted(panel: EvidencePanel, crm: dict[str, Any]) -> None:
    assert drop_files(panel, [crm["tmp"]]) == (False, False)
