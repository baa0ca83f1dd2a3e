"""A file exported from another workbook file comes in as a new evaluation. Its review lists what the
new evaluation holds, as additions with the file's values ("new criterion, weight 5"), never as
changes to an evaluation this workbook never had ("Weight 3 → 5"). The file's edits to the exported
document are applied with it, as one step: `edits` go with the plan, not with its lines."""

from __future__ import annotations

import copy
from typing import Any

from duediligence.errors import fill
from duediligence.exchange import layout as L
from duediligence.exchange.cell_words import show
from duediligence.exchange.diff import Differ, unique_keys
from duediligence.exchange.diff_lists import section
from duediligence.exchange.lines import ADDED, CHANGED, ERROR, IGNORED, REMOVED, Line, Place
from duediligence.exchange.row_words import new_row
from duediligence.exchange.xlsx_import import ParsedEvaluation
from duediligence.i18n import translate
from duediligence.operations.imports import Edit

SECTIONS = {"options": "option", "stakeholders": "stakeholder", "change_notes": "change_note"}
SECTIONS |= {"actions": "action_item", "risks": "risk_item"}


def new_evaluation_review(parsed: ParsedEvaluation) -> tuple[list[Line], tuple[Edit, ...]]:
    """(the lines to show, the edits to apply after inserting the exported document)."""
    differ = Differ(parsed, None)
    found = differ.run()
    edits = tuple(line.edit for line in found if line.kind in (ADDED, CHANGED, REMOVED) and line.edit)
    doc = _with_edits(differ.base, edits)
    titles = {key: sheet.title for key, sheet in parsed.sheets.items()}

    def place(key: str, table: str, row_id: int, label: str) -> Place:
        return Place(titles.get(key, key), differ.row_numbers.get((table, row_id)), label=label)

    lines: list[Line] = []
    for option in doc["options"]:
        lines.append(Line.at(ADDED, place("Options", "option", option["id"], option["name"]), "new option"))
    criteria = [c for g in doc["criteria_groups"] for c in g["criteria"]] + doc["ungrouped_criteria"]
    pairwise = doc.get("weight_source") == "pairwise"
    for c in criteria:
        source = c.get("value_source", "manual")
        if pairwise and source == "manual":
            said = translate("ImportRows", "new criterion, weight from the pairwise comparisons")
        elif pairwise:
            said = translate(
                "ImportRows", "new criterion, weight from the pairwise comparisons, values from %2"
            )
        elif source == "manual":
            said = translate("ImportRows", "new criterion, weight %1")
        else:
            said = translate("ImportRows", "new criterion, weight %1, values from %2")
        detail = fill(said, show(c["weight"]), source.replace("_", " "))
        lines.append(Line.at(ADDED, place("Matrix", "criterion", c["id"], c["name"]), detail))
    manual = {c["id"] for c in criteria if c.get("value_source", "manual") == "manual"}
    for option in doc["options"]:
        scored = sum(
            1
            for s in doc["scores"]
            if s["option_id"] == option["id"] and s["criterion_id"] in manual and s["value"] is not None
        )
        matrix = Place(titles.get("Matrix", "Matrix"), label=option["name"])
        scores = fill(translate("ImportRows", "scores for %1 of %2 criteria"), str(scored), str(len(manual)))
        lines.append(Line.at(ADDED, matrix, scores))
    for spec in L.LIST_SHEETS:
        if spec.key in ("Options", "Evidence"):
            continue
        for row in section(spec, doc) or ():
            label = next((str(row[n]) for n in ("name", "title", "label", "text") if row.get(n)), "")
            lines.append(
                Line.at(
                    ADDED,
                    place(spec.key, spec.table, row["id"], label),
                    new_row(spec.table, spec.fixed),
                )
            )
    lines += [line for line in found if line.kind == ADDED]  # rows a colleague typed into the file
    lines += [line for line in found if line.kind in (ERROR, IGNORED)]
    shown = [Line(**{**line.__dict__, "edit": None}) for line in lines]
    return unique_keys(shown), edits


def _with_edits(base: dict[str, Any], edits: tuple[Edit, ...]) -> dict[str, Any]:
    """The exported document as the file leaves it: updated values, removed rows gone (rows added in
    the file are listed from their own lines)."""
    doc = copy.deepcopy(base)
    tables: dict[str, list[dict[str, Any]]] = {"option": doc.get("options", [])}
    tables["criterion"] = [c for g in doc.get("criteria_groups", []) for c in g["criteria"]]
    tables["criterion"] += doc.get("ungrouped_criteria", [])
    tables["cost_item"] = [cost for o in doc.get("options", []) for cost in o.get("costs", [])]
    for key, table in SECTIONS.items():
        if key != "options":
            tables[table] = doc.get(key, [])
    scores = {(s["option_id"], s["criterion_id"]): s for s in doc.get("scores", [])}
    gone: set[tuple[str, int]] = set()
    for edit in edits:
        if edit.action == "evaluation":
            doc.update(edit.values)
        elif edit.action == "score" and (edit.row_id, edit.other_id) in scores:
            scores[(edit.row_id, edit.other_id)].update(edit.values)
        elif edit.action == "update" and edit.table in tables:
            for row in tables[edit.table]:
                if row["id"] == edit.row_id:
                    row.update(edit.values)
        elif edit.action == "delete" and edit.table is not None and edit.row_id is not None:
            gone.add((edit.table, edit.row_id))
    for key, table in SECTIONS.items():
        if key in doc:
            doc[key] = [row for row in doc[key] if (table, row["id"]) not in gone]
    for option in doc.get("options", []):
        option["costs"] = [c for c in option.get("costs", []) if ("cost_item", c["id"]) not in gone]
    removed_options = {row_id for table, row_id in gone if table == "option"}
    doc["scores"] = [s for s in doc.get("scores", []) if s["option_id"] not in removed_options]
    return doc
