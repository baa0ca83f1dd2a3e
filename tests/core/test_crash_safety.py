"""No edit is ever lost: a writer killed (SIGKILL) at any moment loses at most the edit in flight.

The parent forks writers (cheap: the modules are already imported), each adding options with a cost in
one transaction and reporting an option's name only after its commit returned; the parent kills each
writer at a random moment, then checks the file is intact and holds every reported edit, whole.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from duediligence.operations.edits import AddRow
from duediligence.operations.evaluations import CreateEvaluation
from duediligence.storage.database import Database

KILLS = 200


def writer(path: Path, evaluation_id: int, generation: int, report: int) -> None:
    """Runs in the forked child until killed."""
    db = Database.open(path)
    n = 0
    while True:
        name = f"g{generation}-{n}"
        with db.transaction() as session:
            option_id = AddRow("option", evaluation_id, {"name": name}).apply(session).result
            AddRow(
                "cost_item", evaluation_id, {"label": "Licence", "amount": n}, {"option_id": option_id}
            ).apply(session)
        os.write(report, f"{name}\n".encode())
        n += 1


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() to start writers fast enough")
def test_killed_writers_lose_no_committed_edit_and_leave_the_file_intact(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    db = Database.open(path)
    with db.transaction() as session:
        evaluation_id = CreateEvaluation("Crash test").apply(session).result
    db.close()
    rng = random.Random(2026)
    committed: list[str] = []
    for generation in range(KILLS):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns to pytest
            os.close(read_end)
            try:
                writer(path, evaluation_id, generation, write_end)
            finally:
                os._exit(1)
        os.close(write_end)
        # Kill while it is writing: after its first commit (however slow a loaded machine makes the
        # start), at a random moment within the next few transactions.
        first = b""
        if select.select([read_end], [], [], 30)[0]:
            first = os.read(read_end, 65536)
        time.sleep(rng.uniform(0.0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(read_end, "rb") as rest:
            committed += (first + rest.read()).decode().split()

    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = dict(
            con.execute(
                "SELECT o.name, count(c.id) FROM option o"
                " LEFT JOIN cost_item c ON c.option_id = o.id GROUP BY o.id"
            ).fetchall()
        )
    con.close()
    assert len(committed) >= KILLS  # every writer committed before it was killed
    assert [name for name in committed if name not in stored] == []  # no reported edit lost
    assert [name for name, costs in stored.items() if costs != 1] == []  # no edit half-applied
