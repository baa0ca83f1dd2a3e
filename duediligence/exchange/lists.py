"""Importing a plain list of options or criteria from a CSV or .xlsx file (a vendor long-list, a
colleague's criteria catalogue), with the columns mapped to fields.

table = read_table(path)                                     -> RawTable: header + rows, bounded, untrusted
mapping = suggest_mapping(table.headers, "options")          -> {column index: field}; absent = ignored
plan = plan_list_import(session, evaluation_id, table, "options", mapping)
plan.lines                                                   -> add / skipped / error, with row and column
plan.operation()                                             -> one Batch (one undo step)

A file is read as untrusted input: CSV bounded in bytes, rows, columns and cell length; .xlsx through
the same guards as the Excel import (zip bounds, defusedxml, read-only over real cells). Nothing is
ever evaluated: a cell such as "=1+1" is the text "=1+1". Values go through the same `fields.py`
checkers as every editor; one error line blocks the whole import, so nothing is half-imported.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from duediligence.errors import NotFoundError, ValidationError, WorkbookError, fill
from duediligence.exchange.list_columns import (
    CRITERIA,
    FIELD_LABELS,
    GROUP,
    OPTIONS,
    TARGET_FIELDS,
    TARGETS,
    convert_value,
)
from duediligence.exchange.list_files import RawTable, as_text, is_empty
from duediligence.exchange.safety import printable, quoted
from duediligence.i18n import translate

if TYPE_CHECKING:  # the UI imports this module at start-up: SQLAlchemy loads when a plan is made
    from sqlmodel import Session

    from duediligence.operations import Batch, Operation


ADD, SKIP, ERROR = "add", "skip", "error"


# --- reading ---------------------------------------------------------------------------------------


# --- mapping ---------------------------------------------------------------------------------------


# --- values ----------------------------------------------------------------------------------------


# --- planning --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListLine:
    """One line of the plan: a row added, skipped (and why) or refused (row, column and reason)."""

    kind: str  # ADD, SKIP or ERROR
    row: int | None  # the row number in the file; None for a line about the mapping
    column: str | None  # the file's column header
    name: str  # the row's name, when it has one
    text: str  # what happens, or why not

    @property
    def sentence(self) -> str:
        if self.row:
            at = fill(translate("ImportLists", "Row %1"), str(self.row))
        else:
            at = translate("ImportLists", "Columns")
        if self.name and self.row:
            at = fill(translate("ImportLists", "%1 (%2)"), at, self.name)
        if self.column:
            at = fill(translate("ImportLists", "%1, %2"), at, self.column)
        return fill(translate("ImportLists", "%1: %2"), at, self.text)


@dataclass(frozen=True)
class NewRow:
    row: int
    values: dict[str, Any]
    group: str | None = None  # criteria: the group's name as it will be stored


@dataclass(frozen=True)
class ListImportPlan:
    evaluation_id: int
    target: str
    lines: tuple[ListLine, ...]
    rows: tuple[NewRow, ...]
    new_groups: tuple[str, ...] = ()

    @property
    def errors(self) -> tuple[ListLine, ...]:
        return tuple(line for line in self.lines if line.kind == ERROR)

    @property
    def skipped(self) -> tuple[ListLine, ...]:
        return tuple(line for line in self.lines if line.kind == SKIP)

    @property
    def can_apply(self) -> bool:
        return not self.errors and bool(self.rows)

    def operation(self) -> Batch:
        """One Batch: new groups first, then the rows in file order. Refused while errors remain."""
        if self.errors:
            raise WorkbookError(
                f"{len(self.errors)} value(s) cannot be imported ({self.errors[0].sentence}); "
                "nothing was imported."
            )
        if not self.rows:
            raise WorkbookError(translate("ImportLists", "The list adds nothing; nothing was imported."))
        from duediligence.operations import Batch
        from duediligence.operations.edits import AddCriterionInGroup, AddRow

        table = "option" if self.target == OPTIONS else "criterion"

        ops: list[Operation] = [
            AddRow("criterion_group", self.evaluation_id, {"name": name}) for name in self.new_groups
        ]
        for row in self.rows:
            if row.group is None:
                ops.append(AddRow(table, self.evaluation_id, row.values))
            else:
                ops.append(AddCriterionInGroup(self.evaluation_id, row.group, row.values))
        return Batch(tuple(ops))


def _existing_names(session: Session, model: Any, evaluation_id: int) -> dict[str, str]:
    """Stored names of one table, by their folded form (for matching "CRM" with "crm ")."""
    from sqlalchemy import select

    names = session.execute(select(model.name).where(model.evaluation_id == evaluation_id)).scalars()
    return {_fold(n): n for n in names}


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def plan_list_import(
    session: Session, evaluation_id: int, table: RawTable, target: str, mapping: Mapping[int, str]
) -> ListImportPlan:
    """What importing `table` as `target` with `mapping` would add, skip or refuse; writes nothing.

    A row whose name the evaluation (or an earlier row) already has is skipped with a line; a row
    without a name is skipped; a value a field refuses is an error line naming row and column.
    """
    from duediligence.storage.models import Criterion, CriterionGroup, Evaluation, Option

    if target not in TARGETS:
        raise ValueError(f"unknown list target {target!r}")
    if session.get(Evaluation, evaluation_id) is None:
        raise NotFoundError("evaluation", evaluation_id)
    allowed = TARGET_FIELDS[target]
    lines: list[ListLine] = []
    by_field: dict[str, list[int]] = {}
    for column, name in sorted(mapping.items()):
        if name is None or not 0 <= column < len(table.headers):
            continue
        if name not in allowed:
            raise ValueError(f"{name!r} is not a field of {target}")
        by_field.setdefault(name, []).append(column)
    for name, mapped in by_field.items():
        if len(mapped) > 1:
            listed = f"“{table.headers[mapped[0]]}”"
            for c in mapped[1:]:
                listed = fill(translate("ImportLists", "%1 and %2"), listed, f"“{table.headers[c]}”")
            label = translate("ImportLists", FIELD_LABELS[name])
            lines.append(
                ListLine(
                    ERROR,
                    None,
                    None,
                    "",
                    fill(
                        translate("ImportLists", "%1 are all mapped to %2; ignore all but one"), listed, label
                    ),
                )
            )
    if "name" not in by_field:
        lines.append(
            ListLine(
                ERROR,
                None,
                None,
                "",
                translate("ImportLists", "no column is mapped to Name; map the column holding the names"),
            )
        )
    if lines:
        return ListImportPlan(evaluation_id, target, tuple(lines), ())

    model = Option if target == OPTIONS else Criterion
    taken = _existing_names(session, model, evaluation_id)
    groups = _existing_names(session, CriterionGroup, evaluation_id) if target == CRITERIA else {}
    new_groups: dict[str, str] = {}
    seen: dict[str, int] = {}
    rows: list[NewRow] = []
    columns = {name: cols[0] for name, cols in by_field.items()}
    for number, cells in table.rows:
        raw_name = cells[columns["name"]]
        shown_name = printable(as_text(raw_name).strip())
        if all(is_empty(cells[c]) for c in columns.values()):
            continue  # a row with nothing in the mapped columns: not a line at all
        if is_empty(raw_name):
            skipped = translate("ImportLists", "no name; skipped")
            lines.append(ListLine(SKIP, number, table.headers[columns["name"]], "", skipped))
            continue
        values: dict[str, Any] = {}
        group: str | None = None
        problems: list[ListLine] = []
        formulas: list[str] = []
        for name, column in columns.items():
            raw = cells[column]
            try:
                value = convert_value(target, name, raw)
            except ValidationError as exc:
                got = quoted(as_text(exc.value))
                problems.append(
                    ListLine(
                        ERROR,
                        number,
                        table.headers[column],
                        shown_name,
                        fill(translate("ImportLists", "%1 (got “%2”)"), exc.reason, got),
                    )
                )
                continue
            if isinstance(raw, str) and raw.lstrip().startswith("="):
                formulas.append(table.headers[column])
            if value is None:
                continue
            if name == GROUP:
                group = value
            else:
                values[name] = value
        if problems:
            lines.extend(problems)
            continue
        key = _fold(values["name"])
        if key in taken:
            lines.append(
                ListLine(
                    SKIP,
                    number,
                    None,
                    shown_name,
                    fill(
                        translate("ImportLists", "an option named “%1” already exists; skipped")
                        if target == OPTIONS
                        else translate("ImportLists", "a criterion named “%1” already exists; skipped"),
                        taken[key],
                    ),
                )
            )
            continue
        if key in seen:
            lines.append(
                ListLine(
                    SKIP,
                    number,
                    None,
                    shown_name,
                    fill(translate("ImportLists", "the same name is on row %1; skipped"), str(seen[key])),
                )
            )
            continue
        seen[key] = number
        if group is not None:
            folded = _fold(group)
            group = groups[folded] if folded in groups else new_groups.setdefault(folded, group)
        rows.append(NewRow(number, values, group))
        text = _will_add(target == OPTIONS, group, group is not None and _fold(group) in new_groups)
        if formulas:
            note = translate("ImportLists", "%1 (%2: a formula, kept as its text and never calculated)")
            text = fill(note, text, ", ".join(formulas))
        lines.append(ListLine(ADD, number, None, shown_name, text))
    return ListImportPlan(evaluation_id, target, tuple(lines), tuple(rows), tuple(new_groups.values()))


def _will_add(option: bool, group: str | None, new_group: bool) -> str:
    """What a row of the list becomes: "will add this criterion to the group “Cost” (new)"."""
    if option:
        return translate("ImportLists", "will add this option")
    if group is None:
        return translate("ImportLists", "will add this criterion")
    if new_group:
        return fill(translate("ImportLists", "will add this criterion to the group “%1” (new)"), group)
    return fill(translate("ImportLists", "will add this criterion to the group “%1”"), group)


# --- the one operation it needs --------------------------------------------------------------------
