"""Applying an imported workbook: the accepted edits as the generic row operations (AddRow,
UpdateRow, SetScore, DeleteRows, UpdateEvaluation), one undoable step; and `ImportAsNewEvaluation`,
the one operation for a workbook that came from another workbook file: it inserts the exported
document as a new evaluation, then applies the file's edits to it, mapping the exported ids to the
new ones."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from duediligence.operations import Applied, Batch, Operation
from duediligence.storage.models import TABLE_NAMES

ORDER = list(TABLE_NAMES)  # parents before children
REFERENCE_TABLES = {"option_id": "option", "stakeholder_id": "stakeholder", "chosen_option_id": "option"}


@dataclass(frozen=True)
class Edit:
    """What accepting a line does, in the ids of the evaluation it was exported from.

    action: "evaluation" (values), "update" (table, row_id, values), "score" (row_id = option id,
    other_id = criterion id, values), "add" (table, values, parents), "delete" (table, row_id).
    """

    action: str
    table: str | None = None
    row_id: int | None = None
    other_id: int | None = None
    values: Mapping[str, Any] = field(default_factory=dict)
    parents: Mapping[str, int] = field(default_factory=dict)


def edit_operations(
    edits: Sequence[Edit], evaluation_id: int, remap: Mapping[str, Mapping[int, int]] | None = None
) -> list[Operation]:
    """One operation per touched row (a row's changed fields together), updates before additions,
    deletions last with children before parents."""
    from duediligence.operations.edits import AddRow, SetScore, UpdateRow
    from duediligence.operations.evaluations import UpdateEvaluation
    from duediligence.operations.rows import DeleteRows

    remap = remap or {}

    def new_id(table: str, old: int) -> int:
        return remap.get(table, {}).get(old, old)

    def ids_in(values: Mapping[str, Any]) -> dict[str, Any]:
        return {
            k: new_id(REFERENCE_TABLES[k], v) if k in REFERENCE_TABLES and v is not None else v
            for k, v in values.items()
        }

    grouped: dict[tuple[Any, ...], dict[str, Any]] = {}
    adds, deletes = [], []
    for edit in edits:
        if edit.action == "add":
            adds.append(edit)
        elif edit.action == "delete":
            deletes.append(edit)
        else:
            key = (edit.action, edit.table, edit.row_id, edit.other_id)
            grouped.setdefault(key, {}).update(edit.values)
    ops: list[Operation] = []
    for (action, table, row_id, other_id), values in sorted(grouped.items(), key=lambda kv: _rank(kv[0][1])):
        if action == "evaluation":
            ops.append(UpdateEvaluation(evaluation_id, ids_in(values)))
        elif action == "score":
            ops.append(SetScore(new_id("option", row_id), new_id("criterion", other_id), ids_in(values)))
        else:
            ops.append(UpdateRow(table, new_id(table, row_id), ids_in(values)))
    for edit in sorted(adds, key=lambda e: _rank(e.table)):
        ops.append(AddRow(edit.table, evaluation_id, ids_in(edit.values), ids_in(edit.parents)))  # type: ignore[arg-type]
    for edit in sorted(deletes, key=lambda e: -_rank(e.table)):
        ops.append(DeleteRows(edit.table, (new_id(edit.table, edit.row_id),)))  # type: ignore[arg-type]
    return ops


def _rank(table: str | None) -> int:
    return ORDER.index(table) if table in ORDER else -1


@dataclass(frozen=True)
class ImportAsNewEvaluation:
    """Create a new evaluation from an exported document, then apply the file's edits to it."""

    document: Mapping[str, Any]
    edits: tuple[Edit, ...] = ()

    def apply(self, session: Session) -> Applied:
        from duediligence.operations.documents import insert_document
        from duediligence.operations.evaluations import EVALUATION_KINDS, DeleteEvaluation
        from duediligence.reads.documents import evaluation_document

        doc = {k: v for k, v in self.document.items() if k != "chosen_option_id"}  # ids of another file
        evaluation_id = insert_document(session, doc, where="imported workbook: ")
        remap = id_map(dict(self.document), evaluation_document(session, evaluation_id))
        Batch(tuple(edit_operations(self.edits, evaluation_id, remap))).apply(session)
        from duediligence.changes import Changes

        changes = Changes(EVALUATION_KINDS, frozenset({evaluation_id}), evaluation_list=True)
        return Applied(DeleteEvaluation(evaluation_id), changes, evaluation_id)


def id_map(old: dict[str, Any], new: dict[str, Any]) -> dict[str, dict[int, int]]:
    """Exported ids -> ids of the same rows after `insert_document` (rows keep their order)."""

    def pair(table: str, a: list[dict[str, Any]], b: list[dict[str, Any]]) -> None:
        if len(a) != len(b):
            raise ValueError(f"{table}: {len(a)} rows exported, {len(b)} inserted")
        result.setdefault(table, {}).update({x["id"]: y["id"] for x, y in zip(a, b, strict=True)})

    def criteria(doc: dict[str, Any]) -> list[dict[str, Any]]:
        return [c for g in doc["criteria_groups"] for c in g["criteria"]] + doc["ungrouped_criteria"]

    result: dict[str, dict[int, int]] = {}
    pair("option", old["options"], new["options"])
    pair(
        "cost_item",
        [c for o in old["options"] for c in o["costs"]],
        [c for o in new["options"] for c in o["costs"]],
    )
    pair("criterion_group", old["criteria_groups"], new["criteria_groups"])
    pair("criterion", criteria(old), criteria(new))
    new_scores = {(s["option"], s["criterion"]): s["id"] for s in new["scores"]}
    result["score"] = {s["id"]: new_scores[(s["option"], s["criterion"])] for s in old["scores"]}
    for key, table in (
        ("risks", "risk_item"),
        ("stakeholders", "stakeholder"),
        ("change_notes", "change_note"),
        ("actions", "action_item"),
        ("approvals", "approval"),
    ):
        pair(table, old.get(key, []), new[key])  # an export may leave a part out: not shared
    return result
