"""Reading an imported workbook's cells for the diff: each value through the same checkers the
editors use (fields.py), and the three-way comparison of base, app and file for one value."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from duediligence import fields
from duediligence.errors import Reason, ValidationError, fill
from duediligence.exchange import layout as L
from duediligence.exchange.cell_words import refusal, show
from duediligence.exchange.diff_scores import ScoreCells
from duediligence.exchange.lines import CHANGED, CONFLICT, ERROR, IGNORED, Line, Place, conflict_detail
from duediligence.exchange.merge import CONFLICT as MERGE_CONFLICT
from duediligence.exchange.merge import UNCHANGED, merge_value
from duediligence.exchange.safety import EXCEL_CELL_CHARS, cell_id, number_text
from duediligence.exchange.xlsx_import import Formula, ParsedEvaluation, Unreadable
from duediligence.i18n import translate
from duediligence.operations.imports import Edit


def field_checker(table: str, name: str) -> Any:
    return (fields.BY_TABLE[table] | fields.REFERENCES.get(table, {})).get(name)


def normal(table: str, name: str, value: Any) -> Any:
    """A stored or exported value in the form the checkers return (dates as dates, ids as ids)."""
    checker = field_checker(table, name)
    if checker is None:
        return value
    try:
        return checker(name, value)
    except ValidationError:
        return value


def at(row: tuple[Any, ...], index: int) -> Any:
    return row[index] if 0 <= index < len(row) else None


def label_of(spec: L.ListSheet, row: dict[str, Any]) -> str:
    for name in ("name", "title", "label", "text"):
        if row.get(name):
            return show(str(row[name]))
    return f"#{row.get('id', '?')}"


def checker_names(table: str) -> set[str]:
    return set(fields.BY_TABLE[table])


class DifferBase:
    """The state of one evaluation's diff, and what every sheet's reading uses."""

    def __init__(self, parsed: ParsedEvaluation, ours: dict[str, Any] | None) -> None:
        self.parsed = parsed
        self.base: dict[str, Any] = parsed.meta["document"]
        self.ours = ours if ours is not None else self.base
        self.lines: list[Line] = []
        criteria = [c for g in self.base.get("criteria_groups", ()) for c in g.get("criteria", ())]
        criteria += list(self.base.get("ungrouped_criteria", ()))
        self.criterion_names = {c["id"]: c["name"] for c in criteria}
        self.option_names = {o["id"]: o["name"] for o in self.base.get("options", ())}
        self.stakeholder_names = {p["id"]: p["name"] for p in self.base.get("stakeholders", ())}
        self.score_cells: dict[tuple[int, int], ScoreCells] = {}  # (option, criterion) -> its cells
        self.matrix_sheet = "Matrix"
        self.matrix_rows: dict[int, tuple[int, str]] = {}  # criterion id -> (Matrix row, its name)
        self.matrix_columns: dict[int, tuple[str, int]] = {}  # option id -> (header, column index)
        self.row_numbers: dict[tuple[str, int], int] = {}  # (table, exported id) -> its sheet row
        self.names = {
            "option": self._names("options", L.OPTIONS),
            "stakeholder": self._names("stakeholders", L.STAKEHOLDERS),
        }

    def _names(self, key: str, spec: L.ListSheet) -> dict[str, int]:
        """Name -> id: the app's names, plus names the file gives existing rows (renames)."""
        names = {row["name"]: row["id"] for row in self.ours.get(key) or ()}
        sheet = self.parsed.sheets.get(spec.key)
        if sheet is not None:
            head = sheet.header(("ID", "Name"))
            if "ID" in head and "Name" in head:
                for _, row in sheet.body(("ID", "Name")):
                    rid, name = cell_id(at(row, head["ID"])), at(row, head["Name"])
                    if rid is not None and isinstance(name, str):
                        names.setdefault(name.strip(), rid)
        return names

    def as_exported(
        self, columns: list[tuple[L.Column, int]], row: tuple[Any, ...], base: dict[str, Any]
    ) -> bool:
        """Whether every editable cell of a row still holds what the export wrote there: then the file
        changes nothing in it and reading its cells one by one (`read`) can be skipped."""
        for column, index in columns:
            raw = row[index] if index < len(row) else None
            value = base.get(column.key)
            if raw is None:
                if value is not None and value != "":
                    return False
                continue
            if isinstance(raw, Formula | Unreadable) or isinstance(raw, bool) != isinstance(value, bool):
                return False
            kind = column.kind
            if kind == "flag":
                value = None if value is None else L.YES if value else L.NO
            elif kind == "option":
                value = self.option_names.get(value)
            elif kind == "stakeholder":
                value = self.stakeholder_names.get(value)
            elif kind == "date":
                if not isinstance(raw, datetime) or raw.time() != time() or raw.date().isoformat() != value:
                    return False
                continue
            if raw != value:
                return False
        return True

    def matrix_place(self, option_id: int, criterion_id: int) -> Place | None:
        """The Matrix cell of one score, when the file has its row and column."""
        if criterion_id not in self.matrix_rows or option_id not in self.matrix_columns:
            return None
        (row, name), (header, index) = self.matrix_rows[criterion_id], self.matrix_columns[option_id]
        return Place(self.matrix_sheet, row, header, index, f"{name} × {header}")

    def read(self, table: str, name: str, kind: str, raw: Any, place: Place) -> tuple[bool, Any]:
        """(ok, value) for one cell; a refusal becomes an error line naming the cell."""
        column = place.column or name
        if isinstance(raw, Unreadable):
            sentence = translate("ImportLines", "holds %1, which is not a value a spreadsheet can hold")
            self.error(place, fill(sentence, raw.shown()))
            return False, None
        if isinstance(raw, Formula) and kind not in ("text",):  # text starting with "=" is text
            self.error(
                place, fill(translate("ImportLines", "%1 is a formula; type the value itself"), show(raw))
            )
            return False, None
        if isinstance(raw, str) and len(raw) > EXCEL_CELL_CHARS:
            sentence = translate("ImportLines", "is %1 characters long; a cell holds at most %2")
            self.error(place, fill(sentence, f"{len(raw):,}", f"{EXCEL_CELL_CHARS:,}"))
            return False, None
        if isinstance(raw, str) and len(raw) == EXCEL_CELL_CHARS:  # no field of the app takes this much
            sentence = translate(
                "ImportLines",
                "holds %1 characters, the most a spreadsheet cell holds: the spreadsheet program probably "
                "cut the text off when it saved the file; shorten it and import again",
            )
            self.error(place, fill(sentence, f"{EXCEL_CELL_CHARS:,}"))
            return False, None
        if kind == "text" and isinstance(raw, int | float | date) and not isinstance(raw, bool):
            raw = raw.isoformat()[:10] if isinstance(raw, date) else number_text(raw)
        try:
            if kind in ("option", "stakeholder"):
                if raw is None or (isinstance(raw, str) and not raw.strip()):
                    return True, None
                if not isinstance(raw, str) or raw.strip() not in self.names[kind]:
                    raise ValidationError(column, raw, _names_none(kind))
                return True, self.names[kind][raw.strip()]
            if kind == "flag":
                text = str(raw).strip().lower() if raw is not None else ""
                if raw in (True, False):
                    return True, bool(raw)
                if text in ("yes", "no", "true", "false", "1", "0"):
                    return True, text in ("yes", "true", "1")
                reason = Reason(
                    translate("Refusal", "expected yes or no"), translate("Refusal", "%1 is not yes or no")
                )
                raise ValidationError(column, raw, reason)
            if kind == "choice" and isinstance(raw, str):
                raw = raw.strip() or None
            if kind == "date" and isinstance(raw, int | float) and not isinstance(raw, bool):
                reason = Reason(
                    translate("Refusal", "expected a date as YYYY-MM-DD"),
                    translate("Refusal", "%1 is not a date as YYYY-MM-DD"),
                )
                raise ValidationError(column, raw, reason)
            checker = field_checker(table, name)
            return True, checker(column, raw)
        except ValidationError as exc:
            self.error(place, refusal(exc.value, exc.why or exc.reason))
            return False, None

    def error(self, place: Place, detail: str) -> None:
        self.lines.append(Line.at(ERROR, place, detail))

    def ignored(self, place: Place, detail: str) -> None:
        self.lines.append(Line.at(IGNORED, place, detail))

    def three_way(
        self,
        place: Place,
        name: str,
        base: Any,
        ours: Any,
        theirs: Any,
        edit: Edit,
        key: str,
    ) -> int | None:
        """One value: unchanged, a change the file made, or a conflict (the index of its line)."""
        outcome = merge_value(base, ours, theirs)
        if outcome == UNCHANGED:
            return None
        if outcome != MERGE_CONFLICT:
            detail = f"{show(ours)} → {show(theirs)}"
            self.lines.append(
                Line.at(CHANGED, place, detail, key=key, field=name, old=ours, new=theirs, edit=edit)
            )
        else:
            conflict = fill(
                translate("ImportLines", "exported %1, since then the app has %2 and the file has %3"),
                show(base),
                show(ours),
                show(theirs),
            )
            self.lines.append(
                Line.at(
                    CONFLICT,
                    place,
                    conflict_detail(conflict),
                    key=key,
                    field=name,
                    old=base,
                    new=theirs,
                    app=ours,
                    edit=edit,
                    conflict=conflict,
                )
            )
        return len(self.lines) - 1


def _names_none(kind: str) -> Reason:
    """The reason a cell naming an option or stakeholder that the evaluation has not is refused."""
    if kind == "option":
        return Reason(
            translate("Refusal", "names no option of this evaluation"),
            translate("Refusal", "%1 names no option of this evaluation"),
        )
    return Reason(
        translate("Refusal", "names no stakeholder of this evaluation"),
        translate("Refusal", "%1 names no stakeholder of this evaluation"),
    )
