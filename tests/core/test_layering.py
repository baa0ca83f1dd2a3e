"""The core runs without Qt, and start-up does not pay for heavy libraries it does not show."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import duediligence


def modules_loaded_after(code: str) -> set[str]:
    script = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    return {name.split(".")[0] for name in result.stdout.split()}


def test_importing_every_core_module_loads_no_qt() -> None:
    names = [
        m.name
        for m in pkgutil.walk_packages(duediligence.__path__, "duediligence.")
        if "migrations" not in m.name
    ]
    imports = "\n".join(f"import {name}" for name in names if name != "duediligence.__main__")
    loaded = modules_loaded_after(imports)
    assert not loaded & {"PySide6", "shiboken6", "ui"}


def test_the_command_line_module_loads_no_heavy_libraries() -> None:
    loaded = modules_loaded_after("import duediligence.cli.commands")
    assert not loaded & {"numpy", "matplotlib", "openpyxl", "sqlmodel", "sqlalchemy"}
