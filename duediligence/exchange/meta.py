"""The hidden sheet an export carries: which workbook and evaluations it came from, where each sheet
is, and every exported value (the base of the three-way merge at import).

The source workbook's identity: the database has no workbook id yet, so it is the SHA-256 of the
workbook's resolved path (or URL), plus a UUID from a `workbook_info` table once a migration adds one
(both are written; either matching counts). The evaluation's `created_at` guards against an id that
was reused after a delete.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from duediligence.exchange.layout import FORMAT, FORMAT_VERSION, META_CHUNK, META_MARKER


def workbook_identity(db: Any) -> dict[str, str | None]:
    """What tells this workbook from another: a stored UUID when there is one, and the path's hash."""
    from sqlalchemy import inspect, text

    where = str(db.path.expanduser().resolve()) if db.path is not None else db.label
    uuid = None
    with db.reading() as session:
        connection = session.connection()
        if inspect(connection).has_table("workbook_info"):
            uuid = connection.execute(text("SELECT value FROM workbook_info WHERE key = 'uuid'")).scalar()
    return {"uuid": uuid, "path_sha256": hashlib.sha256(where.encode()).hexdigest()}


def same_workbook(exported: dict[str, Any], here: dict[str, str | None]) -> bool:
    if not isinstance(exported, dict):
        return False
    if exported.get("uuid") and here.get("uuid"):
        return bool(exported["uuid"] == here["uuid"])
    return bool(exported.get("path_sha256")) and exported.get("path_sha256") == here.get("path_sha256")


def encode(meta: dict[str, Any]) -> tuple[str, list[str]]:
    """(checksum, chunks) of the metadata JSON, each chunk short enough for one cell."""
    payload = json.dumps(
        {"format": FORMAT, "version": FORMAT_VERSION, **meta}, ensure_ascii=False, default=str
    )
    chunks = [payload[i : i + META_CHUNK] for i in range(0, len(payload), META_CHUNK)]
    return hashlib.sha256(payload.encode()).hexdigest(), chunks


def decode(rows: list[tuple[Any, ...]]) -> dict[str, Any] | None:
    """The metadata from the hidden sheet's rows; None when it is not ours; ValueError when damaged."""
    if not rows or not rows[0] or rows[0][0] != META_MARKER:
        return None
    checksum = rows[0][1] if len(rows[0]) > 1 else None
    payload = "".join(str(r[0]) for r in rows[1:] if r and isinstance(r[0], str))
    if hashlib.sha256(payload.encode()).hexdigest() != checksum:
        raise ValueError("the hidden export data sheet was changed or is damaged")
    meta = json.loads(payload)
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        return None
    if meta.get("version") != FORMAT_VERSION:
        raise ValueError(
            f"it was exported in format version {meta.get('version')}, this app reads {FORMAT_VERSION}"
        )
    return meta
