"""A score and its range live on two sheets (the value in the Matrix, low and high on the Evidence
sheet), and the database refuses a value outside its range. This pass checks each score the file
changes as a whole, value and range as they would be after the import, and turns a line that would
make the database refuse the whole import into a refused line that says which sheet holds what."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from duediligence.errors import ValidationError, fill
from duediligence.exchange.cell_words import show
from duediligence.exchange.lines import ERROR, Line, Place, said_at, sheet_ref
from duediligence.i18n import translate

Pair = tuple[int, int]  # (option id, criterion id)
PARTS = ("value", "low", "high")


@dataclass
class ScoreCells:
    """Where one score's parts are in the file, and the lines that change them."""

    matrix: Place | None = None
    evidence_row: int | None = None
    evidence_sheet: str | None = None
    lines: dict[str, int] = field(default_factory=dict)  # part -> index of its line in the diff


def check_scores(
    lines: list[Line],
    cells: dict[Pair, ScoreCells],
    ours: dict[Pair, dict[str, Any]],
    criteria: dict[int, dict[str, Any]],
    matrix: Callable[[int, int], Place | None],
    evidence: Callable[[int, int], tuple[str, int] | None],
) -> None:
    """Replace, in `lines`, each score change the database would refuse by an error line."""
    from duediligence.operations.rules import check_score

    for pair, where in cells.items():
        if not where.lines or pair[1] not in criteria:
            continue
        where.matrix = matrix(*pair)
        if where.evidence_row is None and (found := evidence(*pair)) is not None:
            where.evidence_sheet, where.evidence_row = found
        now = ours.get(pair, {})
        after = {part: now.get(part) for part in PARTS}
        for part, index in where.lines.items():
            after[part] = lines[index].new
        try:
            check_score(SimpleNamespace(**criteria[pair[1]]), after, "")
        except ValidationError as exc:
            _refuse(lines, where, after, exc)


def _refuse(lines: list[Line], where: ScoreCells, after: dict[str, Any], exc: ValidationError) -> None:
    value, low, high = (after[part] for part in PARTS)
    span = f"{_end(low)}–{_end(high)}"
    evidence = _evidence(where)
    if exc.field == "range" and "value" in where.lines:  # the Matrix's new value leaves its range
        sentence = translate(
            "ImportLines",
            "%1 lies outside its range %2, which is on %3 (Low and High): change the range there too, or "
            "keep the score within it",
        )
        detail = fill(sentence, show(value), span, evidence)
        _replace(lines, where.lines["value"], detail)
        return
    if where.matrix:
        matrix = f"{sheet_ref(where.matrix.sheet)}!{where.matrix.cell}"
    else:
        matrix = translate("ImportLines", "the Matrix")
    if exc.field == "range" and value is not None and (low is None or high is None or low <= high):
        sentence = translate(
            "ImportLines", "the range %1 leaves out the score %2 (%3): change the score there too"
        )
        detail = fill(sentence, span, show(value), matrix)
    else:  # the reason follows the value (German reasons are worded to read so too)
        detail = exc.reason if exc.field == "range" else f"{show(exc.value)} {exc.reason}"
    for part in ("low", "high", "value"):
        if part in where.lines and lines[where.lines[part]].kind != ERROR:
            _replace(lines, where.lines[part], detail)


def _evidence(where: ScoreCells) -> str:
    if where.evidence_row is None or where.evidence_sheet is None:
        return translate("ImportLines", "the Evidence sheet (which this file does not show)")
    sentence = translate("ImportLines", "the %1 sheet, row %2")
    return fill(sentence, where.evidence_sheet, str(where.evidence_row))


def _end(x: float | None) -> str:
    return "…" if x is None else show(x)


def _replace(lines: list[Line], index: int, detail: str) -> None:
    line = lines[index]
    place = Place(line.sheet, line.row, line.column, None, line.label)
    ref = f"{sheet_ref(line.sheet)}!{line.cell}" if line.cell else place.ref
    where = fill(translate("ImportLines", "%1 (%2)"), ref, place.what) if place.what else ref
    lines[index] = Line(
        ERROR,
        line.sheet,
        line.row,
        line.column,
        said_at(where, detail),
        key=line.key,
        field=line.field,
        new=line.new,
        cell=line.cell,
        label=line.label,
        detail=detail,
        where=where,
    )
