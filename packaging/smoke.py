"""Smoke test of a built bundle: what a person who downloaded it does, checked from outside.

    python3 packaging/smoke.py [dist/duediligence]

Copies the bundle to a new folder (whose name has a space) and runs the copy with an empty environment
(as `env -i`: no PATH, HOME, LANG, PYTHONPATH or LD_LIBRARY_PATH), so nothing from the build machine's
set-up helps it: --version, demo, list, rank --json, export, import --dry-run, report, refusing a
workbook from a newer version, and the desktop window (offscreen), which opens the workbook and quits
cleanly (DUEDILIGENCE_QUIT_AFTER_START, read by ui/app.py). Exit code 0 when every step passed.
Standard library only (Python 3.11+), so any Python can run it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 180  # seconds per command: a first run builds matplotlib's font cache


class Failed(Exception):
    pass


class Bundle:
    """The moved copy of the bundle, run with an empty environment in a scratch folder."""

    def __init__(self, executable: Path, scratch: Path) -> None:
        self.executable, self.scratch = executable, scratch

    def run(
        self, *args: str, env: dict[str, str] | None = None, expect: int = 0
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(self.executable), *args],
            env=env or {},  # empty: as `env -i`
            cwd=self.scratch,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        if done.returncode != expect:
            raise Failed(
                f"`duediligence {' '.join(args)}` exited {done.returncode}, expected {expect}\n"
                f"stdout: {done.stdout[-2000:]}\nstderr: {done.stderr[-2000:]}"
            )
        if "Traceback" in done.stderr:
            raise Failed(f"`duediligence {' '.join(args)}` printed a traceback:\n{done.stderr[-3000:]}")
        return done


def check(condition: bool, message: str) -> None:
    if not condition:
        raise Failed(message)


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def content(workbook: Path) -> list[str]:
    """Every table's schema and rows (the header's change counter moves when the app opens a file)."""
    with sqlite3.connect(workbook) as con:
        dump = list(con.iterdump())
    con.close()
    return dump


def steps(app: Bundle) -> list[tuple[str, Callable[[], None]]]:
    scratch = app.scratch
    workbook = scratch / "workbook.db"
    shared = scratch / "shared.xlsx"
    report = scratch / "report.pdf"
    db = ("--db", str(workbook))

    def version() -> None:
        shown = app.run("--version").stdout.strip()
        check(shown == f"duediligence {project_version()}", f"--version printed {shown!r}")

    def demo() -> None:
        app.run("demo", *db)
        listed = json.loads(app.run("list", *db, "--json").stdout)
        check(len(listed) == 2, f"demo added {len(listed)} evaluations, expected the 2 samples")

    def rank() -> None:
        ranking = json.loads(app.run("rank", "1", *db, "--json", "--draws", "500", "--seed", "7").stdout)
        options = ranking["options"]
        check(ranking["problem"] is None, f"rank: {ranking['problem']}")
        check(any(o["rank"] == 1 for o in options), "rank: no option ranks first")
        share = sum(o["p_first"] or 0 for o in options)
        check(abs(share - 1) < 1e-9, f"rank: the chances of ranking first sum to {share}, not 1")

    def export() -> None:
        app.run("export", "1", "2", "--out", str(shared), *db)
        with zipfile.ZipFile(shared) as book:
            check("xl/workbook.xml" in book.namelist(), "export: not an Excel workbook")

    def import_dry_run() -> None:
        before = content(workbook)
        out = app.run("import", str(shared), "--dry-run", *db).stdout
        check("Dry run: nothing was written." in out, f"import --dry-run said: {out}")
        check(content(workbook) == before, "import --dry-run changed the workbook")

    def write_report() -> None:
        app.run("report", "1", "--out", str(report), *db)
        data = report.read_bytes()
        check(data.startswith(b"%PDF") and len(data) > 20_000, f"report: {len(data)} bytes, not a PDF report")

    def newer_workbook_refused() -> None:
        newer = scratch / "newer.db"
        shutil.copyfile(workbook, newer)
        with sqlite3.connect(newer) as con:
            con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        con.close()
        before = newer.read_bytes()
        err = app.run("list", "--db", str(newer), expect=1).stderr
        check("saved by a newer version of the app" in err, f"a newer workbook: {err.strip()}")
        check(newer.read_bytes() == before, "a workbook from a newer version was changed")

    def window() -> None:
        home = scratch / "home"
        home.mkdir()
        env = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "DUEDILIGENCE_QUIT_AFTER_START": "1"}
        app.run(*db, env=env)
        settings = next(home.joinpath(".config").rglob("*.conf"), None)
        check(settings is not None, "the window saved no settings: it was not shown and closed")
        text = settings.read_text(encoding="utf-8", errors="replace") if settings else ""
        check("geometry=" in text, "the window did not save its geometry on closing")
        check(f"last={workbook}" in text, f"the window did not open {workbook}")

    return [
        ("--version", version),
        ("demo, list --json", demo),
        ("rank --json", rank),
        ("export", export),
        ("import --dry-run", import_dry_run),
        ("report", write_report),
        ("a workbook from a newer version is refused", newer_workbook_refused),
        ("the window opens offscreen and quits", window),
    ]


def main(argv: list[str]) -> int:
    built = Path(argv[0] if argv else ROOT / "dist" / "duediligence").resolve()
    if not (built / "duediligence").is_file():
        print(f"smoke: no bundle at {built} (run ./dev bundle)", file=sys.stderr)
        return 2
    started = time.monotonic()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="dd-smoke-") as tmp:
        moved = Path(tmp) / "moved bundle" / "duediligence"
        shutil.copytree(built, moved, symlinks=True)
        scratch = Path(tmp) / "work"
        scratch.mkdir()
        app = Bundle(moved / "duediligence", scratch)
        for name, step in steps(app):
            began = time.monotonic()
            try:
                step()
            except (Failed, subprocess.TimeoutExpired, OSError, ValueError, KeyError) as exc:
                failures += 1
                print(f"smoke: FAIL {name}: {exc}", file=sys.stderr)
                continue
            print(f"smoke: ok   {name} ({time.monotonic() - began:.1f} s)", file=sys.stderr)
    verdict = "passed" if failures == 0 else f"{failures} step(s) failed"
    print(f"smoke: {verdict} in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
