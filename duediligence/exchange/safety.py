"""Guards for workbooks we write and workbooks we are handed: zip limits before parsing, defusedxml,
text that must stay text, Excel's cell and sheet-title limits (see shared/RELIABILITY.md).

Nothing here imports openpyxl at module level, so the command line stays fast to start.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from duediligence.errors import ValidationError, WorkbookError, fill
from duediligence.i18n import translate

MAX_FILE_BYTES = 50_000_000  # the .xlsx itself
MAX_UNCOMPRESSED_BYTES = 50_000_000  # all entries together, as declared and as really decompressed
MAX_ENTRIES = 2_000
MAX_RATIO = 100  # uncompressed / compressed, for entries big enough to matter
RATIO_FLOOR_BYTES = 1_000_000  # tiny entries compress well for honest reasons
MAX_ROWS = 100_000  # filled rows per sheet
EXCEL_ROWS = 1_048_576  # the last row any sheet can have
MAX_COLUMNS = 1_000  # read at most this many columns of any row
EXCEL_CELL_CHARS = 32_767
EXCEL_TITLE_CHARS = 31

# Characters a spreadsheet may take as the start of a formula (OWASP's CSV-injection list).
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r", "\n")
ILLEGAL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
TITLE_FORBIDDEN = re.compile(r"[\\*?:/\[\]]")


class XlsxImportError(WorkbookError):
    """A workbook that cannot be imported; the message says what is wrong. Nothing was changed."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path, self.reason = path, reason
        sentence = translate("ImportFile", "Cannot import %1: %2. Nothing in the workbook was changed.")
        super().__init__(fill(sentence, str(path), reason))


class XlsxExportError(WorkbookError):
    """An export that cannot be written as asked; no file was written."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(fill(translate("ImportFile", "Cannot export: %1. No file was written."), reason))


class ExportCancelled(XlsxExportError):
    def __init__(self) -> None:
        super().__init__("cancelled")


def require_defusedxml() -> None:
    """openpyxl parses with defusedxml only when it is installed and not switched off: insist on it."""
    import openpyxl.xml

    if openpyxl.xml.DEFUSEDXML is not True:
        raise WorkbookError(
            "Workbooks from other people are only read with defusedxml protecting the XML parser; "
            "install defusedxml (and do not set OPENPYXL_DEFUSEDXML=False). Nothing was changed."
        )


@dataclass(frozen=True)
class ZipSummary:
    entries: int
    uncompressed: int


def check_xlsx_container(path: Path) -> ZipSummary:
    """Refuse anything but a plain, bounded .xlsx zip before a single XML byte is parsed.

    Checks the declared sizes, entry count and ratios, then decompresses every entry in bounded
    chunks (declared sizes can lie; a damaged entry fails its CRC here, with a clear message).
    """
    suffix = path.suffix.lower()
    if suffix in (".xlsm", ".xltm", ".xlam"):
        raise XlsxImportError(
            path, translate("ImportFile", "macro-enabled workbooks (.xlsm) are refused; save it as .xlsx")
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise XlsxImportError(path, exc.strerror or str(exc)) from exc
    if size > MAX_FILE_BYTES:
        sentence = translate("ImportFile", "the file is %1 bytes; at most %2 are read")
        raise XlsxImportError(path, fill(sentence, f"{size:,}", f"{MAX_FILE_BYTES:,}"))
    if not zipfile.is_zipfile(path):
        raise XlsxImportError(
            path,
            translate("ImportFile", "it is not an Excel workbook (.xlsx): the file is not a zip archive"),
        )
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_declared(path, infos)
            total = 0
            for info in infos:
                total += _drain(path, archive, info, MAX_UNCOMPRESSED_BYTES - total)
    except XlsxImportError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
    ) as exc:
        raise XlsxImportError(
            path, fill(translate("ImportFile", "the file is damaged or truncated (%1)"), str(exc))
        ) from exc
    except Exception as exc:  # zlib.error and friends: still a damaged file, never a traceback
        detail = f"{type(exc).__name__}: {exc}"
        raise XlsxImportError(
            path, fill(translate("ImportFile", "the file is damaged (%1)"), detail)
        ) from exc
    return ZipSummary(len(infos), total)


def _check_declared(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        sentence = translate("ImportFile", "it holds %1 files; at most %2 are accepted")
        raise XlsxImportError(path, fill(sentence, f"{len(infos):,}", f"{MAX_ENTRIES:,}"))
    names = {info.filename for info in infos}
    lowered = {name.lower() for name in names}
    if any(name.endswith("vbaproject.bin") for name in lowered):
        raise XlsxImportError(
            path,
            translate(
                "ImportFile", "it contains macros (vbaProject.bin); macro-enabled workbooks are refused"
            ),
        )
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise XlsxImportError(
            path, translate("ImportFile", "it is a zip file but not an Excel workbook (.xlsx)")
        )
    declared = 0
    for info in infos:
        declared += info.file_size
        if declared > MAX_UNCOMPRESSED_BYTES:
            raise XlsxImportError(
                path,
                fill(
                    translate("ImportFile", "it would expand to more than %1 bytes; refused as a zip bomb"),
                    f"{MAX_UNCOMPRESSED_BYTES:,}",
                ),
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
            raise XlsxImportError(
                path,
                fill(
                    translate("ImportFile", "%1 expands %2 times its packed size; refused as a zip bomb"),
                    info.filename,
                    f"{ratio:,.0f}",
                ),
            )


def _drain(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> int:
    """Decompress one entry without keeping it, never past its declared size or the overall budget."""
    read = 0
    with archive.open(info) as stream:
        while chunk := stream.read(1 << 20):
            read += len(chunk)
            if read > info.file_size or read > budget:
                sentence = translate("ImportFile", "%1 expands beyond its declared size; refused")
                raise XlsxImportError(path, fill(sentence, info.filename))
    if info.filename == "[Content_Types].xml":
        with archive.open(info) as stream:
            if b"macroEnabled" in stream.read(1 << 20):
                raise XlsxImportError(
                    path, translate("ImportFile", "it is a macro-enabled workbook; save it as .xlsx")
                )
    return read


# --- reading values ----------------------------------------------------------------------------------


def cell_id(value: Any) -> int | None:
    """The row id a cell holds: a whole number within the core's bounds; None for anything else
    (text, 2.5, infinity, a number of a thousand digits), never an overflow."""
    from duediligence.formats import parse_integer

    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return parse_integer(value, field="ID")
    except ValidationError:
        return None


def number_text(value: float | int) -> str:
    """A number cell as text, as a spreadsheet shows it (15 significant digits): 4930123456,
    1234567.5, 0.3 — never 1.23457e+06 for 1234567.5."""
    import math

    if isinstance(value, int):
        return str(value)
    if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.15g}"


def printable(text: str) -> str:
    """Text with half characters (lone surrogates, from an OOXML escape such as _xD800_) shown as �,
    so that a message quoting a cell can always be printed and drawn."""
    if not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)


def quoted(value: str, limit: int = 40) -> str:
    """A cell's text as a one-line message quotes it: printable, line breaks shown as ⏎, cut at `limit`."""
    text = printable(value).replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def unreadable_cell(ws: Any) -> str | None:
    """Where a read-only openpyxl sheet holds a value no spreadsheet writes (`<v>nan</v>`, a number of
    5,000 digits, a boolean "maybe"), as "cell G2, holds 'nan'"; None when no single cell is to blame.

    openpyxl raises in the middle of a sheet without saying where; this reads the sheet's XML again
    (through defusedxml) and converts each value the way openpyxl does, to name the cell.
    """
    from defusedxml.ElementTree import iterparse
    from openpyxl.utils.datetime import from_ISO8601

    def convert(kind: str, text: str) -> None:
        if kind == "n":
            float(text) if any(c in text for c in ".eE") else int(text)
        elif kind in ("s", "b"):
            int(text)
        elif kind == "d":
            from_ISO8601(text)

    try:
        with ws._get_source() as source:  # the zip entry of a ReadOnlyWorksheet
            for _, element in iterparse(source):
                if not element.tag.endswith("}c"):
                    continue
                value = next((child.text for child in element if child.tag.endswith("}v")), None)
                if value and not any(child.tag.endswith("}f") for child in element):
                    try:
                        convert(element.get("t", "n"), value)
                    except (ValueError, OverflowError, TypeError):
                        return _unreadable(element.get("r", "?"), value, element.get("t", "n") == "n")
                element.clear()
    except Exception:  # damaged XML: the caller reports the parser's own error
        return None
    return None


def _unreadable(cell: str, value: str, number: bool) -> str:
    """Where a cell holds what no spreadsheet can: "cell B7, holds '1e999', which is not a number …"."""
    shown = repr(printable(value if len(value) <= 20 else f"{value[:20]}…"))
    if len(value) > 20 and number:
        sentence = translate(
            "ImportFile", "cell %1, holds %2 (%3 characters), which is not a number a spreadsheet can hold"
        )
    elif len(value) > 20:
        sentence = translate(
            "ImportFile", "cell %1, holds %2 (%3 characters), which is not a value a spreadsheet can hold"
        )
    elif number:
        sentence = translate("ImportFile", "cell %1, holds %2, which is not a number a spreadsheet can hold")
    else:
        sentence = translate("ImportFile", "cell %1, holds %2, which is not a value a spreadsheet can hold")
    return fill(sentence, cell, shown, f"{len(value):,}")


def read_rows(ws: Any, path: Path, max_col: int, *, values_only: bool = True) -> Any:
    """`ws.iter_rows()` over the real cells, with a cell openpyxl cannot convert refused as an
    XlsxImportError naming the sheet and the cell."""
    ws.reset_dimensions()  # the claimed dimension may be A1:XFD1048576 around a single cell
    rows = ws.iter_rows(values_only=values_only, max_col=max_col)
    while True:
        try:
            values = next(rows)
        except StopIteration:
            return
        except (ValueError, OverflowError, IndexError) as exc:
            where = unreadable_cell(ws)
            if where is None:
                raise
            sentence = translate("ImportFile", "the sheet %1, %2")
            raise XlsxImportError(path, fill(sentence, repr(printable(ws.title)), where)) from exc
        yield values


def filled_rows(ws: Any, path: Path, max_col: int, *, values_only: bool = True) -> Any:
    """(row number, row) of each row holding a value, as `read_rows` reads it. Only these count against
    MAX_ROWS: LibreOffice writes an empty row 1,048,576 into a sheet whose rows were deleted, and
    formatting may reach far below the data. A row past row 1,048,576 is refused (a damaged file)."""
    gap = None  # openpyxl hands out one shared row for all the rows a sheet leaves out
    filled = 0
    for number, row in enumerate(read_rows(ws, path, max_col, values_only=values_only), start=1):
        if number > EXCEL_ROWS:
            sentence = translate("ImportFile", "the sheet %1 has rows beyond row %2")
            raise XlsxImportError(path, fill(sentence, repr(printable(ws.title)), f"{EXCEL_ROWS:,}"))
        if row is gap:
            continue
        if row.count(None) == len(row) if values_only else all(c.value is None for c in row):
            gap = row
            continue
        filled += 1
        if filled > MAX_ROWS:
            sentence = translate("ImportFile", "the sheet %1 has more than %2 rows")
            raise XlsxImportError(path, fill(sentence, repr(printable(ws.title)), f"{MAX_ROWS:,}"))
        yield number, row


# --- writing ---------------------------------------------------------------------------------------


def checked_text(text: str, where: str) -> str:
    """Text a cell can hold exactly, or a refusal naming where it is (never silent truncation)."""
    if len(text) > EXCEL_CELL_CHARS:
        sentence = translate(
            "ImportFile",
            "%1 holds %2 characters; an Excel cell holds at most %3. Shorten it in the app, then export "
            "again",
        )
        raise XlsxExportError(fill(sentence, where, f"{len(text):,}", f"{EXCEL_CELL_CHARS:,}"))
    bad = ILLEGAL_CHARACTERS.search(text)
    if bad:
        sentence = translate(
            "ImportFile",
            "%1 contains the control character U+%2 at position %3, which Excel files cannot hold. Remove it "
            "in the app, then export again",
        )
        raise XlsxExportError(fill(sentence, where, f"{ord(bad.group()):04X}", str(bad.start() + 1)))
    return text


OOXML_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{4}_")
OOXML_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def ooxml_escape(text: str) -> str:
    """OOXML's escaping, which Excel and LibreOffice decode: a carriage return would otherwise become a
    line feed in any XML parser, and literal "_xHHHH_" text would be taken for an escape."""
    text = OOXML_ESCAPE.sub(lambda m: "_x005F" + m.group(), text)
    return text.replace("\r", "_x000D_")


def ooxml_unescape(text: str) -> str:
    """The inverse of `ooxml_escape` (openpyxl does not decode cell text itself)."""
    if "_x" not in text:
        return text
    return OOXML_ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def write_text(cell: Any, text: str, where: str) -> None:
    """Put text in a cell so that no spreadsheet ever evaluates it, exactly as given."""
    stored = ooxml_escape(checked_text(text, where))
    if len(stored) > EXCEL_CELL_CHARS:
        sentence = translate(
            "ImportFile", "%1 holds text too long for one Excel cell once encoded; shorten it"
        )
        raise XlsxExportError(fill(sentence, where))
    cell.value = stored
    cell.data_type = "s"  # openpyxl would store "=..." as a formula
    if text.startswith(FORMULA_LEADS):
        cell.quotePrefix = True  # Excel and LibreOffice show it as typed text when edited


def write_value(cell: Any, value: Any, where: str) -> None:
    """Numbers, dates and booleans as themselves; every string through `write_text`."""
    if isinstance(value, str):
        write_text(cell, value, where)
    else:
        cell.value = value


def sheet_title(wanted: str, taken: set[str]) -> str:
    """A title Excel accepts: no \\ * ? : / [ ], no leading/trailing apostrophe, ≤ 31 characters, unique
    ignoring case, not the reserved "History"."""
    title = TITLE_FORBIDDEN.sub("-", ILLEGAL_CHARACTERS.sub("", wanted)).strip().strip("'").strip()
    title = title or "Sheet"
    if title.lower() == "history":
        title = "History sheet"
    base, n = title[:EXCEL_TITLE_CHARS].rstrip(), 1
    title = base
    while title.lower() in taken:
        n += 1
        suffix = f" ({n})"
        title = base[: EXCEL_TITLE_CHARS - len(suffix)].rstrip() + suffix
    taken.add(title.lower())
    return title


def header_text(text: str) -> str:
    """A table column name: one line, no control characters (the header cell must match it)."""
    return re.sub(r"\s+", " ", ILLEGAL_CHARACTERS.sub("", text)).strip() or "Column"
