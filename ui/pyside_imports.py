"""PySide6 reads the source of every module imported after it; the app answers the same question faster.

PySide6 (PYSIDE-2029) asks of each newly imported module whether its source mentions "PySide6" (such a
module may switch on `from __feature__ import ...`), through `inspect.getsource`: about 0.25 ms a
module, and opening a workbook imports ~560 modules after PySide6 (~130 ms of the open). Reading the
file's bytes gives the same answer; anything else (no source file, an unreadable one) is still asked
of PySide6's own check.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

_FEATURE_MODULES = ("shibokensupport.feature", "PySide6.support.feature")


def file_mentions_pyside(module: ModuleType, fallback: Any) -> bool:
    """PySide6's question about `module`, from its .py file's bytes; `fallback(module)` without one."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return bool(fallback(module))
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return bool(fallback(module))


def install_fast_feature_check() -> None:
    """Replace PySide6's per-module check (once; nothing happens if this PySide6 has none)."""
    for name in _FEATURE_MODULES:
        feature = sys.modules.get(name)
        original = getattr(feature, "_mod_uses_pyside", None)
        if feature is None or original is None or getattr(original, "fast", False):
            continue

        def check(module: ModuleType, original: Any = original) -> bool:
            return file_mentions_pyside(module, original)

        check.fast = True  # type: ignore[attr-defined]
        check.original = original  # type: ignore[attr-defined]
        feature._mod_uses_pyside = check  # type: ignore[attr-defined]
