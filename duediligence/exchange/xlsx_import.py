"""Reading a workbook the app exported (possibly edited by a colleague), as untrusted input.

Order of checks: defusedxml active, then the zip container (sizes, entries, ratios, macros) before
any XML is parsed, then openpyxl's parser over the filled rows of each sheet the import reads (never
the claimed dimensions), bounded in rows and columns. Sheets are found by their marks, else by their
exported title; rows and columns are found later by their ID and header text (diff*.py). A file that
cannot be read at all becomes one `XlsxImportError`; a cell that cannot be read becomes one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from duediligence.errors import fill
from duediligence.exchange import layout as L
from duediligence.exchange.safety import XlsxImportError, check_xlsx_container, require_defusedxml
from duediligence.exchange.sheet_places import Placement, marks_of, place_sheets
from duediligence.exchange.sheet_reader import Formula, Row, Unreadable, filled_rows
from duediligence.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["Formula", "ParsedEvaluation", "ParsedWorkbook", "SheetRows", "Unreadable", "read_workbook"]

NOT_OURS = QT_TRANSLATE_NOOP("ImportFile", "this workbook was not exported by the Due-Diligence Workbook")


HEADER_SEARCH = 60  # the header row lies within a sheet's first filled rows
WANTED = ("Summary", "Matrix", *(spec.key for spec in L.LIST_SHEETS))  # the sheets the import reads


@dataclass(frozen=True)
class SheetRows:
    """The filled rows of one sheet, with their sheet row numbers (1-based), and the header row its
    mark points at (None without a mark)."""

    title: str
    rows: tuple[Row, ...]
    marked_header: int | None = None

    def header_row(self, required: Sequence[str] = ("ID",)) -> int | None:
        """The row holding every `required` header: the marked row when it does, else the first."""
        wanted = set(required)

        def holds(values: tuple[Any, ...]) -> bool:
            return wanted <= {v.strip() for v in values if isinstance(v, str)}

        if self.marked_header is not None:
            marked = next((values for n, values in self.rows if n == self.marked_header), None)
            if marked is not None and holds(marked):
                return self.marked_header
        return next((n for n, values in self.rows[:HEADER_SEARCH] if holds(values)), None)

    def header(self, required: Sequence[str] = ("ID",)) -> dict[str, int]:
        """Header text -> 0-based column index, from the header row ({} when there is none)."""
        at = self.header_row(required)
        values = next((v for n, v in self.rows if n == at), ())
        return {str(v).strip(): i for i, v in enumerate(values) if isinstance(v, str) and v.strip()}

    def body(self, required: Sequence[str] = ("ID",)) -> tuple[Row, ...]:
        """The filled rows below the header row."""
        at = self.header_row(required)
        return () if at is None else tuple((n, r) for n, r in self.rows if n > at)


@dataclass(frozen=True)
class ParsedEvaluation:
    meta: dict[str, Any]  # this evaluation's entry of the export data
    sheets: dict[str, SheetRows] = field(default_factory=dict)  # sheet key -> rows
    missing: dict[str, str] = field(default_factory=dict)  # sheet key -> exported title, not found


@dataclass(frozen=True)
class ParsedWorkbook:
    path: Path
    meta: dict[str, Any]
    evaluations: tuple[ParsedEvaluation, ...]
    strangers: tuple[str, ...] = ()  # titles of sheets the export did not write (a colleague's)


def describe(exc: BaseException) -> str:
    """What a parser's exception means for the user."""
    import zipfile
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException

    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:  # openpyxl wraps the parser's error
        chain.append(current)
        current = current.__cause__ or current.__context__
    exc = next((e for e in chain if isinstance(e, DefusedXmlException | ParseError)), exc)
    name = type(exc).__name__
    if isinstance(exc, DefusedXmlException):
        sentence = translate(
            "ImportFile", "its XML declares entities or a DTD, which are refused as a possible attack (%1)"
        )
        return fill(sentence, name)
    if isinstance(exc, ParseError):
        return fill(translate("ImportFile", "its XML is damaged (%1)"), str(exc))
    if isinstance(exc, zipfile.BadZipFile):
        return fill(translate("ImportFile", "the file is damaged (%1)"), str(exc))
    if isinstance(exc, KeyError):
        return fill(translate("ImportFile", "a part of the workbook is missing (%1)"), str(exc))
    if name == "InvalidFileException":
        return fill(translate("ImportFile", "it is not an .xlsx workbook (%1)"), str(exc))
    return fill(translate("ImportFile", "it cannot be read (%1)"), " ".join(f"{name}: {exc}".split()))


def _meta_sheet(wb: Any, path: Path) -> Any:
    """The hidden export data sheet: by its title, else (renamed after it was unhidden) by its marker."""
    if L.META_SHEET in wb.sheetnames:
        return wb[L.META_SHEET]
    for ws in wb.worksheets:
        rows = filled_rows(ws, path)
        if rows and rows[0][1] and rows[0][1][0] == L.META_MARKER:
            return ws
    raise XlsxImportError(path, translate("ImportFile", NOT_OURS))


def headers_of(key: str) -> tuple[str, ...]:
    """The header texts that tell a sheet of this kind: its ID column and the columns it imports."""
    if key == "Summary":
        return ("Field", "Value")
    if key == "Matrix":
        return ("ID", "Criterion", "Weight")
    spec = next(s for s in L.LIST_SHEETS if s.key == key)
    return ("ID", *(c.header for c in spec.columns if c.field and c.kind != "id"))


def _any_missing(places: list[Placement]) -> bool:
    return any(key in WANTED for where in places for key in where.missing)


def _by_headers(
    places: list[Placement], loose: dict[str, SheetRows]
) -> list[tuple[dict[str, SheetRows], dict[str, str]]]:
    """Per evaluation, (sheets found by their header rows, sheets still missing): a sheet its marks
    and title could not place (renamed in a program that drops the marks) is taken for a missing one
    when its header row is that kind's, and only when neither has another match."""
    wanted = [(i, key) for i, where in enumerate(places) for key in where.missing if key in WANTED]
    fits = {
        (i, key): [t for t, rows in loose.items() if rows.header_row(headers_of(key))] for i, key in wanted
    }
    claims: dict[str, int] = {}
    for titles in fits.values():
        for title in titles:
            claims[title] = claims.get(title, 0) + 1
    result: list[tuple[dict[str, SheetRows], dict[str, str]]] = [({}, dict(w.missing)) for w in places]
    for (i, key), titles in fits.items():
        if len(titles) == 1 and claims[titles[0]] == 1:
            result[i][0][key] = loose[titles[0]]
            del result[i][1][key]
    return result


def _kind_title(title: str) -> bool:
    """A sheet titled as a kind of sheet the export writes ("Instructions", "Index"): not a stranger."""
    try:
        L.sheet_kind(title)
    except ValueError:
        return False
    return True


def read_workbook(path: Path) -> ParsedWorkbook:
    """Everything the import needs from the file, or `XlsxImportError` saying what is wrong."""
    path = Path(path)
    require_defusedxml()
    check_xlsx_container(path)
    from openpyxl import load_workbook

    from duediligence.exchange.meta import decode

    wb = None
    try:
        wb = load_workbook(path, read_only=True, data_only=False, keep_links=False)
        meta_ws = _meta_sheet(wb, path)
        try:
            meta = decode([r for _, r in filled_rows(meta_ws, path)])
        except ValueError as exc:
            raise XlsxImportError(path, str(exc)) from exc
        if meta is None:
            raise XlsxImportError(path, translate("ImportFile", NOT_OURS))
        worksheets = {ws.title: ws for ws in wb.worksheets if ws is not meta_ws}
        marks = {title: marks_of(ws) for title, ws in worksheets.items()}
        entries = meta.get("evaluations") or []
        if not entries:
            raise XlsxImportError(path, translate("ImportFile", "it holds no evaluation"))
        places = [
            place_sheets(worksheets, marks, entry.get("sheets") or {}, number, len(entries))
            for number, entry in enumerate(entries, start=1)
        ]
        placed = {ws.title for where in places for ws, _ in where.found.values()}
        loose = {t: ws for t, ws in worksheets.items() if t not in placed and not marks[t].any}
        read = {t: SheetRows(t, filled_rows(ws, path)) for t, ws in loose.items() if _any_missing(places)}
        evaluations = []
        for entry, where, (found, missing) in zip(entries, places, _by_headers(places, read), strict=True):
            sheets = {
                key: SheetRows(ws.title, filled_rows(ws, path), header_row)
                for key, (ws, header_row) in where.found.items()
                if key in WANTED
            }
            sheets |= found
            evaluations.append(ParsedEvaluation(entry, sheets, missing))
        placed |= {rows.title for e in evaluations for rows in e.sheets.values()}
        strangers = tuple(t for t in loose if t not in placed and not _kind_title(t))
        return ParsedWorkbook(path, meta, tuple(evaluations), strangers)
    except XlsxImportError:
        raise
    except Exception as exc:  # openpyxl raises a zoo of types for bad files: one message for each
        raise XlsxImportError(path, describe(exc)) from exc
    finally:
        if wb is not None:
            wb.close()
