"""Export and import as the command line and the app run them.

export_command(db, ["CRM…", "2"], "crm.xlsx")             -> the written path
plan = prepare_import(db, "crm-from-anna.xlsx")            -> every line of the diff, nothing written
plan.operation(resolutions={key: "app" | "file"})          -> one Batch (the UI's one undoable step)
import_command(db, "crm-from-anna.xlsx", dry_run=False)    -> ImportReport (backup, then one transaction)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from duediligence.errors import WorkbookError
from duediligence.exchange.importing import (
    CONFLICT_CHOICES,
    EvaluationPlan,
    ImportPlan,
    ImportReport,
    import_command,
    prepare_import,
)
from duediligence.exchange.lines import ADDED, CHANGED, CONFLICT, ERROR, IGNORED, REMOVED
from duediligence.exchange.xlsx_sheet_base import Progress


def export_command(
    db: Any,
    evaluation_keys: Sequence[str | int],
    out_path: str | Path,
    progress: Progress | None = None,
    for_whom: str = "internal",
) -> Path:
    """Write the evaluations (ids or exact titles) to one .xlsx; `progress(fraction, text)` may return
    True to cancel (raises ExportCancelled; no file is left behind). `for_whom`: "internal" (the buying
    team, everything) or "external" (someone outside it: see exchange.audience)."""
    from duediligence.exchange.meta import workbook_identity
    from duediligence.exchange.xlsx_export import load_source, write_workbook
    from duediligence.reads.evaluations import find_evaluation

    if not evaluation_keys:
        raise WorkbookError("Name at least one evaluation to export.")
    with db.reading() as session:
        ids = list(dict.fromkeys(find_evaluation(session, str(key)) for key in evaluation_keys))
        sources = [load_source(session, i) for i in ids]
    return write_workbook(sources, Path(out_path), workbook_identity(db), db.label, progress, for_whom)


__all__ = [
    "ADDED",
    "CHANGED",
    "CONFLICT",
    "CONFLICT_CHOICES",
    "ERROR",
    "IGNORED",
    "REMOVED",
    "EvaluationPlan",
    "ImportPlan",
    "ImportReport",
    "export_command",
    "import_command",
    "prepare_import",
]
