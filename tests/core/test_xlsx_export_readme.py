"""The README's script for reading an export's results ("Layout of the shared workbook") runs as printed."""

from __future__ import annotations

import re
from pathlib import Path

from xlsx_support import workbook_with_samples

from duediligence.exchange.commands import export_command

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_script_reads_the_totals_and_ranks_by_their_labels(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    section = README.read_text(encoding="utf-8").split("### Layout of the shared workbook", 1)[1]
    (script,) = re.findall(r"```py\n(.*?)```", section.split("\n## ", 1)[0], re.S)
    db, ids = workbook_with_samples(tmp_path / "wb.db")
    export_command(db, [str(ids[0])], tmp_path / "crm.xlsx")
    db.close()
    monkeypatch.chdir(tmp_path)
    exec(compile(script, "README.md", "exec"), {})
    totals, ranks = capsys.readouterr().out.split("} {")
    assert "'Northwind CRM Cloud': 77.69476" in totals
    assert ranks.startswith("'Northwind CRM Cloud': 1, 'Brightpath Sales Suite': '—', ")
