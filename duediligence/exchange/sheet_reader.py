"""One sheet of a returned workbook as its filled rows (the XML is read by sheet_xml).

openpyxl's read-only `iter_rows` fills every gap between rows with empty rows, so the empty,
formatted row 1,048,576 LibreOffice writes after a deletion costs a million rows and looked like a
sheet over the row limit. Here only rows holding a value count, the limit applies to them, and a
cell no program could have written ("nan", a number of 5,000 digits) becomes an `Unreadable` value
in its place, so that the review names that one cell and goes on with the rest of the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from duediligence.exchange.safety import MAX_COLUMNS, MAX_ROWS, XlsxImportError, ooxml_unescape, printable
from duediligence.exchange.sheet_xml import sheet_cells

Row = tuple[int, tuple[Any, ...]]  # (sheet row number, values from column A)


class Formula(str):
    """A cell holding a formula ("=A1*2", never calculated here), unlike text that starts with "="
    (an option named "=SUM(1,2)" is written as text and must come back as text)."""

    __slots__ = ()


@dataclass(frozen=True)
class Unreadable:
    """A cell whose stored value no spreadsheet program writes: `text` is what the file holds."""

    text: str

    def shown(self) -> str:
        text = printable(self.text)
        return repr(text if len(text) <= 20 else f"{text[:20]}…") + (
            f" ({len(text):,} characters)" if len(text) > 20 else ""
        )


def _value(value: Any, kind: str) -> Any:
    if kind == "f":
        return Formula(ooxml_unescape(value))
    if kind == "x":
        return Unreadable(value)
    if isinstance(value, str):
        return ooxml_unescape(value)
    return value


def filled_rows(ws: Any, path: Path) -> tuple[Row, ...]:
    """The rows of a read-only sheet that hold at least one value, at most MAX_ROWS of them (each cut
    to MAX_COLUMNS columns); empty and formatting-only rows are left out wherever they are."""
    rows: list[Row] = []
    try:
        for number, cells in sheet_cells(ws):
            values: dict[int, Any] = {}
            for column, raw, kind in cells:
                if column > MAX_COLUMNS:
                    continue
                value = _value(raw, kind)
                if value is not None and value != "":
                    values[column] = value
            if not values:
                continue
            if len(rows) >= MAX_ROWS:
                raise XlsxImportError(
                    path, f"the sheet {printable(ws.title)!r} has more than {MAX_ROWS:,} filled rows"
                )
            row = [None] * max(values)
            for column, value in values.items():
                row[column - 1] = value
            rows.append((number, tuple(row)))
    except XlsxImportError:
        raise
    except (ValueError, OverflowError, IndexError) as exc:  # a row number that is not a number
        from defusedxml import DefusedXmlException

        if isinstance(exc, DefusedXmlException):
            raise  # the caller says what a refused DTD or entity means
        raise XlsxImportError(path, f"the sheet {printable(ws.title)!r} is damaged ({exc})") from exc
    return tuple(rows)
