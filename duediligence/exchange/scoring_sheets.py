"""Scoring sheets: one small workbook per evaluator (options × criteria), sent out and read back.

write_scoring_sheet(db, evaluation_id, "Anna", "crm-anna.xlsx")   -> the written path
plan = read_scoring_sheet(db, "crm-anna.xlsx")                     -> what it would store; nothing written
plan.operation()                                                   -> one Batch: Anna's scores, replaced

Only criteria scored by hand (not those computed from costs or timing) are on the sheet. Each score
cell carries data validation for its criterion's scale; the hidden sheet names the workbook, the
evaluation, the evaluator and the sheet's own ids. A returned sheet is read like any untrusted
workbook (bounded zip, defusedxml, real cells only) and every value is checked against the scale the
criterion has *now*; one bad value refuses the whole sheet, naming its cell.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from duediligence.decision.scoring import scale_bounds
from duediligence.errors import ValidationError, WorkbookError, fill
from duediligence.exchange.returned_book import (
    Returned,
    cell_ref,
    hidden_data_checked,
    open_returned,
    sheet_rows,
)
from duediligence.exchange.safety import (
    XlsxExportError,
    XlsxImportError,
    cell_id,
    number_text,
    printable,
    write_text,
)
from duediligence.i18n import translate
from duediligence.operations import Batch
from duediligence.operations.evaluators import StoreEvaluatorScores

FORMAT = "duediligence-scoring-sheet"
FORMAT_VERSION = 1
META_SHEET = "DD scoring data"
META_MARKER = "Due-Diligence Workbook scoring sheet data (version 1). Do not edit: the import uses it."
SCORES, NOTES = "Scores", "Notes"
HEADER_ROW = 5  # rows 1-3: title, evaluator, instructions
FIXED_HEADERS = ("ID", "Group", "Criterion", "Scale")
FIRST_OPTION = len(FIXED_HEADERS) + 1
YES = ("yes", "y", "true", "1")
NO = ("no", "n", "false", "0")
INSTRUCTIONS = (
    "Type your score for each option (columns) on each criterion (rows), on the scale shown in the "
    "Scale column. Leave a cell empty when you cannot judge it: empty is “no score”, never zero. "
    "Comments per cell go on the Notes sheet. Do not rename, add or remove rows, columns or sheets. "
    "Save as .xlsx and send the file back."
)
RETURNED = Returned("scoring sheet", "scoring data", META_SHEET, META_MARKER, FORMAT, FORMAT_VERSION)


class ScoringSheetError(WorkbookError):
    """A returned scoring sheet holds values that cannot be stored; nothing was stored."""

    def __init__(self, path: Path | str, problems: list[str]) -> None:
        self.path, self.problems = path, problems
        listed = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        super().__init__(f"Cannot import the scoring sheet {path}: {listed}. Nothing was stored.")


def scale_text(c: Any) -> str:
    if c.scale == "yes-no":
        return "yes or no"
    lo, hi = scale_bounds(c.scale, c.scale_min, c.scale_max)
    unit = f" {c.unit}" if c.unit else ""
    better = "lower is better" if c.direction == "lower" else "higher is better"
    if lo is None and hi is None:
        return f"a number{unit} ({better})"
    span = f"{'…' if lo is None else f'{lo:g}'} to {'…' if hi is None else f'{hi:g}'}"
    return f"{span}{unit} ({better})"


# --- writing ---------------------------------------------------------------------------------------


def write_scoring_sheet(db: Any, evaluation_id: int, evaluator_name: str, out_path: str | Path) -> Path:
    """Write one evaluator's scoring sheet (temporary file beside `out_path`, then renamed into place)."""
    from duediligence.exchange.meta import workbook_identity
    from duediligence.fields import EVALUATOR_SCORE
    from duediligence.reads.matrix import load_matrix
    from duediligence.storage.models import Evaluation

    try:
        evaluator = EVALUATOR_SCORE["evaluator"]("evaluator", evaluator_name)
    except ValidationError as exc:
        raise XlsxExportError(f"the evaluator's name {exc.reason}") from exc
    with db.reading() as session:
        matrix = load_matrix(session, evaluation_id)
        evaluation = session.get(Evaluation, evaluation_id)
        assert evaluation is not None
        created = evaluation.created_at.isoformat()
    criteria = [c for c in matrix.criteria if c.value_source == "manual"]
    if not matrix.options or not criteria:
        raise XlsxExportError("the evaluation needs at least one option and one criterion scored by hand")
    meta = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "sheet_id": str(uuid.uuid4()),
        "sent_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),  # noqa: UP017
        "workbook": workbook_identity(db),
        "evaluation": {"id": evaluation_id, "created_at": created, "title": matrix.title},
        "evaluator": evaluator,
        "header_row": HEADER_ROW,
        "options": [{"id": o.id, "name": o.name} for o in matrix.options],
        "criteria": [{"id": c.id, "name": c.name, "scale": c.scale} for c in criteria],
    }
    from openpyxl import Workbook

    wb = Workbook()
    scores = wb.active
    scores.title = SCORES
    _grid(scores, matrix, criteria, evaluator, notes=False)
    _grid(wb.create_sheet(NOTES), matrix, criteria, evaluator, notes=True)
    _write_meta(wb, meta)
    return _save(wb, Path(out_path))


def _grid(ws: Any, matrix: Any, criteria: list[Any], evaluator: str, *, notes: bool) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter

    title = f"{'Notes' if notes else 'Scoring sheet'}: {matrix.title}"
    write_text(ws.cell(1, 1), title, f"{ws.title}, title")
    ws.cell(1, 1).font = Font(bold=True, size=14)
    write_text(ws.cell(2, 1), f"Evaluator: {evaluator}", f"{ws.title}, evaluator")
    ws.cell(2, 1).font = Font(bold=True)
    text = "Optional comments on your scores, one cell per score." if notes else INSTRUCTIONS
    write_text(ws.cell(3, 1), text, f"{ws.title}, instructions")
    ws.cell(3, 1).alignment = Alignment(wrap_text=True, vertical="top")
    last = get_column_letter(len(FIXED_HEADERS) + len(matrix.options))
    ws.merge_cells(f"A3:{last}3")
    ws.row_dimensions[3].height = 62
    headers = list(FIXED_HEADERS) + [o.name for o in matrix.options]
    widths = [6, 18, 32, 26] + [16 if not notes else 30] * len(matrix.options)
    for i, (head, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = ws.cell(HEADER_ROW, i)
        write_text(cell, head, f"{ws.title}, header")
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(i)].width = width
    fill = PatternFill("solid", fgColor="FFF8DC")
    for r, c in enumerate(criteria, start=HEADER_ROW + 1):
        ws.cell(r, 1).value = c.id
        write_text(ws.cell(r, 2), c.group, f"{ws.title}, row {r}")
        write_text(ws.cell(r, 3), c.name, f"{ws.title}, row {r}")
        write_text(ws.cell(r, 4), scale_text(c), f"{ws.title}, row {r}")
        for column in range(FIRST_OPTION, FIRST_OPTION + len(matrix.options)):
            cell = ws.cell(r, column)
            cell.protection = Protection(locked=False)
            cell.fill = fill
            if notes:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        if not notes:
            cells = f"{get_column_letter(FIRST_OPTION)}{r}:{last}{r}"
            _validation(ws, c, cells)
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, FIRST_OPTION)
    ws.protection.sheet = True  # no password: it only stops accidental edits of names and ids
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def _validation(ws: Any, c: Any, cells: str) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    if c.scale == "yes-no":
        dv = DataValidation(type="list", formula1='"yes,no"', allow_blank=True)
    else:
        lo, hi = scale_bounds(c.scale, c.scale_min, c.scale_max)
        lo_, hi_ = -1e300 if lo is None else lo, 1e300 if hi is None else hi
        dv = DataValidation(type="decimal", operator="between", formula1=repr(lo_), formula2=repr(hi_))
        dv.allow_blank = True
    dv.showErrorMessage, dv.errorTitle = True, "Not on the scale"
    dv.error = f"{c.name}: enter {scale_text(c)}, or leave the cell empty"
    dv.add(cells)
    ws.add_data_validation(dv)


def _write_meta(wb: Any, meta: dict[str, Any]) -> None:
    payload = json.dumps(meta, ensure_ascii=False)
    ws = wb.create_sheet(META_SHEET)
    write_text(ws.cell(1, 1), META_MARKER, "scoring data")
    write_text(ws.cell(1, 2), hashlib.sha256(payload.encode()).hexdigest(), "scoring data")
    for i in range(0, len(payload), 30_000):
        write_text(ws.cell(2 + i // 30_000, 1), payload[i : i + 30_000], "scoring data")
    ws.sheet_state = "veryHidden"


def _save(wb: Any, out_path: Path) -> Path:
    if out_path.suffix.lower() != ".xlsx":
        raise XlsxExportError(f"the file name must end in .xlsx (got {out_path.name})")
    if out_path.is_dir():
        raise XlsxExportError(f"{out_path} is a folder")
    partial = out_path.with_name(f".{out_path.name}.{os.getpid()}.partial")
    try:
        wb.save(partial)
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
        partial.replace(out_path)
    except OSError as exc:
        raise XlsxExportError(f"{out_path} cannot be written ({exc.strerror or exc})") from exc
    finally:
        partial.unlink(missing_ok=True)
    return out_path


# --- reading ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SheetScore:
    option_id: int
    criterion_id: int
    option: str
    criterion: str
    value: float | None
    note: str


@dataclass(frozen=True)
class ScoringSheetPlan:
    """What importing one returned scoring sheet stores; `problems` non-empty means nothing can be."""

    path: Path
    evaluation_id: int
    evaluation_title: str
    evaluator: str
    sheet_id: str
    scores: tuple[SheetScore, ...]  # cells with a value or a note
    covered: tuple[tuple[int, int], ...]  # (option id, criterion id) of every cell the sheet holds
    problems: tuple[str, ...]
    notices: tuple[str, ...]  # what is left out, and why
    replaced: int  # this evaluator's scores already stored for these cells

    @property
    def values(self) -> int:
        return sum(1 for s in self.scores if s.value is not None)

    def operation(self, scored_on: date | None = None) -> Batch:
        if self.problems:
            raise ScoringSheetError(self.path, list(self.problems))
        cells = tuple((s.option_id, s.criterion_id, s.value, s.note) for s in self.scores)
        store = StoreEvaluatorScores(
            self.evaluation_id, self.evaluator, cells, self.covered, scored_on or date.today()
        )
        return Batch((store,))

    def sentence(self) -> str:
        again = f", replacing the {self.replaced} stored before" if self.replaced else ""
        return f"{self.values} score(s) from {self.evaluator} for “{self.evaluation_title}”{again}."


def read_scoring_sheet(db: Any, path: str | Path) -> ScoringSheetPlan:
    """Read and check a returned scoring sheet against the database; writes nothing."""
    path = Path(path)
    meta, (scores, notes) = open_returned(path, RETURNED, lambda wb: _sheets(wb, path))
    with hidden_data_checked(path, RETURNED), db.reading() as session:
        return _plan(session, db, path, meta, scores, notes)


def _sheets(wb: Any, path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    for title in (SCORES, NOTES):
        if title not in wb.sheetnames:
            raise XlsxImportError(path, f"the sheet {title!r} is missing (it was renamed or deleted)")
    return sheet_rows(wb[SCORES], path), sheet_rows(wb[NOTES], path)


def _plan(
    session: Session,
    db: Any,
    path: Path,
    meta: dict[str, Any],
    scores: list[tuple[Any, ...]],
    notes: list[tuple[Any, ...]],
) -> ScoringSheetPlan:
    from duediligence.exchange.meta import same_workbook, workbook_identity
    from duediligence.fields import EVALUATOR_SCORE
    from duediligence.storage.models import Criterion, Evaluation, EvaluatorScore, Option

    ident, evaluator = meta["evaluation"], meta["evaluator"]
    if not same_workbook(meta["workbook"], workbook_identity(db)):
        raise XlsxImportError(path, "it was sent from another workbook file; import it there")
    evaluation = session.get(Evaluation, int(ident["id"]))
    if evaluation is None or evaluation.created_at.isoformat() != ident["created_at"]:
        raise XlsxImportError(path, f"its evaluation “{ident['title']}” is no longer in this workbook")
    try:
        evaluator = EVALUATOR_SCORE["evaluator"]("evaluator", evaluator)
    except ValidationError as exc:
        raise XlsxImportError(path, f"the evaluator's name {exc.reason}") from exc
    eid = int(evaluation.id)  # type: ignore[arg-type]
    options = {
        o.id: o for o in session.execute(select(Option).where(col(Option.evaluation_id) == eid)).scalars()
    }
    criteria = {
        c.id: c
        for c in session.execute(select(Criterion).where(col(Criterion.evaluation_id) == eid)).scalars()
    }
    head_at = int(meta["header_row"]) - 1
    problems: list[str] = []
    notices: list[str] = []
    score_rows, head = _grid_rows(path, SCORES, scores, head_at)
    note_rows, note_head = _grid_rows(path, NOTES, notes, head_at)
    columns = []
    for o in meta["options"]:
        if o["name"] not in head:
            problems.append(
                f"{SCORES}: the column of option “{o['name']}” is missing (do not rename columns)"
            )
        elif int(o["id"]) not in options:
            notices.append(f"Option “{o['name']}” was deleted in the app since the sheet was sent; not read.")
        else:
            columns.append((int(o["id"]), o["name"], head[o["name"]], note_head.get(o["name"])))
    found: dict[tuple[int, int], SheetScore] = {}
    covered: list[tuple[int, int]] = []
    for c in meta["criteria"]:
        cid = int(c["id"])
        if cid not in score_rows:
            problems.append(f"{SCORES}: the row of criterion “{c['name']}” is missing (do not delete rows)")
            continue
        criterion = criteria.get(cid)
        if criterion is None or criterion.value_source != "manual":
            notices.append(f"Criterion “{c['name']}” was deleted or is now calculated in the app; not read.")
            continue
        number, row = score_rows[cid]
        note_row = note_rows.get(cid, (0, ()))[1]
        for oid, oname, index, note_index in columns:
            where = f"{SCORES}, cell {cell_ref(number, index)} ({criterion.name} × {oname})"
            value, problem = _score(criterion, row[index] if index < len(row) else None, where)
            if problem:
                problems.append(problem)
                continue
            raw_note = note_row[note_index] if note_index is not None and note_index < len(note_row) else None
            note_number = note_rows.get(cid, (number, ()))[0]
            note_at = (
                f"{NOTES}, cell {cell_ref(note_number, note_index or index)} ({criterion.name} × {oname})"
            )
            note, note_problem = _note(raw_note, note_at)
            if note_problem:
                problems.append(note_problem)
                continue
            covered.append((oid, cid))
            if value is not None or note:
                found[(oid, cid)] = SheetScore(oid, cid, oname, criterion.name, value, note)
    stored = session.execute(
        select(EvaluatorScore).where(
            col(EvaluatorScore.evaluation_id) == eid, col(EvaluatorScore.evaluator) == evaluator
        )
    ).scalars()
    cells = set(covered)
    replaced = sum(1 for s in stored if (s.option_id, s.criterion_id) in cells)
    return ScoringSheetPlan(
        path,
        eid,
        evaluation.title,
        evaluator,
        str(meta.get("sheet_id", "")),
        tuple(found.values()),
        tuple(covered),
        tuple(problems),
        tuple(notices),
        replaced,
    )


def _grid_rows(
    path: Path, title: str, rows: list[tuple[Any, ...]], head_at: int
) -> tuple[dict[int, tuple[int, tuple[Any, ...]]], dict[str, int]]:
    """Criterion id -> (sheet row number, values), and header text -> column index."""
    if len(rows) <= head_at or not rows[head_at] or rows[head_at][0] != "ID":
        raise XlsxImportError(path, f"the header row of the sheet {title!r} was moved or changed")
    head = {str(v).strip(): i for i, v in enumerate(rows[head_at]) if isinstance(v, str) and v.strip()}
    found: dict[int, Any] = {}
    for number, row in enumerate(rows[head_at + 1 :], start=head_at + 2):
        criterion_id = cell_id(row[0]) if row else None
        if criterion_id is not None:
            found.setdefault(criterion_id, (number, row))
    return found, head


def _score(criterion: Any, raw: Any, where: str) -> tuple[float | None, str | None]:
    """(value, None) or (None, a sentence saying what is wrong with the cell). A number cell is taken
    as it is, text as the importing person writes numbers (`formats.parse_number`)."""
    from duediligence.formats import parse_number
    from duediligence.operations.rules import check_score

    wanted = scale_text(criterion)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, None
    if isinstance(raw, str) and raw.strip().startswith("="):
        sentence = translate("ScoringSheet", "%1: holds a formula (%2); type the value itself")
        return None, fill(sentence, where, printable(raw[:30]))
    if criterion.scale == "yes-no":
        text = str(raw).strip().lower() if not isinstance(raw, bool) else ("yes" if raw else "no")
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            text = f"{raw:g}" if isinstance(raw, float) else str(raw)
        if text in YES or text in NO:
            return (1.0 if text in YES else 0.0), None
        return None, fill(translate("ScoringSheet", "%1: expected yes or no (got %2)"), where, _shown(raw))
    if isinstance(raw, bool | date | datetime):
        return None, fill(translate("ScoringSheet", "%1: expected %2 (got %3)"), where, wanted, _shown(raw))
    try:
        value = parse_number(raw, field=where)
        if value is None:
            return None, None
        check_score(criterion, {"value": value}, "")
    except ValidationError as exc:
        if exc.field == where:  # the parser: not a number, or beyond any number the workbook holds
            sentence = translate("ScoringSheet", "%1: %2 (got %3); expected %4")
            return None, fill(sentence, where, exc.reason, _shown(raw), wanted)
        return None, f"{where}: {value:g} {exc.reason}"
    return value, None


def _shown(raw: Any) -> str:
    """A cell's value for a message: at most 30 characters, printable."""
    text = str(raw) if not isinstance(raw, float) else f"{raw:g}"
    if isinstance(raw, int) and len(text) > 30:
        return fill(translate("ImportLines", "%1… (%2 digits)"), text[:12], f"{len(text):,}")
    return repr(printable(text if len(text) <= 30 else text[:29] + "…"))


def _note(raw: Any, where: str) -> tuple[str, str | None]:
    """(note, None) or ("", a sentence saying why the cell's note cannot be stored)."""
    from duediligence.fields import EVALUATOR_SCORE

    if raw is None:
        return "", None
    text = raw if isinstance(raw, str) else number_text(raw) if isinstance(raw, int | float) else str(raw)
    text = "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 32).strip()
    try:
        return EVALUATOR_SCORE["note"]("note", text), None
    except ValidationError as exc:
        return "", fill(translate("ScoringSheet", "%1: the note %2"), where, exc.reason)


# --- storing ---------------------------------------------------------------------------------------
