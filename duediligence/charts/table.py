"""Every chart's data as a table of text: the text alternative the Charts tab shows and screen readers read.

Generic over the frozen chart data (charts/data.py, registers.py, robust.py): each tuple of records
becomes rows, each field of a record a column; a tuple of numbers is spread over the columns named by a
tuple of texts of the same length beside it (a score's contribution per criterion group, a utility per
axis), so the table holds the same numbers the figure draws.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields, is_dataclass
from typing import Any

from duediligence.formats import format_number
from duediligence.i18n import QT_TRANSLATE_NOOP, translate

HIDDEN = {"index", "title", "problem", "hint"}
# Fields holding a stored word or a word of the chart data (a band, a quadrant, a stance, a unit), which
# the table writes in the user's language; other texts (names, titles) are the person's own.
WORDS = {"band", "quadrant", "stance", "label", "unit"}
# The column headings, made from the fields' names ("missing_weight" -> "Missing weight"), and the words
# of WORDS, marked for lupdate.
HEADINGS = (
    *(QT_TRANSLATE_NOOP("Charts", "Name"), QT_TRANSLATE_NOOP("Charts", "Score")),
    *(QT_TRANSLATE_NOOP("Charts", "Rank"), QT_TRANSLATE_NOOP("Charts", "Excluded")),
    *(QT_TRANSLATE_NOOP("Charts", "Missing weight"), QT_TRANSLATE_NOOP("Charts", "Contributions")),
    *(QT_TRANSLATE_NOOP("Charts", "Utilities"), QT_TRANSLATE_NOOP("Charts", "Criterion")),
    *(QT_TRANSLATE_NOOP("Charts", "Share"), QT_TRANSLATE_NOOP("Charts", "Down")),
    *(QT_TRANSLATE_NOOP("Charts", "Down winner"), QT_TRANSLATE_NOOP("Charts", "Up")),
    *(QT_TRANSLATE_NOOP("Charts", "Up winner"), QT_TRANSLATE_NOOP("Charts", "Running")),
    *(QT_TRANSLATE_NOOP("Charts", "P first"), QT_TRANSLATE_NOOP("Charts", "Expected")),
    *(QT_TRANSLATE_NOOP("Charts", "Low"), QT_TRANSLATE_NOOP("Charts", "High")),
    *(QT_TRANSLATE_NOOP("Charts", "Benefit"), QT_TRANSLATE_NOOP("Charts", "Money")),
    *(QT_TRANSLATE_NOOP("Charts", "Dominated by"), QT_TRANSLATE_NOOP("Charts", "On frontier")),
    *(QT_TRANSLATE_NOOP("Charts", "Label"), QT_TRANSLATE_NOOP("Charts", "Unit")),
    *(QT_TRANSLATE_NOOP("Charts", "Tried from"), QT_TRANSLATE_NOOP("Charts", "Tried to")),
    *(QT_TRANSLATE_NOOP("Charts", "Current"), QT_TRANSLATE_NOOP("Charts", "Down at")),
    *(QT_TRANSLATE_NOOP("Charts", "Up at"), QT_TRANSLATE_NOOP("Charts", "Likelihood")),
    *(QT_TRANSLATE_NOOP("Charts", "Impact"), QT_TRANSLATE_NOOP("Charts", "Band")),
    *(QT_TRANSLATE_NOOP("Charts", "Risks"), QT_TRANSLATE_NOOP("Charts", "Influence")),
    *(QT_TRANSLATE_NOOP("Charts", "Interest"), QT_TRANSLATE_NOOP("Charts", "Quadrant")),
    *(QT_TRANSLATE_NOOP("Charts", "Stance"), QT_TRANSLATE_NOOP("Charts", "Options")),
    *(QT_TRANSLATE_NOOP("Charts", "Rows"), QT_TRANSLATE_NOOP("Charts", "Points")),
    *(QT_TRANSLATE_NOOP("Charts", "Inherent"), QT_TRANSLATE_NOOP("Charts", "Residual")),
    *(QT_TRANSLATE_NOOP("Charts", "People"), QT_TRANSLATE_NOOP("Charts", "Part")),
    *(QT_TRANSLATE_NOOP("Charts", "low"), QT_TRANSLATE_NOOP("Charts", "medium")),
    *(QT_TRANSLATE_NOOP("Charts", "high"), QT_TRANSLATE_NOOP("Charts", "critical")),
    *(QT_TRANSLATE_NOOP("Charts", "manage closely"), QT_TRANSLATE_NOOP("Charts", "keep satisfied")),
    *(QT_TRANSLATE_NOOP("Charts", "keep informed"), QT_TRANSLATE_NOOP("Charts", "monitor")),
    *(QT_TRANSLATE_NOOP("Charts", "champion"), QT_TRANSLATE_NOOP("Charts", "supporter")),
    *(QT_TRANSLATE_NOOP("Charts", "neutral"), QT_TRANSLATE_NOOP("Charts", "skeptic")),
    *(QT_TRANSLATE_NOOP("Charts", "blocker"), QT_TRANSLATE_NOOP("Charts", "years")),
)


def _text(value: Any, word: bool = False) -> str:
    """A cell: numbers in the user's locale (1,234.5 / 1.234,5), words of the data in their language."""
    if value is None:
        return "—"
    if isinstance(value, str) and word:
        return translate("Charts", value.replace("_", " "))  # a stored word such as manage_closely
    if isinstance(value, bool):
        return translate("Charts", "yes") if value else translate("Charts", "no")
    if isinstance(value, int | float):
        return format_number(value, decimals=2)
    if isinstance(value, tuple):
        return ", ".join(_text(v, word) for v in value) or "—"
    return str(value)


def _heading(name: str) -> str:
    return translate("Charts", name.replace("_", " ").capitalize())


def _records(data: Any) -> list[tuple[str, Sequence[Any]]]:
    found: list[tuple[str, Sequence[Any]]] = []
    for field in fields(data):
        value = getattr(data, field.name)
        if isinstance(value, tuple) and value and all(is_dataclass(v) for v in value):
            found.append((field.name, value))
    return found


def _labels(data: Any) -> dict[int, tuple[str, ...]]:
    """The tuples of texts beside the records (groups, axes), by their length."""
    found: dict[int, tuple[str, ...]] = {}
    for field in fields(data):
        value = getattr(data, field.name)
        if isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
            found.setdefault(len(value), value)
    return found


def data_table(data: Any) -> tuple[list[str], list[list[str]]]:
    """(headers, rows) of the chart's data; no rows when it holds no records (a chart with a problem)."""
    if data is None or not is_dataclass(data):
        return [], []
    records = _records(data)
    labels = _labels(data)
    headers: list[str] = []
    rows: list[list[str]] = []
    several = len(records) > 1
    options = getattr(data, "names", None)  # options by index, for the tornado's winners
    for part, items in records:
        first = items[0]
        columns: list[tuple[str, str, int | None]] = []  # (heading, field, position in a spread tuple)
        for field in fields(first):
            if field.name in HIDDEN:
                continue
            value = getattr(first, field.name)
            names = labels.get(len(value)) if isinstance(value, tuple) and len(value) > 1 else None
            if names is not None and all(isinstance(v, float | int | type(None)) for v in value):
                spread = translate("Charts", "%1: %2", "a column of the data table and its group or axis")
                columns += [
                    (spread.replace("%2", name).replace("%1", _heading(field.name)), field.name, i)
                    for i, name in enumerate(names)
                ]
            else:
                columns.append((_heading(field.name), field.name, None))
        part_headers = ([translate("Charts", "Part")] if several else []) + [c[0] for c in columns]
        if not headers:
            headers = part_headers
        for item in items:
            cells = []
            for _heading_text, name, i in columns:
                value = getattr(item, name)
                value = value[i] if i is not None else value
                if (
                    name.endswith("winner")
                    and isinstance(value, int)
                    and options
                    and 0 <= value < len(options)
                ):
                    value = options[value]
                cells.append(_text(value, name in WORDS))
            rows.append(([_heading(part)] if several else []) + cells)
    return headers, rows


def data_text(data: Any) -> str:
    """The table as sentences-like lines, for an accessible description."""
    headers, rows = data_table(data)
    pair = translate("Charts", "%1: %2", "a column heading and its value")
    return "\n".join(
        "; ".join(pair.replace("%2", c).replace("%1", h) for h, c in zip(headers, row, strict=False))
        for row in rows
    )
