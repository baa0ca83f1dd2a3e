"""The Matrix sheet of an imported workbook: weights, scores and their ranges, against base and app."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from duediligence.errors import ValidationError, fill
from duediligence.exchange import layout as L
from duediligence.exchange.diff_base import at, refusal, show
from duediligence.exchange.diff_calculated import CalculatedCells
from duediligence.exchange.diff_scores import ScoreCells
from duediligence.exchange.lines import Place
from duediligence.exchange.merge import same
from duediligence.exchange.safety import cell_id
from duediligence.i18n import translate
from duediligence.operations.imports import Edit

MATRIX_HEADERS = ("ID", "Criterion", "Weight")  # what tells the Matrix's header row


def all_criteria(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Every criterion of a document, grouped ones first; none where the document leaves them out."""
    grouped = [c for g in doc.get("criteria_groups", ()) for c in g.get("criteria", ())]
    return grouped + list(doc.get("ungrouped_criteria", ()))


class MatrixSheet(CalculatedCells):
    """Reads the Matrix sheet (criteria as rows, options as columns)."""

    def matrix(self) -> None:
        sheet = self.parsed.sheets.get("Matrix")
        if sheet is None:
            return
        head = sheet.header(MATRIX_HEADERS)
        if "ID" not in head or "Weight" not in head:
            self.error(
                Place(sheet.title),
                translate("ImportLines", "no header row with ID, Criterion and Weight was found"),
            )
            return
        columns: list[tuple[str, int, int]] = []  # (header, column index, option id)
        self.matrix_sheet = sheet.title
        for header, option_id in self.parsed.meta.get("option_columns", []):
            if header not in head:
                self.error(
                    Place(sheet.title, column=header),
                    fill(
                        translate(
                            "ImportLines", "the column of the option %1 is missing; its scores are not read"
                        ),
                        repr(header),
                    ),
                )
            else:
                columns.append((header, head[header], option_id))
                self.matrix_columns[option_id] = (header, head[header])
        every = {c["id"]: c for c in all_criteria(self.ours)}
        base_all = {c["id"]: c for c in all_criteria(self.base)}
        base_scores = {(s["option_id"], s["criterion_id"]): s["value"] for s in self.base.get("scores", ())}
        ours_scores = {(s["option_id"], s["criterion_id"]): s["value"] for s in self.ours.get("scores", ())}
        ours_options = {o["id"] for o in self.ours.get("options", ())}
        if "scores" not in self.base:  # the export kept no scores: they were not shared
            columns = []
        pairwise = self.base.get("weight_source") == "pairwise"
        seen: set[int] = set()
        damaged_ids = False
        for number, row in sheet.body(MATRIX_HEADERS):
            rid = at(row, head["ID"])
            name = at(row, head.get("Criterion", -1))
            if rid is None:
                if isinstance(name, str) and name.strip() and name.strip() not in L.MATRIX_TOTALS:
                    self.ignored(
                        Place(sheet.title, number, "Criterion", head.get("Criterion"), name.strip()),
                        translate(
                            "ImportLines", "a new criterion; criteria are added in the app, not imported"
                        ),
                    )
                continue
            if isinstance(rid, int | float) and not isinstance(rid, bool) and cell_id(rid) is None:
                self.error(
                    Place(sheet.title, number, "ID", head["ID"]),
                    fill(translate("ImportLines", "%1 is not the ID of a criterion"), show(rid)),
                )
                damaged_ids = True
                continue
            cid = cell_id(rid)
            if cid is None or cid not in base_all:
                continue  # the totals below the table, and the notes
            seen.add(cid)
            self.row_numbers[("criterion", cid)] = number
            base_c, ours_c = base_all[cid], every.get(cid)
            label = base_c["name"]
            if isinstance(name, str) and name.strip() != base_c["name"]:
                self.ignored(
                    Place(sheet.title, number, "Criterion", head.get("Criterion"), label),
                    fill(
                        translate(
                            "ImportLines", "renamed to %1; criteria are renamed in the app, not imported"
                        ),
                        show(name.strip()),
                    ),
                )
            if ours_c is None:
                self.ignored(
                    Place(sheet.title, number, label=label),
                    translate(
                        "ImportLines",
                        "this criterion was deleted in the app since the export; its row is not imported",
                    ),
                )
                continue
            self.matrix_formulas(sheet, head, number, row, label)
            self.scale_ends(sheet, head, number, row, base_c)
            self.criterion_setup(sheet, head, number, row, base_c)
            where = Place(sheet.title, number, "Weight", head["Weight"], label)
            ok, weight = self.read("criterion", "weight", "number", at(row, head["Weight"]), where)
            if ok and pairwise:
                self.pairwise_weight(where, weight, cid)
            elif ok:
                edit = Edit("update", "criterion", cid, values={"weight": weight})
                self.three_way(
                    where,
                    "weight",
                    base_c["weight"],
                    ours_c["weight"],
                    weight,
                    edit,
                    f"criterion:{cid}:weight",
                )
            if base_c.get("value_source", "manual") != "manual":
                for header, index, option_id in columns:
                    place = Place(sheet.title, number, header, index, f"{label} × {header}")
                    self.derived_value(place, at(row, index), base_c, option_id)
                continue
            if ours_c.get("value_source", "manual") != "manual":
                continue
            self.matrix_rows[cid] = (number, label)
            for header, index, option_id in columns:
                raw, base_v = at(row, index), base_scores.get((option_id, cid))
                if raw == base_v and not isinstance(raw, bool | str):
                    continue  # as exported: the file changes nothing here
                where = Place(sheet.title, number, header, index, f"{label} × {header}")
                ok, value = self.read("score", "value", "number", raw, where)
                if not ok:
                    continue
                ours_v = ours_scores.get((option_id, cid))
                if same(value, base_v) or same(value, ours_v):
                    continue
                if option_id not in ours_options:
                    deleted = translate(
                        "ImportLines", "this option was deleted in the app since the export; not imported"
                    )
                    self.ignored(where, deleted)
                    continue
                if value is not None:
                    try:
                        from duediligence.operations.rules import check_score

                        check_score(SimpleNamespace(**ours_c), {"value": value}, "")
                    except ValidationError as exc:
                        self.error(where, refusal(value, exc.why or exc.reason))
                        continue
                edit = Edit("score", "score", option_id, cid, {"value": value})
                line_at = self.three_way(
                    where, "value", base_v, ours_v, value, edit, f"score:{option_id}:{cid}:value"
                )
                if line_at is not None:
                    self.score_cells.setdefault((option_id, cid), ScoreCells()).lines["value"] = line_at
        self.result_rows(sheet, head)
        for cid in base_all.keys() - seen if not damaged_ids else ():  # which row is gone is unknown
            self.ignored(
                Place(sheet.title, label=base_all[cid]["name"]),
                translate(
                    "ImportLines", "its row is not in the file; criteria are removed in the app, so it stays"
                ),
            )
