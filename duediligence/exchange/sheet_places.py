"""Which sheet of a returned workbook is which: by the sheet marks of the export contract
(layout.sheet_marks, sheet-scoped names that spreadsheet programs keep through renames), else by the
title the export gave it; and which sheets are nobody's (added by a colleague, or copies)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from duediligence.exchange import layout as L

_ROW = re.compile(r"!\$?[A-Za-z]{1,3}\$?(\d+)")


@dataclass(frozen=True)
class Marks:
    """What a sheet's names say about it: its kinds, its evaluation numbers, and its header row."""

    kinds: frozenset[str]
    evaluations: frozenset[int]
    header_row: int | None

    @property
    def any(self) -> bool:
        return bool(self.kinds or self.evaluations)


def marks_of(ws: Any) -> Marks:
    kinds, evaluations, header_row = set(), set(), None
    for name, definition in getattr(ws, "defined_names", {}).items():
        upper = str(name).upper()
        if upper.startswith(L.KIND_NAME_PREFIX):
            kinds.add(upper[len(L.KIND_NAME_PREFIX) :])
        elif upper.startswith(L.EVALUATION_NAME_PREFIX) and upper[len(L.EVALUATION_NAME_PREFIX) :].isdigit():
            evaluations.add(int(upper[len(L.EVALUATION_NAME_PREFIX) :]))
        else:
            continue
        found = _ROW.search(str(getattr(definition, "attr_text", "") or ""))
        if found and header_row is None:
            header_row = int(found.group(1))
    return Marks(frozenset(kinds), frozenset(evaluations), header_row)


def _kind(key: str) -> str | None:
    try:
        return L.sheet_kind(key)
    except ValueError:
        return None


@dataclass(frozen=True)
class Placement:
    """Where one evaluation's sheets are: key -> (worksheet, header row from its mark)."""

    found: dict[str, tuple[Any, int | None]]
    missing: dict[str, str]  # key -> the title the export gave the sheet


def place_sheets(
    worksheets: Mapping[str, Any],
    marks: Mapping[str, Marks],
    titles: Mapping[str, str],
    number: int,
    count: int,
) -> Placement:
    """Find evaluation `number` (1-based, of `count`) sheets: `titles` maps each sheet key the export
    wrote to the title it gave it. A mark wins over a title; two sheets with the same marks (a copied
    sheet) fall back to the exported title."""
    found: dict[str, tuple[Any, int | None]] = {}
    missing: dict[str, str] = {}
    for key, title in titles.items():
        kind = _kind(key)
        candidates = [
            t
            for t, m in marks.items()
            if kind is not None
            and kind in m.kinds
            and (number in m.evaluations or (not m.evaluations and count == 1))
        ]
        if len(candidates) > 1 and title in candidates:
            candidates = [title]
        if len(candidates) == 1:
            chosen = candidates[0]
            found[key] = (worksheets[chosen], marks[chosen].header_row)
        elif not candidates and title in worksheets and not _taken(marks.get(title), kind, number):
            found[key] = (worksheets[title], None)
        else:
            missing[key] = title
    return Placement(found, missing)


def _taken(marks: Marks | None, kind: str | None, number: int) -> bool:
    """True when the sheet's marks say it is another kind of sheet, or another evaluation's."""
    if marks is None or not marks.any:
        return False
    return (bool(marks.kinds) and kind not in marks.kinds) or (
        bool(marks.evaluations) and number not in marks.evaluations
    )
