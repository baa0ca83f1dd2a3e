"""One version, from pyproject.toml, wherever the app runs; the desktop app is found with or without
package metadata (a frozen bundle has none), and its absence is one clear line."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path
from types import SimpleNamespace

import pytest

from duediligence.cli import commands
from duediligence.version import app_version

ROOT = Path(__file__).resolve().parents[2]


def pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


@pytest.fixture
def fresh_version():
    app_version.cache_clear()
    yield
    app_version.cache_clear()


def no_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr("duediligence.version.metadata.version", missing)


def test_version_option_prints_the_pyproject_version_on_stdout() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "duediligence", "--version"], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout, done.stderr) == (
        0,
        f"duediligence {pyproject()['project']['version']}\n",
        "",
    )


def test_package_version_attribute_is_the_installed_version() -> None:
    import duediligence

    assert duediligence.__version__ == pyproject()["project"]["version"]


def test_without_metadata_the_version_comes_from_the_bundled_version_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fresh_version: None
) -> None:
    no_metadata(monkeypatch)
    (tmp_path / "VERSION").write_text("4.5.6\n", encoding="utf-8")
    monkeypatch.setattr("duediligence.version.resources", SimpleNamespace(files=lambda _package: tmp_path))
    assert app_version() == "4.5.6"


def test_without_metadata_or_version_file_the_version_is_unknown(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fresh_version: None
) -> None:
    no_metadata(monkeypatch)
    monkeypatch.setattr("duediligence.version.resources", SimpleNamespace(files=lambda _package: tmp_path))
    assert app_version() == "unknown"


def test_the_gui_name_is_the_entry_point_declared_in_pyproject() -> None:
    declared = pyproject()["project"]["entry-points"]["duediligence.gui"]["desktop"]
    assert declared == commands.GUI_ENTRY


def test_without_entry_point_metadata_the_gui_is_imported_by_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "fake_gui.py").write_text("def main(db=None):\n    return 7\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr("importlib.metadata.entry_points", lambda **_kw: [])
    monkeypatch.setattr(commands, "GUI_ENTRY", "fake_gui:main")
    assert commands.run_app(SimpleNamespace(db=None)) == 7


def test_without_the_desktop_app_the_command_says_it_is_not_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("importlib.metadata.entry_points", lambda **_kw: [])
    monkeypatch.setattr(commands, "GUI_ENTRY", "no_such_desktop_app.app:main")
    with pytest.raises(SystemExit, match="the desktop app is not installed; the commands work without it"):
        commands.run_app(SimpleNamespace(db=None))


def test_a_library_the_desktop_app_needs_missing_is_named_in_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "broken_gui.py").write_text(
        "raise ImportError('libEGL.so.1: cannot open shared object file: No such file or directory')\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr("importlib.metadata.entry_points", lambda **_kw: [])
    monkeypatch.setattr(commands, "GUI_ENTRY", "broken_gui:main")
    with pytest.raises(SystemExit, match=r"the desktop app cannot start: libEGL\.so\.1: cannot open"):
        commands.run_app(SimpleNamespace(db=None))
