"""Where workbooks, backups and shipped resources live."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

APP_NAME = "duediligence"


def data_dir() -> Path:
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_workbook() -> Path:
    """The workbook opened when no --db is given."""
    return data_dir() / "workbook.db"


def backups_dir(workbook: Path) -> Path:
    """Backups of one workbook, kept apart from those of another file with the same name."""
    import hashlib  # here: the first window is shown before a workbook is opened

    resolved = workbook.expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode()).hexdigest()[:8]
    return data_dir() / "backups" / f"{resolved.stem}-{digest}"


def private_folder(folder: Path) -> Path:
    """`folder` (created if needed) and, when under the data folder, the folders between, readable
    by this user only (0700): backups and opened evidence hold what the workbook holds."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    base = data_dir()
    chain = [folder, *folder.parents]
    for each in chain[: chain.index(base)] if base in chain else [folder]:
        if each.stat().st_mode & 0o077:
            each.chmod(0o700)
    return folder


def opened_evidence_dir() -> Path:
    """Where evidence files are written to be opened in their viewer (one sub-folder per app process)."""
    return data_dir() / "opened-evidence"


def resource(*parts: str) -> Traversable:
    """A file shipped in the top-level `resources` package (icons, samples, templates, styles)."""
    node = resources.files("resources")
    for part in parts:
        node = node / part
    return node
