"""The evaluations list at start-up and after edits: shown from the file before the database layer is
loaded (a damaged file is still refused first), and an edit inside an evaluation moves only its row."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from duediligence.operations.edits import AddRow
from duediligence.operations.evaluations import UpdateEvaluation
from ui.models.evaluations import ROW_ROLE
from ui.workbooks import start

PROBE = textwrap.dedent(
    """
    import json, sys
    import ui.app, ui.workbooks

    seen = {}
    original = ui.workbooks.preview

    def preview(window, target):
        shown = original(window, target)
        seen["rows"] = window.evaluations.proxy.rowCount() if shown else None
        seen["loaded"] = sorted(m for m in ("sqlalchemy", "sqlmodel") if m in sys.modules)
        return shown

    ui.workbooks.preview = preview
    ui.app.settle = lambda: ui.app.QApplication.instance().quit()
    rc = ui.app.main(db=sys.argv[1])
    print(json.dumps({**seen, "rc": rc}))
    """
)


def test_at_start_up_the_list_is_shown_from_the_file_before_the_database_layer_loads(workbook: Any) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(workbook.path)], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"rows": 2, "loaded": [], "rc": 0}


def test_a_damaged_file_at_start_up_is_refused_before_anything_is_listed(
    make_window: Any, workbook: Any, asked: Any, monkeypatch: Any
) -> None:
    from duediligence.storage.backups import take_backup
    from ui import dialogs

    take_backup(workbook.path, "open")
    data = bytearray(workbook.path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    workbook.path.write_bytes(bytes(data))
    offered: list[str] = []
    monkeypatch.setattr(dialogs, "offer_recovery", lambda _p, problem, when: offered.append(problem) or False)
    window = make_window(None)
    start(window, str(workbook.path))
    assert "damaged" in offered[0]
    assert (window.evaluations.model.rowCount(), window.context.db) == (0, None)


def test_damage_the_list_does_not_read_is_caught_by_opening_before_anything_can_be_edited(
    make_window: Any, workbook: Any, asked: Any, monkeypatch: Any
) -> None:
    import sqlite3

    from duediligence.storage.backups import take_backup
    from ui import dialogs

    take_backup(workbook.path, "open")
    with sqlite3.connect(workbook.path) as con:  # the scores' first page: the list never reads it
        page = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'score'").fetchone()[0]
        size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(workbook.path.read_bytes())
    data[(page - 1) * size : page * size] = b"\xff" * size
    workbook.path.write_bytes(bytes(data))
    offered: list[str] = []
    monkeypatch.setattr(dialogs, "offer_recovery", lambda _p, problem, when: offered.append(problem) or False)
    window = make_window(None)
    listed: list[int] = []
    shown = window.evaluations.preview
    window.evaluations.preview = lambda rows: (listed.append(len(rows)), shown(rows))[1]
    start(window, str(workbook.path))
    assert listed == [
        3,
        0,
    ]  # its 3 evaluations listed from the file at once, emptied once opening found the damage
    assert "damaged" in offered[0]
    assert (window.evaluations.model.rowCount(), window.context.db) == (0, None)


def test_an_edit_inside_an_evaluation_moves_its_row_to_the_top_without_resetting_the_list(
    window: Any, workbook: Any
) -> None:
    chairs = workbook.ids["Office chairs"]
    resets: list[int] = []
    window.evaluations.model.modelReset.connect(lambda: resets.append(1))
    window.evaluations.select(chairs)
    window.context.submit(AddRow("option", chairs, {"name": "Ergo 3000"}), "Add option")  # a count shown
    assert resets == [1]
    window.context.submit(UpdateEvaluation(chairs, {"need": "Backs hurt."}), "Edit need")  # "evaluation"
    assert resets == [1, 1]
    crm = workbook.ids["CRM for sales"]
    window.evaluations.select(crm)
    window.context.submit(AddRow("risk_item", crm, {"title": "Vendor lock-in"}), "Add risk")
    assert resets == [1, 1]  # the list shows nothing of risks: only the row's time moved
    top = window.evaluations.proxy.index(0, 0).data(ROW_ROLE)
    assert (top.id, window.evaluations.current_id()) == (crm, crm)


def test_the_list_is_filled_from_the_file_as_the_database_layer_would_fill_it(
    make_window: Any, workbook: Any
) -> None:
    window = make_window(None)
    from ui.workbooks import preview

    assert preview(window, Path(workbook.path))
    proxy = window.evaluations.proxy
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    window.context.open_workbook(workbook.path)
    reloaded = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert shown == reloaded == ["Office chairs", "CRM for sales"]


def test_an_edit_of_the_evaluation_at_the_top_repaints_its_row_and_does_not_rearrange_the_list(
    window: Any, workbook: Any
) -> None:
    crm = workbook.ids["CRM for sales"]
    window.evaluations.select(crm)
    window.context.submit(AddRow("risk_item", crm, {"title": "Vendor lock-in"}), "Add risk")  # now on top
    model = window.evaluations.model
    rearranged: list[int] = []
    model.layoutChanged.connect(lambda *_: rearranged.append(1))
    repainted: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: repainted.append((a.row(), b.row())))
    window.context.submit(AddRow("risk_item", crm, {"title": "Price rise"}), "Add risk")
    row = model.row_of(crm)
    assert (rearranged, repainted) == ([], [(row, row)])
    assert window.evaluations.proxy.index(0, 0).data(ROW_ROLE).id == crm
