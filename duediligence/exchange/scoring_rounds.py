"""A scoring round: one sheet per evaluator written into a folder, and what returned sheets change.

written = write_scoring_sheets(db, evaluation_id, ["Anna Berg", "Ben Ortiz"], folder)  # all or none
changes = score_changes(session, plan)   # plan from read_scoring_sheet: each cell it would change

The command line uses both; the file names follow the app's (“<title> - scoring - <evaluator>.xlsx”,
never overwriting a sheet that may already have come back filled in).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from duediligence.exchange.safety import XlsxExportError, number_text
from duediligence.exchange.scoring_sheets import ScoringSheetPlan, write_scoring_sheet

ADDED, CHANGED, REMOVED = "added", "changed", "removed"


def distinct_names(names: Sequence[str]) -> list[str]:
    """The evaluators once each (spaces tidied, case ignored), in the order given."""
    found: dict[str, str] = {}
    for name in names:
        tidy = " ".join(name.split())
        found.setdefault(tidy.casefold(), tidy)
    return list(found.values())


def sheet_path(folder: Path, title: str, evaluator: str) -> Path:
    """A new file in `folder` for this evaluator's sheet; an existing file is never overwritten."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "-", f"{title[:60]} - scoring - {evaluator[:40]}").strip(" .")
    path, n = folder / f"{stem}.xlsx", 1
    while path.exists():
        n += 1
        path = folder / f"{stem} ({n}).xlsx"
    return path


def write_scoring_sheets(
    db: Any, evaluation_id: int, evaluators: Sequence[str], folder: Path
) -> list[tuple[str, Path]]:
    """(evaluator, path) of one new sheet per evaluator; if any cannot be written, none is left."""
    from duediligence.errors import ValidationError
    from duediligence.fields import EVALUATOR_SCORE
    from duediligence.reads.evaluations import get_evaluation

    names = distinct_names(evaluators)
    for name in names:  # every name checked before any file or folder is made
        try:
            EVALUATOR_SCORE["evaluator"]("evaluator", name)
        except ValidationError as exc:
            raise XlsxExportError(f"the evaluator's name {exc.reason}") from exc
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise XlsxExportError(f"{folder} is not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise XlsxExportError(f"the folder {folder} cannot be made ({exc.strerror or exc})") from exc
    with db.reading() as session:
        title = get_evaluation(session, evaluation_id).title
    written: list[tuple[str, Path]] = []
    try:
        for name in names:
            written.append(
                (name, write_scoring_sheet(db, evaluation_id, name, sheet_path(folder, title, name)))
            )
    except BaseException:
        for _, path in written:
            path.unlink(missing_ok=True)
        raise
    return written


@dataclass(frozen=True)
class ScoreChange:
    """One cell a returned sheet changes among its evaluator's scores."""

    kind: str  # added, changed, removed
    criterion: str
    option: str
    old: tuple[float | None, str]  # (value, note) stored now; (None, "") when none is
    new: tuple[float | None, str]  # (value, note) on the sheet
    yes_no: bool = False

    def sentence(self) -> str:
        where = f"{self.criterion} × {self.option}"
        if self.kind == REMOVED:
            return f"{where} (was {self._shown(self.old)})"
        if self.kind == ADDED:
            return f"{where}: {self._shown(self.new)}"
        parts = []
        if self.old[0] != self.new[0]:
            parts.append(f"{self._value(self.old[0])} → {self._value(self.new[0])}")
        if self.old[1] != self.new[1]:
            parts.append(f"note “{self.old[1]}” → “{self.new[1]}”")
        return f"{where}: {', '.join(parts)}"

    def _value(self, value: float | None) -> str:
        if value is None:
            return "no score"
        if self.yes_no:
            return "yes" if value else "no"
        return number_text(value)

    def _shown(self, cell: tuple[float | None, str]) -> str:
        note = f", note “{cell[1]}”" if cell[1] else ""
        return self._value(cell[0]) + note


def score_changes(session: Session, plan: ScoringSheetPlan) -> list[ScoreChange]:
    """Every cell the sheet covers whose stored score or note from its evaluator differs, in the
    sheet's order; empty when importing it would change nothing."""
    from duediligence.storage.models import Criterion, EvaluatorScore, Option

    stored = {
        (s.option_id, s.criterion_id): (s.value, s.note or "")
        for s in session.execute(
            select(EvaluatorScore).where(
                col(EvaluatorScore.evaluation_id) == plan.evaluation_id,
                col(EvaluatorScore.evaluator) == plan.evaluator,
            )
        ).scalars()
    }
    options = {
        o.id: o.name
        for o in session.execute(
            select(Option).where(col(Option.evaluation_id) == plan.evaluation_id)
        ).scalars()
    }
    criteria = {
        c.id: c
        for c in session.execute(
            select(Criterion).where(col(Criterion.evaluation_id) == plan.evaluation_id)
        ).scalars()
    }
    given = {(s.option_id, s.criterion_id): (s.value, s.note) for s in plan.scores}
    changes = []
    for option_id, criterion_id in plan.covered:
        old = stored.get((option_id, criterion_id), (None, ""))
        new = given.get((option_id, criterion_id), (None, ""))
        if old == new:
            continue
        kind = ADDED if old == (None, "") else REMOVED if new == (None, "") else CHANGED
        criterion = criteria[criterion_id]
        yes_no = criterion.scale == "yes-no"
        changes.append(ScoreChange(kind, criterion.name, options[option_id], old, new, yes_no))
    return changes
