"""PySide6's per-module import check, answered from the file's bytes, gives PySide6's own answer."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import ui.main_window  # noqa: F401  (importing the ui installs the check)
from ui.pyside_imports import file_mentions_pyside


def feature_module() -> ModuleType:
    return sys.modules["PySide6.support.feature"]


def test_importing_the_ui_installs_the_fast_check_once() -> None:
    check = feature_module()._mod_uses_pyside
    assert getattr(check, "fast", False) is True
    assert not getattr(check.original, "fast", False)  # wraps PySide6's own, not itself


def test_the_fast_check_agrees_with_pyside6_on_every_loaded_module() -> None:
    original = feature_module()._mod_uses_pyside.original
    modules = [m for m in list(sys.modules.values()) if isinstance(getattr(m, "__file__", None), str)]
    answers = {m.__name__: file_mentions_pyside(m, original) for m in modules}
    assert answers == {m.__name__: original(m) for m in modules}
    assert answers["ui.main_window"] is True and answers["json"] is False


def test_a_module_without_a_source_file_is_asked_of_pysides_own_check(tmp_path: Path) -> None:
    asked: list[str] = []
    gone = ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # not there
    compiled = ModuleType("compiled")
    compiled.__file__ = str(tmp_path / "compiled.so")
    for module in (gone, compiled):
        assert file_mentions_pyside(module, lambda m: asked.append(m.__name__) or False) is False
    assert asked == ["gone", "compiled"]
