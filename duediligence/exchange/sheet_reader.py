"""One sheet of a returned workbook as its filled rows, read straight from openpyxl's sheet parser.

openpyxl's read-only `iter_rows` fills every gap between rows with empty rows, so the empty,
formatted row 1,048,576 LibreOffice writes after a deletion costs a million rows and looked like a
sheet over the row limit. Here only rows holding a value count, the limit applies to them, and a
cell no program could have written ("nan", a number of 5,000 digits) becomes an `Unreadable` value
in its place, so that the review names that one cell and goes on with the rest of the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from duediligence.exchange.safety import MAX_COLUMNS, MAX_ROWS, XlsxImportError, ooxml_unescape, printable

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


@cache
def _parser_class() -> type:
    """openpyxl's sheet parser, with a cell it cannot convert kept as `Unreadable` instead of raised."""
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.worksheet._reader import VALUE_TAG, WorkSheetParser

    class CellByCellParser(WorkSheetParser):
        def parse_cell(self, element: Any) -> dict[str, Any]:
            try:
                return dict(super().parse_cell(element))
            except (ValueError, OverflowError, TypeError, IndexError, KeyError):
                try:
                    row, column = coordinate_to_tuple(element.get("r") or "")
                except (ValueError, TypeError):
                    row, column = self.row_counter, int(self.col_counter) + 1
                self.col_counter: int = column
                raw = element.findtext(VALUE_TAG) or ""
                return {"row": row, "column": column, "value": Unreadable(raw), "data_type": "x"}

    return CellByCellParser


def _value(cell: dict[str, Any]) -> Any:
    value = cell["value"]
    if cell["data_type"] == "f":
        text = value if isinstance(value, str) else getattr(value, "text", None) or "="
        return Formula(ooxml_unescape(str(text)))
    if isinstance(value, str):
        return ooxml_unescape(value)
    return value


def _parsed(ws: Any) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    book = ws.parent
    with ws._get_source() as source:  # the sheet's zip entry (a ReadOnlyWorksheet)
        parser = _parser_class()(
            source,
            ws._shared_strings,
            data_only=False,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        yield from parser.parse()


def filled_rows(ws: Any, path: Path) -> tuple[Row, ...]:
    """The rows of a read-only sheet that hold at least one value, at most MAX_ROWS of them (each cut
    to MAX_COLUMNS columns); empty and formatting-only rows are left out wherever they are."""
    rows: list[Row] = []
    try:
        for number, cells in _parsed(ws):
            values: dict[int, Any] = {}
            for cell in cells:
                column = cell["column"]
                if column > MAX_COLUMNS:
                    continue
                value = _value(cell)
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
        raise XlsxImportError(path, f"the sheet {printable(ws.title)!r} is damaged ({exc})") from exc
    return tuple(rows)
