"""Run the benchmarks and print medians with ratios to baselines measured in the same run.

    .venv/bin/python -m bench.run [--repeat N] [--json FILE] [--only SECTION,...]

Sections: core, robustness, ui, exchange, startup, floors (all by default).

Baselines are the physical limits of the same work: raw sqlite3 for storage, plain numpy for maths, a
bare Qt window or table for the window. "floors" measures the least any window of this stack pays
(bench/floors.py): what the start-up and open targets must leave room for on the machine.
`--json FILE` writes every figure under a stable key (see `docs/performance.md`); `--only` runs some
sections (the JSON then holds only theirs).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.workloads import large_evaluation, typical_evaluation

SECTIONS = ("core", "robustness", "ui", "exchange", "startup", "floors")


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def duration(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms" if seconds >= 0.001 else f"{seconds * 1e6:,.0f} µs"


def p95(times: list[float]) -> float:
    return sorted(times)[max(0, int(len(times) * 0.95) - 1)]


class Report:
    """The Markdown table and the figures by key (milliseconds, ratios, megabytes)."""

    def __init__(self) -> None:
        self.lines = ["| operation | median | baseline | ratio | baseline is |", "|---|---|---|---|---|"]
        self.figures: dict[str, float] = {}

    def row(
        self,
        name: str,
        times: list[float],
        baseline: list[float] | None,
        note: str = "–",
        key: str | None = None,
        ratio_key: str | None = None,
        value: float | None = None,
    ) -> None:
        """One line; `value` (seconds) replaces the median, e.g. a p95."""
        shown = statistics.median(times) if value is None else value
        text = f"| {name} | {duration(shown)} |"
        if baseline:
            base = statistics.median(baseline) if value is None else p95(baseline)
            text += f" {duration(base)} | {shown / base:,.1f}× |"
            if ratio_key:
                self.figures[ratio_key] = round(shown / base, 2)
        else:
            text += " – | – |"
        self.lines.append(f"{text} {note} |")
        if key:
            self.figures[key] = round(shown * 1000, 3)

    def plain(self, text: str, **figures: float) -> None:
        self.lines.append(text)
        self.figures.update(figures)


def compile_sources() -> None:
    """Write the bytecode of the app's own modules, as pip and the bundle ship it, so that a fresh
    process's start-up is not also compiling ~160 modules (~0.4 s here) when the shell sets
    PYTHONDONTWRITEBYTECODE."""
    import compileall

    root = Path(__file__).resolve().parent.parent
    for package in ("duediligence", "ui", "bench"):
        compileall.compile_dir(root / package, quiet=1)


def child(*args: str, timeout: int = 900) -> Any:
    """Run `python -m args…` offscreen and return the JSON (or number) on its last line of output."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-m", *args], capture_output=True, text=True, env=env, timeout=timeout
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def make_workbook(path: Path, doc: dict[str, Any]) -> tuple[int, float]:
    """A workbook holding an evaluation made from `doc` (added if the file exists): (its id, seconds to
    insert it)."""
    from duediligence.operations.evaluations import InsertEvaluationDocument
    from duediligence.storage.database import Database

    db = Database.open(path)
    start = time.perf_counter()
    with db.transaction() as session:
        eid = int(InsertEvaluationDocument(doc).apply(session).result)
    elapsed = time.perf_counter() - start
    db.close()
    return eid, elapsed


def core_rows(report: Report, path: Path, eid: int, repeat: int) -> None:
    """Reading and ranking W1, and committing one score edit, against raw sqlite3 and bare numpy."""
    import numpy as np

    from duediligence.decision.ranking import rank_matrix
    from duediligence.operations.edits import SetScore
    from duediligence.reads.matrix import load_matrix
    from duediligence.storage.database import Database

    db = Database.open(path)
    raw = sqlite3.connect(path)

    def load() -> Any:
        with db.reading() as session:
            return load_matrix(session, eid)

    def raw_scores() -> object:
        return raw.execute("SELECT option_id, criterion_id, value, low, high, evidence FROM score").fetchall()

    report.row("load the matrix", timed(load, repeat), timed(raw_scores, repeat),
               "raw sqlite3 SELECT of the scores", "load_matrix_ms", "load_matrix_ratio")  # fmt: skip
    matrix = load()
    values = np.random.default_rng(1).random((100, 250))
    weights = np.random.default_rng(2).random(250)
    report.row("re-rank W1 (utilities, weights, finance)", timed(lambda: rank_matrix(matrix), repeat),
               timed(lambda: values @ (weights / weights.sum()), repeat),
               "numpy weighted sum of the same shape", "rerank_w1_ms")  # fmt: skip
    option_id, criterion_id = next(key for key, c in matrix.cells.items() if c.low is None)
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
    report.row("one score edit committed (p50)", edits, raw_edits, "raw sqlite3 UPDATE + COMMIT",
               "edit_commit_p50_ms")  # fmt: skip
    report.row("one score edit committed (p95)", edits, raw_edits, "target < 5 ms", "edit_commit_p95_ms",
               value=p95(edits))  # fmt: skip
    raw.close()
    db.close()


def robustness_rows(report: Report, path: Path, eid: int, repeat: int) -> None:
    """The Monte Carlo of W1 against a plain numpy version of the same sampling, and the whole analysis."""
    from bench.mc_plain import plain_monte_carlo
    from duediligence.reads.robustness import analyse, prepare
    from duediligence.robustness.montecarlo import simulate
    from duediligence.storage.database import Database

    db = Database.open(path)
    with db.reading() as session:
        inp = prepare(session, eid, draws=10_000, seed=1)
    opts = dict(policy=inp.policy, excluded=list(inp.excluded), must_have=inp.must_have)
    times = max(1, repeat // 2)
    found: list[Any] = []

    def monte_carlo() -> None:
        found[:] = [simulate(inp.values, inp.low, inp.high, inp.criteria, draws=10_000, seed=1,
                             weight_band=inp.weight_band, **opts)]  # fmt: skip

    plain: list[Any] = []
    mc = timed(monte_carlo, times)
    baseline = timed(lambda: plain.append(plain_monte_carlo(inp, 10_000, 1)), times)
    apart = max(abs(p - q) for p, q in zip(found[0].p_first, plain[-1], strict=True))
    report.row("Monte Carlo of W1, 10,000 draws", mc, baseline,
               f"plain numpy, same sampling (P(first) within {apart:.3f}); target ≤ 1.2×",
               "mc_w1_ms", "mc_ratio")  # fmt: skip
    report.figures["mc_numpy_same_sampling_ms"] = round(statistics.median(baseline) * 1000, 3)

    def whole() -> object:
        with db.reading() as session:
            return analyse(session, eid, draws=10_000, seed=1)

    report.row("robustness of W1: Monte Carlo + chance each unknown changes the winner + tipping points",
               timed(whole, times), None, "–", "robustness_w1_ms")  # fmt: skip
    first_answers(report, inp, times)
    db.close()


def first_answers(report: Report, inp: Any, times: int) -> None:
    """Until the app has a first answer (the odds after the first chunk of draws) and a settled one (the
    simulation's last answer, before the tipping points), for W1 as it is (one option dominates) and
    for W1 made a close race (the second option given the first one's scores and ranges: a coin toss)."""
    import dataclasses

    from duediligence.robustness.analysis import compute
    from duediligence.robustness.uncertainty import baseline

    def clocked(inputs: Any) -> tuple[float, float, int]:
        marks: list[tuple[float, int]] = []
        start = time.perf_counter()
        compute(inputs, partial=lambda a: marks.append((time.perf_counter() - start, a.draws_used)))
        return marks[0][0], marks[-1][0], marks[-1][1]

    winner = baseline(inp.values, inp.criteria, policy=inp.policy, excluded=list(inp.excluded),
                      must_have=inp.must_have).winner  # fmt: skip
    other = (winner + 1) % inp.values.shape[0]
    twin = {}
    for field in ("values", "low", "high"):
        twin[field] = getattr(inp, field).copy()
        twin[field][other] = twin[field][winner]
    close = dataclasses.replace(inp, **twin)
    for name, inputs, key in (("W1", inp, "mc"), ("W1 made a close race", close, "mc_close")):
        runs = [clocked(inputs) for _ in range(times)]
        draws = runs[0][2]
        report.row(f"first Monte Carlo answer, {name} (after one chunk of draws)", [r[0] for r in runs],
                   None, "target ≤ 1 s", f"{key}_first_answer_ms")  # fmt: skip
        report.row(f"settled Monte Carlo answer, {name} ({draws:,} of 10,000 draws)", [r[1] for r in runs],
                   None, "stops once every P(first) is within ±0.5 points", f"{key}_settled_ms")  # fmt: skip
        report.figures[f"{key}_draws_used"] = draws


def ui_rows(report: Report, w1: tuple[Path, int, int], typical: tuple[Path, int]) -> None:
    """The real window, in a subprocess each (offscreen): open until the matrix shows; edit scores;
    switch to W1 from another evaluation of its workbook."""
    for (path, eid, *other), name, key in (
        (w1, "W1", ""), (typical, "the typical evaluation (6 × 30)", "_typical")
    ):  # fmt: skip
        data = child("bench.ui_matrix", str(path), str(eid), *map(str, other), timeout=600)
        report.row(f"open {name} in the window until the matrix is shown", [data["open"]],
                   [data["baseline"]], "bare QTableView of the same shape shown",
                   f"open{key or '_w1'}_ms", f"open{key or '_w1'}_ratio")  # fmt: skip
        edits = data["edits"]
        report.row(f"score edit of {name} until the matrix and ranking are redrawn (p50)", edits, None,
                   "target ≤ 50 ms (typical ≤ 16 ms)",
                   f"edit_redraw{key}_ms")  # fmt: skip
        report.row(f"score edit of {name}, redrawn (p95)", edits, None, "–",
                   f"edit_redraw{key}_p95_ms", value=p95(edits))  # fmt: skip
        report.row(f"score edit of {name} until the window has painted what changed (p50)", data["drawn"],
                   None, "as a user sees it; the rows above repaint the whole matrix",
                   f"edit_drawn{key}_ms")  # fmt: skip
        if "switch" in data:
            report.row("select W1 in the running window until its matrix is shown (after an edit of "
                       "another evaluation)", data["switch"], None, "≤ 0.4 s", "switch_w1_ms")  # fmt: skip


def exchange_rows(report: Report, path: Path, eid: int, repeat: int) -> None:
    data = child("bench.exchange", str(path), str(eid), str(max(1, repeat // 2)))
    cells = f"{data['cells']:,} cells"
    report.row(f"export W1 to Excel ({cells}, every formula with its result)", data["export"],
               data["dump"], "openpyxl write-only dump of the same cells, target ≤ 1.5×",
               "export_ms", "export_ratio")  # fmt: skip
    report.row("import that file (read, check, diff)", data["import"], data["scan"],
               "openpyxl read-only scan, target ≤ 1.5×", "import_ms", "import_ratio")  # fmt: skip
    peak = data["peak_mb"]
    report.plain(f"| peak memory, open + export of W1 | {peak:,.0f} MB | – | – | RSS, target < 200 MB |",
                 peak_mb=round(peak, 1))  # fmt: skip


def startup_rows(report: Report, folder: Path, repeat: int) -> None:
    """Cold start on W2 (2,000 evaluations) against a bare PySide6 window, each in a fresh process."""
    from bench.workloads import busy_workbook

    w2 = folder / "w2.db"
    busy_workbook(w2)
    bare = [float(child("bench.startup", "bare")) for _ in range(repeat)]
    first = [float(child("bench.startup", "first-window", str(w2))) for _ in range(repeat)]
    listed = [float(child("bench.startup", "list-filled", str(w2))) for _ in range(repeat)]
    size = round(w2.stat().st_size / 1e6, 1)
    report.row("cold start to the first painted window (W2)", first, bare,
               "bare QMainWindow shown, target ≤ 1.5×", "first_paint_ms", "first_paint_ratio")  # fmt: skip
    report.row("cold start until the evaluations list is filled (W2)", listed, bare,
               "same baseline, target ≤ 4×", "list_ready_ms", "list_ready_ratio")  # fmt: skip
    report.figures["bare_window_ms"] = round(statistics.median(bare) * 1000, 3)
    report.plain(f"| file size of W2 (2,000 evaluations) | {size:,} MB | – | – | – |", w2_mb=size)


def floor_rows(report: Report, w1: tuple[Path, int], repeat: int) -> None:
    """Fresh processes, alternated so that a busy moment weighs on every variant alike."""
    modes = ("bare", "scheme", "word", "scheme+word")
    windows: dict[str, list[float]] = {mode: [] for mode in modes}
    opens: dict[str, list[float]] = {"with-orm": [], "without-orm": []}
    for _ in range(max(repeat, 5)):
        for mode in modes:
            windows[mode].append(float(child("bench.floors", "window", mode)))
        for mode in opens:
            opens[mode].append(float(child("bench.floors", "open", str(w1[0]), str(w1[1]), mode)))
    bare = windows["bare"]
    for mode, key, what in (
        ("scheme", "first_paint_scheme", "asks the colour scheme (PySide6 builds the Qt namespace's enums)"),
        ("word", "first_paint_word", "shows one word (Qt's font set-up)"),
        ("scheme+word", "first_paint_floor", "does both: the least a themed window that says anything does"),
    ):
        report.row(f"a QMainWindow that {what}, painted", windows[mode], bare, "bare QMainWindow shown",
                   f"{key}_ms", f"{key}_ratio")  # fmt: skip
    report.row("open floor of W1: ORM + models, numpy, sqlite3 read, ranking, a bare table shown",
               opens["with-orm"], None, "what opening for editing needs, nothing of the app's UI",
               "open_w1_floor_ms")  # fmt: skip
    report.row("the same without SQLAlchemy and SQLModel (a read-only preview)", opens["without-orm"], None,
               "–", "open_w1_floor_without_orm_ms")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections to run")
    args = parser.parse_args()
    only = set(args.only.split(","))
    if only - set(SECTIONS):
        parser.error(f"unknown sections {sorted(only - set(SECTIONS))}; choose from {', '.join(SECTIONS)}")
    repeat = args.repeat
    compile_sources()
    folder = Path(tempfile.mkdtemp(prefix="dd-bench-"))
    report = Report()
    w1 = folder / "w1.db"
    eid, insert_time = make_workbook(w1, large_evaluation())
    report.row("create W1 (100 × 250, 25,000 scores)", [insert_time], None, "–", "create_w1_ms")
    if "core" in only:
        core_rows(report, w1, eid, repeat)
    if "robustness" in only:
        robustness_rows(report, w1, eid, repeat)
    if "ui" in only:
        typical = folder / "typical.db"
        typical_id, _ = make_workbook(typical, typical_evaluation())
        other, _ = make_workbook(w1, typical_evaluation())  # the evaluation worked on before W1
        ui_rows(report, (w1, eid, other), (typical, typical_id))
    if "exchange" in only:
        exchange_rows(report, w1, eid, repeat)
    if "startup" in only:
        startup_rows(report, folder, repeat)
    if "floors" in only:
        floor_rows(report, (w1, eid), repeat)
    print("\n".join(report.lines))
    if args.json:
        args.json.write_text(json.dumps(report.figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
