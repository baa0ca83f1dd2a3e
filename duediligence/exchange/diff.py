"""What an imported workbook would change, before anything is written: one line per change, each with
a sentence, and the edit that accepting it makes.

Three versions of every value take part: `base` (what was exported, kept in the hidden sheet),
`ours` (what the database holds now) and `theirs` (what the file holds). A value the file changed
and the app did not is a change; one both changed differently is a conflict (see merge.py). Values
are read through the same checkers the editors use (fields.py), so the import refuses exactly what
an editor refuses, and a refusal names the sheet, row and column.
"""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

from duediligence import fields
from duediligence.errors import ValidationError
from duediligence.exchange import layout as L
from duediligence.exchange.lines import ADDED, CHANGED, CONFLICT, ERROR, IGNORED, REMOVED, Line
from duediligence.exchange.merge import CONFLICT as MERGE_CONFLICT
from duediligence.exchange.merge import UNCHANGED, merge_value, same
from duediligence.exchange.safety import EXCEL_CELL_CHARS, cell_id, number_text
from duediligence.exchange.xlsx_import import Formula, ParsedEvaluation, SheetRows
from duediligence.operations.imports import Edit


def show(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return L.YES if value else L.NO
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, int):  # a cell may hold a whole number of a thousand digits
        digits = str(value)
        return digits if len(digits) <= 20 else f"{digits[:12]}… ({len(digits):,} digits)"
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "…"
        return repr(text)
    return str(value)


def _checker(table: str, name: str) -> Any:
    return (fields.BY_TABLE[table] | fields.REFERENCES.get(table, {})).get(name)


def _normal(table: str, name: str, value: Any) -> Any:
    """A stored or exported value in the form the checkers return (dates as dates, ids as ids)."""
    checker = _checker(table, name)
    if checker is None:
        return value
    try:
        return checker(name, value)
    except ValidationError:
        return value


class Differ:
    """Compares one evaluation of a parsed workbook with its exported base and the database."""

    def __init__(self, parsed: ParsedEvaluation, ours: dict[str, Any] | None) -> None:
        self.parsed = parsed
        self.base: dict[str, Any] = parsed.meta["document"]
        self.ours = ours if ours is not None else self.base
        self.lines: list[Line] = []
        self.names = {
            "option": self._names("options", L.OPTIONS),
            "stakeholder": self._names("stakeholders", L.STAKEHOLDERS),
        }

    # --- reading cells -------------------------------------------------------------------------------

    def _names(self, key: str, spec: L.ListSheet) -> dict[str, int]:
        """Name -> id: the app's names, plus names the file gives existing rows (renames)."""
        names = {row["name"]: row["id"] for row in self.ours[key]}
        sheet = self.parsed.sheets.get(spec.key)
        if sheet is not None:
            head = sheet.header()
            if "ID" in head and "Name" in head:
                for _, row in sheet.body():
                    rid, name = cell_id(_at(row, head["ID"])), _at(row, head["Name"])
                    if rid is not None and isinstance(name, str):
                        names.setdefault(name.strip(), rid)
        return names

    def read(
        self, table: str, name: str, kind: str, raw: Any, where: tuple[str, int, str]
    ) -> tuple[bool, Any]:
        """(ok, value) for one cell; a refusal becomes an error line."""
        column = where[2]
        if isinstance(raw, Formula) and kind not in ("text",):  # text starting with "=" is text
            self.error(where, f"holds a formula ({show(raw)}); type the value itself")
            return False, None
        if isinstance(raw, str) and len(raw) > EXCEL_CELL_CHARS:
            self.error(where, f"is {len(raw):,} characters long; a cell holds at most {EXCEL_CELL_CHARS:,}")
            return False, None
        if isinstance(raw, str) and len(raw) == EXCEL_CELL_CHARS:  # no field of the app takes this much
            self.error(
                where,
                f"holds {EXCEL_CELL_CHARS:,} characters, the most a spreadsheet cell holds: the spreadsheet "
                "program probably cut the text off when it saved the file; shorten it and import again",
            )
            return False, None
        if kind == "text" and isinstance(raw, int | float | date) and not isinstance(raw, bool):
            raw = raw.isoformat()[:10] if isinstance(raw, date) else number_text(raw)
        try:
            if kind in ("option", "stakeholder"):
                if raw is None or (isinstance(raw, str) and not raw.strip()):
                    return True, None
                if not isinstance(raw, str) or raw.strip() not in self.names[kind]:
                    raise ValidationError(column, raw, f"names no {kind} of this evaluation")
                return True, self.names[kind][raw.strip()]
            if kind == "flag":
                text = str(raw).strip().lower() if raw is not None else ""
                if raw in (True, False):
                    return True, bool(raw)
                if text in ("yes", "no", "true", "false", "1", "0"):
                    return True, text in ("yes", "true", "1")
                raise ValidationError(column, raw, "expected yes or no")
            if kind == "choice" and isinstance(raw, str):
                raw = raw.strip() or None
            if kind == "date" and isinstance(raw, int | float) and not isinstance(raw, bool):
                raise ValidationError(column, raw, "expected a date as YYYY-MM-DD")
            checker = _checker(table, name)
            return True, checker(column, raw)
        except ValidationError as exc:
            self.error(where, f"{exc.reason} (got {show(exc.value)})")
            return False, None

    def error(self, where: tuple[str, int | None, str | None], reason: str) -> None:
        sheet, row, column = where
        at = f"{sheet}, row {row}" if row else sheet
        at += f", {column}" if column else ""
        self.lines.append(Line(ERROR, sheet, row, column, f"{at}: {reason}."))

    def ignored(self, where: tuple[str, int | None, str | None], reason: str) -> None:
        sheet, row, column = where
        at = f"{sheet}, row {row}" if row else sheet
        at += f", {column}" if column else ""
        self.lines.append(Line(IGNORED, sheet, row, column, f"{at}: {reason}; not imported."))

    # --- comparing -----------------------------------------------------------------------------------

    def three_way(
        self,
        where: tuple[str, int, str],
        label: str,
        name: str,
        table: str,
        base: Any,
        ours: Any,
        theirs: Any,
        edit: Edit,
        key: str,
    ) -> None:
        """One value: unchanged, a change the file made, or a conflict."""
        sheet, row, column = where
        outcome = merge_value(base, ours, theirs)
        if outcome == UNCHANGED:
            return
        at = f"{sheet}, row {row} ({label}), {column}"
        if outcome != MERGE_CONFLICT:
            sentence = f"{at}: {show(ours)} → {show(theirs)}."
            self.lines.append(
                Line(CHANGED, sheet, row, column, sentence, key, name, ours, theirs, None, edit)
            )
        else:
            sentence = (
                f"{at}: conflict — exported {show(base)}, since then the app has {show(ours)} "
                f"and the file has {show(theirs)}."
            )
            self.lines.append(
                Line(CONFLICT, sheet, row, column, sentence, key, name, base, theirs, ours, edit)
            )

    def run(self) -> list[Line]:
        self.summary()
        self.matrix()
        for spec in L.LIST_SHEETS:
            self.list_sheet(spec)
        return self.lines

    def summary(self) -> None:
        sheet = self.parsed.sheets.get("Summary")
        if sheet is None:
            return
        by_label = {f.label: f for f in L.SUMMARY_FIELDS}
        for number, row in sheet.body():
            label = _at(row, 0)
            spec = by_label.get(label.strip()) if isinstance(label, str) else None
            if spec is None:
                continue
            where = (sheet.title, number, spec.label)
            ok, theirs = self.read("evaluation", spec.field, spec.kind, _at(row, 1), where)
            if not ok:
                continue
            base = _normal("evaluation", spec.field, self.base.get(spec.field))
            ours = _normal("evaluation", spec.field, self.ours.get(spec.field))
            edit = Edit("evaluation", values={spec.field: theirs})
            self.three_way(
                where,
                "the evaluation",
                spec.field,
                "evaluation",
                base,
                ours,
                theirs,
                edit,
                f"evaluation:{spec.field}",
            )

    def matrix(self) -> None:
        sheet = self.parsed.sheets.get("Matrix")
        if sheet is None:
            return
        head = sheet.header()
        if "ID" not in head or "Weight" not in head:
            self.error((sheet.title, 1, None), "the ID or Weight column is missing")
            return
        columns: list[tuple[str, int, int]] = []  # (header, column index, option id)
        for header, option_id in self.parsed.meta.get("option_columns", []):
            if header not in head:
                self.error(
                    (sheet.title, 1, header), "this option's column is missing; its scores are not read"
                )
            else:
                columns.append((header, head[header], option_id))
        every = {c["id"]: c for g in self.ours["criteria_groups"] for c in g["criteria"]}
        every |= {c["id"]: c for c in self.ours["ungrouped_criteria"]}
        base_all = {c["id"]: c for g in self.base["criteria_groups"] for c in g["criteria"]}
        base_all |= {c["id"]: c for c in self.base["ungrouped_criteria"]}
        base_scores = {(s["option_id"], s["criterion_id"]): s["value"] for s in self.base["scores"]}
        ours_scores = {(s["option_id"], s["criterion_id"]): s["value"] for s in self.ours["scores"]}
        ours_options = {o["id"] for o in self.ours["options"]}
        pairwise = self.base.get("weight_source") == "pairwise"
        seen: set[int] = set()
        damaged_ids = False
        for number, row in sheet.body():
            rid = _at(row, head["ID"])
            name = _at(row, head.get("Criterion", -1))
            if rid is None:
                if isinstance(name, str) and name.strip() and name.strip() not in L.MATRIX_TOTALS:
                    self.ignored((sheet.title, number, "Criterion"), "criteria are added in the app")
                continue
            if isinstance(rid, int | float) and not isinstance(rid, bool) and cell_id(rid) is None:
                self.error((sheet.title, number, "ID"), f"{show(rid)} is not the ID of a criterion")
                damaged_ids = True
                continue
            cid = cell_id(rid)
            if cid is None or cid not in base_all:
                continue  # the totals below the table, and the notes
            seen.add(cid)
            base_c, ours_c = base_all[cid], every.get(cid)
            label = base_c["name"]
            if isinstance(name, str) and name.strip() != base_c["name"]:
                self.ignored((sheet.title, number, "Criterion"), "criteria are renamed in the app")
            if ours_c is None:
                self.ignored((sheet.title, number, None), f"the criterion {label!r} was deleted in the app")
                continue
            where = (sheet.title, number, "Weight")
            ok, weight = self.read("criterion", "weight", "number", _at(row, head["Weight"]), where)
            if ok and pairwise:
                if not same(weight, base_c["weight"]):
                    pass  # the sheet shows AHP weights; they are derived, never imported
            elif ok:
                edit = Edit("update", "criterion", cid, values={"weight": weight})
                self.three_way(
                    where,
                    label,
                    "weight",
                    "criterion",
                    base_c["weight"],
                    ours_c["weight"],
                    weight,
                    edit,
                    f"criterion:{cid}:weight",
                )
            if ours_c.get("value_source", "manual") != "manual":
                continue
            for header, index, option_id in columns:
                where = (sheet.title, number, header)
                ok, value = self.read("score", "value", "number", _at(row, index), where)
                if not ok:
                    continue
                base_v, ours_v = base_scores.get((option_id, cid)), ours_scores.get((option_id, cid))
                if same(value, base_v) or same(value, ours_v):
                    continue
                if option_id not in ours_options:
                    self.ignored(where, "this option was deleted in the app")
                    continue
                if value is not None:
                    try:
                        from duediligence.operations.rules import check_score

                        check_score(SimpleNamespace(**ours_c), {"value": value}, "")
                    except ValidationError as exc:
                        self.error(where, f"{exc.reason} (got {show(value)})")
                        continue
                edit = Edit("score", "score", option_id, cid, {"value": value})
                self.three_way(
                    where,
                    f"{label} × {header}",
                    "value",
                    "score",
                    base_v,
                    ours_v,
                    value,
                    edit,
                    f"score:{option_id}:{cid}:value",
                )
        for cid in base_all.keys() - seen if not damaged_ids else ():  # which row is gone is unknown
            self.ignored(
                (sheet.title, None, None),
                f"the row of criterion {base_all[cid]['name']!r} is missing; criteria are removed in the app",
            )

    def list_sheet(self, spec: L.ListSheet) -> None:
        sheet = self.parsed.sheets.get(spec.key)
        if sheet is None:
            return
        head = sheet.header()
        missing = [c.header for c in spec.columns if c.field and c.header not in head]
        if "ID" not in head or missing:
            self.error((sheet.title, 1, None), f"columns are missing: {', '.join(missing or ['ID'])}")
            return
        base = {r["id"]: r for r in spec.rows(self.base)}
        ours = {r["id"]: r for r in spec.rows(self.ours)}
        editable = [c for c in spec.columns if c.field and c.kind not in ("id", "formula", "label")]
        seen: dict[int, int] = {}
        damaged_ids = False
        for number, row in sheet.body():
            raw_id = _at(row, head["ID"])
            rid = cell_id(raw_id)
            if raw_id is not None and (rid is None or rid not in base):
                self.error(
                    (sheet.title, number, "ID"),
                    f"{show(raw_id)} is not the ID of a row exported from this "
                    "evaluation; leave ID empty for a new row",
                )
                damaged_ids = True
                continue
            if rid is not None and rid in seen:
                self.error((sheet.title, number, "ID"), f"the ID {rid} also appears in row {seen[rid]}")
                continue
            theirs: dict[str, Any] = {}
            bad = False
            for c in editable:
                ok, value = self.read(
                    spec.table, c.field, c.kind, _at(row, head[c.header]), (sheet.title, number, c.header)
                )  # type: ignore[arg-type]
                bad |= not ok
                theirs[c.field] = value  # type: ignore[index]
            if rid is None:
                if not bad:
                    self.added(spec, sheet, number, theirs)
                continue
            seen[rid] = number
            if not bad:
                self.existing(spec, sheet, number, rid, base[rid], ours.get(rid), theirs, editable)
        for rid in base.keys() - seen.keys() if not damaged_ids else ():  # which row is gone is unknown
            self.removed(spec, sheet, rid, base[rid], ours.get(rid), editable)

    def _target(self, spec: L.ListSheet, row: dict[str, Any], values: dict[str, Any]) -> Edit:
        if spec.table == "score":
            return Edit("score", "score", row["option_id"], row["criterion_id"], values)
        return Edit("update", spec.table, row["id"], values=values)

    def existing(
        self,
        spec: L.ListSheet,
        sheet: SheetRows,
        number: int,
        rid: int,
        base: dict[str, Any],
        ours: dict[str, Any] | None,
        theirs: dict[str, Any],
        editable: list[L.Column],
    ) -> None:
        label = _label(spec, base)
        norm_base = {c.field: _normal(spec.table, c.field, base.get(c.field)) for c in editable}  # type: ignore[arg-type]
        if ours is None:
            if all(same(theirs[f], norm_base[f]) for f in theirs):
                return
            values = {**spec.fixed, **{k: v for k, v in theirs.items() if k != spec.parent}}
            parents = {spec.parent: theirs[spec.parent]} if spec.parent else {}
            at = f"{sheet.title}, row {number} ({label})"
            sentence = f"{at}: conflict — changed in the file but deleted in the app."
            self.lines.append(
                Line(
                    CONFLICT,
                    sheet.title,
                    number,
                    None,
                    sentence,
                    f"{spec.table}:{rid}:row",
                    edit=Edit("add", spec.table, values=values, parents=parents),
                )
            )
            return
        for c in editable:
            name = c.field
            assert name is not None
            old = _normal(spec.table, name, ours.get(name))
            if name == spec.parent:
                if not same(theirs[name], norm_base[name]):
                    self.error(
                        (sheet.title, number, c.header),
                        "a cost cannot move to another option; delete the row and add a new one",
                    )
                continue
            edit = self._target(spec, base, {name: theirs[name]})
            self.three_way(
                (sheet.title, number, c.header),
                label,
                name,
                spec.table,
                norm_base[name],
                old,
                theirs[name],
                edit,
                f"{spec.table}:{rid}:{name}",
            )

    def added(self, spec: L.ListSheet, sheet: SheetRows, number: int, theirs: dict[str, Any]) -> None:
        where = (sheet.title, number, None)
        if not spec.can_add:
            self.ignored(where, "rows are not added here (type the score in the Matrix first)")
            return
        values = {
            **spec.fixed,
            **{k: v for k, v in theirs.items() if k != spec.parent and v not in (None, "")},
        }
        parents: dict[str, int] = {}
        if spec.parent:
            if theirs.get(spec.parent) is None:
                self.error((sheet.title, number, "Option"), "a new cost needs its option")
                return
            parents = {spec.parent: theirs[spec.parent]}
        try:
            from duediligence.validation import clean

            clean(fields.BY_TABLE[spec.table] | fields.REFERENCES.get(spec.table, {}), dict(values))
            for required in ("title", "name", "label", "text", "noted_on"):
                if required in _checker_names(spec.table) and not values.get(required):
                    raise ValidationError(required, None, "cannot be empty")
        except ValidationError as exc:
            self.error(where, f"the new row cannot be added: {exc.field} {exc.reason}")
            return
        label = _label(spec, theirs)
        sentence = f"{sheet.title}, row {number}: new {spec.table.replace('_', ' ')} {label}."
        self.lines.append(
            Line(
                ADDED,
                sheet.title,
                number,
                None,
                sentence,
                f"{spec.table}:new:{sheet.title}:{number}",
                new=values,
                edit=Edit("add", spec.table, values=values, parents=parents),
            )
        )

    def removed(
        self,
        spec: L.ListSheet,
        sheet: SheetRows,
        rid: int,
        base: dict[str, Any],
        ours: dict[str, Any] | None,
        editable: list[L.Column],
    ) -> None:
        label = _label(spec, base)
        where = (sheet.title, None, None)
        if ours is None:
            return
        if not spec.can_remove:
            self.ignored(where, f"the row of {label} is missing; scores are removed in the app")
            return
        unchanged = all(
            same(
                _normal(spec.table, c.field, ours.get(c.field)),
                _normal(spec.table, c.field, base.get(c.field)),
            )  # type: ignore[arg-type]
            for c in editable
        )
        what = spec.table.replace("_", " ")
        cascade = " with its costs and scores" if spec.table == "option" else ""
        if unchanged:
            sentence = f"{sheet.title}: {what} {label} removed{cascade}."
            kind = REMOVED
        else:
            sentence = (
                f"{sheet.title}: conflict — {what} {label} was removed in the file but changed in the app."
            )
            kind = CONFLICT
        self.lines.append(
            Line(
                kind,
                sheet.title,
                None,
                None,
                sentence,
                f"{spec.table}:{rid}:row",
                old=label,
                edit=Edit("delete", spec.table, rid),
            )
        )


def _at(row: tuple[Any, ...], index: int) -> Any:
    return row[index] if 0 <= index < len(row) else None


def _label(spec: L.ListSheet, row: dict[str, Any]) -> str:
    for name in ("name", "title", "label", "text"):
        if row.get(name):
            return show(str(row[name]))
    return f"#{row.get('id', '?')}"


def _checker_names(table: str) -> set[str]:
    return set(fields.BY_TABLE[table])


def diff_evaluation(parsed: ParsedEvaluation, ours: dict[str, Any] | None) -> list[Line]:
    """Every difference between the file and the app for one evaluation (ours None: a new evaluation)."""
    lines = Differ(parsed, ours).run()
    counts: dict[str, int] = {}
    result = []
    for line in lines:  # keys must be unique, so that a caller can name each line
        key = line.key or f"{line.kind}:{line.sheet}:{line.row}:{line.column}"
        counts[key] = counts.get(key, 0) + 1
        if counts[key] > 1:
            key = f"{key}#{counts[key]}"
        result.append(Line(**{**line.__dict__, "key": key}))
    return result
