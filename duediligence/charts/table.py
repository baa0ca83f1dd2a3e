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

HIDDEN = {"index", "title", "problem", "hint"}


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str) and "_" in value and " " not in value:
        return value.replace("_", " ")  # a stored word such as manage_closely
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if abs(value) < 1e15 else f"{value:.3g}"
    if isinstance(value, tuple):
        return ", ".join(_text(v) for v in value) or "—"
    return str(value)


def _heading(name: str) -> str:
    return name.replace("_", " ").capitalize()


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
                columns += [
                    (f"{_heading(field.name)}: {name}", field.name, i) for i, name in enumerate(names)
                ]
            else:
                columns.append((_heading(field.name), field.name, None))
        part_headers = (["Part"] if several else []) + [c[0] for c in columns]
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
                cells.append(_text(value))
            rows.append(([_heading(part)] if several else []) + cells)
    return headers, rows


def data_text(data: Any) -> str:
    """The table as sentences-like lines, for an accessible description."""
    headers, rows = data_table(data)
    return "\n".join("; ".join(f"{h}: {c}" for h, c in zip(headers, row, strict=False)) for row in rows)
