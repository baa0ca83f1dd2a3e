"""Workbooks as an older revision of the app left them, written with plain SQL at that revision's
schema: what the migration tests upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from duediligence.storage.engine import sqlite_url
from duediligence.storage.migrate import upgrade


def one_option_workbook(
    path: Path, revision: str, option: str = "Do nothing", kind: str = "do_nothing", vendor: str = ""
) -> None:
    """Evaluation 1 ("CRM") with option 7, at `revision`'s schema (columns every revision has)."""
    upgrade(sqlite_url(path), path=path, target=revision)
    with sqlite3.connect(path) as con:
        con.execute(
            "INSERT INTO evaluation (id, title, kind, need, goals, currency, status, archived, rationale,"
            " decided_by, missing_policy, horizon_years, discount_rate, created_at, updated_at)"
            " VALUES (1, 'CRM', 'general', '', '', 'EUR', 'defining', 0, '', '', 'ignore', 5, 0.08,"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
        con.execute(
            "INSERT INTO option (id, evaluation_id, position, name, kind, vendor, product, website, contact,"
            " notes, excluded, exclusion_reason) VALUES (7, 1, 0, ?, ?, ?, '', '', '', '', 0, '')",
            (option, kind, vendor),
        )
    con.close()
