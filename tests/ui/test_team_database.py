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
