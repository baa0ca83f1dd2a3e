"""`duediligence add FILE.json`: an evaluation document from a file, stored as a new evaluation.

The file is untrusted input: bounded in size, strict UTF-8 JSON (a key given twice in one object is
refused rather than one of the two silently winning), an object at the top. Storing goes through the
core's unit of work (one transaction, logged); a refused value names its JSON path.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from duediligence.errors import ValidationError, WorkbookError
from duediligence.exchange.safety import printable

MAX_DOCUMENT_BYTES = 50_000_000
MAX_DIGITS = 4_000  # a whole number longer than this is not read at all (Python refuses 4,300)


class DocumentFileError(WorkbookError):
    """A document file that cannot be added; the message says why. Nothing was stored."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(printable(f"Cannot add {path}: {reason}. Nothing was stored."))


class _Unreadable(ValueError):
    pass


def _whole(text: str) -> int:
    if len(text) > MAX_DIGITS:
        raise _Unreadable(f"it holds a whole number of {len(text):,} digits")
    return int(text)


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Unreadable(f"the key {key!r} appears twice in one object; keep one")
        result[key] = value
    return result


def read_document(path: str | Path) -> dict[str, Any]:
    """The JSON object in `path`, or DocumentFileError saying why it is not one."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise DocumentFileError(
                path, f"the file is {size:,} bytes; at most {MAX_DOCUMENT_BYTES:,} are read"
            )
        with path.open("rb") as stream:
            data = stream.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        raise DocumentFileError(path, exc.strerror or str(exc)) from exc
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentFileError(path, f"the file holds more than {MAX_DOCUMENT_BYTES:,} bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentFileError(path, f"it is not UTF-8 text (byte {exc.start + 1:,})") from exc
    try:
        doc = json.loads(text, parse_int=_whole, object_pairs_hook=_object)
    except _Unreadable as exc:
        raise DocumentFileError(path, str(exc)) from exc
    except json.JSONDecodeError as exc:
        raise DocumentFileError(
            path, f"it is not JSON (line {exc.lineno:,}, column {exc.colno:,}: {exc.msg})"
        ) from exc
    except RecursionError as exc:
        raise DocumentFileError(path, "its JSON is nested too deeply to be an evaluation document") from exc
    if not isinstance(doc, dict):
        found = "a list" if isinstance(doc, list) else "a single value"
        raise DocumentFileError(
            path, f'it holds {found}; an evaluation document is a JSON object ({{"title": …}})'
        )
    return doc


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:57]}…"


def add_document(db: Any, path: str | Path, doc: dict[str, Any] | None = None) -> int:
    """Store the document in `path` (or `doc`, already read from it) as a new evaluation, all or
    nothing; returns its id."""
    from duediligence.identity import current_user
    from duediligence.operations.evaluations import InsertEvaluationDocument
    from duediligence.storage.unit_of_work import run

    path = Path(path)
    doc = read_document(path) if doc is None else doc
    action = f"Add {path.name} (command line)"
    try:
        outcome = run(db, InsertEvaluationDocument(doc), action=action, user=current_user())
    except ValidationError as exc:
        raise DocumentFileError(path, f"{exc.field}: {exc.reason} (got {_shown(exc.value)})") from exc
    return int(outcome.applied.result)
