"""The app started under a real system locale (LANG=de_DE.UTF-8 and so on, installed by `./dev test`):
Qt, the core and the C library all take that locale, and a budget typed the locale's way is stored as
meant and shown back the same way.

The other locale tests switch Qt and the core inside one process and need no system locale (both carry
their own CLDR data). This one needs the locale installed: only then does the C library, which Qt
switches with setlocale(LC_ALL, "") at start-up, also write "1,5" — and the app must not be misled by it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from editing import LOCALES
from roundtrip import TYPED
from services import require_integration

HERE = Path(__file__).parent
DRIVE = """
import json, locale, sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from ui.app import create_app

app = create_app()
from PySide6.QtCore import QLocale
import roundtrip as rt
from duediligence.storage.database import Database
from duediligence.formats import user_locale
from duediligence.reads.evaluations import get_evaluation
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.workbooks import open_workbook

path = Path({path!r})
evaluation_id = rt.make_workbook(path)
window = MainWindow(AppContext())
window.show()
open_workbook(window, path)
window.evaluations.select(evaluation_id)
budget = rt.form_fields(window)["OverviewEditor.budget"]
rt.type_into_field(window, budget, {typed!r})
shown = budget.text()
window.context.close_workbook()
db = Database.open(path, create=False)
with db.reading() as session:
    stored = get_evaluation(session, evaluation_id).budget
db.close()
print(json.dumps({{"qt": QLocale().name(), "core": user_locale().name,
                  "c_decimal": locale.localeconv()["decimal_point"], "stored": stored, "shown": shown}}))
"""
DECIMAL = {"en_US": ".", "en_GB": ".", "de_DE": ",", "fr_FR": ","}
SHOWN = {"en_US": "1,234.5", "en_GB": "1,234.5", "de_DE": "1.234,5", "fr_FR": "1\u202f234,5"}


def installed(name: str) -> bool:
    """Whether the C library has `name`.UTF-8 (locale -a spells it de_DE.utf8)."""
    found = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout.split()
    return any(entry.lower().replace("utf-8", "utf8") == f"{name.lower()}.utf8" for entry in found)


@pytest.mark.parametrize("name", LOCALES)
def test_the_app_started_under_a_system_locale_reads_and_writes_numbers_that_locales_way(
    tmp_path: Path, name: str
) -> None:
    if not installed(name):
        require_integration(
            f"the {name}.UTF-8 locale", f"{name}.UTF-8 is not installed (./dev test installs it)"
        )
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env |= {"LANG": f"{name}.UTF-8", "QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "ignore"}
    script = DRIVE.format(tests=str(HERE), path=str(tmp_path / "w.db"), typed=TYPED[1234.5][name])
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {
        "qt": name,
        "core": name,
        "c_decimal": DECIMAL[name],  # the C library really runs in that locale
        "stored": 1234.5,
        "shown": SHOWN[name],
    }
