"""pandas reads an export without calculating anything (`read_excel` takes the stored results of the
formulas): it must see the same weighted totals and ranks as `rank --json`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from xlsx_support import workbook_with_samples

from duediligence import cli
from duediligence.exchange.commands import export_command
from duediligence.exchange.layout import MATRIX_RESULTS_HEADER


def results_by_label(path: Path) -> dict[str, dict[str, Any]]:
    """Label -> {option -> value}, found as the README tells scripts: the row whose first cell is
    "Results" names the options; the labelled rows below it hold the results."""
    frame = pd.read_excel(path, sheet_name="Matrix", header=None)
    top = frame.index[frame[0] == MATRIX_RESULTS_HEADER][0]
    options = {col: name for col, name in frame.loc[top].items() if col > 0 and isinstance(name, str)}
    found: dict[str, dict[str, Any]] = {}
    for row in range(top + 1, len(frame)):
        label = frame.loc[row, 0]
        if not isinstance(label, str):
            break
        found[label] = {name: frame.loc[row, col] for col, name in options.items()}
    return found


def test_pandas_sees_the_totals_and_ranks_of_rank_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, ids = workbook_with_samples(tmp_path / "wb.db")
    path = export_command(db, [str(ids[0])], tmp_path / "crm.xlsx")
    db.close()
    assert cli.main(["rank", str(ids[0]), "--db", str(tmp_path / "wb.db"), "--json"]) == 0
    app = {o["name"]: (o["score"], o["rank"]) for o in json.loads(capsys.readouterr().out)["options"]}
    results = results_by_label(path)
    totals, ranks = results["Weighted total (0–100)"], results["Rank"]
    seen = {
        name: (round(float(totals[name]), 2), None if ranks[name] == "—" else int(ranks[name]))
        for name in totals
    }
    assert seen == app
    assert app["Northwind CRM Cloud"] == (77.69, 1)  # the CRM sample's winner
    assert app["Brightpath Sales Suite"][1] is None  # fails a must-have: not ranked, "—" in the sheet
