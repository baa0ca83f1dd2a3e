"""Excel export and import of W1 against openpyxl's own limits, in a subprocess (for its peak memory).

    python -m bench.exchange WORKBOOK EVALUATION_ID REPEAT

Prints JSON: export and import times, their baselines (openpyxl write-only dump of the same cell
values; openpyxl read-only scan of the file), and the peak RSS of opening and exporting W1.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path


def peak_rss_mb() -> float:
    """This process's peak resident memory. Linux's VmHWM, not `ru_maxrss`: a child keeps its parent's
    `ru_maxrss` across fork and exec, so run from `bench.run` after the Monte Carlo sections it said
    317 MB for a process whose own peak was 184 MB or less."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(path: str, evaluation_id: int, repeat: int) -> None:
    from openpyxl import Workbook, load_workbook

    from duediligence.exchange.commands import export_command, prepare_import
    from duediligence.storage.database import Database

    folder = Path(tempfile.mkdtemp(prefix="dd-bench-xlsx-"))
    db = Database.open(path)
    out = folder / "w1.xlsx"
    exports, imports, dumps, scans = [], [], [], []
    for _ in range(repeat):
        start = time.perf_counter()
        export_command(db, [str(evaluation_id)], out)
        exports.append(time.perf_counter() - start)
    peak_mb = peak_rss_mb()

    values = {ws.title: list(ws.iter_rows(values_only=True)) for ws in load_workbook(out, read_only=True)}
    for _ in range(repeat):
        start = time.perf_counter()
        plain = Workbook(write_only=True)
        for title, rows in values.items():
            sheet = plain.create_sheet(title)
            for row in rows:
                sheet.append(row)
        plain.save(folder / "plain.xlsx")
        dumps.append(time.perf_counter() - start)

        start = time.perf_counter()
        prepare_import(db, out)
        imports.append(time.perf_counter() - start)

        start = time.perf_counter()
        book = load_workbook(out, read_only=True)
        for ws in book:
            ws.reset_dimensions()
            for _row in ws.iter_rows(values_only=True):
                pass
        book.close()
        scans.append(time.perf_counter() - start)
    db.close()
    cells = sum(len(r) for rows in values.values() for r in rows)
    print(json.dumps({"export": exports, "dump": dumps, "import": imports, "scan": scans,
                      "peak_mb": peak_mb, "cells": cells, "size": out.stat().st_size}))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
