"""QSettings behind one typed defaults table, so keys and types live in one place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "DueDiligence"
APPLICATION = "Due-Diligence Workbook"
MAX_RECENT = 8

DEFAULTS: dict[str, Any] = {
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/splitter": QByteArray(),
    "window/comparison_splitter": QByteArray(),  # the score matrix beside the ranking
    "workbook/last": "",
    "workbook/recent": [],
    "files/folder": "",  # where the last file dialog's file was chosen (ui/file_dialogs.py)
}


class Settings:
    """Typed access to the user's settings; unknown keys are a programming error."""

    def __init__(self) -> None:
        self._store = QSettings(ORGANIZATION, APPLICATION)

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self._store.value(key, default)
        if isinstance(default, list):
            # INI files give back a lone string for a one-item list, and None for an empty one.
            if value is None:
                return []
            return [value] if isinstance(value, str) else list(value)
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else QByteArray()
        return type(default)(value) if value is not None else default

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._store.setValue(key, value)

    def recent_workbooks(self) -> list[str]:
        return [str(p) for p in self.get("workbook/recent") if p]

    def remember_workbook(self, path: str) -> None:
        """Make `path` the last workbook and the first of the recent list."""
        recent = [p for p in self.recent_workbooks() if p != path]
        self.set("workbook/recent", [path, *recent][:MAX_RECENT])
        self.set("workbook/last", path)

    def sync(self) -> None:
        self._store.sync()
