"""One line of an import's review: what the file would change, add or remove, a conflict, an error
or something ignored; with the sentence shown, the place it is about, and the edit that accepting it
makes.

A sentence starts with the cell as a spreadsheet names it ("Matrix!P7", "'Change notes'!B5") and
what that cell is ("Price × Acme"), so that the person who edited the file can find it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from duediligence.errors import fill
from duediligence.i18n import translate
from duediligence.operations.imports import Edit

ADDED, CHANGED, REMOVED, CONFLICT, ERROR, IGNORED = (
    "added",
    "changed",
    "removed",
    "conflict",
    "error",
    "ignored",
)
_PLAIN_TITLE = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")


def sheet_ref(title: str) -> str:
    """A sheet as a formula names it: Matrix, 'Change notes', 'Anna''s copy'."""
    return title if _PLAIN_TITLE.fullmatch(title) else "'" + title.replace("'", "''") + "'"


def column_letter(index: int) -> str:
    """The letters of a 0-based column index: 0 -> A, 26 -> AA."""
    letters, n = "", index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class Place:
    """Where a line points: a sheet, maybe a row, maybe a column (by header and 0-based index), and
    what the row is in the buyer's words (a criterion's name, "Price × Acme")."""

    sheet: str
    row: int | None = None
    column: str | None = None
    index: int | None = None
    label: str = ""

    @property
    def cell(self) -> str | None:
        """ "P7", when the row and column are known."""
        if self.row is None or self.index is None:
            return None
        return f"{column_letter(self.index)}{self.row}"

    @property
    def ref(self) -> str:
        """Matrix!P7, else "Matrix, row 7", else Matrix."""
        if self.cell is not None:
            return f"{sheet_ref(self.sheet)}!{self.cell}"
        if self.row is None:
            return self.sheet
        return fill(translate("ImportLines", "%1, row %2"), self.sheet, str(self.row))

    @property
    def what(self) -> str:
        """The row's label and the column's header, as far as they add something: "Price, Weight"."""
        parts = [self.label] if self.label else []
        if self.column and self.column not in self.label:
            parts.append(self.column)
        return ", ".join(parts)

    @property
    def where(self) -> str:
        """The reference and what it is: "Matrix!G2 (Price, Weight)"."""
        return fill(translate("ImportLines", "%1 (%2)"), self.ref, self.what) if self.what else self.ref

    def sentence(self, detail: str) -> str:
        return said_at(self.where, detail)


def conflict_detail(conflict: str) -> str:
    """A conflict's detail: "conflict — exported 5, since then the app has 6 and the file has 7"."""
    return fill(translate("ImportLines", "conflict — %1"), conflict)


def said_at(where: str, detail: str) -> str:
    """A line's sentence: its place, then what is said of it ("Matrix!P7 (Price): 'abc' is not …")."""
    return fill(translate("ImportLines", "%1: %2."), where, detail)


@dataclass(frozen=True)
class Line:
    kind: str  # added, changed, removed, conflict, error, ignored
    sheet: str
    row: int | None  # the sheet's row number
    column: str | None
    sentence: str
    key: str = ""  # stable within one import: how a caller names the line it accepts or resolves
    field: str | None = None
    old: Any = None  # changed: the app's value (= exported); conflict: the exported value
    new: Any = None  # the file's value
    app: Any = None  # conflict: the app's value now
    edit: Edit | None = None  # accepting the file's side
    cell: str | None = None  # "P7"
    label: str = ""  # what the row is: "Price", "Price × Acme"
    detail: str = ""  # the sentence without its place: "'abc' is not a number"
    where: str = ""  # the sentence's place and label: "Matrix!G2 (Price, Weight)"
    conflict: str = ""  # a conflict's detail without the word: "exported 5, since then the app has …"

    def place_text(self) -> str:
        """The sentence's place and label, without the detail: "Matrix!G2 (Price, Weight)"."""
        return self.where or self.sheet

    @classmethod
    def at(cls, kind: str, place: Place, detail: str, **rest: Any) -> Line:
        """A line about one place, its sentence made from the place and the detail."""
        return cls(
            kind,
            place.sheet,
            place.row,
            place.column,
            place.sentence(detail),
            cell=place.cell,
            label=place.label,
            detail=detail,
            where=place.where,
            **rest,
        )
