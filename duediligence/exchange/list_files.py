"""Reading a list file (CSV or .xlsx) as untrusted input: bounded in bytes, rows, columns and cell length,
decoded and sniffed, into a header and rows (see exchange.lists)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from duediligence.errors import WorkbookError
from duediligence.exchange.safety import number_text, printable

MAX_CSV_BYTES = 5_000_000


MAX_ROWS = 10_000


MAX_COLUMNS = 100


MAX_CELL_CHARS = 10_000


DELIMITERS = (",", ";", "\t")

Grid = list[tuple[int, list[Any]]]  # (row number in the file, 1-based; its cells)


class ListImportError(WorkbookError):
    """A list that cannot be read or imported; the message says what is wrong. Nothing was changed."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(f"Cannot import {path}: {reason}. Nothing in the workbook was changed.")


@dataclass(frozen=True)
class RawTable:
    """The header and the data rows of a file, as found (text, numbers, dates); nothing converted yet.

    `rows` holds (row number in the file, 1-based; cells padded to the header's width). Text is read
    later, as the importing person writes numbers (a `;` between columns says nothing about them).
    """

    path: Path
    headers: tuple[str, ...]
    header_row: int
    rows: tuple[tuple[int, tuple[Any, ...]], ...]
    delimiter: str | None = None  # None for .xlsx
    sheet: str | None = None
    encoding: str | None = None


def read_table(path: str | Path) -> RawTable:
    """Read `.csv` (`,`, `;` or tab; UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252) or
    the first sheet of an `.xlsx`. Raises `ListImportError` saying what is wrong."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        grid, delimiter, encoding = _read_csv(path)
        return _table(path, grid, delimiter=delimiter, encoding=encoding)
    if suffix in (".xlsx", ".xlsm", ".xltm", ".xlam"):
        grid, sheet = _read_xlsx(path)
        return _table(path, grid, sheet=sheet)
    raise ListImportError(path, "only .csv and .xlsx files can be imported as a list")


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise ListImportError(path, f"it claims to be UTF-8 but is not (byte {exc.start + 3})") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ListImportError(path, "it claims to be UTF-16 but is damaged") from exc
    if b"\x00" in data:
        raise ListImportError(path, "it is not a text file (it holds NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _sniff(text: str) -> str:
    """The delimiter that splits the first lines most consistently into more than one column."""
    sample = "\n".join(text.splitlines()[:50])
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r]
        except csv.Error:
            continue
        if not counts:
            continue
        widest = max(set(counts), key=lambda n: (counts.count(n), n))
        if widest < 2:
            continue
        score = (counts.count(widest), widest)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path) -> tuple[Grid, str, str]:
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise ListImportError(path, f"the file is {size:,} bytes; at most {MAX_CSV_BYTES:,} are read")
        data = path.read_bytes()[: MAX_CSV_BYTES + 1]
    except OSError as exc:
        raise ListImportError(path, exc.strerror or str(exc)) from exc
    if len(data) > MAX_CSV_BYTES:
        raise ListImportError(path, f"the file holds more than {MAX_CSV_BYTES:,} bytes")
    text, encoding = _decode(path, data)
    delimiter = _sniff(text)
    grid: Grid = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for cells in reader:
            if len(grid) >= MAX_ROWS + 1:  # the header and 10,000 rows
                raise ListImportError(path, f"it has more than {MAX_ROWS:,} rows")
            grid.append((len(grid) + 1, list(cells)))
    except csv.Error as exc:
        raise ListImportError(path, f"line {reader.line_num} cannot be read as CSV ({exc})") from exc
    return grid, delimiter, encoding


def _read_xlsx(path: Path) -> tuple[Grid, str]:
    """The first sheet's filled rows with their sheet row numbers: only rows holding a value count
    against MAX_ROWS, so the formatted, empty row 1,048,576 LibreOffice writes after a row is deleted
    (or formatting far below the list) is no reason to refuse the file."""
    from duediligence.exchange.safety import XlsxImportError, check_xlsx_container, require_defusedxml
    from duediligence.exchange.sheet_reader import Formula, Unreadable, filled_rows
    from duediligence.exchange.xlsx_import import describe

    wb = None
    try:
        require_defusedxml()
        check_xlsx_container(path)
        from openpyxl import load_workbook

        # data_only=False: a formula comes back as its text ("=A1*2") and is never evaluated.
        wb = load_workbook(path, read_only=True, data_only=False, keep_links=False)
        sheets = [ws for ws in wb.worksheets if hasattr(ws, "iter_rows")]
        if not sheets:
            raise ListImportError(path, "it holds no worksheet")
        ws = sheets[0]
        rows = filled_rows(ws, path)
        if len(rows) > MAX_ROWS + 1:  # the header and 10,000 rows
            raise ListImportError(path, f"the sheet {ws.title!r} has more than {MAX_ROWS:,} rows")
        grid: Grid = []
        for number, values in rows:
            cells: list[Any] = []
            for column, value in enumerate(values):
                if isinstance(value, Unreadable):
                    where = f"cell {_column_letter(column)}{number}"
                    raise ListImportError(
                        path,
                        f"the sheet {printable(ws.title)!r}, {where}, holds {value.shown()}, which is not "
                        "a value a spreadsheet can hold",
                    )
                cells.append(str(value) if isinstance(value, Formula) else value)  # its text, never run
            grid.append((number, cells))
        return grid, ws.title
    except ListImportError:
        raise
    except XlsxImportError as exc:
        raise ListImportError(path, exc.reason) from exc
    except WorkbookError as exc:  # require_defusedxml: the only other refusal before parsing
        reason = "workbooks are only read with defusedxml protecting the XML parser; install defusedxml"
        raise ListImportError(path, reason) from exc
    except Exception as exc:  # openpyxl raises a zoo of types for bad files: one message for each
        raise ListImportError(path, describe(exc)) from exc
    finally:
        if wb is not None:
            wb.close()


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _column_letter(index: int) -> str:
    letters, n = "", index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _table(
    path: Path,
    grid: Grid,
    *,
    delimiter: str | None = None,
    sheet: str | None = None,
    encoding: str | None = None,
) -> RawTable:
    """The first non-empty row is the header; the rows below it (empty ones dropped) are the data."""
    trimmed: list[tuple[int, list[Any]]] = []
    for number, cells in grid:
        while cells and is_empty(cells[-1]):
            cells = cells[:-1]
        if len(cells) > MAX_COLUMNS:
            raise ListImportError(path, f"row {number} has more than {MAX_COLUMNS} columns")
        for column, value in enumerate(cells):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                where = f"{_column_letter(column)}{number}"
                raise ListImportError(
                    path, f"cell {where} holds {len(value):,} characters; at most {MAX_CELL_CHARS:,} are read"
                )
        trimmed.append((number, cells))
    found = [(n, c) for n, c in trimmed if c]
    if not found:
        raise ListImportError(path, "it is empty")
    header_row, header_cells = found[0]
    width = max(len(c) for _, c in found)
    headers: list[str] = []
    for column in range(width):
        raw = header_cells[column] if column < len(header_cells) else None
        text = printable(" ".join(as_text(raw).split())) if not is_empty(raw) else ""
        text = text or f"Column {_column_letter(column)}"
        base, n = text, 1
        while text in headers:
            n += 1
            text = f"{base} ({n})"
        headers.append(text)
    rows = tuple(
        (n, tuple(c) + (None,) * (width - len(c))) for n, c in found[1:] if any(not is_empty(v) for v in c)
    )
    return RawTable(path, tuple(headers), header_row, rows, delimiter, sheet, encoding)


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return (
            value.isoformat(sep=" ")[:19]
            if (value.hour, value.minute, value.second) != (0, 0, 0)
            else value.date().isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        return number_text(value)
    return str(value)
