"""Run the benchmarks and print medians with ratios to baselines measured in the same run.

    .venv/bin/python -m bench.run [--repeat N]

Baselines are the physical limits of the same work: raw sqlite3 for storage, plain numpy for maths.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.workloads import large_evaluation


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def duration(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms" if seconds >= 0.001 else f"{seconds * 1e6:,.0f} µs"


def row(name: str, times: list[float], baseline: list[float] | None, target: str = "") -> str:
    median = statistics.median(times)
    text = f"| {name} | {duration(median)} |"
    if baseline:
        base = statistics.median(baseline)
        text += f" {duration(base)} | {median / base:,.1f}× |"
    else:
        text += " – | – |"
    return f"{text} {target} |"


def p95(times: list[float]) -> float:
    return sorted(times)[max(0, int(len(times) * 0.95) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat

    import numpy as np

    from duediligence.decision.ranking import rank_matrix
    from duediligence.operations.edits import SetScore
    from duediligence.operations.evaluations import InsertEvaluationDocument
    from duediligence.reads.matrix import load_matrix
    from duediligence.storage.database import Database

    folder = Path(tempfile.mkdtemp(prefix="dd-bench-"))
    db = Database.open(folder / "w1.db")
    doc = large_evaluation()
    start = time.perf_counter()
    with db.transaction() as session:
        eid = InsertEvaluationDocument(doc).apply(session).result
    insert_time = [time.perf_counter() - start]

    raw = sqlite3.connect(folder / "w1.db")
    lines = ["| operation | median | baseline | ratio | baseline is |", "|---|---|---|---|---|"]
    lines.append(row("create W1 (100 × 250, 25,000 scores)", insert_time, None, "–"))

    def load() -> object:
        with db.reading() as session:
            return load_matrix(session, eid)

    def raw_scores() -> object:
        return raw.execute("SELECT option_id, criterion_id, value, low, high, evidence FROM score").fetchall()

    lines.append(
        row(
            "load the matrix",
            timed(load, repeat),
            timed(raw_scores, repeat),
            "raw sqlite3 SELECT of the scores",
        )
    )
    matrix = load()
    values = np.random.default_rng(1).random((100, 250))
    weights = np.random.default_rng(2).random(250)
    lines.append(
        row(
            "re-rank W1 (utilities, weights, finance)",
            timed(lambda: rank_matrix(matrix), repeat),  # type: ignore[arg-type]
            timed(lambda: values @ (weights / weights.sum()), repeat),
            "numpy weighted sum of the same shape",
        )
    )
    from duediligence.reads.robustness import analyse

    def monte_carlo() -> object:
        with db.reading() as session:
            return analyse(session, eid, draws=10_000, seed=1)

    draws = np.random.default_rng(3).random((10_000, 250))

    def numpy_draws() -> object:  # the bare arithmetic: 10,000 weighted sums of 100 × 250
        return np.einsum("oc,dc->do", values, draws, optimize=True)

    lines.append(
        row("robustness of W1: Monte Carlo 10,000 draws + tipping points",
            timed(monte_carlo, max(1, repeat // 2)), timed(numpy_draws, max(1, repeat // 2)),
            "numpy: 10,000 weighted sums of 100 × 250")
    )  # fmt: skip
    option_id, criterion_id = next(key for key, c in matrix.cells.items() if c.low is None)  # type: ignore[attr-defined]
    edits = []
    for i in range(max(40, repeat * 8)):
        start = time.perf_counter()
        with db.transaction() as session:
            SetScore(option_id, criterion_id, {"value": float(i % 10)}).apply(session)
        edits.append(time.perf_counter() - start)

    def raw_edit() -> None:
        raw.execute(
            "UPDATE score SET value = value WHERE option_id = ? AND criterion_id = ?",
            (option_id, criterion_id),
        )
        raw.commit()

    raw_edits = timed(raw_edit, len(edits))
    lines.append(row("one score edit committed (p50)", edits, raw_edits, "raw sqlite3 UPDATE + COMMIT"))
    slow, base = p95(edits), p95(raw_edits)
    ratio = slow / base
    lines.append(
        f"| one score edit (p95) | {duration(slow)} | {duration(base)} | {ratio:,.1f}× | target < 10 ms |"
    )
    raw.close()
    db.close()
    lines += ui_rows(folder / "w1.db", eid)
    lines += exchange_rows(folder / "w1.db", eid, repeat)
    lines += startup_rows(folder, repeat)
    print("\n".join(lines))


def _child(*args: str) -> str:
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, env=env, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {done.stderr[-2000:]}")
    return done.stdout.strip().splitlines()[-1]


def exchange_rows(path: Path, evaluation_id: int, repeat: int) -> list[str]:
    import json

    data = json.loads(_child("bench.exchange", str(path), str(evaluation_id), str(max(1, repeat // 2))))
    cells = f"{data['cells']:,} cells"
    return [
        row(f"export W1 to Excel ({cells})", data["export"], data["dump"],
            "openpyxl write-only dump, target ≤ 2×"),
        row("import that file (read, check, diff)", data["import"], data["scan"],
            "openpyxl read-only scan, target ≤ 1.5×"),
        f"| peak memory, open + export of W1 | {data['peak_mb']:,.0f} MB | – | – | RSS of the process |",
    ]  # fmt: skip


def startup_rows(folder: Path, repeat: int) -> list[str]:
    """Cold start on W2 (2,000 evaluations) against a bare PySide6 window, each in a fresh process."""
    from bench.workloads import busy_workbook

    w2 = folder / "w2.db"
    busy_workbook(w2)
    bare = [float(_child("bench.startup", "bare")) for _ in range(repeat)]
    first = [float(_child("bench.startup", "first-window", str(w2))) for _ in range(repeat)]
    listed = [float(_child("bench.startup", "list-filled", str(w2))) for _ in range(repeat)]
    size = w2.stat().st_size / 1e6
    return [
        row("cold start to the first painted window (W2)", first, bare,
            "bare QMainWindow shown, target ≤ 1.5×"),
        row("cold start until the evaluations list is filled (W2)", listed, bare,
            "same baseline, target ≤ 4×"),
        f"| file size of W2 (2,000 evaluations) | {size:,.1f} MB | – | – | – |",
    ]  # fmt: skip


def ui_rows(path: Path, evaluation_id: int) -> list[str]:
    """The real window, in a subprocess (offscreen): open W1 until the matrix shows; edit scores."""
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "bench.ui_matrix", str(path), str(evaluation_id)],
        capture_output=True, text=True, env=env, timeout=600, check=True,
    )  # fmt: skip
    data = json.loads(result.stdout.strip().splitlines()[-1])
    edits = data["edits"]
    return [
        row("open W1 in the window until the matrix is shown", [data["open"]], [data["baseline"]],
            "bare QTableView of 250 × 100 shown"),
        row("score edit until the matrix and ranking are redrawn (p50)", edits, None, "–"),
    ]  # fmt: skip


if __name__ == "__main__":
    main()
