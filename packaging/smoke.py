"""Smoke test of a built bundle: what a person who downloaded it does, checked from outside.

    python3 packaging/smoke.py [dist/duediligence | dist/duediligence-*.tar.gz] [--deb dist/*.deb]

Unpacks the .tar.gz (or copies the folder) into a new folder whose name has a space, and runs the
copy with an empty environment (as `env -i`: no PATH, HOME, LANG, PYTHONPATH or LD_LIBRARY_PATH), so
nothing from the build machine's set-up helps it: --version, demo, list, rank --json, export, import
--dry-run, report, refusing a workbook from a newer version, and the desktop window (offscreen, and
on X11 under Xvfb where xvfb-run exists), which opens the workbook and quits cleanly
(DUEDILIGENCE_QUIT_AFTER_START, read by ui/app.py). With --deb, checks the .deb's contents too.
Exit code 0 when every step passed. Standard library only (Python 3.11+), so any Python can run it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINUX = sys.platform.startswith("linux")
EXECUTABLE = "duediligence.exe" if sys.platform == "win32" else "duediligence"
# Windows processes need SYSTEMROOT (Python's sockets and random numbers fail without it).
BARE = {"SYSTEMROOT": os.environ.get("SYSTEMROOT", r"C:\Windows")} if sys.platform == "win32" else {}
TIMEOUT = 180  # seconds per command: a first run builds matplotlib's font cache


class Failed(Exception):
    pass


class Skipped(Exception):
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
            env={**BARE, **(env or {})},  # empty: as `env -i`
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
        # The file was just exported: the dry run finds nothing to change (and writes nothing).
        check("No changes: the file and evaluation 1 agree." in out, f"import --dry-run said: {out}")
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
        if not LINUX:  # QSettings keeps them in the registry (Windows) or a .plist (macOS)
            return
        settings = next(home.joinpath(".config").rglob("*.conf"), None)
        check(settings is not None, "the window saved no settings: it was not shown and closed")
        text = settings.read_text(encoding="utf-8", errors="replace") if settings else ""
        check("geometry=" in text, "the window did not save its geometry on closing")
        check(f"last={workbook}" in text, f"the window did not open {workbook}")

    def window_on_x11() -> None:
        xvfb_run = shutil.which("xvfb-run")
        if not LINUX:
            raise Skipped("X11 is Linux's")
        if xvfb_run is None:
            raise Skipped("no xvfb-run")
        home = scratch / "home-x11"
        home.mkdir()
        # xvfb-run sets DISPLAY and XAUTHORITY; everything else stays empty, as above.
        inner = (
            'exec env -i DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" HOME="$1" QT_QPA_PLATFORM=xcb '
            'DUEDILIGENCE_QUIT_AFTER_START=1 "$2" --db "$3"'
        )
        command = [xvfb_run, "-a", "sh", "-c", inner, "sh", str(home), str(app.executable), str(workbook)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
        check(done.returncode == 0 and "Traceback" not in done.stderr, f"on X11: {done.stderr[-2000:]}")
        check(any(home.joinpath(".config").rglob("*.conf")), "on X11: the window saved no settings")

    def menu_entry() -> None:
        # A stand-in for update-desktop-database records the environment programs started by the app get.
        if not LINUX:
            raise Skipped("the desktop menu entry is Linux's")
        tools, share = scratch / "tools", scratch / "share"
        tools.mkdir()
        seen = scratch / "tool-environment.txt"
        tool = tools / "update-desktop-database"
        tool.write_text(f"#!/bin/sh\nenv > '{seen}'\n", encoding="utf-8")
        tool.chmod(0o755)
        app.run("install-desktop", "--prefix", str(share), env={"PATH": f"{tools}:/usr/bin:/bin"})
        entry = (share / "applications" / "duediligence.desktop").read_text(encoding="utf-8")
        check(f"TryExec={app.executable}\n" in entry, f"the menu entry does not start this bundle:\n{entry}")
        inherited = seen.read_text(encoding="utf-8")
        check(
            str(app.executable.parent) not in inherited.partition("LD_LIBRARY_PATH=")[2].split("\n")[0],
            "programs the app starts inherit the bundle's LD_LIBRARY_PATH",
        )

    return [
        ("--version", version),
        ("demo, list --json", demo),
        ("rank --json", rank),
        ("export", export),
        ("import --dry-run", import_dry_run),
        ("report", write_report),
        ("a workbook from a newer version is refused", newer_workbook_refused),
        ("the window opens offscreen and quits", window),
        ("the window opens on X11 (Xvfb) and quits", window_on_x11),
        (
            "install-desktop: a menu entry for this folder; started programs get the system's libraries",
            menu_entry,
        ),
    ]


def unpack(built: Path, folder: Path) -> Path:
    """The bundle moved into `folder`, as a person would get it: unpacked from the .tar.gz, or copied."""
    folder.mkdir(parents=True)
    if built.is_dir():
        return Path(shutil.copytree(built, folder / "duediligence", symlinks=True))
    with tarfile.open(built) as tar:
        tar.extractall(folder, filter="data")  # refuses absolute paths and links out of the folder
    return folder / "duediligence"


def deb_steps(deb: Path) -> list[tuple[str, Callable[[], None]]]:
    def contents() -> None:
        if shutil.which("dpkg-deb") is None:
            raise Skipped("no dpkg-deb")
        listing = subprocess.run(
            ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
        )
        for wanted in (
            "./opt/duediligence/duediligence",
            "./usr/bin/duediligence -> /opt/duediligence/duediligence",
            "./usr/share/applications/duediligence.desktop",
            "./usr/share/mime/packages/duediligence.xml",
            "./usr/share/icons/hicolor/scalable/apps/duediligence.svg",
            "./usr/share/icons/hicolor/256x256/apps/duediligence.png",
        ):
            check(wanted in listing.stdout, f"the .deb lacks {wanted}")
        fields = subprocess.run(["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True)
        check(f"Version: {project_version()}" in fields.stdout, f"the .deb's version: {fields.stdout}")
        check("Depends: libc6 (>= " in fields.stdout, f"the .deb does not name its glibc: {fields.stdout}")

    return [(f"the .deb holds the app, menu entry, icons and file type ({deb.name})", contents)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "duediligence")
    parser.add_argument("--deb", type=Path, help="also check this .deb's contents")
    args = parser.parse_args(argv)
    built = args.bundle.resolve()
    if not (built.is_file() or (built / EXECUTABLE).is_file()):
        print(f"smoke: no bundle at {built} (run ./dev bundle)", file=sys.stderr)
        return 2
    started = time.monotonic()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="dd-smoke-") as tmp:
        moved = unpack(built, Path(tmp) / "moved bundle")
        print(f"smoke: {built.name} moved to {moved} ({time.monotonic() - started:.1f} s)", file=sys.stderr)
        scratch = Path(tmp) / "work"
        scratch.mkdir()
        app = Bundle(moved / EXECUTABLE, scratch)
        for name, step in steps(app) + (deb_steps(args.deb) if args.deb else []):
            began = time.monotonic()
            try:
                step()
            except Skipped as exc:
                print(f"smoke: skip {name}: {exc}", file=sys.stderr)
                continue
            except (Failed, subprocess.SubprocessError, OSError, ValueError, KeyError) as exc:
                failures += 1
                print(f"smoke: FAIL {name}: {exc}", file=sys.stderr)
                continue
            print(f"smoke: ok   {name} ({time.monotonic() - began:.1f} s)", file=sys.stderr)
    verdict = "passed" if failures == 0 else f"{failures} step(s) failed"
    print(f"smoke: {verdict} in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
