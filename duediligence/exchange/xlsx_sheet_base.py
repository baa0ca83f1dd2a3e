"""What every sheet of an exported evaluation shares: the evaluation being written, real Excel tables,
header rows, data validation with input messages, and the sheet marks the import finds sheets by."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from duediligence.exchange import layout as L
from duediligence.exchange.audience import Audience
from duediligence.exchange.xlsx_book import (
    GREY,
    HEADER_FILL,
    INPUT_FILL,
    Book,
    mark,
    page_setup,
    protect,
    write_text,
)

Progress = Callable[[float, str], Any]  # returns True to cancel

BANDS = (("1", "4", "#C6EFCE"), ("5", "9", "#FFEB9C"), ("10", "15", "#F8CBAD"), ("16", "25", "#FF7C80"))
EXTRA_ROWS = 200  # validation and formats reach this far below a table, for rows a colleague adds

HEADER = {"bold": True, "bg_color": HEADER_FILL, "bottom": 1, "text_wrap": True, "valign": "top"}
INPUT = {"locked": False, "bg_color": INPUT_FILL}
FIXED = {"font_color": GREY, "italic": True}  # a value the app derives: shown, never imported


@dataclass(frozen=True)
class Source:
    """What one evaluation contributes: its document, ranking and derived criterion values."""

    doc: dict[str, Any]
    ranking: Any
    derived: dict[tuple[int, int], float | None]  # (option id, criterion id) -> value, derived criteria
    history: tuple[tuple[str, str, str], ...] = ()  # (when, who, what), newest first: the change log
    exposures: dict[int, float] | None = None  # option id -> risk exposure, when the ranking adjusts for it


def plain(value: Any, kind: str) -> Any:
    """A document value as the cell holds it (dates as dates, flags as yes/no)."""
    if value is None:
        return None
    if kind == "date" and isinstance(value, str):
        return date.fromisoformat(value)
    if kind == "flag":
        return L.YES if value else L.NO
    return value


def a1(row: int, col: int) -> str:
    from xlsxwriter.utility import xl_rowcol_to_cell

    return str(xl_rowcol_to_cell(row, col))


def span(first_row: int, first_col: int, last_row: int, last_col: int, *, absolute: bool = False) -> str:
    from xlsxwriter.utility import xl_range, xl_range_abs

    make = xl_range_abs if absolute else xl_range
    return str(make(first_row, first_col, last_row, last_col))


class SheetWriter:
    """Writes one evaluation's sheets; the sheets themselves are in xlsx_matrix, xlsx_sheets, xlsx_lists."""

    def __init__(
        self,
        book: Book,
        source: Source,
        number: int,
        titles: dict[str, str],
        stamp: str,
        audience: Audience,
    ) -> None:
        self.book, self.src, self.doc, self.n, self.titles, self.stamp = (
            book,
            source,
            source.doc,
            number,
            titles,
            stamp,
        )
        self.audience = audience
        self.options = self.doc["options"]
        self.option_names = {o["id"]: o["name"] for o in self.options}
        self.option_excluded = {o["id"]: bool(o["excluded"]) for o in self.options}
        self.people = {p["id"]: p["name"] for p in self.doc["stakeholders"]}
        self.criteria = [c for g in self.doc["criteria_groups"] for c in g["criteria"]] + self.doc[
            "ungrouped_criteria"
        ]
        self.group_of = {c["id"]: g["name"] for g in self.doc["criteria_groups"] for c in g["criteria"]}
        self.option_columns: list[tuple[str, int]] = []

    def sheet(self, key: str, header: str = "$A$1", *, streamed: bool = False) -> Any:
        """A new sheet for `key`, marked for the import (`header`: its header row, absolute)."""
        ws = self.book.sheet(self.titles[key], streamed=streamed)
        mark(self.book, ws, key, self.n, header)
        return ws

    def exclusion_reason(self, option: Any) -> str:
        """Why a ranked option is out, as the app says it; without the team's own words (the Options
        sheet's "Exclusion reason") when the file leaves those out."""
        if not option.excluded:
            return ""
        if not self.audience.blanks("Options", "Exclusion reason"):
            return str(option.exclusion_reason or "")
        reasons = ["excluded by the buying team"] if self.option_excluded.get(option.id) else []
        if option.must_have_failures and self.doc["must_have_policy"] == "exclude":
            reasons.append("fails must-have: " + ", ".join(option.must_have_failures))
        return "; ".join(reasons)

    def text(self, ws: Any, row: int, col: int, text: str, where: str, **style: Any) -> None:
        write_text(self.book, ws, row, col, text, where, **style)

    def header(self, ws: Any, row: int, headers: Sequence[str], widths: Sequence[float]) -> None:
        for i, (text, width) in enumerate(zip(headers, widths, strict=True)):
            self.text(ws, row, i, text, f"{ws.name} header", **HEADER)
            ws.set_column(i, i, width)

    def table(
        self, ws: Any, key: str, row: int, headers: Sequence[str], nrows: int, widths: Sequence[float] = ()
    ) -> None:
        """An Excel table over the header row and `nrows` rows (one empty row when there are none); the
        header row is made tall enough for its wrapped texts in columns of `widths`."""
        name = "".join(ch for ch in key if ch.isalnum()) + f"_{self.n}"
        last = row + max(nrows, 1)
        ws.add_table(
            row,
            0,
            last,
            len(headers) - 1,
            {
                "name": name,
                "style": "Table Style Light 9",
                "columns": [{"header": h} for h in headers],
            },
        )
        for i, text in enumerate(headers):  # XlsxWriter wrote them as shared strings: ours are escaped
            self.text(ws, row, i, text, f"{ws.name} header", **HEADER)
        if widths:
            ws.set_row(row, wrapped_height(headers, widths))

    def finish(self, ws: Any, title_rows: tuple[int, int] | None, *, locked: bool = True) -> None:
        """The page set-up every sheet gets, and protection without a password (`locked`) for sheets whose
        computed cells must not be overwritten by accident; sheets where colleagues add and delete rows
        stay open (a protected sheet refuses to delete rows in Excel and LibreOffice)."""
        if locked:
            protect(ws)
        page_setup(ws, self.doc["title"], self.stamp, header_rows=title_rows, landscape=True)

    # --- validation -------------------------------------------------------------------------------

    def validation_list(self, ws: Any, cells: str, choices: tuple[str, ...], blank: bool, what: str) -> None:
        ws.data_validation(
            cells,
            {
                "validate": "list",
                "source": list(choices),
                "ignore_blank": blank,
                "input_title": what[:32],
                "input_message": _message(f"Choose one of: {', '.join(choices)}."),
                "error_title": "Not allowed",
                "error_message": _message(f"{what}: choose one of {', '.join(choices)}."),
            },
        )

    def validation_number(
        self, ws: Any, cells: str, lo: float | None, hi: float | None, whole: bool, what: str, hint: str = ""
    ) -> None:
        kind = "whole number" if whole else "number"
        if lo is not None and hi is not None:
            rule: dict[str, Any] = {"criteria": "between", "minimum": lo, "maximum": hi}
            bounds = f"a {kind} from {lo:g} to {hi:g}"
        elif lo is not None:
            rule, bounds = {"criteria": ">=", "value": lo}, f"a {kind} of at least {lo:g}"
        elif hi is not None:
            rule, bounds = {"criteria": "<=", "value": hi}, f"a {kind} of at most {hi:g}"
        else:
            rule, bounds = {"criteria": "between", "minimum": -1e300, "maximum": 1e300}, f"a {kind}"
        ws.data_validation(
            cells,
            {
                "validate": "integer" if whole else "decimal",
                **rule,
                "ignore_blank": True,
                "input_title": what[:32],
                "input_message": _message(f"Enter {bounds}. {hint}".strip()),
                "error_title": "Not allowed",
                "error_message": _message(f"{what}: enter {bounds}."),
            },
        )

    def option_list_validation(self, ws: Any, cells: str) -> None:
        from xlsxwriter.utility import quote_sheetname

        options = quote_sheetname(self.titles["Options"])
        last = max(len(self.options), 1) + 1 + EXTRA_ROWS
        ws.data_validation(
            cells,
            {
                "validate": "list",
                "source": f"={options}!$B$2:$B${last}",
                "ignore_blank": True,
                "input_title": "Option",
                "input_message": "Choose an option by its name on the Options sheet.",
            },
        )


def wrapped_height(texts: Sequence[str], widths: Sequence[float]) -> float:
    """A row height (points) that shows every text wrapped in its column (widths in characters)."""
    import math

    lines = max(
        (
            max(1, math.ceil(len(text) / max(1.0, width - 1.5)))
            for text, width in zip(texts, widths, strict=False)
        ),
        default=1,
    )
    return 13.0 * lines + 3


def _message(text: str) -> str:
    """Excel allows 255 characters in a validation message."""
    return text if len(text) <= 255 else text[:254] + "…"
