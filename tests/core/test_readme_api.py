"""The README's Python API example runs as printed (its imports are the public places of each part)."""

from __future__ import annotations

import re
from pathlib import Path

from duediligence.storage.database import Database
from duediligence.templates.samples import add_samples

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_python_example_runs_against_a_sample_workbook(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    (example,) = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    db = Database.open(tmp_path / "crm.db")
    with db.transaction() as session:
        add_samples().apply(session)
    db.close()
    monkeypatch.chdir(tmp_path)
    exec(compile(example, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("[('Northwind CRM Cloud', 77.69")
    assert printed[1].startswith("(0.6483")  # the 3-criteria AHP example: 0.648, 0.230, 0.122
