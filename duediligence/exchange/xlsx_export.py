"""Evaluations as an Excel workbook a team can share: an Instructions sheet, tables, live formulas with
their results stored, validation, protection without a password, print set-up, a chart.

The Matrix sheet recomputes shares, weighted totals (0–100) and ranks with formulas over the weight
and score cells, giving the app's numbers for every missing-score policy, fixed scales, fixed ranges,
min–max normalisation, "lower is better", must-have exclusions, options you excluded and risk-adjusted
ranking. What stays a value (grey, with a note): weights derived from pairwise comparisons, criterion
values derived from costs and timing (TCO, NPV, time to results), and risk exposure. Every formula is
written with the result the app computes for it, so readers that do not calculate see the numbers.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from duediligence.exchange import layout as L
from duediligence.exchange.audience import INTERNAL, Audience, audience, shown_document
from duediligence.exchange.matrix_layout import EXPOSURE, MatrixLayout
from duediligence.exchange.safety import EXCEL_TITLE_CHARS, ExportCancelled, XlsxExportError, sheet_title
from duediligence.exchange.xlsx_book import Book, protect, write_text
from duediligence.exchange.xlsx_front import FrontSheets
from duediligence.exchange.xlsx_lists import ListSheets
from duediligence.exchange.xlsx_matrix import MatrixSheet
from duediligence.exchange.xlsx_sheet_base import Progress, Source
from duediligence.exchange.xlsx_sheets import OtherSheets

EVALUATION_SHEETS = ("Summary", "Matrix", "Computed", *(s.key for s in L.LIST_SHEETS), "Change log")


def load_source(session: Any, evaluation_id: int) -> Source:
    from duediligence.decision.ranking import criterion_values, option_finance
    from duediligence.reads.documents import evaluation_document
    from duediligence.reads.evaluations import change_log
    from duediligence.reads.matrix import load_matrix
    from duediligence.reads.ranking import evaluation_ranking

    matrix = load_matrix(session, evaluation_id)
    rows = criterion_values(matrix, option_finance(matrix))
    derived = {
        (o.id, c.id): (None if v != v else v)
        for o, row in zip(matrix.options, rows, strict=True)
        for c, v in zip(matrix.criteria, row, strict=True)
        if c.value_source != "manual"
    }
    ranking = evaluation_ranking(session, evaluation_id, matrix=matrix)
    exposures = None
    if ranking.risks is not None and ranking.risks.risk_adjusted:
        exposures = {
            o.id: float(line.exposure) if (line := ranking.risks.option(o.id)) is not None else 0.0
            for o in matrix.options
        }
    history = tuple(
        (row.at.strftime("%Y-%m-%d %H:%M UTC"), row.user, row.action)
        for row in change_log(session, evaluation_id)
    )
    doc = evaluation_document(session, evaluation_id, scores=False)
    doc["scores"] = score_rows(matrix)
    return Source(doc, ranking, derived, history, exposures)


def score_rows(matrix: Any) -> list[dict[str, Any]]:
    """The document's "scores" from the matrix already read: the same rows `evaluation_document` gives
    (a test holds them equal), without building thousands of ORM objects a second time."""
    options = {o.id: o.name for o in matrix.options}
    criteria = {c.id: c.name for c in matrix.criteria}
    rows = []
    for cell in sorted(matrix.cells.values(), key=lambda c: c.id):
        row = {name: getattr(cell, name) for name in SCORE_FIELDS}
        if row["evidence_date"] is not None:
            row["evidence_date"] = row["evidence_date"].isoformat()
        row["option"], row["criterion"] = options[cell.option_id], criteria[cell.criterion_id]
        rows.append(row)
    return rows


SCORE_FIELDS = ("id", "option_id", "criterion_id", "value", "low", "high", "confidence", "evidence", "source",
                "evidence_date")  # fmt: skip


class EvaluationWriter(MatrixSheet, OtherSheets, ListSheets):
    """Writes one evaluation's sheets into a workbook."""


SMALL_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
    "&",
    "-",
    "+",
}


def _words(title: str, room: int) -> str:
    """The title cut to whole words within `room` characters, not ending on a small word ("for", "and");
    a lone long word is shortened with "…"."""
    title = re.sub(r"\s+", " ", re.sub(r"[\\*?:/\[\]!]", "-", title)).strip().strip("'") or "Evaluation"
    taken: list[str] = []
    for word in title.split(" "):
        if len(" ".join([*taken, word])) > room:
            break
        taken.append(word)
    while len(taken) > 1 and taken[-1].lower() in SMALL_WORDS:
        taken.pop()
    return " ".join(taken) or title[: max(1, room - 1)] + "…"


def sheet_titles(docs: list[dict[str, Any]], who: Audience) -> list[dict[str, str]]:
    """Per evaluation, the title of each of its sheets: plain names for one evaluation; for several,
    "2 CRM for sales Matrix" (number, the title's first whole words, the sheet)."""
    keys = [k for k in EVALUATION_SHEETS if who.shows(k)]
    taken: set[str] = {L.META_SHEET.lower(), "instructions", "index"}
    result = []
    for n, doc in enumerate(docs, start=1):
        if len(docs) == 1:
            result.append({k: sheet_title(k, taken) for k in keys})
            continue
        prefix = f"{n} {_words(str(doc['title']), EXCEL_TITLE_CHARS - max(map(len, keys)) - len(str(n)) - 2)}"
        result.append({k: sheet_title(f"{prefix} {k}", taken) for k in keys})
    return result


def write_workbook(
    sources: list[Source],
    out_path: Path,
    identity: dict[str, Any],
    label: str,
    progress: Progress | None = None,
    for_whom: str = INTERNAL,
) -> Path:
    """Write the export to a temporary file beside `out_path`, then rename it into place."""
    who = audience(for_whom)
    if out_path.suffix.lower() != ".xlsx":
        raise XlsxExportError(f"the file name must end in .xlsx (got {out_path.name})")
    if out_path.is_dir():
        raise XlsxExportError(f"{out_path} is a folder")
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")  # noqa: UP017
    titles = sheet_titles([s.doc for s in sources], who)
    shown = [k for k in EVALUATION_SHEETS if who.shows(k)]
    steps = len(sources) * len(shown) + 2
    done = 0

    def tick(text: str) -> None:
        nonlocal done
        done += 1
        if progress is not None and progress(done / steps, text):
            raise ExportCancelled()

    partial = out_path.with_name(f".{out_path.name}.{os.getpid()}.partial")
    book = Book(partial)
    try:
        front = FrontSheets(book, sources, titles, stamp, who)
        front.instructions()
        if len(sources) > 1:
            front.index()
        tick("instructions")
        evaluations = []
        for n, (source, names) in enumerate(zip(sources, titles, strict=True), start=1):
            evaluations.append(_write_evaluation(book, source, n, names, stamp, who, tick))
        meta = {"exported_at": stamp, "audience": who.name, "workbook": identity, "evaluations": evaluations}
        if who.name == INTERNAL:
            meta["source"] = _file_name(label)
        _write_meta(book, meta)
        book.wb.worksheets()[0].activate()
        _save(book, partial, out_path, tick)
    finally:
        partial.unlink(missing_ok=True)
    return out_path


def _write_evaluation(
    book: Book,
    source: Source,
    n: int,
    names: dict[str, str],
    stamp: str,
    who: Audience,
    tick: Callable[[str], None],
) -> dict[str, Any]:
    writer = EvaluationWriter(book, source, n, names, stamp, who)
    title = source.doc["title"]
    writer.summary()
    tick(f"{title}: summary")
    writer.matrix()
    tick(f"{title}: matrix")
    writer.computed()
    tick(f"{title}: computed results")
    for spec in L.LIST_SHEETS:
        if who.shows(spec.key):
            writer.list_sheet(spec)
            tick(f"{title}: {spec.key.lower()}")
    if who.shows("Change log"):
        writer.history(source.history)
        tick(f"{title}: change log")
    lay = MatrixLayout(len(writer.criteria), len(writer.options), source.exposures is not None)
    return {
        "id": source.doc["id"],
        "created_at": source.doc["created_at"],
        "title": title,
        "sheets": names,
        "header_rows": {key: (lay.header + 1 if key == "Matrix" else 1) for key in names},
        "option_columns": writer.option_columns,
        "from_app": _from_app(source, writer.options),
        "document": shown_document(source.doc, who),
    }


def _from_app(source: Source, options: list[dict[str, Any]]) -> dict[str, list[list[Any]]]:
    """The Matrix's result rows of plain values the app wrote ("… (from the app)"): label -> [option
    id, value] pairs, so that the import can tell a value typed over one of them."""
    if source.exposures is None:
        return {}
    return {EXPOSURE: [[o["id"], source.exposures.get(o["id"], 0.0)] for o in options]}


def _file_name(label: str) -> str:
    """Where the export came from, without the folders (a path never leaves the machine)."""
    return re.split(r"[\\/]", label.rstrip("/\\"))[-1]


def _write_meta(book: Book, meta: dict[str, Any]) -> None:
    from duediligence.exchange.meta import encode

    ws = book.sheet(L.META_SHEET)
    checksum, chunks = encode(meta)
    write_text(book, ws, 0, 0, L.META_MARKER, "export data")
    write_text(book, ws, 0, 1, checksum, "export data")
    for i, chunk in enumerate(chunks, start=1):
        write_text(book, ws, i, 0, chunk, "export data")
    protect(ws)
    ws.very_hidden()


def _save(book: Book, partial: Path, out_path: Path, tick: Callable[[str], None]) -> None:
    try:
        book.close()
    except OSError as exc:
        raise XlsxExportError(f"the file cannot be written ({exc.strerror or exc})") from exc
    tick("saved")  # last chance to cancel: the target is untouched until the rename below
    with partial.open("rb+") as fh:
        os.fsync(fh.fileno())
    partial.replace(out_path)
