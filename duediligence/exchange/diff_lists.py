"""The list sheets of an imported workbook (Options, Costs, Risks, Stakeholders…): rows changed,
added and removed, each matched to its row by the ID column."""

from __future__ import annotations

from typing import Any

from duediligence import fields
from duediligence.errors import ValidationError
from duediligence.exchange import layout as L
from duediligence.exchange.diff_base import DifferBase, at, checker_names, label_of, normal, show
from duediligence.exchange.lines import ADDED, CONFLICT, REMOVED, Line
from duediligence.exchange.merge import same
from duediligence.exchange.safety import cell_id
from duediligence.exchange.xlsx_import import SheetRows
from duediligence.operations.imports import Edit


class ListSheets(DifferBase):
    """Reads every list sheet (layout.LIST_SHEETS)."""

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
            raw_id = at(row, head["ID"])
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
                    spec.table, c.key, c.kind, at(row, head[c.header]), (sheet.title, number, c.header)
                )
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
        label = label_of(spec, base)
        norm_base = {c.key: normal(spec.table, c.key, base.get(c.key)) for c in editable}
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
            old = normal(spec.table, name, ours.get(name))
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
                if required in checker_names(spec.table) and not values.get(required):
                    raise ValidationError(required, None, "cannot be empty")
        except ValidationError as exc:
            self.error(where, f"the new row cannot be added: {exc.field} {exc.reason}")
            return
        label = label_of(spec, theirs)
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
        label = label_of(spec, base)
        where = (sheet.title, None, None)
        if ours is None:
            return
        if not spec.can_remove:
            self.ignored(where, f"the row of {label} is missing; scores are removed in the app")
            return
        unchanged = all(
            same(
                normal(spec.table, c.key, ours.get(c.key)),
                normal(spec.table, c.key, base.get(c.key)),
            )
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
