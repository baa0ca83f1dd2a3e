"""Importing a returned workbook: the plan (every line of the diff, nothing written), and the
command that applies it in one transaction after a backup, with the words the command line prints.

plan = prepare_import(db, "crm-from-anna.xlsx")            -> every line of the diff, nothing written
plan.operation(resolutions={key: "app" | "file"})          -> one Batch (the UI's one undoable step)
import_command(db, "crm-from-anna.xlsx", dry_run=False)    -> ImportReport (backup, then one transaction)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from duediligence.errors import WorkbookError, fill
from duediligence.exchange.import_words import APPLIED, DRY_RUN, PLANNED, REFUSED, changes, review, undecided
from duediligence.exchange.lines import ADDED, CHANGED, CONFLICT, ERROR, IGNORED, REMOVED, Line
from duediligence.exchange.merge import UnresolvedConflicts, accepted_edits
from duediligence.exchange.safety import XlsxImportError
from duediligence.i18n import translate
from duediligence.operations import Batch, Operation
from duediligence.operations.imports import Edit, ImportAsNewEvaluation, edit_operations

CONFLICT_CHOICES = ("refuse", "app", "file")


@dataclass(frozen=True)
class EvaluationPlan:
    """What importing one evaluation of the file does."""

    title: str
    exported_id: int
    target_id: int | None  # None: a new evaluation is created
    reason: str
    document: Mapping[str, Any]  # as exported
    lines: tuple[Line, ...]
    edits: tuple[Edit, ...] = ()  # a new evaluation: the file's edits, applied after inserting it


@dataclass(frozen=True)
class ImportPlan:
    path: Path
    evaluations: tuple[EvaluationPlan, ...]
    # The workbook's version the plan was made against: applying it is refused if someone changed
    # any of the same rows after it (the review showed values that are no longer there).
    seen: int = 0

    @property
    def lines(self) -> tuple[Line, ...]:
        return tuple(line for plan in self.evaluations for line in plan.lines)

    def of_kind(self, *kinds: str) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if line.kind in kinds)

    @property
    def is_empty(self) -> bool:
        """Nothing to write: no change, addition, removal or conflict, and no new evaluation."""
        new = any(plan.target_id is None for plan in self.evaluations)
        return not new and not self.of_kind(ADDED, CHANGED, REMOVED, CONFLICT)

    def operation(self, resolutions: Mapping[str, str] | None = None, skip: Iterable[str] = ()) -> Batch:
        """The accepted lines as one operation. `resolutions` maps each conflict's key to "app" or
        "file"; `skip` names lines not to apply. Raises UnresolvedConflicts for an open conflict."""
        skip = tuple(skip)
        ops: list[Operation] = []
        for plan in self.evaluations:
            edits = accepted_edits(plan.lines, resolutions, skip)
            if plan.target_id is None:
                ops.append(ImportAsNewEvaluation(dict(plan.document), plan.edits + tuple(edits)))
            else:
                ops.append(Batch(tuple(edit_operations(edits, plan.target_id))))
        return Batch(tuple(ops))  # one operation per evaluation, in the plan's order

    def sentences(self) -> list[str]:
        """What the file would do (nothing is written yet)."""
        return review(self.evaluations, PLANNED, {})


def prepare_import(db: Any, path: str | Path) -> ImportPlan:
    """Read and check the file and compare it with the database; writes nothing."""
    from duediligence.exchange.diff import diff_evaluation, stranger_sheet
    from duediligence.exchange.meta import same_workbook, workbook_identity
    from duediligence.exchange.new_evaluation import new_evaluation_review
    from duediligence.exchange.xlsx_import import read_workbook
    from duediligence.reads.documents import evaluation_document
    from duediligence.storage.concurrency import last_change_id
    from duediligence.storage.models import Evaluation

    path = Path(path)
    parsed = read_workbook(path)
    ours_file = same_workbook(parsed.meta.get("workbook") or {}, workbook_identity(db))
    plans: list[EvaluationPlan] = []
    try:
        with db.reading() as session:
            seen = last_change_id(session)
            for entry in parsed.evaluations:
                doc, exported_id = entry.meta["document"], int(entry.meta["id"])
                target, reason = None, translate("Import", "exported from another workbook file")
                ours: dict[str, Any] | None = None
                if ours_file:
                    found = session.get(Evaluation, exported_id)
                    current = evaluation_document(session, exported_id) if found else None
                    ours = current
                    if current is None:
                        reason = translate(
                            "Import", "its evaluation was deleted from this workbook since the export"
                        )
                    elif current["created_at"] != entry.meta["created_at"]:
                        reason = translate("Import", "its evaluation's id now belongs to another evaluation")
                    else:
                        target, reason = exported_id, translate("Import", "exported from this workbook")
                edits: tuple[Edit, ...] = ()
                if target and ours is not None:
                    lines = tuple(diff_evaluation(entry, ours))
                else:
                    found_lines, edits = new_evaluation_review(entry)
                    lines = tuple(found_lines)
                if not plans:  # the sheets nobody exported are told once, with the first evaluation
                    lines += tuple(
                        Line(IGNORED, t, None, None, stranger_sheet(t), detail=stranger_sheet(t))
                        for t in parsed.strangers
                    )
                plan = EvaluationPlan(str(doc["title"]), exported_id, target, reason, doc, lines, edits)
                plans.append(plan)
    except (KeyError, TypeError, AttributeError, ValueError, IndexError, OverflowError) as exc:
        raise XlsxImportError(
            path,
            fill(
                translate("ImportFile", "the hidden export data sheet is damaged (%1)"),
                f"{type(exc).__name__}: {exc}",
            ),
        ) from exc
    return ImportPlan(path, tuple(plans), seen)


@dataclass(frozen=True)
class ImportReport:
    plan: ImportPlan
    applied: bool
    dry_run: bool
    problem: str | None = None  # why nothing was applied
    backup: Path | None = None
    operation: Batch | None = None
    evaluation_ids: tuple[int, ...] = ()
    undo: Operation | None = None  # the inverse of what was applied
    resolutions: Mapping[str, str] = field(default_factory=dict)  # conflict key -> "app" | "file"

    @property
    def lines(self) -> tuple[Line, ...]:
        return self.plan.lines

    @property
    def nothing_to_write(self) -> bool:
        """No new evaluation, and no line the chosen sides would write."""
        return all(
            p.target_id is not None
            and not changes(p, self.resolutions)
            and not undecided(p, self.resolutions)
            for p in self.plan.evaluations
        )

    def review(self) -> list[str]:
        """Per evaluation, what was (or would be) imported, and every line."""
        state = REFUSED if self.problem else APPLIED if self.applied else DRY_RUN if self.dry_run else PLANNED
        return review(self.plan.evaluations, state, self.resolutions, self.evaluation_ids)

    def outcome(self) -> str | None:
        """The last word: the problem, the dry run, or where the backup is; None when nothing was due."""
        if self.problem:
            return self.problem
        if self.nothing_to_write:
            return None
        if self.dry_run:
            return translate("Import", "Dry run: nothing was written.")
        if self.applied and self.backup:
            return fill(
                translate("Import", "Imported. A backup taken before the import is at %1."), str(self.backup)
            )
        if self.applied:
            return translate("Import", "Imported.")
        return None

    def sentences(self) -> list[str]:
        outcome = self.outcome()
        return self.review() + ([outcome] if outcome else [])


class _Rollback(Exception):
    pass


def import_command(
    db: Any,
    path: str | Path,
    dry_run: bool = False,
    conflicts: str = "refuse",
    resolutions: Mapping[str, str] | None = None,
) -> ImportReport:
    """Import a workbook: diff, then (unless `dry_run`) back up and apply every accepted line in one
    transaction. `conflicts`: "refuse" (nothing is applied while a conflict is open), "app" (keep the
    app's values) or "file" (take the file's). Raises XlsxImportError for an unreadable file; values
    the file cannot give and open conflicts come back as `problem`, with nothing written."""
    from duediligence.identity import current_user
    from duediligence.storage.backups import take_backup
    from duediligence.storage.concurrency import ConcurrentEditError
    from duediligence.storage.unit_of_work import run

    if conflicts not in CONFLICT_CHOICES:
        raise WorkbookError(f"conflicts must be one of {', '.join(CONFLICT_CHOICES)}, got {conflicts!r}")
    plan = prepare_import(db, path)
    errors = plan.of_kind(ERROR)
    if errors:
        problem = (
            f"{len(errors)} value(s) in the file cannot be imported (see the error lines); "
            "nothing was imported."
        )
        return ImportReport(plan, False, dry_run, problem)
    chosen = dict(resolutions or {})
    if conflicts != "refuse":
        chosen = {line.key: conflicts for line in plan.of_kind(CONFLICT)} | chosen
    try:
        operation = plan.operation(chosen)
    except UnresolvedConflicts as exc:
        problem = (
            f"{len(exc.keys)} conflict(s): the app and the file both changed the same value "
            "since the export. "
            "Choose with --conflicts app or --conflicts file; nothing was imported."
        )
        return ImportReport(plan, False, dry_run, problem, resolutions=chosen)
    new = any(p.target_id is None for p in plan.evaluations)
    if plan.is_empty or (not new and not any(changes(p, chosen) > 0 for p in plan.evaluations)):
        return ImportReport(plan, False, dry_run, None, operation=operation, resolutions=chosen)
    try:
        if dry_run:
            try:
                with db.transaction() as session:
                    operation.apply(session)
                    raise _Rollback
            except _Rollback:
                pass
            return ImportReport(plan, False, True, operation=operation, resolutions=chosen)
        backup = take_backup(db.path, "before-import") if db.path is not None else None
        action = f"Import {plan.path.name} (command line)"
        applied = run(db, operation, action=action, user=current_user(), seen=plan.seen).applied
    except ConcurrentEditError as exc:
        problem = (
            f"{exc.sentence.split('. ')[0]}: the file's values were compared with an older state of the "
            "workbook. Nothing was imported; import the file again to compare it with the latest values."
        )
        return ImportReport(plan, False, dry_run, problem, operation=operation, resolutions=chosen)
    except WorkbookError as exc:
        problem = fill(
            translate("Import", "The database refused the import: %1 Nothing was imported."), str(exc)
        )
        return ImportReport(plan, False, dry_run, problem, operation=operation, resolutions=chosen)
    ids = tuple(
        p.target_id if p.target_id is not None else int(r)
        for p, r in zip(plan.evaluations, applied.result, strict=True)
    )
    return ImportReport(plan, True, False, None, backup, operation, ids, applied.inverse, chosen)
