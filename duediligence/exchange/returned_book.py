"""A small workbook the app sent out (a questionnaire, a scoring sheet) and got back: opened as any
untrusted workbook, its hidden data decoded and checked, its sheets read as rows.

    meta, sheets = open_returned(path, SCORING, lambda wb: read_the_sheets(wb))
    with hidden_data_checked(path, SCORING):
        review = compare(meta, sheets)        # damaged hidden data: one sentence, not a crash

The file is checked before parsing (size, entries, compression, macros; XML through defusedxml), and
only filled rows are read and counted against the row limit, so the formatted empty row 1,048,576
LibreOffice writes after a row is deleted does not refuse the file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from duediligence.errors import fill
from duediligence.exchange.safety import (
    MAX_COLUMNS,
    XlsxImportError,
    check_xlsx_container,
    filled_rows,
    ooxml_unescape,
    require_defusedxml,
)
from duediligence.i18n import QT_TRANSLATE_NOOP, translate

T = TypeVar("T")


@dataclass(frozen=True)
class Returned:
    """What kind of file is expected back, and how its hidden data sheet is marked."""

    noun: str  # "questionnaire", "scoring sheet": as the messages name the file
    data: str  # "questionnaire data": as the messages name the hidden data
    meta_sheet: str
    marker: str  # the hidden sheet's A1
    format: str
    version: int

    @property
    def foreign(self) -> str:
        return self.said("foreign")

    def said(self, which: str, detail: str = "") -> str:
        """One of the sentences about this kind of file ("foreign", "changed", "damaged", "damaged_by",
        "version"), in the user's language; %1 is `detail`."""
        sentences = _SENTENCES.get(self.noun)
        if sentences is None:  # a kind of file not listed below: said in English
            english = {
                "foreign": f"it is not a {self.noun} sent from the Due-Diligence Workbook",
                "changed": f"its hidden {self.data} was changed or is damaged",
                "damaged": f"its hidden {self.data} is damaged",
                "damaged_by": f"its hidden {self.data} is damaged (%1)",
                "version": f"it is a {self.noun} of format version %1",
            }
            return fill(english[which], detail)
        return fill(translate("ReturnedBook", sentences[which]), detail)


_SENTENCES = {
    "questionnaire": {
        "foreign": QT_TRANSLATE_NOOP(
            "ReturnedBook", "it is not a questionnaire sent from the Due-Diligence Workbook"
        ),
        "changed": QT_TRANSLATE_NOOP(
            "ReturnedBook", "its hidden questionnaire data was changed or is damaged"
        ),
        "damaged": QT_TRANSLATE_NOOP("ReturnedBook", "its hidden questionnaire data is damaged"),
        "damaged_by": QT_TRANSLATE_NOOP("ReturnedBook", "its hidden questionnaire data is damaged (%1)"),
        "version": QT_TRANSLATE_NOOP("ReturnedBook", "it is a questionnaire of format version %1"),
    },
    "scoring sheet": {
        "foreign": QT_TRANSLATE_NOOP(
            "ReturnedBook", "it is not a scoring sheet sent from the Due-Diligence Workbook"
        ),
        "changed": QT_TRANSLATE_NOOP("ReturnedBook", "its hidden scoring data was changed or is damaged"),
        "damaged": QT_TRANSLATE_NOOP("ReturnedBook", "its hidden scoring data is damaged"),
        "damaged_by": QT_TRANSLATE_NOOP("ReturnedBook", "its hidden scoring data is damaged (%1)"),
        "version": QT_TRANSLATE_NOOP("ReturnedBook", "it is a scoring sheet of format version %1"),
    },
}


def open_returned(path: Path, kind: Returned, read: Callable[[Any], T]) -> tuple[dict[str, Any], T]:
    """(the decoded hidden data, what `read` takes from the open read-only workbook). Every way the
    file cannot be read is an XlsxImportError saying why."""
    require_defusedxml()
    check_xlsx_container(path)
    from openpyxl import load_workbook

    wb = None
    try:
        # data_only=False: a formula comes back as its text ("=A1*2") and is never evaluated.
        wb = load_workbook(path, read_only=True, data_only=False, keep_links=False)
        if kind.meta_sheet not in wb.sheetnames:
            raise XlsxImportError(path, kind.foreign)
        meta = decode(path, kind, sheet_rows(wb[kind.meta_sheet], path))
        return meta, read(wb)
    except XlsxImportError:
        raise
    except Exception as exc:
        from duediligence.exchange.xlsx_import import describe

        raise XlsxImportError(path, describe(exc)) from exc
    finally:
        if wb is not None:
            wb.close()


def sheet_rows(ws: Any, path: Path, max_col: int = MAX_COLUMNS) -> list[tuple[Any, ...]]:
    """Row n of the sheet at index n-1 (empty rows as ()), up to the last row holding a value; only
    filled rows count against the row limit."""
    rows: list[tuple[Any, ...]] = []
    for number, values in filled_rows(ws, path, max_col):
        rows.extend([()] * (number - 1 - len(rows)))
        rows.append(tuple(ooxml_unescape(v) if isinstance(v, str) else v for v in values))
    return rows


def decode(path: Path, kind: Returned, rows: list[tuple[Any, ...]]) -> dict[str, Any]:
    """The hidden data: the marker in A1, its SHA-256 in B1, the JSON in column A below."""
    if not rows or not rows[0] or rows[0][0] != kind.marker:
        raise XlsxImportError(path, kind.foreign)
    checksum = rows[0][1] if len(rows[0]) > 1 else None
    payload = "".join(str(r[0]) for r in rows[1:] if r and isinstance(r[0], str))
    if hashlib.sha256(payload.encode()).hexdigest() != checksum:
        raise XlsxImportError(path, kind.said("changed"))
    try:
        meta = json.loads(payload)
    except ValueError as exc:
        raise XlsxImportError(path, kind.said("damaged")) from exc
    if not isinstance(meta, dict) or meta.get("format") != kind.format:
        raise XlsxImportError(path, kind.foreign)
    if meta.get("version") != kind.version:
        raise XlsxImportError(path, kind.said("version", str(meta.get("version"))))
    return meta


@contextmanager
def hidden_data_checked(path: Path, kind: Returned) -> Iterator[None]:
    """Hidden data that passed its checksum yet does not fit (a key missing, a wrong type) is one
    sentence, not a crash."""
    try:
        yield
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError) as exc:
        raise XlsxImportError(path, kind.said("damaged_by", type(exc).__name__)) from exc


def cell_ref(row: int, index: int) -> str:
    """ "B7" for sheet row 7 and 0-based column index 1."""
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(index + 1)}{row}"
