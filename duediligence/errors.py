"""Domain errors with structured fields; `str()` is a plain sentence in the user's language (English
on the command line, which prints it as is), while the UI may word it itself from the fields.

A refused value's reason is a `Reason`: whole translatable sentences (after the field's name, about
the value, about an empty cell) rather than English that other messages would take apart."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from duediligence.i18n import QT_TRANSLATE_NOOP, translate

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *args: str | None) -> str:
    """`template` with %1, %2, … replaced by `args` in one pass (a None keeps its placeholder), so a
    value that itself holds "%2" is never filled again."""

    def one(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        arg = args[index] if 0 <= index < len(args) else None
        return match[0] if arg is None else arg

    return _PLACEHOLDER.sub(one, template)


@dataclass(frozen=True)
class Reason:
    """Why a value is refused, as whole translated sentences rather than English to be taken apart.

    `said` follows the field's name ("expected a whole number"), with %1, %2 for `args`; `of_value`
    is the sentence said of the refused value, %1 standing for the value as shown and %2, %3 for
    `args` ("%1 is not a whole number"); `of_empty`, with `args` from %1, is said of an empty cell
    (none: "is empty; " and the reason).
    """

    said: str
    of_value: str
    args: tuple[str, ...] = ()
    of_empty: str = ""

    @property
    def text(self) -> str:
        return fill(self.said, *self.args)

    def __str__(self) -> str:
        return self.text

    def about(self, shown: str | None) -> str:
        """The sentence about the value as shown ("'abc'", "7.5"); None: about an empty cell."""
        if shown is None:
            if self.of_empty:
                return fill(self.of_empty, *self.args)
            return fill(translate("Refusal", "is empty; %1"), self.text)
        return fill(self.of_value, shown, *self.args)


class WorkbookError(Exception):
    """Anything the user can act on: printed as one line, never as a traceback."""


class NotAWorkbookError(WorkbookError):
    def __init__(self, path: Path | str, reason: str) -> None:
        self.path, self.reason = path, reason
        sentence = translate("Errors", "%1 is not a due-diligence workbook: %2. The file was not changed.")
        super().__init__(fill(sentence, str(path), reason))


class CorruptWorkbookError(WorkbookError):
    def __init__(self, path: Path | str, detail: str) -> None:
        self.path, self.detail = path, detail
        sentence = translate("Errors", "%1 is damaged and cannot be opened (%2). The file was not changed.")
        super().__init__(fill(sentence, str(path), detail))


class NewerWorkbookError(WorkbookError):
    def __init__(self, path: Path | str, revision: str) -> None:
        self.path, self.revision = path, revision
        sentence = translate(
            "Errors",
            "%1 was saved by a newer version of the app (schema %2); update the app to open it. "
            "The file was not changed.",
        )
        super().__init__(fill(sentence, str(path), revision))


class MigrationFailedError(WorkbookError):
    def __init__(self, path: Path | str, detail: str, backup: Path | None) -> None:
        self.path, self.detail, self.backup = path, detail, backup
        if backup:
            sentence = translate(
                "Errors",
                "Upgrading %1 to this version of the app failed (%2); the file was left as it was. "
                "A backup taken before the upgrade is at %3.",
            )
        else:
            sentence = translate(
                "Errors", "Upgrading %1 to this version of the app failed (%2); the file was left as it was."
            )
        super().__init__(fill(sentence, str(path), detail, str(backup)))


class WorkbookUnavailableError(WorkbookError):
    def __init__(self, path: Path | str, detail: str) -> None:
        self.path, self.detail = path, detail
        super().__init__(fill(translate("Errors", "Cannot open %1: %2"), str(path), detail))


def _cannot(action: str) -> str:
    """ "Cannot open %1: %2. %3" for each thing the app does with a workbook's place (%3: the advice)."""
    sentences = {
        "open": QT_TRANSLATE_NOOP("Errors", "Cannot open %1: %2. %3"),
        "create": QT_TRANSLATE_NOOP("Errors", "Cannot create %1: %2. %3"),
        "upgrade": QT_TRANSLATE_NOOP("Errors", "Cannot upgrade %1: %2. %3"),
        "store the edit in": QT_TRANSLATE_NOOP("Errors", "Cannot store the edit in %1: %2. %3"),
        "back up": QT_TRANSLATE_NOOP("Errors", "Cannot back up %1: %2. %3"),
        "restore a backup into": QT_TRANSLATE_NOOP("Errors", "Cannot restore a backup into %1: %2. %3"),
        "recover": QT_TRANSLATE_NOOP("Errors", "Cannot recover %1: %2. %3"),
        "complete the command on": QT_TRANSLATE_NOOP("Errors", "Cannot complete the command on %1: %2. %3"),
    }
    if action in sentences:
        return translate("Errors", sentences[action])
    return f"Cannot {action} %1: %2. %3"  # an action not listed here: said in English


class StorageError(WorkbookUnavailableError):
    """The place a workbook lives in refuses (full, read-only, no permission, locked, failing).

    The file itself is not known to be damaged, so nothing is moved, renamed or offered for recovery;
    `advice` says what the user can do about the place.
    """

    advice = QT_TRANSLATE_NOOP("Errors", "Try again.")

    def __init__(self, path: Path | str, detail: str, *, action: str = "open") -> None:
        self.path, self.detail, self.action = path, detail, action
        sentence = _cannot(action)
        WorkbookError.__init__(self, fill(sentence, str(path), detail, translate("Errors", self.advice)))


class DiskFullError(StorageError):
    advice = QT_TRANSLATE_NOOP(
        "Errors", "Free some space on that disk, then try again; the workbook was not changed."
    )


class ReadOnlyPlaceError(StorageError):
    advice = QT_TRANSLATE_NOOP(
        "Errors", "Choose a folder you can write to, or ask the owner for write access; nothing was changed."
    )


class PermissionDeniedError(StorageError):
    advice = QT_TRANSLATE_NOOP(
        "Errors", "Ask the file's owner for access, or open a copy you own; nothing was changed."
    )


class WorkbookLockedError(StorageError):
    advice = QT_TRANSLATE_NOOP(
        "Errors",
        "Another program, or another window of this app, kept it busy for more than 5 seconds: try again "
        "in a moment, and if it stays busy, close that program.",
    )


class DiskIOError(StorageError):
    advice = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk or network drive reported an error, not the workbook: check it is connected and "
        "working, then try again. Nothing was changed.",
    )


class ReadOnlyWorkbookError(WorkbookError):
    """An edit of a workbook that is open read-only (its file, folder or disk is read-only)."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path, self.reason = path, reason
        sentence = translate(
            "Errors",
            "%1 is open read-only (%2): the change was not saved. To edit it, use File ▸ Save a copy as… "
            "to make a copy in a folder you can write to.",
        )
        super().__init__(fill(sentence, str(path), reason))


class NotDamagedError(WorkbookError):
    """Recovery was asked for a workbook that is not damaged: it is left exactly where it is."""

    def __init__(self, path: Path | str, detail: str) -> None:
        self.path, self.detail = path, detail
        sentence = translate("Errors", "%1 is not damaged (%2), so it was not replaced by a backup.")
        super().__init__(fill(sentence, str(path), detail))


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
    """A value the user typed or imported that cannot be stored; `field` says where.

    `reason` is the reason's text in the user's language; `why` is the `Reason` itself when the
    checker gave one (None for a plain text), from which other messages take their whole sentences.
    """

    def __init__(self, field: str, value: object, reason: str | Reason) -> None:
        self.field, self.value, self.reason = field, value, str(reason)
        self.why = reason if isinstance(reason, Reason) else None
        super().__init__(fill(translate("Refusal", "%1: %2 (got %3)."), field, self.reason, repr(value)))


class EvidenceRefused(ValidationError):
    """A file or link that cannot be attached; `str()` is a whole sentence naming it."""

    def __init__(self, field: str, value: object, reason: str | Reason, sentence: str) -> None:
        super().__init__(field, value, reason)
        self.sentence = sentence

    def __str__(self) -> str:
        return self.sentence
