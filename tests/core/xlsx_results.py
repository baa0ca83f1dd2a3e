"""Reading an exported workbook's results the way the README tells scripts to (by labels and headers,
never by position), and recalculating it in a real spreadsheet program (LibreOffice, Gnumeric)."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from duediligence.exchange.layout import MATRIX_RESULTS_HEADER

CALC_TOOL = Path(__file__).resolve().parents[3] / "shared" / "tools" / "calc"


def results_header_row(ws: Any) -> int:
    """The row whose first cell is "Results": it names the options (1-based)."""
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == MATRIX_RESULTS_HEADER:
            return int(row[0].row)
    raise KeyError(MATRIX_RESULTS_HEADER)


def matrix_results(ws: Any) -> dict[str, dict[str, Any]]:
    """Option header -> {result label -> value}: the labels in the first column below the header row
    that names the options, down to the first row without a label."""
    top = results_header_row(ws)
    columns = {c.column: c.value for c in ws[top][1:] if isinstance(c.value, str) and c.value}
    found: dict[str, dict[str, Any]] = {name: {} for name in columns.values()}
    r = top + 1
    while isinstance(label := ws.cell(r, 1).value, str) and label:
        for col, name in columns.items():
            found[name][label] = ws.cell(r, col).value
        r += 1
    return found


def totals_and_ranks(path: Path, sheet: str = "Matrix") -> dict[str, tuple[Any, Any]]:
    """Option -> (weighted total, rank) as the file holds them (cached or recalculated)."""
    from openpyxl import load_workbook

    ws = load_workbook(path, data_only=True)[sheet]
    return {name: (row["Weighted total (0–100)"], row["Rank"]) for name, row in matrix_results(ws).items()}


def drop_cached_values(path: Path) -> None:
    """Save the file through openpyxl, which keeps every formula and drops their results, so that a
    program that trusts cached results (LibreOffice does, for xlsx) has to calculate them."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.save(path)


def libreoffice_recalculated(soffice: str, inputs: list[Path], out: Path) -> dict[str, Path]:
    """Each input (its results dropped first) opened, recalculated and saved again by LibreOffice."""
    for path in inputs:
        drop_cached_values(path)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        subprocess.run(
            [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), *map(str, inputs)],
            check=True, capture_output=True, timeout=240,
        )  # fmt: skip
    result = {}
    for path in inputs:
        done = out / path.name
        assert done.exists(), f"LibreOffice wrote no {done.name} (it exits 0 even when it converts nothing)"
        result[path.stem] = done
    return result


def gnumeric_recalculated(ssconvert: str, path: Path, out: Path) -> Path:
    """The file recalculated by Gnumeric (`ssconvert --recalc`) and saved as xlsx."""
    target = out / path.name
    subprocess.run(
        [ssconvert, "--recalc", str(path), str(target)], check=True, capture_output=True, timeout=120
    )
    assert target.exists()
    return target


def calc(uno_python: str, script: dict[str, Any], folder: Path) -> dict[str, Any]:
    """Run ../shared/tools/calc: a colleague working on the file in LibreOffice Calc."""
    spec = folder / "calc-script.json"
    spec.write_text(json.dumps(script))
    done = subprocess.run(
        [uno_python, str(CALC_TOOL), str(spec)], check=True, capture_output=True, text=True, timeout=240
    )
    return dict(json.loads(done.stdout))
