"""The list sheets of an imported workbook (Options, Costs, Risks, Stakeholders…): rows changed,
added and removed, each matched to its row by the ID column."""

from __future__ import annotations

from typing import Any

from duediligence import fields
from duediligence.errors import ValidationError, fill
from duediligence.exchange import layout as L
from duediligence.exchange.diff_base import at, checker_names, label_of, normal, show
from duediligence.exchange.diff_calculated import CalculatedCells
from duediligence.exchange.diff_scores import ScoreCells
from duediligence.exchange.lines import ADDED, CONFLICT, REMOVED, Line, Place, conflict_detail
from duediligence.exchange.merge import same
from duediligence.exchange.row_words import cannot_add, new_row, removed_but_changed, removed_row
from duediligence.exchange.safety import cell_id
from duediligence.exchange.xlsx_import import SheetRows
from duediligence.i18n import translate
from duediligence.operations.imports import Edit
from duediligence.validation import cannot_be_empty


class ListSheets(CalculatedCells):
    """Reads every list sheet (layout.LIST_SHEETS)."""

    def list_sheet(self, spec: L.ListSheet) -> None:
        sheet = self.parsed.sheets.get(spec.key)
        shared = section(spec, self.base)
        if sheet is None or shared is None:  # not in this file, or left out of the export: not shared
            return
        head = sheet.header()
        at_header = sheet.header_row()
        missing = [c.header for c in spec.columns if c.field and c.header not in head]
        if "ID" not in head or missing:
            self.error(
                Place(sheet.title, at_header),
                fill(
                    translate("ImportLines", "columns are missing: %1; nothing on this sheet is imported"),
                    ", ".join(missing or ["ID"]),
                ),
            )
            return
        base = {r["id"]: r for r in shared}
        ours = {r["id"]: r for r in section(spec, self.ours) or ()}
        editable = [c for c in spec.columns if c.field and c.kind not in ("id", "formula", "label")]
        seen: dict[int, int] = {}
        damaged_ids = False
        columns = [(c, head[c.header]) for c in editable]
        calculated = [
            (c, head[c.header]) for c in spec.columns if c.kind in ("formula", "label") and c.header in head
        ]
        for number, row in sheet.body():
            raw_id = at(row, head["ID"])
            rid = cell_id(raw_id)
            if (
                rid is not None
                and rid in base
                and rid not in seen
                and rid in ours
                and self.as_exported(columns, row, base[rid])
                and self.untouched(spec, calculated, row, base[rid])
            ):  # the row as exported: nothing to say about it
                seen[rid] = number
                self.row_numbers[(spec.table, rid)] = number
                continue
            label = self.row_label(spec, head, row, base.get(rid) if rid is not None else None)
            id_place = Place(sheet.title, number, "ID", head["ID"], label)
            if raw_id is not None and (rid is None or rid not in base):
                self.error(
                    id_place,
                    fill(
                        translate(
                            "ImportLines",
                            "%1 is not the ID of a row exported from this evaluation; "
                            "leave ID empty for a new row",
                        ),
                        show(raw_id),
                    ),
                )
                damaged_ids = True
                continue
            if rid is not None and rid in seen:
                sentence = translate("ImportLines", "the ID %1 also appears in row %2")
                self.error(id_place, fill(sentence, str(rid), str(seen[rid])))
                continue
            self.formula_columns(spec, sheet, head, number, row, base.get(rid) if rid else None, label)
            theirs: dict[str, Any] = {}
            bad = False
            for c in editable:
                index = head[c.header]
                ok, value = self.read(
                    spec.table,
                    c.key,
                    c.kind,
                    at(row, index),
                    Place(sheet.title, number, c.header, index, label),
                )
                bad |= not ok
                theirs[c.field] = value  # type: ignore[index]
            if rid is None:
                if not bad:
                    self.added(spec, sheet, number, theirs)
                continue
            seen[rid] = number
            self.row_numbers[(spec.table, rid)] = number
            if not bad:
                self.existing(spec, sheet, number, rid, base[rid], ours.get(rid), theirs, editable, head)
        for rid in base.keys() - seen.keys() if not damaged_ids else ():  # which row is gone is unknown
            self.removed(spec, sheet, rid, base[rid], ours.get(rid), editable)

    def _target(self, spec: L.ListSheet, row: dict[str, Any], values: dict[str, Any]) -> Edit:
        if spec.table == "score":
            return Edit("score", "score", row["option_id"], row["criterion_id"], values)
        return Edit("update", spec.table, row["id"], values=values)

    def row_label(
        self, spec: L.ListSheet, head: dict[str, int], row: tuple[Any, ...], base: dict[str, Any] | None
    ) -> str:
        """What a row is, for its lines: the exported row's name, else the name typed in the row."""
        if base is not None:
            return self.label(spec, base)
        for column in spec.columns:
            if column.field in NAME_FIELDS and column.header in head:
                value = at(row, head[column.header])
                if isinstance(value, str) and value.strip():
                    return value.strip()
        return ""

    def label(self, spec: L.ListSheet, row: dict[str, Any]) -> str:
        """A row's name in plain words; a score's "criterion × option", as in the Matrix."""
        if spec.table == "score":
            return f"{self.criterion_names.get(row.get('criterion_id'), '?')} × " + str(
                self.option_names.get(row.get("option_id"), "?")
            )
        for name in NAME_FIELDS:
            if row.get(name):
                return str(row[name])
        return f"#{row.get('id', '?')}"

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
        head: dict[str, int],
    ) -> None:
        label = self.label(spec, base)
        norm_base = {c.key: normal(spec.table, c.key, base.get(c.key)) for c in editable}
        if ours is None:
            if all(same(theirs[f], norm_base[f]) for f in theirs):
                return
            values = {**spec.fixed, **{k: v for k, v in theirs.items() if k != spec.parent}}
            deleted_in_app = translate(
                "ImportLines", "changed in the file but deleted in the app since the export"
            )
            parents = {spec.parent: theirs[spec.parent]} if spec.parent else {}
            self.lines.append(
                Line.at(
                    CONFLICT,
                    Place(sheet.title, number, label=label),
                    conflict_detail(deleted_in_app),
                    conflict=deleted_in_app,
                    key=f"{spec.table}:{rid}:row",
                    edit=Edit("add", spec.table, values=values, parents=parents),
                )
            )
            return
        for c in editable:
            name = c.field
            assert name is not None
            old = normal(spec.table, name, ours.get(name))
            place = Place(sheet.title, number, c.header, head[c.header], label)
            if name == spec.parent:
                if not same(theirs[name], norm_base[name]):
                    self.error(
                        place,
                        translate(
                            "ImportLines",
                            "a cost cannot move to another option; delete the row and add a new one",
                        ),
                    )
                continue
            edit = self._target(spec, base, {name: theirs[name]})
            index = self.three_way(
                place, name, norm_base[name], old, theirs[name], edit, f"{spec.table}:{rid}:{name}"
            )
            if spec.table == "score":
                cells = self.score_cells.setdefault((base["option_id"], base["criterion_id"]), ScoreCells())
                cells.evidence_row, cells.evidence_sheet = number, sheet.title
                if index is not None:
                    cells.lines[name] = index

    def added(self, spec: L.ListSheet, sheet: SheetRows, number: int, theirs: dict[str, Any]) -> None:
        label = label_of(spec, theirs)
        place = Place(sheet.title, number, label=label.strip("'") if label[:1] == "'" else "")
        if not spec.can_add:
            sentence = translate("ImportLines", "a row without ID; %1 rows are not added here, not imported")
            self.ignored(place, fill(sentence, spec.key))
            return
        values = {
            **spec.fixed,
            **{k: v for k, v in theirs.items() if k != spec.parent and v not in (None, "")},
        }
        parents: dict[str, int] = {}
        if spec.parent:
            if theirs.get(spec.parent) is None:
                self.error(place, translate("ImportLines", "a new cost needs its option"))
                return
            parents = {spec.parent: theirs[spec.parent]}
        try:
            from duediligence.validation import clean

            clean(fields.BY_TABLE[spec.table] | fields.REFERENCES.get(spec.table, {}), dict(values))
            for required in ("title", "name", "label", "text", "noted_on"):
                if required in checker_names(spec.table) and not values.get(required):
                    raise ValidationError(required, None, cannot_be_empty())
        except ValidationError as exc:
            its = fill(translate("ImportLines", "its %1 %2"), exc.field.replace("_", " "), exc.reason)
            self.error(place, cannot_add(spec.table, spec.fixed, its))
            return
        self.lines.append(
            Line.at(
                ADDED,
                place,
                new_row(spec.table, spec.fixed),
                key=f"{spec.table}:new:{sheet.title}:{number}",
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
        place = Place(sheet.title, label=self.label(spec, base))
        if ours is None:
            return
        if not spec.can_remove:
            sentence = translate(
                "ImportLines", "its row is not in the file; scores are removed in the app, so it stays"
            )
            self.ignored(place, sentence)
            return
        unchanged = all(
            same(
                normal(spec.table, c.key, ours.get(c.key)),
                normal(spec.table, c.key, base.get(c.key)),
            )
            for c in editable
        )
        if unchanged:
            detail, kind, conflict = removed_row(spec.table, spec.fixed), REMOVED, ""
        else:
            conflict = removed_but_changed(spec.table, spec.fixed)
            detail, kind = conflict_detail(conflict), CONFLICT
        self.lines.append(
            Line.at(
                kind,
                place,
                detail,
                key=f"{spec.table}:{rid}:row",
                old=label,
                edit=Edit("delete", spec.table, rid),
                conflict=conflict if kind == CONFLICT else "",
            )
        )


NAME_FIELDS = ("name", "title", "label", "text")


def section(spec: L.ListSheet, doc: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The rows of one list sheet in a document; None when the document leaves them out (an export
    for someone outside the team keeps only what its file shows)."""
    try:
        return list(spec.rows(doc))
    except (KeyError, TypeError):
        return None
