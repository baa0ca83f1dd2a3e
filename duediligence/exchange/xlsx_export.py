"""Evaluations as an Excel workbook a team can share: tables, live formulas, validation, a chart.

The Matrix sheet recomputes shares, weighted totals (0–100) and ranks with formulas over the weight
and score cells, giving the app's numbers for every missing-score policy, fixed scales, fixed ranges,
min–max normalisation, "lower is better", must-have exclusions and options you excluded. What stays
a value (grey, with a note): weights derived from pairwise comparisons, and criterion values derived
from costs and timing (TCO, NPV, time to results). openpyxl cannot store formula results, so the
Computed sheet holds the app's own results as plain values, for readers that do not calculate.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from duediligence.exchange import layout as L
from duediligence.exchange.safety import (
    ExportCancelled,
    XlsxExportError,
    sheet_title,
    write_text,
)
from duediligence.exchange.xlsx_matrix import MatrixSheet
from duediligence.exchange.xlsx_sheet_base import Progress, Source
from duediligence.exchange.xlsx_sheets import OtherSheets


def load_source(session: Any, evaluation_id: int) -> Source:
    from duediligence.decision.ranking import criterion_values, option_finance, rank_matrix
    from duediligence.reads.documents import evaluation_document
    from duediligence.reads.matrix import load_matrix

    matrix = load_matrix(session, evaluation_id)
    rows = criterion_values(matrix, option_finance(matrix))
    derived = {
        (o.id, c.id): (None if v != v else v)
        for o, row in zip(matrix.options, rows, strict=True)
        for c, v in zip(matrix.criteria, row, strict=True)
        if c.value_source != "manual"
    }
    from duediligence.reads.evaluations import change_log

    history = tuple(
        (row.at.strftime("%Y-%m-%d %H:%M UTC"), row.user, row.action)
        for row in change_log(session, evaluation_id)
    )
    return Source(evaluation_document(session, evaluation_id), rank_matrix(matrix), derived, history)


class EvaluationWriter(MatrixSheet, OtherSheets):
    """Writes one evaluation's sheets into a workbook."""


def sheet_titles(docs: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Per evaluation, the title of each of its sheets (plain names when there is only one)."""
    keys = ["Summary", "Matrix", "Computed"] + [s.key for s in L.LIST_SHEETS] + ["Change log"]
    taken: set[str] = {L.META_SHEET.lower()}
    result = []
    for doc in docs:
        if len(docs) == 1:
            result.append({k: sheet_title(k, taken) for k in keys})
        else:
            result.append({k: sheet_title(f"{doc['title'][: 30 - len(k)].strip()} {k}", taken) for k in keys})
    return result


def write_workbook(
    sources: list[Source],
    out_path: Path,
    identity: dict[str, Any],
    label: str,
    progress: Progress | None = None,
) -> Path:
    """Write the export to a temporary file beside `out_path`, then rename it into place."""
    from openpyxl import Workbook

    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")  # noqa: UP017
    wb = Workbook()
    wb.remove(wb.active)
    titles = sheet_titles([s.doc for s in sources])
    steps = len(sources) * (3 + len(L.LIST_SHEETS)) + 1
    done = 0

    def tick(text: str) -> None:
        nonlocal done
        done += 1
        if progress is not None and progress(done / steps, text):
            raise ExportCancelled()

    evaluations = []
    for n, (source, names) in enumerate(zip(sources, titles, strict=True), start=1):
        writer = EvaluationWriter(wb, source, n, names, stamp)
        title = source.doc["title"]
        writer.summary()
        tick(f"{title}: summary")
        writer.matrix()
        tick(f"{title}: matrix")
        writer.computed()
        tick(f"{title}: computed results")
        for spec in L.LIST_SHEETS:
            writer.list_sheet(spec)
            tick(f"{title}: {spec.key.lower()}")
        writer.history(source.history)
        evaluations.append(
            {
                "id": source.doc["id"],
                "created_at": source.doc["created_at"],
                "title": title,
                "sheets": names,
                "option_columns": writer.option_columns,
                "document": source.doc,
            }
        )
    _write_meta(wb, {"exported_at": stamp, "source": label, "workbook": identity, "evaluations": evaluations})
    wb.calculation.fullCalcOnLoad = True
    return _save(wb, out_path, tick)


def _write_meta(wb: Any, meta: dict[str, Any]) -> None:
    from duediligence.exchange.meta import encode

    ws = wb.create_sheet(L.META_SHEET)
    checksum, chunks = encode(meta)
    write_text(ws.cell(1, 1), L.META_MARKER, "export data")
    write_text(ws.cell(1, 2), checksum, "export data")
    for i, chunk in enumerate(chunks, start=2):
        write_text(ws.cell(i, 1), chunk, "export data")
    ws.sheet_state = "veryHidden"


def _save(wb: Any, out_path: Path, tick: Callable[[str], None]) -> Path:
    if out_path.suffix.lower() != ".xlsx":
        raise XlsxExportError(f"the file name must end in .xlsx (got {out_path.name})")
    if out_path.is_dir():
        raise XlsxExportError(f"{out_path} is a folder")
    partial = out_path.with_name(f".{out_path.name}.{os.getpid()}.partial")
    try:
        wb.save(partial)
        tick("saved")  # last chance to cancel: the target is untouched until the rename below
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
        partial.replace(out_path)
    finally:
        partial.unlink(missing_ok=True)
    return out_path
