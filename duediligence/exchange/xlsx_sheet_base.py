"""What every sheet of an exported evaluation shares: the evaluation being written, real Excel
tables, headers, data validation, and writing a value the safe way."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from duediligence.exchange import layout as L
from duediligence.exchange.safety import (
    write_text,
)

Progress = Callable[[float, str], Any]  # returns True to cancel

BANDS = (("1", "4", "C6EFCE"), ("5", "9", "FFEB9C"), ("10", "15", "F8CBAD"), ("16", "25", "FF7C80"))
EXTRA_ROWS = 200  # validation and formats reach this far below a table, for rows a colleague adds


@dataclass(frozen=True)
class Source:
    """What one evaluation contributes: its document, ranking and derived criterion values."""

    doc: dict[str, Any]
    ranking: Any
    derived: dict[tuple[int, int], float | None]  # (option id, criterion id) -> value, derived criteria
    history: tuple[tuple[str, str, str], ...] = ()  # (when, who, what), newest first: the change log


def _ref(title: str, cell: str) -> str:
    from openpyxl.utils import quote_sheetname

    return f"{quote_sheetname(title)}!{cell}"


def _plain(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "date" and isinstance(value, str):
        return date.fromisoformat(value)
    if kind == "flag":
        return L.YES if value else L.NO
    return value


class SheetWriter:
    """Writes one evaluation's sheets into a workbook; the sheets are in xlsx_matrix and xlsx_sheets."""

    def __init__(self, wb: Any, source: Source, number: int, titles: dict[str, str], stamp: str) -> None:
        self.wb, self.src, self.doc, self.n, self.titles, self.stamp = (
            wb,
            source,
            source.doc,
            number,
            titles,
            stamp,
        )
        self.options = self.doc["options"]
        self.option_names = {o["id"]: o["name"] for o in self.options}
        self.people = {p["id"]: p["name"] for p in self.doc["stakeholders"]}
        self.criteria = [c for g in self.doc["criteria_groups"] for c in g["criteria"]] + self.doc[
            "ungrouped_criteria"
        ]
        groups = {c["id"]: g["name"] for g in self.doc["criteria_groups"] for c in g["criteria"]}
        self.group_of = groups
        self.option_columns: list[tuple[str, int]] = []

    def sheet(self, key: str) -> Any:
        return self.wb.create_sheet(self.titles[key])

    def table(self, ws: Any, key: str, ncols: int, nrows: int) -> None:
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.table import Table, TableStyleInfo

        last = get_column_letter(ncols)
        name = "".join(ch for ch in key if ch.isalnum()) + f"_{self.n}"
        table = Table(displayName=name, ref=f"A1:{last}{max(nrows, 1) + 1}")
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        ws.add_table(table)

    def header(self, ws: Any, headers: list[str], widths: Sequence[float]) -> None:
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        for i, (text, width) in enumerate(zip(headers, widths, strict=True), start=1):
            cell = ws.cell(1, i)
            write_text(cell, text, f"{ws.title} header")
            cell.font = Font(bold=True)
            ws.column_dimensions[get_column_letter(i)].width = width

    def validation_list(self, ws: Any, cells: str, choices: tuple[str, ...], blank: bool) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        dv = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=blank)
        dv.error, dv.errorTitle, dv.showErrorMessage = (
            f"Choose one of: {', '.join(choices)}",
            "Not allowed",
            True,
        )
        dv.add(cells)
        ws.add_data_validation(dv)

    def validation_number(self, ws: Any, cells: str, lo: float | None, hi: float | None, whole: bool) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        lo_, hi_ = -1e300 if lo is None else lo, 1e300 if hi is None else hi
        dv = DataValidation(
            type="whole" if whole else "decimal", operator="between", formula1=repr(lo_), formula2=repr(hi_)
        )
        dv.allow_blank, dv.showErrorMessage = True, True
        bounds = f"from {lo:g}" if lo is not None else ""
        bounds += f" to {hi:g}" if hi is not None else ""
        dv.error, dv.errorTitle = f"Enter a {'whole ' if whole else ''}number {bounds}".strip(), "Not allowed"
        dv.add(cells)
        ws.add_data_validation(dv)

    def option_list_validation(self, ws: Any, cells: str) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        last = max(len(self.options), 1) + 1 + EXTRA_ROWS
        dv = DataValidation(type="list", formula1="=" + _ref(self.titles["Options"], f"$B$2:$B${last}"))
        dv.allow_blank = True
        dv.add(cells)
        ws.add_data_validation(dv)
