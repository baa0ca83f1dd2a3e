"""File ▸ Open team database: a PostgreSQL workbook in the app; its password is never remembered."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import create_engine, text

from ui import dialogs

pytestmark = pytest.mark.postgres


@pytest.fixture
def team_url(postgres_url: str) -> str:
    engine = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return postgres_url


def test_a_team_database_opens_from_the_file_menu(make_window: Any, team_url: str, monkeypatch) -> None:
    from ui.workbooks import open_url_dialog

    window = make_window(None)
    monkeypatch.setattr(dialogs, "ask_database_url", lambda _p: team_url)
    open_url_dialog(window)
    assert window.context.db is not None and window.context.db.path is None


def test_a_password_in_the_url_is_not_remembered(make_window: Any, team_url: str) -> None:
    from ui.workbooks import open_workbook

    with_password = team_url.replace("postgres@", "postgres:s3cret@")
    window = make_window(None)
    assert open_workbook(window, with_password)
    assert all("s3cret" not in entry for entry in window.settings.recent_workbooks())


def test_a_command_line_import_shows_in_history_and_a_window_opened_before_refuses_a_stale_edit(
    make_window: Any, team_url: str, tmp_path, monkeypatch, asked
) -> None:
    from openpyxl import load_workbook

    from duediligence import cli
    from duediligence.operations.edits import UpdateRow
    from duediligence.reads.evaluations import change_log
    from duediligence.storage.concurrency import ConcurrentEditError
    from ui.history import HistoryDialog
    from ui.workbooks import open_workbook

    assert cli.main(["demo", "--db", team_url]) == 0
    out = tmp_path / "crm.xlsx"
    assert cli.main(["export", "1", "--db", team_url, "--out", str(out)]) == 0
    window = make_window(None)
    assert open_workbook(window, team_url)  # the window has seen the workbook as it is now

    book = load_workbook(out)
    matrix = book["Matrix"]
    head = next(r for r in range(1, 60) if matrix.cell(r, 1).value == "ID")  # below the results block
    criterion_id = matrix.cell(head + 1, 1).value  # the first criterion's row: its id, then name, group…
    weight = next(cell.column for cell in matrix[head] if cell.value == "Weight")
    matrix.cell(head + 1, weight).value = 7
    book.save(out)
    monkeypatch.setenv("DUEDILIGENCE_USER", "Cy")
    assert cli.main(["import", str(out), "--db", team_url]) == 0

    rows = window.context.read(change_log, 1)
    dialog = HistoryDialog("CRM", rows, window)
    first = dialog.model.index(0, 1).data(), dialog.model.index(0, 2).data()
    assert first == ("Cy", "Import crm.xlsx (command line)")
    with pytest.raises(ConcurrentEditError, match="Cy changed the same values meanwhile"):
        window.context.submit(UpdateRow("criterion", criterion_id, {"weight": 2}), "Edit weight")
