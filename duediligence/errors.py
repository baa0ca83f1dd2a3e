"""Domain errors with structured fields; `str()` is a plain English sentence the CLI prints as is,
while the UI may word it itself from the fields."""

from __future__ import annotations

from pathlib import Path


class WorkbookError(Exception):
    """Anything the user can act on: printed as one line, never as a traceback."""


class NotAWorkbookError(WorkbookError):
    def __init__(self, path: Path | str, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(f"{path} is not a due-diligence workbook: {reason}. The file was not changed.")


class CorruptWorkbookError(WorkbookError):
    def __init__(self, path: Path | str, detail: str) -> None:
        self.path, self.detail = path, detail
        super().__init__(f"{path} is damaged and cannot be opened ({detail}). The file was not changed.")


class NewerWorkbookError(WorkbookError):
    def __init__(self, path: Path | str, revision: str) -> None:
        self.path, self.revision = path, revision
        super().__init__(
            f"{path} was saved by a newer version of the app (schema {revision}); "
            "update the app to open it. The file was not changed."
        )


class MigrationFailedError(WorkbookError):
    def __init__(self, path: Path | str, detail: str, backup: Path | None) -> None:
        self.path, self.detail, self.backup = path, detail, backup
        kept = f" A backup taken before the upgrade is at {backup}." if backup else ""
        super().__init__(
            f"Upgrading {path} to this version of the app failed ({detail}); "
            f"the file was left as it was.{kept}"
        )


class WorkbookUnavailableError(WorkbookError):
    def __init__(self, path: Path | str, detail: str) -> None:
        self.path, self.detail = path, detail
        super().__init__(f"Cannot open {path}: {detail}")


class StorageError(WorkbookUnavailableError):
    """The place a workbook lives in refuses (full, read-only, no permission, locked, failing).

    The file itself is not known to be damaged, so nothing is moved, renamed or offered for recovery;
    `advice` says what the user can do about the place.
    """

    advice = "Try again."

    def __init__(self, path: Path | str, detail: str, *, action: str = "open") -> None:
        self.path, self.detail, self.action = path, detail, action
        WorkbookError.__init__(self, f"Cannot {action} {path}: {detail}. {self.advice}")


class DiskFullError(StorageError):
    advice = "Free some space on that disk, then try again; the workbook was not changed."


class ReadOnlyPlaceError(StorageError):
    advice = "Choose a folder you can write to, or ask the owner for write access; nothing was changed."


class PermissionDeniedError(StorageError):
    advice = "Ask the file's owner for access, or open a copy you own; nothing was changed."


class WorkbookLockedError(StorageError):
    advice = (
        "Another program, or another window of this app, kept it busy for more than 5 seconds: try again "
        "in a moment, and if it stays busy, close that program."
    )


class DiskIOError(StorageError):
    advice = (
        "The disk or network drive reported an error, not the workbook: check it is connected and "
        "working, then try again. Nothing was changed."
    )


class ReadOnlyWorkbookError(WorkbookError):
    """An edit of a workbook that is open read-only (its file, folder or disk is read-only)."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(
            f"{path} is open read-only ({reason}): the change was not saved. To edit it, use "
            "File ▸ Save a copy as… to make a copy in a folder you can write to."
        )


class NotDamagedError(WorkbookError):
    """Recovery was asked for a workbook that is not damaged: it is left exactly where it is."""

    def __init__(self, path: Path | str, detail: str) -> None:
        self.path, self.detail = path, detail
        super().__init__(f"{path} is not damaged ({detail}), so it was not replaced by a backup.")


class NotFoundError(WorkbookError):
    def __init__(self, kind: str, key: object) -> None:
        self.kind, self.key = kind, key
        super().__init__(f"No {kind} {key!r} in this workbook.")


class AmbiguousError(WorkbookError):
    def __init__(self, kind: str, key: object, ids: list[int]) -> None:
        self.kind, self.key, self.ids = kind, key, ids
        listed = ", ".join(str(i) for i in ids)
        super().__init__(f"{len(ids)} {kind}s are titled {key!r} (ids {listed}); name one by its id.")


class ValidationError(WorkbookError):
    """A value the user typed or imported that cannot be stored; `field` says where."""

    def __init__(self, field: str, value: object, reason: str) -> None:
        self.field, self.value, self.reason = field, value, reason
        super().__init__(f"{field}: {reason} (got {value!r}).")


class EvidenceRefused(ValidationError):
    """A file or link that cannot be attached; `str()` is a whole sentence naming it."""

    def __init__(self, field: str, value: object, reason: str, sentence: str) -> None:
        super().__init__(field, value, reason)
        self.sentence = sentence

    def __str__(self) -> str:
        return self.sentence
