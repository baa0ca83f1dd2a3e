"""Real spreadsheet programs for tests: LibreOffice Calc driven as a colleague would use it, and
Gnumeric recalculating a workbook.

    with calc_session(uno_python, "crm.xlsx", locale="de-DE") as calc:   # one headless Calc
        calc.sort("Options", "A2:K6", by="B")
        calc.delete_row("Risks", 3)                   # rows and cells as Calc shows them
        calc.type("Matrix", "M3", "7,5")              # typed input, read in de-DE: 7.5
        calc.recalc()
        assert calc.read("Matrix", "M18").value == …
        calc.save(tmp_path / "back.xlsx")

    gnumeric_recalc(ssconvert, "crm.xlsx", tmp_path / "gnumeric.xlsx")   # then openpyxl data_only

The session talks to `calc_driver.py` (its docstring says what each request does, and how typing
is emulated), run by the UNO-capable system Python (fixture `uno_python`), one JSON line per request.
Each session starts its own soffice with a throw-away profile and always ends it: on leaving the
block, on an error, or when a request is not answered within `calc.timeout` seconds (the session is
then over: its whole process group is killed). Nothing of it is left running or on disk.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DRIVER = Path(__file__).with_name("calc_driver.py")
START_TIMEOUT = 120.0  # seconds for soffice to come up (2 shared cores in CI)
REQUEST_TIMEOUT = 60.0
STOP_TIMEOUT = 30.0


class CalcError(RuntimeError):
    """Calc refused a request, or the session died or hung (it has been stopped then)."""


class CalcRefused(CalcError):
    """Calc refused typed input as it would tell a person: a protected cell, or a value the cell's
    validity rule stops (the message names the cell and quotes the rule's error message)."""


@dataclass(frozen=True)
class Cell:
    """A cell as Calc holds it after recalculation."""

    kind: str  # "empty", "value", "text" or "formula"
    result: str | None  # for a formula: "value", "text" or "error"
    value: float  # the number (0.0 for text and errors, as Calc reports it)
    string: str  # the text Calc shows, in the session's locale ("7,5" in de-DE)
    formula: str  # the formula with English function names and ";" separators, or the content
    error: int  # Calc's error code, 0 when none

    @property
    def is_error(self) -> bool:
        return self.error != 0


class Calc:
    """One LibreOffice Calc session with one workbook open; every method is one request."""

    def __init__(self, process: subprocess.Popen[str], timeout: float) -> None:
        self._process = process
        self.timeout = timeout  # seconds each request may take
        self._answers: queue.Queue[str | None] = queue.Queue()
        self._pump_thread = threading.Thread(target=self._pump, daemon=True)
        self._pump_thread.start()
        self.sheets: list[str] = []

    @property
    def group(self) -> int:
        """The id of the process group the driver and its soffice run in."""
        return self._process.pid

    def _pump(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            self._answers.put(line)
        self._answers.put(None)

    def _answer(self, timeout: float, what: str) -> Any:
        try:
            line = self._answers.get(timeout=timeout)
        except queue.Empty:  # a late answer would be taken for the next one's: the session ends here
            _kill_group(self._process)
            raise CalcError(
                f"Calc did not answer {what} within {timeout:g} s; the session was stopped"
            ) from None
        if line is None:
            raise CalcError(f"Calc ended during {what}")
        answer = json.loads(line)
        if answer.get("refused"):
            raise CalcRefused(answer["error"])
        if not answer["ok"]:
            raise CalcError(f"{what}: {answer['error']}")
        return answer["result"]

    def _request(self, op: str, **args: Any) -> Any:
        assert self._process.stdin is not None
        try:
            self._process.stdin.write(json.dumps({"op": op, **args}) + "\n")
            self._process.stdin.flush()
        except BrokenPipeError:
            raise CalcError(f"Calc ended before {op}") from None
        return self._answer(self.timeout, f"{op} {args}")

    def open(self, path: str | os.PathLike[str]) -> list[str]:
        self.sheets = self._request("open", path=str(Path(path).resolve()))
        return self.sheets

    def type(self, sheet: str, cell: str, text: str) -> Cell:
        """Type `text` into the cell and press Enter: parsed in the session's locale, checked by the
        cell's validation and the sheet's protection, exactly as keyboard input."""
        return Cell(**self._request("type", sheet=sheet, cell=cell, text=text))

    def set(self, sheet: str, cell: str, value: float | str | None) -> Cell:
        """Put a value in through the API: a number, text, "=formula" (English names) or None."""
        return Cell(**self._request("set", sheet=sheet, cell=cell, value=value))

    def sort(self, sheet: str, cells: str, by: str, *, ascending: bool = True, header: bool = False) -> None:
        """Data ▸ Sort on a range (e.g. "A2:K6") by one column letter."""
        self._request("sort", sheet=sheet, range=cells, by=by, ascending=ascending, header=header)

    def delete_row(self, sheet: str, row: int, count: int = 1) -> None:
        self._request("delete_row", sheet=sheet, row=row, count=count)

    def insert_row(self, sheet: str, row: int, count: int = 1) -> None:
        """Insert blank rows before `row` (the old row moves down)."""
        self._request("insert_row", sheet=sheet, row=row, count=count)

    def rename(self, sheet: str, to: str) -> None:
        self._request("rename", sheet=sheet, to=to)
        self.sheets = [to if s == sheet else s for s in self.sheets]

    def recalc(self) -> None:
        self._request("recalc")

    def read(self, sheet: str, cell: str) -> Cell:
        return Cell(**self._request("read", sheet=sheet, cell=cell))

    def read_range(self, sheet: str, cells: str) -> list[list[float | str]]:
        """The range's shown data: numbers as floats, text and empty cells ("") as strings."""
        return self._request("read_range", sheet=sheet, range=cells)

    def read_sheet(self, sheet: str) -> list[list[float | str]]:
        """The shown data of the sheet's used area, from A1 (row 0 of the grid is the sheet's row 1)."""
        return self._request("read_sheet", sheet=sheet)

    def protect(self, sheet: str, password: str = "") -> None:
        self._request("protect", sheet=sheet, password=password)

    def unprotect(self, sheet: str, password: str = "") -> None:
        """Tools ▸ Protect Sheet switched off (no password needed when it was protected without one)."""
        self._request("unprotect", sheet=sheet, password=password)

    def save(self, path: str | os.PathLike[str], *, kind: str = "xlsx") -> Path:
        """File ▸ Save a copy as .xlsx (or "ods", "pdf")."""
        target = Path(path).resolve()
        self._request("save", path=str(target), filter=kind)
        return target

    def _quit(self) -> None:
        assert self._process.stdin is not None
        with contextlib.suppress(BrokenPipeError, OSError, ValueError):
            self._process.stdin.write(json.dumps({"op": "quit"}) + "\n")
            self._process.stdin.close()


@contextlib.contextmanager
def calc_session(
    uno_python: str,
    path: str | os.PathLike[str] | None = None,
    *,
    locale: str = "en-US",
    timeout: float = REQUEST_TIMEOUT,
) -> Iterator[Calc]:
    """A headless Calc whose typed input is read in `locale` (a BCP 47 tag such as "de-DE"), with
    `path` open when given; stopped when the block ends, whatever happens in it."""
    with tempfile.TemporaryFile(mode="w+") as log, tempfile.TemporaryDirectory(prefix="calc-") as home:
        process = subprocess.Popen(
            [uno_python, str(DRIVER), "--locale", locale, "--home", home],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            encoding="utf-8",
            start_new_session=True,  # the driver and its soffice form one group, ended together
        )
        calc = Calc(process, timeout)
        try:
            try:
                calc._answer(START_TIMEOUT, "starting LibreOffice")
            except CalcError as exc:
                log.seek(0)
                raise CalcError(f"{exc}\n{log.read()[-2000:]}") from None
            if path is not None:
                calc.open(path)
            yield calc
        finally:
            calc._quit()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=STOP_TIMEOUT)
            _kill_group(process)
            calc._pump_thread.join(timeout=10)  # it ends at the pipe's end, once the group is gone
            if process.stdout is not None:
                process.stdout.close()


def _kill_group(process: subprocess.Popen[str]) -> None:
    """End whatever is left of the driver's process group (its id is the driver's): soffice's helpers
    (gpg) after a clean stop, or the driver and soffice themselves after a hang; then reap the driver."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=2)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while live_processes(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)


def live_processes(group: int) -> list[int]:
    """Ids of the processes of a process group that still run (zombies, already ended, not counted)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (command) "
        if int(fields[2]) == group and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def gnumeric_recalc(ssconvert: str, source: str | os.PathLike[str], target: str | os.PathLike[str]) -> Path:
    """Gnumeric opens `source`, recalculates every formula and saves `target` (.xlsx) with the
    results cached: read them with `openpyxl.load_workbook(target, data_only=True)`."""
    target = Path(target)
    done = subprocess.run(
        [ssconvert, "--recalc", str(source), str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    if done.returncode != 0 or not target.exists():
        raise RuntimeError(f"ssconvert failed ({done.returncode}): {done.stderr[-2000:]}")
    return target


# --- finding things in a sheet's grid (rows of values, as read_sheet or openpyxl give them) ---------


def cell_name(row: int, column: int) -> str:
    """The A1 name of the cell at 0-based (row, column) of a grid read from A1."""
    letters, n = "", column + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{row + 1}"


def find_text(grid: list[list[Any]], text: str) -> tuple[int, int]:
    """0-based (row, column) of the first cell holding exactly `text`, row by row."""
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value == text:
                return r, c
    raise LookupError(f"no cell holds {text!r}")


def header_row(grid: list[list[Any]], *names: str, above: int | None = None) -> int:
    """The first row holding every one of `names` (the nearest above row `above` when given)."""
    rows = range(len(grid)) if above is None else range(above - 1, -1, -1)
    for r in rows:
        if all(name in grid[r] for name in names):
            return r
    raise LookupError(f"no row holds all of {names!r}")


def row_with_id(grid: list[list[Any]], header: int, row_id: int, id_header: str = "ID") -> int:
    """The row below `header` whose ID column holds `row_id` (Calc reads it as a float)."""
    column = grid[header].index(id_header)
    for r in range(header + 1, len(grid)):
        value = grid[r][column]
        if isinstance(value, int | float) and not isinstance(value, bool) and value == row_id:
            return r
    raise LookupError(f"no row with {id_header} {row_id}")
