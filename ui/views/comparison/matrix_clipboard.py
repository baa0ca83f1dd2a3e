"""Blocks of scores to and from a spreadsheet as tab-separated text (raw values, locale decimal sign)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex

from duediligence.i18n import translate
from ui.models.matrix import ScoreMatrixModel, ScoreRefused


def copy_text(model: ScoreMatrixModel, indexes: Iterable[QModelIndex]) -> str:
    """The selected cells' bounding block as TSV; unselected cells inside it and missing scores are empty."""
    chosen = {(i.row(), i.column()) for i in indexes if i.isValid()}
    if not chosen:
        return ""
    rows = range(min(r for r, _ in chosen), max(r for r, _ in chosen) + 1)
    columns = range(min(c for _, c in chosen), max(c for _, c in chosen) + 1)
    lines = ["\t".join(model.raw_text(r, c) if (r, c) in chosen else "" for c in columns) for r in rows]
    return "\n".join(lines) + "\n"


def parse_block(text: str) -> list[list[str]]:
    """TSV as a spreadsheet puts it on the clipboard: one trailing newline, maybe CRLF, maybe quotes."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [[cell.strip().strip('"') for cell in line.split("\t")] for line in lines]


def paste_targets(
    model: ScoreMatrixModel, block: list[list[str]], top: int, left: int, selection: set[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """(row, column, text) for each pasted cell; one value fills a selection of several cells."""
    if len(block) == 1 and len(block[0]) == 1 and len(selection) > 1:
        return [(r, c, block[0][0]) for r, c in sorted(selection) if not model.is_derived(r)]
    height, width = len(block), max((len(line) for line in block), default=0)
    if top + height > model.rowCount() or left + width > model.columnCount():
        raise ScoreRefused(
            translate(
                "MatrixClipboard",
                "The pasted block (%1 × %2 cells) reaches beyond the matrix from the current cell; "
                "nothing was stored.",
            )
            .replace("%1", str(height))
            .replace("%2", str(width))
        )
    return [(top + i, left + j, text) for i, line in enumerate(block) for j, text in enumerate(line)]


def paste_operations(model: ScoreMatrixModel, targets: list[tuple[int, int, str]]) -> list[Any]:
    """A SetScore per changed cell, or ScoreRefused naming the first cell that cannot be stored."""
    operations = []
    for row, column, text in targets:
        if model.is_derived(row) and text in ("", model.raw_text(row, column)):
            continue  # a calculated value pasted back onto itself changes nothing
        try:
            values = model.score_values(row, column, text)
        except ScoreRefused as refusal:
            raise ScoreRefused(
                translate("MatrixClipboard", "Nothing was pasted: the cell %1 cannot take “%2”. %3")
                .replace("%1", model.where(row, column))
                .replace("%2", text)
                .replace("%3", str(refusal))
            ) from None
        if values is not None:
            operations.append(model.set_score(row, column, values))
    return operations
