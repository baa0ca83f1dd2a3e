"""Reading a workbook the app exported (possibly edited by a colleague), as untrusted input.

Order of checks: defusedxml active, then the zip container (sizes, entries, ratios, macros) before
any XML is parsed, then openpyxl in read-only mode over the real cells of each sheet (never the
claimed dimensions), bounded in rows and columns. Every failure becomes one `XlsxImportError`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from duediligence.exchange import layout as L
from duediligence.exchange.safety import (
    MAX_COLUMNS,
    MAX_ROWS,
    XlsxImportError,
    check_xlsx_container,
    ooxml_unescape,
    read_rows,
    require_defusedxml,
)

NOT_OURS = "this workbook was not exported by the Due-Diligence Workbook"


@dataclass(frozen=True)
class SheetRows:
    """The rows of one sheet as values, with their sheet row numbers (1-based)."""

    title: str
    rows: tuple[tuple[int, tuple[Any, ...]], ...]

    def header(self) -> dict[str, int]:
        """Header text -> 0-based column index, from the first row."""
        if not self.rows:
            return {}
        return {str(v).strip(): i for i, v in enumerate(self.rows[0][1]) if isinstance(v, str) and v.strip()}

    def body(self) -> tuple[tuple[int, tuple[Any, ...]], ...]:
        """Data rows below the header, skipping rows with nothing in them."""
        return tuple((n, r) for n, r in self.rows[1:] if any(v is not None and v != "" for v in r))


@dataclass(frozen=True)
class ParsedEvaluation:
    meta: dict[str, Any]  # this evaluation's entry of the export data
    sheets: dict[str, SheetRows] = field(default_factory=dict)  # sheet key -> rows


@dataclass(frozen=True)
class ParsedWorkbook:
    path: Path
    meta: dict[str, Any]
    evaluations: tuple[ParsedEvaluation, ...]


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
        return f"its XML declares entities or a DTD, which are refused as a possible attack ({name})"
    if isinstance(exc, ParseError):
        return f"its XML is damaged ({exc})"
    if isinstance(exc, zipfile.BadZipFile):
        return f"the file is damaged ({exc})"
    if isinstance(exc, KeyError):
        return f"a part of the workbook is missing ({exc})"
    if name == "InvalidFileException":
        return f"it is not an .xlsx workbook ({exc})"
    return " ".join(f"it cannot be read ({name}: {exc})".split())


class Formula(str):
    """A cell holding a formula ("=A1*2", never calculated here), unlike text that starts with "="
    (an option named "=SUM(1,2)" is written as text and must come back as text)."""

    __slots__ = ()


def _value(cell: Any) -> Any:
    value = cell.value
    if not isinstance(value, str):
        return value
    text = ooxml_unescape(value)
    return Formula(text) if cell.data_type == "f" else text


def _rows(ws: Any, path: Path) -> SheetRows:
    rows = []
    for number, cells in enumerate(read_rows(ws, path, MAX_COLUMNS, values_only=False), start=1):
        if number > MAX_ROWS:
            raise XlsxImportError(path, f"the sheet {ws.title!r} has more than {MAX_ROWS:,} rows")
        rows.append((number, tuple(_value(cell) for cell in cells)))
    while rows and not any(v is not None for v in rows[-1][1]):
        rows.pop()
    return SheetRows(ws.title, tuple(rows))


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
        if L.META_SHEET not in wb.sheetnames:
            raise XlsxImportError(path, NOT_OURS)
        try:
            meta = decode([r for _, r in _rows(wb[L.META_SHEET], path).rows])
        except ValueError as exc:
            raise XlsxImportError(path, str(exc)) from exc
        if meta is None:
            raise XlsxImportError(path, NOT_OURS)
        evaluations = []
        for entry in meta.get("evaluations") or []:
            sheets = {}
            for key, title in (entry.get("sheets") or {}).items():
                if title not in wb.sheetnames:
                    raise XlsxImportError(
                        path, f"the sheet {title!r} is missing (it was renamed or deleted); restore it"
                    )
                sheets[key] = _rows(wb[title], path)
            evaluations.append(ParsedEvaluation(entry, sheets))
        if not evaluations:
            raise XlsxImportError(path, "it holds no evaluation")
        return ParsedWorkbook(path, meta, tuple(evaluations))
    except XlsxImportError:
        raise
    except Exception as exc:  # openpyxl raises a zoo of types for bad files: one message for each
        raise XlsxImportError(path, describe(exc)) from exc
    finally:
        if wb is not None:
            wb.close()
